"""Precision on honest writing nobody tuned on (issue 19, the unseen honest rewrites of
tests/data/blind/honest-r3): each class of false hard finding they showed, as honest sentence
pairs of our own that must draw no hard `fidelity` finding, beside a distortion of the same shape
that must still fail hard.
"""

from __future__ import annotations

import pytest

from engine.brief.dateline import dateline
from engine.brief.source import parse_source
from engine.gate.findings import Finding
from engine.serve.translate import to_french
from scripts.fidelity_eval import CaseFile, Variant, brief_of, fidelity
from tests.pairs import CERTAIN, Case, Pairs, each


def _hard(source: str, text: str, rule: str | None = None) -> list[str]:
    found: list[Finding] = fidelity(text, brief_of(CaseFile("unseen", source, text, ())))
    return [
        f.message
        for f in found
        if not f.passed and f.severity == "hard" and (rule is None or f.rule == rule)
    ]


def _said(pairs: Pairs, rows: list[tuple[str, str, str]]) -> list[Variant]:
    """(find, replace, said) rows as variants whose finding names «said»."""
    return pairs.edits((find, replace, f"«{said}»") for find, replace, said in rows)


# --- the dateline after a standfirst: the article's own date, not a missing fact -------------

STANDFIRST = """Bretagne : les pêcheurs bloquent le port de Lorient

Plusieurs centaines de marins protestent contre les nouveaux quotas de pêche.

14 mars 2019 . –
Les pêcheurs ont bloqué mardi 12 mars l'entrée du port de Lorient avec 80 chalutiers. Le \
ministre les recevra le 20 mars à Paris."""

STANDFIRST_HONEST = """Les pêcheurs bretons bloquent Lorient

Mardi 12 mars, les pêcheurs ont fermé l'entrée du port de Lorient avec 80 chalutiers. Ils \
seront reçus par le ministre le 20 mars à Paris."""


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (STANDFIRST, "2019-03-14"),
        ("Titre\n\nUn chapô d'une phrase.\n\n6 mai 2017. – Alors que 130 villes.", "2017-05-06"),
        ("Titre\n\nUn chapô, « Le 2 mai 2017 ».\n\n6 mai 2017. – Le vote a lieu.", "2017-05-06"),
        # only the first paragraphs: a date line further down is a story's own, no dateline
        ("Titre\n\nUn chapô.\n\nUn deuxième paragraphe.\n\n6 mai 2017. – Suite.", None),
    ],
)
def test_the_dateline_may_follow_a_standfirst(text: str, key: str | None) -> None:
    found = dateline(parse_source(text))
    assert (found.key if found else None) == key


def test_an_article_leaving_out_its_dateline_after_a_standfirst_misses_nothing() -> None:
    assert _hard(STANDFIRST, STANDFIRST_HONEST, "missing") == []
    # the dates the source's sentences give are still required
    dropped = STANDFIRST_HONEST.replace(" le 20 mars à Paris", " à Paris")
    assert _hard(STANDFIRST, dropped, "missing") == [
        "the source's date «20 mars» is missing: give it in the article"
    ]


# --- a figure rounded to a five: « près de quarante-cinq » for 44 ------------------------------

ROUNDED = """Nucléaire : les chantiers s'effondrent

Trois réacteurs ont été mis en chantier en 2016, contre 44 en 1976 et 2 650 au total depuis \
1950. La production a atteint 1,43 million de mégawattheures."""

ROUNDED_HONEST = """Les chantiers nucléaires s'effondrent

Trois réacteurs ont été mis en chantier en 2016, contre 44 en 1976 et 2 650 au total depuis \
1950. La production a atteint 1,43 million de mégawattheures."""

ROUNDED_FORMS = [
    ("contre 44 en 1976", "contre près de quarante-cinq en 1976"),
    ("contre 44 en 1976", "contre environ 45 en 1976"),
    ("a atteint 1,43 million", "a atteint environ 1,5 million"),
]
ROUNDED_WRONG = [
    ("contre 44 en 1976", "contre près de cinquante-cinq en 1976", "cinquante-cinq"),
    ("contre 44 en 1976", "contre près de 48 en 1976", "48"),
    # a five of one significant digit is no rounding of 44 (« près de 500 » for 440)
    ("et 2 650 au total", "et près de 2 500 au total", "2 500"),
    ("a atteint 1,43 million", "a atteint environ 1,6 million", "1,6 million"),
]


ROUNDED_PAIRS = Pairs("unseen", ROUNDED, ROUNDED_HONEST)


