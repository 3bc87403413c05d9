"""Figures an honest writer says otherwise (engine.gate.claims.numeric, attached): one unit written
two ways (« trois ans » for « trois années »), a small count in words that is the article's own
discourse, not the source's figure in another unit (« deux voix » where the source's « deux »
counts hours), and a date given with the year of the dateline where the source gives day and
month. Each must draw no hard finding; the distortions beside them still do."""

from __future__ import annotations

from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Vendée : le port des Sables-d'Olonne agrandi

12 mai 2025. – Le conseil départemental a voté lundi 12 mai l'agrandissement du port des \
Sables-d'Olonne. Les travaux dureront trois années et coûteront 48 millions d'euros. Les bateaux \
de pêche devront attendre deux heures de plus pour décharger pendant le chantier. « Nous \
perdrons une marée par semaine », regrette un patron pêcheur. Le port accueille 120 navires."""

HONEST = """Le port des Sables-d'Olonne va s'agrandir

Le 12 mai, le conseil départemental a voté l'agrandissement du port des Sables-d'Olonne. Le \
chantier durera trois années pour 48 millions d'euros. Pendant les travaux, les pêcheurs \
attendront deux heures de plus pour décharger. « Nous perdrons une marée par semaine », \
regrette un patron pêcheur. Le port accueille 120 navires."""

PAIRS = Pairs("said-otherwise", SOURCE, HONEST)

