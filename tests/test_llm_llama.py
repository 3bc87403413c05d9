"""The real llama.cpp path, end to end, on the two test models."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.config import Settings
from engine.llm import Generator
from engine.llm.local import load_generator

MESSAGES = [
    {"role": "system", "content": "Réécris l'article."},
    {"role": "user", "content": "L'OTAN et la sécurité du voisinage sud."},
]


# Function scope: each test starts from an empty KV cache, so exact outputs don't depend on
# which test ran before.
@pytest.fixture
def tiny(tiny_chat_model: Path) -> Generator:
    settings = Settings(n_ctx=512, temperature=0.0, seed=1, threads=1)
    return load_generator(tiny_chat_model, settings)


@pytest.fixture
def stories(stories_model: Path) -> Generator:
    settings = Settings(n_ctx=512, temperature=0.0, seed=1, threads=1)
    return load_generator(stories_model, settings)


def test_adapter_is_a_generator(tiny: Generator) -> None:
    assert isinstance(tiny, Generator)
    assert tiny.name == "tiny-chat"


def test_chat_template_comes_from_gguf_metadata(tiny) -> None:
    assert tiny.chat_template_source == "gguf"
    assert tiny.render(MESSAGES) == (
        "<|im_start|>system\nRéécris l'article.<|im_end|>\n"
        "<|im_start|>user\nL'OTAN et la sécurité du voisinage sud.<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    # The template's markers are single special tokens, not spelled out as text.
    tokens = tiny.tokenize(tiny.render(MESSAGES))
    im_start = tiny.tokenize("<|im_start|>")
    assert im_start == [3]
    assert tokens.count(3) == 3


def test_model_without_template_falls_back_to_chatml(stories, caplog) -> None:
    assert stories.chat_template_source == "chatml-fallback"
    assert stories.render(MESSAGES).startswith("<|im_start|>system\nRéécris")
    warnings = [r.getMessage() for r in caplog.get_records("setup") if r.name == "plume"]
    assert warnings == ["stories260K has no chat template in its metadata: using ChatML."]


TINY_GOLDEN = " sécur jui eA ministres son avri  Ch’ Stoltenbergy S avrilb voisin d dia min juillet"


def test_tiny_generation_is_exact_and_streams(tiny) -> None:
    pieces: list[str] = []
    result = tiny.generate(MESSAGES, max_tokens=20, on_text=pieces.append)
    assert result.text == TINY_GOLDEN
    assert "".join(pieces) == result.text
    assert result.stop_reason == "length"
    assert result.timings.generated_tokens == 20
    assert result.timings.prompt_tokens == 61
    assert result.timings.eval_tokens == 19  # llama.cpp decoded all but the last token
    assert result.timings.eval_ms > 0 and result.timings.prompt_ms > 0


def test_stop_string_cuts_before_it_and_is_never_streamed(tiny) -> None:
    pieces: list[str] = []
    result = tiny.generate(MESSAGES, max_tokens=20, stop=["Stolten"], on_text=pieces.append)
    assert result.text == " sécur jui eA ministres son avri  Ch’ "
    assert result.stop_reason == "stop"
    assert "".join(pieces) == result.text


def test_shared_prefix_is_reused_from_kv_cache(tiny) -> None:
    first = tiny.generate(MESSAGES, max_tokens=5)
    follow_up = [*MESSAGES, {"role": "assistant", "content": "Bien."}]
    second = tiny.generate([*follow_up, {"role": "user", "content": "Encore."}], max_tokens=5)
    assert first.timings.prompt_tokens == 61
    # Everything up to the end of the first prompt came from the cache.
    assert second.timings.prompt_evaluated == second.timings.prompt_tokens - 61


STORIES_GOLDEN = '"Here," Annabyed.\n'


def test_stories_generation_is_exact(stories) -> None:
    result = stories.generate(MESSAGES, max_tokens=16)
    assert result.text == STORIES_GOLDEN
    assert result.timings.eval_tps > 0


def test_generation_ends_at_end_of_turn_token(tiny) -> None:
    result = tiny.generate(MESSAGES, max_tokens=300)
    assert result.stop_reason == "eos"
    assert result.timings.generated_tokens == 42
    assert "<|im_end|>" not in result.text
