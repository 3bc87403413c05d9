"""People, round 20 (F-B): titles read where a sentence gives none.

- A title in a phrase a preposition leads, a comma between it and a name that is the subject of
  what follows (« Pour les juges, X a … », « Selon le procureur, X … », « Aux yeux des juges, X
  … »), is whose view it is, not the person's office; an apposition the comma opens (« Selon le
  juge d'instruction, X, … ») stays the name's.
- A title word after a name with no article, acting on what follows it (« X juge la décision
  injuste », « X juge injuste la décision », « X, lui, juge « injuste » la décision »), is the verb
  « juger »; an apposition (« X, juge à Lyon, ») is an office.
- A name the restated sentence gives, said more times than there, where that sentence has
  another name of its kind the article leaves out (« En déplacement à Brive, … [à Brive] » for « En
  déplacement à Tulle, … [à Brive] »): a review (actors.mention_swaps, `_said_more`).
- Two subjects exchanged round the same word, each acted on in the other's sentence, whatever
  other words say it (« Biolam a annoncé son intention de poursuivre le syndicat » for « le
  syndicat a annoncé son intention de poursuivre Biolam »): a review (agents._subjects_turned).
- « au X », « aux X » read as « à X » (given to), a country after them where (« au Canada »), a
  noun given to none of its verb's (« a annoncé son soutien au projet »).

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

PROCES = Pairs(
    "proces",
    """Justice : l'ancien ministre Paul Vernier condamné en appel

3 mars 2025. – La cour d'appel de Lyon a condamné lundi l'ancien ministre du Budget Paul \
Vernier à deux ans de prison avec sursis pour favoritisme. La cour a estimé que Paul Vernier \
avait « sciemment » favorisé une entreprise amie lors de l'attribution d'un marché public en \
2019. L'avocat de l'ancien ministre, Marc Delorme, a annoncé un pourvoi en cassation. Le \
condamné, qui a toujours clamé son innocence, trouve la décision « injuste ».""",
)
_PEOPLE = {"roles", "names", "actors", "entities", "swaps", "agents", "paired"}


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in PROCES.findings(f"Paul Vernier condamné en appel\n\n{text}", _PEOPLE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pour les juges, Paul Vernier a « sciemment » favorisé une entreprise amie en 2019.",
        "Selon les juges, Paul Vernier avait favorisé une entreprise amie.",
        "Aux yeux des juges, Paul Vernier a favorisé une entreprise amie lors d'un marché public.",
        "Pour le juge, Paul Vernier a favorisé une entreprise amie.",
        "Selon le procureur, Paul Vernier a favorisé une entreprise amie.",
        "Paul Vernier juge la décision « injuste » et clame son innocence.",
        "Condamné, Paul Vernier juge injuste la décision de la cour d'appel.",
        "Paul Vernier, lui, juge « injuste » la décision.",
    ],
)
def test_a_view_or_a_verb_gives_no_title(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le juge Paul Vernier a favorisé une entreprise amie.",
        "Le procureur Paul Vernier a favorisé une entreprise amie.",
        "Selon le juge Paul Vernier, l'entreprise a été favorisée.",
        "Paul Vernier, juge à Lyon, a favorisé une entreprise amie.",
        "Selon le juge d'instruction, Paul Vernier, l'entreprise a été favorisée.",
    ],
)
def test_a_title_beside_the_name_is_his(text: str) -> None:
    assert _found(text) == [("roles", "hard")]


def test_an_apposition_before_a_party_s_name_is_an_office() -> None:
    # « Les Républicains » after the title: a party's name, not the object of a verb
    found = _found(
        "Paul Vernier, sénateur Les Républicains de Lyon, a favorisé une entreprise amie."
    )
    assert ("roles", "hard") in found


# --- a name said again where the source has another (actors.mention_swaps), one subject for
# another round one word (agents._subjects_turned) -------------------------------------------

VISITE = Pairs(
    "visite",
    """Industrie : le ministre à Tulle, les syndicats inquiets

4 avril 2025. – En déplacement à Tulle, le ministre de l'Industrie a lancé aux syndicats de la \
fonderie : « Au lieu de bloquer l'usine, allez voir s'il n'y a pas des postes [à Brive] ». Il \
faisait ainsi référence aux quarante postes ouverts dans une usine voisine. L'Italie a fermé \
son marché aux pièces françaises, et l'essentiel du métal, qui venait d'Espagne, manque \
désormais. Le 3 mars, le syndicat des fondeurs a annoncé son intention de poursuivre Biolam \
pour concurrence déloyale. Le groupe Biolam dément tout manquement. Brive compte déjà trois \
fonderies.""",
)
_WHO = {"actors", "swaps", "agents", "entities", "paired"}


