"""In-process batching and backend sampling, on the real llama.cpp path with the test models."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from engine.config import Settings
from engine.errors import ModelError
from engine.llm import Generation
from engine.llm.llama import LlamaGenerator
from engine.llm.llama.batching import BatchedLlamaGenerator

TOPICS = [
    ("Réécris l'article.", "L'OTAN et la sécurité du voisinage sud."),
    ("Résume.", "Le ministre rédige en juillet."),
    ("Écris.", "Les alliés et les partenaires."),
]


def article(n: int) -> list[dict[str, str]]:
    system, user = TOPICS[n]
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def settings(temperature: float, **overrides: object) -> Settings:
    return Settings(n_ctx=512, temperature=temperature, seed=5, threads=1, **overrides)


def alone(model: Path, prompts: list, temperature: float, **overrides: object) -> list[tuple]:
    """(text, stop reason, tokens) of each prompt, one after the other, one sequence."""
    generator = LlamaGenerator(model, settings(temperature, **overrides))
    try:
        return [outcome(generator.generate(p, max_tokens=40)) for p in prompts]
    finally:
        generator.close()


def outcome(result: Generation) -> tuple[str, str, int]:
    return result.text, result.stop_reason, result.timings.generated_tokens


def together(
    generator: BatchedLlamaGenerator, prompts: list, max_tokens: int = 40
) -> list[Generation]:
    """Every prompt from its own thread, as `--parallel` calls the generator, started in the
    same decode (the scheduler is paused until all are submitted)."""
    results: list = [None] * len(prompts)

    def work(i: int) -> None:
        try:
            results[i] = generator.generate(prompts[i], max_tokens=max_tokens)
        except Exception as exc:  # noqa: BLE001 - compared by the test
            results[i] = exc

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(prompts))]
    generator.pause()
    for thread in threads:
        thread.start()
    while generator.pending() < len(prompts):
        time.sleep(0.001)
    generator.resume()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("temperature", [0.0, 0.8])
def test_two_sequences_in_one_batch_write_what_each_writes_alone(
    tiny_chat_model: Path, temperature: float
) -> None:
    prompts = [article(0), article(1)]
    expected = alone(tiny_chat_model, prompts, temperature)
    assert expected[0] != expected[1]
    batched = BatchedLlamaGenerator(tiny_chat_model, settings(temperature), n_seq=2)
    try:
        results = together(batched, prompts)
        assert batched.widest_step == 2  # both were decoded in the same llama_decode
    finally:
        batched.close()
    assert [outcome(r) for r in results] == expected


def test_batched_stories_model_matches_serial(stories_model: Path) -> None:
    prompts = [article(n) for n in range(3)]
    expected = alone(stories_model, prompts, 0.0)
    batched = BatchedLlamaGenerator(stories_model, settings(0.0), n_seq=3)
    try:
        assert [outcome(r) for r in together(batched, prompts)] == expected
        assert batched.widest_step == 3
    finally:
        batched.close()


def test_each_sequence_keeps_its_own_prefix(tiny_chat_model: Path) -> None:
    batched = BatchedLlamaGenerator(tiny_chat_model, settings(0.0), n_seq=2)
    try:
        first = together(batched, [article(0), article(1)], max_tokens=4)
        follow_ups = [
            [
                *article(n),
                {"role": "assistant", "content": "Bien."},
                {"role": "user", "content": "Encore."},
            ]
            for n in (0, 1)
        ]
        second = together(batched, follow_ups, max_tokens=4)
    finally:
        batched.close()
    for before, after in zip(first, second, strict=True):
        assert before.timings.prompt_evaluated == before.timings.prompt_tokens
        # Each article found its whole first prompt in its own sequence's cache.
        assert after.timings.prompt_tokens - after.timings.prompt_evaluated == (
            before.timings.prompt_tokens
        )


def test_decode_failure_fails_the_batch_and_the_model_goes_on(
    tiny_chat_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engine.llm.llama.binding import llama_cpp

    batched = BatchedLlamaGenerator(tiny_chat_model, settings(0.0), n_seq=2)
    decode = llama_cpp.llama_decode
    failing = threading.Event()

    def decode_fails_on_a_step(ctx, batch):
        if failing.is_set() and batch.n_tokens == 2:  # both articles' next tokens
            return -3
        return decode(ctx, batch)

    monkeypatch.setattr(llama_cpp, "llama_decode", decode_fails_on_a_step)
    try:
        failing.set()
        results = together(batched, [article(0), article(1)])
        assert [type(r) for r in results] == [ModelError, ModelError]
        assert "llama_decode returned -3" in results[0].message
        failing.clear()
        again = batched.generate(article(1), max_tokens=40)
        assert [outcome(again)] == alone(tiny_chat_model, [article(1)], 0.0)
    finally:
        batched.close()
    with pytest.raises(ModelError, match="closed"):
        batched.generate(article(1), max_tokens=4)


@pytest.mark.parametrize("temperature", [0.0, 0.8])
def test_backend_sampling_on_the_cpu_gives_the_same_text(
    tiny_chat_model: Path, temperature: float
) -> None:
    """The chain runs inside llama.cpp's decode graph (the CPU backend here); the text is the
    one the CPU sampler writes (greedy, and a draw with the same seed)."""
    prompts = [article(1)]
    generator = LlamaGenerator(tiny_chat_model, settings(temperature, backend_sampling=1))
    try:
        on_backend = outcome(generator.generate(prompts[0], max_tokens=40))
        assert generator.sampled_on_backend
    finally:
        generator.close()
    assert [on_backend] == alone(tiny_chat_model, prompts, temperature, backend_sampling=0)


def test_backend_sampling_is_off_on_the_cpu_by_default(tiny_chat_model: Path) -> None:
    generator = LlamaGenerator(tiny_chat_model, settings(0.0, gpu_layers=0))
    try:
        generator.generate(article(1), max_tokens=2)
        assert not generator.backend_sampling and not generator.sampled_on_backend
    finally:
        generator.close()


QWEN_05B = {  # the header of Qwen2.5-0.5B (and of its shape-alike)
    "general.architecture": "qwen2",
    "qwen2.block_count": 24,
    "qwen2.embedding_length": 896,
    "qwen2.attention.head_count": 14,
    "qwen2.attention.head_count_kv": 2,
}


def test_kv_cache_per_token_from_the_gguf_header(tiny_chat_model: Path) -> None:
    from engine.llm.placement import kv_bytes_per_token
    from engine.models.gguf_header import read_header

    # 24 layers × 2 KV heads × (64 + 64) values × 2 bytes: llama.cpp's 12 KiB per token.
    assert kv_bytes_per_token(QWEN_05B) == 12_288
    assert kv_bytes_per_token({"general.architecture": "x"}) is None
    tiny = read_header(tiny_chat_model).metadata
    assert kv_bytes_per_token(tiny) == 2 * 4 * (16 + 16) * 2  # 2 layers, 4 KV heads of 16


def test_parallel_kv_cache_that_does_not_fit_is_refused_with_the_figures() -> None:
    from engine.errors import ResourceError
    from engine.llm.placement import check_parallel_memory

    check_parallel_memory(4, 5_376, 12_288, 400_000_000, available=2_000_000_000)  # fits
    with pytest.raises(ResourceError) as err:
        check_parallel_memory(8, 5_376, 12_288, 400_000_000, available=800_000_000)
    assert err.value.message == (
        "--parallel 8 needs a KV cache of 8 × 5,376 tokens = 528.5 MB; with the model's "
        "400.0 MB that is more than the 800.0 MB of memory available."
    )
    assert err.value.hint == (
        "Use --parallel 6, or give each article a smaller context (PLUME_N_CTX)."
    )
    assert err.value.exit_code == 3
    with pytest.raises(ResourceError, match="Use a smaller model"):
        check_parallel_memory(2, 5_376, 12_288, 790_000_000, available=800_000_000)
