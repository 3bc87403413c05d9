"""Round 18 (F-C): clauses — negation, modality, tense — pairs of our own.

Every sentence here is written for this file, against small sources of our own; none is a
corpus sentence.

- A verb that negates (lexicon/negation.txt « verb »: « exclure », « abandonner », « renoncer »,
  « refuser », « éviter ») is a predicate of its own: « a exclu de se représenter » for the
  source's « n'a pas exclu de se représenter » says the opposite. It was never compared: the
  root of a sentence was read as governed by itself (engine.gate.claims.polarity
  `_under_negating_verb`, an identity test spaCy never passes), and the verb itself was taken for
  another way of saying no (`_says_no`). The same negation said with another verb, or the same
  fact said without one, still draws nothing.
"""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

MANDATE = Pairs(
    "mandate18",
    """Vals : le maire n'exclut pas un nouveau mandat

9 février 2022. – Le conseil municipal de Vals a adopté mardi soir le budget 2022. Le maire, \
Paul Martin, n'a pas exclu de se représenter en 2026. Il n'a pas abandonné le projet de piscine \
couverte. Le conseil n'a pas renoncé à la réforme des cantines. La préfecture a refusé le permis \
de construire du nouveau stade. Le club de football a évité la relégation de justesse.""",
    """Vals : le maire n'exclut pas un nouveau mandat

Le conseil municipal de Vals a adopté mardi soir le budget 2022. Le maire, Paul Martin, n'a pas \
exclu de se représenter en 2026. Il n'a pas abandonné le projet de piscine couverte. Le conseil \
n'a pas renoncé à la réforme des cantines. La préfecture a refusé le permis de construire du \
nouveau stade. Le club de football a évité la relégation de justesse.""",
)
RUN = "Le maire, Paul Martin, n'a pas exclu de se représenter en 2026."
POOL = "Il n'a pas abandonné le projet de piscine couverte."
CANTEENS = "Le conseil n'a pas renoncé à la réforme des cantines."
PERMIT = "La préfecture a refusé le permis de construire du nouveau stade."
KEPT_UP = "Le club de football a évité la relégation de justesse."

# the same negation (or the same fact) said with another verb, or the same verb as the source
# says it: no finding of polarity (none was drawn before either)
NEGATING_VERB_SAID_OTHERWISE = [
    MANDATE.variant("honest", RUN,
                    "Le maire, Paul Martin, n'a pas écarté l'idée de se représenter en 2026."),
    MANDATE.variant("honest", RUN,
                    "Le maire, Paul Martin, n'exclut pas de se représenter en 2026."),
    MANDATE.variant("honest", RUN,
                    "Le maire, Paul Martin, laisse la porte ouverte à une nouvelle candidature "
                    "en 2026."),
    MANDATE.variant("honest", POOL, "Il tient toujours au projet de piscine couverte."),
    MANDATE.variant("honest", POOL,
                    "Le projet de piscine couverte n'est pas abandonné pour autant."),
    MANDATE.variant("honest", POOL, "Paul Martin ne renonce pas au projet de piscine couverte."),
    MANDATE.variant("honest", CANTEENS, "Le conseil maintient la réforme des cantines."),
    MANDATE.variant("honest", CANTEENS, "Le conseil n'a pas abandonné la réforme des cantines."),
    MANDATE.variant("honest", PERMIT,
                    "La préfecture n'a pas accordé le permis de construire du nouveau stade."),
    MANDATE.variant("honest", PERMIT,
                    "Le permis de construire du nouveau stade a été refusé par la préfecture."),
    MANDATE.variant("honest", PERMIT,
                    "La préfecture a rejeté le permis de construire du nouveau stade."),
    MANDATE.variant("honest", KEPT_UP, "Le club de football s'est maintenu de justesse."),
    MANDATE.variant("honest", KEPT_UP,
                    "Le club de football a échappé de justesse à la relégation."),
]  # fmt: skip


@each(NEGATING_VERB_SAID_OTHERWISE)
def test_a_negating_verb_said_another_way_draws_nothing(case: Case) -> None:
    MANDATE.draws_nothing(case, "polarity")


