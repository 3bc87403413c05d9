"""Plume's own machinery played back by a model: cut by the clean-up, failed by `language`."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from engine.brief import Brief, Facts
from engine.brief.source import Source
from engine.config import Settings
from engine.gate import run_gate
from engine.output.article import Block, parse_markdown
from engine.write.cleanup import clean_paragraphs
from engine.write.leaks import find_leak, strip_chat_turns
from engine.write.prompts import fixed_texts

DATA = Path(__file__).parent / "data"
GOOD = DATA / "rouen-good.md"
TEXT = "Le pont Mathilde a rouvert lundi. Les automobilistes retrouvent leur trajet habituel."


def test_chat_turns_are_cut_and_the_answer_kept() -> None:
    answer = (
        "<|im_start|>assistant\n" + TEXT + "<|im_end|>\n"
        "<|im_start|>user\nÉcris la suite.<|im_end|>\n<|im_start|>assistant\nEncore."
    )
    assert strip_chat_turns(answer) == TEXT + "\nEncore."
    assert clean_paragraphs(answer) == [TEXT + " Encore."]
    assert clean_paragraphs(TEXT + "<|im_end|>\n<|im_start|>system\nTu es journaliste.") == [TEXT]


@pytest.mark.parametrize(
    "echo",
    [
        "TÂCHE : la section 2 sur 5, « Les enjeux ».",
        "TITRE : Le pont Mathilde rouvre",
        "ÉCris le texte de cette section : environ 165 mots, en deux ou trois paragraphes.",
        "Écris l'introduction : environ 165 mots, en un ou deux paragraphes.",
        "Tu es journaliste web francophone et spécialiste du référencement (SEO).",
        "Règles absolues :",
        "- N'ajoute aucun nombre, aucune date, aucun montant, aucun pourcentage, aucun nom de "
        "personne et aucune citation qui ne figurent pas dans l'article source.",
        "À corriger par rapport à la version précédente :",
        "- section:2: passage said twice, «le pont a rouvert»: rewrite or cut it",
        "2. Les enjeux (150 mots)",
    ],
)
def test_each_echoed_line_is_cut_before_the_gate(echo: str) -> None:
    assert find_leak(echo) is not None
    assert clean_paragraphs(f"{echo}\n{TEXT}\n\n{echo}") == [TEXT]


def test_an_echoed_sentence_inside_a_paragraph_is_cut() -> None:
    text = f"{TEXT} Ne répète ni le sous-titre ni ce qui est déjà écrit. La ville respire."
    assert clean_paragraphs(text) == [f"{TEXT} La ville respire."]


def test_every_prompt_phrase_is_known_and_journalism_is_not_a_leak() -> None:
    assert any("Règles absolues" in text for text in fixed_texts())
    for path in [GOOD, *sorted((DATA / "drafts").glob("*.md"))]:
        for paragraph in parse_markdown(path.read_text(encoding="utf-8")).paragraphs:
            assert find_leak(paragraph) is None, (path.name, paragraph)


BRIEF = Brief("pont Mathilde", 700, None, Facts(), Source(None, (), name=""))


@pytest.mark.parametrize(
    ("leak", "kind"),
    [
        ("<|im_end|>", "chat template token"),
        ("TÂCHE : le chapeau de l'article.", "prompt echo"),
        ("Écris l'introduction : environ 165 mots.", "prompt echo"),
        ("Tu es journaliste web francophone et spécialiste du référencement.", "prompt echo"),
        ("section:1: passage said twice: rewrite or cut it.", "gate feedback"),
    ],
)
def test_a_leak_left_in_the_draft_fails_language_at_its_part(leak: str, kind: str) -> None:
    article = parse_markdown(GOOD.read_text(encoding="utf-8"))
    blocks = list(article.blocks)
    first = next(i for i, b in enumerate(blocks) if b.kind == "paragraph")
    blocks[first] = Block("paragraph", f"{blocks[first].text} {leak}")
    report = run_gate(dataclasses.replace(article, blocks=tuple(blocks)), BRIEF, Settings())
    assert report.failed == ("language",)
    failing = [f for f in report.findings if f.id == "language" and not f.passed]
    assert [(f.value, str(f.target)) for f in failing] == [(kind, "intro")]


def test_a_body_that_is_not_french_prose_fails_language() -> None:
    article = parse_markdown(GOOD.read_text(encoding="utf-8"))
    garbage = " ".join(f"obj{i} endobj stream xref {i} 0 R /Type /Page" for i in range(40))
    blocks = tuple(
        Block("paragraph", garbage) if b.kind == "paragraph" else b for b in article.blocks
    )
    report = run_gate(dataclasses.replace(article, blocks=blocks), BRIEF, Settings())
    failing = [f for f in report.findings if f.id == "language" and not f.passed]
    assert [f.value for f in failing] == ["not French prose"]
    assert failing[0].message.startswith("body: ")
    assert failing[0].message.endswith(
        "words are common French words; write the article as French prose"
    )


def test_plume_check_refuses_a_pdf_with_exit_2(tmp_path: Path) -> None:
    pdf = tmp_path / "article.md"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
    done = subprocess.run(
        [sys.executable, "-m", "engine", "check", str(pdf), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert f"Article {pdf} is a PDF document, not text." in done.stderr
    assert done.stdout == "" and "Traceback" not in done.stderr
    with pytest.raises(json.JSONDecodeError):
        json.loads(done.stdout)


def test_with_the_chatml_fallback_an_end_of_turn_spelled_as_text_stops(
    stories_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stories260K has no chat template: its turn ends at « <|im_end|> » written as text."""
    import engine.llm.llama.generator as adapter
    from engine.llm.local import load_generator

    model = load_generator(stories_model, Settings(n_ctx=512, temperature=0.0, threads=1))
    assert model.chat_template_source == "chatml-fallback"
    seen: list[tuple[str, ...]] = []
    real = adapter._first_stop

    def spy(text: str, stops, start: int) -> int:
        seen.append(tuple(stops))
        return real(text, stops, start)

    monkeypatch.setattr(adapter, "_first_stop", spy)
    model.generate([{"role": "user", "content": "Once upon a time"}], max_tokens=8)
    assert seen and all("<|im_end|>" in stops and "<|im_start|>" in stops for stops in seen)


