"""Conditions, hedges and attributions (engine.gate.slots.qualifiers): what the source says only
under a condition (« s'ils subissent des pertes », « en cas de retard »), only as likely or on
average (« vraisemblablement », « en moyenne »), or only on someone's word (« selon la
métropole », « les commerçants estiment que »), restated without it.

A source of our own and an honest rewrite; each distortion drops one qualifier and must draw the
`qualifiers` finding that names it (for a condition where the sentence surely restates its source
sentence, the severity of a certain finding: `blocking`, review while the rule is on probation;
review otherwise); each honest variant keeps it in other words or another place
and must draw none.
"""

from __future__ import annotations

from scripts.fidelity_eval import Variant
from tests.pairs import Case, Pairs, Sentences, blocking, each

SOURCE = """Lyon : le tramway prolongé jusqu'à Vénissieux

Selon la métropole, les travaux du prolongement dureront deux ans. \
Les riverains de l'avenue Berthelot seront indemnisés par la métropole s'ils subissent des \
pertes de chiffre d'affaires. \
L'entreprise chargée du chantier devra payer une amende de 50 000 euros en cas de retard de \
livraison des rames. \
Le tramway transporte en moyenne 40 000 voyageurs par jour entre Perrache et Vénissieux. \
La ligne prolongée sera vraisemblablement mise en service au printemps 2026. \
Le tracé définitif a été validé par le conseil municipal de Vénissieux. \
Les commerçants de l'avenue estiment que le chantier fera fuir leurs clients. \
Si le conflit persiste, la métropole pourra alors prendre des sanctions."""

HONEST = """Le tramway lyonnais prolongé jusqu'à Vénissieux

D'après la métropole, les travaux de prolongement dureront deux ans. \
Les riverains de l'avenue Berthelot seront indemnisés par la métropole s'ils subissent des \
pertes de chiffre d'affaires. \
En cas de retard de livraison des rames, l'entreprise chargée du chantier devra payer une amende \
de cinquante mille euros. \
Le tramway transporte en moyenne quarante mille voyageurs par jour entre Perrache et Vénissieux. \
La ligne prolongée devrait être mise en service au printemps 2026. \
Le conseil municipal de Vénissieux a validé le tracé définitif. \
Selon les commerçants de l'avenue, le chantier fera fuir leurs clients. \
Si le conflit persiste, la métropole pourra alors prendre des sanctions."""

PAIRS = Pairs("qualifiers", SOURCE, HONEST)


def variant(kind: str, find: str, replace: str, fails: str | None = None,
            severity: str | None = None) -> Variant:  # fmt: skip
    """A one-edit variant; `severity` (kept in `warns`): what its finding must be."""
    return Variant("qualifiers", 0, kind, find, replace, fails, severity)


DISTORTIONS = [
    variant("condition dropped", " s'ils subissent des pertes de chiffre d'affaires", "",
            "drops the condition the source gives («si»)", blocking("qualifiers")),
    variant("condition dropped", "En cas de retard de livraison des rames, l'entreprise",
            "L'entreprise", "drops the condition the source gives («en cas de»)",
            blocking("qualifiers")),
    variant("average dropped", "transporte en moyenne quarante mille",
            "transporte quarante mille",
            "states without the source's «en moyenne»", "review"),
    # a condition opening the sentence that spaCy hangs on the main verb (« persiste » read as
    # an adjective): the condition is the clause up to its comma, not the whole sentence, and
    # the main clause's « prendre » makes it no point of view (« si on prend en compte … »)
    variant("condition dropped", "Si le conflit persiste, la métropole pourra alors prendre",
            "La métropole pourra prendre",
            "drops the condition the source gives («si»)", blocking("qualifiers")),
    # a view the source gives as someone's (« estiment que »), stated as a fact
    variant("view stated as a fact", "Selon les commerçants de l'avenue, le chantier fera fuir "
            "leurs clients.", "Le chantier fera fuir la clientèle.",
            "states as a fact what the source gives on someone's word («estiment»)", "review"),
    variant("view stated as a fact", "Selon les commerçants de l'avenue, le chantier fera fuir "
            "leurs clients.", "Le chantier fera fuir les clients, c'est certain.",
            "states as a fact what the source gives on someone's word («estiment»)", "review"),
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
    # a view kept: another verb of opinion, a quotation with its speaker, « à leurs yeux », the
    # conditional of reported speech, the words of whose view it is
    variant("view said another way", "Selon les commerçants de l'avenue, le chantier fera fuir "
            "leurs clients.", "Les commerçants de l'avenue craignent que le chantier fasse fuir "
            "leurs clients."),
    variant("view quoted", "Selon les commerçants de l'avenue, le chantier fera fuir leurs "
            "clients.", "« Le chantier fera fuir nos clients », jugent les commerçants."),
    variant("view in a phrase", "Selon les commerçants de l'avenue, le chantier fera fuir leurs "
            "clients.", "À leurs yeux, le chantier fera fuir la clientèle."),
    variant("view in the conditional", "Selon les commerçants de l'avenue, le chantier fera fuir "
            "leurs clients.", "Le chantier ferait fuir la clientèle."),
    variant("view by its holders", "Selon les commerçants de l'avenue, le chantier fera fuir "
            "leurs clients.", "Pour les commerçants, le chantier fera fuir la clientèle."),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_qualifiers_finding() -> None:
    PAIRS.draws_nothing(HONEST, "qualifiers")


@each(DISTORTIONS)
def test_a_dropped_qualifier_is_flagged_and_named(case: Variant) -> None:
    PAIRS.draws_one(case, "qualifiers", case.warns)


@each(HONEST_VARIANTS, "kind")
def test_a_qualifier_kept_in_other_words_draws_no_qualifiers_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "qualifiers")