# the negating verb itself, its negation dropped or added: hard (each was missed before)
NEGATING_VERB_TURNED = [
    MANDATE.variant("negation", RUN, "Le maire, Paul Martin, a exclu de se représenter en 2026.",
                    "affirms what the source denies (exclure)"),
    MANDATE.variant("negation", POOL, "Il a abandonné le projet de piscine couverte.",
                    "affirms what the source denies (abandonner)"),
    MANDATE.variant("negation", CANTEENS, "Le conseil a renoncé à la réforme des cantines.",
                    "affirms what the source denies (renoncer)"),
    MANDATE.variant("negation", PERMIT,
                    "La préfecture n'a pas refusé le permis de construire du nouveau stade.",
                    "denies what the source affirms (refuser)"),
    MANDATE.variant("negation", KEPT_UP, "Le club de football n'a pas évité la relégation.",
                    "denies what the source affirms (éviter)"),
]  # fmt: skip


@each(NEGATING_VERB_TURNED)
def test_a_negating_verb_turned_is_hard(case: Case) -> None:
    MANDATE.draws_one(case, "polarity", "hard")


# modality: what the source only hopes (« espère financer », « souhaite rénover ») said as what
# will be, with its own verb, by a sentence that hopes, wants, plans, expects or hedges nothing
# itself: hard (it drew nothing before); said done, hard as before; a plan said done with the
# plan's own verb (« a ouvert » for « prévoit d'ouvrir ») is no longer hidden behind the words'
# review (« only wants or tries »)
HOPES = Pairs(
    "hopes18",
    """Vals : une médiathèque en projet

9 février 2022. – La mairie de Vals espère financer la nouvelle médiathèque grâce à une \
subvention de la région. Le maire souhaite rénover le stade municipal avant l'été. Le groupe \
Lidl prévoit d'ouvrir un magasin à Vals en septembre.""",
    """Vals : une médiathèque en projet

La mairie de Vals espère financer la nouvelle médiathèque grâce à une subvention de la région. \
Le maire souhaite rénover le stade municipal avant l'été. Le groupe Lidl prévoit d'ouvrir un \
magasin à Vals en septembre.""",
)
FUNDS = (
    "La mairie de Vals espère financer la nouvelle médiathèque grâce à une subvention de la région."
)
STADIUM = "Le maire souhaite rénover le stade municipal avant l'été."
SHOP = "Le groupe Lidl prévoit d'ouvrir un magasin à Vals en septembre."

HOPE_SAID_OTHERWISE = [
    HOPES.variant("honest", FUNDS,
                  "La mairie de Vals entend financer la nouvelle médiathèque grâce à une "
                  "subvention de la région."),
    HOPES.variant("honest", FUNDS,
                  "La mairie de Vals financera, elle l'espère, la nouvelle médiathèque grâce à "
                  "une subvention de la région."),
    HOPES.variant("honest", FUNDS,
                  "La mairie de Vals aimerait financer la nouvelle médiathèque grâce à une "
                  "subvention de la région."),
    HOPES.variant("honest", FUNDS,
                  "Si la région accorde une subvention, la mairie de Vals financera la nouvelle "
                  "médiathèque."),
    HOPES.variant("honest", FUNDS,
                  "La mairie de Vals a bon espoir de financer la nouvelle médiathèque grâce à une "
                  "subvention de la région."),
    HOPES.variant("honest", FUNDS,
                  "Grâce à une subvention de la région, la nouvelle médiathèque pourra être "
                  "financée par la mairie de Vals."),
    HOPES.variant("honest", FUNDS,
                  "La mairie de Vals cherche à financer la nouvelle médiathèque grâce à une "
                  "subvention de la région."),
    HOPES.variant("honest", STADIUM, "Le maire voudrait rénover le stade municipal avant l'été."),
    HOPES.variant("honest", STADIUM,
                  "Le maire a pour objectif de rénover le stade municipal avant l'été."),
    HOPES.variant("honest", STADIUM, "Le maire rêve de rénover le stade municipal avant l'été."),
    HOPES.variant("honest", SHOP, "Le groupe Lidl ouvrira un magasin à Vals en septembre."),
    HOPES.variant("honest", SHOP,
                  "Le groupe Lidl a l'intention d'ouvrir un magasin à Vals en septembre."),
]  # fmt: skip


@each(HOPE_SAID_OTHERWISE)
def test_a_hope_said_another_way_draws_no_hard_finding(case: Case) -> None:
    HOPES.draws_nothing(case, None, "hard")


