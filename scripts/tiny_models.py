"""Build tiny GGUF models for tests: real llama.cpp files, random weights, our own vocabulary.

`tiny-chat.gguf` is a 2-layer Llama with a SentencePiece-style vocabulary of French pieces and a
ChatML `tokenizer.chat_template` in its metadata, so tests exercise llama.cpp's loading, the chat
template, tokenization of special tokens, streaming and stop strings on a file we build here.
Weights come from a fixed seed: the same script gives the same file, byte for byte.

    python -m scripts.tiny_models build/models        # writes build/models/tiny-chat.gguf
"""

from __future__ import annotations

import sys
from pathlib import Path

import gguf
import numpy as np

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

# Words whose pieces make up the vocabulary (with the SentencePiece space marker ▁).
FRENCH_WORDS = (
    "le la les de des du un une et en à au aux est sont pour par sur dans avec que qui ne pas "
    "plus a été article titre réécris rédige section sous OTAN alliance sécurité pays sud "
    "voisinage Afrique Moyen-Orient Chine Russie Stoltenberg juillet avril dialogue stratégie "
    "partenaires ministres rapport sommet Washington membres relations chômage France emploi"
).split()

CONTROL_TOKENS = ("<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>")
TOKEN_NORMAL, TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_BYTE = 1, 2, 3, 6


def tiny_vocabulary() -> tuple[list[str], list[float], list[int]]:
    """Control tokens, the 256 byte-fallback tokens, characters, then word prefixes."""
    tokens: list[str] = list(CONTROL_TOKENS)
    types = [TOKEN_UNKNOWN] + [TOKEN_CONTROL] * (len(CONTROL_TOKENS) - 1)
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [TOKEN_BYTE] * 256
    pieces: list[str] = []
    chars = sorted({c for w in FRENCH_WORDS for c in w} | set("▁.,;:!?«»'’-0123456789\n"))
    pieces += chars
    for word in FRENCH_WORDS:
        marked = "▁" + word
        pieces += [marked[:i] for i in range(2, len(marked) + 1)]
    seen = set(tokens)
    for piece in pieces:
        if piece not in seen:
            seen.add(piece)
            tokens.append(piece)
            types.append(TOKEN_NORMAL)
    # SentencePiece merges the highest-scoring pair first: longer pieces score higher.
    scores = [
        0.0 if t != TOKEN_NORMAL else float(len(p)) for p, t in zip(tokens, types, strict=True)
    ]
    return tokens, scores, types


def add_chat_tokenizer(
    writer: gguf.GGUFWriter, tokens: list[str], scores: list[float], types: list[int]
) -> None:
    """A SentencePiece-style vocabulary (from `tiny_vocabulary`) and the ChatML template."""
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_unk_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(tokens.index("<|im_end|>"))
    writer.add_add_bos_token(False)
    writer.add_chat_template(CHATML_TEMPLATE)


def write_tiny_chat_model(
    path: Path,
    *,
    n_embd: int = 64,
    n_layer: int = 2,
    n_head: int = 4,
    n_ff: int = 128,
    n_ctx: int = 8192,
    seed: int = 1234,
) -> Path:
    """Write the tiny chat model to `path` and return it."""
    tokens, scores, types = tiny_vocabulary()
    n_vocab = len(tokens)
    rng = np.random.default_rng(seed)

    def weight(*shape: int, scale: float = 0.4) -> np.ndarray:
        return (rng.standard_normal(shape) * scale / np.sqrt(shape[-1])).astype(np.float32)

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    writer = gguf.GGUFWriter(str(tmp), "llama")
    writer.add_name("plume-tiny-chat")
    writer.add_context_length(n_ctx)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layer)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head)
    writer.add_rope_dimension_count(n_embd // n_head)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    add_chat_tokenizer(writer, tokens, scores, types)

    writer.add_tensor("token_embd.weight", weight(n_vocab, n_embd, scale=4.0))
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    # Only word pieces and the end-of-turn token can win the argmax: bytes and other
    # control tokens get zero output rows.
    output = weight(n_vocab, n_embd, scale=8.0)
    silent = [i for i, t in enumerate(types) if t != TOKEN_NORMAL and tokens[i] != "<|im_end|>"]
    output[silent] = 0.0
    writer.add_tensor("output.weight", output)
    for i in range(n_layer):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"blk.{i}.{name}.weight", weight(n_embd, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", weight(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", weight(n_embd, n_ff))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.replace(path)
    return path


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("build/models")
    path = write_tiny_chat_model(out_dir / "tiny-chat.gguf")
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
