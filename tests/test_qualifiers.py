"""Conditions, hedges and attributions (engine.gate.slots.qualifiers): what the source says only
under a condition (« s'ils subissent des pertes », « en cas de retard »), only as likely or on
average (« vraisemblablement », « en moyenne »), or only on someone's word (« selon la
métropole »), restated without it.

A source of our own and an honest rewrite; each distortion drops one qualifier and must draw the
`qualifiers` finding that names it (hard for a condition where the sentence surely restates its
source sentence, review otherwise); each honest variant keeps it in other words or another place
and must draw none.
"""

from __future__ import annotations

import pytest

from scripts.fidelity_eval import Variant
from tests.pairs import Pairs

SOURCE = """Lyon : le tramway prolongé jusqu'à Vénissieux

Selon la métropole, les travaux du prolongement dureront deux ans. \
Les riverains de l'avenue Berthelot seront indemnisés par la métropole s'ils subissent des \
pertes de chiffre d'affaires. \
L'entreprise chargée du chantier devra payer une amende de 50 000 euros en cas de retard de \
livraison des rames. \
Le tramway transporte en moyenne 40 000 voyageurs par jour entre Perrache et Vénissieux. \
La ligne prolongée sera vraisemblablement mise en service au printemps 2026. \
Le tracé définitif a été validé par le conseil municipal de Vénissieux."""

HONEST = """Le tramway lyonnais prolongé jusqu'à Vénissieux

D'après la métropole, les travaux de prolongement dureront deux ans. \
Les riverains de l'avenue Berthelot seront indemnisés par la métropole s'ils subissent des \
pertes de chiffre d'affaires. \
En cas de retard de livraison des rames, l'entreprise chargée du chantier devra payer une amende \
de cinquante mille euros. \
Le tramway transporte en moyenne quarante mille voyageurs par jour entre Perrache et Vénissieux. \
La ligne prolongée devrait être mise en service au printemps 2026. \
Le conseil municipal de Vénissieux a validé le tracé définitif."""

PAIRS = Pairs("qualifiers", SOURCE, HONEST)


def variant(kind: str, find: str, replace: str, fails: str | None = None,
            severity: str | None = None) -> Variant:  # fmt: skip
    """A one-edit variant; `severity` (kept in `warns`): what its finding must be."""
    return Variant("qualifiers", 0, kind, find, replace, fails, severity)


DISTORTIONS = [
    variant("condition dropped", " s'ils subissent des pertes de chiffre d'affaires", "",
            "drops the condition the source gives («si»)", "hard"),
    variant("condition dropped", "En cas de retard de livraison des rames, l'entreprise",
            "L'entreprise", "drops the condition the source gives («en cas de»)", "hard"),
    variant("average dropped", "transporte en moyenne quarante mille",
            "transporte quarante mille",
            "states without the source's «en moyenne»", "review"),
]  # fmt: skip
HONEST_VARIANTS = [
    variant("condition said another way", "s'ils subissent des pertes",
            "en cas de pertes"),
    variant("condition moved", "Les riverains de l'avenue Berthelot seront indemnisés par la "
            "métropole s'ils subissent des pertes de chiffre d'affaires.",
            "S'ils subissent des pertes de chiffre d'affaires, les riverains de l'avenue "
            "Berthelot seront indemnisés par la métropole."),
    variant("attribution moved", "D'après la métropole, les travaux de prolongement dureront "
            "deux ans.", "Les travaux de prolongement dureront deux ans, annonce la métropole."),
    variant("average said another way", "transporte en moyenne quarante mille voyageurs par jour",
            "transporte chaque jour quarante mille voyageurs en moyenne"),
    variant("hedge said another way", "La ligne prolongée devrait être mise en service",
            "La ligne prolongée sera probablement mise en service"),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_qualifiers_finding() -> None:
    assert [f.message for f in PAIRS.findings(HONEST, "qualifiers")] == []


@pytest.mark.parametrize("v", DISTORTIONS, ids=[v.find[:30] for v in DISTORTIONS])
def test_a_dropped_qualifier_is_flagged_and_named(v: Variant) -> None:
    found = PAIRS.edited(v, "qualifiers")
    assert [f.severity for f in found] == [v.warns], [f.message for f in found]
    assert str(v.fails) in found[0].message


@pytest.mark.parametrize("v", HONEST_VARIANTS, ids=[v.kind for v in HONEST_VARIANTS])
def test_a_qualifier_kept_in_other_words_draws_no_qualifiers_finding(v: Variant) -> None:
    assert [f.message for f in PAIRS.edited(v, "qualifiers")] == []