@each(
    [
        HOPES.variant("modality", FUNDS,
                      "La mairie de Vals financera la nouvelle médiathèque grâce à une "
                      "subvention de la région.",
                      "gives as certain («financer») what the source only hopes"),
        HOPES.variant("modality", FUNDS,
                      "La mairie de Vals va financer la nouvelle médiathèque grâce à une "
                      "subvention de la région.",
                      "gives as certain («financer») what the source only hopes"),
        HOPES.variant("modality", STADIUM, "Le maire rénovera le stade municipal avant l'été.",
                      "gives as certain («rénover») what the source only hopes"),
        HOPES.variant("modality", FUNDS,
                      "La mairie de Vals a financé la nouvelle médiathèque grâce à une "
                      "subvention de la région.",
                      "gives as done («financer») what the source gives as to come"),
        HOPES.variant("modality", SHOP, "Le groupe Lidl a ouvert un magasin à Vals en septembre.",
                      "gives as done («ouvrir») what the source gives as to come"),
    ]
)  # fmt: skip
def test_a_hope_or_a_plan_said_certain_or_done_is_hard(case: Case) -> None:
    HOPES.draws_one(case, "modality", "hard")


# a plan the source tells as made with its noun (« avait prévu l'investissement ») said with the
# plan's verb governing its own (« avait prévu d'investir »): one plan on both sides, neither
# « gives as planned » (modality) nor « gives as to come » (tense) — honest-r24 r24-x1 drew four
# reviews so; the deed itself given as only planned stays flagged
PLANS = Pairs(
    "plans18",
    """SoftBank promet 50 milliards de dollars aux États-Unis

7 décembre 2016. – Le président du groupe japonais, Masayoshi Son, qui avait rencontré Donald \
Trump au début du mois, avait déjà prévu l'investissement de 50 milliards de dollars aux \
États-Unis. Le groupe a investi 3 milliards de dollars dans une usine de puces en Arizona.""",
    """SoftBank promet 50 milliards de dollars aux États-Unis

Le président du groupe japonais, Masayoshi Son, qui avait rencontré Donald Trump au début du \
mois, avait déjà prévu l'investissement de 50 milliards de dollars aux États-Unis. Le groupe a \
investi 3 milliards de dollars dans une usine de puces en Arizona.""",
)
PLANNED = ("Le président du groupe japonais, Masayoshi Son, qui avait rencontré Donald Trump au "
           "début du mois, avait déjà prévu l'investissement de 50 milliards de dollars aux "
           "États-Unis.")  # fmt: skip
INVESTED = "Le groupe a investi 3 milliards de dollars dans une usine de puces en Arizona."


@each(
    [
        PLANS.variant("honest", PLANNED,
                      "Le président du groupe, Masayoshi Son, avait déjà prévu d'investir 50 "
                      "milliards de dollars aux États-Unis."),
        PLANS.variant("honest", PLANNED,
                      "Masayoshi Son avait déjà prévu d'investir 50 milliards de dollars aux "
                      "États-Unis."),
    ]
)  # fmt: skip
def test_a_plan_told_made_on_both_sides_draws_nothing(case: Case) -> None:
    PLANS.draws_nothing(case, ("modality", "tense"))


def test_a_deed_given_as_only_planned_stays_flagged() -> None:
    case = PLANS.variant(
        "modality",
        INVESTED,
        "Le groupe avait prévu d'investir 3 milliards de dollars dans une usine de puces en "
        "Arizona.",
        "gives as planned («investir») what the source gives as done",
    )
    PLANS.draws(case, "modality", "hard")


# « encourir » says the penalty someone risks, as « risquer » does: « il encourt vingt ans » for
# « il risque jusqu'à vingt ans » states nothing the source only gives as possible (honest-r25
# r25-d2 drew a review so); a penalty risked for one pronounced is flagged
PENALTY = Pairs(
    "penalty18",
    """Dole : un braqueur devant les assises

3 mai 2021. – Jean Morel, 34 ans, comparaît depuis lundi devant la cour d'assises du Jura pour \
le braquage d'une bijouterie de Dole. Il risque jusqu'à vingt ans de réclusion criminelle. Son \
complice a été condamné à huit ans de prison en 2019.""",
    """Un braqueur devant les assises

Jean Morel, 34 ans, comparaît depuis lundi devant la cour d'assises du Jura pour le braquage \
d'une bijouterie de Dole. Il risque jusqu'à vingt ans de réclusion criminelle. Son complice a été \
condamné à huit ans de prison en 2019.""",
)
RISKS = "Il risque jusqu'à vingt ans de réclusion criminelle."
SENTENCED = "Son complice a été condamné à huit ans de prison en 2019."


