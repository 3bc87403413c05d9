"""Who did what to whom (engine.gate.slots.agents), read through light verbs, nouns and
infinitives: a source name made the agent of the word the source makes it undergo (or the
reverse) is certain; the same roles said in the passive, with another verb, or by an infinitive
whose subject undergoes it, are not.

A source of our own; each distortion edits one sentence of an honest rewrite and must draw a
hard `agents` finding (or review where the sentence's alignment is not sure); each honest
variant must draw no `agents` finding at all.
"""

from __future__ import annotations

from functools import partial

from tests.pairs import Case, Pairs, Sentences, blocking, each

SOURCE = """Rugby : Toulouse remporte la finale du championnat

Toulouse a remporté samedi la finale du championnat face à Clermont. Le club avait reçu le \
soutien de Paul Girard, son ancien capitaine, avant la rencontre. Dans les dernières minutes, \
Antoine Roche a pris l'avantage sur Hugo Martin pour marquer l'essai décisif. Le président de la \
ligue, Marc Leroy, a ensuite accru la pression sur l'arbitre Louis Petit. Après le match, Hugo \
Martin a contacté Antoine Roche pour le féliciter. Au tableau d'honneur, Antoine Roche a brillé \
toute la saison. Dimanche dernier, il a remporté face à Hugo Martin la finale de la coupe \
régionale."""

HONEST = """Toulouse champion face à Clermont

Samedi, Toulouse a remporté la finale du championnat face à Clermont. Avant la rencontre, le club \
avait reçu le soutien de Paul Girard, son ancien capitaine. Dans les dernières minutes, Antoine \
Roche a pris l'avantage sur Hugo Martin pour marquer l'essai décisif. Le président de la ligue, \
Marc Leroy, a ensuite accru la pression sur l'arbitre Louis Petit. Après le match, Hugo Martin a \
contacté Antoine Roche pour le féliciter. Au tableau d'honneur, Antoine Roche a brillé toute la \
saison. Dimanche dernier, il a remporté face à Hugo Martin la finale de la coupe \
régionale."""


