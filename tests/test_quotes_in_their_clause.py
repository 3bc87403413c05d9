"""Who says a quotation is read where its words are: the name the commas set beside a described
speaker (« Le ministre des Comptes publics français, Paul Morel, affirmait … ») is the speaker,
not « le ministre »; a quotation in a clause of its own joined to the sentence's (« …, tandis
que Claire Vasseur demandait « … » ») is that clause's subject's, not the sentence's first
speaker's. A quotation given to the other person is still flagged."""

from __future__ import annotations

from tests.pairs import Sentences

SOURCE = """Budget : la taxe locale contestée

3 mars 2024. – Le ministre des Comptes publics français, Paul Morel, affirmait mardi que cette \
taxe « ne touchera que les plus riches ». De son côté, la présidente de l'association des \
maires, Claire Vasseur, s'interrogeait : « qui paiera la facture des communes ? »"""

PAIRS = Sentences("clauses", SOURCE, "La taxe locale en débat")

BOTH = (
    "Paul Morel affirmait que la taxe « ne touchera que les plus riches », tandis que Claire "
    "Vasseur demandait « qui paiera la facture des communes ? »"
)
SWAPPED = (
    "Claire Vasseur affirmait que la taxe « ne touchera que les plus riches », tandis que Paul "
    "Morel demandait « qui paiera la facture des communes ? »"
)


def test_the_name_beside_a_described_speaker_speaks() -> None:
    PAIRS.draws_nothing("Paul Morel a affirmé que la taxe « ne touchera que les plus riches ».",
                        "quotations")  # fmt: skip


def test_a_quotation_in_a_clause_of_its_own_is_its_subject_s() -> None:
    PAIRS.draws_nothing(BOTH, "quotations")


def test_quotations_given_to_each_other_s_speaker_are_flagged() -> None:
    PAIRS.draws(SWAPPED, "quotations", None, "Claire Vasseur")
    PAIRS.draws(SWAPPED, "quotations", None, "Paul Morel")


def test_the_described_speaker_given_to_another_is_flagged() -> None:
    PAIRS.draws("Claire Vasseur a affirmé que la taxe « ne touchera que les plus riches ».",
                "quotations", None, "Claire Vasseur")  # fmt: skip