@each(
    [
        PENALTY.variant("honest", RISKS,
                        "Jean Morel encourt jusqu'à vingt ans de réclusion criminelle."),
        PENALTY.variant("honest", RISKS,
                        "L'accusé encourt vingt ans de réclusion criminelle au maximum."),
        PENALTY.variant("honest", RISKS,
                        "Il encourt une peine pouvant aller jusqu'à vingt ans de réclusion "
                        "criminelle."),
    ]
)  # fmt: skip
def test_a_penalty_incurred_for_one_risked_draws_nothing(case: Case) -> None:
    PENALTY.draws_nothing(case, "modality")


def test_a_penalty_incurred_for_one_pronounced_is_a_review() -> None:
    case = PENALTY.variant(
        "modality", SENTENCED, "Son complice encourt huit ans de prison.", "hedges («encourir»)"
    )
    PENALTY.draws_one(case, "modality", "review")


# a future the tagger reads as a present (« nous serons », tagged Tense=Pres) is read by its
# written stem and ending (modality.written_future): someone's forecast of it, said confirmed, is
# hard again (blind/distortions d1-01#16 was caught only by the tagger's reading « 919 » a future)
FORECAST = Pairs(
    "forecast18",
    """Primaire : la participation en hausse

29 janvier 2017. – Selon le président du comité d'organisation, Jean Morel, « nous serons à la \
clôture entre 1,5 et 1,8 million de votants ». Le premier tour avait réuni 1 600 000 votants.""",
    """Primaire : la participation en hausse

Selon le président du comité d'organisation, Jean Morel, « nous serons à la clôture entre 1,5 et \
1,8 million de votants ». Le premier tour avait réuni 1 600 000 votants.""",
)
SAID = ("Selon le président du comité d'organisation, Jean Morel, « nous serons à la clôture entre "
        "1,5 et 1,8 million de votants ».")  # fmt: skip


def test_a_forecast_said_confirmed_is_hard() -> None:
    case = FORECAST.variant(
        "modality",
        SAID,
        "Jean Morel, président du comité d'organisation, a confirmé 1,5 à 1,8 million de votants "
        "à la clôture.",
        "gives as certain («confirmer») what the source only expects",
    )
    FORECAST.draws_one(case, "modality", "hard")


@each(
    [
        FORECAST.variant("honest", SAID,
                         "Jean Morel, président du comité d'organisation, tablait sur 1,5 à 1,8 "
                         "million de votants à la clôture."),
        FORECAST.variant("honest", SAID,
                         "Jean Morel, président du comité d'organisation, attendait entre 1,5 et "
                         "1,8 million de votants à la clôture."),
        FORECAST.variant("honest", SAID,
                         "Jean Morel, président du comité d'organisation, prévoyait entre 1,5 et "
                         "1,8 million de votants à la clôture."),
    ]
)  # fmt: skip
def test_a_forecast_said_as_one_draws_nothing(case: Case) -> None:
    FORECAST.draws_nothing(case, "modality")


