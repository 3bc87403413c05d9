"""Who says a quotation (engine.gate.claims.speakers): given to no one by name but to an
organisation (« Selon le porte-parole de Météo-France, « … » » where the source's speaker is the
SNCF's spokeswoman) it is a review; the speaker's own organisation, or her name, draws nothing.
« Selon lui, « … » » gives it to the one spoken of before, not to the name the sentence is about;
a one-word name in quotation marks is no speech; a whole sentence of speech given by name to another
is hard, a few words only on a near-minimal pair (alignment.pair_certainty)."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Finistère : la tempête coupe les voies ferrées

4 février 2025. – Selon Marie Kerbrat, porte-parole de la SNCF, « les trains reprendront lundi \
entre Brest et Quimper ». Météo-France a placé le Finistère en vigilance orange jusqu'à dimanche. \
Des arbres sont tombés sur les voies près de Landerneau."""

HONEST = """Tempête : les trains à l'arrêt dans le Finistère

Des arbres sont tombés sur les voies près de Landerneau. Météo-France a placé le Finistère en \
vigilance orange jusqu'à dimanche. Selon Marie Kerbrat, porte-parole de la SNCF, « les trains \
reprendront lundi entre Brest et Quimper »."""

PAIRS = Pairs("voice", SOURCE, HONEST)
FIND = "Selon Marie Kerbrat, porte-parole de la SNCF,"


def test_a_quotation_given_to_another_organisation_is_a_review() -> None:
    v = PAIRS.variant("quotation", FIND, "Selon le porte-parole de Météo-France,")
    found = PAIRS.edited(v, "quotations")
    assert [(f.severity, "to Météo-France" in f.message) for f in found] == [("review", True)]


@pytest.mark.parametrize(
    "replace", ["D'après la porte-parole de la SNCF,", "Selon Marie Kerbrat,", "Pour la SNCF,"]
)
def test_the_speaker_or_her_organisation_draws_nothing(replace: str) -> None:
    v = PAIRS.variant("honest", FIND, replace)
    assert [f.message for f in PAIRS.edited(v, "quotations")] == []


def test_selon_lui_gives_the_quotation_to_no_name_of_the_sentence() -> None:
    v = PAIRS.variant("honest", FIND, "Pour Landerneau, selon elle,")
    assert [f.message for f in PAIRS.edited(v, "quotations")] == []


def test_a_one_word_name_in_quotation_marks_is_given_to_no_one() -> None:
    v = PAIRS.variant(
        "honest",
        "Des arbres sont tombés",
        "Météo-France parle de la tempête « Eowyn ». Des arbres sont tombés",
    )
    text = SOURCE.replace(
        "Des arbres sont tombés", "La tempête « Eowyn » a frappé. Des arbres sont tombés"
    )
    pairs = Pairs("voice-name", text, HONEST)
    assert [f.message for f in pairs.edited(v, "quotations")] == []


def test_a_whole_sentence_of_speech_given_by_name_to_another_is_hard() -> None:
    v = PAIRS.variant(
        "quotation",
        FIND,
        "Tard dans la soirée, après une longue réunion de crise avec les élus, Météo-France a "
        "déclaré :",
    )
    found = PAIRS.edited(v, "quotations")
    assert [f.severity for f in found] == ["hard"], [f.message for f in found]