def test_the_honest_rewrite_keeps_every_figure() -> None:
    ROUNDED_PAIRS.draws_nothing(ROUNDED_HONEST, None, "hard")


@each(ROUNDED_PAIRS.edits(ROUNDED_FORMS), [f"{f}-{r}" for f, r in ROUNDED_FORMS])
def test_a_figure_rounded_to_a_five_is_the_sources(case: Case) -> None:
    ROUNDED_PAIRS.draws_nothing(case, None, "hard")


@each(_said(ROUNDED_PAIRS, ROUNDED_WRONG), ["-".join(row) for row in ROUNDED_WRONG])
def test_a_five_beyond_one_unit_of_its_place_is_another_figure(case: Case) -> None:
    ROUNDED_PAIRS.draws(case, "figures", "hard")


# --- figures an honest writer says otherwise (honest-r4, the lead's unseen controls) ----------

MARKET = """Transport aérien : la compagnie Alizé dans la tourmente

11 avril 2017 . –
Un passager a été expulsé de force d'un avion de la compagnie Alizé dimanche à Lyon, entraînant \
3 heures de retard au vol. En l'espace de quelques heures, la valeur de la compagnie a chuté \
d'environ 900 millions de dollars, passant de 22,5 milliards à 21,6 milliards. Ses actions, qui \
valaient 71,50 $US la veille, sont descendues à 68,65 $US mardi. Le président Dufresne s'est \
excusé mardi. Le 35e salon de l'aviation de Lyon s'ouvre le 20 avril. L'épreuve d'endurance \
compte 1,5 km de natation, 40 de vélo et 10 de course, et le vainqueur a gagné avec 40 \
secondes d'avance."""

MARKET_HONEST = """La compagnie Alizé dans la tourmente

Dimanche à Lyon, un passager a été expulsé de force d'un avion d'Alizé, ce qui a entraîné 3 \
heures de retard au vol. En quelques heures, la compagnie a perdu environ 900 millions de \
dollars de valeur, passant de 22,5 milliards à 21,6 milliards. Ses actions, qui valaient \
71,50 $US la veille, sont descendues à 68,65 $US mardi. Le président Dufresne s'est excusé \
mardi. Le 35e salon de l'aviation de Lyon s'ouvre le 20 avril. L'épreuve d'endurance compte \
1,5 km de natation, 40 de vélo et 10 de course, et le vainqueur a gagné avec 40 secondes \
d'avance."""

MARKET_FORMS = [
    # a duration in hours, which the source writes as a time of day would be (« 3 heures »)
    ("entraîné 3 heures de retard", "entraîné trois heures de retard"),
    # a currency the source writes « $US »
    ("sont descendues à 68,65 $US", "sont descendues à 68,65 dollars"),
    # one currency for two figures, the source giving it with the figure before them
    ("passant de 22,5 milliards à 21,6 milliards.",
     "passant de 22,5 milliards à 21,6 milliards de dollars."),
    # a plural scale with no number is an order of magnitude, no figure
    ("En quelques heures,", "Une perte qui se chiffre en centaines de millions de dollars. En "
     "quelques heures,"),
    ("En quelques heures,", "Des millions de dollars partis en fumée. En quelques heures,"),
    # an ordinal in words for the source's « 35e »
    ("Le 35e salon", "Le trente-cinquième salon"),
    # a unit the source gives once for an enumeration, said each time
    ("1,5 km de natation, 40 de vélo et 10 de course",
     "1,5 km de natation, 40 km de vélo et 10 km de course"),
    ("1,5 km de natation, 40 de vélo et 10 de course",
     "1,5 kilomètre de natation, quarante kilomètres de vélo et dix de course"),
    # a first name added to a surname the source gives alone
    ("Le président Dufresne s'est excusé", "Le président Marc Dufresne s'est excusé"),
]  # fmt: skip
MARKET_WRONG = [
    ("entraîné 3 heures de retard", "entraîné cinq heures de retard", "cinq"),
    ("sont descendues à 68,65 $US", "sont descendues à 68,65 euros", "68,65 euros"),
    ("passant de 22,5 milliards à 21,6 milliards.",
     "passant de 22,5 milliards à 21,6 milliards d'euros.", "21,6 milliards d'euros"),
    ("En quelques heures,", "Une perte de 9 millions de dollars. En quelques heures,",
     "9 millions de dollars"),
    ("Le 35e salon", "Le trente-sixième salon", "trente-sixième"),
    ("40 de vélo et 10 de course", "40 minutes de vélo et 10 de course", "40 minutes"),
    ("Le président Dufresne s'est excusé", "Le président Marc Lavoie s'est excusé",
     "Marc Lavoie"),
]  # fmt: skip