# polarity: « ne s'est pas contenté de consoler », « ne se limite pas à » say the infinitive holds
# and more (lexicon/negation.txt « beyond »); « jamais encore … n'avait prononcé » is the source's
# « son premier discours » told from the other end; an infinitive of purpose (« pour identifier la
# victime », « afin d'observer ») states nothing a denial contradicts — honest-r23 r23-q3, r26-b4,
# r27-e4, r25-c2 and r26-c3 drew a polarity review each so; the negation dropped stays hard
PODIUM = Pairs(
    "podium18",
    """Rio : le sauteur français consolé par Thomas Bach

16 août 2016. – Après le podium, Renaud Lavillenie a été consolé par le président du CIO, Thomas \
Bach. La sonde Osiris est équipée de trois caméras afin d'observer l'astéroïde Bénou. Le 17 \
septembre, Emmanuel Macron prononcera son premier discours devant le Parlement européen. Une \
autopsie sera pratiquée pour identifier la victime.""",
    """Le sauteur français consolé par Thomas Bach

Après le podium, Renaud Lavillenie a été consolé par le président du CIO, Thomas Bach. La sonde \
Osiris est équipée de trois caméras afin d'observer l'astéroïde Bénou. Le 17 septembre, Emmanuel \
Macron prononcera son premier discours devant le Parlement européen. Une autopsie sera pratiquée \
pour identifier la victime.""",
)
CONSOLED = "Après le podium, Renaud Lavillenie a été consolé par le président du CIO, Thomas Bach."
CAMERAS = "La sonde Osiris est équipée de trois caméras afin d'observer l'astéroïde Bénou."
SPEECH = ("Le 17 septembre, Emmanuel Macron prononcera son premier discours devant le Parlement "
          "européen.")  # fmt: skip
AUTOPSY = "Une autopsie sera pratiquée pour identifier la victime."


@each(
    [
        PODIUM.variant("honest", CONSOLED,
                       "Le président du CIO, Thomas Bach, ne s'est pas contenté de consoler "
                       "Renaud Lavillenie."),
        PODIUM.variant("honest", CONSOLED,
                       "Thomas Bach ne s'est pas limité à consoler Renaud Lavillenie après le "
                       "podium."),
        PODIUM.variant("honest", CAMERAS,
                       "La sonde Osiris ne se contentera pas d'observer l'astéroïde Bénou."),
        PODIUM.variant("honest", SPEECH,
                       "Jamais encore Emmanuel Macron n'avait prononcé de discours devant le "
                       "Parlement européen."),
        PODIUM.variant("honest", AUTOPSY,
                       "À ce stade, la victime n'est pas formellement identifiée."),
        PODIUM.variant("honest", AUTOPSY, "La victime n'a pas encore été identifiée."),
    ]
)  # fmt: skip
def test_more_than_a_deed_its_first_time_or_its_purpose_denies_nothing(case: Case) -> None:
    PODIUM.draws_nothing(case, ("polarity", "modality"))


def test_a_consolation_denied_stays_hard() -> None:
    case = PODIUM.variant(
        "negation",
        CONSOLED,
        "Après le podium, Renaud Lavillenie n'a pas été consolé par le président du CIO, Thomas "
        "Bach.",
        "denies what the source affirms (consoler)",
    )
    PODIUM.draws_one(case, "polarity", "hard")


# qualifiers: a hedge that qualifies one word — an adjective after its noun (« djihadistes
# présumés »), « pour l'instant » before the word it qualifies (« pour l'instant inconnues ») —
# is dropped only by a sentence that says that word; « restent inconnues » keeps « pour
# l'instant » (honest-r25 r25-b3 drew four reviews, r25-b4 three); the hedge dropped from its own
# word is still a review
SUSPECTS = Pairs(
    "suspects18",
    """Turquie : seize djihadistes présumés arrêtés

30 mars 2016. – La police turque a annoncé mercredi l'arrestation de 16 djihadistes présumés du \
Front al-Nosra, la branche syrienne du réseau terroriste Al-Qaïda. Bien que les causes de \
l'accident soient pour l'instant inconnues, une tempête et de forts vents soufflaient au moment de \
l'accident.""",
    """Seize djihadistes présumés arrêtés en Turquie

La police turque a annoncé mercredi l'arrestation de 16 djihadistes présumés du Front al-Nosra, \
la branche syrienne du réseau terroriste Al-Qaïda. Bien que les causes de l'accident soient pour \
l'instant inconnues, une tempête et de forts vents soufflaient au moment de l'accident.""",
)
ARRESTS = ("La police turque a annoncé mercredi l'arrestation de 16 djihadistes présumés du Front "
           "al-Nosra, la branche syrienne du réseau terroriste Al-Qaïda.")  # fmt: skip
STORM = ("Bien que les causes de l'accident soient pour l'instant inconnues, une tempête et de "
         "forts vents soufflaient au moment de l'accident.")  # fmt: skip


