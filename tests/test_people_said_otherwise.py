"""People, places and roles said as an editor says them (round 15, F-B): a nationality in any
of its forms (accents or hyphen left out: « Kenyan », « Sud Coreen »), or wider than the
source's (« britannique » for « anglais », lexicon `country_parts`); a country by another of its
names (« le Royaume-Uni » for « la Grande-Bretagne », lexicon `country_names`); a compound
written with a hyphen, a space or abbreviated (« St-Malo », « le sous préfet »: one helper,
engine.text.compound_key); an office by another of its names (« le chef du gouvernement » is
the « Premier ministre »). Each draws nothing; the same sentence with another nationality,
country or office is still flagged, with the rule and severity asserted.

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import re

import pytest

from engine.gate.slots.entities import country, country_named, holds, nationality
from engine.text import compound_key, compound_pattern, fold
from tests.pairs import Pairs

REGATTA = Pairs(
    "regatta",
    """Voile : l'Anglais Tom Reed remporte la régate de Saint-Malo

3 juin 2024. – L'Anglais Tom Reed a remporté dimanche la régate de Saint-Malo, devant le \
Sud-Coréen Park Ji-ho et la Kényane Ruth Wanjiru. Le Néerlandais Sam Hale a chaviré au large. \
L'Azéri Elnur Mammadov a fini dernier. La Grande-Bretagne compte trois bateaux dans la flotte, \
les États-Unis deux. Le sous-préfet Jacques Morin a remis le trophée.""",
)
TITLE = "Régate de Saint-Malo"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in REGATTA.findings(f"{TITLE}\n\n{text}", _PEOPLE)]


_PEOPLE = {"roles", "names", "actors", "entities", "people"}


@pytest.mark.parametrize(
    "text",
    [
        # wider than the source's: an Englishman is British
        "Le Britannique Tom Reed a remporté dimanche la régate de Saint-Malo.",
        # written without its accent or its hyphen
        "Le Sud Coreen Park Ji-ho a pris la deuxième place, devant la Kenyane Ruth Wanjiru.",
        "La Kényane Ruth Wanjiru a terminé troisième, derrière le sud-coréen Park Ji-ho.",
        # a demonym the lexicon now knows, in its other form
        "L'Azerbaïdjanais Elnur Mammadov a fini dernier.",
        # a country by another of its names
        "Le Royaume-Uni compte trois bateaux dans la flotte, les USA deux.",
        # a compound name abbreviated, an office's compound spaced
        "Tom Reed s'est imposé dimanche à St-Malo.",
        "Le sous préfet Jacques Morin a remis le trophée.",
    ],
)
def test_said_another_way_draws_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "rule", "severity"),
    [
        ("L'Écossais Tom Reed a remporté dimanche la régate de Saint-Malo.", "roles", "hard"),
        ("La Sud-Africaine Ruth Wanjiru a terminé troisième.", "roles", "hard"),
        ("La Nigériane Ruth Wanjiru a terminé troisième.", "roles", "hard"),
        ("L'Arménien Elnur Mammadov a fini dernier.", "roles", "hard"),
        ("Le préfet Jacques Morin a remis le trophée.", "roles", "hard"),
        ("Tom Reed s'est imposé dimanche à Brest.", "names", "review"),
        ("La Belgique compte trois bateaux, les États-Unis deux.", "names", "review"),
    ],
)
def test_another_one_is_still_flagged(text: str, rule: str, severity: str) -> None:
    assert (rule, severity) in _found(text)


def test_the_part_for_the_whole_is_a_review() -> None:
    # « anglais » for the source's « britannique »: maybe so, the source does not say it
    race = Pairs(
        "race",
        """Aviron : Sam Hale vainqueur à Lucerne

3 juin 2024. – Le Britannique Sam Hale a remporté dimanche la course de Lucerne. Il a devancé \
de deux secondes un rameur allemand.""",
    )
    found = race.findings("Sam Hale à Lucerne\n\nL'Anglais Sam Hale a gagné dimanche à Lucerne.")
    assert [(f.rule, f.severity) for f in found if f.rule == "roles"] == [("roles", "review")]
    found = race.findings("Sam Hale à Lucerne\n\nLe Suisse Sam Hale a gagné dimanche à Lucerne.")
    assert [(f.rule, f.severity) for f in found if f.rule == "roles"] == [("roles", "hard")]


def test_a_surname_is_no_country_the_source_names() -> None:
    # « Hollande » names the Netherlands only as a place (« la Hollande »), never as a name
    source = Pairs(
        "summit",
        """Sommet : François Hollande reçoit à Paris

