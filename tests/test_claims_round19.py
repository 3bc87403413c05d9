"""Round 19 (F-C): clauses — recall of dropped conditions — pairs of our own.

Every sentence here is written for this file, against small sources of our own; none is a
corpus sentence.

- A conditional the source gives under a verb of saying in the present (« La Dépêche affirme
  que le maire aurait attribué … ») alleges, as the conditional alone does; only a verb of
  saying in the past makes it a conditional of concord (« a annoncé que la commune
  publierait »: a future seen from the past). Stated as a fact, with no attribution, hedge or
  conditional of its own, it is the review « states as a fact what the source only alleges »
  (engine.gate.slots.modality `_alleged`); it drew nothing before.
- The words of « d'après X » (spaCy: « d' » case, « après » fixed on it) are whose word the
  claim is, not the claim: a sentence that restates the claim without them restates all of it.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

MARKETS = Pairs(
    "markets19",
    """Gers : un maire soupçonné de favoritisme

14 mars 2023. – Le journal régional La Dépêche affirme que le maire d'Auch aurait attribué trois \
marchés publics à l'entreprise de son beau-frère. D'après les premiers éléments de l'enquête, les \
contrats auraient été signés sans appel d'offres. Le maire a annoncé que la commune publierait \
tous les contrats avant l'été. Le conseil municipal se réunira jeudi pour en débattre.""",
    """Gers : un maire soupçonné de favoritisme

Le journal régional La Dépêche affirme que le maire d'Auch aurait attribué trois marchés publics \
à l'entreprise de son beau-frère. D'après les premiers éléments de l'enquête, les contrats \
auraient été signés sans appel d'offres. Le maire a annoncé que la commune publierait tous les \
contrats avant l'été. Le conseil municipal se réunira jeudi pour en débattre.""",
)
AWARDED = (
    "Le journal régional La Dépêche affirme que le maire d'Auch aurait attribué trois marchés "
    "publics à l'entreprise de son beau-frère."
)
SIGNED = (
    "D'après les premiers éléments de l'enquête, les contrats auraient été signés sans appel "
    "d'offres."
)
PUBLISH = "Le maire a annoncé que la commune publierait tous les contrats avant l'été."
ALLEGES = "states as a fact what the source only alleges"

# the allegation kept: said as someone's word, hedged, or in the conditional; the concord of a
# past verb of saying said as a future: no finding of modality
ALLEGATION_KEPT = [
    MARKETS.variant("honest", AWARDED,
                    "Selon La Dépêche, le maire d'Auch aurait attribué trois marchés publics à "
                    "l'entreprise de son beau-frère."),
    MARKETS.variant("honest", AWARDED,
                    "Le maire d'Auch a attribué trois marchés publics à l'entreprise de son "
                    "beau-frère, selon La Dépêche."),
    MARKETS.variant("honest", AWARDED,
                    "Le maire d'Auch aurait attribué trois marchés publics à l'entreprise de son "
                    "beau-frère, affirme le quotidien régional."),
    MARKETS.variant("honest", AWARDED,
                    "D'après La Dépêche, trois marchés publics ont été confiés par le maire "
                    "d'Auch à l'entreprise de son beau-frère."),
    MARKETS.variant("honest", AWARDED,
                    "Le maire d'Auch aurait favorisé l'entreprise de son beau-frère en lui "
                    "attribuant trois marchés publics."),
    MARKETS.variant("honest", AWARDED,
                    "Le quotidien La Dépêche affirme que le maire d'Auch a attribué trois "
                    "marchés publics à l'entreprise de son beau-frère."),
    MARKETS.variant("honest", SIGNED,
                    "Les contrats auraient été signés sans appel d'offres, selon les premiers "
                    "éléments de l'enquête."),
    MARKETS.variant("honest", SIGNED,
                    "Les premiers éléments de l'enquête indiquent que les contrats ont été "
                    "signés sans appel d'offres."),
    MARKETS.variant("honest", SIGNED,
                    "Les contrats auraient été signés sans appel d'offres."),
    MARKETS.variant("honest", PUBLISH,
                    "La commune publiera tous les contrats avant l'été."),
    MARKETS.variant("honest", PUBLISH,
                    "Tous les contrats seront publiés avant l'été, a promis le maire."),
    MARKETS.variant("honest", PUBLISH,
                    "Le maire s'est engagé à publier tous les contrats avant l'été."),
]  # fmt: skip


@each(ALLEGATION_KEPT)
def test_an_allegation_kept_draws_nothing(case: Case) -> None:
    MARKETS.draws_nothing(case, "modality")


# the allegation stated as a fact: a review (each drew nothing before)
ALLEGATION_STATED = [
    MARKETS.variant("dropped condition", AWARDED,
                    "Le maire d'Auch a attribué trois marchés publics à l'entreprise de son "
                    "beau-frère.", ALLEGES),
    MARKETS.variant("dropped condition", AWARDED,
                    "Le maire d'Auch a accordé trois marchés publics à l'entreprise de son "
                    "beau-frère.", ALLEGES),
    MARKETS.variant("dropped condition", AWARDED,
                    "Trois marchés publics ont été attribués par le maire d'Auch à l'entreprise "
                    "de son beau-frère.", ALLEGES),
    MARKETS.variant("dropped condition", SIGNED,
                    "Les contrats ont été signés sans appel d'offres.", ALLEGES),
    MARKETS.variant("dropped condition", SIGNED,
                    "Les contrats ont été passés sans le moindre appel d'offres.", ALLEGES),
]  # fmt: skip


@each(ALLEGATION_STATED)
def test_an_allegation_stated_as_a_fact_is_a_review(case: Case) -> None:
    MARKETS.draws_one(case, "modality", "review")


# - A noun the source restricts by what it is not (« non » before its participle, a relative
#   clause whose verb is denied) said alone, in a sentence that restates its source sentence,
#   with none of the restriction's own words and no word that restricts: the claim on some made
#   a claim on all (engine.gate.slots.qualifiers `_restrictions`, `_unrestricted`). A review.
GRANTS = Pairs(
    "grants19",
    """Lot : une aide pour les agriculteurs non assurés contre la grêle

