"""Round 25 (F25C): ranks read on the wrong word — readings of honest-r35, pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

- A rank said of a noun that does, in the article, what the source has someone else do
  (« la dernière relayeuse a dépassé Ana Ruiz » for « la troisième relayeuse, Julie Roux, a
  comblé le retard, pour laisser sa sœur Anne dépasser Ana Ruiz »): the source ranks the one
  who did another thing; said of the same act (« la dernière relayeuse a comblé le retard »),
  still a clash, hard.
- Two values the source gives to two people (« en devançant Jonas Weber au millième près, et
  Daan Visser au centième près »): the article's value is the one the source gives the person
  it names (« Daan Visser, lui, a été devancé au centième près »); a value given to no one
  still clashes.
- A rank of a word whose noun or verb the source says unranked (« a chuté alors qu'il était en
  tête » for « la chute … dans le dernier virage, alors qu'il menait la course ») is no rank of
  a synonym; a rank of the source's own ranked noun (« dans l'avant-dernier virage ») still
  clashes.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

RACES = Sentences(
    "races25",
    """Athlétisme : Thomas Lambert en bronze

16 août 2024. – Le Belge Thomas Lambert complète ce podium, en devançant l'Allemand Jonas \
Weber au millième près, et le Néerlandais Daan Visser au centième près. En natation, le Français \
Hugo Marchand complète le podium, en devançant le Britannique Tom Dean au dixième près, et le \
Néerlandais Arno Kamminga au centième près. La chute du coureur belge Paul Vidal dans le \
dernier virage, alors qu'il menait la course, a surpris le public. Au relais, la troisième \
relayeuse, Julie Roux, a comblé le retard français, pour laisser sa sœur Anne dépasser Ana Ruiz \
et terminer la course.""",
    "Thomas Lambert en bronze",
)

READ_RIGHT = [
    "Le Néerlandais Daan Visser, lui, a été devancé au centième près.",
    "Le Néerlandais Arno Kamminga, lui, a été devancé au centième près.",
    "Le Belge Paul Vidal a lourdement chuté alors qu'il était en tête.",
    "La dernière relayeuse française a dépassé Ana Ruiz, puis a terminé la course.",
]

MISRANKED: list[Case] = [
    ("La dernière relayeuse française a comblé le retard.", "«dernière»"),
    ("Le Belge Paul Vidal a chuté dans l'avant-dernier virage.", "«avant-dernier»"),
]


@each(READ_RIGHT)
def test_a_rank_of_another_or_of_another_thing_is_no_clash(case: Case) -> None:
    RACES.draws_nothing(case, "rank")


@each(MISRANKED)
def test_a_rank_of_the_same_one_still_clashes_hard(case: Case) -> None:
    RACES.draws(case, "rank", "hard")


SINGLE = Sentences(
    "single25",
    """Athlétisme : Thomas Lambert en bronze

16 août 2024. – Le Belge Thomas Lambert complète ce podium, en devançant l'Allemand Jonas \
Weber au millième près, et le Néerlandais Daan Visser au dixième près.""",
    "Thomas Lambert en bronze",
)


def test_a_value_the_source_gives_no_one_still_clashes() -> None:
    SINGLE.draws(
        "Le Néerlandais Daan Visser, lui, a été devancé au centième près.",
        "rank",
        "hard",
        "«centième»",
    )
