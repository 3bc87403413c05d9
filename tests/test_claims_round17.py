"""Round 17 (F-C): clauses — tense, modality, negation — on honest narration, pairs of our own.

Every sentence here is written for this file, against small sources of our own; none is a
corpus sentence. Each family is the way a good editor retells a past story:

- another verb for another event of the same story (« les quatre personnes à bord sont mortes »
  beside the source's « l'appareil transportait quatre personnes », an imperfect the tagger
  reads as a conditional): engine.gate.slots.aspect is certain only of one event (the same verb,
  or one of its class in lexicon/predicates.txt) or of a time to come a word says; a conditional
  is one written as one (honest-r25 r25-b4 drew a hard tense finding so);
- the future of narration, which tells a story that is over (« Peeters abandonnera le 18 juin »):
  a plain future placed ahead by no word is a review, against the source's past (modality) or
  its dateline (tense); placed ahead (« dimanche prochain », « demain ») or said as an obligation
  (« devra »), still hard; a source telling its story so (« Bakker terminera deuxième ») said done
  (« a terminé deuxième »), a review at most (honest-r23 r23-x1 drew a hard modality finding);
- what was to come seen from the past (« allait rejoindre » for « devait rejoindre ») is not given
  as done;
- a present the tagger reads as a future (« se dispute ») puts nothing in the future;
- the present of narration;
- a negation said another way (« a refusé de voter », « sans les voix de », « s'est gardé de »).
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

CRASH = Pairs(
    "crash17",
    """Ardèche : un hélicoptère s'écrase près d'Aubenas

14 mars 2021. – Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, en Ardèche. \
L'appareil transportait quatre personnes, le pilote et trois passagers. Il n'y a eu aucun \
survivant. Le pilote devait rejoindre l'aérodrome de Valence en fin de matinée. Le Bureau \
d'enquêtes et d'analyses a ouvert une enquête.""",
    """Un hélicoptère s'écrase en Ardèche

Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, en Ardèche. L'appareil \
transportait quatre personnes, le pilote et trois passagers. Il n'y a eu aucun survivant. Le \
pilote devait rejoindre l'aérodrome de Valence en fin de matinée. Le Bureau d'enquêtes et \
d'analyses a ouvert une enquête.""",
)
CARRIED = "L'appareil transportait quatre personnes, le pilote et trois passagers."
BOUND = "Le pilote devait rejoindre l'aérodrome de Valence en fin de matinée."
OPENED = "Le Bureau d'enquêtes et d'analyses a ouvert une enquête."
FELL = "Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, en Ardèche."

# another event of the same story, a verb of its own; what was to come seen from the past; the
# present of narration: no hard finding (the first three drew a hard tense finding before)
TOLD_IN_THE_PAST = [
    CRASH.variant("honest: another event", CARRIED,
                  "Les quatre personnes à bord, le pilote et trois passagers, sont mortes."),
    CRASH.variant("honest: another event", CARRIED,
                  "Le pilote et les trois passagers, quatre personnes en tout, ont tous péri."),
    CRASH.variant("honest: another event", CARRIED,
                  "Les quatre personnes à bord, le pilote et ses trois passagers, ont été tuées."),
    CRASH.variant("honest: seen from the past", BOUND,
                  "Le pilote allait rejoindre l'aérodrome de Valence en fin de matinée."),
    CRASH.variant("honest: seen from the past", BOUND,
                  "Le pilote devait gagner l'aérodrome de Valence en fin de matinée."),
    CRASH.variant("honest: present of narration", FELL,
                  "Samedi, un hélicoptère de tourisme s'écrase près d'Aubenas, en Ardèche."),
]  # fmt: skip


@each(TOLD_IN_THE_PAST)
def test_a_past_story_told_another_way_draws_no_hard_finding(case: Case) -> None:
    CRASH.draws_nothing(case, None, "hard")


# the same verb put ahead for certain: still hard
PUT_AHEAD = [
    CRASH.variant("tense", OPENED, "Le Bureau d'enquêtes et d'analyses ouvrira demain une enquête.",
                  "puts in the future («ouvrir») what the source gives as done"),
    CRASH.variant("tense", OPENED, "Le Bureau d'enquêtes et d'analyses devra ouvrir une enquête.",
                  "puts in the future («ouvrir») what the source gives as done"),
    CRASH.variant("tense", OPENED, "Le Bureau d'enquêtes et d'analyses va ouvrir une enquête.",
                  "puts in the future («ouvrir») what the source gives as done"),
]  # fmt: skip


