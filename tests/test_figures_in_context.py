"""Figures in context (engine.gate.claims.numeric): a figure of the source is attached to what the
source says it with; a duration is its length however written. One source excerpt of our own
and an honest rewrite; each distortion puts a figure of the source where the restated source
sentence gives another (or a duration the source does not give), and must draw the hard
`fidelity` finding that names it; each honest variant (the same figures, said in another order
or with other words) must draw none.
"""

from __future__ import annotations

import pytest

from engine.brief.figures import durations
from engine.gate.findings import Finding
from scripts.fidelity_eval import CaseFile, Variant, brief_of, edited, fidelity

SOURCE = """Bretagne : les trains régionaux font le plein

14 mars 2024. – La fréquentation des trains régionaux bretons a progressé de 12 400 voyageurs \
par jour en 2023, selon le conseil régional. Le nombre d'abonnés annuels augmente de 3 100, un \
niveau jamais atteint depuis 2011. Sur un an, le trafic progresse de 4,2 %, et de 1,8 % sur six \
mois. Les plus fortes hausses sont relevées sur la ligne Rennes-Saint-Malo (+7,5 %) et sur la \
ligne Brest-Quimper (+6,1 %). La ligne Lannion-Plouaret recule en revanche de 2,3 %, faute de \
rames disponibles. La région a voté trois fois le budget des travaux et deux fois celui des \
nouvelles rames. Le retard moyen des trains atteint une minute quarante."""

HONEST = """Les TER bretons font le plein

En 2023, les trains régionaux de Bretagne ont gagné 12 400 voyageurs par jour, d'après le \
conseil régional, et les abonnés annuels sont 3 100 de plus, du jamais vu depuis 2011. Le trafic \
progresse de 4,2 % sur un an et de 1,8 % sur six mois. Rennes-Saint-Malo (+7,5 %) et \
Brest-Quimper (+6,1 %) sont les lignes qui progressent le plus. Lannion-Plouaret, à l'inverse, \
perd 2,3 %, faute de rames disponibles. Le budget des travaux a été voté trois fois par la région, \
celui des nouvelles rames deux fois. Les trains ont en moyenne une minute quarante de \
retard."""

CASE = CaseFile("in-context", SOURCE, HONEST, ())


def variant(find: str, replace: str, fails: str | None = None) -> Variant:
    return Variant("in-context", 0, "swap numbers" if fails else "honest", find, replace, fails)


DISTORTIONS = [
    # the subscribers' figure where the source's travellers' one stands
    variant("ont gagné 12 400 voyageurs", "ont gagné 3 100 voyageurs",
            "gives «3 100» where the source gives «12 400»"),
    # two figures of one sentence crossed
    variant("de 4,2 % sur un an et de 1,8 % sur six mois",
            "de 1,8 % sur un an et de 4,2 % sur six mois",
            "gives «1,8 %» where the source gives «4,2 %»"),
    # the yearly rise of the whole network given to Rennes-Saint-Malo
    variant("Rennes-Saint-Malo (+7,5 %)", "Rennes-Saint-Malo (+4,2 %)",
            "gives «+4,2 %» where the source gives «+7,5 %»"),
    # a count in words that the source gives to another vote
    variant("a été voté trois fois", "a été voté deux fois",
            "gives «deux» where the source gives «trois»"),
    # a duration the source does not give, though each of its numbers is the source's
    variant("une minute quarante de retard", "deux minutes quarante de retard",
            "duration not in the source «deux minutes quarante»"),
]  # fmt: skip
HONEST_VARIANTS = [
    # the same figures, the other way round, each still with its own words
    variant("de 4,2 % sur un an et de 1,8 % sur six mois",
            "de 1,8 % sur six mois et de 4,2 % sur un an"),
    # a figure with words of its own that no other figure of the source is said with
    variant("perd 2,3 %", "voit sa fréquentation baisser de 2,3 %"),
    # with the words of the source's place for it, and others
    variant("les abonnés annuels sont 3 100 de plus",
            "le nombre d'abonnés annuels augmente de 3 100 personnes"),
    # the source's duration in seconds, in words and in digits
    variant("une minute quarante de retard", "cent secondes de retard"),
    variant("une minute quarante de retard", "1 min 40 s de retard"),
]  # fmt: skip