@each(
    [
        SUSPECTS.variant("honest", ARRESTS,
                         "Le Front al-Nosra est la branche syrienne du réseau terroriste "
                         "Al-Qaïda."),
        SUSPECTS.variant("honest", ARRESTS,
                         "Les arrestations annoncées mercredi visent le Front al-Nosra, branche "
                         "syrienne d'Al-Qaïda."),
        SUSPECTS.variant("honest", STORM,
                         "Au moment de l'accident, une tempête et de forts vents soufflaient."),
        SUSPECTS.variant("honest", STORM,
                         "Les causes de l'accident restent inconnues, même si une tempête et de "
                         "forts vents soufflaient au moment du drame."),
    ]
)  # fmt: skip
def test_a_hedge_of_a_word_not_said_is_not_dropped(case: Case) -> None:
    SUSPECTS.draws_nothing(case, "qualifiers")


@each(
    [
        SUSPECTS.variant("qualifier", ARRESTS,
                         "Seize djihadistes du Front al-Nosra ont été arrêtés mercredi par la "
                         "police turque.",
                         "states without the source's «présumés»"),
        SUSPECTS.variant("qualifier", STORM, "Les causes de l'accident sont inconnues.",
                         "states without the source's «pour l'instant»"),
    ]
)  # fmt: skip
def test_a_hedge_dropped_from_its_word_is_a_review(case: Case) -> None:
    SUSPECTS.draws_one(case, "qualifiers", "review")


# modality: a simple imperfect tells a state or what was under way, no act done (« figurait au
# menu » for « était programmé »: honest-r24 r24-w1; « 51 % soutenaient le régime » beside
# « l'opinion pourrait évoluer »: honest-r5 r5-t1); a clause denied by « pas » hung on another word
# (« n'avaient pas encore cédé »: honest-r23 r23-w1) or by « jamais » before its « ne » gives
# nothing as done; the compound past for what was to come stays flagged
SHOW = Pairs(
    "show18",
    """Nice : un salon du triathlon

12 mai 2017. – Le paraduathlon était programmé pour l'attribution des titres mondiaux. Le maire \
devait inaugurer le salon samedi. L'équipe de France pourrait remporter trois médailles.""",
    """Un salon du triathlon à Nice

Le paraduathlon était programmé pour l'attribution des titres mondiaux. Le maire devait \
inaugurer le salon samedi. L'équipe de France pourrait remporter trois médailles.""",
)
PROGRAMMED = "Le paraduathlon était programmé pour l'attribution des titres mondiaux."
OPENING = "Le maire devait inaugurer le salon samedi."


@each(
    [
        SHOW.variant("honest", PROGRAMMED,
                     "Le paraduathlon figurait également au menu, avec l'attribution des titres "
                     "mondiaux."),
        SHOW.variant("honest", OPENING, "Samedi, le maire n'avait pas encore inauguré le salon."),
        SHOW.variant("honest", OPENING, "Jamais encore le maire n'avait inauguré ce salon."),
    ]
)  # fmt: skip
def test_a_state_or_a_denial_gives_nothing_as_done(case: Case) -> None:
    SHOW.draws_nothing(case, "modality")


def test_an_act_to_come_said_done_stays_flagged() -> None:
    case = SHOW.variant(
        "modality",
        OPENING,
        "Le maire a inauguré le salon samedi.",
        "gives as done («inaugurer») what the source gives as to come",
    )
    SHOW.draws(case, "modality")


# scope: « au nombre », « du nombre » are « le nombre »: a count, no quantity; « un nombre moyen
# d'enfants par femme » an average (honest-r26 r26-a4 drew two « says many » reviews so); « un
# nombre croissant » still says many
BIRTHS = Pairs(
    "births18",
    """Moins de naissances en France

16 janvier 2018. – La baisse des naissances s'explique par la baisse du nombre de femmes en âge \
d'avoir un enfant. Un nombre croissant de couples renoncent à avoir un deuxième enfant.""",
    """Moins de naissances en France

La baisse des naissances s'explique par la baisse du nombre de femmes en âge d'avoir un enfant. \
Un nombre croissant de couples renoncent à avoir un deuxième enfant.""",
)
FEWER = ("La baisse des naissances s'explique par la baisse du nombre de femmes en âge d'avoir un "
         "enfant.")  # fmt: skip
COUPLES = "Un nombre croissant de couples renoncent à avoir un deuxième enfant."


