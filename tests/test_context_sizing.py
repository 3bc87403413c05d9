"""The context is sized for the largest prompt a rewrite can build: a model that fills every
token budget it is given never makes an article fail half-way on a limit Plume chose (a real
Gemma 3 270M did: exit 2, "Raise the context", at the last section of the repair round)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

import engine.llm.local
from engine.cli import cli
from engine.errors import InputError
from engine.llm import Generation, Timings

CHARS_PER_TOKEN = 2.86  # SmolLM2's tokenizer on French Wikinews: the least efficient seen
FILLER = "Le conseil municipal a voté hier soir une mesure attendue par les habitants du quartier. "


class BudgetFiller:
    """A model that always writes its whole token budget (no JSON, no stop), inside a context
    of `n_ctx` tokens that it enforces as llama.cpp does."""

    name = "budget-filler"

    def __init__(self, n_ctx: int) -> None:
        self.n_ctx = n_ctx
        self.calls: list[tuple[int, int, int]] = []  # (prompt tokens, budget asked, written)

    def generate(self, messages, *, max_tokens, stop=(), on_text=None, **kwargs):
        prompt = sum(math.ceil(len(m["content"]) / CHARS_PER_TOKEN) + 4 for m in messages)
        room = self.n_ctx - prompt
        if room <= 0:
            raise InputError(
                f"The prompt takes {prompt} tokens, more than the model's context of "
                f"{self.n_ctx} leaves room for.",
                "Raise the context (PLUME_N_CTX) or shorten the article.",
            )
        written = min(max_tokens, room)
        self.calls.append((prompt, max_tokens, written))
        text = (FILLER * 200)[: int(written * CHARS_PER_TOKEN)]
        timings = Timings(prompt_tokens=prompt, prompt_evaluated=prompt, generated_tokens=written)
        return Generation(text=text, stop_reason="length", timings=timings)


@pytest.mark.parametrize(("article", "min_words"), [("19.txt", "300"), ("11.txt", "700")])
def test_a_model_filling_every_budget_never_overflows_the_sized_context(
    monkeypatch: pytest.MonkeyPatch,
    corpus_dir: Path,
    tiny_chat_model: Path,
    tmp_path: Path,
    article: str,
    min_words: str,
) -> None:
    models: list[BudgetFiller] = []

    def load(path, settings):
        models.append(BudgetFiller(settings.n_ctx))  # the context `plume rewrite` sized
        return models[-1]

    monkeypatch.setattr(engine.llm.local, "load_generator", load)
    monkeypatch.setenv("PLUME_MIN_WORDS", min_words)
    out = tmp_path / "out"
    source = corpus_dir / "wikinews" / article
    args = ["rewrite", str(source), "--model", str(tiny_chat_model), "-o", f"{out}/", "-q"]
    result = CliRunner().invoke(cli, [*args, "--max-rounds", "1"])

    assert "Raise the context" not in result.output
    assert result.exit_code == 1, result.output  # the gate's verdict, not "bad input"
    [model] = models
    report = json.loads((out / f"{Path(article).stem}.report.json").read_text("utf-8"))
    assert [r["index"] for r in report["rounds"]] == [0, 1]  # the repair round ran in full
    assert len(model.calls) == len(report["calls"]) > 8
    # No answer was cut short by the context either: each call got its whole budget.
    assert [written for _, asked, written in model.calls] == [a for _, a, _ in model.calls]
    largest = max(prompt + asked for prompt, asked, _ in model.calls)
    assert largest <= model.n_ctx
