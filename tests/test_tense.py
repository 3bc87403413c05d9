"""Tense against the calendar (engine.gate.claims.tense): a future for what the source dates
before its own date.

A dated source of our own and an honest rewrite; each distortion puts in the future a fact the
source dates on or before its dateline and must draw the hard `tense` finding; each honest
variant says a future the source dates after its dateline, or a past, and must draw none.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Vannes : un nouveau stade pour la finale régionale

14 mars 2021. – Le nouveau stade de Vannes a été inauguré le 12 mars par le maire de la ville, \
Paul Le Gall. La finale régionale de football s'y jouera le 20 mars devant huit mille \
spectateurs. Le club de Vannes s'est offert les services d'un attaquant brésilien en \
février 2021."""

HONEST = """Un nouveau stade à Vannes

Le maire de Vannes, Paul Le Gall, a ouvert le nouveau stade de la ville le 12 mars. La finale \
régionale de football y sera disputée le 20 mars devant huit mille spectateurs. Le club de Vannes \
a recruté un attaquant brésilien en février 2021."""


PAIRS = Pairs("tense", SOURCE, HONEST)
variant = PAIRS.variant
# placed ahead by a word against the source's own date (round 17: a plain future dated in the
# past may be the future of narration, below)
DISTORTIONS = [
    variant("tense", "a ouvert le nouveau stade de la ville le 12 mars",
            "ouvrira le nouveau stade de la ville le 12 mars prochain",
            "puts in the future («ouvrir») what the source dates before its own date («12 mars»)"),
    variant("tense", "a recruté un attaquant", "recrutera bientôt un attaquant",
            "puts in the future («recruter») what the source dates before its own date"),
]  # fmt: skip
# a plain future dated before the dateline tells a story that is over as often as it distorts
# (« Peeters abandonnera le 18 juin »): a review
NARRATED = [
    variant("tense", "a ouvert le nouveau stade", "ouvrira le nouveau stade",
            "puts in the future («ouvrir») what the source dates before its own date («12 mars»)"),
    variant("tense", "a recruté un attaquant", "recrutera un attaquant",
            "puts in the future («recruter») what the source dates before its own date"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("future after the dateline", "y sera disputée le 20 mars", "se jouera le 20 mars"),
    variant("past", "a ouvert le nouveau stade", "a inauguré le nouveau stade"),
    variant("hedged", "a recruté un attaquant", "pourrait recruter un attaquant"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_tense_finding() -> None:
    PAIRS.draws_nothing(HONEST, "tense")


@each(DISTORTIONS)
def test_a_future_for_a_fact_dated_before_the_dateline_is_hard(case: Case) -> None:
    PAIRS.draws_one(case, "tense", "hard")


@each(NARRATED)
def test_a_plain_future_dated_before_the_dateline_is_a_review(case: Case) -> None:
    PAIRS.draws_one(case, "tense", "review")


@each(HONEST_VARIANTS, "kind")
def test_a_future_after_the_dateline_or_a_past_draws_no_tense_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "tense")


# A span of days (« du 10 au 13 mars 2021 ») is before the dateline when its last day is: an
# event it dates is over, or ends that day; a span that ends after it may still be to come
# (issue 19, round 12).
SPANS = Pairs(
    "tense-spans",
    "Vannes : la semaine sportive\n\n14 mars 2021. – Le tournoi de tennis de Vannes s'est "
    "déroulé du 10 au 13 mars 2021. Le festival du sport de Vannes aura lieu du 18 au 21 mars "
    "2021.",
    "La semaine sportive à Vannes\n\nLe tournoi de tennis de Vannes a eu lieu du 10 au 13 mars "
    "2021. Le festival du sport de Vannes se tiendra du 18 au 21 mars 2021.",
)


@each(
    [
        SPANS.variant("tense", "a eu lieu du 10 au 13 mars",
                      "aura lieu prochainement, du 10 au 13 mars",
                      "puts in the future («avoir») what the source dates before its own date"),
        SPANS.variant("tense", "a eu lieu du 10 au 13 mars", "se tiendra bientôt, du 10 au 13 mars",
                      "puts in the future («tenir») what the source dates before its own date"),
    ]
)  # fmt: skip
def test_a_future_for_a_span_of_days_over_by_the_dateline_is_hard(case: Case) -> None:
    SPANS.draws_one(case, "tense", "hard")


@each(
    [
        SPANS.variant("tense", "a eu lieu du 10 au 13 mars", "aura lieu du 10 au 13 mars",
                      "puts in the future («avoir») what the source dates before its own date"),
        SPANS.variant("tense", "a eu lieu du 10 au 13 mars", "se tiendra du 10 au 13 mars",
                      "puts in the future («tenir») what the source dates before its own date"),
    ]
)  # fmt: skip
def test_a_plain_future_for_a_span_over_by_the_dateline_is_a_review(case: Case) -> None:
    # round 17: a plain future placed ahead by no word may be a future of narration
    SPANS.draws_one(case, "tense", "review")


def test_a_future_for_a_span_after_the_dateline_draws_nothing() -> None:
    SPANS.draws_nothing(SPANS.case.honest, "tense")


# a dateline whose dash the sentence splitter cuts off (« 14 mars 2021 . » then « – »), as the
# Wikinews copies write it, is the source's date still
SPLIT = Pairs(
    "tense-split-dateline",
    "Vannes : la semaine sportive\n\n14 mars 2021 . –\n\nLe tournoi de tennis de Vannes a "
    "été remporté le 12 mars par Paul Le Gall.",
    "La semaine sportive à Vannes\n\nLe tournoi de tennis de Vannes a été remporté le 12 mars "
    "par Paul Le Gall.",
)


def test_a_future_before_a_dateline_cut_from_its_dash_is_flagged() -> None:
    SPLIT.draws(
        SPLIT.variant("tense", "a été remporté le 12 mars", "sera remporté le 12 mars"),
        "tense",
        fragment="puts in the future («remporter») what the source dates before its own date",
    )


def test_a_past_before_a_dateline_cut_from_its_dash_draws_nothing() -> None:
    SPLIT.draws_nothing(SPLIT.case.honest, "tense")


# When the source says a thing is to come and the article gives it as done, or the other way
# round, with another verb than the source's (a copula, a synonym), or « déjà », « s'apprêter à »;
# « est visé par une enquête » is no announcement (« viser à » is).
SOURCE_2 = """Lorient : le port se prépare

3 avril 2022. – La prochaine course sera une régate de 40 milles entre Lorient et l'île de Groix. \
Des ingénieurs examinent la digue depuis le 1er avril et remettront un rapport d'ici deux \
semaines à la mairie de Lorient. Les pêcheurs du port avaient définitivement repris la mer le \
2 avril après la tempête. La flotte de plaisance de Lorient avance vers l'île de Groix sous un \
vent faible. Il est attendu entre 20 et 30 millimètres de pluie pour la fin de semaine sur la \
côte bretonne. Le parquet de Lorient a ouvert une enquête visant le capitaine du port de \
plaisance."""

HONEST_2 = """Lorient, un port qui se prépare

La course suivante, une régate, conduira les bateaux sur quarante milles de Lorient à l'île de \
Groix. Depuis le 1er avril, des ingénieurs examinent la digue et ils remettront un rapport à la \
mairie de Lorient d'ici deux semaines. Le 2 avril, après la tempête, les pêcheurs du port avaient \
définitivement repris la mer. La flotte de plaisance de Lorient progresse vers l'île de Groix \
sous un vent faible. Entre 20 et 30 millimètres de pluie sont attendus sur la côte bretonne pour \
la fin de semaine. Le capitaine du port de plaisance est visé par une enquête du parquet de \
Lorient."""

PAIRS_2 = Pairs("tense-2", SOURCE_2, HONEST_2)
DISTORTIONS_2 = [
    PAIRS_2.variant("tense", "conduira les bateaux", "a conduit les bateaux",
                    "gives as done («conduire») what the source gives as to come"),
    PAIRS_2.variant("tense", "ils remettront un rapport", "ils ont déjà remis leur rapport",
                    "gives as done («remettre») what the source gives as to come"),
    PAIRS_2.variant("tense", "avaient définitivement repris la mer",
                    "s'apprêtaient à reprendre la mer",
                    "gives as to come («reprendre») what the source gives as done"),
    PAIRS_2.variant("tense", "sont attendus sur la côte", "sont tombés sur la côte",
                    "gives as done («tomber») what the source gives as to come"),
]  # fmt: skip
UNDER_WAY = PAIRS_2.variant(
    "tense", "progresse vers l'île de Groix", "a déjà atteint l'île de Groix",
    "gives as done already («atteindre») what the source gives as under way",
)  # fmt: skip
HONEST_VARIANTS_2 = [
    PAIRS_2.variant("future, another verb", "conduira les bateaux", "mènera les bateaux"),
    PAIRS_2.variant("a past said in the present", "avaient définitivement repris la mer",
                    "reprennent définitivement la mer"),
    PAIRS_2.variant("a past said in the passé composé", "avaient définitivement repris la mer",
                    "ont repris la mer"),
    PAIRS_2.variant("a present for a present", "progresse vers l'île", "avance vers l'île"),
    PAIRS_2.variant("a future for a future", "ils remettront un rapport",
                    "un rapport sera remis"),
]  # fmt: skip


def test_the_second_honest_rewrite_draws_no_tense_finding() -> None:
    PAIRS_2.draws_nothing(HONEST_2, "tense")


@each(DISTORTIONS_2)
def test_done_for_to_come_and_back_with_another_verb_is_hard(case: Case) -> None:
    PAIRS_2.draws_one(case, "tense", "hard")


def test_already_done_for_under_way_is_a_review() -> None:
    PAIRS_2.draws_one(UNDER_WAY, "tense", "review")


@each(HONEST_VARIANTS_2, "kind")
def test_the_same_time_said_otherwise_draws_no_tense_finding(case: Case) -> None:
    PAIRS_2.draws_nothing(case, "tense")


# A clause of the source about to happen (« alors qu'il s'apprêtait à rentrer ») inside a main
# clause that is done (« a été agressé »): an article sentence that says only the clause restates
# it, whatever words the parse hangs on the main clause.
SOURCE_3 = """Rennes : le maire agressé devant l'hôtel de ville

5 mai 2023. – Mardi soir, le maire de Rennes, Paul Dubois, a été agressé devant l'hôtel de \
ville, alors qu'il s'apprêtait à rentrer chez lui à vélo par le quai Saint-Cast. Deux agents \
municipaux de Rennes, qui allaient fermer les grilles du parc du Thabor, l'ont secouru. La police \
a interpellé un homme de 34 ans au moment où il s'apprêtait à quitter Rennes en train."""

HONEST_3 = """Le maire de Rennes agressé

Mardi soir, Paul Dubois, maire de Rennes, s'apprêtait à rentrer chez lui à vélo par le quai \
Saint-Cast, devant l'hôtel de ville. Deux agents municipaux de Rennes allaient fermer les grilles \
du parc du Thabor. Ils l'ont secouru. Un homme de 34 ans, qui s'apprêtait à quitter Rennes en \
train, a été interpellé par la police."""

PAIRS_3 = Pairs("tense-3", SOURCE_3, HONEST_3)


def test_a_clause_about_to_happen_restates_the_source_clause_of_its_verb() -> None:
    """« s'apprêtait à rentrer », « allaient fermer », « s'apprêtait à quitter »: each the
    source's own clause of that verb, not its main clause, done."""
    PAIRS_3.draws_nothing(HONEST_3, "tense")


def test_a_clause_about_to_happen_given_as_done_is_still_caught() -> None:
    v = PAIRS_3.variant("tense", "s'apprêtait à rentrer chez lui", "est rentré chez lui")
    PAIRS_3.draws_one(
        v, "tense", "hard", "gives as done («rentrer») what the source gives as to come"
    )
