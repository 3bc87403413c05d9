"""People, round 25 (F25B): who did it, whose nationality — classes read from what refused the
honest writers of round 25's judges, each with pairs of our own (sources of our own; none of
these sentences is a corpus sentence).

1. A person the source says by a pronoun (« Cela ne l'a pas empêché de prendre le meilleur
   départ …, avant d'être dépassé par Y », « Avec X, elle devance Y ») is named by that
   sentence: the one the sentences before it carry (`actors.pronoun_person`). The article may
   name him there, as the subject, a mention, or a slot's name.
2. A bare past participle makes its name the patient (« X sifflé, puis dépassé en fin de
   course »): no actor in the place of the source's agent; another named there is in the place
   of the one who undergoes it (whom the source's pronoun stands for).
3. An object said as a clitic (« Lotte Jansen l'a devancée » for « elle devance Julia
   Moser »): the source's « elle » is the one the article names, its object the article's
   « l' ».
4. A nationality is compared with the one the source gives the same person or team: « sur le
   boxeur hongrois » of the other party, beside « Karim Belhadj » whom the source calls
   « le Français »; « Les nageuses italiennes … derrière les Australiennes » for « l'équipe
   d'Italie … derrière les nageuses australiennes ».
5. A past participle opening its sentence, run by the NER into a name (« Baptisée « Bouclier de
   l'Euphrate », l'opération … »), is no actor.
"""

from __future__ import annotations

from tests.pairs import Pairs, each

RACE = Pairs(
    "race",
    """Championnats d'Europe de Berlin : doublé historique pour Kovalenko au 400 m

12 août 2025. – En courant le 400 m en 44"31 devant Tomas Lindqvist et Pavel Dusek, Andrij \
Kovalenko est devenu le premier athlète de l'histoire à remporter deux titres européens \
consécutifs sur la distance. Pour ses derniers championnats, l'Ukrainien a donc confirmé son \
statut de favori.

Andrij Kovalenko tourne maintenant ses espoirs vers le 4 x 400 m. En 2022, il avait remporté \
l'or dans les deux épreuves, et espère rééditer ce doublé.

Tomas Lindqvist a été sifflé à son entrée dans le stade, le public lui rappelant sa suspension \
pour dopage. Cela ne l'a pas empêché de prendre le meilleur départ de la finale, et de mener la \
première partie de la course, avant d'être dépassé par Andrij Kovalenko dans la dernière ligne \
droite.

Le Français Marc Durand, qui courait entre Kovalenko et Lindqvist, termine en sixième place.""",
)
_RACE = "Championnats d'Europe de Berlin : doublé historique pour Kovalenko au 400 m\n\n"
PEOPLE = frozenset({"actors", "swaps", "entities", "agents", "seats"})

# 1: the one the source's pronoun stands for, named
SAID_BY_PRONOUN = [
    "Lindqvist a ensuite mené la première partie de la course.",
    "Tomas Lindqvist, sifflé par le public à son entrée dans le stade, a pris le meilleur départ "
    "et mené la première partie de la course, avant d'être dépassé.",
    "C'est dans la dernière ligne droite qu'il a fait la différence, en dépassant Tomas "
    "Lindqvist, qui avait mené jusque-là.",
    "Malgré les sifflets, Tomas Lindqvist a pris le meilleur départ de la finale.",
]
# another person in his place
NOT_THE_PRONOUNS = [
    ("Pavel Dusek a ensuite mené la première partie de la course.", "Pavel Dusek"),
    (
        "C'est dans la dernière ligne droite qu'il a fait la différence, en dépassant Pavel "
        "Dusek, qui avait mené jusque-là.",
        "Pavel Dusek",
    ),
]


@each(SAID_BY_PRONOUN)
def test_the_person_a_source_pronoun_stands_for_may_be_named(case: str) -> None:
    RACE.draws_nothing(_RACE + case, PEOPLE)


@each(NOT_THE_PRONOUNS)
def test_another_person_in_the_pronouns_place_is_still_flagged(case: tuple[str, str]) -> None:
    RACE.draws(_RACE + case[0], PEOPLE, None, case[1])


# 2: a bare participle: its name undergoes
UNDERGONE = [
    "Tomas Lindqvist sifflé, puis dépassé dans la dernière ligne droite",
    "Lindqvist, sifflé puis dépassé dans la dernière ligne droite",
]


@each(UNDERGONE)
def test_a_bare_participle_makes_its_name_the_patient(case: str) -> None:
    RACE.draws_nothing(_RACE + case, PEOPLE)


def test_another_name_undergoing_it_is_still_a_hard_swap() -> None:
    text = _RACE + "Pavel Dusek sifflé, puis dépassé dans la dernière ligne droite"
    RACE.draws(text, "swaps", "hard", "makes Pavel Dusek the actor")


def test_the_patient_made_the_one_acting_is_still_flagged() -> None:
    text = _RACE + "Tomas Lindqvist a dépassé Andrij Kovalenko dans la dernière ligne droite."
    RACE.draws(text, PEOPLE, None, "")


SPRINT = Pairs(
    "sprint",
    """Mondiaux de cyclisme : Lotte Jansen remporte la course en ligne au sprint

24 septembre 2025. – La cycliste néerlandaise Lotte Jansen est devenue championne du monde ce \
dimanche après-midi, en remportant la course en ligne. Avec Sara Lind et Giulia Rota, elle \
devance Julia Moser à 200 mètres de l'arrivée, alors que la coureuse autrichienne était en tête \
pendant près de 90 kilomètres.

La Française Claire Morel, présentée comme favorite, termine à la 20e place.

A noter la lourde chute de la Danoise Freja Holm dans la dernière descente alors qu'elle menait \
la course.""",
)
_SPRINT = "Mondiaux de cyclisme : Lotte Jansen remporte la course en ligne au sprint\n\n"

