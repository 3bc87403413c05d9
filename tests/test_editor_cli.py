"""What an editor sees at the command line (issue 15), in a subprocess: what Plume understood
before it writes, where it is while it writes, and a rejected draft that cannot pass for an
article. Generation is the scripted replay (tests/scripted_cli.py); everything else is real."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import plume

REPO = Path(__file__).resolve().parent.parent
MATHILDE = "wikinews/22.txt"
FRENCH_DIRECTIVE = "Rends cet article compatible SEO, au moins 700 mots, ajoute une FAQ à la fin"


@pytest.fixture
def mathilde(corpus_dir: Path, tmp_path: Path) -> Path:
    """Wikinews 22 with a French directive line on top, one clause of it not understood."""
    path = tmp_path / "rouen.txt"
    text = (corpus_dir / MATHILDE).read_text(encoding="utf-8")
    path.write_text(f"{FRENCH_DIRECTIVE}\n\n{text}", encoding="utf-8")
    return path


def test_startup_block_progress_and_end_line(mathilde, tiny_chat_model, tmp_path) -> None:
    out = tmp_path / "out" / "rouen.md"
    done = plume("rewrite", str(mathilde), "-o", str(out), "--model", str(tiny_chat_model))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    err = done.stderr.splitlines()
    block = err.index(f"Plume understood {mathilde}:")
    assert err[block + 1 : block + 7] == [
        "  title to customise: « Incendie sur le pont Mathilde de Rouen » (the source's title)",
        "  min words: 700 (the directive)",
        "  directives understood: at least 700 words, SEO-compatible",
        "  directives ignored (not understood): « ajoute une FAQ à la fin »",
        "  keyphrase: « pont Mathilde » (extracted from the title and the text; "
        "--keyphrase to choose)",
        "    other candidates: « Rouen », « incendie », « blessés légers », « blocage de Rouen »",
    ]
    # a line before the plan call, then one per call with where it is, then the gate
    plan = err.index("plan: the model writes the outline (call 1; the first call is the slowest)")
    assert block < plan
    calls = [line for line in err if re.search(r" — call \d+ of \d+, ", line)]
    assert re.search(r"^plan: .* — call 1 of 7, \d+ s elapsed, about \d+ (s|min) left$", calls[0])
    # the plan has 6 sections: 8 calls in all; after the last, nothing is left to estimate
    assert re.search(r"^section 6/6 .* — call 8 of 8, \d+ s elapsed$", calls[-1])
    assert "gate, round 0: passed" in "\n".join(err)
    report = out.with_name("rouen.report.json")
    end = next(i for i, line in enumerate(err) if line.startswith("wrote "))
    assert re.fullmatch(
        rf"wrote {re.escape(str(out))}: \d+ words, 0 repair rounds, \d+ s; report: "
        + re.escape(str(report)),
        err[end],
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["passed"] is True
    # then the review findings, if the gate left any doubt for the editor
    from engine.output.report import review_lines

    doubts = [c["message"] for c in data["checks"] if c["severity"] == "review" and not c["passed"]]
    assert err[end + 1 :] == review_lines(doubts, report)
    # The directive is no article text: not sent to the model, its 700 no source figure.
    assert "700" not in out.read_text(encoding="utf-8").split("---")[1]


def test_quiet_says_only_the_verdict(mathilde, tiny_chat_model, tmp_path) -> None:
    out = tmp_path / "rouen.md"
    done = plume("rewrite", str(mathilde), "-o", str(out), "--model", str(tiny_chat_model), "-q")
    assert done.returncode == 0
    assert "Plume understood" not in done.stderr and "wrote" not in done.stderr


def test_rerun_onto_a_single_file_says_how_to_redo_it(mathilde, tiny_chat_model, tmp_path):
    out = tmp_path / "rouen.md"
    out.write_text("old\n", encoding="utf-8")
    args = ["rewrite", str(mathilde), "-o", str(out), "--model", str(tiny_chat_model), "-q"]
    skipped = plume(*args)
    assert skipped.returncode == 0
    assert skipped.stderr.splitlines()[-1] == (
        f"skipped: {out} already exists; add --force to write it again."
    )
    assert out.read_text(encoding="utf-8") == "old\n"
    forced = plume(*args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_output_format_comes_from_the_suffix_and_a_mismatch_is_refused(
    mathilde, tiny_chat_model, tmp_path
) -> None:
    page = tmp_path / "page.html"
    args = ["rewrite", str(mathilde), "--model", str(tiny_chat_model), "-q"]
    done = plume(*args, "-o", str(page))
    assert done.returncode == 0, done.stderr
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    refused = plume(*args, "-o", str(tmp_path / "other.html"), "--format", "md")
    assert refused.returncode == 2
    assert f"-o {tmp_path / 'other.html'} names a .html file, but --format is md." in (
        refused.stderr
    )
    assert not (tmp_path / "other.html").exists()


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_a_rejected_draft_is_marked_in_every_format(mathilde, tiny_chat_model, tmp_path, fmt):
    out = tmp_path / f"rouen.{fmt}"
    args = ["rewrite", str(mathilde), "-o", str(out), "--model", str(tiny_chat_model)]
    done = plume(*args, "--keep-rejected", "--max-rounds", "1", env={"SCRIPTED_FAIL": "section:1"})
    assert done.returncode == 1, done.stderr
    draft = tmp_path / f"rouen.rejected.{fmt}"
    report = tmp_path / "rouen.report.json"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("rouen.")) == sorted(
        [draft.name, report.name, "rouen.txt"]
    )
    lines = done.stderr.splitlines()
    assert lines[-2:] == [f"Rejected draft (not for publication): {draft}", f"Report: {report}"]
    assert "No article written" not in done.stderr
    text = draft.read_text(encoding="utf-8")
    failed = json.loads(report.read_text(encoding="utf-8"))["failed"]
    assert "structure" in failed
    if fmt == "md":
        assert text.startswith(f'---\nstatus: "rejected"\nfailed: "{", ".join(failed)}"\ntitle: ')
    elif fmt == "json":
        data = json.loads(text)
        assert data["status"] == "rejected" and data["article"]["status"] == "rejected"
    else:
        assert '<meta name="robots" content="noindex">' in text
        assert "application/ld+json" not in text
        banner = (
            f"REJECTED DRAFT, NOT FOR PUBLICATION: the quality gate failed {', '.join(failed)}."
        )
        assert f"{banner}</p>" in text


def test_rejected_without_keep_says_so_and_names_the_report(
    mathilde, tiny_chat_model, tmp_path
) -> None:
    out = tmp_path / "rouen.md"
    args = ["rewrite", str(mathilde), "-o", str(out), "--model", str(tiny_chat_model), "-q"]
    done = plume(*args, "--max-rounds", "0", env={"SCRIPTED_FAIL": "section:1"})
    assert done.returncode == 1
    assert done.stderr.splitlines()[-2:] == [
        "No article written; --keep-rejected keeps the best draft, marked rejected.",
        f"Report: {tmp_path / 'rouen.report.json'}",
    ]


def test_stdin_with_keep_rejected_writes_the_marked_draft_to_stdout(
    mathilde, tiny_chat_model
) -> None:
    text = mathilde.read_text(encoding="utf-8")
    args = ["rewrite", "-", "--model", str(tiny_chat_model), "--max-rounds", "0", "-q"]
    fail = {"SCRIPTED_FAIL": "section:1", "PLUME_N_CTX": "4096"}  # stdin: no size to go by
    kept = plume(*args, "--keep-rejected", stdin=text, env=fail)
    assert kept.returncode == 1
    assert kept.stdout.startswith('---\nstatus: "rejected"\nfailed: "')
    assert "Rejected draft (not for publication) written to stdout." in kept.stderr
    assert "Report: above only (output on stdout; give -o FILE to save it)." in kept.stderr
    refused = plume(*args, stdin=text, env=fail)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "--keep-rejected writes the draft to stdout, marked." in refused.stderr


MARKDOWN = """<!-- Wikinews, CC BY 2.5 : crédits de la source, version 2.5 de la licence -->
# Le pont Mathilde rouvre

