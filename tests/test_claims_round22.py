"""Round 22 (F-C): clauses — whose word a claim is, said by a verb — pairs of our own.

Every sentence here is written for this file, against a small source of our own; none is a
corpus sentence.

- A source that attributes a fact by a verb of saying in an incise ending the sentence, its
  reporter after it (« …, a indiqué la préfecture du Morbihan », « …, a précisé le quotidien
  Ouest-France »: spaCy reads the reporter as the verb's subject or its object), or with a
  noun or a name for subject before it and « que » after it (« L'armateur Jégo Pêche a annoncé
  que … »), restated without it where the article names the reporter nowhere (its names, or
  its own noun): a review, as « selon X » (round 21; engine.gate.slots.qualifiers
  `unnamed_source`, `_reported_by`, `_told_by`).
- Silent: the attribution kept (moved, said by « selon », another verb of saying, the
  conditional of reported speech), the reporter named in another sentence, a title that sums
  up; and a source verb that is no incise (« Le maire a indiqué le chemin aux secours »,
  « …, a ajouté le maire, qui … » continuing the sentence).
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

FLOOD = Pairs(
    "flood22",
    """Crue du Blavet : des habitants évacués

5 mars 2024. – Quelque 300 habitants de Pontivy ont été évacués dans la nuit, a indiqué la \
préfecture du Morbihan. Le niveau du Blavet a dépassé de 80 centimètres la cote d'alerte, a \
précisé le quotidien Ouest-France. Les écoles de la ville resteront fermées mardi. Le maire a \
indiqué le chemin des gymnases aux familles sinistrées.""",
    """Crue du Blavet : des habitants évacués

Quelque 300 habitants de Pontivy ont été évacués dans la nuit, a indiqué la préfecture du \
Morbihan. Le niveau du Blavet a dépassé de 80 centimètres la cote d'alerte, a précisé le \
quotidien Ouest-France. Les écoles de la ville resteront fermées mardi. Le maire a indiqué le \
chemin des gymnases aux familles sinistrées.""",
)
EVACUATED = (
    "Quelque 300 habitants de Pontivy ont été évacués dans la nuit, a indiqué la préfecture du "
    "Morbihan."
)
LEVEL = (
    "Le niveau du Blavet a dépassé de 80 centimètres la cote d'alerte, a précisé le quotidien "
    "Ouest-France."
)
TITLE = "Crue du Blavet : des habitants évacués"
MAYOR = "Le maire a indiqué le chemin des gymnases aux familles sinistrées."

# whose word the fact is kept, or the reporter named in the article: nothing of the qualifiers
KEPT = [
    FLOOD.variant("honest", EVACUATED,
                  "Selon la préfecture du Morbihan, quelque 300 habitants de Pontivy ont été "
                  "évacués dans la nuit."),
    FLOOD.variant("honest", EVACUATED,
                  "La préfecture du Morbihan a fait évacuer quelque 300 habitants de Pontivy "
                  "dans la nuit."),
    FLOOD.variant("honest", EVACUATED,
                  "Quelque 300 habitants de Pontivy auraient été évacués dans la nuit."),
    FLOOD.variant("honest", EVACUATED,
                  "Dans la nuit, quelque 300 habitants de Pontivy ont été évacués, a précisé "
                  "l'État."),
    FLOOD.variant("honest", EVACUATED,
                  "La préfecture a fait le point au matin. Quelque 300 habitants de Pontivy "
                  "ont été évacués dans la nuit."),
    FLOOD.variant("honest", EVACUATED,
                  "Les services de l'État indiquent que quelque 300 habitants de Pontivy ont "
                  "été évacués dans la nuit."),
    FLOOD.variant("honest", LEVEL,
                  "D'après Ouest-France, le niveau du Blavet a dépassé de 80 centimètres la "
                  "cote d'alerte."),
    FLOOD.variant("honest", LEVEL,
                  "Le niveau du Blavet a dépassé de 80 centimètres la cote d'alerte, selon la "
                  "presse régionale."),
    FLOOD.variant("honest", LEVEL,
                  "Le quotidien Ouest-France relève que le niveau du Blavet a dépassé de 80 "
                  "centimètres la cote d'alerte."),
    FLOOD.variant("honest", TITLE,
                  "Crue du Blavet : 300 habitants évacués, la cote d'alerte dépassée"),
    FLOOD.variant("honest", "Les écoles de la ville",
                  "Ouest-France suit la crue heure par heure. Les écoles de la ville"),
    FLOOD.variant("honest", MAYOR, "Le maire a guidé les familles sinistrées vers les gymnases."),
    FLOOD.variant("honest", MAYOR, "Les familles sinistrées ont été guidées vers les gymnases."),
]  # fmt: skip


