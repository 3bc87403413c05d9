"""The typed slots of a claim (engine.gate.slots): time and certainty, scope, rank and degree,
who did what to whom, which people and places.

One source excerpt of our own and an honest rewrite; each distortion changes one slot of one
sentence and must draw the hard `fidelity` finding that names it, and each honest variant (the
same slot said another way) must draw none.
"""

from __future__ import annotations

from scripts.fidelity_eval import Variant
from tests.pairs import CERTAIN, Case, Pairs, blocking, each

SOURCE = """Québec : l'armée appelée contre les inondations

Plusieurs régions du Québec sont touchées par les inondations. La crue pourrait aggraver la \
situation des sinistrés. Les militaires ont évacué les habitants de Gatineau, la première ville \
touchée. Les régions les plus touchées sont la Mauricie et l'Outaouais. Le ministre a reçu le \
soutien du maire. Le premier ministre Philippe Couillard s'est rendu à Gatineau pour rencontrer \
les sinistrés des inondations. Le ministre Martin Coiteux a visité Rigaud. La baisse des crues \
observée en avril est ainsi quasiment entièrement annulée par ces pluies."""

HONEST = """Inondations au Québec

Des inondations frappent plusieurs régions du Québec. La crue pourrait encore aggraver la \
situation des sinistrés. À Gatineau, première ville touchée, les militaires ont évacué les \
habitants. La Mauricie et l'Outaouais sont les régions les plus touchées. Le ministre a reçu le \
soutien du maire. Le premier ministre Philippe Couillard s'est rendu à Gatineau pour rencontrer \
les sinistrés des inondations. Son ministre, Martin Coiteux, a visité Rigaud. La baisse des crues \
constatée en avril est ainsi presque entièrement effacée."""


PAIRS = Pairs("slots", SOURCE, HONEST)
variant = PAIRS.variant
DISTORTIONS = [
    variant("scope", "plusieurs régions", "toutes les régions",
            "says all («région») where the source says some"),
    variant("modality", "La crue pourrait encore aggraver", "La crue va encore aggraver",
            "states («aggraver») what the source only gives as possible"),
    variant("modality", "Le ministre a reçu", "Le ministre pourrait recevoir",
            "hedges («recevoir») what the source states"),
    variant("tense", "Le ministre a reçu", "Le ministre recevra demain",
            "puts in the future («recevoir») what the source gives as done"),
    variant("rank", "première ville touchée", "dernière ville touchée",
            "ranks «ville» «dernière» where the source says «première»"),
    variant("degree", "les régions les plus touchées", "les régions les moins touchées",
            "says «moins» «toucher», the source the opposite"),
    variant("agents", "les militaires ont évacué les habitants",
            "les habitants ont évacué les militaires",
            "makes habitants act on militaires: the source says the reverse"),
    variant("entities", "Philippe Couillard s'est rendu", "Martin Coiteux s'est rendu",
            "names Martin Coiteux where the source names Philippe Couillard"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("scope", "plusieurs régions", "de nombreuses régions"),
    variant("modality", "pourrait encore aggraver", "risque encore d'aggraver"),
    variant("modality", "Le ministre a reçu", "Selon lui, le ministre aurait reçu"),
    variant("tense", "Le ministre a reçu le soutien du maire.", "Le maire a soutenu le ministre."),
    variant("rank", "À Gatineau, première ville touchée,", "À Gatineau, touchée la première,"),
    variant("degree", "les régions les plus touchées", "les régions où les dégâts sont les pires"),
    variant(
        "agents",
        "les militaires ont évacué les habitants",
        "les habitants ont été évacués par les militaires",
    ),
    variant(
        "entities",
        "Le premier ministre Philippe Couillard s'est rendu à Gatineau",
        "Philippe Couillard, le premier ministre, est allé à Gatineau",
    ),
]


def _slot(case: Case) -> str:
    return f"{case.kind}-{case.replace}" if isinstance(case, Variant) else str(case)


def test_the_honest_rewrite_passes() -> None:
    PAIRS.draws_nothing(HONEST, None, "hard")


@each(DISTORTIONS, _slot)
def test_a_distorted_slot_is_a_hard_finding(case: Case) -> None:
    PAIRS.draws(case, None, CERTAIN)  # hard, or review while on probation


@each(HONEST_VARIANTS, _slot)
def test_a_slot_said_another_way_passes(case: Case) -> None:
    PAIRS.draws_nothing(case, None, "hard")


def test_a_finding_names_its_slot_the_sentence_and_the_source_sentence() -> None:
    found = PAIRS.found(DISTORTIONS[0], None, "hard")
    assert [(f.id, f.value) for f in found] == [("fidelity", "scope")]
    assert found[0].message == (
        "intro: «Des inondations frappent toutes les régions du Québec.» says all («région») "
        "where the source says some; the source says: «Plusieurs régions du Québec sont "
        "touchées par les inondations.»"
    )


def test_a_future_for_a_done_thing_said_with_another_verb_is_a_review() -> None:
    v = variant(
        "tense",
        "Le ministre a reçu le soutien du maire.",
        "Le maire apportera son soutien au ministre.",
    )
    found = PAIRS.found(v)
    assert [(f.severity, f.value) for f in found] == [("review", "modality")]
    assert "puts in the future («apporter») what the source gives as done" in found[0].message


def test_a_hedge_dropped_from_an_adverb_of_all_is_flagged() -> None:
    v = variant("scope", "presque entièrement effacée", "entièrement effacée")
    found = PAIRS.found(v)
    assert [f.value for f in found] == ["scope"]
    assert "says all («~entièrement») where the source says most" in found[0].message


def test_an_announced_future_for_a_done_thing_reported_on_both_sides_is_hard() -> None:
    source = (
        "Québec : l'armée appelée\n\nSelon le dernier bilan, 900 personnes ont été évacuées à "
        "Gatineau. Les sanctions peuvent atteindre deux millions de dollars."
    )
    honest = (
        "L'armée au Québec\n\nD'après le dernier bilan, 900 personnes ont été évacuées à "
        "Gatineau. Les sanctions pourraient atteindre deux millions de dollars."
    )
    pairs = Pairs("announced", source, honest)
    pairs.draws_nothing(honest, "modality")
    v = variant("tense", "ont été évacuées", "devront être évacuées")
    done = "puts in the future («évacuer») what the source gives as done"
    pairs.draws_one(v, "modality", blocking("modality"), done)


def test_a_hedging_adverb_the_source_sentence_holds_may_hang_on_another_verb() -> None:
    """« vraisemblablement » hangs on « battue » in the rewrite and elsewhere in the source
    sentence (a blind writer's honest control): the rewrite hedges nothing the source states."""
    from engine.gate.slots.modality import compare, read
    from engine.text.nlp import french

    nlp = french()
    source = (
        "Le 19 février, une révolte tribale a éclaté dans la ville, vraisemblablement à la "
        "suite de ce qu'une femme ne s'étant pas couverte les mains ait été battue par la police."
    )
    article = (
        "Le 19 février, une révolte tribale a éclaté dans Falloujah, vraisemblablement après "
        "qu'une femme qui ne s'était pas couvert les mains eut été battue par la police."
    )
    theirs, ours = read(list(nlp(source))), read(list(nlp(article)))
    clauses = [c for c in ours if hasattr(c, "verb")]  # (besides what its words say, `Worded`)
    assert any(c.verb == "battre" and c.hedged for c in clauses)  # the parse that made it a finding
    assert list(compare(ours, theirs, theirs)) == []
