"""Causes and consequences (engine.gate.claims.causes).

A source of our own and an honest rewrite; each distortion adds a cause or a consequence the
source never gives and must draw its `causes` finding (hard where it names two or more words the
source never uses after a marker or a causal verb of its own, a review otherwise); each honest
variant gives a link the source gives in other words, or answers its own question, and must
draw no `causes` finding.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Bretagne : une fin de semaine agitée

Le festival de Brest a été annulé en raison de la tempête. Les organisateurs ont remboursé les \
billets dès lundi. Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet. Le club de \
Lorient a perdu la finale de la coupe régionale. En effet, son gardien était blessé depuis \
trois semaines. Voici ce que le vent a laissé : des arbres arrachés et des toits envolés."""

HONEST = """Une fin de semaine agitée en Bretagne

En raison de la tempête, le festival de Brest a été annulé. Les billets ont été remboursés dès \
lundi par les organisateurs. Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet. \
Le club de Lorient a perdu la finale de la coupe régionale. Son gardien était blessé depuis trois \
semaines. Le vent a arraché des arbres et emporté des toits."""


PAIRS = Pairs("causes", SOURCE, HONEST)
variant = PAIRS.variant
HARD = [
    variant("invented cause", "le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "le maire de Quimper a inauguré le nouveau pont sur l'Odet en raison d'une visite "
            "ministérielle.", "gives a cause the source does not («en raison d'"),
    variant("invented consequence", "par les organisateurs.",
            "par les organisateurs, ce qui a provoqué la colère des commerçants.",
            "gives a consequence the source does not («provoquer"),
    # a marker contracted with its article (« due aux », « dû au »)
    variant("invented cause", "Son gardien était blessé depuis trois semaines.",
            "Son gardien était blessé depuis trois semaines, une blessure due aux pelouses "
            "synthétiques gelées.", "gives a cause the source does not («due aux"),
    # an event named, not summed up by a noun of what the text has told (« le drame »)
    variant("invented cause", "En raison de la tempête, le festival de Brest a été annulé.",
            "La tempête a frappé Brest et le festival a été annulé à la suite du conflit social.",
            "gives a cause the source does not («à la suite du"),
    # « pour raisons de », « pour cause de »: a cause as surely as « en raison de »
    variant("invented cause", "le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "le maire de Quimper a inauguré le nouveau pont sur l'Odet pour raisons de calendrier "
            "électoral.", "gives a cause the source does not («pour raisons de"),
    variant("invented cause", "le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "le maire de Quimper a inauguré le nouveau pont sur l'Odet pour cause de calendrier "
            "électoral.", "gives a cause the source does not («pour cause de"),
]  # fmt: skip
REVIEW = [
    # a consequence said by a present participle after a comma
    variant("invented consequence", "par les organisateurs.",
            "par les organisateurs, privant les hôteliers brestois de leurs réservations.",
            "consequence"),
    variant("invented consequence", "perdu la finale de la coupe régionale.",
            "perdu la finale de la coupe régionale, poussant le président du club à démissionner.",
            "consequence"),
    # a cause owed (« une défaite qu'il doit à … »)
    variant("invented cause", "perdu la finale de la coupe régionale.",
            "perdu la finale de la coupe régionale, une défaite qu'il doit à l'arbitrage tatillon.",
            "cause"),
    # a cause a verb attributes, which spaCy hangs on the verb's object (« attribué l'échec aux
    # fortes chaleurs »: « chaleurs » a complement of « échec »)
    variant("invented cause", "perdu la finale de la coupe régionale.",
            "perdu la finale de la coupe régionale, et l'entraîneur a attribué l'échec aux fortes "
            "chaleurs de la semaine.", "gives a cause the source does not («attribuer à"),
    variant("invented cause", "Les billets ont été remboursés dès lundi par les organisateurs.",
            "Les organisateurs ont attribué l'annulation aux exigences des techniciens du son.",
            "gives a cause the source does not («attribuer à"),
    variant("invented cause", "le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "le maire de Quimper a inauguré le nouveau pont sur l'Odet, par crainte de décevoir "
            "Quimper.", "gives a cause the source does not («par crainte de décevoir"),
    variant("invented consequence", "perdu la finale de la coupe régionale.",
            "perdu la finale de la coupe régionale, ce qui coûte sa place à l'entraîneur.",
            "adds a consequence («ce qui coûte"),
    # a plural after a marker that ends in its contracted article is named (« des émeutes »)
    variant("invented cause", "En raison de la tempête, le festival de Brest a été annulé.",
            "La tempête a frappé Brest et le festival a été annulé à la suite des émeutes.",
            "gives a cause the source does not («à la suite des"),
    # what a conjunction explains holds a source word (« samedi »): facts linked
    variant("invented cause", "Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "Samedi, la circulation était difficile, car le maire de Quimper a inauguré le nouveau "
            "pont sur l'Odet.", "links facts with «car»"),
    # « valoir » that brings something about, not only under a condition
    variant("invented consequence", "perdu la finale de la coupe régionale.",
            "perdu la finale de la coupe régionale, ce qui lui vaut si tard une sanction.",
            "«valoir»"),
]  # fmt: skip
HONEST_VARIANTS = [
    # the source links the facts with « en effet »
    variant("link in other words", "Son gardien était blessé depuis trois semaines.",
            "Le club a perdu parce que son gardien était blessé depuis trois semaines."),
    # « voilà ce qui » and « c'est ce qui » are no consequence the sentence adds
    variant("not a consequence", "Le vent a arraché des arbres et emporté des toits.",
            "Des arbres arrachés, des toits envolés : voilà ce qui reste après le vent."),
    # the writer answers their own question
    variant("answered question", "Son gardien était blessé depuis trois semaines.",
            "Pourquoi ? Parce que son gardien était blessé depuis trois semaines."),
    # a participle whose consequence the source gives
    variant("participle restating", "En raison de la tempête, le festival de Brest a été annulé.",
            "La tempête a frappé la Bretagne, entraînant l'annulation du festival de Brest."),
    # a present participle that says no consequence
    variant("participle", "Les billets ont été remboursés dès lundi par les organisateurs.",
            "Les organisateurs ont remboursé les billets dès lundi, précisant la date du "
            "festival."),
    # « devoir » that owes nothing
    variant("devoir", "Le club de Lorient a perdu la finale de la coupe régionale.",
            "Le club de Lorient a perdu la finale de la coupe régionale, qu'il devait gagner."),
    # a conjunction's clause names its subject, not a cause (« mauvais temps » for « tempête »)
    variant("clause", "En raison de la tempête, le festival de Brest a été annulé.",
            "Le festival de Brest a été annulé, car le mauvais temps l'imposait."),
    # a noun that sums up the event told (lexicon/causal.txt « shell »: drame, incident, scène)
    variant("shell noun", "En raison de la tempête, le festival de Brest a été annulé.",
            "La tempête a frappé Brest et le festival a été annulé à la suite du drame."),
    variant("shell noun", "En raison de la tempête, le festival de Brest a été annulé.",
            "La tempête a frappé Brest et le festival a été annulé à la suite de l'incident."),
    # « les faits »: what happened, as the text told it; the marker's « des » is « de les »
    variant("shell noun", "En raison de la tempête, le festival de Brest a été annulé.",
            "La tempête a frappé Brest et le festival a été annulé à la suite des faits."),
    # a link denied gives no cause (« ne doit rien à », « n'est pas provoquée par »)
    variant("denied link", "Le club de Lorient a perdu la finale de la coupe régionale.",
            "Le club de Lorient a perdu la finale de la coupe régionale. Le résultat, lui, ne doit "
            "rien au hasard."),
    variant("denied link", "Les billets ont été remboursés dès lundi par les organisateurs.",
            "Les billets ont été remboursés dès lundi, ce qui n'a provoqué aucune querelle "
            "d'avocats."),
    # a conjunction that explains the writer's own remark, none of whose words is the source's
    # (causes._remark): it links no two facts of the source
    variant("remark", "Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "Rien d'étonnant, puisque le maire de Quimper a inauguré le nouveau pont sur "
            "l'Odet samedi."),
    variant("remark", "Samedi, le maire de Quimper a inauguré le nouveau pont sur l'Odet.",
            "Un symbole fort, puisque le maire de Quimper a inauguré le nouveau pont sur "
            "l'Odet samedi."),
    # « valoir » under a condition (« ne vaut que si ») holds, it brings nothing about
    variant("condition", "Les billets ont été remboursés dès lundi par les organisateurs.",
            "Les billets ont été remboursés dès lundi ; l'offre ne vaut que si le billet est "
            "rendu."),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_causes_finding() -> None:
    PAIRS.draws_nothing(HONEST, "causes")


@each(HARD)
def test_a_cause_naming_what_the_source_never_mentions_is_hard(case: Case) -> None:
    PAIRS.draws_one(case, "causes", "hard")


@each(REVIEW)
def test_a_consequence_the_sentence_adds_is_a_review(case: Case) -> None:
    PAIRS.draws_one(case, "causes", "review")


@each(HONEST_VARIANTS, "kind")
def test_a_link_the_source_gives_draws_no_causes_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "causes")


