"""Build shape-alike models: random weights with the exact shapes of real French-capable models.

A decoder's speed depends on its shapes and its quantization, not on what its weights learned,
so these files cost llama.cpp exactly what the real models cost, and can be built here, offline.
Weights are seeded (same script, same file) and streamed tensor by tensor, so a 1.5B model
never sits whole in memory. The F16 file is quantized with llama.cpp's own quantizer.

    python -m scripts.shape_alike qwen2.5-0.5b Q4_K_M  # build/models/qwen2.5-0.5b-shape-Q4_K_M.gguf
    python -m scripts.shape_alike all                  # every shape, Q8_0 and Q4_K_M
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import gguf
import numpy as np

from scripts.tiny_models import TOKEN_NORMAL, add_chat_tokenizer, tiny_vocabulary

OUT_DIR = Path(__file__).resolve().parent.parent / "build" / "models"
QUANTS = ("Q8_0", "Q4_K_M")


@dataclass(frozen=True)
class Shape:
    """The hyper-parameters of a Qwen2 decoder, as its config.json gives them."""

    name: str
    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    n_ff: int
    n_vocab: int = 151936
    n_ctx: int = 32768
    rope_theta: float = 1_000_000.0
    rms_eps: float = 1e-6


SHAPES = {
    s.name: s
    for s in (
        Shape("qwen2.5-0.5b", n_layer=24, n_embd=896, n_head=14, n_head_kv=2, n_ff=4864),
        Shape("qwen2.5-1.5b", n_layer=28, n_embd=1536, n_head=12, n_head_kv=2, n_ff=8960),
        Shape("qwen2.5-3b", n_layer=36, n_embd=2048, n_head=16, n_head_kv=2, n_ff=11008),
    )
}


def model_path(shape: str, quant: str, out_dir: Path = OUT_DIR) -> Path:
    return out_dir / f"{shape}-shape-{quant}.gguf"


def vocabulary(n_vocab: int) -> tuple[list[str], list[float], list[int]]:
    """The tiny model's French vocabulary, padded with made-up syllables to `n_vocab`."""
    tokens, scores, types = tiny_vocabulary()
    seen = set(tokens)
    letters = "abcdefghijlmnoprstuvé"
    i = 0
    while len(tokens) < n_vocab:
        piece, k = "▁", i
        while True:
            piece += letters[k % len(letters)]
            k //= len(letters)
            if not k:
                break
        i += 1
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
            scores.append(float(len(piece)))
            types.append(TOKEN_NORMAL)
    return tokens, scores, types


def tensors(shape: Shape) -> Iterator[tuple[str, tuple[int, ...]]]:
    """Every tensor of a Qwen2 GGUF with tied embeddings, in file order, numpy shape."""
    d, kv = shape.n_embd, shape.n_embd // shape.n_head * shape.n_head_kv
    yield "token_embd.weight", (shape.n_vocab, d)
    yield "output_norm.weight", (d,)
    for i in range(shape.n_layer):
        blk = f"blk.{i}"
        yield f"{blk}.attn_norm.weight", (d,)
        yield f"{blk}.attn_q.weight", (d, d)
        yield f"{blk}.attn_q.bias", (d,)
        yield f"{blk}.attn_k.weight", (kv, d)
        yield f"{blk}.attn_k.bias", (kv,)
        yield f"{blk}.attn_v.weight", (kv, d)
        yield f"{blk}.attn_v.bias", (kv,)
        yield f"{blk}.attn_output.weight", (d, d)
        yield f"{blk}.ffn_norm.weight", (d,)
        yield f"{blk}.ffn_gate.weight", (shape.n_ff, d)
        yield f"{blk}.ffn_up.weight", (shape.n_ff, d)
        yield f"{blk}.ffn_down.weight", (d, shape.n_ff)


def write_f16(shape: Shape, path: Path, seed: int = 0) -> Path:
    """Write `shape` with seeded random weights: matrices F16, norms and biases F32."""
    tokens, scores, types = vocabulary(shape.n_vocab)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    writer = gguf.GGUFWriter(str(tmp), "qwen2")
    writer.add_name(f"{shape.name}-shape")
    writer.add_context_length(shape.n_ctx)
    writer.add_embedding_length(shape.n_embd)
    writer.add_block_count(shape.n_layer)
    writer.add_feed_forward_length(shape.n_ff)
    writer.add_head_count(shape.n_head)
    writer.add_head_count_kv(shape.n_head_kv)
    writer.add_rope_freq_base(shape.rope_theta)
    writer.add_layer_norm_rms_eps(shape.rms_eps)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    add_chat_tokenizer(writer, tokens, scores, types)

    layout = list(tensors(shape))
    for name, dims in layout:
        dtype = np.float16 if len(dims) == 2 else np.float32
        writer.add_tensor_info(name, dims, np.dtype(dtype), int(np.prod(dims)) * dtype().itemsize)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    rng = np.random.default_rng(seed)
    for name, dims in layout:
        if len(dims) == 1:
            data = np.ones(dims, np.float32) if name.endswith("norm.weight") else np.zeros(dims)
            writer.write_tensor_data(data.astype(np.float32))
            continue
        # One tensor at a time: the peak is the embedding (about 1 GB for 1.5B), not the model.
        values = rng.standard_normal(dims, dtype=np.float32)
        values *= 1.0 / np.sqrt(dims[-1])
        writer.write_tensor_data(values.astype(np.float16))
        del values
    writer.close()
    tmp.replace(path)
    return path


def build(shape_name: str, quant: str, out_dir: Path = OUT_DIR) -> Path:
    """The quantized shape-alike file, built if missing (the F16 source is removed after)."""
    from engine.llm.llama import quantize_model

    target = model_path(shape_name, quant, out_dir)
    if target.is_file():
        return target
    f16 = model_path(shape_name, "F16", out_dir)
    if not f16.is_file():
        write_f16(SHAPES[shape_name], f16)
    quantize_model(f16, target, quant)
    return target


def main(argv: list[str]) -> int:
    usage = f"usage: python -m scripts.shape_alike {{{'|'.join(SHAPES)}|all}} [{'|'.join(QUANTS)}]"
    if not argv or argv[0] not in (*SHAPES, "all") or (len(argv) > 1 and argv[1] not in QUANTS):
        print(usage, file=sys.stderr)
        return 2
    names = list(SHAPES) if argv[0] == "all" else [argv[0]]
    quants = QUANTS if len(argv) < 2 else (argv[1],)
    for name in names:
        for quant in quants:
            path = build(name, quant)
            print(f"{path} ({path.stat().st_size:,} bytes)")
        model_path(name, "F16").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
