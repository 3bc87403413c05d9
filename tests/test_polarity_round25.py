"""Round 25 (F25C): yes and no — readings of honest-r35, pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

- « The first to do X » is « no one before had done X »: a negation said of the others
  (« aucun athlète n'avait gagné », « aucune médaille … n'avait été remportée depuis 40 ans »,
  « aucun club breton … depuis 1998 » for « le trophée, qui échappait aux Bretons depuis 1998 »)
  restates the first; a negation of the subject's own deed (« Léa Morel n'a pas remporté »), or
  of the others where the source tells no first, is still a distortion.
- An aim or a chance affirms nothing: what « l'objectif était clair : remporter », « avait
  l'occasion de devenir », « avait la chance de battre », « son ambition était de »,
  « espérait remporter » govern is not stated done; a chance told taken (« a eu la chance de
  battre ») is.
- A yes and a no of one verb said of two people do not clash (« Marie Lenoir avait pris une
  avance » for « Ana Ruiz n'a pas pu prendre l'avantage »); said of the same one, or by someone
  of the one the source denies it of, they still do.
"""

from __future__ import annotations

from tests.pairs import Case, Sentences, each

FIRSTS = Sentences(
    "firsts25",
    """Natation : Léa Morel entre dans l'histoire

12 août 2024. – Léa Morel est devenue la première nageuse de l'histoire à remporter quatre \
titres olympiques sur 200 m papillon. Le relais italien remporte la première médaille \
olympique de la natation italienne en eau libre en 40 ans. Le club de Nantes remporte le \
trophée national de water-polo qui échappait aux Bretons depuis 1998. Pedro Silva remporte le \
premier titre mondial de l'aviron portugais. Paul Roy a remporté trois titres nationaux sur \
100 m dos.""",
    "Léa Morel entre dans l'histoire",
)

NONE_BEFORE = [
    "Aucune nageuse n'avait gagné quatre titres olympiques sur 200 m papillon.",
    "Autrement dit, aucune médaille olympique italienne n'avait été remportée en eau libre "
    "depuis 40 ans.",
    "Autrement dit, aucun club breton n'avait remporté ce trophée national de water-polo "
    "depuis 1998.",
    "Avant Pedro Silva, aucun rameur portugais n'avait remporté de titre mondial.",
]

OWN_DEED_DENIED: list[Case] = [
    ("Léa Morel n'a pas remporté quatre titres olympiques sur 200 m papillon.", "remporter"),
    ("Le relais italien n'a pas remporté de médaille olympique en eau libre.", "remporter"),
    ("Le club de Nantes n'a pas remporté le trophée national de water-polo.", "remporter"),
    # no first in the source: « aucun nageur n'avait » denies what Paul Roy did
    ("Aucun nageur n'avait remporté trois titres nationaux sur 100 m dos.", "remporter"),
]


@each(NONE_BEFORE)
def test_none_before_restates_the_first(case: Case) -> None:
    FIRSTS.draws_nothing(case, "polarity")


@each(OWN_DEED_DENIED)
def test_a_deed_denied_is_still_flagged(case: Case) -> None:
    FIRSTS.draws(case, "polarity")


def test_a_deed_denied_of_the_first_stays_hard() -> None:
    FIRSTS.draws(OWN_DEED_DENIED[0], "polarity", "hard")


AIMS = Sentences(
    "aims25",
    """Handball : la France échoue

21 août 2024. – L'équipe de France de handball n'a pas réussi à remporter un troisième titre \
olympique. Le tireur Marc Dubois ne parvient pas à devenir le premier escrimeur belge champion \
du monde. La skieuse Anna Berg n'a pas réussi à battre le record de la descente. Le cycliste \
Tom Lenoir n'a pas remporté l'étape de montagne.""",
    "La France échoue",
)

AIMED = [
    "L'objectif des Bleus était clair : remporter un troisième titre olympique.",
    "Le Belge avait l'occasion de devenir le premier escrimeur belge champion du monde.",
    "Anna Berg avait la chance de battre le record de la descente.",
    "Son ambition était de battre le record de la descente.",
    "Tom Lenoir espérait remporter l'étape de montagne.",
]

DONE: list[Case] = [
    ("Les Bleus ont remporté un troisième titre olympique.", "remporter"),
    ("L'objectif est atteint : les Bleus ont remporté un troisième titre olympique.", "remporter"),
    ("Marc Dubois est devenu le premier escrimeur belge champion du monde.", "devenir"),
    ("Anna Berg a eu la chance de battre le record de la descente.", "battre"),
    ("Tom Lenoir a remporté l'étape de montagne.", "remporter"),
]


@each(AIMED)
def test_an_aim_or_a_chance_affirms_nothing(case: Case) -> None:
    AIMS.draws_nothing(case, "polarity")


@each(DONE)
def test_a_deed_affirmed_is_still_flagged(case: Case) -> None:
    AIMS.draws(case, "polarity")


def test_a_chance_told_taken_stays_hard() -> None:
    AIMS.draws(DONE[3], "polarity", "hard")


PEOPLE = Sentences(
    "people25",
    """Tennis : Marie Lenoir s'impose

3 mai 2024. – Face à la puissance et à la précision de Marie Lenoir, l'Espagnole Ana Ruiz n'a \
pas pu prendre l'avantage sur la favorite du tournoi. Marie Lenoir a remporté la finale en \
deux sets. Au judo, le Japonais Kenji Sato n'a pas réussi à battre le champion en titre, Teddy \
Riner.""",
    "Marie Lenoir s'impose",
)

OF_ANOTHER = [
    "Avec le premier set en sa faveur, Marie Lenoir avait pris une avance décisive.",
    "Dès le premier set, Marie Lenoir a pris une avance qu'elle n'a plus lâchée.",
]

OF_THE_SAME: list[Case] = [
    ("Ana Ruiz a pris l'avantage sur la favorite du tournoi.", "prendre"),
    ("Ruiz avait pris une avance décisive sur la favorite du tournoi.", "prendre"),
    ("L'Espagnole avait pris une avance décisive sur la favorite du tournoi.", "prendre"),
    ("Selon Marie Lenoir, Ana Ruiz a pris l'avantage sur la favorite du tournoi.", "prendre"),
    ("Marie Lenoir affirme qu'Ana Ruiz a pris l'avantage sur la favorite du tournoi.", "prendre"),
    ("Kenji Sato a battu le champion en titre, Teddy Riner.", "battre"),
]


@each(OF_ANOTHER)
def test_a_yes_and_a_no_of_two_people_do_not_clash(case: Case) -> None:
    PEOPLE.draws_nothing(case, "polarity")


@each(OF_THE_SAME)
def test_a_yes_of_the_one_denied_is_still_flagged(case: Case) -> None:
    PEOPLE.draws(case, "polarity")
