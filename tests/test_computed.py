"""Figures an honest writer computes from the source's own facts (engine.gate.claims.computed): a
span between two dates the source gives (« plus de trois mois avant », « dix jours, du 12 au 21
septembre ») or two times of day (« cinquante minutes » for 22 h 15 → 23 h 05), an age or an
anniversary from two years (« mort à 78 ans » for 1931–2009), a ratio in words or in digits of two
source figures (« les deux tiers » for 160 of 240), a bound every figure of the source sentence
keeps (« toutes plus de 30 mètres » for 42, 55 and 61), a fraction of a unit (« plus d'un quart de
million »), a gap between two percentages in points (« 23 points de plus » for 58 % and 35 %), a
change in percent or a difference in the direction the source goes (« soit une hausse de 25 % »,
« 20 000 euros de plus » for 80 000 → 100 000 euros), a factor across two sentences. Each draws
no finding; the same computation done wrong still draws a hard one (a span miscounted between two
dates the sentence names is a distortion)."""

from __future__ import annotations

import pytest

from scripts.fidelity_eval import Variant
from tests.pairs import Case, Pairs, each

SOURCE = """Lyon : le festival Lumières du fleuve ouvre sa nouvelle édition

14 septembre 2025. – Le festival Lumières du fleuve, fondé en 2001, a ouvert ses portes le 12 \
septembre à Lyon. Sa directrice, Claire Vernet, née en 1962, a annoncé que la manifestation se \
tiendrait jusqu'au 21 septembre. Les organisateurs avaient présenté le programme le 3 juin, lors \
d'une conférence de presse. Sur les 240 bénévoles recrutés cette année, 160 sont des étudiants. \
Le festival a reçu 60 000 euros de la région et 20 000 euros de la ville. Les barges illuminées \
mesurent 42 mètres, 55 mètres et 61 mètres. La plus longue a six mètres de plus que la deuxième. \
Le peintre Louis Armand, né en 1931, est mort en 2009 à Villeurbanne. Le festival attend 260 000 \
visiteurs. La première édition avait attiré 65 000 visiteurs. Selon un sondage, 58 % des \
Lyonnais jugent le festival réussi, contre 35 % l'an dernier. Le budget du festival est passé de \
80 000 euros en 2024 à 100 000 euros cette année. Le feu d'artifice a commencé à 22 h 15 et \
s'est achevé à 23 h 05."""

HONEST = """Le festival Lumières du fleuve s'ouvre à Lyon

Le festival Lumières du fleuve, fondé en 2001, a ouvert ses portes le 12 septembre à Lyon. Sa \
directrice, Claire Vernet, née en 1962, annonce qu'il se tiendra jusqu'au 21 septembre. Le \
programme avait été présenté le 3 juin, lors d'une conférence de presse. Sur les 240 bénévoles \
recrutés cette année, 160 sont des étudiants. La région a versé 60 000 euros au festival et la \
ville 20 000 euros. Les barges illuminées mesurent 42 mètres, 55 mètres et 61 mètres. La plus \
longue a six mètres de plus que la deuxième. Le peintre Louis Armand, né en 1931, est mort en \
2009 à Villeurbanne. Le festival attend 260 000 visiteurs. La première édition avait attiré 65 \
000 visiteurs. Selon un sondage, 58 % des Lyonnais jugent le festival réussi, contre 35 % l'an \
dernier. Le budget du festival est passé de 80 000 euros en 2024 à 100 000 euros cette année. Le \
feu d'artifice a commencé à 22 h 15 et s'est achevé à 23 h 05."""

PAIRS = Pairs("computed", SOURCE, HONEST)