MARKET_PAIRS = Pairs("unseen", MARKET, MARKET_HONEST)


def test_the_market_rewrite_draws_no_hard_finding() -> None:
    MARKET_PAIRS.draws_nothing(MARKET_HONEST, None, "hard")


@each(MARKET_PAIRS.edits(MARKET_FORMS))
def test_a_figure_said_otherwise_draws_no_hard_finding(case: Case) -> None:
    MARKET_PAIRS.draws_nothing(case, None, "hard")


@each(_said(MARKET_PAIRS, MARKET_WRONG), [said for *_, said in MARKET_WRONG])
def test_the_same_places_distorted_still_fail_hard(case: Case) -> None:
    MARKET_PAIRS.draws(case, None, "hard")


def test_a_first_name_added_to_a_surname_the_source_gives_alone_is_a_review() -> None:
    text = MARKET_HONEST.replace("Le président Dufresne", "Le président Marc Dufresne")
    found = fidelity(text, brief_of(CaseFile("unseen", MARKET, text, ())))
    people = [f for f in found if not f.passed and f.rule == "people"]
    assert [(f.severity, f.message) for f in people] == [
        ("review", "intro: first name not in source «Marc Dufresne», the source's surname")
    ]
    said = to_french(people[0].message, "findings") or ""
    assert said.replace("\u00a0", " ") == (
        "chapeau : prénom que la source ne donne pas : «Marc Dufresne» (la source ne donne que le "
        "nom)"
    )


def test_another_first_name_for_a_person_the_source_names_fully_stays_hard() -> None:
    source = MARKET.replace("Le président Dufresne", "Le président Paul Dufresne")
    text = MARKET_HONEST.replace("Le président Dufresne", "Le président Marc Dufresne")
    assert _hard(source, text) == [
        "intro: person not in the source «Marc Dufresne», only people of the source"
    ]


# --- a heading sums up: what it says of a slot (time, certainty, scope…) is a review at most ----

GALAXY = """Astronomie : la galaxie Andromède serait née d'une collision

19 février 2018 . – Andromède, la galaxie la plus proche de la nôtre, serait née de la collision \
de deux autres galaxies il y a moins de trois milliards d'années. L'astrophysicien François \
Hammer et son équipe ont traité un téraoctet de données. Leur étude a été publiée lundi."""

GALAXY_HONEST = """# Andromède serait née d'une collision

## Une collision de deux galaxies

Andromède, la galaxie la plus proche de la nôtre, serait née de la collision de deux autres \
galaxies il y a moins de trois milliards d'années.

## Un téraoctet de données

L'astrophysicien François Hammer et son équipe ont traité un téraoctet de données. Leur étude a \
été publiée lundi."""

HEADINGS = [
    "## Andromède, née d'une collision",
    "## Andromède est née d'une collision de deux galaxies",
    "## Andromède, fruit d'une collision de deux galaxies",
]


GALAXY_PAIRS = Pairs("unseen", GALAXY, GALAXY_HONEST)


@each(GALAXY_PAIRS.edits(("## Une collision de deux galaxies", h) for h in HEADINGS))
def test_a_heading_summing_up_a_hedged_fact_is_no_hard_finding(case: Case) -> None:
    GALAXY_PAIRS.draws_nothing(case, None, "hard")


def test_a_heading_that_changes_a_slot_is_a_review() -> None:
    heading = "## Une étude qui sera publiée lundi"
    text = GALAXY_HONEST.replace("## Un téraoctet de données", heading)
    found = fidelity(text, brief_of(CaseFile("unseen", GALAXY, text, ())))
    assert [(f.severity, f.rule) for f in found if not f.passed and f.rule == "modality"] == [
        ("review", "modality")
    ]


def test_the_same_claim_in_the_body_is_flagged() -> None:
    # the conditional mood alone (« serait née »: an allegation, or a slip of the source's) gives
    # nothing as to come for certain: a review in the body too (round 11)
    v = GALAXY_PAIRS.variant(
        "x",
        "Andromède, la galaxie la plus proche de la nôtre, serait née",
        "Andromède, la galaxie la plus proche de la nôtre, est née",
    )
    GALAXY_PAIRS.draws(v, "modality", "review", "")  # some finding


# --- a name for what the source describes (« notre galaxie ») is no other actor ---------------

