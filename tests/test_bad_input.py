"""Whatever lands in the mailbox: each bad input gets one clear message and exit 2, never a
traceback and never a file; the inputs Plume can read anyway (cp1252, a scripted HTML page,
English) are read, with a note in the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from engine.brief.source import decode, parse_source, read_source
from engine.errors import InputError
from tests.scripted import use_scripted
from tests.test_rewrite_cli import run, scripted  # noqa: F401 - the fixture

MATHILDE = "wikinews/22.txt"
NOT_FRENCH = "the source is not French (it reads as English): the article is written in French"


def rewrite(model: Path, *args: str):
    return run("rewrite", *args, "--model", str(model), "-q")


def assert_refused(result, *phrases: str, code: int = 2) -> None:
    """Exit `code`, each phrase in the output, and no traceback."""
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit | None), result.exception
    assert "Traceback" not in result.output
    for phrase in phrases:
        assert phrase in result.output


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "is empty."),
        (b"  \n\t\r\n   \n", "is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks like a binary file"),
        (b"Customize this title in french\nSource link -57\n", "no article text found"),
    ],
    ids=["empty", "whitespace", "binary", "only-directives"],
)
def test_unusable_file_is_exit_2_and_writes_nothing(
    scripted,  # noqa: F811
    tiny_chat_model,
    tmp_path,
    data,
    phrase,
) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(data)
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(source), "-o", f"{out}/")
    assert_refused(result, phrase, str(source))
    assert not out.exists() or not any(out.iterdir())


def test_cp1252_source_is_decoded_with_a_note(scripted, corpus_dir, tiny_chat_model, tmp_path):  # noqa: F811
    text = (corpus_dir / MATHILDE).read_text(encoding="utf-8").replace("’", "'")
    source = tmp_path / "rouen.txt"
    source.write_bytes(text.encode("cp1252"))
    out = tmp_path / "rouen.json"
    result = rewrite(tiny_chat_model, str(source), "-o", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))["report"]
    assert report["passed"] is True
    assert f"{source} is not UTF-8: read as cp1252" in report["source_notes"]


def test_latin1_only_bytes_fall_back_to_latin1() -> None:
    # 0x81 and 0x8d are undefined in cp1252: only latin-1 reads them.
    text = "Le préfet a parlé à Évreux, déjà. " * 40 + "\x81"
    decoded, note = decode(text.encode("latin-1"), "x.txt")
    assert decoded == text
    assert note == "x.txt is not UTF-8: read as latin-1"


def test_undecodable_text_is_refused() -> None:
    noise = bytes(range(0x80, 0xA0)) * 20  # C1 controls everywhere: no text encoding fits
    with pytest.raises(InputError, match="cannot be decoded") as caught:
        decode(noise, "noise.txt")
    assert "iconv" in (caught.value.hint or "")


PAGE = """<!DOCTYPE html><html><head><title>Rouen | Le Journal</title>
<script>var tracker = "Vers 99h99 le site a été piraté";</script>
<style>p {{ color: red }}</style></head><body>
<header><nav><a href="/">Accueil</a> <a href="/sport">Sport 2024</a></nav></header>
<!-- pub: 12 345 vues -->
<aside>Publicité : 3 € seulement</aside><form><button>S'abonner</button></form>
<article><h1>{title}</h1>{paragraphs}</article>
<script src="x.js"></script><noscript>Activez JavaScript</noscript>
<footer>© 1999 Le Journal — mentions légales</footer></body></html>"""


def test_html_page_full_of_scripts_and_navigation(
    scripted,  # noqa: F811
    corpus_dir,
    tiny_chat_model,
    tmp_path,
) -> None:
    title, *paragraphs = [
        p for p in (corpus_dir / MATHILDE).read_text(encoding="utf-8").split("\n\n") if p.strip()
    ]
    page = PAGE.format(title=title, paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))
    source = tmp_path / "page.html"
    source.write_text(page, encoding="utf-8")
    parsed = read_source(source)
    assert parsed.title == title
    assert [" ".join(p.split()) for p in paragraphs] == list(parsed.paragraphs)
    for furniture in ("tracker", "99h99", "Accueil", "12 345", "Publicité", "S'abonner", "1999"):
        assert furniture not in parsed.text
    out = tmp_path / "page.json"
    result = rewrite(tiny_chat_model, str(source), "-o", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["report"]["passed"] is True


ENGLISH = """Fire on the Mathilde bridge in Rouen

A tanker truck carrying fuel caught fire on the Mathilde bridge in Rouen this morning. The
driver lost control of the vehicle, which hit the central barrier and then a refrigerated truck.