@each(
    [
        BIRTHS.variant("honest", FEWER,
                       "La baisse des naissances tient au nombre moyen d'enfants par femme, qui "
                       "est plus faible."),
        BIRTHS.variant("honest", FEWER,
                       "La baisse des naissances s'explique par un nombre moyen d'enfants par "
                       "femme en recul."),
        BIRTHS.variant("honest", COUPLES,
                       "De nombreux couples renoncent à avoir un deuxième enfant."),
    ]
)  # fmt: skip
def test_a_count_or_an_average_says_no_quantity(case: Case) -> None:
    BIRTHS.draws_nothing(case, "scope")


def test_all_for_a_growing_number_stays_hard() -> None:
    case = BIRTHS.variant(
        "scope",
        COUPLES,
        "Tous les couples renoncent à avoir un deuxième enfant.",
        "says all («couple») where the source says many",
    )
    BIRTHS.draws_one(case, "scope", "hard")


# causes: a cause that takes every word of its sentence but the fact it causes (« le choc avec une
# ligne électrique a provoqué la chute de l'hélicoptère »), retelling what a source sentence tells
# done before its fact (« s'est écrasé … après avoir heurté une ligne électrique »): a review,
# not a fact absent for certain (round 17 left it hard); a cause the source never tells stays hard
POWER_LINE = Pairs(
    "powerline18",
    """Ardèche : un hélicoptère s'écrase près d'Aubenas

14 mars 2021. – Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, après avoir \
heurté une ligne électrique. L'appareil transportait quatre personnes. Le pilote a perdu le \
contrôle de l'appareil lors de l'atterrissage.""",
    """Un hélicoptère s'écrase en Ardèche

Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, après avoir heurté une ligne \
électrique. L'appareil transportait quatre personnes. Le pilote a perdu le contrôle de \
l'appareil lors de l'atterrissage.""",
)
CRASHED = ("Un hélicoptère de tourisme s'est écrasé samedi près d'Aubenas, après avoir heurté une "
           "ligne électrique.")  # fmt: skip
LOST = "Le pilote a perdu le contrôle de l'appareil lors de l'atterrissage."


@each(
    [
        POWER_LINE.variant("honest", CRASHED,
                           "Le choc avec une ligne électrique a provoqué la chute de "
                           "l'hélicoptère."),
        POWER_LINE.variant("honest", CRASHED,
                           "Le contact avec une ligne électrique a causé l'accident de "
                           "l'hélicoptère."),
    ]
)  # fmt: skip
def test_a_cause_retold_from_what_was_done_before_draws_no_hard_finding(case: Case) -> None:
    POWER_LINE.draws_nothing(case, "causes", "hard")


@each(
    [
        POWER_LINE.variant("invented cause", CRASHED,
                           "Une panne de moteur a provoqué la chute de l'hélicoptère.",
                           "gives a cause the source does not"),
        POWER_LINE.variant("invented cause", LOST,
                           "Le pilote a perdu le contrôle de l'appareil à cause d'une rafale de "
                           "vent.",
                           "gives a cause the source does not"),
    ]
)  # fmt: skip
def test_a_cause_the_source_never_tells_stays_hard(case: Case) -> None:
    POWER_LINE.draws_one(case, "causes", "hard")


# a verb that negates, written twice in two senses by the source sentence (« n'a pas manqué son
# rendez-vous et accroche un titre manquant »): which one the article restates is no table's to
# say (honest-r24 r24-w4 drew two polarity reviews so once such verbs were compared); said once,
# its negation dropped is hard; « n'a rien lâché », « personne n'a … » deny their verb
TITLE_RACE = Pairs(
    "titlerace18",
    """Triathlon : Ruben Ruzafa champion du monde

18 octobre 2017. – L'Espagnol Ruben Ruzafa n'a pas manqué son rendez-vous et accroche un titre \
manquant à son palmarès. Le Français Paul Martin n'a pas manqué le départ. L'Allemand Jan Weber \
ne lâchera rien jusqu'à l'arrivée, selon son entraîneur.""",
    """Ruben Ruzafa champion du monde de triathlon

L'Espagnol Ruben Ruzafa n'a pas manqué son rendez-vous et accroche un titre manquant à son \
palmarès. Le Français Paul Martin n'a pas manqué le départ. L'Allemand Jan Weber ne lâchera rien \
jusqu'à l'arrivée, selon son entraîneur.""",
)
RENDEZVOUS = ("L'Espagnol Ruben Ruzafa n'a pas manqué son rendez-vous et accroche un titre "
              "manquant à son palmarès.")  # fmt: skip