COLLISION = """Astronomie : la galaxie Andromède serait née d'une collision

19 février 2018 . – Andromède, la galaxie la plus proche de la Voie lactée, serait née de la \
collision de deux autres galaxies. L'astrophysicien François Hammer et son équipe de Lyon ont \
traité un téraoctet de données. « Notre galaxie n'a pas connu de collision importante depuis \
dix milliards d'années, alors qu'Andromède est le fruit d'une collision récente », affirme \
François Hammer. Leur étude a été publiée lundi, et Paris a accueilli le congrès des astronomes."""

COLLISION_HONEST = """Andromède serait née d'une collision

Andromède, la galaxie la plus proche de la Voie lactée, serait née de la collision de deux \
autres galaxies. L'astrophysicien François Hammer et son équipe ont traité un téraoctet de \
données. Selon François Hammer, notre galaxie n'a pas connu de collision importante depuis dix \
milliards d'années, alors qu'Andromède est le fruit d'une collision récente. Leur étude a été \
publiée lundi, et Paris a accueilli le congrès des astronomes."""

SAID = "Selon François Hammer, notre galaxie n'a pas connu de collision importante depuis dix \
milliards d'années, alors qu'Andromède est le fruit d'une collision récente."
NAMED = [
    "La Voie lactée, elle, n'a pas connu de collision importante depuis dix milliards d'années, "
    "affirme François Hammer.",
    "La Voie lactée n'a pas connu de collision importante depuis dix milliards d'années, affirme "
    "François Hammer.",
    "Depuis dix milliards d'années, la Voie lactée n'a pas connu de collision importante, affirme "
    "François Hammer.",
]


COLLISION_PAIRS = Pairs("unseen", COLLISION, COLLISION_HONEST)
LYON = COLLISION_PAIRS.edits(
    [
        ("et Paris a accueilli le congrès", "et Lyon a accueilli le congrès", "Lyon"),
        ("et Paris a accueilli le congrès", "et Lyon a reçu le congrès", "Lyon"),
    ]
)


def test_the_collision_rewrite_draws_no_hard_finding() -> None:
    COLLISION_PAIRS.draws_nothing(COLLISION_HONEST, None, "hard")


@each(COLLISION_PAIRS.edits((SAID, named) for named in NAMED))
def test_naming_what_the_source_describes_is_no_actor_swap(case: Case) -> None:
    COLLISION_PAIRS.draws_nothing(case, None, "hard")


@each(LYON, [f"{v.find}-{v.replace}" for v in LYON])
def test_another_actor_in_the_place_of_the_sources_stays_hard(case: Case) -> None:
    COLLISION_PAIRS.draws(case, ("actors", "swaps"), CERTAIN)


# --- an institution's common noun inside a title (« le chef de l'État ») is no place -----------

CHURCH = """Attentat : une église attaquée près de Rouen

26 juillet 2016 . – Deux hommes ont attaqué une église de Saint-Étienne-du-Rouvray mardi matin. \
Le président de la République François Hollande ainsi que Bernard Cazeneuve ont annoncé leur \
visite, et l'archevêque de Rouen Dominique Lebrun a annoncé son retour précipité. « Nous devons \
mener la guerre contre l'État islamique », a déclaré le président. L'État islamique a revendiqué \
l'attaque dans la soirée. Les préfets seront réunis mercredi à Paris."""

CHURCH_HONEST = """Une église attaquée près de Rouen

Mardi matin, deux hommes ont attaqué une église de Saint-Étienne-du-Rouvray. Le président \
François Hollande ainsi que Bernard Cazeneuve ont annoncé leur visite, et l'archevêque de Rouen \
Dominique Lebrun a annoncé son retour précipité. « Nous devons mener la guerre contre l'État \
islamique », a déclaré le président. L'État islamique a revendiqué l'attaque dans la soirée. Les \
préfets seront réunis mercredi à Paris."""

VISIT = "Le président François Hollande ainsi que Bernard Cazeneuve ont annoncé leur visite, et \
l'archevêque de Rouen Dominique Lebrun a annoncé son retour précipité."
HEAD_OF_STATE = [
    "Le chef de l'État, François Hollande, ainsi que Bernard Cazeneuve ont annoncé qu'ils se "
    "rendraient sur place.",
    "Le chef de l'État, François Hollande, ainsi que Bernard Cazeneuve ont annoncé leur visite.",
    "Le chef de l'État, François Hollande, ainsi que Bernard Cazeneuve ont annoncé qu'ils se "
    "rendraient sur place, et l'archevêque Dominique Lebrun a annoncé son retour précipité.",
]


CHURCH_PAIRS = Pairs("unseen", CHURCH, CHURCH_HONEST)


def test_the_church_rewrite_draws_no_hard_finding() -> None:
    CHURCH_PAIRS.draws_nothing(CHURCH_HONEST, None, "hard")