Le pont Mathilde de Rouen a rouvert lundi après des travaux, a annoncé la préfecture de la
Seine-Maritime. Près de 80 000 véhicules empruntaient chaque jour cet ouvrage.
"""


def test_inspect_shows_the_brief_without_a_model() -> None:
    code = (
        "import sys; from engine.cli import cli; "
        "cli(['inspect', '-'], standalone_mode=False); "
        "assert 'llama_cpp' not in sys.modules, 'inspect loaded llama.cpp'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=f"{FRENCH_DIRECTIVE}\n\n{MARKDOWN}",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:5] == [
        "-: 1 paragraphs",
        "  title to customise: « Le pont Mathilde rouvre » (the source's title)",
        "  min words: 700 (the directive)",
        "  directives understood: at least 700 words, SEO-compatible",
        "  directives ignored (not understood): « ajoute une FAQ à la fin »",
    ]
    assert lines[5].startswith("  keyphrase: « pont Mathilde")
    assert "    other candidates: " in lines[6]
    facts = "\n".join(lines)
    # Markdown was sniffed: the credits comment is no source text, « 2.5 » no figure to keep
    assert "    number: 80 000" in facts
    assert "2.5" not in facts and "2,5" not in facts and "CC BY" not in facts


def test_input_format_txt_reads_markdown_as_plain_text() -> None:
    done = plume("inspect", "-", "--input-format", "txt", stdin=MARKDOWN, scripted=False)
    assert done.returncode == 0, done.stderr
    assert "2.5" in done.stdout  # the comment is now text, as asked


def test_check_json_lists_failed_and_skipped_checks(tmp_path) -> None:
    done = plume("check", "tests/data/rouen-short.md", "--json", scripted=False)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert (report["passed"], report["failed"], report["skipped"]) == (
        False,
        ["length"],
        ["fidelity", "originality"],
    )
    by_id = {c["id"]: c["passed"] for c in report["checks"]}
    assert by_id["fidelity"] == by_id["originality"] == "skipped"
    assert by_id["length"] is False and by_id["language"] is True


# --- what the source says, understood (in process) -------------------------------------------

FRENCH_SOURCE = """France : le chômage repart fortement à la hausse en août