variant = PAIRS.variant
HONEST_SENTENCES = [
    variant("x", "Le chantier durera trois années", "Le chantier durera trois ans"),
    variant("x", "Le 12 mai, le conseil départemental a voté",
            "Le conseil départemental a voté le 12 mai 2025"),
    variant("x", "Le port accueille 120 navires.",
            "Deux voix se font entendre : les pêcheurs et les plaisanciers. Le port accueille 120 "
            "navires."),
]  # fmt: skip
DISTORTIONS = [
    variant("x", "Le chantier durera trois années", "Le chantier durera trois mois", "trois"),
    variant("x", "Le 12 mai, le conseil", "Le 13 mai, le conseil", "13 mai"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_figures_finding() -> None:
    PAIRS.draws_nothing(HONEST, "figures")


@each(HONEST_SENTENCES)
def test_a_figure_said_otherwise_draws_no_hard_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "figures", "hard")


@each(DISTORTIONS)
def test_a_figure_changed_still_draws_its_hard_finding(case: Case) -> None:
    PAIRS.draws(case, "figures", "hard")


# A fraction in words of a whole the source counts, made true by the part the same source
# sentence gives (« la moitié des éoliennes » for « 240 éoliennes, dont 130 … »); a fraction of a
# unit is a measure, no share (« un quart de siècle »).
SHARES = """Vendée : le parc éolien de Noirmoutier en chantier

8 avril 2024. – Le parc éolien de Noirmoutier compte 240 éoliennes, dont 130 sont en service. \
Sur les 90 communes du département consultées, 31 ont voté contre le projet. Le chantier emploie \
1 200 ouvriers, dont 410 intérimaires. Les travaux du parc éolien de Noirmoutier ont commencé il \
y a vingt-cinq ans."""


WIND = Sentences("shares", SHARES, "Le parc éolien de Noirmoutier")
TRUE_SHARES = [
    "Un peu plus de la moitié des éoliennes du parc de Noirmoutier est en service.",
    "Environ un tiers des communes du département ont voté contre le projet.",
    "Les intérimaires représentent moins de la moitié des ouvriers du chantier.",
    "Les travaux du parc éolien de Noirmoutier ont commencé il y a un quart de siècle.",
]
FALSE_SHARES = [
    ("Les trois quarts des éoliennes du parc de Noirmoutier sont en service.", "trois quarts"),
    ("Moins de la moitié des éoliennes du parc de Noirmoutier est en service.", "moitié"),
]


@each(TRUE_SHARES)
def test_a_share_the_sources_part_and_whole_make_true_or_a_fraction_of_a_unit_passes(
    case: Case,
) -> None:
    WIND.draws_nothing(case, "figures")


@each(FALSE_SHARES)
def test_a_share_the_sources_part_and_whole_make_false_is_hard(case: tuple[str, str]) -> None:
    sentence, fraction = case
    assert [f"{f.severity}: {f.message}" for f in WIND.found(case, "figures")] == [
        f"hard: intro: percentage not in the source «{fraction}», only the source's figures, "
        f"in «{sentence}»"
    ]


# Amounts: a scale abbreviated beside a currency sign (« £ 40m »), a list whose scale is said
# once after its last member (« 60, 50 ou 30 millions »), « livres » after a scale, a currency
# said once for two amounts (« 55 millions d'euros … et 25 millions »).
TRANSFER = """Football : le FC Nantes vend son attaquant

4 août 2023. – Le FC Nantes a vendu son attaquant à Leeds pour £ 40m, selon le club anglais. \
L'an dernier, Leeds avait dépensé 55 millions d'euros pour un défenseur et une taxe de \
25 millions d'euros pour un gardien. « Demain, on verra des joueurs à £ 60m, £ 50m ou £ 30m », \
prévient l'entraîneur nantais."""
TRANSFER_HONEST = """Le FC Nantes vend son attaquant à Leeds

Le FC Nantes a cédé son attaquant à Leeds pour 40 millions de livres, selon le club anglais. \
L'an dernier, Leeds avait dépensé 55 millions d'euros pour un défenseur et 25 millions pour un \
gardien. L'entraîneur nantais prévient que l'on verra demain des joueurs à 60, 50 ou 30 millions \
de livres."""
AMOUNTS = Pairs("amounts", TRANSFER, TRANSFER_HONEST)


AMOUNTS_CHANGED = [
    AMOUNTS.variant("x", "pour 40 millions de livres", "pour 45 millions de livres",
                    "«45 millions de livres»"),
    # (20 and 90 are a difference and a sum of the source's: the source's figure missing)
    AMOUNTS.variant("x", "à 60, 50 ou 30 millions", "à 60, 50 ou 20 millions",
                    "«£ 30m» is missing"),
    AMOUNTS.variant("x", "à 60, 50 ou 30 millions", "à 90, 50 ou 30 millions",
                    "«£ 60m» is missing"),
    AMOUNTS.variant("x", " et 25 millions pour un gardien", "", "«25 millions d'euros» is missing"),
    AMOUNTS.variant("x", "pour 40 millions de livres", "pour 40 millions d'euros",
                    "«40 millions d'euros»"),
]  # fmt: skip


def test_an_amount_abbreviated_listed_or_with_its_currency_said_once_is_the_sources() -> None:
    AMOUNTS.draws_nothing(TRANSFER_HONEST, None, "hard")


@each(AMOUNTS_CHANGED)
def test_an_amount_changed_in_those_forms_or_left_out_is_hard(case: Case) -> None:
    AMOUNTS.draws(case, None, "hard")


# Rounding and numbers in words as honest writers give them: « plus d'un quart de million »
# for 260 000, « environ cent » for « une centaine », « début janvier » for « le 6 janvier »,
# « trente-cinquième » for « 35e », « sept jours » for « une semaine ».
PRESS = """Presse : le Daily Courier supprime des postes

18 janvier 2024. – Le Daily Courier, qui se vend à 260 000 exemplaires par jour, va supprimer une \
centaine de postes de journalistes. L'annonce a été faite le 6 janvier lors du 35e conseil \
d'administration du groupe. Une semaine après, les syndicats ont appelé à la grève."""
PRESS_HONEST = """Le Daily Courier supprime des postes

Le Daily Courier se vend à plus d'un quart de million d'exemplaires par jour et va supprimer \
environ cent postes de journalistes. L'annonce a été faite début janvier, lors du \
trente-cinquième conseil d'administration du groupe. Sept jours après, les syndicats ont appelé \
à la grève."""
ROUNDED = Pairs("rounded", PRESS, PRESS_HONEST)


ROUNDED_CHANGED = [
    ROUNDED.variant("x", "plus d'un quart de million", "plus d'un tiers de million",
                    "«260 000» is missing"),
    ROUNDED.variant("x", "environ cent postes", "environ deux cents postes", "«deux cents»"),
    ROUNDED.variant("x", "début janvier", "fin janvier", "«6 janvier» is missing"),
    ROUNDED.variant("x", "trente-cinquième conseil", "trente-quatrième conseil",
                    "«35e» is missing"),
]  # fmt: skip


def test_a_figure_rounded_or_in_words_as_writers_say_it_is_the_sources() -> None:
    ROUNDED.draws_nothing(PRESS_HONEST, None, "hard")


@each(ROUNDED_CHANGED)
def test_the_same_figures_changed_in_those_forms_are_hard(case: Case) -> None:
    ROUNDED.draws(case, None, "hard")


# The counted noun said by the source as its verb (« dix blessés » for « dix personnes ont été
# blessées »): no other thing counted; another noun still is (« dix morts »).
INJURED = """Quimper : un bus percute un abribus

5 juin 2024. – Au moins dix personnes ont été blessées mardi à Quimper, quand un bus a percuté \
un abribus. Trois passagers ont été évacués vers l'hôpital de Brest, selon la préfecture du \
Finistère."""


COUNTED = Sentences("injured", INJURED, "Un bus percute un abribus à Quimper")
COUNTED_KEPT = [
    "Mardi à Quimper, au moins dix blessés sont à déplorer après qu'un bus a percuté un abribus.",
    "Selon la préfecture du Finistère, trois évacués ont été conduits à l'hôpital de Brest.",
]


@each(COUNTED_KEPT)
def test_a_count_of_the_noun_the_source_says_as_its_verb_passes(case: Case) -> None:
    COUNTED.draws_nothing(case, "figures")


def test_a_count_of_another_noun_is_still_a_review() -> None:
    COUNTED.draws_one(
        "Mardi à Quimper, au moins dix morts sont à déplorer après qu'un bus a percuté un abribus.",
        "figures",
        "review",
        "counts «dix mort»",
    )