# A hedge that opens an aside between commas, naming something (« un grand orifice, probablement
# une bouche, énorme … »), hedges that name, not the sentence around it: a sentence that restates
# the rest draws nothing, one that names it without the hedge still draws a review; a hedge set
# alone between commas (« il a, probablement, été tué ») is still the verb's (issue 19, round 11).
ASIDE = Sentences(
    "qualifiers-aside",
    "Paléontologie : un ancêtre minuscule\n\n30 janvier 2017. – Le fossile montre un grand "
    "orifice, probablement une bouche, énorme pour sa taille et avait huit petites ouvertures "
    "coniques le long du corps. Le spécimen a, probablement, été écrasé par les sédiments.",
    "Un ancêtre minuscule",
)


@each(
    [
        "Le long du corps, l'animal avait huit petites ouvertures coniques.",
        "Le fossile avait huit petites ouvertures coniques le long du corps.",
        "Le fossile montre un grand orifice, sans doute une bouche, énorme pour sa taille.",
    ]
)
def test_what_an_aside_s_hedge_leaves_out_draws_nothing(case: str) -> None:
    ASIDE.draws_nothing(case, "qualifiers")


@each(
    [
        "Le fossile montre un grand orifice, une bouche énorme pour sa taille.",
        "Le spécimen a été écrasé par les sédiments.",
    ]
)
def test_the_hedged_thing_said_without_its_hedge_is_a_review(case: str) -> None:
    ASIDE.draws(case, "qualifiers", "review", "states without the source's «probablement»")


# Issue 19, round 11: a deed the source gives as what someone is accused or suspected of (the
# participle of a verb of accusing before « de »: lexicon/conditions.txt « allege »), restated
# as done, drops a hedge: a review. The verb in any form, or a noun of it, keeps it; a verb of
# opinion as a participle qualifying a noun (« les milices soutenues par l'Iran ») gives no view
# of the sentence's claim, and keeps no hedge.
SOURCE_ALLEGED = """Golfe : le Qatar isolé

Six pays ont rompu leurs relations diplomatiques avec le Qatar, accusé de déstabiliser la \
région et de promouvoir des organisations terroristes. La firme américaine était accusée de \
pollution massive et d'écocide pour avoir commercialisé des herbicides toxiques. Les véritables \
raisons de la rupture résident dans les liens présumés de Doha avec des groupes extrémistes et \
avec les milices soutenues par l'Iran."""

ALLEGED = Sentences("alleged", SOURCE_ALLEGED, "Le Qatar isolé")