def _whom(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in VISITE.findings(f"Le ministre à Tulle, le 3 mars\n\n{text}", _WHO)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "En déplacement à Tulle, le ministre de l'Industrie a lancé aux syndicats de la fonderie : "
        "« Au lieu de bloquer l'usine, allez voir s'il n'y a pas des postes [à Brive] ».",
        "En déplacement à Tulle, le ministre a invité les syndicats à chercher des postes à Brive, "
        "« à Brive », plutôt que de bloquer l'usine.",
        "À Tulle, le ministre a invité les syndicats de la fonderie à chercher des postes à Brive "
        "plutôt que de bloquer l'usine.",
        "L'Italie a fermé son marché aux pièces françaises ; l'Italie prive ainsi la fonderie de "
        "débouchés, et le métal venu d'Espagne manque.",
        "Le métal venait pour l'essentiel d'Espagne ; depuis que l'Italie a fermé son marché, il "
        "manque.",
        "Brive compte déjà trois fonderies, et Brive en espère une quatrième.",
        "Le 3 mars, le syndicat des fondeurs a fait part de sa volonté de poursuivre Biolam pour "
        "concurrence déloyale.",
        "Biolam sera poursuivi pour concurrence déloyale, a annoncé le 3 mars le syndicat des "
        "fondeurs.",
        "Le 3 mars, le syndicat des fondeurs a annoncé qu'il poursuivrait Biolam pour concurrence "
        "déloyale.",
        "Le 3 mars, le syndicat des fondeurs a annoncé vouloir attaquer Biolam en justice pour "
        "concurrence déloyale.",
        "Le groupe Biolam, que le syndicat des fondeurs a annoncé vouloir poursuivre le 3 mars, "
        "dément tout manquement.",
        "Le 3 mars, Biolam a appris que le syndicat des fondeurs comptait le poursuivre pour "
        "concurrence déloyale.",
    ],
)
def test_names_in_their_own_places(text: str) -> None:
    assert _whom(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "En déplacement à Brive, le ministre de l'Industrie a lancé aux syndicats de la "
            "fonderie : « Au lieu de bloquer l'usine, allez voir s'il n'y a pas des postes [à "
            "Brive] ».",
            "actors",
        ),
        (
            "L'Italie a fermé son marché aux pièces françaises, et l'essentiel du métal, qui "
            "venait d'Italie, manque désormais.",
            "actors",
        ),
        (
            "Le 3 mars, Biolam a annoncé son intention de poursuivre le syndicat des fondeurs pour "
            "concurrence déloyale.",
            "agents",
        ),
    ],
)
def test_one_name_for_another_is_a_review(text: str, rule: str) -> None:
    assert _whom(text) == [(rule, "review")]


# --- « au X », « aux X » read as « à le X », « à les X »: given to, unless a country (where) ----

RACHAT = Pairs(
    "rachat",
    """Informatique : Lumio racheté par le fonds Varenne

5 mai 2025. – L'éditeur de logiciels Lumio, qui appartenait jusqu'ici au groupe Novalis, a été \
racheté lundi par le fonds d'investissement Varenne pour 300 millions d'euros. Le fonds avait \
déjà versé une avance au groupe Novalis en mars, au cours des négociations. Le président de \
Novalis, Marc Ferrand, a annoncé son soutien au projet depuis Montréal, au Canada. Aux \
États-Unis, le rachat doit encore être approuvé par les autorités de la concurrence.""",
)


def _given(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity) for f in RACHAT.findings(f"Lumio racheté par Varenne\n\n{text}", _WHO)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lumio, qui appartenait jusqu'ici au groupe Novalis, a été racheté lundi par le fonds "
        "d'investissement Varenne pour 300 millions d'euros.",
        "Le fonds Varenne a racheté lundi Lumio, propriété jusqu'ici du groupe Novalis, pour 300 "
        "millions d'euros.",
        "Au cours des négociations, en mars, le fonds avait déjà versé une avance au groupe "
        "Novalis.",
        "En mars, le groupe Novalis avait déjà reçu une avance du fonds.",
        "Depuis Montréal, au Canada, Marc Ferrand, président de Novalis, a annoncé son soutien au "
        "projet.",
        "Aux États-Unis, les autorités de la concurrence doivent encore approuver le rachat.",
    ],
)
def test_given_to_as_the_source_gives(text: str) -> None:
    assert _given(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lumio, qui appartenait jusqu'ici au fonds d'investissement Varenne, a été racheté lundi "
        "par le groupe Novalis pour 300 millions d'euros.",
        "Le groupe Novalis avait déjà versé une avance au fonds en mars, au cours des "
        "négociations.",
    ],
)
def test_given_to_the_other_is_flagged(text: str) -> None:
    assert _given(text) == [("agents", "hard")]
