"""Round 26 (F26C): connectors of cause read where the words say no cause — readings of
honest-r36, pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

- « donner suite à X » (to act on X) and « classé sans suite » say what is done with X, not why:
  « suite » is the verb's object, no connector. « suite à X » after any other verb (« annoncé
  suite à la demande ») is still a cause, hard.
- « à l'origine de X » right after a person (« la personne à l'origine du signalement »,
  « Un inconnu, à l'origine du canular ») names who did X, its author, no cause; after a thing
  (« l'appel à l'origine du signalement », « une fuite de gaz, à l'origine de … ») it is still a
  cause.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

RETREAT = Sentences(
    "retreat26",
    """Canada : le retrait des avions de combat annoncé

9 février 2024. – Le gouvernement a annoncé mardi le retrait de ses six avions de combat \
engagés en Irak. Ce retrait faisait partie des promesses électorales du Premier ministre. Une \
alerte a été lancée par un habitant après un appel anonyme à la gendarmerie. La tempête a \
provoqué la fermeture du port pendant deux jours.""",
    "Le retrait des avions de combat annoncé",
)

NO_CAUSE = [
    "Le ministère n'a pas donné suite à la demande des journalistes.",
    "Le gouvernement donnera rapidement suite aux revendications des syndicats.",
    "En annonçant ce retrait, le Premier ministre donne donc suite à une revendication ancienne.",
    "L'alerte a été classée sans suite à la gendarmerie de Pessac.",
    "La personne à l'origine du signalement ne s'est pas fait connaître.",
    "L'habitant à l'origine du signalement n'a pas été nommé.",
    "Un inconnu, à l'origine du canular, est recherché.",
]

CAUSES: list[Case] = [
    ("Le retrait a été annoncé suite à la demande des syndicats.", "«demande»"),
    ("Le port a été fermé suite à une grève des dockers.", "«greve»"),
    ("L'appel à l'origine du signalement venait de la gendarmerie.", "signalement"),
]


@each(NO_CAUSE)
def test_a_follow_up_or_an_author_is_no_cause(case: Case) -> None:
    RETREAT.draws_nothing(case, "causes")


@each(CAUSES)
def test_a_cause_of_the_same_shape_still_clashes_hard(case: Case) -> None:
    RETREAT.draws(case, "causes", "hard")


def test_a_thing_at_the_origin_is_still_a_cause() -> None:
    RETREAT.draws(
        "Une fuite de gaz, à l'origine du signalement, a été découverte.",
        "causes",
        None,
        "signalement",
    )