The fire spread to the lower quays, where it destroyed the trucks and caravans of the fair
people who were there for the Saint-Romain fair. The bridge has been closed since then.
"""


def test_english_source_is_noted_and_the_run_goes_on(
    scripted,  # noqa: F811
    tiny_chat_model,
    tmp_path,
) -> None:
    assert NOT_FRENCH in read_source_text(ENGLISH).notes
    assert NOT_FRENCH not in read_source_text(FRENCH_SHORT).notes
    source = tmp_path / "fire.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(source), "-o", f"{out}/", "--keyphrase", "pont Mathilde")
    # The French draft holds dates the English text lacks: the gate rejects it, with the note.
    assert result.exit_code == 1, result.output
    report = json.loads((out / "fire.report.json").read_text(encoding="utf-8"))
    assert NOT_FRENCH in report["source_notes"]
    assert "fidelity" in report["failed"]


FRENCH_SHORT = "Le pont Mathilde de Rouen est fermé depuis l'incendie d'un camion sur la voie."


def read_source_text(text: str):
    return parse_source(text, name="t.txt")


@pytest.mark.parametrize(
    ("directive", "asked"),
    [("create at least 50000 words", "50,000"), ("create at least 0 words", "0")],
)
def test_impossible_length_directive_names_the_limit(
    scripted,  # noqa: F811
    corpus_dir,
    tiny_chat_model,
    tmp_path,
    directive,
    asked,
) -> None:
    source = tmp_path / "rouen.txt"
    text = (corpus_dir / MATHILDE).read_text(encoding="utf-8")
    source.write_text(f"Make this article seo compatible, {directive}\n{text}", encoding="utf-8")
    result = rewrite(tiny_chat_model, str(source), "-o", str(tmp_path / "out.md"))
    assert_refused(
        result,
        f"the directive asks for {asked} words; Plume writes articles of 50 to 20,000 words.",
        "Change the directive's length to a number from 50 to 20000, or remove it.",
    )
    assert not (tmp_path / "out.md").exists()


def test_impossible_min_words_flag_names_the_range(tiny_chat_model, tmp_path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(FRENCH_SHORT, encoding="utf-8")
    result = rewrite(tiny_chat_model, str(source), "--min-words", "0")
    assert_refused(result, "Setting min_words=0 is out of range.", "between 50 and 20000")


def test_article_longer_than_the_context_is_refused_with_the_limit(
    scripted,  # noqa: F811
    corpus_dir,
    tiny_chat_model,
    tmp_path,
) -> None:
    text = (corpus_dir / MATHILDE).read_text(encoding="utf-8")
    source = tmp_path / "long.txt"
    source.write_text(text + "\n\n".join([text.split("\n\n", 1)[1]] * 20), encoding="utf-8")
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(source), "-o", f"{out}/")
    assert_refused(result, "more than the model's context of 8,192.", "Shorten the article")
    assert not out.exists()
    assert scripted == []  # refused before any model was loaded


class PromptTooLong:
    """The adapter's own refusal, raised when a prompt leaves no room in the context."""

    name = "too-long"

    def generate(self, messages, **kwargs):
        raise InputError(
            "The prompt takes 9000 tokens, more than the model's context of 8192 leaves room for.",
            "Raise the context (PLUME_N_CTX) or shorten the article.",
        )


def test_adapter_prompt_refusal_reaches_the_user(
    monkeypatch, corpus_dir, tiny_chat_model, tmp_path
) -> None:
    use_scripted(monkeypatch, PromptTooLong)
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(corpus_dir / MATHILDE), "-o", f"{out}/")
    assert_refused(
        result,
        "The prompt takes 9000 tokens, more than the model's context of 8192 leaves room for.",
        "Raise the context (PLUME_N_CTX)",
    )
    assert not out.exists() or not any(out.iterdir())


def test_folder_of_good_and_bad_files(scripted, corpus_dir, tiny_chat_model, tmp_path) -> None:  # noqa: F811
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(corpus_dir / MATHILDE, inbox / "rouen.txt")
    shutil.copy(corpus_dir / "seeds/wikinews-05-seed.txt", inbox / "colombie.txt")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (inbox / "huge.md").write_text("create at least 50000 words\n\nUn texte.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(inbox), "-o", str(out))
    assert_refused(result, "2 passed, 0 rejected, 3 errors, 0 skipped")
    assert sorted(p.name for p in out.iterdir()) == ["colombie.md", "rouen.md"]
    said = result.output.split("0 skipped\n", 1)[1].splitlines()
    errors, doubts = said[:6], said[6:]
    # after the errors, a passed article's review findings (doubts for the editor), if any
    assert all(line.startswith((f"  {inbox}/", "    ")) for line in doubts)
    assert errors == [
        f"  {inbox / 'empty.txt'}: {inbox / 'empty.txt'} is empty.",
        "  → Give the text of a French article.",
        f"  {inbox / 'huge.md'}: {inbox / 'huge.md'}: the directive asks for 50,000 words; "
        "Plume writes articles of 50 to 20,000 words.",
        "  → Change the directive's length to a number from 50 to 20000, or remove it.",
        f"  {inbox / 'photo.txt'}: {inbox / 'photo.txt'} looks like a binary file (it holds NUL "
        "bytes), not text.",
        "  → Give the article as plain text (.txt), Markdown (.md) or HTML (.html), in UTF-8.",
    ]
    again = rewrite(tiny_chat_model, str(inbox), "-o", str(out))
    assert_refused(again, "0 passed, 0 rejected, 3 errors, 2 skipped")


def test_in_a_folder_only_the_article_too_long_for_the_model_fails(
    monkeypatch, corpus_dir, tiny_chat_model, tmp_path
) -> None:
    """The batch's context stops at the model's own; the article that does not fit is listed."""
    from tests.scripted import ScriptedByText

    class RefusesLongPrompts(ScriptedByText):
        def generate(self, messages, **kwargs):
            if len(messages[0]["content"]) > 20_000:
                return PromptTooLong().generate(messages, **kwargs)
            return super().generate(messages, **kwargs)

    use_scripted(monkeypatch, RefusesLongPrompts)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = (corpus_dir / MATHILDE).read_text(encoding="utf-8")
    (inbox / "long.txt").write_text(text + "\n\n".join([text.split("\n\n", 1)[1]] * 20))
    shutil.copy(corpus_dir / MATHILDE, inbox / "rouen.txt")
    out = tmp_path / "out"
    result = rewrite(tiny_chat_model, str(inbox), "-o", str(out))
    assert_refused(result, "1 passed, 0 rejected, 1 errors, 0 skipped", "The prompt takes 9000")
    assert sorted(p.name for p in out.iterdir()) == ["rouen.md"]
