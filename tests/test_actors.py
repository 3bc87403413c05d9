"""Actors and names (engine.gate.claims.actors): a name of the source said another way is no
new name, and a part of a place or the story's setting is no place to swap; a source name in
the place of another still is.

A source of our own; each honest sentence says a name of it another way and must draw no
finding of the name rules at all (review included: a false review spends the editor's
attention); each distortion puts one source name where the sentence it restates has another.
"""

from __future__ import annotations

from functools import partial

from engine.gate.findings import Finding
from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Un incendie ferme un tunnel

12 mars 2024. – Un incendie s'est déclaré vers 8 heures dans le tunnel de Fourvière, au niveau \
de l'échangeur Nord, après l'accident d'un poids lourd. Le préfet du Rhône, Pascal Mailhos, a \
ordonné la fermeture du tunnel. Le chauffeur, un transporteur de Nantes, est indemne. Les \
frères Dupnot, pompiers volontaires, ont été les premiers sur place. Julien, l'aîné, a été \
légèrement blessé. La sénatrice Élise Morel a demandé une enquête, selon un journaliste du \
Progrès. Les habitants de Villeurbanne ont été invités à rester chez eux. La circulation a été \
détournée vers Vienne. Le tunnel traverse la colline qui domine Lyon."""

HONEST = """Incendie dans le tunnel de Fourvière

Vers 8 heures, un incendie s'est déclaré dans le tunnel de Fourvière, après l'accident d'un \
poids lourd. Le préfet du Rhône, Pascal Mailhos, a ordonné la fermeture du tunnel. Le \
chauffeur, un transporteur de Nantes, est indemne. Les frères Dupnot, pompiers volontaires, ont \
été les premiers sur place. Julien, l'aîné, a été légèrement blessé. La sénatrice Élise \
Morel a demandé une enquête, selon un journaliste du Progrès. Les habitants de Villeurbanne ont \
été invités à rester chez eux. La circulation a été détournée vers Vienne. Le tunnel traverse la \
colline qui domine Lyon."""

RULES = ("actors", "names", "entities")


PAIRS = Pairs("actors", SOURCE, HONEST)
variant = partial(PAIRS.variant, "actors")
HONEST_VARIANTS = [
    # a source place beside a point of the compass the source names
    variant("dans le tunnel de Fourvière,", "dans le tunnel de Fourvière, à Lyon,"),
    # the source's misspelt name, spelt right
    variant("Les frères Dupnot", "Les frères Dupont"),
    # the source's newspaper with its article; an institution by its common noun
    variant("selon un journaliste du Progrès", "selon un journaliste interrogé par Le Progrès"),
    variant("Le préfet du Rhône, Pascal", "Le représentant de l'État, Pascal"),
    # the people of a source place; the house of a source senator
    variant("un transporteur de Nantes", "un Nantais"),
    variant("a demandé une enquête", "a demandé une enquête au Sénat"),
]
DISTORTIONS = [
    variant("détournée vers Vienne", "détournée vers Villeurbanne", "names Villeurbanne"),
    variant("Le préfet du Rhône", "Le préfet de l'Isère", "Isère"),
    variant("selon un journaliste du Progrès", "selon un journaliste de La Croix", "Croix"),
]


def names(found: list[Finding]) -> list[str]:
    return [f.message for f in found if f.rule in RULES]


def test_the_honest_rewrite_draws_no_name_finding() -> None:
    PAIRS.draws_nothing(HONEST, RULES)


@each(HONEST_VARIANTS)
def test_a_source_name_said_another_way_draws_no_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, RULES)


@each(DISTORTIONS)
def test_a_name_in_the_place_of_the_sources_is_flagged(case: Case) -> None:
    PAIRS.draws(case, RULES)


def test_a_heading_keeping_one_actor_names_the_other_loosely() -> None:
    """« PSG – Fenix Toulouse : Paris devant de bout en bout » restates « Le PSG Handball et
    Montpellier ont obtenu leur qualification … » (blind honest w1-b): Paris is the PSG, not in
    Montpellier's place."""
    from tests.test_precision import fidelity as on_source

    found = on_source("w1-b", "## PSG – Fenix Toulouse : Paris devant de bout en bout", "Texte.")
    assert names(found) == []


# --- whom the source's « il » stands for: a named actor given its act is another person

PRONOUN_SOURCE = """Cyclisme : Karim Delmas gagne à Albi

12 juillet 2024. – Le jeune coureur Karim Delmas a remporté la onzième étape à Albi. De plus, \
il porte depuis plusieurs jours le maillot à pois du meilleur grimpeur.

Hugo Ferrand conserve le maillot jaune et possède neuf secondes d'avance sur Marc Olivier."""

PRONOUN_PAIRS = Sentences("pronoun", PRONOUN_SOURCE, "Karim Delmas gagne à Albi")


def test_another_person_given_the_act_of_the_source_s_il_is_flagged() -> None:
    text = (
        "Autre motif de satisfaction pour lui : depuis plusieurs jours, Hugo Ferrand porte le "
        "maillot à pois du meilleur grimpeur."
    )
    PRONOUN_PAIRS.draws(text, "actors", "review", "Karim Delmas")


def test_the_person_the_source_s_il_stands_for_draws_nothing() -> None:
    text = (
        "Autre motif de satisfaction pour lui : depuis plusieurs jours, Karim Delmas porte le "
        "maillot à pois du meilleur grimpeur."
    )
    PRONOUN_PAIRS.draws_nothing(text, "actors")