3 juillet 2023. – Le conseil départemental du Lot versera une aide de 2 000 euros aux \
agriculteurs non assurés contre la grêle. Les communes qui n'ont pas encore réparé leurs routes \
recevront une dotation d'urgence. Les orages de juin ont détruit une partie des récoltes de \
noix.""",
    """Lot : une aide pour les agriculteurs non assurés contre la grêle

Le conseil départemental du Lot versera une aide de 2 000 euros aux agriculteurs non assurés \
contre la grêle. Les communes qui n'ont pas encore réparé leurs routes recevront une dotation \
d'urgence. Les orages de juin ont détruit une partie des récoltes de noix.""",
)
AID = (
    "Le conseil départemental du Lot versera une aide de 2 000 euros aux agriculteurs non "
    "assurés contre la grêle."
)
ROADS = "Les communes qui n'ont pas encore réparé leurs routes recevront une dotation d'urgence."
DROPS = "drops the restriction the source puts on"

RESTRICTION_KEPT = [
    GRANTS.variant("honest", AID,
                   "Le département du Lot accordera 2 000 euros aux agriculteurs qui n'ont pas "
                   "d'assurance contre la grêle."),
    GRANTS.variant("honest", AID,
                   "Les agriculteurs sans assurance contre la grêle toucheront une aide de "
                   "2 000 euros du conseil départemental du Lot."),
    GRANTS.variant("honest", AID,
                   "Le conseil départemental du Lot versera 2 000 euros aux agriculteurs qui ne "
                   "sont pas couverts."),
    GRANTS.variant("honest", AID,
                   "Seuls les agriculteurs non assurés recevront l'aide de 2 000 euros du "
                   "conseil départemental du Lot."),
    GRANTS.variant("honest", AID,
                   "Une aide de 2 000 euros sera versée par le conseil départemental du Lot aux "
                   "exploitants dépourvus d'assurance grêle."),
    GRANTS.variant("honest", AID,
                   "Le conseil départemental du Lot a annoncé une aide de 2 000 euros."),
    GRANTS.variant("honest", ROADS,
                   "Les communes dont la voirie attend encore des réparations recevront une "
                   "dotation d'urgence."),
    GRANTS.variant("honest", ROADS,
                   "Une dotation d'urgence ira aux communes aux routes toujours pas réparées."),
    GRANTS.variant("honest", ROADS,
                   "Les communes recevront une dotation d'urgence si leurs routes ne sont pas "
                   "encore réparées."),
]  # fmt: skip


@each(RESTRICTION_KEPT)
def test_a_restriction_kept_draws_nothing(case: Case) -> None:
    GRANTS.draws_nothing(case, "qualifiers")


RESTRICTION_DROPPED = [
    GRANTS.variant("dropped condition", AID,
                   "Le conseil départemental du Lot versera une aide de 2 000 euros aux "
                   "agriculteurs.", DROPS),
    GRANTS.variant("dropped condition", AID,
                   "Tous les agriculteurs du Lot recevront une aide de 2 000 euros du conseil "
                   "départemental.", DROPS),
    GRANTS.variant("dropped condition", ROADS,
                   "Les communes recevront une dotation d'urgence.", DROPS),
]  # fmt: skip


@each(RESTRICTION_DROPPED)
def test_a_restriction_dropped_is_a_review(case: Case) -> None:
    GRANTS.draws_one(case, "qualifiers", "review")


# - A noun set after a comma with « un », « une » that sums up the clause before it (lexicon
#   causal « summing »: « une victoire », « un succès », « une somme ») opens with « qui » a
#   consequence of that clause, as « ce qui » does — where the relative does something to someone
#   (« lui ouvre », « la qualifie ») or says a link by its verb (« permettra »); a relative that
#   describes the noun (« une victoire qui est son troisième titre ») adds none.
TITLE = Pairs(
    "title19",
    """Tennis : Léa Martin remporte l'Open de Nantes