@each(PUT_AHEAD)
def test_a_future_placed_ahead_or_owed_for_a_done_thing_is_hard(case: Case) -> None:
    CRASH.draws_one(case, "modality", "hard")


def test_a_plain_future_for_a_done_thing_is_a_review() -> None:
    case = CRASH.variant("tense", OPENED, "Le Bureau d'enquêtes et d'analyses ouvrira une enquête.",
                         "puts in the future («ouvrir») what the source gives as done")  # fmt: skip
    CRASH.draws_one(case, "modality", "review")


def test_a_denied_fact_is_still_hard() -> None:
    case = CRASH.variant("negation", OPENED,
                         "Le Bureau d'enquêtes et d'analyses n'a pas ouvert d'enquête.",
                         "denies what the source affirms (ouvrir)")  # fmt: skip
    CRASH.draws_one(case, "polarity", "hard")


RACE = Pairs(
    "race17",
    """Cyclisme : Paul Martin remporte le Tour du Jura

21 juin 2021. – Le Français Paul Martin a remporté dimanche le Tour du Jura, à Dole. Parti en \
tête dès la première étape, il a conservé son maillot jaune jusqu'à l'arrivée. Son principal \
rival, le Belge Jan Peeters, a abandonné le 18 juin lors de la troisième étape, après une chute. \
Le Néerlandais Tom Bakker, longtemps troisième, terminera deuxième à quarante secondes.""",
    """Paul Martin remporte le Tour du Jura

Le Français Paul Martin a remporté dimanche le Tour du Jura, à Dole. Parti en tête dès la \
première étape, il a conservé son maillot jaune jusqu'à l'arrivée. Son principal rival, le Belge \
Jan Peeters, a abandonné le 18 juin lors de la troisième étape, après une chute. Le Néerlandais \
Tom Bakker, longtemps troisième, terminera deuxième à quarante secondes.""",
)
WON = "Le Français Paul Martin a remporté dimanche le Tour du Jura, à Dole."
KEPT = "il a conservé son maillot jaune jusqu'à l'arrivée."
QUIT = "le Belge Jan Peeters, a abandonné le 18 juin lors de la troisième étape"
SECOND = "Tom Bakker, longtemps troisième, terminera deuxième"

# the future of narration, in a story that is over, and its converse: no hard finding (the
# first three drew a hard modality finding before, the first a hard tense finding too)
NARRATED = [
    RACE.variant("honest: future of narration", QUIT,
                 "le Belge Jan Peeters, abandonnera le 18 juin lors de la troisième étape"),
    RACE.variant("honest: future of narration", QUIT,
                 "le Belge Jan Peeters, abandonnera lors de la troisième étape, le 18 juin"),
    RACE.variant("honest: future of narration", KEPT,
                 "il conservera son maillot jaune jusqu'à l'arrivée."),
    RACE.variant("honest: the source's narration said done", SECOND,
                 "Tom Bakker, longtemps troisième, a terminé deuxième"),
    RACE.variant("honest: the source's narration said done", SECOND,
                 "Tom Bakker, longtemps troisième, a fini deuxième"),
    RACE.variant("honest: present of narration", WON,
                 "Le Français Paul Martin remporte dimanche le Tour du Jura, à Dole."),
]  # fmt: skip


@each(NARRATED)
def test_the_future_of_narration_draws_no_hard_finding(case: Case) -> None:
    RACE.draws_nothing(case, None, "hard")


def test_a_win_put_next_sunday_is_hard() -> None:
    case = RACE.variant(
        "tense",
        WON,
        "Le Français Paul Martin remportera dimanche prochain le Tour du Jura.",
        "puts in the future («remporter») what the source gives as done",
    )
    RACE.draws_one(case, "modality", "hard")