OPENED = "a ouvert ses portes le 12 septembre à Lyon."
CLOSES = "annonce qu'il se tiendra jusqu'au 21 septembre."
SHOWN = "Le programme avait été présenté le 3 juin, lors d'une conférence de presse."
STUDENTS = "Sur les 240 bénévoles recrutés cette année, 160 sont des étudiants."
GRANTS = "La région a versé 60 000 euros au festival et la ville 20 000 euros."
BARGES = "Les barges illuminées mesurent 42 mètres, 55 mètres et 61 mètres."
LONGEST = "La plus longue a six mètres de plus que la deuxième."
PAINTER = "est mort en 2009 à Villeurbanne."
VISITORS = "Le festival attend 260 000 visiteurs."
POLL = "contre 35 % l'an dernier."
FIRST = "La première édition avait attiré 65 000 visiteurs."
BUDGET = "Le budget du festival est passé de 80 000 euros en 2024 à 100 000 euros cette année."
FIREWORKS = "Le feu d'artifice a commencé à 22 h 15 et s'est achevé à 23 h 05."

HONEST_PAIRS = {
    "span": [
        (SHOWN, "Le programme avait été présenté le 3 juin, plus de trois mois avant "
         "l'ouverture du 12 septembre."),
        (CLOSES, "annonce qu'il durera dix jours, du 12 au 21 septembre."),
        (CLOSES, "annonce qu'il fermera ses portes neuf jours plus tard, le 21 septembre."),
        (SHOWN, "Le programme avait été présenté le 3 juin, près de cent jours avant "
         "l'ouverture du 12 septembre."),
    ],
    "age": [
        (PAINTER, "est mort à 78 ans, en 2009, à Villeurbanne."),
        ("Sa directrice, Claire Vernet, née en 1962,", "Sa directrice, Claire Vernet, 63 ans,"),
        (OPENED, "a ouvert ses portes le 12 septembre à Lyon : il a 24 ans."),
        (OPENED, "a ouvert ses portes le 12 septembre à Lyon, bientôt un quart de siècle "
         "après sa création."),
    ],
    "ratio": [
        (STUDENTS, "Sur les 240 bénévoles recrutés cette année, les deux tiers sont des "
         "étudiants, 160 en tout."),
        (STUDENTS, "Sur les 240 bénévoles recrutés cette année, plus de la moitié sont des "
         "étudiants : 160."),
        (GRANTS, "La région a versé 60 000 euros au festival et la ville 20 000 euros, un "
         "tiers de la somme régionale."),
        (STUDENTS, "Sur les 240 bénévoles recrutés cette année, 160 sont des étudiants, soit "
         "67 %."),
    ],
    "bound": [
        (BARGES, "Les barges illuminées mesurent toutes plus de 30 mètres : 42 mètres, 55 "
         "mètres et 61 mètres."),
        (BARGES, "Les barges illuminées mesurent toutes moins de 70 mètres : 42 mètres, 55 "
         "mètres et 61 mètres."),
        (BARGES, "Les barges illuminées, de 42 mètres, 55 mètres et 61 mètres, sont toutes "
         "au-dessus de 35 mètres."),
        (BARGES, "Les barges illuminées, toutes inférieures à 62 mètres, mesurent 42 mètres, 55 "
         "mètres et 61 mètres."),
    ],
    "gap in points": [
        (POLL, "contre 35 % l'an dernier, soit 23 points de plus."),
        (POLL, "contre 35 % l'an dernier : plus de vingt points d'écart."),
        (POLL, "contre 35 % l'an dernier. Le festival gagne près de 25 points."),
    ],
    "change in percent": [
        (BUDGET, "Le budget du festival est passé de 80 000 euros en 2024 à 100 000 euros cette "
         "année, soit une hausse de 25 %."),
        (BUDGET, "Le budget du festival a augmenté d'un quart, de 80 000 euros en 2024 à 100 000 "
         "euros cette année."),
        (BUDGET, "Le budget du festival a progressé de plus de 20 %, de 80 000 euros en 2024 à "
         "100 000 euros cette année."),
        (BUDGET, "Le budget du festival atteint 100 000 euros cette année, contre 80 000 euros "
         "en 2024, soit une augmentation de 25 %."),
    ],
    "difference": [
        (BUDGET, "Le budget du festival compte 20 000 euros de plus qu'en 2024."),
        (BUDGET, "Le budget du festival a augmenté de 20 000 euros en un an."),
        (GRANTS, "La région a versé 60 000 euros au festival, soit 40 000 euros de plus que la "
         "ville."),
        (BUDGET, "Le budget du festival atteint 100 000 euros cette année, soit près de 20 000 "
         "euros supplémentaires."),
    ],
    "time between two times of day": [
        (FIREWORKS, "Le feu d'artifice, lancé à 22 h 15 et achevé à 23 h 05, a duré cinquante "
         "minutes."),
        (FIREWORKS, "Le feu d'artifice a commencé à 22 h 15 et s'est achevé cinquante minutes "
         "plus tard, à 23 h 05."),
        (FIREWORKS, "Le feu d'artifice, de 22 h 15 à 23 h 05, a duré moins d'une heure."),
        (FIREWORKS, "Le feu d'artifice a duré près de cinquante minutes, de 22 h 15 à 23 h 05."),
    ],
    "factor across two sentences": [
        (FIRST, "C'est quatre fois plus que la première édition, qui avait attiré 65 000 "
         "visiteurs."),
        (FIRST, "Leur nombre a été multiplié par quatre depuis la première édition, qui avait "
         "attiré 65 000 visiteurs."),
    ],
    "fraction of a unit": [
        (VISITORS, "Le festival attend plus d'un quart de million de visiteurs."),
        (VISITORS, "Le festival attend environ un quart de million de visiteurs."),
        (OPENED, "a ouvert ses portes le 12 septembre à Lyon, près d'un quart de siècle après "
         "sa fondation en 2001."),
    ],
}  # fmt: skip

