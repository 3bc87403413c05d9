"""Antonyms and loose alignments, round 21 (F-A): against small sources of our own, the honest
family draws no finding, the distorted twin draws one.

- A word said where the source says its opposite of the same thing (lexicon/antonyms.txt,
  engine.gate.slots.antonyms): « s'est inclinée » for « s'est imposée », « rouverts » for
  « fermés », « contre » for « en faveur de », « a refusé » for « a accepté ». A denial said by
  the opposite (« n'a pas gagné » for « a perdu ») is honest; so is the converse (« Lyon a battu
  Nantes » told « Nantes s'est inclinée face à Lyon »: another subject) and a word of the pair
  said of another thing.
- A sentence aligned under ALIGNED with no runner-up near (alignment.loosely): its degree, rank,
  comparison or opposite is still compared with the source sentence it most holds, as a review
  (« les moins efficaces » for « les plus efficaces » in a sentence reworded round them)."""

from __future__ import annotations

from tests.pairs import Pairs, each

MATCHES = Pairs(
    "matches",
    """Sport : Lyon bat Nantes, Rennes s'incline à Lille

9 mars 2025. – L'Olympique lyonnais s'est imposé face au FC Nantes samedi soir, sur le score de \
deux buts à un. Le Stade rennais a perdu à Lille dimanche après-midi. Les tribunes du stade de \
la Beaujoire avaient été fermées pour des raisons de sécurité. Le conseil municipal a accepté \
le projet de nouveau stade. Les supporters nantais ont manifesté en faveur du projet devant la \
mairie. L'entraîneur lyonnais a rejoint le club en 2023. Les ultras de Lille ont été libérés \
lundi matin.""",
)

SAID_ANOTHER_WAY = [
    "Samedi soir, Lyon l'a emporté sur Nantes par deux buts à un.",
    "Samedi soir, Nantes s'est incliné face à l'Olympique lyonnais, deux buts à un.",
    "Le FC Nantes a perdu face à Lyon samedi soir, sur le score de deux buts à un.",
    "L'Olympique lyonnais n'a pas perdu face au FC Nantes samedi soir : deux buts à un.",
    "Le Stade rennais n'a pas gagné à Lille dimanche après-midi.",
    "Dimanche après-midi, Lille a gagné face au Stade rennais.",
    "Pour des raisons de sécurité, les tribunes de la Beaujoire n'étaient pas ouvertes.",
    "Le projet de nouveau stade n'a pas été refusé par le conseil municipal.",
    "Le conseil municipal n'a pas rejeté le projet de nouveau stade.",
    "Devant la mairie, les supporters nantais ont manifesté pour le projet.",
    "Les supporters nantais ne se sont pas mobilisés contre le projet : ils l'ont soutenu.",
    "L'entraîneur lyonnais est arrivé au club en 2023.",
    "Les ultras de Lille ont quitté la garde à vue lundi matin.",
    "Le FC Nantes a été battu par Lyon samedi soir, deux buts à un.",
    "Dimanche après-midi, Lille s'est imposé face au Stade rennais.",
    "Le Stade rennais a été battu à Lille dimanche après-midi.",
    "L'entraîneur lyonnais n'a pas quitté le club depuis son arrivée en 2023.",
    "Devant la mairie, les supporters nantais ont défendu le projet, contre l'avis des élus.",
    "Le projet de nouveau stade a reçu le feu vert du conseil municipal.",
]


@each(SAID_ANOTHER_WAY)
def test_an_opposite_said_honestly_draws_nothing(case: str) -> None:
    MATCHES.draws_nothing(case, "antonyms")


TURNED = [
    (
        "L'Olympique lyonnais s'est incliné face au FC Nantes samedi soir, sur le score de deux "
        "buts à un.",
        "says «incliné» where the source says «imposé»",
    ),
    (
        "Le Stade rennais a gagné à Lille dimanche après-midi.",
        "says «gagné» where the source says «perdu»",
    ),
    (
        "Les tribunes du stade de la Beaujoire avaient été rouvertes pour des raisons de sécurité.",
        "says «rouvertes» where the source says «fermées»",
    ),
    (
        "Le conseil municipal a refusé le projet de nouveau stade.",
        "says «refusé» where the source says «accepté»",
    ),
    (
        "Les supporters nantais ont manifesté contre le projet devant la mairie.",
        "says «contre» where the source says «faveur»",
    ),
    (
        "L'entraîneur lyonnais a quitté le club en 2023.",
        "says «quitté» where the source says «rejoint»",
    ),
    (
        "L'Olympique lyonnais a été battu face au FC Nantes samedi soir, sur le score de deux "
        "buts à un.",
        "says «battu» where the source says «imposé»",
    ),
]


@each(TURNED)
def test_an_opposite_of_the_same_thing_draws_antonyms(case: tuple[str, str]) -> None:
    MATCHES.draws(case, "antonyms")