MATCH = Pairs(
    "match17",
    """Football : Lyon bat Lille 2 à 1

15 mai 2022. – L'Olympique lyonnais a battu le LOSC 2 à 1 samedi soir au Groupama Stadium, \
devant 52 000 spectateurs. Le match s'est disputé sous une pluie battante. L'attaquant Karl Toko \
a marqué les deux buts lyonnais.""",
    """Lyon bat Lille 2 à 1

L'Olympique lyonnais a battu le LOSC 2 à 1 samedi soir au Groupama Stadium, devant 52 000 \
spectateurs. Le match s'est disputé sous une pluie battante. L'attaquant Karl Toko a marqué les \
deux buts lyonnais.""",
)
RAIN = "Le match s'est disputé sous une pluie battante."


@each(
    [
        MATCH.variant("honest: a present read as a future", RAIN,
                      "Le match se dispute sous une pluie battante."),
        MATCH.variant("honest: a present read as a future", RAIN,
                      "Sous une pluie battante, le match se dispute devant 52 000 spectateurs."),
    ]
)  # fmt: skip
def test_a_present_the_tagger_reads_as_a_future_puts_nothing_ahead(case: Case) -> None:
    # before: « puts in the future («dispute») » (the second a review)
    MATCH.draws_nothing(case, ("modality", "tense"))


def test_a_goal_put_in_the_future_tomorrow_is_hard() -> None:
    case = MATCH.variant(
        "tense",
        "a marqué les deux buts lyonnais",
        "marquera demain les deux buts lyonnais",
        "puts in the future («marquer») what the source gives as done",
    )
    MATCH.draws_one(case, "modality", "hard")


BUDGET = Pairs(
    "budget17",
    """Vals : le budget adopté sans l'opposition

9 février 2022. – Le conseil municipal de Vals a adopté mardi soir le budget 2022 par 21 voix \
contre 8. L'opposition n'a pas voté le texte. Le maire n'a pas augmenté les impôts locaux, pour \
la troisième année consécutive. La piscine municipale ne rouvrira qu'en septembre. Aucun \
investissement nouveau n'est prévu pour le stade.""",
    """Le conseil municipal de Vals adopte son budget

Le conseil municipal de Vals a adopté mardi soir le budget 2022 par 21 voix contre 8. \
L'opposition n'a pas voté le texte. Le maire n'a pas augmenté les impôts locaux, pour la \
troisième année consécutive. La piscine municipale ne rouvrira qu'en septembre. Aucun \
investissement nouveau n'est prévu pour le stade.""",
)
VOTE = "L'opposition n'a pas voté le texte."
TAXES = "Le maire n'a pas augmenté les impôts locaux, pour la troisième année consécutive."
POOL = "La piscine municipale ne rouvrira qu'en septembre."
STADIUM = "Aucun investissement nouveau n'est prévu pour le stade."

SAID_OTHERWISE = [
    BUDGET.variant("honest: negation", VOTE, "L'opposition a refusé de voter le texte."),
    BUDGET.variant("honest: negation", VOTE,
                   "Le texte a été adopté sans les voix de l'opposition."),
    BUDGET.variant("honest: negation", TAXES,
                   "Le maire s'est gardé d'augmenter les impôts locaux, pour la troisième année "
                   "consécutive."),
    BUDGET.variant("honest: negation", TAXES,
                   "Pour la troisième année consécutive, le maire a maintenu les impôts locaux à "
                   "leur niveau."),
    BUDGET.variant("honest: negation", POOL,
                   "La piscine municipale ne rouvrira pas avant septembre."),
    BUDGET.variant("honest: negation", STADIUM,
                   "Le stade ne bénéficiera d'aucun investissement nouveau."),
]  # fmt: skip


@each(SAID_OTHERWISE)
def test_a_negation_said_another_way_draws_no_hard_finding(case: Case) -> None:
    BUDGET.draws_nothing(case, None, "hard")


@each(
    [
        BUDGET.variant("negation", VOTE, "L'opposition a voté le texte.",
                       "affirms what the source denies (voter)"),
        BUDGET.variant("negation", TAXES,
                       "Le maire a augmenté les impôts locaux, pour la troisième année "
                       "consécutive.",
                       "affirms what the source denies (augmenter)"),
        BUDGET.variant("negation", STADIUM, "Un investissement nouveau est prévu pour le stade.",
                       "affirms what the source denies (prévoir)"),
    ]
)  # fmt: skip
def test_a_negation_dropped_is_hard(case: Case) -> None:
    BUDGET.draws_one(case, "polarity", "hard")


