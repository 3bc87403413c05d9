"""Who says a quotation (engine.gate.claims.speakers): given to no one by name but to an
organisation (« Selon le porte-parole de Météo-France, « … » » where the source's speaker is the
SNCF's spokeswoman) it is a review; the speaker's own organisation, or her name, draws nothing.
« Selon lui, « … » » gives it to the one spoken of before, not to the name the sentence is about;
a one-word name in quotation marks is no speech; a whole sentence of speech given by name to another
is hard, a few words only on a near-minimal pair (alignment.pair_certainty)."""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

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
    PAIRS.draws_one(v, "quotations", "review", "to Météo-France")


SAID_BY_HER = [
    PAIRS.variant("honest", FIND, said)
    for said in ("D'après la porte-parole de la SNCF,", "Selon Marie Kerbrat,", "Pour la SNCF,")
]


@each(SAID_BY_HER)
def test_the_speaker_or_her_organisation_draws_nothing(case: Case) -> None:
    PAIRS.draws_nothing(case, "quotations")


def test_selon_lui_gives_the_quotation_to_no_name_of_the_sentence() -> None:
    PAIRS.draws_nothing(PAIRS.variant("honest", FIND, "Pour Landerneau, selon elle,"), "quotations")


def test_a_one_word_name_in_quotation_marks_is_given_to_no_one() -> None:
    v = PAIRS.variant(
        "honest",
        "Des arbres sont tombés",
        "Météo-France parle de la tempête « Eowyn ». Des arbres sont tombés",
    )
    text = SOURCE.replace(
        "Des arbres sont tombés", "La tempête « Eowyn » a frappé. Des arbres sont tombés"
    )
    Pairs("voice-name", text, HONEST).draws_nothing(v, "quotations")


def test_a_whole_sentence_of_speech_given_by_name_to_another_is_hard() -> None:
    v = PAIRS.variant(
        "quotation",
        FIND,
        "Tard dans la soirée, après une longue réunion de crise avec les élus, Météo-France a "
        "déclaré :",
    )
    PAIRS.draws_one(v, "quotations", "hard", fragment="")  # its message: any
