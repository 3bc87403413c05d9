"""Readings drawn from round 16's development sets (the sentences are written here):

- a nationality the source says only near a person's name, of someone else (« du Suédois Lars
  Berg et de son compatriote Nils Eklund », whose « son » may be the sentence subject's), is no
  nationality of his own: an article that gives him another one may have read « son
  compatriote » as the subject's — a review, not a hard finding;
- a nationality the source writes beside his own name is his: another one is still hard.

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

from tests.pairs import Pairs

SKIERS = Pairs(
    "skiers",
    """Ski de fond : le Norvégien Ola Haugen s'impose à Lahti

4 mars 2018. – Le Norvégien Ola Haugen a remporté dimanche le 15 km de Lahti, sa troisième \
victoire de l'hiver.

Le départ a été donné à 11 heures sous la neige. La course s'est jouée dans le dernier tour. \
Suivi par le Finlandais Mika Virtanen, le Suédois Lars Berg et son compatriote Nils Eklund, le \
vainqueur a attaqué dans la dernière montée pour s'imposer avec douze secondes d'avance.""",
)
RACE = """Ola Haugen s'impose à Lahti

Dimanche, Ola Haugen a gagné le 15 km de Lahti, sa troisième victoire de l'hiver. Suivi par le \
Finlandais Mika Virtanen, le Suédois Lars Berg et {}, le vainqueur a attaqué dans la \
dernière montée et s'est imposé avec douze secondes d'avance."""


def test_a_nationality_said_only_near_the_name_is_not_his_for_certain() -> None:
    found = SKIERS.findings(RACE.format("son compatriote norvégien Nils Eklund"), "roles")
    assert [f.severity for f in found] == ["review"]


def test_the_nationality_written_beside_his_own_name_is_his() -> None:
    found = SKIERS.findings(RACE.format("le Danois Mika Virtanen"), "roles")
    assert [f.severity for f in found if "Virtanen" in f.message] == ["hard"]