# causes: a cause said in words of its own where the source sentence it restates gives a cause of
# its own may retell the source's (a synonym, a paraphrase): not a fact absent for certain, a
# review (each was hard before: two words the source never uses); where the sentence the rest
# restates gives no link, a cause of two absent words stays hard
DELAY = Pairs(
    "delay17",
    """Ardèche : un hélicoptère s'écrase près d'Aubenas

14 mars 2021. – Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, en Ardèche. Le vol \
avait été retardé d'une heure à cause du brouillard. La préfecture a fermé la route \
départementale 104 en raison de l'incendie provoqué par l'accident. Le Bureau d'enquêtes et \
d'analyses a ouvert une enquête.""",
    """Un hélicoptère s'écrase en Ardèche

Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, en Ardèche. Le vol avait été \
retardé d'une heure à cause du brouillard. La préfecture a fermé la route départementale 104 en \
raison de l'incendie provoqué par l'accident. Le Bureau d'enquêtes et d'analyses a ouvert une \
enquête.""",
)
LATE = "Le vol avait été retardé d'une heure à cause du brouillard."
ROAD = (
    "La préfecture a fermé la route départementale 104 en raison de l'incendie provoqué par "
    "l'accident."
)
RETOLD_CAUSES = [
    DELAY.variant("honest: cause", LATE,
                  "Le vol avait pris une heure de retard en raison d'une épaisse brume."),
    DELAY.variant("honest: cause", LATE,
                  "Le vol avait été retardé d'une heure en raison des conditions météorologiques."),
    DELAY.variant("honest: cause", LATE,
                  "Le vol avait été retardé d'une heure en raison d'un épais manteau nuageux."),
    DELAY.variant("honest: cause", LATE,
                  "Le vol avait été retardé d'une heure, faute de visibilité suffisante."),
    DELAY.variant("honest: cause", ROAD,
                  "La préfecture a fermé la route départementale 104 à cause du feu déclenché par "
                  "l'écrasement."),
    DELAY.variant("honest: cause", ROAD,
                  "La préfecture a fermé la route départementale 104 en raison des flammes "
                  "allumées par le choc."),
]  # fmt: skip


@each(RETOLD_CAUSES)
def test_a_cause_retold_in_words_of_its_own_draws_no_hard_finding(case: Case) -> None:
    DELAY.draws_nothing(case, None, "hard")


@each(
    [
        DELAY.variant("invented cause", "s'est écrasé samedi près d'Aubenas, en Ardèche.",
                      "s'est écrasé samedi près d'Aubenas, en Ardèche, à cause d'une panne de "
                      "moteur.", "gives a cause the source does not"),
        DELAY.variant("invented cause", "a ouvert une enquête.",
                      "a ouvert une enquête en raison de soupçons de sabotage.",
                      "gives a cause the source does not"),
    ]
)  # fmt: skip
def test_a_cause_where_the_source_gives_none_stays_hard(case: Case) -> None:
    DELAY.draws_one(case, "causes", "hard")


def test_a_cause_in_the_place_of_the_sources_own_is_a_review() -> None:
    # the cost: another cause for the source's own, in words it never uses, is flagged, not hard
    case = DELAY.variant("invented cause", LATE,
                         "Le vol avait été retardé d'une heure en raison d'une grève des "
                         "contrôleurs aériens.", "gives a cause the source does not")  # fmt: skip
    DELAY.draws_one(case, "causes", "review")


# a word with its negating prefix for the source's « ne … pas » and the plain word (« se dit
# incapable de » for « ne serait pas capable de »: honest-r27 drew a review so) denies nothing
WITNESS = Pairs(
    "witness17",
    """Agression à Privas : un témoin entendu

3 mai 2022. – Le témoin de l'agression n'était pas capable de décrire l'agresseur, a \
indiqué le parquet de Privas. La victime, un commerçant de 54 ans, n'est pas connue des services \
de police.""",
    """Un témoin entendu à Privas

Le témoin de l'agression n'était pas capable de décrire l'agresseur, a indiqué le parquet de \
Privas. La victime, un commerçant de 54 ans, n'est pas connue des services de police.""",
)