MILITIA = Pairs(
    "militia",
    """Irak : la reconquête de la ville avance

4 avril 2025. – Dans le partage des tâches entre les forces engagées dans la reprise de la ville, \
les milices de la plaine sont certainement les plus efficaces, selon plusieurs observateurs. La \
course des vétérans a été plus disputée que celle des juniors. La brigade du Nord a été la \
première à entrer dans la vieille ville. Le convoi humanitaire est arrivé mardi.""",
)

LOOSE_HONEST = [
    "Parmi les forces qui se partagent la reconquête de la ville, les milices de la plaine se "
    "sont sans doute montrées les plus efficaces.",
    "Parmi les forces qui se partagent la reconquête de la ville, aucune ne s'est montrée plus "
    "efficace que les milices de la plaine.",
    "De l'avis de plusieurs observateurs, aucune force ne fait mieux que les milices de la plaine "
    "dans la reconquête.",
    "Chez les vétérans, la course s'est révélée plus disputée que chez les juniors.",
    "Dans la vieille ville, les soldats de la brigade du Nord sont entrés avant tous les autres.",
    "Les soldats de la brigade du Nord ont été les premiers à pénétrer dans la vieille ville.",
]


@each(LOOSE_HONEST)
def test_a_degree_reworded_draws_nothing(case: str) -> None:
    MILITIA.draws_nothing(case, ("rank", "comparatives", "antonyms"))


LOOSE_TURNED = [
    (
        "Parmi les forces qui se partagent la reconquête de la ville, les milices de la plaine se "
        "sont sans doute montrées les moins efficaces.",
        "efficace",
    ),
    (
        "Chez les vétérans, l'épreuve s'est révélée moins disputée qu'en catégorie junior, de "
        "l'avis des organisateurs.",
        "disputer",
    ),
]


@each(LOOSE_TURNED)
def test_a_degree_turned_in_a_reworded_sentence_is_a_review(case: tuple[str, str]) -> None:
    MILITIA.draws(case, ("rank", "comparatives", "antonyms"), "review")


INVESTED = Pairs(
    "invested",
    """Économie : un groupe américain investit à Brest

2 mai 2025. – Le groupe américain a investi soixante-dix millions de dollars dans son site de \
Brest, a annoncé sa direction mardi.""",
)

CURRENCY_WRITTEN = [
    "Le groupe américain a investi soixante-dix millions de US$ dans son site de Brest.",
    "Le groupe américain a investi soixante-dix millions de dollars dans son site brestois.",
    "Le groupe américain a investi 70 millions de dollars dans son site de Brest.",
    "Le groupe américain a investi 70 millions US$ dans son site de Brest.",
    "Le groupe américain a investi soixante-dix millions de $ dans son site de Brest.",
    "Le groupe américain a investi soixante-dix millions USD dans son site de Brest.",
]


@each(CURRENCY_WRITTEN)
def test_a_currency_written_after_a_number_in_words_draws_nothing(case: str) -> None:
    INVESTED.draws_nothing(case, "figures", "hard")


def test_another_currency_after_a_number_in_words_is_hard() -> None:
    INVESTED.draws(
        "Le groupe américain a investi soixante-dix millions d'euros dans son site de Brest.",
        "figures",
        "hard",
        "soixante-dix millions d'euros",
    )


JOBS = Pairs(
    "jobs",
    """Emploi : l'embauche ralentit, les inscriptions battent un record

8 novembre 2025. – La création d'emplois a nettement ralenti au troisième trimestre, après \
plusieurs trimestres de forte vigueur, selon l'Insee. Les entrées sur les listes des demandeurs \
d'emploi ont atteint un record en octobre. Les sorties des listes connaissent aussi une forte \
hausse, un record également. L'association n'a organisé que la course de 50 kilomètres, \
renonçant à la traditionnelle course, plus longue, de 100 kilomètres.""",
)

ORDER_AND_ELSEWHERE = [
    "Avant ce troisième trimestre, la création d'emplois avait connu plusieurs trimestres de "
    "forte vigueur.",
    "Des entrées record sur les listes des demandeurs d'emploi",
    "Les entrées comme les sorties des listes ont battu des records.",
    "Les listes des demandeurs d'emploi ont connu un record d'entrées en octobre.",
    "Plusieurs trimestres de forte vigueur ont précédé le ralentissement du troisième trimestre.",
    "Le ralentissement est venu après plusieurs trimestres de forte vigueur, selon l'Insee.",
]


@each(ORDER_AND_ELSEWHERE)
def test_an_order_turned_round_or_said_elsewhere_draws_nothing(case: str) -> None:
    JOBS.draws_nothing(case, ("antonyms", "rank"))


def test_an_order_inverted_on_the_same_act_draws_antonyms() -> None:
    JOBS.draws(
        "La création d'emplois a nettement ralenti au troisième trimestre, avant plusieurs "
        "trimestres de forte vigueur, selon l'Insee.",
        "antonyms",
        None,
        "says «avant» where the source says «après»",
    )