START = "Le Français Paul Martin n'a pas manqué le départ."
WEBER = "L'Allemand Jan Weber ne lâchera rien jusqu'à l'arrivée, selon son entraîneur."


@each(
    [
        TITLE_RACE.variant("honest", RENDEZVOUS,
                           "L'Espagnol Ruben Ruzafa remporte le titre qui lui manquait encore."),
        TITLE_RACE.variant("honest", RENDEZVOUS,
                           "L'Espagnol Ruben Ruzafa ajoute à son palmarès un titre qui y "
                           "manquait."),
        TITLE_RACE.variant("honest", WEBER,
                           "L'Allemand Jan Weber n'a rien lâché jusqu'à l'arrivée, selon son "
                           "entraîneur."),
    ]
)  # fmt: skip
def test_a_negating_verb_in_two_senses_or_nothing_given_up_draws_nothing(case: Case) -> None:
    TITLE_RACE.draws_nothing(case, ("polarity", "modality"))


def test_a_start_missed_for_one_not_missed_is_hard() -> None:
    case = TITLE_RACE.variant(
        "negation",
        START,
        "Le Français Paul Martin a manqué le départ.",
        "affirms what the source denies (manquer)",
    )
    TITLE_RACE.draws_one(case, "polarity", "hard")


def test_a_hedge_of_the_infinitive_after_it_dropped_is_a_review() -> None:
    # « une force supposée provoquer l'accélération »: « supposée » hedges the infinitive after it
    # (heldout-r7 r7-s5-1#15 kept its review so)
    cosmos = Pairs(
        "cosmos18",
        """L'énergie noire

3 mai 2017. – L'énergie noire est une force encore mystérieuse supposée provoquer \
l'accélération de l'expansion de l'Univers.""",
        """L'énergie noire

L'énergie noire est une force encore mystérieuse supposée provoquer l'accélération de \
l'expansion de l'Univers.""",
    )
    case = cosmos.variant(
        "dropped condition",
        "une force encore mystérieuse supposée provoquer",
        "une force qui provoque",
        "states without the source's «supposée»",
    )
    cosmos.draws(case, "qualifiers", "review")


# modality: « permettent de confirmer », « ont permis de confirmer » make possible what they govern,
# as the source's « peuvent confirmer » says (lexicon modality « enable »: honest-r21 r21-w2 and
# honest-r27 r27-f3 drew a review each so); the plain statement stays a review
ENABLED = Pairs(
    "enabled18",
    """Une hypothèse de la NASA confirmée

3 mai 2017. – Les nouvelles observations peuvent confirmer une hypothèse des scientifiques de la \
NASA. Ces mesures peuvent retarder le lancement de six mois.""",
    """Une hypothèse de la NASA confirmée

Les nouvelles observations peuvent confirmer une hypothèse des scientifiques de la NASA. Ces \
mesures peuvent retarder le lancement de six mois.""",
)
CONFIRM = "Les nouvelles observations peuvent confirmer une hypothèse des scientifiques de la NASA."
DELAY18 = "Ces mesures peuvent retarder le lancement de six mois."


@each(
    [
        ENABLED.variant("honest", CONFIRM,
                        "Ces nouvelles observations permettent de confirmer une hypothèse des "
                        "scientifiques de la NASA."),
        ENABLED.variant("honest", CONFIRM,
                        "Les nouvelles observations ont même permis de confirmer une hypothèse des "
                        "scientifiques de la NASA."),
    ]
)  # fmt: skip
def test_what_is_made_possible_states_nothing_certain(case: Case) -> None:
    ENABLED.draws_nothing(case, "modality")


def test_what_can_happen_said_as_happening_stays_a_review() -> None:
    case = ENABLED.variant(
        "modality",
        DELAY18,
        "Ces mesures retardent le lancement de six mois.",
        "states as a fact («retarder») what the source says can happen",
    )
    ENABLED.draws_one(case, "modality", "review")