@each(
    [
        WITNESS.variant("honest: prefix", "n'était pas capable de décrire",
                        "était incapable de décrire"),
        WITNESS.variant("honest: prefix", "n'était pas capable de décrire",
                        "s'est dit, sans ses lunettes, incapable de décrire"),
        WITNESS.variant("honest: prefix", "n'est pas connue des services",
                        "est inconnue des services"),
    ]
)  # fmt: skip
def test_a_prefix_for_the_sources_ne_pas_draws_nothing(case: Case) -> None:
    WITNESS.draws_nothing(case, "polarity")


def test_the_plain_word_for_the_sources_ne_pas_is_hard() -> None:
    case = WITNESS.variant("negation", "n'est pas connue des services", "est connue des services",
                           "affirms what the source denies (connaître)")  # fmt: skip
    WITNESS.draws_one(case, "polarity", "hard")


# a hedge for what the source gives on someone's word (« selon les pompiers »): an editor may
# hedge in place of naming whose word it is — a review; a hedge of the source's own statement
# stays hard
FIRE = Pairs(
    "fire17",
    """Valence : un entrepôt détruit par un incendie

2 juin 2022. – Un incendie a détruit dans la nuit un entrepôt de la zone industrielle de Valence. \
Selon les pompiers, le feu a pris dans un local technique. Une enquête a été ouverte.""",
    """Un incendie détruit un entrepôt à Valence

Un incendie a détruit dans la nuit un entrepôt de la zone industrielle de Valence. Selon les \
pompiers, le feu a pris dans un local technique. Une enquête a été ouverte.""",
)
TOOK = "Selon les pompiers, le feu a pris dans un local technique."


@each(
    [
        FIRE.variant("honest: on someone's word", TOOK,
                     "Selon les pompiers, le feu aurait pris dans un local technique."),
        FIRE.variant("honest: on someone's word", TOOK,
                     "D'après les pompiers, le feu serait parti d'un local technique."),
        FIRE.variant("honest: on someone's word", TOOK,
                     "Le feu pourrait avoir pris dans un local technique."),
        FIRE.variant("honest: on someone's word", TOOK,
                     "Le feu a vraisemblablement pris dans un local technique, selon les "
                     "pompiers."),
    ]
)  # fmt: skip
def test_a_hedge_of_what_the_source_gives_on_someones_word_is_no_hard_finding(case: Case) -> None:
    FIRE.draws_nothing(case, None, "hard")


def test_a_hedge_of_the_sources_own_statement_is_hard() -> None:
    case = FIRE.variant(
        "modality",
        "Un incendie a détruit dans la nuit",
        "Un incendie pourrait avoir détruit dans la nuit",
        "hedges («détruire») what the source states",
    )
    FIRE.draws_one(case, "modality", "hard")


# scope: « presque l'ensemble du pays » is most, as « presque tout le pays » (heldout-r20's honest
# control r20-s3-1#18 drew a hard scope finding: « presque tout » read against « all »)
SMOG = Pairs(
    "smog17",
    """Pollution : les seuils dépassés

9 décembre 2022. – Les seuils d'alerte aux particules fines vont être dépassés sur presque \
l'ensemble du territoire ce week-end, selon Météo-France.""",
    """Les seuils de pollution dépassés

Les seuils d'alerte aux particules fines vont être dépassés sur presque l'ensemble du territoire \
ce week-end, selon Météo-France.""",
)
OVER = "sur presque l'ensemble du territoire"


@each(
    [
        SMOG.variant("honest: most", OVER, "sur presque tout le territoire"),
        SMOG.variant("honest: most", OVER, "sur quasiment tout le territoire"),
        SMOG.variant("honest: most", OVER, "sur la quasi-totalité du territoire"),
    ]
)  # fmt: skip
def test_almost_all_said_another_way_draws_no_scope_finding(case: Case) -> None:
    SMOG.draws_nothing(case, "scope", "hard")


def test_all_for_almost_all_is_flagged() -> None:
    case = SMOG.variant("scope", OVER, "sur tout le territoire", "says all")
    SMOG.draws(case, "scope")