8 octobre 2023. – Léa Martin a remporté dimanche l'Open de Nantes en battant Clara Petit en \
finale. Grâce à ce succès, elle intègre le top 50 mondial. C'est son troisième titre de la \
saison. La joueuse a empoché un chèque de 40 000 euros.""",
    """Tennis : Léa Martin remporte l'Open de Nantes

Léa Martin a remporté dimanche l'Open de Nantes en battant Clara Petit en finale. Grâce à ce \
succès, elle intègre le top 50 mondial. C'est son troisième titre de la saison. La joueuse a \
empoché un chèque de 40 000 euros.""",
)
WON = "Léa Martin a remporté dimanche l'Open de Nantes en battant Clara Petit en finale."
PRIZE = "La joueuse a empoché un chèque de 40 000 euros."
THIRD = "C'est son troisième titre de la saison."

CONSEQUENCE_GIVEN = [
    TITLE.variant("honest", WON,
                  "Léa Martin a remporté dimanche l'Open de Nantes face à Clara Petit, une "
                  "victoire qui est son troisième titre de la saison."),
    TITLE.variant("honest", WON,
                  "Léa Martin s'est imposée dimanche à Nantes face à Clara Petit, un succès qui "
                  "compte comme son troisième titre de la saison."),
    TITLE.variant("honest", PRIZE,
                  "La joueuse a empoché un chèque de 40 000 euros, une somme qui récompense sa "
                  "victoire à Nantes."),
    TITLE.variant("honest", THIRD,
                  "C'est son troisième titre de la saison, un résultat qui confirme sa bonne "
                  "forme."),
    TITLE.variant("honest", PRIZE,
                  "La joueuse a empoché un chèque de 40 000 euros, une somme qui représente sa "
                  "plus grosse prime de la saison."),
    TITLE.variant("honest", WON,
                  "Léa Martin a remporté dimanche l'Open de Nantes en battant Clara Petit en "
                  "finale, un succès qui a duré deux heures."),
    TITLE.variant("honest", THIRD, "C'est son troisième titre de la saison, ce qui est "
                  "remarquable."),
]  # fmt: skip


@each(CONSEQUENCE_GIVEN)
def test_a_noun_summing_up_with_a_relative_that_describes_draws_nothing(case: Case) -> None:
    TITLE.draws_nothing(case, "causes")


CONSEQUENCE_ADDED = [
    TITLE.variant("invented consequence", WON,
                  "Léa Martin a remporté dimanche l'Open de Nantes en battant Clara Petit en "
                  "finale, une victoire qui la qualifie pour le Masters de Londres.",
                  "«victoire qui qualifie"),
    TITLE.variant("invented consequence", THIRD,
                  "C'est son troisième titre de la saison, un résultat qui lui assure une place "
                  "aux Jeux olympiques.", "«résultat qui assure"),
]  # fmt: skip


@each(CONSEQUENCE_ADDED)
def test_a_consequence_added_by_a_noun_summing_up_is_a_review(case: Case) -> None:
    TITLE.draws_one(case, "causes", "review")


# a group counted or taken in part makes no claim on all of it: no restriction dropped
RESTRICTION_COUNTED = [
    GRANTS.variant("honest", AID,
                   "Le conseil départemental du Lot versera une aide de 2 000 euros à trois cents "
                   "agriculteurs."),
    GRANTS.variant("honest", AID,
                   "Le conseil départemental du Lot versera une aide de 2 000 euros à plusieurs "
                   "agriculteurs."),
    GRANTS.variant("honest", ROADS,
                   "Douze communes recevront une dotation d'urgence : Figeac, Cahors, Gourdon, "
                   "Souillac et huit autres."),
]  # fmt: skip


@each(RESTRICTION_COUNTED)
def test_a_restricted_group_counted_draws_nothing(case: Case) -> None:
    GRANTS.draws_nothing(case, "qualifiers")


# the nouns of a choice, a finding or a ruling sum a clause up as well (« , une nomination qui a
# entraîné », « , un choix qui a poussé », « , une méthode qui a permis »)
APPOINTED = Pairs(
    "appointed19",
    """Brest : un nouveau directeur pour le port