@each(CHURCH_PAIRS.edits((VISIT, said) for said in HEAD_OF_STATE))
def test_the_state_in_a_title_is_no_place_swapped_for_the_sources(case: Case) -> None:
    CHURCH_PAIRS.draws_nothing(case, None, "hard")


def test_another_place_of_the_source_in_the_sources_place_stays_hard() -> None:
    v = CHURCH_PAIRS.variant("x", "l'archevêque de Rouen", "l'archevêque de Paris", "names Paris")
    CHURCH_PAIRS.draws(v, None, CERTAIN)


# --- a gap the article computes, its operands said beside it ----------------------------------

BUDGET = """Espace : le télescope Albatros coûtera plus cher

2 mars 2018 . – Le lancement du télescope Albatros est repoussé à 2021. « Le coût pourrait \
dépasser les 8 milliards de dollars prévus », reconnaît l'agence. Selon les estimations, le coût \
du projet devrait atteindre 9 milliards de dollars. Le miroir principal mesure 6,5 mètres, et la \
mission emploie 1 200 ingénieurs."""

BUDGET_HONEST = """Le télescope Albatros coûtera plus cher

Le lancement du télescope Albatros est repoussé à 2021. L'agence reconnaît que le coût pourrait \
dépasser les 8 milliards de dollars prévus. Selon les estimations, le coût du projet devrait \
atteindre 9 milliards de dollars. Le miroir principal mesure 6,5 mètres, et la mission emploie \
1 200 ingénieurs."""

GAPS = [
    ("atteindre 9 milliards de dollars.", "atteindre 9 milliards de dollars. Le dépassement "
     "serait d'un milliard de dollars par rapport aux 8 milliards prévus."),
    ("atteindre 9 milliards de dollars.", "atteindre 9 milliards de dollars, soit un milliard de "
     "dollars de plus que les 8 milliards de dollars prévus."),
    ("atteindre 9 milliards de dollars.", "atteindre 9 milliards de dollars. C'est un milliard "
     "de dollars au-delà des 8 milliards prévus."),
]  # fmt: skip
GAPS_WRONG = [
    ("atteindre 9 milliards de dollars.", "atteindre 9 milliards de dollars. Le dépassement "
     "serait de deux milliards de dollars par rapport aux 8 milliards prévus.",
     "deux milliards de dollars"),
    # the same gap with nothing to compute it from beside it
    ("Le miroir principal mesure", "Le dépassement serait d'un milliard de dollars. Le miroir "
     "principal mesure", "un milliard de dollars"),
]  # fmt: skip


BUDGET_PAIRS = Pairs("unseen", BUDGET, BUDGET_HONEST)


@each(BUDGET_PAIRS.edits(GAPS), ["par rapport", "soit", "au-delà"])
def test_a_gap_computed_beside_its_operands_is_no_invented_figure(case: Case) -> None:
    BUDGET_PAIRS.draws_nothing(case, None, "hard")


@each(_said(BUDGET_PAIRS, GAPS_WRONG), [w[2] for w in GAPS_WRONG])
def test_a_wrong_or_bare_gap_stays_hard(case: Case) -> None:
    BUDGET_PAIRS.draws(case, "figures", "hard")


# --- a range whose unit the source says once, after its second bound --------------------------

RATES = """Économie : l'inflation ralentit

3 mars 2019 . – Selon l'institut, l'inflation est passée de 2,4 à 1,9 % en un an. Le taux \
d'épargne des ménages oscille entre 14 et 15 % depuis trois ans, et la part des loyers dans les \
dépenses se situe à 23-25 %."""

RATES_HONEST = """L'inflation ralentit

D'après l'institut, l'inflation est tombée de 2,4 % à 1,9 % en un an. Le taux d'épargne des \
ménages oscille entre 14 % et 15 % depuis trois ans, et les loyers pèsent pour 23 % à 25 % des \
dépenses."""


RATES_PAIRS = Pairs("unseen", RATES, RATES_HONEST)
RATES_WRONG = [("de 2,4 %", "de 2,6 %"), ("entre 14 %", "entre 12 %"), ("pour 23 %", "pour 21 %")]


def test_the_first_bound_of_a_range_takes_the_unit_said_after_the_second() -> None:
    RATES_PAIRS.draws_nothing(RATES_HONEST, None, "hard")


@each(RATES_PAIRS.edits(RATES_WRONG), [f"{f}-{r}" for f, r in RATES_WRONG])
def test_a_first_bound_the_source_does_not_give_stays_hard(case: Case) -> None:
    RATES_PAIRS.draws(case, None, "hard", "")  # some hard finding
