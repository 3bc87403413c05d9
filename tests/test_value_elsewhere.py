"""A value the source gives elsewhere (issue 19, round 5, class 1): a figure, a date or a count an
article sentence gives that the source also gives — in another sentence, in its own typography,
with its unit or its scale said once for a list, or as a bound of its own figure — is the
source's. Comparing it with the one source sentence the whole article sentence aligns best with
refused the truth; it may be hard only where the pair is certain: the sentence restates that source
sentence near-minimally, or the figure stands in the slot of the other figure (said with its
words). A figure absent from the source in every form stays hard, and so does a swap inside such a
pair."""

from __future__ import annotations

import pytest

from engine.gate.statements import read_doc
from engine.text.nlp import french
from scripts.fidelity_eval import Variant
from tests.pairs import Case, Pairs, each

SOURCE = """Lyon : le marathon bat son record de participation

12 avril 2021. – Le marathon de Lyon a réuni dimanche 14 000 coureurs, contre 11 500 l'an \
dernier, selon les organisateurs. Le vainqueur, le Kényan Paul Kiprop, a bouclé le parcours en \
2 h 08, un record de l'épreuve.

La course avait été annulée en 2020 à cause de la pandémie. Les organisateurs visent 20 000 \
participants d'ici 2025 et espèrent attirer davantage de coureurs étrangers.

Le budget de l'épreuve atteint 3,2 millions d'euros, dont 800 000 euros versés par la métropole. \
La ville a mobilisé 450 bénévoles et 120 secouristes le long du parcours. Les coureurs ont longé \
la Saône sur 3 kilomètres. Des points de ravitaillement ont été installés à la Croix-Rousse, à \
Gerland et à Vaise. Les habitants des quartiers traversés ont applaudi les coureurs.

Le départ a été donné le 11 avril à 8 h 30, place Bellecour. Le parcours a été modifié le 2 mars \
pour éviter les travaux du pont Lafayette et de la ligne 4 du tramway. Son tracé définitif a \
été validé le 9 mars. Le deuxième, l'Éthiopien Abebe Tadesse, a terminé à \
40 secondes du vainqueur.

Les inscriptions ont progressé de 22 % chez les femmes et de 9, 5 chez les hommes. Le semi-\
marathon, couru le même jour, a attiré 6 millions de spectateurs en ligne, moins que les 7 \
annoncés par la ville.

Au passage du dixième kilomètre, le vent soufflait à 52 km/h sur les quais, 47 km/h à la \
Croix-Rousse et 31 km/h à Gerland."""

HONEST = """Le marathon de Lyon bat son record

Le 11 avril, le marathon de Lyon a réuni 14 000 coureurs, contre 11 500 l'année précédente. Le \
Kényan Paul Kiprop l'a emporté en 2 h 08, un record de l'épreuve.

L'édition 2020 avait été annulée à cause de la pandémie. Les organisateurs veulent attirer plus de \
coureurs étrangers.

Le budget atteint 3,2 millions d'euros, dont 800 000 euros de la métropole. La ville a mobilisé \
450 bénévoles et 120 secouristes.

Le départ a été donné à 8 h 30, place Bellecour. L'Éthiopien Abebe Tadesse a fini deuxième, à \
40 secondes du vainqueur."""

PAIRS = Pairs("value-elsewhere", SOURCE, HONEST)

# (a) given in another sentence of the source: the article's sentence aligns best with one that
# holds another figure of the kind, but neither restates it near-minimally nor puts the figure
# in that one's slot: the source's figure, no finding (a review would be noise: as many false
# reviews on honest articles as catches on one-edit distortions)
ELSEWHERE = [
    ("Les organisateurs veulent attirer plus de coureurs étrangers.",
     "Les organisateurs du marathon de Lyon, qui a réuni dimanche ses coureurs, en visent 20 000 "
     "d'ici 2025."),
    ("Les organisateurs veulent attirer plus de coureurs étrangers.",
     "Le marathon de Lyon, qui a réuni dimanche ses coureurs selon les organisateurs, en espère "
     "20 000 d'ici 2025."),
    ("Le départ a été donné à 8 h 30, place Bellecour.",
     "Le départ a été donné à 8 h 30, place Bellecour, sur un parcours modifié le 2 mars."),
    ("Le départ a été donné à 8 h 30, place Bellecour.",
     "Le départ a été donné à 8 h 30, place Bellecour, sur un tracé validé le 9 mars."),
]  # fmt: skip

# (b) the source's own typography, a unit or a scale said once for a list, a day whose month
# the sentence said just before, a bound of the source's figure
FORMS = [
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Les inscriptions ont progressé de 22 % chez les femmes et de 9,5 % chez les hommes."),
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Le semi-marathon a attiré 6 millions de spectateurs en ligne, moins que les 7 millions "
     "annoncés."),
    ("Le départ a été donné à 8 h 30, place Bellecour.",
     "Le départ a été donné à 8 h 30, place Bellecour. Le parcours a été modifié le 2 mars pour "
     "éviter les travaux de la ligne 4 du tramway, puis validé le 9."),
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Au dixième kilomètre, le vent dépassait 50 km/h sur les quais."),
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Sur les quais comme à la Croix-Rousse, le vent a soufflé à plus de 45 km/h."),
]  # fmt: skip

