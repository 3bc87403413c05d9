"""Which people and places (engine.gate.slots.entities), read relationally: one source person
in the place of another where all the other names agree, and two source names exchanged (each
where the other depends on, or beside the other's figure), are certain; a person the sentence
leaves out but gives as « elle », or a noun of the source it puts a name on, is no swap.

A source of our own; each distortion edits one sentence of an honest rewrite and must draw the
hard finding that names the swap; each honest variant must draw no `entities` finding at all.
"""

from __future__ import annotations

from functools import partial

from engine.gate.slots.entities import Name, _exchanged
from scripts.fidelity_eval import Variant
from tests.pairs import CERTAIN, Case, Pairs, blocking, each

SOURCE = """Cyclisme : Léa Bonnet remporte le Tour de Bretagne

Léa Bonnet a remporté dimanche le Tour de Bretagne devant Marie Caron et Julie Perrin. Trois \
coureuses ont abandonné pendant la course : Anne Roux, Claire Dumas et Sophie Lenoir. Marie Caron, \
partie de Rennes, a rejoint Brest en tête du peloton. Au classement par équipes, Lorient a dominé \
tandis que Quimper a déçu. Les audiences progressent en Bretagne (+4,2 %) et en Normandie \
(+3,1 %). Sa coéquipière a félicité Léa Bonnet à l'arrivée. La dernière étape s'est courue de \
Vannes à Lorient sous la pluie."""

HONEST = """Léa Bonnet gagne le Tour de Bretagne

Dimanche, Léa Bonnet s'est imposée sur le Tour de Bretagne, devant Marie Caron et Julie Perrin. \
Pendant la course, trois coureuses ont abandonné : Anne Roux, Claire Dumas et Sophie Lenoir. \
Partie de Rennes, Marie Caron a rejoint Brest en tête du peloton. Au classement par équipes, \
Lorient a dominé, tandis que Quimper a déçu. Les audiences progressent en Bretagne (+4,2 %) et en \
Normandie (+3,1 %). Sa coéquipière a félicité Léa Bonnet à l'arrivée. La dernière étape s'est \
courue de Vannes à Lorient sous la pluie."""