# The same computations done wrong: each must still draw a hard `figures` finding naming it.
WRONG = {
    "span": [
        (SHOWN, "Le programme avait été présenté le 3 juin, plus de quatre mois avant "
         "l'ouverture du 12 septembre.", "quatre"),
        (CLOSES, "annonce qu'il durera quinze jours, du 12 au 21 septembre.", "quinze"),
        (CLOSES, "annonce qu'il fermera ses portes six jours plus tard, le 21 septembre.",
         "six"),
    ],
    "age": [
        (PAINTER, "est mort à 85 ans, en 2009, à Villeurbanne.", "85"),
        (OPENED, "a ouvert ses portes le 12 septembre à Lyon : il a 30 ans.", "30"),
    ],
    "ratio": [
        (STUDENTS, "Sur les 240 bénévoles recrutés cette année, les trois quarts sont des "
         "étudiants, 160 en tout.", "trois quarts"),
        (STUDENTS, "Sur les 240 bénévoles recrutés cette année, 160 sont des étudiants, soit "
         "75 %.", "75"),
    ],
    "bound": [
        (BARGES, "Les barges illuminées mesurent toutes plus de 45 mètres : 42 mètres, 55 "
         "mètres et 61 mètres.", "45"),
    ],
    "change in percent": [
        (BUDGET, "Le budget du festival est passé de 80 000 euros en 2024 à 100 000 euros cette "
         "année, soit une hausse de 40 %.", "40"),
        (BUDGET, "Le budget du festival a augmenté de plus de 40 %, de 80 000 euros en 2024 à "
         "100 000 euros cette année.", "40"),
    ],
    "difference": [
        (BUDGET, "Le budget du festival compte 30 000 euros de plus qu'en 2024.", "30 000"),
        (BUDGET, "Le budget du festival a baissé de 20 000 euros en un an.", "20 000"),
        (BUDGET, "Le budget du festival a baissé de 20 % en un an.", "20"),
    ],
    "time between two times of day": [
        (FIREWORKS, "Le feu d'artifice, lancé à 22 h 15 et achevé à 23 h 05, a duré quarante "
         "minutes.", "quarante"),
    ],
    "gap in points": [
        (POLL, "contre 35 % l'an dernier, soit 30 points de plus.", "30"),
        (POLL, "contre 35 % l'an dernier : plus de trente points d'écart.", "trente"),
    ],
    "fraction of a unit": [
        (VISITORS, "Le festival attend moins d'un quart de million de visiteurs.", "quart"),
    ],
}  # fmt: skip


def _cases(table: dict[str, list[tuple[str, ...]]]) -> list[Variant]:
    return PAIRS.edits(case for cases in table.values() for case in cases)


