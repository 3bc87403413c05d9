"""Words read in the sense their sentence gives them, that drew a false finding (issue 19,
round 12; the classes come from the lead's reading of round 12's judges, honest-r18 and
heldout-r14 — not blind —, the sentences are written here):

- a time of day in words (« vers huit heures quinze » for « vers 8h15 »), not two numbers;
- a figure kept as the collective that rounds it (« une cinquantaine » for « près de 50 »);
- « doubler » someone, the source's own verb of overtaking, no factor;
- an office whose words the source writes in lowercase in the sentence that holds the
  quotation (« le ministre des Sports » for « le ministre des sports, Hugo Brun »): no other
  voice;
- « parmi les favorites, A et B »: some of them, as « plusieurs favorites » says;
- a quality denied with « non » (« un état jugé non préoccupant » for « n'était pas jugé
  préoccupant »);
- a thing that does not allow something is its cause (« en raison de la chaleur … n'a pas été
  autorisé »), and « dû à » written without its accent;
- nothing since a date for the last time it happened (« aucune Française n'avait gagné depuis
  2012 » for « la dernière fois … remonte à 2012 »);
- a name the source spells two ways (« Sebastian » and « Sebastien »);
- a verb that goes past « le seul … » (« dépasse le seul cas de Vichy »): no exclusivity;
- and, read alone: a question's inverted subject (« Que prévoit la France ? »), a country's word
  inside a name the source writes (« France Info »), a demonym the NER takes for a place
  (« l'Australienne »), a place behind a preposition (« depuis Bruxelles »), no subject's rival.

And, from round 12's second pair of judges (honest-r19, read by the lead after its final blind
measure): « 3 tonnes et demi » in digits is 3,5 as « trois tonnes et demie » is; the hour on the
source's dateline (« 8 novembre 2016, 13 h 10 UTC . – ») is the article's time, no fact the body
must repeat; « ne manque pas de relancer » affirms « relancer »; and from heldout-r15 (after its
blind measure), « octobre » for the source's « le mois précédent » of its « novembre », and a
word of change before a colon is no direction of the figure after it (« voient leur situation se
dégrader : 44,4 % … (+0,6 point) »).

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Triathlon : Léa Morin sacrée à Vichy

14 juin 2020. – Léa Morin a remporté dimanche le triathlon de Vichy. Partie en tête, Clara \
Petit a longtemps mené la course, mais Léa Morin la double dans les derniers kilomètres et \
s'impose en 4 h 12 min 30 s. Près de 50 bénévoles encadraient l'épreuve, qui a débuté vers \
8h15.

Le maire Paul Garnier a salué la gagnante depuis Clermont-Ferrand, où il assistait à un \
congrès. Interrogé par France Info, l'entraîneur suisse Marc Roth a trouvé la course « très \
rapide ». Le ministre des sports, Hugo Brun, a répondu que l'épreuve procédait d'une « \
stratégie concertée ». Parmi les favorites, on trouvait l'Allemande Anna Weber, tenante du \
titre, et la Belge Julie Claes. L'Australienne Kate Lowe, blessée, a dû abandonner à Moulins.

Une spectatrice, victime d'un malaise, a été transportée à l'hôpital de Vichy, mais son état \
n'était pas jugé préoccupant. La chaleur de l'eau n'a pas autorisé le port de la combinaison. \
Kate Lowe a souffert de crampes du à la chaleur. La dernière fois qu'une Française avait gagné \
à Vichy remonte à 2012. La Fédération française de triathlon prévoit une hausse de 10 % des \
licences en 2021. Anna Weber a terminé deuxième, devant Julie Claes. Selon l'organisateur \
Sebastien Vidal, l'édition suivante aura lieu en juin. Sebastian Vidal a aussi annoncé un \
nouveau parcours."""

HONEST = """Léa Morin s'impose à Vichy

Clara Petit a longtemps mené, mais Léa Morin l'a doublée dans les derniers kilomètres et s'est \
imposée en 4 h 12 min 30 s. Une cinquantaine de bénévoles encadraient l'épreuve, qui a commencé \
vers huit heures quinze.

Le ministre des Sports a répondu que l'épreuve procédait d'une « stratégie concertée ». \
Plusieurs favorites étaient présentes : l'Allemande Anna Weber, tenante du titre, et la Belge \
Julie Claes.

Une spectatrice victime d'un malaise a été transportée à l'hôpital, dans un état jugé non \
préoccupant. En raison de la chaleur de l'eau, le port de la combinaison n'a pas été autorisé. \
Kate Lowe a souffert de crampes dues à la chaleur. Aucune Française n'avait gagné à Vichy \
depuis 2012.

Selon Sebastian Vidal, l'organisateur, l'édition suivante aura lieu en juin."""

PAIRS = Pairs("sense", SOURCE, HONEST)


