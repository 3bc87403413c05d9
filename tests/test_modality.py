"""Time and certainty (engine.gate.slots.modality), by meaning class: an expectation given as a
certainty (« tablent sur » → « ont confirmé »), what can happen
given as what happens, what is feared given as what will happen.

A source of our own and an honest rewrite; each distortion changes the certainty of one
predicate and must draw the `modality` finding that names it; each honest variant keeps it
in other words and must draw none.
"""

from __future__ import annotations

import pytest

from engine.gate.claims import ON_PROBATION
from scripts.fidelity_eval import Variant
from tests.pairs import Case, Pairs, Sentences, each

SOURCE = """Lyon : le tramway prolongé jusqu'à Vénissieux

Les élus de la métropole tablent sur une mise en service de la ligne prolongée en 2026. \
Le maire de Vénissieux a confirmé le tracé définitif de la ligne devant le conseil municipal. \
La ligne actuelle semblait alors saturée aux heures de pointe du matin. \
Les nouvelles rames peuvent transporter jusqu'à trois cents passagers aux heures de pointe. \
Les commerçants de l'avenue redoutent un effondrement de leur chiffre d'affaires pendant les \
travaux. \
Les travaux permettent aux riverains de découvrir le futur tracé des rails."""

HONEST = """Le tramway lyonnais prolongé jusqu'à Vénissieux

Les élus de la métropole espèrent une mise en service de la ligne prolongée en 2026. \
Devant le conseil municipal, le maire de Vénissieux a confirmé le tracé définitif de la ligne. \
La ligne actuelle paraissait alors saturée aux heures de pointe du matin. \
Les nouvelles rames peuvent transporter jusqu'à trois cents passagers aux heures de pointe. \
Les commerçants de l'avenue craignent un effondrement de leur chiffre d'affaires pendant les \
travaux. \
Les travaux font découvrir aux riverains le futur tracé des rails."""

PAIRS = Pairs("modality", SOURCE, HONEST)


def variant(kind: str, find: str, replace: str, fails: str | None = None,
            severity: str | None = None) -> Variant:  # fmt: skip
    """A one-edit variant; `severity` (kept in `warns`): what its finding must be."""
    return Variant("modality", 0, kind, find, replace, fails, severity)