def _ids(table: dict[str, list[tuple[str, ...]]]) -> list[str]:
    return [f"{kind}-{n}" for kind, cases in table.items() for n in range(len(cases))]


def test_the_honest_rewrite_draws_no_figures_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures")


@each(_cases(HONEST_PAIRS), _ids(HONEST_PAIRS))
def test_a_figure_computed_from_the_source_draws_no_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures")


@each(_cases(WRONG), _ids(WRONG))
def test_a_computation_done_wrong_stays_hard(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


def test_a_factor_the_two_sentences_do_not_make_is_still_flagged() -> None:
    wrong = (
        "Leur nombre a été multiplié par six depuis la première édition, qui avait attiré "
        "65 000 visiteurs."
    )
    PAIRS.draws(PAIRS.variant("x", FIRST, wrong), "figures", fragment="«multiplié par six»")


def test_a_difference_the_source_states_itself_is_not_excused_as_computed() -> None:
    # 55 − 42 is 13, but the source gives the gap itself (« six mètres de plus »): changed
    gap = PAIRS.variant("x", LONGEST, "La plus longue a treize mètres de plus que la deuxième.")
    PAIRS.draws(gap, "figures", fragment="«treize»")


def test_a_miscounted_span_names_its_dates() -> None:
    span = PAIRS.variant("x", SHOWN, WRONG["span"][0][1])
    found = [(f.severity, f.message) for f in PAIRS.found(span, "figures")]
    assert ("hard", next(m for _, m in found if "counts «quatre»" in m)) in found
    assert any("from «3 juin» → «12 septembre»" in m for _, m in found)


@pytest.mark.parametrize(
    "replace",
    [
        "Le festival attend plus d'un quart de million de visiteurs.",
        "Le festival attend environ un quart de million de visiteurs.",
    ],
)
def test_a_fraction_of_a_unit_keeps_the_source_figure_it_rounds(replace: str) -> None:
    PAIRS.draws_nothing(PAIRS.variant("x", VISITORS, replace), "missing")


def test_a_fraction_of_a_unit_that_rounds_nothing_leaves_the_figure_missing() -> None:
    replace = "Le festival attend près d'un demi-million de visiteurs."
    PAIRS.draws(PAIRS.variant("x", VISITORS, replace, "260 000"), "missing", "hard")


# A length of time the source says in another unit: the same length, no figure invented.
LENGTHS_SOURCE = """Nantes : la grève des bus s'achève

6 mars 2025. – La grève des chauffeurs de bus de Nantes a duré deux jours. Sur un an, la \
fréquentation du réseau a progressé de 4 %. Les travaux du nouveau dépôt ont pris une semaine \
de retard, et le chantier doit durer trois ans."""

LENGTHS_HONEST = """Fin de la grève des bus à Nantes

La grève des chauffeurs de bus de Nantes a duré deux jours. Sur un an, la fréquentation du \
réseau a progressé de 4 %. Les travaux du nouveau dépôt ont pris une semaine de retard, et le \
chantier doit durer trois ans."""

LENGTHS = Pairs("lengths", LENGTHS_SOURCE, LENGTHS_HONEST)


SAME_LENGTHS = LENGTHS.edits(
    [
        ("a duré deux jours", "a duré 48 heures"),
        ("Sur un an,", "Sur douze mois,"),
        ("Sur un an,", "Sur 12 mois,"),
        ("ont pris une semaine de retard", "ont pris sept jours de retard"),
        ("doit durer trois ans", "doit durer 36 mois"),
    ]
)
OTHER_LENGTHS = LENGTHS.edits(
    [
        ("a duré deux jours", "a duré 72 heures", "«72»"),
        ("Sur un an,", "Sur quatorze mois,", "«quatorze»"),
        ("doit durer trois ans", "doit durer 30 mois", "«30»"),
    ]
)


@each(SAME_LENGTHS)
def test_a_length_the_source_says_in_another_unit_draws_no_finding(case: Case) -> None:
    LENGTHS.draws_nothing(case, "figures")


@each(OTHER_LENGTHS)
def test_a_length_said_in_another_unit_but_not_the_same_stays_hard(case: Case) -> None:
    LENGTHS.draws(case, "figures", "hard")