PAIRS = Pairs("agents", SOURCE, HONEST)
variant = partial(PAIRS.variant, "agents")
# Certain (hard): both places of the source's own word exchanged on a near-minimal pair
EXCHANGED = [
    # « accroître la pression sur X »: X undergoes the verb
    variant("Marc Leroy, a ensuite accru la pression sur l'arbitre Louis Petit",
            "Louis Petit, a ensuite accru la pression sur le président Marc Leroy"),
    variant("Antoine Roche a pris l'avantage sur Hugo Martin pour marquer",
            "Hugo Martin a pris l'avantage sur Antoine Roche pour marquer"),
    variant("Hugo Martin a contacté Antoine Roche pour le féliciter",
            "Hugo Martin a été contacté par Antoine Roche pour le féliciter"),
]  # fmt: skip
# Likely (review): one place read alone, or through another word (a converse said otherwise)
DISTORTIONS = [
    # the noun of a light verb turned round: who gives, who gets
    variant("avait reçu le soutien de Paul Girard", "avait apporté son soutien à Paul Girard"),
    # an infinitive's subject is its verb's: who devances whom
    variant("Antoine Roche a pris l'avantage sur Hugo Martin pour marquer",
            "Hugo Martin a placé une accélération pour devancer Antoine Roche et marquer"),
    # the one acted on is someone the source gives as « il », not the one it names
    variant("Dimanche dernier, il a remporté face à Hugo Martin la finale",
            "Dimanche dernier, Hugo Martin a battu Antoine Roche en finale"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("Hugo Martin a contacté Antoine Roche pour le féliciter",
            "Antoine Roche a été contacté par Hugo Martin, qui voulait le féliciter"),
    variant("Antoine Roche a pris l'avantage sur Hugo Martin pour marquer",
            "Hugo Martin a fini par être devancé par Antoine Roche, qui a marqué"),
    variant("le club avait reçu le soutien de Paul Girard, son ancien capitaine",
            "Paul Girard, l'ancien capitaine, avait apporté son soutien au club"),
    variant("Dimanche dernier, il a remporté face à Hugo Martin la finale",
            "Dimanche dernier, Antoine Roche a battu Hugo Martin en finale"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_agents_finding() -> None:
    PAIRS.draws_nothing(HONEST, "agents")


@each(EXCHANGED)
def test_both_places_of_one_word_exchanged_are_certain(case: Case) -> None:
    PAIRS.draws_first(case, "agents", blocking("agents"), "the source says the reverse")


@each(DISTORTIONS)
def test_roles_turned_round_through_other_words_are_reviews(case: Case) -> None:
    PAIRS.draws_first(case, "agents", "review", "the source says the reverse")


@each(HONEST_VARIANTS)
def test_the_same_roles_said_another_way_draw_nothing(case: Case) -> None:
    PAIRS.draws_nothing(case, "agents")


# --- a group in brackets, a participle « par X », a verb of saying whose subject stands before
# it, and a converse verb (« perdre face à X » for « X a pris »)

SOURCE_2 = """Conflit : les rebelles reprennent la vallée de Kessa

Appuyés par l'aviation, les rebelles ont pris à l'Armée populaire (AP) la vallée de Kessa et ses \
trois villages. Après avoir distancé Karim Haddad, le convoi de Samir Nasser a atteint la ville de \
Kessa à l'aube. Le Kessa a été reconnu par douze pays comme une région autonome. L'organisation \
dénonce la répartition inégale de l'aide alimentaire par le Conseil local, tandis que le blocus \
des routes est imposé par l'Armée populaire."""

HONEST_2 = """Les rebelles reprennent la vallée de Kessa

Avec l'appui de l'aviation, les rebelles ont pris la vallée de Kessa et ses trois villages à \
l'Armée populaire (AP). Après avoir distancé Karim Haddad, le convoi de Samir Nasser a atteint la \
ville de Kessa à l'aube. Douze pays ont reconnu le Kessa comme une région autonome. L'organisation \
dénonce la répartition inégale de l'aide alimentaire par le Conseil local, alors que le blocus des \
routes est imposé par l'Armée populaire."""

PAIRS_2 = Pairs("agents-2", SOURCE_2, HONEST_2)
DISTORTIONS_2 = [
    # the group named in brackets after its name: it acts where the source has it undergo
    variant("les rebelles ont pris la vallée de Kessa et ses trois villages à l'Armée populaire "
            "(AP)", "l'AP a pris aux rebelles la vallée de Kessa et ses trois villages"),
    # « distancé par X », a participle: X acts
    variant("Après avoir distancé Karim Haddad, le convoi",
            "Distancé par Karim Haddad, le convoi"),
    # a verb of saying (« reconnaître ») whose subject stands before it: read, and turned round
    variant("Douze pays ont reconnu le Kessa", "Le Kessa a reconnu douze pays"),
]  # fmt: skip
HONEST_VARIANTS_2 = [
    variant("Douze pays ont reconnu le Kessa", "Le Kessa a été reconnu par douze pays"),
    variant("Après avoir distancé Karim Haddad, le convoi de Samir Nasser a atteint",
            "Karim Haddad a été distancé par le convoi de Samir Nasser, qui a atteint"),
    variant("dénonce la répartition inégale de l'aide alimentaire par le Conseil local",
            "dénonce la façon inégale dont le Conseil local répartit l'aide alimentaire"),
    variant("les rebelles ont pris la vallée de Kessa et ses trois villages à l'Armée populaire "
            "(AP)", "l'AP a perdu la vallée de Kessa et ses trois villages face aux rebelles"),
]  # fmt: skip


def test_the_second_honest_rewrite_draws_no_agents_finding() -> None:
    PAIRS_2.draws_nothing(HONEST_2, "agents")


@each(DISTORTIONS_2)
def test_roles_turned_round_through_brackets_par_and_saying_are_flagged(case: Case) -> None:
    PAIRS_2.draws(case, "agents", fragment="")  # any finding


@each(HONEST_VARIANTS_2)
def test_the_same_roles_through_brackets_par_and_saying_draw_nothing(case: Case) -> None:
    PAIRS_2.draws_nothing(case, "agents")


# --- the voice read from the auxiliary, and no role through an inverted subject of saying -----

SOURCE_3 = """Cyclisme : le Belge reclassé troisième

Deux heures après l'arrivée et un examen des images par les commissaires, le Belge est finalement \
classé troisième. Son avocat a contesté ces accusations, affirmant que Mme Durand aurait « agi \
dans les règles » . « C'est ça la force du projet » a déclaré le nouveau ministre des sports, Paul \
Girard."""

HONEST_3 = """Le Belge reclassé troisième

Deux heures après l'arrivée, après un examen des images par les commissaires, le Belge a \
finalement été classé troisième. Selon son avocat, Mme Durand aurait « agi dans les règles ». Le \
ministre Paul Girard, lui, y voit « la force du projet »."""

PAIRS_3 = Pairs("agents-3", SOURCE_3, HONEST_3)


def test_a_passive_said_with_etre_alone_an_avoir_tense_and_a_quoted_saying_draw_nothing() -> None:
    """« est classé » is a passive as « a été classé » is; « aurait agi » has an agent, read
    « nsubj:pass » by the parser; « a déclaré le ministre » inverts its subject: no patient."""
    PAIRS_3.draws_nothing(HONEST_3, "agents")


# --- what one takes is what comes to them; a name the tagger reads as a verb acts on nothing ---
# (issue 19, round 5: « L'Autrichienne a pris la troisième place » for « La troisième place revient
# à l'Autrichienne »; « selon Novaïa Gazeta », « Novaïa » read as a verb)

SOURCE_4 = """Cyclisme : Yann Le Goff vainqueur à Quimper

La victoire finale du Tour du Finistère revient à Yann Le Goff, devant le Normand Paul Martin. La \
troisième place revient à l'Espagnol Jorge Ruiz, qui offre à son équipe un premier podium. Le \
prix de la combativité échoit à Malo Kervella, jeune Lorientais. Selon le quotidien Ouest-France, \
Yann Le Goff a attaqué Paul Martin à dix kilomètres de l'arrivée."""

TAKEN = [
    "Yann Le Goff a remporté la victoire finale du Tour du Finistère, devant le Normand Paul "
    "Martin.",
    "L'Espagnol Jorge Ruiz a pris la troisième place, offrant à son équipe un premier podium.",
    "Malo Kervella, jeune Lorientais, a obtenu le prix de la combativité.",
    "Malo Kervella a remporté le prix de la combativité.",
]


RACE = Sentences("agents-4", SOURCE_4, "Le Goff vainqueur à Quimper")


@each(TAKEN)
def test_what_one_takes_for_what_comes_to_them_draws_nothing(case: Case) -> None:
    RACE.draws_nothing(case, "agents")


def test_who_attacked_whom_turned_round_is_still_flagged() -> None:
    RACE.draws(
        "Selon le quotidien Ouest-France, Paul Martin a attaqué Yann Le Goff à dix kilomètres "
        "de l'arrivée.",
        "agents",
        fragment="makes Paul Martin act on «attaquer»",
    )


SOURCE_5 = """Russie : un rapport sur des prisons secrètes en Tchétchénie

Le journal russe Novaïa Gazeta a publié un rapport au début du mois affirmant que la Tchétchénie \
détient des opposants dans des prisons secrètes à Argoun. Le Kremlin a démenti ces accusations \
lundi."""

HONEST_5 = """Des prisons secrètes en Tchétchénie

Le Kremlin a démenti lundi les accusations d'un journal russe.

## Des « prisons secrètes » à Argoun, selon Novaïa Gazeta

Le journal russe Novaïa Gazeta a publié au début du mois un rapport sur des prisons secrètes."""


def test_a_name_the_tagger_reads_as_a_verb_acts_on_nothing() -> None:
    """« Novaïa » read as a verb (« novaïer ») whose subject is « Gazeta »."""
    Pairs("agents-5", SOURCE_5, HONEST_5).draws_nothing(HONEST_5, "agents")


# --- what strikes someone is what they go through (lexicon `converses`: « toucher » and
# « connaître »): the same roles, no finding

SOURCE_3 = """Carburant : la pénurie s'étend

25 mai 2016. – Depuis le 20 mai, une pénurie d'essence touche la Bretagne. Les grèves frappent \
aussi les raffineries de Normandie."""

PAIRS_3 = Sentences("agents-3", SOURCE_3, "La pénurie d'essence s'étend")


def test_what_strikes_said_as_what_is_gone_through_draws_nothing() -> None:
    PAIRS_3.draws_nothing("Depuis le 20 mai, la Bretagne connaît une pénurie d'essence.", "agents")
    PAIRS_3.draws_nothing("Les raffineries de Normandie subissent aussi les grèves.", "agents")


# --- « être » read as a copula before a participle (issue 19, round 10): « Léa Morin est nommée
# directrice » undergoes « nommer » as « a été nommée » does; a verb that takes « être » in the
# past (« est arrivée ») keeps its subject an agent

SOURCE_6 = """Conseil régional : une nouvelle équipe

Le président du conseil régional, Paul Garnier, a nommé Léa Morin critique en matière de \
culture. Il a aussi nommé Sophie Lavoie critique en matière de santé. \
L'ancienne adjointe Claire Vidal a battu Marc Dumas aux élections du comité. Marc Dumas est \
arrivé à Rennes lundi."""

COPULA = Sentences("agents-6", SOURCE_6, "Une nouvelle équipe au conseil régional")
PASSIVES_SAID_WITH_ETRE = [
    "Léa Morin est ainsi nommée critique en matière de culture.",
    "Sophie Lavoie est ainsi nommée critique en matière de santé.",
    "Léa Morin est nommée critique en matière de culture par Paul Garnier.",
    "Marc Dumas est battu par Claire Vidal aux élections du comité.",
    "Marc Dumas est arrivé à Rennes lundi.",
]
TURNED_WITH_ETRE = [
    ("Paul Garnier est nommé critique en matière de culture par Léa Morin.", "agents"),
    ("Claire Vidal est battue par Marc Dumas aux élections du comité.", "agents"),
]


@each(PASSIVES_SAID_WITH_ETRE)
def test_a_passive_whose_etre_the_parser_reads_as_a_copula_draws_nothing(case: Case) -> None:
    COPULA.draws_nothing(case, "agents")


@each(TURNED_WITH_ETRE)
def test_roles_turned_round_in_a_passive_read_with_a_copula_are_flagged(case: Case) -> None:
    COPULA.draws(case, "agents", "hard", fragment="the source says the reverse")


# --- a relative « qui » that is its verb's subject stands for the noun it follows (issue 19,
# round 10): read for who does what (roles asks it), compared nowhere yet


def _relative_places(sentence: str) -> set[tuple[str, str, frozenset[str]]]:
    from engine.gate.slots import agents
    from engine.text.nlp import parse

    doc = parse([sentence])[0]
    return {(p.role, p.predicate, p.words) for p in agents.read(list(doc)) if p.relative}


def test_a_relative_subject_is_read_for_the_noun_it_follows() -> None:
    assert _relative_places("Le maire, qui a été battu par Paul Martin, a démissionné.") == {
        ("patient", "battre", frozenset({"maire"}))
    }
    assert _relative_places(
        "Claire Roux a répondu à Paul Garnier, qui avait critiqué son projet."
    ) == {("agent", "critiquer", frozenset({"paul", "garnier"}))}
    assert _relative_places("Le projet que Paul Garnier a critiqué a été adopté.") == set()
