"""Round 25 (F25C): a « si » of degree, and a condition said inside a quotation — readings of
honest-r35, pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

- « d'une si courte avance », « un si grand nombre »: a « si » after a determiner grades the
  adjective after it (no clause opens after a determiner), whatever the parse hangs the two on.
- « …, qu'elle bat d'une si courte avance : « Si ça avait été moi, je serais dévastée. » »: a
  condition said inside a quotation conditions what the quotation says, not the sentence around
  it; an article that leaves the quotation out drops no condition. A condition said outside one
  (« rouvrira la piscine si l'État finance les travaux ») is still owed.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

JUDO = Sentences(
    "judo25",
    """Judo : Léa Petit en argent

10 août 2024. – La Française Léa Petit arrive deuxième, et monte d'une marche par rapport au \
podium de Tokyo. Elle est allée consoler la Japonaise Aiko Sato, qu'elle bat d'une si courte \
avance : « Si ça avait été moi, je serais dévastée. » Le maire de Brest rouvrira la piscine si \
l'État finance les travaux. Les coureurs ont salué un si grand nombre de spectateurs sur le \
parcours.""",
    "Léa Petit en argent",
)

KEPT = [
    "Elle est allée consoler la Japonaise, qu'elle venait de battre d'une si courte avance.",
    "Elle a consolé Aiko Sato, qu'elle avait battue d'une si courte avance.",
    "Les coureurs ont salué la présence d'un si grand nombre de spectateurs sur le parcours.",
]

DROPPED: list[Case] = [
    ("Le maire de Brest rouvrira la piscine.", "«si»"),
    ("Le maire de Brest rouvrira la piscine de la ville.", "«si»"),
]


@each(KEPT)
def test_a_si_of_degree_or_a_quotations_condition_is_no_condition_dropped(case: Case) -> None:
    JUDO.draws_nothing(case, "qualifiers")


@each(DROPPED)
def test_a_condition_of_the_sentence_is_still_owed(case: Case) -> None:
    JUDO.draws(case, "qualifiers")