# a figure the source gives nowhere; a swap between two of its figures in a sentence that
# restates the source's nearly word for word, said with the other figure's words, or in the
# other's place among the figures the two sentences give in the same order
DISTORTIONS = [
    ("réuni 14 000 coureurs, contre 11 500", "réuni 15 000 coureurs, contre 11 500", "15 000"),
    ("contre 11 500 l'année précédente", "contre 14 000 l'année précédente", "14 000"),
    ("dont 800 000 euros de la métropole", "dont 900 000 euros de la métropole", "900 000 euros"),
    ("450 bénévoles et 120 secouristes", "120 bénévoles et 450 secouristes", "120"),
    ("Le départ a été donné à 8 h 30, place Bellecour.",
     "Le départ a été donné le 11 avril à 8 h 30, place Bellecour, et le parcours modifié le 2 "
     "avril.", "2 avril"),
    ("Le départ a été donné à 8 h 30, place Bellecour.",
     "Le départ a été donné à 8 h 30, place Bellecour. Le parcours a été modifié le 2 mars pour "
     "éviter les travaux de la ligne 4 du tramway, puis validé le 19.", "19"),
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Les inscriptions ont progressé de 22 % chez les femmes et de 9,8 % chez les hommes.",
     "9,8 %"),
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Au dixième kilomètre, le vent dépassait 60 km/h sur les quais.", "60"),
    ("La ville a mobilisé 450 bénévoles et 120 secouristes.",
     "Le semi-marathon a attiré 6 millions de spectateurs en ligne, moins que les 8 millions "
     "annoncés.", "8 millions"),
]  # fmt: skip


def _edits(rows: list[tuple[str, ...]]) -> list[Variant]:
    """(find, replace) rows as variants; a third member: the figure their finding names."""
    return [PAIRS.variant("x", row[0], row[1], *(f"«{f}»" for f in row[2:])) for row in rows]


def test_the_honest_rewrite_draws_no_figures_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures")


@each(_edits(ELSEWHERE))
def test_a_value_the_source_gives_in_another_sentence_is_its_own(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures")


@each(_edits(FORMS))
def test_a_value_the_source_gives_in_another_form_is_its_own(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures")


@each(_edits(DISTORTIONS))
def test_a_value_absent_or_swapped_in_its_slot_stays_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


# a day whose month the sentence said just before is read as that date (« … le 5 septembre,
# celui de l'aéroport le 8 »), never as a count the restated sentence may hold otherwise
DAYS = [
    ("Le pont a rouvert le 5 septembre, la gare le 8.", "--09-08"),
    ("Les urnes ouvriront du 2 mars 2022 au 9.", "2022-03-09"),
    ("Il a été arrêté le 14 juillet et relâché le 16.", "--07-16"),
]
NOT_DAYS = [
    "Le pont a rouvert le 5 septembre, après 8 mois de travaux.",  # a count with its unit
    "Le 5 septembre, le 8e régiment est arrivé.",  # an ordinal
    "Le pont a rouvert le 5 septembre ; 40 camions l'ont franchi.",  # no « le » before it
]


@pytest.mark.parametrize(("text", "key"), DAYS)
def test_a_day_whose_month_was_said_just_before_is_that_date(text: str, key: str) -> None:
    statement = read_doc(french()(text), None)[0]
    assert key in [f.key for f in statement.figures if f.kind == "date"]


@pytest.mark.parametrize("text", NOT_DAYS)
def test_another_number_after_a_date_stays_what_it_is(text: str) -> None:
    statement = read_doc(french()(text), None)[0]
    assert len([f for f in statement.figures if f.kind == "date"]) == 1


# a count of what a list of names enumerates, the article's or the source's (« trois quartiers »
# for « à la Croix-Rousse, à Gerland et à Vaise »), is no count of the source's « 3 kilomètres »
ENUMERATIONS = [
    "Trois quartiers ont accueilli un ravitaillement : la Croix-Rousse, Gerland et Vaise.",
    "Des points de ravitaillement ont été installés dans trois quartiers.",
    "Le ravitaillement couvrait trois quartiers. Il y en avait à la Croix-Rousse, à Gerland et à "
    "Vaise.",
]


@pytest.mark.parametrize("sentence", ENUMERATIONS, ids=[s[:30] for s in ENUMERATIONS])
def test_a_count_of_a_list_of_names_is_the_sources(sentence: str) -> None:
    find = "La ville a mobilisé 450 bénévoles et 120 secouristes."
    PAIRS.draws_nothing(PAIRS.variant("x", find, find + " " + sentence), "figures")


def test_a_count_of_no_list_is_still_flagged() -> None:
    # since 186f061 a small count of the article's own draws nothing against another sentence's
    # unit (« Le parcours traversait trois quartiers » beside « sur 3 kilomètres »): here the
    # sentence restates the one with the unit
    find = "La ville a mobilisé 450 bénévoles et 120 secouristes."
    other = "Les coureurs ont longé la Saône à travers trois quartiers."
    found = PAIRS.edited(PAIRS.variant("x", find, find + " " + other), "figures")
    assert [f.value for f in found] == ["trois"]