@each(KEPT)
def test_whose_word_kept_draws_nothing(case: Case) -> None:
    FLOOD.draws_nothing(case, "qualifiers")


UNNAMED = "states without the source's «"
DROPPED = [
    FLOOD.variant("dropped condition", EVACUATED,
                  "Quelque 300 habitants de Pontivy ont été évacués dans la nuit.",
                  UNNAMED + "indiqué la préfecture du Morbihan»"),
    FLOOD.variant("dropped condition", EVACUATED,
                  "Dans la nuit, les autorités ont évacué quelque 300 habitants de Pontivy.",
                  UNNAMED + "indiqué la préfecture du Morbihan»"),
    FLOOD.variant("dropped condition", LEVEL,
                  "Le niveau du Blavet a dépassé de 80 centimètres la cote d'alerte.",
                  UNNAMED + "précisé le quotidien Ouest-France»"),
    FLOOD.variant("dropped condition", LEVEL,
                  "La cote d'alerte a été dépassée de 80 centimètres par le niveau du Blavet.",
                  UNNAMED + "précisé le quotidien Ouest-France»"),
]  # fmt: skip


@each(DROPPED)
def test_whose_word_dropped_and_unnamed_is_a_review(case: Case) -> None:
    FLOOD.draws_one(case, "qualifiers", "review")


# « X indique que P »: a verb of saying, its subject a noun or a name before it
HARBOUR = Pairs(
    "harbour22",
    """Port de Lorient : un chalutier coulé

8 avril 2024. – L'armateur Jégo Pêche a annoncé que le chalutier Kerlouan avait coulé au large \
de Groix. Son porte-parole a précisé que les six marins avaient été hélitreuillés. Le port \
restera fermé jusqu'à jeudi. Il a indiqué que l'équipage était sain et sauf.""",
    """Port de Lorient : un chalutier coulé

L'armateur Jégo Pêche a annoncé que le chalutier Kerlouan avait coulé au large de Groix. Son \
porte-parole a précisé que les six marins avaient été hélitreuillés. Le port restera fermé \
jusqu'à jeudi. Il a indiqué que l'équipage était sain et sauf.""",
)
SANK = "L'armateur Jégo Pêche a annoncé que le chalutier Kerlouan avait coulé au large de Groix."
TOLD_KEPT = [
    HARBOUR.variant("honest", SANK,
                    "Selon son armateur, Jégo Pêche, le chalutier Kerlouan a coulé au large de "
                    "Groix."),
    HARBOUR.variant("honest", SANK,
                    "Le chalutier Kerlouan a coulé au large de Groix, a fait savoir son armateur."),
    HARBOUR.variant("honest", SANK,
                    "Le chalutier Kerlouan aurait coulé au large de Groix."),
    HARBOUR.variant("honest", SANK,
                    "Jégo Pêche a perdu un navire. Le chalutier Kerlouan a coulé au large de "
                    "Groix."),
    HARBOUR.variant("honest", SANK,
                    "Le chalutier Kerlouan de l'armement Jégo Pêche a coulé au large de Groix."),
    HARBOUR.variant("honest", SANK,
                    "L'armateur annonce que le chalutier Kerlouan a coulé au large de Groix."),
    HARBOUR.variant("honest", "Son porte-parole a précisé que les six marins avaient été "
                    "hélitreuillés.", "Les six marins ont été hélitreuillés."),
    HARBOUR.variant("honest", "Il a indiqué que l'équipage était sain et sauf.",
                    "L'équipage est sain et sauf."),
]  # fmt: skip


@each(TOLD_KEPT)
def test_told_kept_draws_nothing(case: Case) -> None:
    HARBOUR.draws_nothing(case, "qualifiers")


TOLD_DROPPED = [
    HARBOUR.variant("dropped condition", SANK,
                    "Le chalutier Kerlouan a coulé au large de Groix.",
                    UNNAMED + "annoncé l'armateur Jégo Pêche»"),
    HARBOUR.variant("dropped condition", SANK,
                    "Au large de Groix, le chalutier Kerlouan a sombré.",
                    UNNAMED + "annoncé l'armateur Jégo Pêche»"),
]  # fmt: skip


@each(TOLD_DROPPED)
def test_told_dropped_and_unnamed_is_a_review(case: Case) -> None:
    HARBOUR.draws_one(case, "qualifiers", "review")