def test_words_read_in_their_sense_draw_no_finding() -> None:
    # before: « doublée » a factor against « 30 / 12 », « huit » and « quinze » numbers absent
    # from the source and « 8h15 » missing, « Sports » another voice, « plusieurs »
    # some of what the source says all of, « non préoccupant » affirming « juger », « en raison
    # de » and « dues à » links the source does not make, « aucune … depuis » denying « gagner »,
    # « Sebastian Vidal » another person
    found = PAIRS.findings(HONEST)
    assert [f.message for f in found if "is missing" not in f.message] == []
    assert not [f.message for f in found if "«8h15»" in f.message]


@pytest.mark.parametrize(
    ("find", "replace", "rule", "severity"),
    [
        ("Léa Morin l'a doublée", "Léa Morin a doublé son avance", "figures", "hard"),
        ("vers huit heures quinze", "vers neuf heures quinze", "figures", "hard"),
        ("dans un état jugé non préoccupant", "dans un état jugé préoccupant", "polarity", "hard"),
        ("Plusieurs favorites étaient", "Toutes les favorites étaient", "scope", "review"),
        ("Selon Sebastian Vidal", "Selon Sebastian Morel", "people", "hard"),
        (
            "Le ministre des Sports a répondu",
            "Le maire Paul Garnier a répondu",
            "quotations",
            "review",
        ),
        (
            "n'avait gagné à Vichy depuis 2012",
            "n'avait gagné à Vichy avant 2012",
            "polarity",
            "review",
        ),
    ],
)
def test_the_same_facts_changed_are_flagged(
    find: str, replace: str, rule: str, severity: str
) -> None:
    assert HONEST.count(find) == 1
    found = PAIRS.findings(HONEST.replace(find, replace), rule)
    assert [f.message for f in found if f.severity == severity]


BEYOND = "La hausse {} le seul cas de Vichy : la Fédération française de triathlon prévoit une \
hausse de 10 % des licences en 2021."


def test_a_verb_that_goes_past_the_only_one_says_no_only() -> None:
    # « dépasse le seul cas de Vichy »: more than it, as « au-delà du seul cas » (was a review)
    text = f"Léa Morin s'impose à Vichy\n\n{BEYOND.format('dépasse')}"
    assert PAIRS.findings(text, "scope") == []
    narrowed = f"Léa Morin s'impose à Vichy\n\n{BEYOND.format('concerne')}"
    assert PAIRS.findings(narrowed, "scope")


ROUNDED = Pairs(
    "rounded",
    """Presse : un nouveau quotidien à Lyon

12 mai 2021. – Un nouveau quotidien paraîtra à Lyon dès le mois de juin. Près de 50 salariés \
ont été recrutés pour le lancer, a indiqué son directeur Marc Blanc.""",
)
KEPT = """Un nouveau quotidien lyonnais

{} salariés ont été recrutés pour lancer ce nouveau quotidien lyonnais, qui paraîtra dès \
le mois de juin, selon son directeur Marc Blanc."""


def test_a_figure_kept_as_the_collective_that_rounds_it() -> None:
    # before: « the source's number «50» is missing »
    assert [f.message for f in ROUNDED.findings(KEPT.format("Une cinquantaine de"))] == []


def test_another_collective_leaves_the_figure_missing() -> None:
    found = ROUNDED.findings(KEPT.format("Une trentaine de"))
    assert [f.message for f in found if "«50» is missing" in f.message]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vers seize heures trente, le ministre a parlé.", [("date", "16:30")]),
        ("à vingt heures et demie", [("date", "20:30")]),
        ("à dix-sept heures quarante-cinq", [("date", "17:45")]),
        ("à seize heures.", [("date", "16:00")]),
        # lengths, not times of day: no « vers », « à » or « dès » before, or « de » after
        ("pendant deux heures", [("number", "2")]),
        ("après seize heures de négociations", [("number", "16")]),
        ("à huit heures de route", [("number", "8")]),
    ],
)
def test_a_time_of_day_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    from engine.brief.figures import spelled_figures

    assert [(f.kind, f.key) for f in spelled_figures(text)] == expected


def test_a_collective_said_once_rounds_its_figure() -> None:
    from decimal import Decimal

    from engine.brief.figures import magnitudes

    assert [m.about for m in magnitudes("une cinquantaine de bénévoles")] == [Decimal(50)]
    assert [m.about for m in magnitudes("deux centaines de bénévoles")] == [Decimal(200)]
    assert [m.about for m in magnitudes("plusieurs centaines de bénévoles")] == [None]


def test_a_question_s_subject_after_its_verb_does_it() -> None:
    from engine.gate.slots import agents
    from engine.text.nlp import parse

    doc = parse(["Que prévoit la France pour Areva ?"])[0]
    places = {(p.role, p.predicate, p.words, p.subject) for p in agents.read(list(doc))}
    assert ("agent", "prévoir", frozenset({"france"}), True) in places
    assert not [p for p in places if p[0] == "patient" and p[2] == frozenset({"france"})]


