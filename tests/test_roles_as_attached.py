"""A role is certainly wrong (hard) only where the source writes another one next to the
person's name: a sentence naming two people (« La ministre de l'Économie Claire Vasseur a été
nommée … par Paul Morel ») gives him none of hers. An office the source says bare, of someone it
leaves the reader to know (« Le président a ainsi choisi une fidèle »), given to an office in
the article is a review at most. A role swapped against the one written next to the name stays
hard."""

from __future__ import annotations

from tests.pairs import Sentences

SOURCE = """Gouvernement : une nouvelle Première ministre

6 mai 2024. – La ministre de l'Économie Claire Vasseur a été nommée Première ministre par Paul \
Morel mardi. Le président a ainsi choisi une fidèle, qui l'avait soutenu en 2022. Claire \
Vasseur est depuis longtemps une proche de Paul Morel. Paul Morel a ensuite renoncé à briguer un \
second mandat, faute de soutien à l'Assemblée."""

PAIRS = Sentences("attached", SOURCE, "Une nouvelle Première ministre")


def test_a_role_of_another_person_of_the_sentence_is_no_certain_contradiction() -> None:
    text = "Claire Vasseur est depuis longtemps une proche du président Paul Morel."
    PAIRS.draws_nothing(text, "roles", "hard")


def test_an_office_the_source_says_bare_is_a_review_at_most() -> None:
    text = "Le président a ensuite renoncé à briguer un second mandat, faute de soutien."
    PAIRS.draws_nothing(text, "roles", "hard")


def test_a_role_against_the_one_next_to_the_name_stays_hard() -> None:
    PAIRS.draws("La présidente Claire Vasseur a été nommée Première ministre par Paul Morel.",
                "roles", "hard", "Claire Vasseur")  # fmt: skip


def test_a_title_in_apposition_to_a_name_behind_par_is_that_person_s() -> None:
    """« par X, procureur … »: the title the comma sets beside the agent is the agent's."""
    PAIRS.draws("Le choix a été fait par Claire Vasseur, présidente de la région, mardi.",
                "roles", "hard", "Claire Vasseur")  # fmt: skip