# pins of honest forms that draw no hard finding today, with their twins still hard: a share said
# another way (scope), a litotes or a denial said another way (polarity)
SCHOOLS = Pairs(
    "schools17",
    """Valence : grève dans les écoles

9 février 2022. – La plupart des écoles de Valence sont restées fermées jeudi. Plusieurs \
syndicats avaient appelé à la grève. Les 40 enseignants du collège Camus ont tous cessé le \
travail. Quelques parents ont manifesté devant la mairie. Seule l'école Jean-Moulin a assuré un \
accueil.""",
    """Grève dans les écoles de Valence

La plupart des écoles de Valence sont restées fermées jeudi. Plusieurs syndicats avaient appelé à \
la grève. Les 40 enseignants du collège Camus ont tous cessé le travail. Quelques parents ont \
manifesté devant la mairie. Seule l'école Jean-Moulin a assuré un accueil.""",
)
CLOSED = "La plupart des écoles de Valence sont restées fermées jeudi."
UNIONS = "Plusieurs syndicats avaient appelé à la grève."
PARENTS = "Quelques parents ont manifesté devant la mairie."


@each(
    [
        SCHOOLS.variant("honest: share", CLOSED,
                        "La majorité des écoles de Valence sont restées fermées jeudi."),
        SCHOOLS.variant("honest: share", CLOSED,
                        "Presque toutes les écoles de Valence sont restées fermées jeudi."),
        SCHOOLS.variant("honest: share", UNIONS,
                        "Plusieurs organisations syndicales avaient appelé à la grève."),
        SCHOOLS.variant("honest: share", "Les 40 enseignants du collège Camus ont tous cessé",
                        "L'ensemble des 40 enseignants du collège Camus a cessé"),
        SCHOOLS.variant("honest: share", PARENTS,
                        "Une poignée de parents a manifesté devant la mairie."),
        SCHOOLS.variant("honest: share", "Seule l'école Jean-Moulin a assuré un accueil.",
                        "L'école Jean-Moulin a été la seule à assurer un accueil."),
    ]
)  # fmt: skip
def test_a_share_said_another_way_draws_no_hard_finding(case: Case) -> None:
    SCHOOLS.draws_nothing(case, None, "hard")


@each(
    [
        SCHOOLS.variant("scope", CLOSED,
                        "Toutes les écoles de Valence sont restées fermées jeudi.", "says all"),
        SCHOOLS.variant("scope", UNIONS, "Tous les syndicats avaient appelé à la grève.",
                        "says all"),
        SCHOOLS.variant("scope", PARENTS, "De nombreux parents ont manifesté devant la mairie.",
                        "says many"),
    ]
)  # fmt: skip
def test_a_share_changed_is_hard(case: Case) -> None:
    SCHOOLS.draws_one(case, "scope", "hard")


MAYOR = Pairs(
    "mayor17",
    """Vals : le maire démissionne

9 février 2022. – Le maire de Vals, Jean Roux, a démissionné mardi. Il a critiqué le manque de \
soutien de sa majorité. Il n'a donné aucune date pour une élection partielle. Il n'a pas exclu de \
se représenter.""",
    """Le maire de Vals démissionne

Le maire de Vals, Jean Roux, a démissionné mardi. Il a critiqué le manque de soutien de sa \
majorité. Il n'a donné aucune date pour une élection partielle. Il n'a pas exclu de se \
représenter.""",
)
CRITICISED = "Il a critiqué le manque de soutien de sa majorité."
NO_DATE = "Il n'a donné aucune date pour une élection partielle."


@each(
    [
        MAYOR.variant("honest: litotes", CRITICISED,
                      "Il n'a pas hésité à critiquer le manque de soutien de sa majorité."),
        MAYOR.variant("honest: litotes", CRITICISED,
                      "Il n'a pas manqué de critiquer le manque de soutien de sa majorité."),
        MAYOR.variant("honest: litotes", CRITICISED,
                      "Il a critiqué, non sans amertume, le manque de soutien de sa majorité."),
        MAYOR.variant("honest: negation", NO_DATE,
                      "Aucune date n'a été avancée pour une élection partielle."),
        MAYOR.variant("honest: negation", NO_DATE,
                      "Il s'est gardé de donner une date pour une élection partielle."),
        MAYOR.variant("honest: negation", "Il n'a pas exclu de se représenter.",
                      "Il n'exclut pas de se représenter."),
    ]
)  # fmt: skip
def test_a_litotes_or_a_denial_said_another_way_draws_no_hard_finding(case: Case) -> None:
    MAYOR.draws_nothing(case, None, "hard")


