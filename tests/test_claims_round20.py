"""Round 20 (F-C): clauses — the certainty of a claim, whatever verb says it — pairs of our own.

Every sentence here is written for this file, against small sources of our own; none is a
corpus sentence.

- A claim the source gives as only possible or expected by a word (« pourraient s'aggraver »,
  « devrait être livré », « probablement », « risque de ») and an article sentence that restates
  it (half its clause's content words, two at least) plainly: the indicative, with no hedge,
  expectation, plan, attribution, supposition or question of its own. Hard where the two
  sentences are one edit apart and the same verb says the claim (not for « devrait »: a future
  for an expectation is a review); else a review: the verb is said otherwise
  (engine.gate.slots.modality `_by_hedges`).
- The reverse: a claim the source states plainly, restated under « pourrait », « peut-être »…
- A hedge of another clause of the source sentence (« … et le bilan pourrait s'alourdir ») is
  not the restated claim's: a sentence that says only the other clause draws nothing.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

FLOODS = Pairs(
    "floods20",
    """Crues dans l'Aude : la préfecture maintient l'alerte

12 novembre 2023. – Les pluies de la nuit ont fait déborder l'Orbieu à Lézignan-Corbières, où \
deux cents habitations ont été évacuées. Les dégâts pourraient dépasser dix millions d'euros, \
selon une première estimation de la chambre de commerce. Le nouveau pont de Ferrals devrait être \
livré au printemps. La route départementale 611 restera fermée jusqu'à lundi. Les agriculteurs \
ont perdu une partie de leurs vignes et le bilan pourrait encore s'alourdir.""",
    """Crues dans l'Aude : la préfecture maintient l'alerte

Les pluies de la nuit ont fait déborder l'Orbieu à Lézignan-Corbières, où deux cents \
habitations ont été évacuées. Les dégâts pourraient dépasser dix millions d'euros, selon une \
première estimation de la chambre de commerce. Le nouveau pont de Ferrals devrait être livré au \
printemps. La route départementale 611 restera fermée jusqu'à lundi. Les agriculteurs ont perdu \
une partie de leurs vignes et le bilan pourrait encore s'alourdir.""",
)
DAMAGE = (
    "Les dégâts pourraient dépasser dix millions d'euros, selon une première estimation de la "
    "chambre de commerce."
)
BRIDGE = "Le nouveau pont de Ferrals devrait être livré au printemps."
ROAD = "La route départementale 611 restera fermée jusqu'à lundi."
VINES = (
    "Les agriculteurs ont perdu une partie de leurs vignes et le bilan pourrait encore s'alourdir."
)
STATES = "what the source only gives as possible"
HEDGES = "hedges («"

# the hedge kept, said another way, or of another clause: no finding of modality
HEDGE_KEPT = [
    FLOODS.variant("honest", DAMAGE,
                   "Les dégâts pourraient dépasser dix millions d'euros, d'après la chambre de "
                   "commerce."),
    FLOODS.variant("honest", DAMAGE,
                   "Selon la chambre de commerce, la facture risque de dépasser dix millions "
                   "d'euros."),
    FLOODS.variant("honest", DAMAGE,
                   "La chambre de commerce estime que les dégâts dépasseront dix millions "
                   "d'euros."),
    FLOODS.variant("honest", DAMAGE,
                   "Les dégâts dépasseraient dix millions d'euros."),
    FLOODS.variant("honest", BRIDGE,
                   "Le nouveau pont de Ferrals devrait ouvrir au printemps."),
    FLOODS.variant("honest", BRIDGE,
                   "La livraison du nouveau pont de Ferrals est attendue au printemps."),
    FLOODS.variant("honest", BRIDGE,
                   "Le nouveau pont de Ferrals sera probablement livré au printemps."),
    FLOODS.variant("honest", BRIDGE,
                   "Les travaux avancent, ce qui permettra de livrer le nouveau pont de Ferrals "
                   "au printemps."),
    FLOODS.variant("honest", VINES,
                   "Les agriculteurs ont perdu une partie de leurs vignes."),
    FLOODS.variant("honest", VINES,
                   "Une partie des vignes a été perdue, et le bilan risque encore de "
                   "s'alourdir."),
    FLOODS.variant("honest", ROAD,
                   "La route départementale 611 ne rouvrira pas avant lundi."),
    FLOODS.variant("honest", ROAD,
                   "Jusqu'à lundi, la départementale 611 restera fermée à la circulation."),
]  # fmt: skip


@each(HEDGE_KEPT)
def test_a_hedge_kept_draws_nothing(case: Case) -> None:
    FLOODS.draws_nothing(case, "modality")


# the hedge dropped from the claim it qualifies, or added to a claim the source states
HEDGE_DROPPED = [
    FLOODS.variant("modality", "pourrait encore s'alourdir", "va encore s'alourdir", STATES),
    FLOODS.variant("modality", VINES,
                   "Les agriculteurs ont perdu une partie de leurs vignes et le bilan s'alourdit "
                   "encore.", STATES),
    FLOODS.variant("modality", BRIDGE,
                   "Le nouveau pont de Ferrals sera livré au printemps.", STATES),
    FLOODS.variant("modality", ROAD,
                   "La route départementale 611 pourrait rester fermée jusqu'à lundi.", HEDGES),
    FLOODS.variant("modality", ROAD,
                   "La route départementale 611 restera peut-être fermée jusqu'à lundi.",
                   HEDGES),
]  # fmt: skip


@each(HEDGE_DROPPED)
def test_a_hedge_dropped_or_added_is_found(case: Case) -> None:
    found = FLOODS.found(case, "modality")
    assert found, "nothing found"
    assert case.fails in found[0].message, found[0].message