GIVEN_AS_DONE = [
    ("Six pays ont rompu leurs relations diplomatiques avec le Qatar, qui déstabilise la région "
     "et promeut des organisations terroristes.", "states without the source's «accusé de»"),
    ("La firme américaine s'est rendue coupable de pollution massive et d'écocide en "
     "commercialisant des herbicides toxiques.", "states without the source's «accusée de»"),
    ("La firme américaine a commis une pollution massive et un écocide en commercialisant des "
     "herbicides toxiques.", "states without the source's «accusée de»"),
    ("Les véritables raisons de la rupture tiennent aux liens avérés de Doha avec des groupes "
     "extrémistes, ainsi qu'avec des milices soutenues par l'Iran.",
     "states without the source's «présumés»"),
]  # fmt: skip
KEPT_ALLEGED = [
    "Six pays ont rompu leurs relations diplomatiques avec le Qatar, soupçonné de déstabiliser "
    "la région et de promouvoir des organisations terroristes.",
    "Six pays ont rompu leurs relations diplomatiques avec le Qatar, qu'ils accusent de "
    "déstabiliser la région et de promouvoir des organisations terroristes.",
    "Six pays ont rompu leurs relations diplomatiques avec le Qatar, sur fond d'accusations de "
    "déstabilisation de la région et de soutien à des organisations terroristes.",
    "On reprochait à la firme américaine une pollution massive et un écocide pour avoir "
    "commercialisé des herbicides toxiques.",
    "La firme américaine, soupçonnée de pollution massive et d'écocide, a commercialisé des "
    "herbicides toxiques.",
    "Les véritables raisons de la rupture tiennent aux liens supposés de Doha avec des groupes "
    "extrémistes, ainsi qu'avec des milices soutenues par l'Iran.",
    "Les véritables raisons de la rupture tiennent aux liens présumés de Doha avec des groupes "
    "extrémistes, ainsi qu'avec des milices soutenues par l'Iran.",
    # the deed not said: nothing stated as done
    "Six pays ont rompu leurs relations diplomatiques avec le Qatar.",
    "Voici ce que l'on sait de la rupture entre six pays et le Qatar.",
]


@each(GIVEN_AS_DONE)
def test_an_allegation_restated_as_done_is_a_review(case: Case) -> None:
    ALLEGED.draws_one(case, "qualifiers", "review")


@each(KEPT_ALLEGED)
def test_an_allegation_kept_in_other_words_draws_no_qualifiers_finding(case: Case) -> None:
    ALLEGED.draws_nothing(case, "qualifiers")


# Issue 19, round 11b: « sans quoi », « faute de quoi », « à défaut », « sous peine de »
# (lexicon/conditions.txt « otherwise ») make what follows hold only if what was said before is
# left undone: a condition on the clause they open, which a sentence restating that clause bare
# drops; one that says it with « si », « sinon », « à défaut » or « en cas de » keeps it. A
# measure said « temporairement », « temporaire » is a hedge (provisional), as « provisoirement ».
SOURCE_OTHERWISE = """Québec : les chauffeurs encadrés

Les chauffeurs devront suivre les mêmes règles que les taxis, sans quoi ils verront leur permis \
de conduire suspendu et leur véhicule saisi. Les victimes doivent verser une rançon, faute de \
quoi leurs fichiers seront effacés par les pirates. Un juge a suspendu temporairement le décret \
présidentiel sur l'immigration."""

OTHERWISE = Sentences("otherwise", SOURCE_OTHERWISE, "Les chauffeurs encadrés")

CONDITION_DROPPED = [
    ("Leur permis de conduire sera suspendu et leur véhicule saisi.", "«sans quoi»"),
    ("Les chauffeurs verront en outre leur permis de conduire suspendu et leur véhicule saisi.",
     "«sans quoi»"),
    ("Les pirates effaceront ensuite leurs fichiers.", "«faute de quoi»"),
    ("Leurs fichiers seront de toute façon effacés par les pirates.", "«faute de quoi»"),
    ("Un juge a suspendu le décret présidentiel sur l'immigration.",
     "states without the source's «temporairement»"),
]  # fmt: skip
CONDITION_KEPT = [
    "À défaut, leur permis de conduire sera suspendu et leur véhicule saisi.",
    "Sinon, leur permis de conduire sera suspendu et leur véhicule saisi.",
    "S'ils enfreignent ces règles, leur permis de conduire sera suspendu et leur véhicule saisi.",
    "En cas d'infraction, leur permis de conduire sera suspendu et leur véhicule saisi.",
    "Dans le cas contraire, les pirates effaceront leurs fichiers.",
    "Les chauffeurs devront suivre les mêmes règles que les taxis.",
    "Un juge a suspendu provisoirement le décret présidentiel sur l'immigration.",
    "Un juge a prononcé la suspension temporaire du décret présidentiel sur l'immigration.",
]


@each(CONDITION_DROPPED)
def test_a_condition_on_what_follows_dropped_is_flagged(case: Case) -> None:
    OTHERWISE.draws_one(case, "qualifiers", "review")


