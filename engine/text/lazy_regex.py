"""Huge alternations compiled one alternative at a time, when a word may match it.

spaCy's French tokenizer keeps a word whole when its `token_match` says so: one regular
expression of 266 anchored alternatives (« ^a[-…]sexualis[a-z…]+$ », « ^[a-z…]+[-…]en[-…]… »),
most of them carrying a class of 3,089 characters of lower-case letters: 1.45 MB of pattern that
Python's `re` takes 2.1 s to compile — at the import of `spacy.lang.fr`, every time the model
loads, for the few words of an article that can match it.

`LazyAlternation` answers `match` exactly as the compiled pattern would (the same alternative,
so the same span). Each alternative has a gate: the alternative with every long character class
replaced by `(?s:.)`, any character, so that the gate matches wherever the alternative does; all
the gates, small, are one pattern compiled at once. A word no gate lets through gets None
without more; otherwise the alternatives whose gate matches are compiled (once each) and tried
in their order, the first that matches being the one the whole pattern would have matched.

`deferred_huge_patterns()` makes `re.compile` give a `LazyAlternation` for such patterns while
spaCy loads (and only then).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

HUGE = 100_000  # characters: a pattern this long is worth deferring (spaCy's French is 1.45 MB)
LONG_CLASS = 64  # characters: a class this long is replaced by any character in a gate
_ANY = "(?s:.)"
_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_VERBOSE = re.compile(r"\(\?[aiLmsu-]*x")


class LazyAlternation:
    """`re.compile(pattern)` for a pattern « (?flags)(?:A1)|(?:A2)|… », compiled lazily."""

    def __init__(self, pattern: str, flags: str, alternatives: list[str], gates: list[str]):
        self.pattern = pattern
        self._alternatives = [_LazyPattern(f"{flags}(?:{a})") for a in alternatives]
        self._gates = [_LazyPattern(f"{flags}(?:{g})") for g in gates]
        # Each gate a numbered group: a match's lastindex is the first gate that matches.
        self._any_gate = _LazyPattern(flags + "|".join(f"({g})" for g in gates))

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        if args:  # from a position: the plain pattern (spaCy never asks)
            return self._whole().match(string, *args)
        first = self._any_gate.match(string)
        if first is None:
            return None
        # Alternatives in their order, as the whole pattern tries them; one whose gate does
        # not match cannot match.
        start = (first.lastindex or 1) - 1
        for i in range(start, len(self._alternatives)):
            if i > start and self._gates[i].match(string) is None:
                continue
            found = self._alternatives[i].match(string)
            if found is not None:
                return found
        return None

    def _whole(self) -> re.Pattern[str]:
        return _compile(self.pattern)

    def __getattr__(self, name: str) -> Any:
        """Anything else (flags, search, fullmatch…): the plain pattern's, compiled."""
        return getattr(self._whole(), name)


class _LazyPattern:
    """A pattern compiled the first time it is used (by one thread or several: `re` is safe)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def match(self, string: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = _compile(self.pattern)
        return self._compiled.match(string)


_compile = re.compile  # the real one, whatever deferred_huge_patterns does


def lazy_alternation(pattern: str) -> LazyAlternation | None:
    """A LazyAlternation for a huge « (?flags)(?:A1)|(?:A2)|… », else None (compile it)."""
    found = _FLAGS.match(pattern)
    flags = found.group() if found else ""
    if "x" in flags:  # verbose: spaces and comments would need reading too
        return None
    split = alternatives_and_gates(pattern[len(flags) :])
    if split is None or len(split[0]) < 2:
        return None
    return LazyAlternation(pattern, flags, *split)


# The pieces of a pattern, as `re` reads them: an escape, a character class (a `]` right after
# `[` or `[^` is a member), the opening of a group that captures nothing (not a named group, a
# conditional or a comment), `(`, `)`, `|`, a run of anything else.
_PIECES = _compile(
    r"""(?P<escape>\\.)
    | (?P<cls>\[\^?\]?(?:[^\]\\]+|\\.)*\])
    | (?P<open>\(\?(?![P(#]))
    | (?P<other>[()|]|[^\\\[()|]+)
    | (?P<bad>.)""",
    re.VERBOSE | re.DOTALL,
)


def alternatives_and_gates(pattern: str) -> tuple[list[str], list[str]] | None:
    """The alternatives of « (?:A1)|(?:A2)|… », each without its group, and their gates (the
    alternative with each long character class as `(?s:.)`: a class matches one character, any
    character matches it too, so the gate matches wherever the alternative does). None when
    the pattern is not that, or has a capturing or named group, a conditional or a
    backreference (numbered groups would differ)."""
    alternatives: list[str] = []
    gates: list[str] = []
    alternative: list[str] = []
    gate: list[str] = []
    depth, closed = 0, False  # closed: the alternative's group has closed
    for piece in _PIECES.finditer(pattern):
        text, kind = piece.group(), piece.lastgroup
        if kind == "bad" or (kind == "escape" and text[1].isdigit()) or text == "(":
            return None  # not a pattern read here, a backreference, a capturing group
        if depth == 0:
            if text == "|" and closed:
                alternatives.append("".join(alternative)[3:-1])
                gates.append("".join(gate)[3:-1])
                alternative, gate, closed = [], [], False
                continue
            if closed or not pattern.startswith("(?:", piece.start()):
                return None  # not one « (?:…) » group between two `|`
        if kind == "open":
            if _VERBOSE.match(pattern, piece.start()):
                return None  # spaces and comments would need reading too
            depth += 1
        elif text == ")":
            depth -= 1
            closed = depth == 0
        alternative.append(text)
        gate.append(_ANY if kind == "cls" and len(text) > LONG_CLASS else text)
    if not closed:
        return None
    alternatives.append("".join(alternative)[3:-1])
    gates.append("".join(gate)[3:-1])
    return alternatives, gates


_patch_lock = threading.Lock()


@contextmanager
def deferred_huge_patterns() -> Iterator[None]:
    """While inside, `re.compile` of a huge top-level alternation (no flags argument) gives a
    LazyAlternation; every other call is the real `re.compile`, for every thread."""
    with _patch_lock:
        re.compile = _compile_deferring  # type: ignore[assignment]
        try:
            yield
        finally:
            re.compile = _compile  # type: ignore[assignment]


def _compile_deferring(pattern: Any, flags: Any = 0) -> Any:
    if isinstance(pattern, str) and len(pattern) >= HUGE and not flags:
        lazy = _deferred.get(pattern)
        if lazy is None:
            lazy = lazy_alternation(pattern)
            if lazy is not None:
                _deferred[pattern] = lazy
        if lazy is not None:
            return lazy
    return _compile(pattern, flags)


# The same pattern compiled twice (spaCy's import, then the model's tokenizer) is one object,
# as `re`'s own cache would make it.
_deferred: dict[str, LazyAlternation] = {}
