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


# - tense: a future for what the source tells as done in a compound past, said with another
#   verb (« aura lieu samedi » for « s'est déroulée samedi »): a review (tense.told_done_problems).
RACE = Pairs(
    "race",
    """Triathlon : la deuxième étape du circuit européen à Cagliari

10 mai 2021. – La deuxième étape du circuit européen de triathlon s'est déroulée samedi à \
Cagliari, en Sardaigne. L'Italienne Alice Betto a remporté la course devant la Française Cassandre \
Beaugrand. La troisième étape se tiendra en juin à Valence.""",
    """La deuxième étape du circuit européen à Cagliari

La deuxième étape du circuit européen de triathlon a eu lieu samedi à Cagliari, en Sardaigne. \
L'Italienne Alice Betto a remporté la course devant la Française Cassandre Beaugrand. La \
troisième étape aura lieu en juin à Valence.""",
)
HELD = "La deuxième étape du circuit européen de triathlon a eu lieu samedi à Cagliari"

TOLD_DONE = [
    RACE.variant("tense", HELD, "La deuxième étape du circuit européen de triathlon aura lieu "
                 "samedi à Cagliari", "puts in the future («avoir») what the source tells as done"),
]  # fmt: skip
TOLD_AS_THE_SOURCE_DOES = [
    RACE.variant("honest: another verb", HELD, "La deuxième étape du circuit européen de "
                 "triathlon s'est tenue samedi à Cagliari"),
    # the source's own future, said with another verb
    RACE.variant("honest: another verb", "La troisième étape aura lieu en juin à Valence.",
                 "La troisième étape se courra en juin à Valence."),
    # a future after another event, in a story told in the future (« ensuite »)
    RACE.variant("honest: told in the future", "L'Italienne Alice Betto a remporté la course",
                 "L'Italienne Alice Betto prendra ensuite la tête et remportera la course"),
    # a news present the tagger may read as a future, and a state said to last
    RACE.variant("honest: present", HELD, "La deuxième étape du circuit européen de triathlon "
                 "se dispute samedi à Cagliari"),
    RACE.variant("honest: a state", HELD, "La deuxième étape du circuit européen de triathlon "
                 "restera celle de Cagliari, samedi"),
]  # fmt: skip


@each(TOLD_DONE)
def test_a_future_for_what_the_source_tells_as_done_is_a_review(case: Case) -> None:
    RACE.draws_one(case, "tense", "review")


@each(TOLD_AS_THE_SOURCE_DOES)
def test_a_time_told_as_the_source_tells_it_draws_nothing(case: Case) -> None:
    RACE.draws_nothing(case, "tense")


def test_the_race_rewrite_draws_no_tense_finding() -> None:
    RACE.draws_nothing(RACE.case.honest, "tense")