PAIRS = Pairs("entities", SOURCE, HONEST)
variant = partial(PAIRS.variant, "entities")
DISTORTIONS = [
    # one name out of a list, another source person in: the others agree
    variant("Claire Dumas et Sophie Lenoir", "Claire Dumas et Julie Perrin",
            "names Julie Perrin where the source names Sophie Lenoir"),
    # the one person of the sentence, another source person in her place
    variant("Partie de Rennes, Marie Caron", "Partie de Rennes, Julie Perrin",
            "names Julie Perrin where the source names Marie Caron"),
    # two source names exchanged: the figures beside them, what they depend on
    variant("en Bretagne (+4,2 %) et en Normandie (+3,1 %)",
            "en Normandie (+4,2 %) et en Bretagne (+3,1 %)", "it exchanges them"),
    variant("Lorient a dominé, tandis que Quimper", "Quimper a dominé, tandis que Lorient",
            "it exchanges them"),
    variant("Partie de Rennes, Marie Caron a rejoint Brest",
            "Partie de Brest, Marie Caron a rejoint Rennes", "it exchanges them"),
    # the two ends of a way
    variant("La dernière étape s'est courue de Vannes à Lorient",
            "Pour la dernière étape, les coureuses sont parties de Lorient pour rejoindre Vannes",
            "it exchanges them"),
]  # fmt: skip
HONEST_VARIANTS = [
    # the person left out is there as the subject pronoun; a name put on a source noun
    variant("Sa coéquipière a félicité Léa Bonnet à l'arrivée.",
            "À l'arrivée, elle a été félicitée par Julie Perrin."),
    variant("Sa coéquipière a félicité Léa Bonnet à l'arrivée.",
            "À l'arrivée, sa coéquipière Julie Perrin l'a félicitée."),
    # the same names in the same places, said another way
    variant("Partie de Rennes, Marie Caron a rejoint Brest",
            "Marie Caron a rallié Brest au départ de Rennes"),
    variant("Les audiences progressent en Bretagne (+4,2 %) et en Normandie (+3,1 %).",
            "L'audience gagne 4,2 % en Bretagne et 3,1 % en Normandie."),
    variant("La dernière étape s'est courue de Vannes à Lorient",
            "Pour la dernière étape, les coureuses sont parties de Vannes pour rejoindre Lorient"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_entities_finding() -> None:
    PAIRS.draws_nothing(HONEST, "entities")


@each(DISTORTIONS)
def test_a_source_name_in_the_place_of_another_is_hard(case: Case) -> None:
    PAIRS.draws(case, None, CERTAIN)


@each(HONEST_VARIANTS)
def test_a_name_left_out_but_there_unnamed_draws_nothing(case: Case) -> None:
    PAIRS.draws_nothing(case, "entities")


# --- the name in the main verb's slot, and the nationality of a noun --------------------------

SOURCE_2 = """Défense : manœuvres conjointes au large de la Crète

Mardi, l'armée grecque a mené des manœuvres au large de la Crète avec l'appui de la marine \
italienne. Le ministre Paul Durand a salué l'exercice depuis Athènes. Marie Lenoir dirige la \
mission de surveillance des pêches côtières, et Jean Morel commande la flotte de soutien. Le \
porte-parole Luc Garnier a détaillé devant la presse le calendrier des opérations, les effectifs \
engagés et leur coût. À la fin de la semaine, les navires de la mission ont rejoint Malte pour \
une escale."""

HONEST_2 = """Des manœuvres au large de la Crète

Mardi, l'armée d'Athènes a mené des manœuvres au large de la Crète, appuyée par la marine \
italienne. Depuis Athènes, le ministre Paul Durand a salué l'exercice. Marie Lenoir est à la tête \
de la mission de surveillance des pêches côtières. La flotte de soutien obéit à Jean Morel. À la \
fin de la semaine, les navires de la mission ont gagné Malte pour une escale."""

PAIRS_2 = Pairs("entities-2", SOURCE_2, HONEST_2)
DISTORTIONS_2 = [
    # the subject of the main verb: another source person, the source's left out (the other
    # name of that source sentence is left out too, in the next sentence of the article)
    variant("Marie Lenoir est à la tête", "Luc Garnier est à la tête",
            "names Luc Garnier where the source names Marie Lenoir"),
    # the object of the main verb: another source place, the source's left out
    variant("ont gagné Malte pour une escale", "ont gagné la Crète pour une escale",
            "names Crète where the source names Malte"),
    # a nationality on the noun the source gives another one (the sentence leaves out a third)
    variant("appuyée par la marine italienne", "appuyée par la marine espagnole",
            "says «espagnol» where the source says «italien»"),
]  # fmt: skip
HONEST_VARIANTS_2 = [
    variant("Marie Lenoir est à la tête", "C'est Marie Lenoir qui est à la tête"),
    variant("Marie Lenoir est à la tête de la mission de surveillance des pêches côtières.",
            "Sous les yeux du porte-parole Luc Garnier, Marie Lenoir est à la tête de la mission "
            "de surveillance des pêches côtières."),
    variant("ont gagné Malte pour une escale",
            "ont quitté les eaux de la Crète pour une escale à Malte"),
    variant("appuyée par la marine italienne", "appuyée par des navires italiens"),
    variant("appuyée par la marine italienne", "appuyée par la marine de l'Italie"),
]  # fmt: skip


def test_the_second_honest_rewrite_draws_no_entities_finding() -> None:
    PAIRS_2.draws_nothing(HONEST_2, "entities")


@each(DISTORTIONS_2)
def test_a_source_name_in_the_main_verbs_slot_of_another_is_flagged(case: Case) -> None:
    # « l'armée d'Athènes » keeps the source's Greece by its capital: the nationality is then
    # one for one, a swap `roles` names (as the entities slot leaves it to)
    PAIRS_2.draws(case, ("entities", "roles"))


@each(HONEST_VARIANTS_2)
def test_the_same_names_in_the_main_slots_draw_nothing(case: Case) -> None:
    PAIRS_2.draws_nothing(case, "entities")


# A name said otherwise is the same name: the source's own misspelling of it (« Haverskamp » in
# one sentence, « Haverkamp » in another: one letter more, or two swapped), or its acronym said
# for the full name the sentence gives, and the full name for its acronym (issue 19, round 6).
TENNIS_SOURCE = """Tennis : Anna Kowalczyk en finale à Lyon

14 mai 2025. – La Polonaise Anna Kowalczyk s'est qualifiée samedi pour la finale de l'Open de \
Lyon en battant l'Allemande Julia Haverkamp en trois sets. Elle affrontera dimanche la Tchèque \
Petra Novakova, tête de série numéro un. Julia Haverskamp avait éliminé la tenante du titre, \
Marta Silvano, au tour précédent. Les retards de la fédération dans ses comptes ont conduit l' \
Union européenne a revoir la subvention qu'elle accorde au tournoi. L'UE demande un audit avant \
juin."""
TENNIS_HONEST = """Anna Kowalczyk en finale à Lyon

Samedi, la Polonaise Anna Kowalczyk a battu l'Allemande Julia Haverkamp en trois sets pour se \
qualifier pour la finale de l'Open de Lyon. Dimanche, elle affrontera la Tchèque Petra Novakova, \
tête de série numéro un. Au tour précédent, Julia Haverkamp avait éliminé la tenante du titre, \
Marta Silvano. Les retards de la fédération dans ses comptes ont conduit l'Union européenne à \
revoir la subvention qu'elle accorde au tournoi. Elle demande un audit avant juin."""
TENNIS = Pairs("entities-tennis", TENNIS_SOURCE, TENNIS_HONEST)
SAID_OTHERWISE = [
    # the honest rewrite itself: « Haverkamp » where this sentence of the source misspells it
    TENNIS_HONEST,
    # two letters swapped
    TENNIS.variant("honest", "Au tour précédent, Julia Haverkamp",
                   "Au tour précédent, Julia Havreskamp"),
    # the acronym for the full name, and the full name for the acronym
    TENNIS.variant("honest", "ont conduit l'Union européenne", "ont conduit l'UE"),
    TENNIS.variant("honest", "Elle demande un audit", "L'Union européenne demande un audit"),
]  # fmt: skip


@each(SAID_OTHERWISE, lambda case: case.replace if isinstance(case, Variant) else "honest")
def test_a_name_misspelt_or_said_by_its_acronym_is_the_same_name(case: Case) -> None:
    TENNIS.draws_nothing(case, "entities")


def test_another_source_person_in_for_a_misspelt_one_is_still_caught() -> None:
    swap = TENNIS.variant(
        "swap people",
        "Au tour précédent, Julia Haverkamp",
        "Au tour précédent, Petra Novakova",
        "names Petra Novakova where the source names Julia Haverskamp",
    )
    TENNIS.draws_one(swap, "entities", blocking("entities"))


def _name(kind: str, word: str, at: str) -> Name:
    return Name(kind, frozenset({word}), word.title(), ("obl", at), at=at)


@each(["PER", "ORG"])
def test_two_names_the_source_tags_of_two_kinds_are_no_pair_to_exchange(case: str) -> None:
    # « chez Arnys, le tailleur où François Fillon avait été habillé » for the source's « s'est
    # fait offrir chez Arnys … comme François Fillon »: the NER reads the shop a person in the
    # article, a group in the source; two people each in the other's place are exchanged
    mine = [_name("PER", "arnys", "offrir"), _name("PER", "fillon", "habiller")]
    theirs = [_name(case, "arnys", "costume"), _name("PER", "fillon", "offrir")]
    found = [c.problem for c in _exchanged(mine, theirs)]
    assert found == (
        ["names Arnys where the source names Fillon: it exchanges them"] if case == "PER" else []
    )