def test_a_date_given_where_the_source_gives_none_is_hard() -> None:
    case = MAYOR.variant("negation", NO_DATE, "Il a donné une date pour une élection partielle.",
                         "affirms what the source denies (donner)")  # fmt: skip
    MAYOR.draws_one(case, "polarity", "hard")


# what the source tells done before the fact (« s'est écrasé après avoir heurté une ligne
# électrique ») is its cause as often as not: a cause said in words of its own there is a review
STRUCK = Pairs(
    "struck17",
    """Ardèche : un hélicoptère s'écrase près d'Aubenas

14 mars 2021. – Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, après avoir heurté \
une ligne électrique. Le Bureau d'enquêtes et d'analyses a ouvert une enquête.""",
    """Un hélicoptère s'écrase en Ardèche

Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, après avoir heurté une ligne \
électrique. Le Bureau d'enquêtes et d'analyses a ouvert une enquête.""",
)
HIT = "s'est écrasé samedi près d'Aubenas, après avoir heurté une ligne électrique."


def test_a_cause_retelling_what_was_done_before_draws_no_hard_finding() -> None:
    case = STRUCK.variant("honest: cause", HIT, "s'est écrasé samedi près d'Aubenas en raison "
                          "d'une collision avec un câble à haute tension.")  # fmt: skip
    STRUCK.draws_nothing(case, None, "hard")


def test_another_cause_there_is_a_review() -> None:
    # the cost: another cause, where the source tells what was done before, is flagged, not hard
    case = STRUCK.variant(
        "invented cause",
        HIT,
        "s'est écrasé samedi près d'Aubenas à cause d'une panne de moteur.",
        "gives a cause the source does not",
    )
    STRUCK.draws_one(case, "causes", "review")


def test_a_cause_of_the_inquiry_stays_hard() -> None:
    case = STRUCK.variant(
        "invented cause",
        "a ouvert une enquête.",
        "a ouvert une enquête en raison de soupçons de sabotage.",
        "gives a cause the source does not",
    )
    STRUCK.draws_one(case, "causes", "hard")


# the future of narration in a life told (« il deviendra maire en 1983 »): never hard
LIFE = Pairs(
    "life17",
    """Privas : mort de l'ancien maire Paul Brun

3 mars 2022. – L'ancien maire de Privas Paul Brun est mort mercredi à 81 ans. Élu conseiller \
municipal en 1971, il est devenu maire en 1983. Il a été réélu trois fois avant de se retirer en \
2001. Il avait fondé le festival de jazz de la ville en 1988.""",
    """Mort de l'ancien maire de Privas

L'ancien maire de Privas Paul Brun est mort mercredi à 81 ans. Élu conseiller municipal en 1971, \
il est devenu maire en 1983. Il a été réélu trois fois avant de se retirer en 2001. Il avait \
fondé le festival de jazz de la ville en 1988.""",
)


@each(
    [
        LIFE.variant("honest: future of narration", "il est devenu maire en 1983",
                     "il deviendra maire en 1983"),
        LIFE.variant("honest: future of narration", "Il a été réélu trois fois",
                     "Il sera réélu trois fois"),
        LIFE.variant("honest: future of narration", "Il avait fondé le festival de jazz de la "
                     "ville en 1988", "Il fondera en 1988 le festival de jazz de la ville"),
        LIFE.variant("honest: present of narration", "Il avait fondé le festival de jazz de la "
                     "ville en 1988", "En 1988, il fonde le festival de jazz de la ville"),
        LIFE.variant("honest: seen from the past", "Il a été réélu trois fois avant de se retirer",
                     "Il allait être réélu trois fois avant de se retirer"),
        LIFE.variant("honest: another verb", "est mort mercredi à 81 ans",
                     "s'est éteint mercredi à l'âge de 81 ans"),
    ]
)  # fmt: skip
def test_a_life_told_in_the_future_of_narration_draws_no_hard_finding(case: Case) -> None:
    LIFE.draws_nothing(case, None, "hard")