4 avril 2023. – Le conseil portuaire de Brest a nommé mardi Paul Le Gall directeur du port. \
Il prendra ses fonctions le 1er mai. Il dirigeait jusqu'ici le port de Lorient.""",
    """Brest : un nouveau directeur pour le port

Le conseil portuaire de Brest a nommé mardi Paul Le Gall directeur du port. Il prendra ses \
fonctions le 1er mai. Il dirigeait jusqu'ici le port de Lorient.""",
)
NAMED = "Le conseil portuaire de Brest a nommé mardi Paul Le Gall directeur du port."

CHOICE_DESCRIBED = [
    APPOINTED.variant("honest", NAMED,
                      "Le conseil portuaire de Brest a nommé mardi Paul Le Gall directeur du "
                      "port, une nomination qui prendra effet le 1er mai."),
    APPOINTED.variant("honest", NAMED,
                      "Le conseil portuaire de Brest a choisi mardi Paul Le Gall pour diriger le "
                      "port, un choix qui s'est fait à l'unanimité."),
]  # fmt: skip


@each(CHOICE_DESCRIBED)
def test_a_choice_described_draws_nothing(case: Case) -> None:
    APPOINTED.draws_nothing(case, "causes")


CHOICE_WITH_CONSEQUENCE = [
    APPOINTED.variant("invented consequence", NAMED,
                      "Le conseil portuaire de Brest a nommé mardi Paul Le Gall directeur du "
                      "port, une nomination qui a entraîné la démission de trois adjoints.",
                      "démission"),
]  # fmt: skip


@each(CHOICE_WITH_CONSEQUENCE)
def test_a_consequence_added_to_a_choice_is_said(case: Case) -> None:
    # hard, as before this path (« gives a cause the source does not »: a causal verb whose
    # words the source never uses); now read as the consequence it is
    APPOINTED.draws_one(case, "causes", "hard")


# - A phrase that gives a claim as certain (lexicon/modality.txt « sure », now read word by word
#   as written: « à coup sûr », « à l'évidence », « c'est désormais établi ») for what the
#   source gives as possible: a review, as « forcément » was; of what the source states, nothing.
CLOUDS = Pairs(
    "clouds19",
    """Astronomie : des nuages géants près du centre de la galaxie

6 juin 2023. – Des astronomes ont observé des nuages géants près du centre de la Voie lactée. \
Ces nuages seraient surtout composés d'hydrogène. Ils mesurent plusieurs années-lumière.""",
    """Astronomie : des nuages géants près du centre de la galaxie

Des astronomes ont observé des nuages géants près du centre de la Voie lactée. Ces nuages \
seraient surtout composés d'hydrogène. Ils mesurent plusieurs années-lumière.""",
)
MADE = "Ces nuages seraient surtout composés d'hydrogène."
SIZE = "Ils mesurent plusieurs années-lumière."

SURE_OF_STATED = [
    CLOUDS.variant("honest", SIZE, "Ils mesurent à coup sûr plusieurs années-lumière."),
    CLOUDS.variant("honest", SIZE, "Ils mesurent sans aucun doute plusieurs années-lumière."),
    CLOUDS.variant("honest", SIZE, "Ils mesurent, c'est désormais établi, plusieurs "
                   "années-lumière."),
    CLOUDS.variant("honest", MADE, "Ces nuages seraient surtout faits d'hydrogène."),
    CLOUDS.variant("honest", MADE, "Ces nuages seraient, selon les astronomes, surtout "
                   "composés d'hydrogène."),
    CLOUDS.variant("honest", MADE, "L'hydrogène dominerait dans ces nuages."),
]  # fmt: skip


@each(SURE_OF_STATED)
def test_certainty_of_what_the_source_states_draws_nothing(case: Case) -> None:
    CLOUDS.draws_nothing(case, "modality")


SURE_OF_POSSIBLE = [
    CLOUDS.variant("modality", MADE, "Ces nuages sont à l'évidence surtout composés "
                   "d'hydrogène.", "gives as certain («à l'évidence»)"),
]  # fmt: skip


@each(SURE_OF_POSSIBLE)
def test_certainty_of_what_the_source_gives_as_possible_is_a_review(case: Case) -> None:
    CLOUDS.draws_one(case, "modality", "review")


def test_established_of_what_the_source_gives_as_possible_is_said() -> None:
    # « c'est désormais établi »: the verb « établir » gives it as certain (hard, as before)
    case = CLOUDS.variant("modality", MADE, "Ces nuages sont, c'est désormais établi, surtout "
                          "composés d'hydrogène.", "gives as certain")  # fmt: skip
    CLOUDS.draws(case, "modality", "hard")