@each(CONDITION_KEPT)
def test_a_condition_on_what_follows_kept_draws_no_qualifiers_finding(case: Case) -> None:
    OTHERWISE.draws_nothing(case, "qualifiers")


# A present the tagger calls an imperfect (« paient », « essaient ») is no imperfect: « Si les
# victimes ne paient pas la rançon, les pirates effaceront » supposes, it contrasts nothing
# (issue 19, round 12).
RANSOM = Sentences(
    "qualifiers-ransom",
    "Un logiciel de rançon frappe les hôpitaux\n\n3 mars 2019. – Un logiciel de rançon frappe "
    "les hôpitaux. Si les victimes ne paient pas la rançon, les pirates effaceront leurs "
    "fichiers.",
    "Un logiciel de rançon frappe les hôpitaux",
)


def test_a_condition_with_a_present_read_as_an_imperfect_dropped_is_flagged() -> None:
    RANSOM.draws_one(
        ("Les pirates effaceront leurs fichiers.", "drops the condition the source gives («si»)"),
        "qualifiers",
        blocking("qualifiers"),
    )


def test_a_condition_with_a_present_read_as_an_imperfect_kept_draws_nothing() -> None:
    RANSOM.draws_nothing("Les pirates effaceront leurs fichiers s'ils ne paient pas.", "qualifiers")


# What a qualifier reaches (issue 19, round 13): a hedge's own word said in another form keeps it
# (« un taux annuel moyen » for « en moyenne »); an adjective hedges its own noun, not the nouns
# joined to it (« des violences supposées … ainsi que du refus de coopérer »); a condition does not
# reach a clause « mais » opens with its own subject in the present (« … mais cette saisine ne
# concerne en aucun cas le ministre »); a subject set apart by commas before its verb is no
# speaker after a claim (« La crise, qui secoue le pays, trouve son origine dans … »).
REACH = Sentences(
    "qualifiers-reach",
    "Burundi : l'économie en crise\n\n30 octobre 2016. – Avant la crise, le pays affichait un "
    "taux de croissance annuel en moyenne autour de 4 %. L'UE a gelé ses aides en raison des "
    "violences supposées contre les opposants ainsi que du refus du pays de coopérer avec la "
    "CPI. « Si l'enquête concluait à une faute, le parquet devrait saisir la justice, mais cette "
    "saisine ne concerne en aucun cas le ministre », insiste le porte-parole. La grave crise "
    "politique qui secoue le pays depuis 2015, trouve son origine dans la volonté du président "
    "de briguer un troisième mandat. Si tout se passe comme prévu, la fin de la mission de l'ONU "
    "est programmée pour octobre 2017.",
    "Burundi : l'économie en crise",
)
REACH_KEPT = [
    "Avant la crise, le pays affichait un taux de croissance annuel moyen autour de 4 %.",
    "L'UE reproche aussi au pays son refus de coopérer avec la CPI.",
    "Cette saisine ne concerne en aucun cas le ministre, insiste le porte-parole.",
    "Le pays est secoué depuis 2015 par une grave crise politique.",
    "La crise politique secoue le pays depuis 2015.",
    # a condition that the plan holds, kept by a verb of plan (lexicon modality « plan »)
    "La fin de la mission de l'ONU est programmée pour octobre 2017.",
    "Une mission de l'ONU prévue jusqu'en octobre 2017.",
]
REACH_DROPPED = [
    ("Avant la crise, le pays affichait un taux de croissance annuel autour de 4 %.",
     "states without the source's «en moyenne»"),
    ("L'UE a gelé ses aides en raison des violences contre les opposants.",
     "states without the source's «supposées»"),
    ("Le parquet devra saisir la justice, insiste le porte-parole, mais cette saisine ne concerne "
     "en aucun cas le ministre.", "drops the condition the source gives («si»)"),
    ("La fin de la mission de l'ONU aura lieu en octobre 2017.",
     "drops the condition the source gives («si»)"),
]  # fmt: skip


@each(REACH_KEPT)
def test_a_qualifier_out_of_reach_draws_no_qualifiers_finding(case: str) -> None:
    REACH.draws_nothing(case, "qualifiers")


@each(REACH_DROPPED)
def test_a_qualifier_dropped_within_its_reach_is_flagged(case: tuple[str, str]) -> None:
    REACH.draws_one(case, "qualifiers")