Le chômage a fortement augmenté en août. La baisse du chômage observée en début d'année est
annulée : la baisse du chômage espérée par le gouvernement n'a pas duré.

Pour l'Unédic, la baisse du chômage reste possible en fin d'année. La baisse du chômage
dépendra de la croissance. Le chômage touche d'abord les jeunes.
"""


def test_french_directives_are_understood_and_never_article_text() -> None:
    from engine.brief import make_brief
    from engine.brief.source import parse_source
    from engine.config import Settings

    source = parse_source(f"{FRENCH_DIRECTIVE}\n\n{FRENCH_SOURCE}")
    d = source.directives
    assert (d.min_words, d.seo, d.unknown) == (700, True, ("ajoute une FAQ à la fin",))
    assert "Rends" not in source.text and "700" not in source.text
    assert "700" not in {f.key for f in make_brief(source, Settings()).facts.items}
    # A sentence that happens to hold a directive's words stays article text, and asks nothing.
    plain = parse_source("Google change son SEO\n\nLe rapport compte au moins 700 mots, dit-il.")
    assert plain.directives.min_words is None and plain.directives.seo is False
    assert plain.paragraphs == ("Le rapport compte au moins 700 mots, dit-il.",)
    titled = parse_source("Personnalise ce titre : Le pont rouvre\n\n" + FRENCH_SOURCE)
    assert titled.directives.title == titled.title == "Le pont rouvre"


def test_the_keyphrase_never_contradicts_the_title() -> None:
    from engine.brief import make_brief
    from engine.brief.source import parse_source
    from engine.config import Settings

    brief = make_brief(parse_source(FRENCH_SOURCE), Settings())
    chosen = [brief.keyphrase, *brief.candidates]
    assert not any("baisse" in phrase.lower() for phrase in chosen), chosen
    # the same text under a falling title may pick it
    falling = FRENCH_SOURCE.replace("repart fortement à la hausse", "poursuit sa baisse")
    brief = make_brief(parse_source(falling), Settings())
    assert (brief.keyphrase, "baisse du chômage" in brief.candidates) == ("chômage", True)


# --- the gate's messages ----------------------------------------------------------------------


def _metadata(title: str, asked: str | None) -> list[str]:
    import dataclasses

    from engine.brief import Brief, Facts
    from engine.brief.source import Directives, Source
    from engine.config import Settings
    from engine.gate import run_gate
    from engine.output.article import parse_markdown

    article = parse_markdown((REPO / "tests/data/rouen-good.md").read_text(encoding="utf-8"))
    source = Source(None, (), Directives(title=asked), name="")
    brief = Brief("pont Mathilde", 700, asked, Facts(), source)
    report = run_gate(dataclasses.replace(article, title=title), brief, Settings())
    return [f.message for f in report.findings if f.id == "metadata" and not f.passed]


def test_title_messages_say_missing_and_customise() -> None:
    assert _metadata("", None) == ["title: no title: write one"]
    source_title = "Incendie sur le pont Mathilde de Rouen : la circulation reste très perturbée"
    assert len(source_title) > 60
    # kept as the directive gave it: customise it, not "shorten it"
    assert _metadata(source_title, source_title) == [
        "title: the source's title kept as is: customise it"
    ]
    assert _metadata("Pont Mathilde : un incendie bloque Rouen", source_title) == []


def test_the_slug_builder_says_each_word_once() -> None:
    from engine.config import Settings
    from engine.write.plan import make_slug

    slug = make_slug("Benoît Hamon", "Benoît Hamon remporte la primaire", Settings())
    assert slug == "benoit-hamon-remporte-primaire"


def test_a_missing_date_is_one_fact(corpus_dir: Path) -> None:
    import dataclasses

    from engine.brief import make_brief
    from engine.brief.source import read_source
    from engine.config import Settings
    from engine.gate import run_gate
    from engine.output.article import Block, parse_markdown

    brief = make_brief(read_source(corpus_dir / MATHILDE), Settings(), "pont Mathilde")
    article = parse_markdown((REPO / "tests/data/rouen-good.md").read_text(encoding="utf-8"))
    blocks = tuple(
        Block(b.kind, b.text.replace("29 octobre 2012", "fin octobre"), b.level)
        for b in article.blocks
    )
    report = run_gate(dataclasses.replace(article, blocks=blocks), brief, Settings())
    missing = [f.value for f in report.findings if f.id == "fidelity" and "missing" in f.message]
    assert missing == []  # the dateline's date is the article's date: kept in the front matter
    blocks = tuple(
        # (« début novembre » would keep the 5th by the part of its month: « fin novembre » does
        # not)
        Block(b.kind, b.text.replace("5 novembre 2012", "fin novembre"), b.level)
        for b in article.blocks
    )
    report = run_gate(dataclasses.replace(article, blocks=blocks), brief, Settings())
    missing = [f.value for f in report.findings if f.id == "fidelity" and "missing" in f.message]
    assert missing == ["5 novembre 2012"]  # one fact: not its day and year numbers again


# --- silent degradations get a line -----------------------------------------------------------


def test_gpu_layers_on_a_cpu_build_is_said(caplog) -> None:
    from engine.llm.placement import gpu_layers

    assert gpu_layers(5, gpu_available=False) == 0
    assert caplog.messages == [
        "--gpu-layers 5 ignored: this llama.cpp build has no GPU backend, so the model runs on "
        "the CPU (`plume doctor` shows the build)."
    ]


def test_llama_cpp_log_lines_never_reach_stderr(tiny_chat_model: Path) -> None:
    """A context beyond the trained one makes llama.cpp warn; the user's stderr stays clean."""
    code = (
        "from pathlib import Path; from engine.config import Settings; "
        "from engine.llm.local import load_generator; "
        f"load_generator(Path({str(tiny_chat_model)!r}), Settings(n_ctx=16384, threads=1))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_an_empty_meta_description_is_said(corpus_dir: Path) -> None:
    from engine.brief import make_brief
    from engine.brief.source import read_source
    from engine.config import Settings
    from engine.write.rewriter import Rewriter
    from tests.scripted import ScriptedGenerator

    plan = json.loads(ScriptedGenerator("wikinews-22").plan)
    plan["description"] = ""
    model = ScriptedGenerator("wikinews-22", {("plan", 1): json.dumps(plan)})
    said: list[str] = []
    brief = make_brief(read_source(corpus_dir / MATHILDE), Settings(), "pont Mathilde")
    result = Rewriter(model, Settings(max_rounds=1), said.append).rewrite(brief)
    assert "meta description: the model gave none; the repair round asks again" in said
    gates = [line for line in said if line.startswith("gate, round ")]
    assert re.fullmatch(r"gate, round 0: failed keyphrase, metadata \(\d+\.\d s\)", gates[0])
    assert re.fullmatch(r"gate, round 1: passed \(\d+\.\d s\)", gates[1])
    assert result.passed  # the repair round's meta call gave one
