"""Round 16 (F-C): claims beyond figures, pairs of our own.

- causes: an adjective made of a noun the source uses (« mortel » of « un mort », « culturel »
  of « la culture », « présidentiel » of « le président ») says that noun, not a fact absent from
  the source: a cause or consequence that names it counts one absent word fewer (honest-r24
  r24-w2: « a causé un accident mortel » for « provoque des accrochages et tue une personne »
  was hard). A link naming two words the source never uses besides stays hard.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

FIRE = Pairs(
    "fire",
    """Nantes : un car scolaire percute un mur

5 avril 2021. – Mardi matin, un car scolaire a percuté un mur sur le boulevard Gambetta à \
Nantes. Le bilan fait état d'un mort et de trois blessés. Le chauffeur, âgé de 52 ans, avait bu. \
Le maire a demandé une enquête au président de la métropole.""",
    """Un car scolaire percute un mur à Nantes

Mardi matin, un car scolaire a percuté un mur sur le boulevard Gambetta à Nantes. Le bilan fait \
état d'un mort et de trois blessés. Le chauffeur, âgé de 52 ans, avait bu. Le maire a demandé \
une enquête au président de la métropole.""",
)

CRASH = "Mardi matin, un car scolaire a percuté un mur sur le boulevard Gambetta à Nantes."

# the source's facts said with an adjective made of one of its nouns: no absent fact for certain
# (each was hard before: two words the source never uses)
SAID_BY_ITS_NOUN = [
    FIRE.variant("honest: adjective", CRASH, "Mardi matin, un car scolaire a percuté un mur à "
                 "Nantes, ce qui a provoqué un choc mortel."),
    FIRE.variant("honest: adjective", CRASH, "Mardi matin, un car scolaire a percuté un mur à "
                 "Nantes, ce qui a provoqué une collision mortelle."),
]  # fmt: skip

# a link naming two words the source never uses, an adjective of its own besides: still hard
STILL_ABSENT = [
    FIRE.variant("invented consequence", CRASH, "Mardi matin, un car scolaire a percuté un mur à "
                 "Nantes, ce qui a provoqué une panne électrique mortelle.",
                 "gives a consequence the source does not"),
    FIRE.variant("invented consequence", CRASH, "Mardi matin, un car scolaire a percuté un mur à "
                 "Nantes, ce qui a entraîné la fermeture des écoles voisines.",
                 "gives a consequence the source does not"),
]  # fmt: skip


@each(SAID_BY_ITS_NOUN)
def test_an_adjective_of_a_source_noun_is_no_absent_fact(case: Case) -> None:
    # a review: the source never says « choc » nor « collision » (one word, not two)
    FIRE.draws_one(case, "causes", "review", "gives a consequence the source does not")


@each(STILL_ABSENT)
def test_a_cause_of_words_the_source_never_uses_stays_hard(case: Case) -> None:
    FIRE.draws_one(case, "causes", "hard")


def test_the_honest_rewrite_draws_no_causes_finding() -> None:
    FIRE.draws_nothing(FIRE.case.honest, "causes")