# 3: the source's « elle » is the one the article names, its object the article's « l' »
CLITIC = [
    "À 200 mètres de l'arrivée, Lotte Jansen l'a devancée.",
    "Lotte Jansen l'a finalement devancée à 200 mètres de l'arrivée.",
    "À 200 mètres de l'arrivée, Lotte Jansen a devancé Julia Moser.",
]


@each(CLITIC)
def test_an_object_said_as_a_clitic_is_the_sources_object(case: str) -> None:
    SPRINT.draws_nothing(_SPRINT + case, PEOPLE)


def test_another_rider_as_the_one_ahead_is_still_a_hard_swap() -> None:
    text = _SPRINT + "À 200 mètres de l'arrivée, Freja Holm l'a devancée."
    SPRINT.draws(text, "swaps", "hard", "makes Freja Holm the actor")


BOXING = Pairs(
    "boxing",
    """Mondiaux de boxe : Laszlo Kovacs bat Karim Belhadj en finale

3 mai 2025. – Porté par un public hongrois enthousiaste, Laszlo Kovacs a dominé la finale des \
moins de 60 kg, et remporte le premier titre mondial de la boxe hongroise. Face à la vitesse et \
à la mobilité de Kovacs, le Français Karim Belhadj n'a pas pu prendre l'avantage sur le favori \
de la catégorie. Le Hongrois remporte les deux premières reprises.""",
)
_BOXING = "Mondiaux de boxe : Laszlo Kovacs bat Karim Belhadj en finale\n\n"
ROLES = frozenset({"roles"})

# 4: the other party's nationality, beside the person the source gives his own
OTHER_PARTY = [
    "Face à ces qualités, Karim Belhadj n'a pas pu prendre l'avantage sur le boxeur hongrois.",
    "Karim Belhadj n'a jamais pu prendre l'avantage sur le champion hongrois.",
]


@each(OTHER_PARTY)
def test_a_nationality_of_the_other_party_is_no_swap(case: str) -> None:
    BOXING.draws_nothing(_BOXING + case, ROLES)


def test_a_nationality_the_source_gives_no_one_is_still_flagged() -> None:
    text = _BOXING + "Face à ces qualités, Karim Belhadj n'a pas pu prendre l'avantage sur le "
    BOXING.draws(text + "boxeur cubain.", ROLES, None, "cubain")


RELAY = Pairs(
    "relay",
    """Mondiaux de natation : titre australien en relais 4 x 200 m

8 juillet 2025. – Invaincue depuis quatre ans, l'équipe d'Italie de 4 x 200 mètres nage libre \
a cédé son titre mondial à l'Australie dimanche soir à Fukuoka, en terminant près d'une seconde \
derrière les nageuses australiennes. Le dernier relais australien fut décisif.""",
)
_RELAY = "Mondiaux de natation : titre australien en relais 4 x 200 m\n\n"

TWO_PARTIES = [
    "Les nageuses italiennes ont terminé près d'une seconde derrière les Australiennes.",
    "Les relayeuses italiennes ont fini près d'une seconde derrière les Australiennes.",
]


@each(TWO_PARTIES)
def test_two_parties_each_in_its_place_is_no_swap(case: str) -> None:
    RELAY.draws_nothing(_RELAY + case, ROLES)


def test_a_third_country_is_still_flagged() -> None:
    text = "Les nageuses italiennes ont terminé près d'une seconde derrière les Canadiennes."
    RELAY.draws(_RELAY + text, ROLES, None, "canadien")


def test_the_parties_reversed_is_still_hard() -> None:
    text = "Les Australiennes ont terminé près d'une seconde derrière les nageuses italiennes."
    RELAY.draws(_RELAY + text, ROLES, "hard", "")


OPERATION = Pairs(
    "operation",
    """Syrie : l'armée lance une offensive dans le nord

24 août 2025. – L'armée, en coopération avec ses alliés, a lancé l'opération « Bouclier de \
l'Euphrate » avant l'aube. Des hélicoptères et des forces spéciales ont franchi le fleuve pour \
chasser les groupes armés de la région.""",
)
_OPERATION = "Syrie : l'armée lance une offensive dans le nord\n\n"

# 5: a participle opening its sentence, run into a name (the NER reads « Baptisée « Bouclier de
# l'Euphrate » as a person)
NAMED_SO = [
    "Baptisée « Bouclier de l'Euphrate », l'opération a été lancée avant l'aube, avec les alliés.",
    "Nommée « Bouclier de l'Euphrate », l'offensive a commencé avant l'aube.",
    "Surnommée « Bouclier de l'Euphrate », l'opération a débuté avant l'aube.",
]


@each(NAMED_SO)
def test_a_participle_opening_its_sentence_is_no_actor(case: str) -> None:
    OPERATION.draws_nothing(_OPERATION + case, "actors")


def test_a_new_actor_after_the_participle_is_still_flagged() -> None:
    text = "Baptisée « Bouclier de l'Euphrate », l'opération a été lancée par Paul Biya."
    OPERATION.draws(_OPERATION + text, "actors", None, "Paul Biya")