# An idiom (lexicon/idioms.txt) the source tells in words of its own, and a noun that counts
# anything (lexicon generic: « les cas les plus graves ») with its qualifiers, name no fact absent
# from the source; the same links naming what the source never tells stay hard.
SOURCE_RETOLD = """Hérault : trois nouvelles arrestations

Trois hommes ont été arrêtés mardi dans l'Hérault. Le 10 février, deux personnes avaient été \
interpellées à Montpellier. Deux automobilistes ont été tués par des chutes d'arbres en Dordogne. \
L'organisation recule nettement dans les zones rurales à l'ouest de sa capitale sous l'offensive \
des forces kurdes."""

HONEST_RETOLD = """Trois nouvelles arrestations dans l'Hérault

Trois hommes ont été arrêtés mardi dans l'Hérault. Le 10 février, deux personnes avaient été \
interpellées à Montpellier. Deux automobilistes ont été tués par des chutes d'arbres en Dordogne. \
L'organisation recule nettement dans les zones rurales à l'ouest de sa capitale sous l'offensive \
des forces kurdes."""

RETOLD = Pairs("causes retold", SOURCE_RETOLD, HONEST_RETOLD)
RETOLD_HONEST = [
    RETOLD.variant("idiom", "Le 10 février,", "Leur arrestation fait suite à un premier coup de "
                   "filet. Le 10 février,"),
    RETOLD.variant("idiom", "Le 10 février,", "Ces arrestations font suite au coup de filet "
                   "réalisé à Montpellier. Le 10 février,"),
    RETOLD.variant("generic", "Deux automobilistes ont été tués par des chutes d'arbres en "
                   "Dordogne.", "Les chutes d'arbres sont à l'origine des cas les plus graves "
                   "rapportés en Dordogne : deux automobilistes tués."),
    RETOLD.variant("generic", "Deux automobilistes ont été tués par des chutes d'arbres en "
                   "Dordogne.", "Deux automobilistes ont été tués en Dordogne : les chutes "
                   "d'arbres sont à l'origine des deux cas mortels signalés."),
]  # fmt: skip
RETOLD_HARD = [
    # an idiom whose meaning the source never tells (no shot in it)
    RETOLD.variant("invented cause", "Le 10 février,", "Ces arrestations font suite à un coup de "
                   "feu tiré à Montpellier. Le 10 février,", "gives a cause the source does not"),
    # the noun after a generic one is named
    RETOLD.variant("invented consequence", "Deux automobilistes ont été tués par des chutes "
                   "d'arbres en Dordogne.", "Les chutes d'arbres sont à l'origine de deux cas de "
                   "grippe aviaire en Dordogne.", "gives a cause the source does not"),
    RETOLD.variant("invented cause", "Le 10 février,", "Ces arrestations font suite à une grève "
                   "des routiers. Le 10 février,", "gives a cause the source does not"),
]  # fmt: skip


def test_the_retold_rewrite_draws_no_causes_finding() -> None:
    RETOLD.draws_nothing(HONEST_RETOLD, "causes")


@each(RETOLD_HONEST, "kind")
def test_an_idiom_or_a_generic_noun_retold_names_no_absent_fact(case: Case) -> None:
    RETOLD.draws_nothing(case, "causes", "hard")


def test_under_the_pressure_of_the_source_s_own_agent_draws_nothing() -> None:
    # « sous la pression de X » for the source's « sous l'offensive de X » (causes._under)
    case = RETOLD.variant("under", "capitale sous l'offensive des forces kurdes.",
                          "capitale, sous la pression des forces kurdes.")  # fmt: skip
    RETOLD.draws_nothing(case, "causes")


def test_under_the_pressure_of_another_draws_a_review() -> None:
    case = RETOLD.variant(
        "invented cause",
        "capitale sous l'offensive des forces kurdes.",
        "capitale, sous la pression des habitants kurdes.",
        "links facts with",
    )
    RETOLD.draws_one(case, "causes", "review")


@each(RETOLD_HARD)
def test_a_link_naming_what_the_source_never_tells_stays_hard(case: Case) -> None:
    RETOLD.draws_one(case, "causes", "hard")