def test_a_country_s_word_inside_a_name_the_source_writes() -> None:
    from engine.gate.claims.roles import _within_names

    source = "l'entraîneur suisse marc roth s'exprimait sur france info."
    assert _within_names("france", "Sur France Info, Marc Roth a parlé.", source)
    assert not _within_names("france", "En France, sur France Info, Marc Roth a parlé.", source)
    assert not _within_names("france", "Sur France Culture, Marc Roth a parlé.", source)


def test_a_demonym_is_no_place() -> None:
    from engine.gate.claims.actors import _people

    assert _people("Australienne") and _people("Allemands") and _people("Belge")
    assert not _people("Suisse") and not _people("Francfort") and not _people("France")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("La sonde pèse un peu plus de 3 tonnes et demi.", "3.5"),
        ("un parcours de 190 kilomètres et demi", "190.5"),
        ("une course de 2 heures et demie", "02:00"),  # a duration, read as its hours
    ],
)
def test_a_whole_number_and_a_half_in_digits(text: str, key: str) -> None:
    from engine.brief.figures import figures

    assert [f.key for f in figures(text)] == [key]


DATED = Pairs(
    "dated",
    """Élections : ouverture des bureaux de vote

8 novembre 2016, 13 h 10 UTC . – Les bureaux de vote ont ouvert aux États-Unis. Le premier \
bureau a ouvert à 6 h 30 à Hart's Location.""",
)


def test_the_hour_of_the_dateline_need_not_be_repeated() -> None:
    opened = "Les bureaux de vote ouvrent\n\nLes bureaux de vote ont ouvert aux États-Unis. {}"
    kept = opened.format("Le premier bureau a ouvert à 6 h 30 à Hart's Location.")
    assert [f.message for f in DATED.findings(kept)] == []  # was: «13 h 10» is missing
    dropped = opened.format("Le premier bureau a ouvert à Hart's Location.")
    assert [f.message for f in DATED.findings(dropped) if "«6 h 30» is missing" in f.message]


LITOTES = Pairs(
    "litotes",
    """Industrie : incident à l'usine de Vernon

10 février 2017. – Un incendie s'est déclaré jeudi à l'usine chimique de Vernon. Cet incident \
ne manque pas de relancer la polémique sur la sécurité des sites chimiques en Normandie.""",
)


def test_ne_manque_pas_de_affirms() -> None:
    text = """Incendie à Vernon

Un incendie s'est déclaré jeudi à l'usine chimique de Vernon. Cet incident relance la polémique \
sur la sécurité des sites chimiques en Normandie."""
    assert LITOTES.findings(text, "polarity") == []  # was: « affirms what the source denies »


MONTHLY = Pairs(
    "monthly",
    """Économie : le chômage stable dans la zone euro

9 janvier 2017. – Eurostat publie ce lundi les chiffres du chômage pour le mois de novembre \
2016. Le taux de la zone euro s'établit à 9,8 %, soit le même que durant le mois précédent et \
contre 10,5 % il y a un an.""",
)
RATE = "Le chômage stable\n\nLe taux de la zone euro reste de 9,8 % en novembre 2016, comme en {}."


def test_the_month_before_a_month_the_source_names() -> None:
    assert MONTHLY.findings(RATE.format("octobre"), "figures") == []  # was: not in the source
    assert MONTHLY.findings(RATE.format("septembre"), "figures")


ITALY = Pairs(
    "italy",
    """Économie : le chômage en Italie

9 janvier 2017. – Pour l'Italie, le chômage s'établit à 11,9 % pour novembre, contre 11,8 % le \
mois précédent et 11,5 % il y a un an.""",
)
AGAINST = "Le chômage italien\n\nEn Italie, le chômage atteint 11,9 % en novembre, contre 11,8 % \
en {} et 11,5 % un an plus tôt."


def test_the_month_before_in_the_sentence_restated() -> None:
    assert ITALY.findings(AGAINST.format("octobre"), "figures") == []  # was: not in the source
    assert ITALY.findings(AGAINST.format("septembre"), "figures")


YOUTH = Pairs(
    "youth",
    """Économie : le chômage des jeunes

9 janvier 2017. – Les deux pires performances s'aggravent encore : 44,4 % des jeunes Espagnols \
sont au chômage (+0,6) et 39,4 % des jeunes Italiens (+1,8).""",
)
WORSE = "Le chômage des jeunes\n\nLes deux pays les plus touchés voient leur situation {} : 44,4 % \
des jeunes Espagnols sont sans emploi ({}0,6 point) et 39,4 % des jeunes Italiens (+1,8 point)."


def test_a_word_of_change_before_a_colon_is_not_the_figure_s() -> None:
    assert YOUTH.findings(WORSE.format("se dégrader encore", "+"), "figures") == []
    assert YOUTH.findings(WORSE.format("s'améliorer", "-"), "figures")  # the sign still counts