# --- What the real small models answer to Plume's prompts (issue 20) -------------------------
# scripts/leak_drafts.py recorded them: each real model of `make real-models` (Gemma 3 270M,
# SmolLM2-135M) on each seed prompt of tests/data/seeds, every call's raw answer.
REAL = DATA / "drafts" / "real"
SEED_SENTENCE = "Le dimanche 17 juin, Iván Duque, homme politique conservateur âgé de 41 ans"


def real_answers() -> list[tuple[str, str, str]]:
    """(file, step, raw answer) of every recorded call."""
    answers = []
    for path in sorted(REAL.glob("*.txt")):
        parts = re.split(r"^=== (\S+) ===\n", path.read_text(encoding="utf-8"), flags=re.M)[1:]
        answers += [(path.name, s, a) for s, a in zip(parts[::2], parts[1::2], strict=True)]
    return answers


def test_the_real_drafts_are_there_and_echo_the_prompt() -> None:
    answers = real_answers()
    assert {name.split("-wikinews")[0] for name, _, _ in answers} == {
        "gemma-3-270m-q4_k_m",
        "SmolLM2-135M-Instruct",
    }
    assert len({name for name, _, _ in answers}) == 6
    kinds = {find_leak(answer)[0] for _, _, answer in answers if find_leak(answer)}
    assert {"prompt echo", "facts list"} <= kinds


@pytest.mark.parametrize(("name", "step", "answer"), real_answers())
def test_no_line_of_the_prompt_survives_the_clean_up(name: str, step: str, answer: str) -> None:
    for paragraph in clean_paragraphs(answer):
        assert find_leak(paragraph) is None, paragraph
        assert not re.search(r"(?:^|\s)- ?(?:date|nombre|lieu|personne|place) :", paragraph)


def test_the_facts_list_is_cut_and_the_story_kept() -> None:
    """Gemma's plan answer to the Duque seed: the rules, the facts list (with an item whose
    label it made up, « - source : »), then the article it was given."""
    answer = next(
        a for n, s, a in real_answers() if n.startswith("gemma") and "05" in n and s == "plan"
    )
    assert "- date : 23 juin 2018\n- nombre : 23" in answer and "\n- source : « Je vais" in answer
    kept = clean_paragraphs(answer)
    assert SEED_SENTENCE in kept[0]
    assert not any("- date :" in p or "- source :" in p or "Règles" in p for p in kept)


@pytest.mark.parametrize(
    ("place", "text", "kind", "message"),
    [
        (
            "heading",
            "Faits de la source, qui doivent tous figurer dans l'article source",
            "prompt echo",
            "section:0: the heading repeats Plume's instructions to the model «faits de la "
            "source qui doivent tous figurer dans l'article»: cut them, they are not article text",
        ),
        (
            "paragraph",
            "- date : 23 juin 2018 - nombre : 23 - personne : Iván Duque",
            "facts list",
            "intro: the paragraph copies the prompt's list of facts «- date : 23 juin 2018»: cut "
            "the list, say each fact in a sentence",
        ),
        (
            "paragraph",
            "Emploie l'expression « pont Mathilde » un ou deux fois, naturellement.",
            "prompt echo",
            "intro: the paragraph repeats Plume's instructions to the model «emploie l'expression "
            "pont mathilde un ou deux fois, naturellement»: cut them, they are not article text",
        ),
    ],
)
def test_a_leak_the_clean_up_did_not_see_fails_language_with_its_own_message(
    place: str, text: str, kind: str, message: str
) -> None:
    article = parse_markdown(GOOD.read_text(encoding="utf-8"))
    blocks = list(article.blocks)
    first = next(i for i, b in enumerate(blocks) if b.kind == place)
    blocks[first] = Block(place, text, blocks[first].level)
    report = run_gate(dataclasses.replace(article, blocks=tuple(blocks)), BRIEF, Settings())
    failing = [f for f in report.findings if f.id == "language" and not f.passed]
    assert [(f.value, f.message) for f in failing] == [(kind, message)]