def findings(text: str) -> list[Finding]:
    return fidelity(text, brief_of(CASE))


def hard(found: list[Finding]) -> list[str]:
    return [f.message for f in found if not f.passed and f.severity == "hard"]


def test_the_honest_rewrite_passes() -> None:
    assert hard(findings(HONEST)) == []


@pytest.mark.parametrize("v", DISTORTIONS, ids=[v.replace for v in DISTORTIONS])
def test_a_figure_said_with_another_figures_words_is_a_hard_finding(v: Variant) -> None:
    found = hard(findings(edited(CASE, v)))
    assert any(str(v.fails) in m for m in found), found


@pytest.mark.parametrize("v", HONEST_VARIANTS, ids=[v.replace for v in HONEST_VARIANTS])
def test_figures_said_in_another_order_or_other_words_pass(v: Variant) -> None:
    assert hard(findings(edited(CASE, v))) == []


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("avec une minute quinze d'avance", [75]),
        ("avec soixante-quinze secondes d'avance", [75]),
        ("1 min 15 s plus tard", [75]),
        ("deux minutes et dix secondes", [130]),
        ("vingt minutes de retard, puis six secondes", [1200, 6]),
        ("en moins d'une demi-heure", [1800]),
        ("deux fois, trois étapes", []),
    ],
)
def test_a_duration_is_its_length_in_seconds(text: str, seconds: list[int]) -> None:
    assert [int(d.seconds) for d in durations(text)] == seconds


DECADES = CaseFile(
    "decades",
    "Port de Brest : le trafic en hausse\n\n5 mai 2024. – Le port, rénové au début des années 200, "
    "a doublé son trafic depuis les années 1990, selon la chambre de commerce.",
    "x",
    (),
)


@pytest.mark.parametrize(
    ("sentence", "invented"),
    [
        ("Le port, rénové au début des années 2000, a vu son trafic doubler.", False),  # typo
        ("Le trafic a doublé depuis les années 90, selon la chambre.", False),
        ("Le trafic a doublé depuis les années 1980, selon la chambre.", True),
    ],
)
def test_a_decade_the_source_writes_is_its_own_in_any_shape(sentence: str, invented: bool) -> None:
    found = hard(fidelity(f"Le port de Brest\n\n{sentence}", brief_of(DECADES)))
    assert any("not in the source" in m for m in found) == invented, found


ELECTION = CaseFile(
    "computed",
    "Portugal : la gauche en tête\n\n12 mars 2024. – Le Parti socialiste a obtenu 41 % des voix "
    "dimanche, contre 29 % pour la droite. Les électeurs devaient désigner 180 députés et 50 "
    "sénateurs. La campagne a duré trois semaines. Le scrutin avait été avancé au 10 mars après "
    "la démission du Premier ministre.",
    "x",
    (),
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Douze points séparent les deux camps.",  # 41 % − 29 %, said in points
        "Les électeurs devaient désigner 230 parlementaires au total.",  # 180 + 50, said a total
        "Trois idées ressortent de ce scrutin.",  # a count in words of what the source never says
        "Voici le point, au 12 mars 2024, sur le scrutin avancé après la démission du Premier "
        "ministre.",  # the dateline's date, beside a sentence that gives another date
    ],
)
def test_a_figure_the_article_computes_says_or_dates_honestly_draws_nothing(sentence: str) -> None:
    found = fidelity(f"Portugal\n\n{sentence}", brief_of(ELECTION))
    assert [f.message for f in found if not f.passed and f.rule == "figures"] == []


def test_a_gap_that_is_no_difference_of_the_sources_figures_is_invented() -> None:
    found = hard(fidelity("Portugal\n\nQuinze points séparent les deux camps.", brief_of(ELECTION)))
    assert any("number not in the source «Quinze»" in m for m in found), found
