"""Round 21 (F-C): clauses — whose word a claim is — pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

- « selon X », « d'après X » dropped from the claim it qualifies, where the article names X
  nowhere (its title too): the reader is left no way to tell whose word the claim is. A review
  (engine.gate.slots.qualifiers `unnamed_source`): an attribution dropped alone is no certain
  loss, X named nowhere in the article is the second cue.
- Silent: the attribution kept (moved, said another way, by a verb of saying, by the
  conditional of reported speech), X named in the sentence or in another sentence of the
  article, a title that sums up.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

STORM = Pairs(
    "storm21",
    """Tempête dans le Finistère : des coupures d'électricité

3 février 2024. – Selon le gestionnaire Enedis, quelque 40 000 foyers étaient encore privés de \
courant samedi soir. D'après Météo-France, les rafales ont atteint 150 km/h à la pointe du Raz. \
Les lycées du département resteront fermés lundi. Le maire de Brest a ouvert deux gymnases pour \
accueillir les sinistrés.""",
    """Tempête dans le Finistère : des coupures d'électricité

Selon le gestionnaire Enedis, quelque 40 000 foyers étaient encore privés de courant samedi \
soir. D'après Météo-France, les rafales ont atteint 150 km/h à la pointe du Raz. Les lycées du \
département resteront fermés lundi. Le maire de Brest a ouvert deux gymnases pour accueillir les \
sinistrés.""",
)
HOMES = (
    "Selon le gestionnaire Enedis, quelque 40 000 foyers étaient encore privés de courant samedi "
    "soir."
)
GUSTS = "D'après Météo-France, les rafales ont atteint 150 km/h à la pointe du Raz."
TITLE = "Tempête dans le Finistère : des coupures d'électricité"

# whose word the claim is kept, or X named in the article: nothing of the qualifiers
KEPT = [
    STORM.variant("honest", HOMES,
                  "Quelque 40 000 foyers étaient encore privés de courant samedi soir, selon "
                  "Enedis."),
    STORM.variant("honest", HOMES,
                  "Enedis comptait encore quelque 40 000 foyers privés de courant samedi soir."),
    STORM.variant("honest", HOMES,
                  "Quelque 40 000 foyers étaient encore privés de courant samedi soir, d'après "
                  "le gestionnaire du réseau."),
    STORM.variant("honest", HOMES,
                  "Enedis a fait le point samedi soir. Quelque 40 000 foyers étaient encore "
                  "privés de courant."),
    STORM.variant("honest", HOMES,
                  "Quelque 40 000 foyers auraient encore été privés de courant samedi soir."),
    STORM.variant("honest", HOMES,
                  "Samedi soir, le gestionnaire du réseau indiquait que quelque 40 000 foyers "
                  "étaient encore privés de courant."),
    STORM.variant("honest", GUSTS,
                  "Météo-France a mesuré des rafales de 150 km/h à la pointe du Raz."),
    STORM.variant("honest", GUSTS,
                  "Les rafales ont atteint 150 km/h à la pointe du Raz, selon les "
                  "prévisionnistes."),
    STORM.variant("honest", GUSTS,
                  "Les rafales ont atteint 150 km/h à la pointe du Raz, a relevé Météo-France."),
    STORM.variant("honest", GUSTS,
                  "Si l'on en croit les relevés, les rafales ont atteint 150 km/h à la pointe du "
                  "Raz."),
    STORM.variant("honest", TITLE,
                  "Tempête dans le Finistère : 40 000 foyers privés de courant samedi soir"),
    STORM.variant("honest", "Le maire de Brest a ouvert",
                  "Météo-France maintient sa vigilance. Le maire de Brest a ouvert"),
]  # fmt: skip


@each(KEPT)
def test_whose_word_kept_draws_nothing(case: Case) -> None:
    STORM.draws_nothing(case, "qualifiers")


UNNAMED = "states without the source's «"
DROPPED = [
    STORM.variant("dropped condition", HOMES,
                  "Quelque 40 000 foyers étaient encore privés de courant samedi soir.",
                  UNNAMED + "selon»"),
    STORM.variant("dropped condition", HOMES,
                  "Samedi soir, quelque 40 000 foyers restaient privés de courant.",
                  UNNAMED + "selon»"),
    STORM.variant("dropped condition", GUSTS,
                  "Les rafales ont atteint 150 km/h à la pointe du Raz.", UNNAMED + "d'après»"),
    STORM.variant("dropped condition", GUSTS,
                  "À la pointe du Raz, les rafales ont atteint 150 km/h.", UNNAMED + "d'après»"),
]  # fmt: skip


@each(DROPPED)
def test_whose_word_dropped_and_unnamed_is_a_review(case: Case) -> None:
    STORM.draws_one(case, "qualifiers", "review")