DISTORTIONS = [
    variant("expectation made certain", "Les élus de la métropole espèrent",
            "Les élus de la métropole ont confirmé",
            "gives as certain («confirmer») what the source only expects («tabler»)", "hard"),
    variant("can made a fact", "Les nouvelles rames peuvent transporter",
            "Les nouvelles rames transportent",
            "states as a fact («transporter») what the source says can happen", "review"),
    variant("feared made certain",
            "Les commerçants de l'avenue craignent un effondrement de leur chiffre d'affaires",
            "Le chiffre d'affaires des commerçants de l'avenue va s'effondrer",
            "gives as certain («effondrer») what the source only fears", "hard"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("expectation", "Les élus de la métropole espèrent",
            "Les élus de la métropole prévoient"),
    variant("confirmed", "a confirmé le tracé définitif", "a validé le tracé définitif"),
    variant("can", "Les nouvelles rames peuvent transporter",
            "Les nouvelles rames sont capables de transporter"),
    variant("feared", "Les commerçants de l'avenue craignent un effondrement",
            "Les commerçants de l'avenue redoutent une chute"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_modality_finding() -> None:
    PAIRS.draws_nothing(HONEST, "modality")


@each(DISTORTIONS, "kind")
def test_a_certainty_changed_is_flagged_and_named(case: Variant) -> None:
    severity = "review" if "modality" in ON_PROBATION else case.warns  # what the rule gives it
    PAIRS.draws_one(case, "modality", severity)


@each(HONEST_VARIANTS, "kind")
def test_the_same_certainty_in_other_words_draws_no_modality_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "modality")


# A second source of our own (issue 19, round 5: the false reviews of the ninth blind honest
# set, in other words). What cannot happen (« ne peut être ouvert ») is no possibility a firm
# statement turns into a fact; what was to come at a past time (« allait inaugurer ») is not given
# as done, so « devait inaugurer » puts nothing in the future; a conditional alone alleges
# (« aurait coûté »): it is restated by its own verb, not by any sentence sharing two of its words.
# What the source gives as done or alleges, said as to come or as a fact, stays flagged.
SOURCE_2 = """Nantes : le nouveau stade en suspens

Le tribunal administratif a décidé qu'« aucun chantier ne peut être ouvert sans nouvelle étude \
d'impact » sur le site de la Beaujoire. Le maire allait inaugurer la passerelle du stade quand \
l'incendie s'est déclaré samedi. Le projet aurait déjà coûté plus de trente millions d'euros à \
la métropole. Le club a présenté ses nouveaux maillots devant ses supporters lundi."""

KEPT_2 = [
    "Le tribunal administratif ouvre ainsi la voie à une nouvelle étude d'impact sur le site de "
    "la Beaujoire.",
    "Samedi, le maire devait inaugurer la passerelle du stade quand l'incendie s'est déclaré.",
    "La facture du projet se chiffre déjà en dizaines de millions d'euros pour la métropole.",
]

CHANGED_2 = [
    ("Le projet a déjà coûté plus de trente millions d'euros à la métropole.", "(«coûter»)"),
    ("Le club devait présenter ses nouveaux maillots devant ses supporters lundi.",
     "puts in the future («présenter») what the source gives as done"),
    ("Le club présentera ses nouveaux maillots devant ses supporters lundi.",
     "puts in the future («présenter») what the source gives as done"),
]  # fmt: skip


STADIUM = Sentences("modality-2", SOURCE_2, "Le stade de Nantes en suspens")


@each(KEPT_2)
def test_cannot_a_future_seen_from_the_past_and_an_allegation_kept_draw_nothing(case: Case) -> None:
    STADIUM.draws_nothing(case, "modality")


@each(CHANGED_2)
def test_what_is_done_or_alleged_said_otherwise_stays_flagged(case: Case) -> None:
    STADIUM.draws(case, "modality")


# A third source (issue 19, round 5, recall as review: heldout-r5's tense misses, in other words).
# What the source gives as to come — a plain future (« sera inauguré »), what was to come seen
# from the past (« allait être envoyée », « allait » hung on the participle) — or only as what
# could have been (« aurait pu provoquer »), said as done: « déjà » says so whoever reports it.
SOURCE_3 = """Brest : le nouveau pont bientôt ouvert

Le nouveau pont sur la Penfeld sera inauguré définitivement samedi par la maire de Brest. Les \
services de la ville ont indiqué qu'une équipe de techniciens allait être envoyée sur le \
chantier. Selon l'expert, la fissure aurait pu provoquer l'effondrement d'une travée. Le premier \
pont avait été détruit en 1944."""

DONE_3 = [
    "Le nouveau pont sur la Penfeld a été inauguré définitivement samedi par la maire de Brest.",
    "Les services de la ville ont déjà envoyé une équipe de techniciens sur le chantier.",
    "Selon l'expert, la fissure a déjà provoqué l'effondrement d'une travée.",
]
KEPT_3 = [
    "La maire de Brest inaugurera définitivement samedi le nouveau pont sur la Penfeld.",
    "Une équipe de techniciens devait être envoyée sur le chantier, selon les services de la "
    "ville.",
    "Selon l'expert, la fissure aurait pu entraîner l'effondrement d'une travée.",
    "Le premier pont a déjà été détruit en 1944.",
]


BRIDGE = Sentences("modality-3", SOURCE_3, "Le pont de Brest")


@each(DONE_3)
def test_what_is_to_come_or_could_have_been_said_as_done_is_flagged(case: Case) -> None:
    BRIDGE.draws(case, "modality", fragment="what the source gives as to come")


@each(KEPT_3)
def test_the_same_times_kept_draw_nothing(case: Case) -> None:
    BRIDGE.draws_nothing(case, "modality")


# A fourth source (issue 19, round 8, recall by words): what the source gives as done, said as
# meant (« menacent de bloquer », « envisagent de bloquer »: heldout-r8's « menacent de bloquer les
# autoroutes »); what it hedges (« pourra », « il est probable que », « il semblerait que »,
# « semble confirmer »), said as certain by an adverb (« forcément ») or as a plain fact. Reviews:
# the words may restate another fact of the source sentence. The same facts kept hedged, in the
# passive or by another hedge draw nothing.
SOURCE_4 = """Grenoble : la grève des éboueurs

Les éboueurs ont bloqué le dépôt de la Tronche mardi matin avec leurs camions. La direction \
pourra revoir les horaires des tournées après l'été. Il est probable que le conflit dure jusqu'à \
la fin du mois de juin. Il semblerait que le camion de tête ait percuté le portail du dépôt. Le \
directeur du service semble confirmer la suppression de dix postes d'agents."""

STRIKE = Sentences("modality-4", SOURCE_4, "La grève des éboueurs")

CHANGED_4 = [
    ("Les éboueurs menacent de bloquer le dépôt de la Tronche mardi matin avec leurs camions.",
     "gives as intended («bloqu…») what the source gives as done"),
    ("La direction revoit forcément les horaires des tournées après l'été.",
     "gives as certain («forcément») what the source gives as possible"),
    ("Le conflit durera inévitablement jusqu'à la fin du mois de juin.",
     "gives as certain («inévitablement») what the source gives as possible"),
    ("Le camion de tête a percuté le portail du dépôt.", "(«percuter»)"),
    ("Le directeur du service a confirmé la suppression de dix postes d'agents.", "(«confirmer»)"),
]  # fmt: skip
KEPT_4 = [
    "Mardi matin, les éboueurs ont bloqué le dépôt de la Tronche avec leurs camions.",
    "Le dépôt de la Tronche a été bloqué mardi matin par les éboueurs et leurs camions.",
    "La direction pourrait revoir les horaires des tournées après l'été.",
    "Le conflit devrait probablement durer jusqu'à la fin du mois de juin.",
    "Le conflit risque de durer jusqu'à la fin du mois de juin.",
    "Le camion de tête aurait percuté le portail du dépôt.",
    "Le camion de tête semble avoir percuté le portail du dépôt.",
    "Le directeur du service paraît confirmer la suppression de dix postes d'agents.",
]


@each(CHANGED_4)
def test_what_is_done_said_as_meant_or_what_is_hedged_said_as_certain_is_a_review(
    case: Case,
) -> None:
    STRIKE.draws(case, "modality", "review")


def test_what_is_done_said_as_planned_with_its_own_verb_is_hard() -> None:
    # round 18: the clauses' certain clash (the same verb given as planned) is no longer hidden
    # behind the words' review (« gives as intended »)
    STRIKE.draws_one(
        "Mardi matin, les éboueurs envisagent de bloquer le dépôt de la Tronche avec leurs "
        "camions.",
        "modality",
        "hard",
        "gives as planned («bloquer») what the source gives as done",
    )


@each(KEPT_4)
def test_the_same_done_or_hedged_facts_kept_draw_nothing(case: Case) -> None:
    STRIKE.draws_nothing(case, "modality")


# A fifth source (issue 19, round 8): what the source alleges by the conditional alone
# (« aurait percuté », « serait d'origine italienne », « selon la police, … aurait perdu »), stated
# in the indicative by a sentence that hedges and attributes nothing, is a review, whatever its
# verb (« a heurté »: by its words, the conditional alone no « to come » of another verb's
# clause, round 12) or with none (« est d'origine »). Kept alleged,
# attributed (« selon les premiers témoins »), or a conditional of concord under a verb of saying
# (« a annoncé que le quai serait fermé ») said as a future: nothing.
SOURCE_5 = """Marseille : un accident sur le port

Le camion aurait percuté la barrière du quai avant de basculer dans l'eau. Le chauffeur serait \
d'origine italienne, avec la nationalité française. Le préfet a annoncé que le quai serait fermé \
pendant deux jours. Selon la police, le conducteur aurait perdu le contrôle de son véhicule."""

PORT = Sentences("modality-5", SOURCE_5, "Un accident sur le port")

ALLEGED = "states as a fact what the source only alleges"
ALLEGED_STATED = [
    ("Le camion a heurté la barrière du quai avant de basculer dans l'eau.", ALLEGED),
    ("Le chauffeur est d'origine italienne, avec la nationalité française.", ALLEGED),
    ("Le conducteur a perdu le contrôle de son véhicule.", ALLEGED),
]  # fmt: skip
ALLEGED_KEPT = [
    "Le camion aurait heurté la barrière du quai avant de basculer dans l'eau.",
    "Selon les premiers témoins, le camion a percuté la barrière du quai avant de basculer dans "
    "l'eau.",
    "Le quai sera fermé pendant deux jours, a annoncé le préfet.",
    "Le préfet a annoncé que le quai serait fermé pendant deux jours.",
    "Le chauffeur serait d'origine italienne et a la nationalité française.",
    "Selon la police, le conducteur a perdu le contrôle de son véhicule.",
    "Le conducteur aurait, selon la police, perdu le contrôle de son véhicule.",
]


@each(ALLEGED_STATED)
def test_an_allegation_stated_as_fact_is_a_review(case: Case) -> None:
    PORT.draws_one(case, "modality", "review")


@each(ALLEGED_KEPT)
def test_an_allegation_kept_attributed_or_of_concord_draws_nothing(case: Case) -> None:
    PORT.draws_nothing(case, "modality")


# « être » before a participle is an auxiliary of tense only for a verb that takes it in the past
PASSIVE = [
    ("Une centaine d'exposants y sont attendus.", "present"),
    ("De nombreux visiteurs y sont attendus.", "present"),
    ("Une centaine d'exposants y sont arrivés.", "past"),
    ("Les prix se sont envolés.", "past"),
]


@pytest.mark.parametrize(("text", "time"), PASSIVE)
def test_a_passive_present_is_no_compound_past(text: str, time: str) -> None:
    from engine.gate.slots.modality import Clause, read
    from engine.text.nlp import parse

    clauses = [c for c in read(list(parse([text])[0])) if isinstance(c, Clause) and c.root]
    assert [c.time for c in clauses] == [time]


# Issue 19, round 11: modality blocks on a near-minimal pair (claims.PAIR_ONLY); what the source
# gives as to come by a word (« devrait », « allait », « est prévue ») and the article as done
# is certain, the conditional mood alone (« courraient » after « auparavant »: a slip, an
# allegation) only a review.
TO_COME = Sentences(
    "to-come",
    "Réforme pénale\n\n3 mars 2019. – Les députés ont voté le texte mardi. La réforme devrait "
    "allonger les délais de prescription des délits. Auparavant, les délais de prescription "
    "courraient à partir de la découverte de l'infraction.",
    "Réforme pénale",
)


def test_what_a_word_gives_as_to_come_given_as_done_is_certain() -> None:
    TO_COME.draws_one(
        "La réforme a allongé les délais de prescription des délits.",
        "modality",
        "hard",
        "gives as done («allonger»)",
    )


def test_what_the_conditional_alone_gives_as_to_come_given_as_done_is_a_review() -> None:
    TO_COME.draws_one(
        "Auparavant, les délais de prescription ont couru à partir de la découverte de "
        "l'infraction.",
        "modality",
        "review",
        "gives as done («courir»)",
    )


def test_an_imperfect_for_the_conditional_alone_gives_nothing_as_done() -> None:
    # round 18: a simple imperfect tells a state, no act done (« couraient » for the slip
    # « courraient »: honest-r9 r9-e3 drew a review so); with the verb the source hedges by a
    # word, it states what is only possible, a review
    TO_COME.draws_nothing(
        "Auparavant, les délais de prescription couraient à partir de la découverte de "
        "l'infraction.",
        "modality",
    )
    TO_COME.draws_one(
        "La réforme allongeait les délais de prescription des délits.",
        "modality",
        "review",
        "states («allonger») what the source only gives as possible",
    )


# An allegation by the conditional alone whose verb the parse reads otherwise (« aurait été
# écarté a fait savoir la police »: « écarté » among its words, not its verb) is still the
# article's verb stated as done (issue 19, round 12).
RULED_OUT = Sentences(
    "modality-ruled-out",
    "Accident près de Sotchi\n\n25 décembre 2016. – L'avion s'est écrasé dimanche près de Sotchi. "
    "La piste terroriste aurait été écarté a fait savoir la police russe.",
    "Accident près de Sotchi",
)


def test_an_allegation_whose_verb_the_parse_misreads_stated_as_done_is_a_review() -> None:
    RULED_OUT.draws_one(
        ("La piste terroriste a été écartée.", "gives as done («écarter»)"), "modality", "review"
    )


def test_an_allegation_whose_verb_the_parse_misreads_kept_draws_nothing() -> None:
    RULED_OUT.draws_nothing("La piste terroriste aurait été écartée.", "modality")
