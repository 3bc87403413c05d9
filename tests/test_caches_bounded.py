"""A long-running server gates article after article: no cache keyed on their text may grow
without end. A cache with no bound is allowed only where its keys come from the lexicons."""

import importlib
import inspect
import pkgutil

import engine

# keyed on lexicon names, tags or entries: a fixed, small set
KEYED_ON_LEXICONS = {
    "engine.gate.slots.antonyms._verbs",
    "engine.gate.slots.scope._words_of",
    "engine.gate.claims.numeric._stems",
    "engine.gate.claims.roles._phrase_pattern",
    "engine.text.lexicon.lines",
    "engine.text.lexicon.words",
    "engine.text.lexicon.tagged",
    "engine.text.lexicon.by_tag",
    "engine.write.prompts.template",
}


def _cached_functions():
    for info in pkgutil.walk_packages(engine.__path__, "engine."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            cached = hasattr(value, "cache_parameters")
            if cached and getattr(value, "__module__", None) == info.name:
                yield f"{info.name}.{name}", value


def test_every_cache_keyed_on_text_is_bounded():
    unbounded = sorted(
        qualified
        for qualified, function in _cached_functions()
        if function.cache_parameters()["maxsize"] is None
        and inspect.signature(function.__wrapped__).parameters
        and qualified not in KEYED_ON_LEXICONS
    )
    assert unbounded == []


def test_the_word_caches_are_bounded():
    from engine.gate.claims import speakers, tense
    from engine.gate.slots import entities

    assert entities.nationality.cache_parameters()["maxsize"] == 1 << 14
    assert speakers._undoubled.cache_parameters()["maxsize"] == 1 << 14
    assert tense._dateline.cache_parameters()["maxsize"] == 64