3 juin 2016. – François Hollande a reçu lundi à Paris les dirigeants du G7. La Hollande \
n'était pas représentée.""",
    )
    told = "Sommet à Paris\n\nLes Pays-Bas n'étaient pas représentés au sommet de Paris."
    assert [f.rule for f in source.findings(told, "names")] == []
    alone = Pairs(
        "visit",
        """Sommet : François Hollande reçoit à Paris

3 juin 2016. – François Hollande a reçu lundi à Paris les dirigeants du G7.""",
    )
    told = "Sommet à Paris\n\nLes Pays-Bas ont reçu lundi à Paris les dirigeants du G7."
    assert [f.severity for f in alone.findings(told, "names")] == ["review"]


GOVERNMENT = Pairs(
    "government",
    """Politique : le Premier ministre Paul Arnaud présente son plan

3 juin 2024. – Le Premier ministre Paul Arnaud a présenté lundi un plan contre la sécheresse. \
La ministre de l'Agriculture, Claire Dumas, l'a défendu devant les députés. Le PDG de la \
coopérative Terres d'Oc, Marc Vidal, a salué le plan. Le maire de Cahors, Jeanne Roussel, a \
demandé des aides. Le directeur général de l'agence de l'eau, Hugo Faure, a chiffré les \
besoins.""",
)


@pytest.mark.parametrize(
    ("text", "severities"),
    [
        ("Le chef du gouvernement Paul Arnaud a présenté lundi un plan contre la sécheresse.", []),
        ("Paul Arnaud, chef du gouvernement, a présenté lundi un plan contre la sécheresse.", []),
        ("Le président Paul Arnaud a présenté lundi un plan contre la sécheresse.", ["hard"]),
        ("La secrétaire d'État Claire Dumas l'a défendu devant les députés.", ["hard"]),
        # a PDG is his company's president; a bare « directeur » may be another one (« directeur
        # financier »): unsure
        ("Le président de Terres d'Oc, Marc Vidal, a salué le plan.", []),
        ("Marc Vidal, directeur financier de Terres d'Oc, a salué le plan.", ["review"]),
        # an « édile » is a mayor
        ("L'édile de Cahors, Jeanne Roussel, a demandé des aides.", []),
        ("La préfète Jeanne Roussel a demandé des aides.", ["hard"]),
        ("Le PDG de l'agence de l'eau, Hugo Faure, a chiffré les besoins.", []),
        ("Le procureur Hugo Faure a chiffré les besoins.", ["hard"]),
    ],
)
def test_an_office_by_another_of_its_names(text: str, severities: list[str]) -> None:
    found = GOVERNMENT.findings(f"Un plan contre la sécheresse\n\n{text}", "roles")
    assert [f.severity for f in found] == severities, [f.message for f in found]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("sud-africain", "Sud Africain"),
        ("vice-président", "vice président"),
        ("avant-dernier", "avant dernier"),
        ("Saint-Denis", "St Denis"),
        ("Sainte-Marie", "Ste-Marie"),
        ("co-rapporteur", "corapporteur"),
    ],
)
def test_one_compound_key_whatever_joins_its_words(one: str, other: str) -> None:
    assert compound_key(one) == compound_key(other)
    assert re.search(compound_pattern(one), fold(f"à {other}, hier")) is not None


def test_compound_keys_keep_other_words_apart() -> None:
    assert compound_key("Saint-Denis") != compound_key("Saint-Malo")
    assert re.search(compound_pattern("Saint-Denis"), fold("les saint-denisiens")) is None


@pytest.mark.parametrize(
    ("word", "land"),
    [
        ("Francais", "France"),
        ("Kenyan", "Kenya"),
        ("srilankaises", "Sri Lanka"),
        ("Azérie", "Azerbaïdjan"),
        ("Bermudiennes", "Bermudes"),
        ("Grande-Bretagne", "Royaume-Uni"),
        ("USA", "États-Unis"),
    ],
)
def test_a_nationality_or_a_country_in_any_form(word: str, land: str) -> None:
    assert country(word) == land


def test_a_surname_is_no_country_word() -> None:
    assert country("Hollande") is None and nationality("Hollande") is None
    assert country_named("la Hollande".split()[-1]) == "Pays-Bas"


def test_a_country_holds_its_parts_only() -> None:
    assert holds("Royaume-Uni", "Écosse") and not holds("Écosse", "Royaume-Uni")
    assert not holds("Royaume-Uni", "Irlande")


