"""The engine's French word lists (and the few English ones), kept as data: one `*.txt` file per
list, the one home of each — the claim checks, the brief (figures, facts, keyphrase), the slug and
the language check read them here.

Each file opens with a comment that says what it holds and who reads it; then one entry a line;
"#" starts a comment. Entries with a tag ("hausse +", "verb provoquer", "plus de<TAB>more",
"janvier 1") are read into a mapping by `tagged` (entry → tag) or `by_tag` (tag → entries).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of `name`.txt, in order, as written."""
    return tuple(_lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `name`.txt."""
    return frozenset(_lines(name))


@cache
def tagged(name: str, separator: str | None = None) -> dict[str, str]:
    """`name`.txt read as entry → tag: "hausse +" → {"hausse": "+"} (tag last, or after
    `separator`)."""
    out = {}
    for line in _lines(name):
        if separator:
            entry, tag = line.split(separator, 1)
        else:
            entry, tag = line.rsplit(None, 1) if " " in line else (line, "")
        out[entry.strip()] = tag.strip()
    return out


@cache
def by_tag(name: str) -> dict[str, frozenset[str]]:
    """`name`.txt read as tag → entries, for files whose lines start with a tag ("verb causer")."""
    out: dict[str, set[str]] = {}
    for line in _lines(name):
        tag, _, entry = line.partition(" ")
        out.setdefault(tag, set()).add(entry.strip())
    return {tag: frozenset(entries) for tag, entries in out.items()}