JUDO = Pairs(
    "judo",
    """Judo : Ana Ruiz en argent à Zagreb

3 juin 2024. – La vice-championne du monde Ana Ruiz a pris l'argent dimanche à Zagreb, battue \
en finale par la Japonaise Emi Sato.""",
)


@pytest.mark.parametrize(
    ("text", "severities"),
    [
        ("La vice championne du monde Ana Ruiz a pris l'argent dimanche à Zagreb.", []),
        ("La vicechampionne du monde Ana Ruiz a pris l'argent dimanche à Zagreb.", []),
        ("La championne du monde Ana Ruiz a pris l'argent dimanche à Zagreb.", ["hard"]),
        ("La vice-championne olympique Ana Ruiz a pris l'argent dimanche à Zagreb.", ["hard"]),
    ],
)
def test_a_sporting_title_whatever_joins_its_words(text: str, severities: list[str]) -> None:
    found = JUDO.findings(f"Ana Ruiz en argent\n\n{text}", "roles")
    assert [f.severity for f in found] == severities, [f.message for f in found]


MISSION = Pairs(
    "mission",
    """ONU : la mission au Liberia prend fin

3 juin 2024. – Lors du débat, le sénateur Luc Sorel a évoqué Jean Morel, Premier ministre sous \
Paul Dufour, mort en 1993. La mission de l'ONU au Liberia coûtait 12 millions $US par an.""",
)


@pytest.mark.parametrize(
    ("text", "severities"),
    [
        # the currency the source gives by its symbol, said by its nationality
        ("Elle coûtait 12 millions de dollars américains par an.", []),
        ("Elle coûtait 12 millions de dollars canadiens par an.", ["hard"]),
        # « Premier ministre » read where the source writes it of someone named beside another
        ("Luc Sorel a évoqué l'ancien Premier ministre Jean Morel, mort en 1993.", []),
        ("Luc Sorel a évoqué l'ancien président Jean Morel, mort en 1993.", ["review"]),
    ],
)
def test_a_currency_and_a_premier_as_the_source_gives_them(
    text: str, severities: list[str]
) -> None:
    found = MISSION.findings(f"La mission au Liberia prend fin\n\n{text}", "roles")
    assert [f.severity for f in found] == severities, [f.message for f in found]


RELAY = Pairs(
    "relay",
    """Triathlon : l'Espagne remporte le relais mixte

3 juin 2024. – L'Espagne remporte le relais mixte devant la Grande Bretagne, qui prend la \
médaille d'argent.""",
)


@pytest.mark.parametrize(
    "text",
    [
        # the country the source writes in two words, named in one
        "L'Espagne gagne le relais mixte, devant la Grande-Bretagne, en argent.",
        "L'Espagne gagne le relais mixte, devant le Royaume-Uni, en argent.",
    ],
)
def test_a_country_in_two_words_is_the_one_named(text: str) -> None:
    found = RELAY.findings(f"Le relais mixte\n\n{text}", {"roles", "names", "actors"})
    assert found == [], [f.message for f in found]


def test_another_country_beside_it_is_still_flagged() -> None:
    text = "L'Italie gagne le relais mixte, devant la Grande-Bretagne, en argent."
    found = RELAY.findings(f"Le relais mixte\n\n{text}", {"roles", "names", "actors"})
    assert {(f.rule, f.severity) for f in found} == {("names", "review"), ("actors", "review")}


DUO = Pairs(
    "duo",
    """Cyclisme : deux échappés à Roubaix

3 juin 2024. – L'Irlandais Sean Kelly et le Britannique Tom Hall ont mené l'échappée jusqu'à \
Roubaix. Dans la crise qui l'oppose à l'Égypte et à l'Arabie saoudite, le gouvernement qatari a \
modifié sa loi.""",
)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # the nationality written beside his name, not a Briton's near it, is the one compared
        ("L'Écossais Sean Kelly et le Britannique Tom Hall ont mené l'échappée.", "hard"),
        # a country's adjective the sentence names as a country too is still another one
        (
            "Dans la crise qui l'oppose à l'Égypte et à l'Arabie saoudite, le gouvernement "
            "saoudien a modifié sa loi.",
            "hard",
        ),
    ],
)
def test_a_wider_country_near_is_no_excuse(text: str, severity: str) -> None:
    found = DUO.findings(f"Deux échappés\n\n{text}", "roles")
    assert [f.severity for f in found] == [severity], [f.message for f in found]
