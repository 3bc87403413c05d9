"""Polarity (engine.gate.claims.polarity): a predicate negated on one side only.

A source of our own and an honest rewrite; each distortion turns a yes into a no (or back) in a
sentence that surely restates its source sentence and must draw the hard `polarity` finding;
each honest variant says the source's no another way (restrictive « ne … que », an exception,
exclusivity, an expletive « ne », « n'en pouvoir plus de ») and must draw no polarity finding.
"""

from __future__ import annotations

import pytest

from tests.pairs import Case, Pairs, Sentences, blocking, each

SOURCE = """Tour de Bretagne : la course modifiée

Les abandons ne sont autorisés qu'aux postes de contrôle, et un coureur doit alors rejoindre le \
poste le plus proche. Le pont de Morlaix reste bloqué à la circulation depuis lundi. Le ministre \
des Sports n'a pas réussi à convaincre les organisateurs de Rennes. Les organisateurs ont \
accepté le nouveau parcours proposé par la fédération. Le nouveau règlement a été \
signé par toutes les équipes bretonnes, excepté l'équipe de Brest. Lorient est la seule ville \
de la région à prévoir encore une étape de montagne. Les coureurs ont tenu la tête du peloton \
jusqu'à Vannes, avant que l'équipe de Quimper ne reprenne la course en main le 3 mai. « Nous \
n'en pouvons plus de voir partir nos meilleurs coureurs », écrivent les dirigeants du club."""

HONEST = """La course bretonne modifiée

Un coureur ne peut abandonner qu'à un poste de contrôle. Le pont de Morlaix reste bloqué à la \
circulation depuis lundi. Le ministre des Sports n'a pas réussi à convaincre les organisateurs de \
Rennes. Les organisateurs ont accepté le parcours proposé par la fédération. Toutes les équipes \
bretonnes ont signé le nouveau règlement, sauf celle de Brest. Lorient \
est la seule ville de la région à prévoir encore une étape de montagne. L'équipe de Quimper a \
repris la course en main le 3 mai à Vannes. Les dirigeants du club disent voir partir leurs \
meilleurs coureurs."""


PAIRS = Pairs("polarity", SOURCE, HONEST)
variant = PAIRS.variant
DISTORTIONS = [
    variant("negation", "Le pont de Morlaix reste bloqué", "Le pont de Morlaix n'est plus bloqué",
            "denies what the source affirms (bloquer)"),
    variant("negation", "Le ministre des Sports n'a pas réussi", "Le ministre des Sports a réussi",
            "affirms what the source denies (réussir)"),
    variant("negation", "Les organisateurs ont accepté", "Les organisateurs n'ont jamais accepté",
            "denies what the source affirms (accepter)"),
]  # fmt: skip
HONEST_VARIANTS = [
    # ne … que restricts, whatever « plus » the source sentence holds elsewhere
    variant("restrictive", "Un coureur ne peut abandonner qu'à un poste de contrôle.",
            "Les abandons ne sont autorisés qu'aux postes de contrôle."),
    # an exception said as a negation
    variant("exception", "Toutes les équipes bretonnes ont signé le nouveau règlement, sauf celle "
            "de Brest.", "L'équipe de Brest n'a pas signé le nouveau règlement."),
    # exclusivity said as a negation
    variant("exclusivity", "Lorient est la seule ville de la région à prévoir encore une étape de "
            "montagne.", "Aucune autre ville de la région ne prévoit encore d'étape de montagne."),
    # an expletive « ne » (« avant que … ne reprenne ») denies nothing
    variant("expletive", "L'équipe de Quimper a repris la course en main le 3 mai à Vannes.",
            "L'équipe de Quimper a repris la course en main le 3 mai."),
    # « n'en pouvoir plus de voir » does not deny « voir »
    variant("idiom", "Les dirigeants du club disent voir partir leurs meilleurs coureurs.",
            "Les dirigeants du club voient partir leurs meilleurs coureurs."),
]  # fmt: skip


def test_the_honest_rewrite_draws_no_polarity_finding() -> None:
    PAIRS.draws_nothing(HONEST, "polarity")


@each(DISTORTIONS)
def test_a_yes_turned_no_in_a_sure_restatement_is_hard(case: Case) -> None:
    PAIRS.draws_one(case, "polarity", blocking("polarity"))


@each(HONEST_VARIANTS, "kind")
def test_a_no_said_another_way_draws_no_polarity_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "polarity")


# A negation the source makes in another sentence than the one the alignment picks (which says
# the same predicate, affirmed, of other things): the article restates the other one.
SOURCE_ELSEWHERE = """Procès de Rennes : le maire condamné

La procureure Anne Le Goff avait alors rappelé que son tribunal prononçait chaque jour des peines \
de prison ferme avec mandat de dépôt pour des vols aggravés. Le tribunal n'ayant pas prononcé de \
mandat de dépôt, tous les condamnés du procès de Rennes sont repartis libres."""

HONEST_ELSEWHERE = """Le maire de Rennes condamné

Tous les condamnés du procès de Rennes sont repartis libres. Car le tribunal \
n'a pas prononcé de mandat de dépôt. La procureure Anne Le Goff avait rappelé que des peines de \
prison ferme avec mandat de dépôt étaient prononcées chaque jour pour des vols aggravés."""


def test_a_negation_the_source_makes_in_another_sentence_draws_no_polarity_finding() -> None:
    pairs = Pairs("polarity-elsewhere", SOURCE_ELSEWHERE, HONEST_ELSEWHERE)
    pairs.draws_nothing(HONEST_ELSEWHERE, "polarity")


# A predicate denied with another verb than the source's: one of its class (lexicon/
# predicates.txt: « s'imposer » for « remporter »), a verb that says what its object is for a
# copula (« ne constitue pas une victoire » for « est une victoire »), or the same verb as the
# lemmatiser leaves it (« porte »). A review where the verbs differ.
SOURCE_CLAUSE = """Cyclisme en Bretagne : le club de Brest en tête

Le club de Brest a remporté la coupe régionale de cyclisme le 4 mai à Quimper. Cette décision \
de la fédération est une victoire politique pour la mairie de Brest. Le maillot vert du \
classement régional est porté par le coureur Paul Morvan depuis la deuxième étape. La \
fédération a démontré la solidité du nouveau règlement régional."""

HONEST_CLAUSE = """Le club de Brest en tête du cyclisme breton

Le 4 mai à Quimper, le club de Brest s'est imposé dans la coupe régionale de cyclisme. Cette \
décision de la fédération constitue une victoire politique pour la mairie de Brest. Depuis la \
deuxième étape, le coureur Paul Morvan porte le maillot vert du classement régional. Cela n'a pas \
empêché la fédération de démontrer la solidité du nouveau règlement régional."""

CLAUSE = Pairs("polarity-clause", SOURCE_CLAUSE, HONEST_CLAUSE)
CLAUSE_DISTORTIONS = [
    CLAUSE.variant("negation", "le club de Brest s'est imposé",
                   "le club de Brest ne s'est pas imposé",
                   "denies what the source affirms (remporter)"),
    CLAUSE.variant("negation", "constitue une victoire", "ne constitue pas une victoire",
                   "denies what the source affirms (victoire)"),
    CLAUSE.variant("negation", "Paul Morvan porte le maillot",
                   "Paul Morvan ne porte plus le maillot", "denies what the source affirms"),
]  # fmt: skip


def test_the_clause_rewrite_draws_no_polarity_finding() -> None:
    CLAUSE.draws_nothing(HONEST_CLAUSE, "polarity")


@each(CLAUSE_DISTORTIONS)
def test_a_predicate_denied_with_another_verb_is_found(case: Case) -> None:
    CLAUSE.draws_one(case, "polarity")


# A negation said with its second part first (« aucun retard n'a été annoncé »: « aucun » before
# « ne », in the subject) is one, not an expletive « ne »; « sans doute » (probably) denies
# nothing, so a clause hedged by it and negated (« ne pouvait sans doute pas arrêter ») is the
# one the article turns round (heldout-r5: « Aucun incident n'a été signalé » → « Un incident a
# été signalé », « ne pouvaient sans doute pas être embauchés » → « pourraient sans doute »).
SOURCE_FIRST = """Un TER bloqué près de Morlaix

Le train régional a quitté Brest à 7 h 10 avec quarante voyageurs à son bord. Aucun retard n'a \
été annoncé durant le trajet. Le conducteur a dû freiner brusquement à l'entrée de la gare de \
Morlaix. Aucun voyageur n'a été évacué par les pompiers de Morlaix. Selon l'enquête, le \
conducteur ne pouvait sans doute pas arrêter le train avant le passage à niveau. Les voyageurs \
ne pourront sans doute pas rejoindre Quimper ce soir."""

TURNED_FIRST = [
    ("Un retard a été annoncé pendant le trajet.", "affirms what the source denies (annoncer)"),
    ("Des voyageurs ont été évacués par les pompiers de Morlaix.",
     "affirms what the source denies (évacuer)"),
    ("Selon l'enquête, le conducteur pouvait sans doute arrêter le train avant le passage à "
     "niveau.", "affirms what the source denies (arrêter)"),
    ("Les voyageurs pourront sans doute rejoindre Quimper ce soir.",
     "affirms what the source denies (rejoindre)"),
]  # fmt: skip

KEPT_FIRST = [
    "Le trajet s'est déroulé sans retard annoncé.",
    "Les pompiers de Morlaix n'ont évacué aucun voyageur.",
    "Selon l'enquête, le conducteur ne pouvait sans doute pas arrêter le train avant le passage "
    "à niveau.",
    "Les voyageurs ne pourront sans doute pas rejoindre Quimper ce soir.",
]


TRAIN = Sentences("first", SOURCE_FIRST, "Un TER bloqué")


@each(TURNED_FIRST)
def test_a_negation_said_first_or_hedged_by_sans_doute_turned_round_is_found(case: Case) -> None:
    TRAIN.draws(case, "polarity")


@each(KEPT_FIRST)
def test_the_same_negations_kept_draw_no_polarity_finding(case: Case) -> None:
    TRAIN.draws_nothing(case, "polarity")


# A negation dropped in a sentence that merges two of the source's (heldout-r5: « la police
# intervient systématiquement » where the source says « il arrive que la police n'intervienne
# même pas », in the sentence after the one restated): a predicate the source only ever denies,
# affirmed about the same things, is reviewed whichever source sentence holds it.
SOURCE_MERGED = """Creuse : les secours trop lents

Très peu d'habitants des villages isolés appellent les secours la nuit, et seuls 5 % des appels \
aboutissent à une intervention rapide. Il arrive que les pompiers ne se déplacent même pas dans \
ces villages. Le département n'a jamais financé de caserne à Royère."""

DROPPED = [
    ("Très peu d'habitants des villages isolés appellent les secours la nuit, et seuls 5 % des "
     "appels aboutissent à une intervention rapide ; les pompiers se déplacent systématiquement.",
     "affirms what the source denies (déplacer)"),
    ("Peu d'appels aboutissent à une intervention rapide, et le département a financé une caserne "
     "à Royère.", "affirms what the source denies (financer)"),
]  # fmt: skip

KEPT_MERGED = [
    "Très peu d'habitants des villages isolés appellent les secours la nuit ; il arrive même que "
    "les pompiers ne se déplacent pas.",
    "Les pompiers ne se déplacent parfois même pas dans ces villages isolés.",
    "Les pompiers se déplacent rarement dans ces villages isolés, faute de caserne à Royère.",
]


RESCUE = Sentences("merged", SOURCE_MERGED, "Les secours trop lents")


@each(DROPPED)
def test_a_negation_dropped_from_another_source_sentence_is_reviewed(case: Case) -> None:
    RESCUE.draws(case, "polarity")


@each(KEPT_MERGED)
def test_the_negation_kept_or_said_another_way_draws_nothing(case: Case) -> None:
    RESCUE.draws_nothing(case, "polarity")


# Issue 19, round 8: a negation in the word (« inconnu », « inacceptable »), dropped or added on
# one side only, is a review; said the other way on the other side (« n'était pas connu »,
# « ne jugent pas acceptable ») it is the same denial, and draws nothing.
SOURCE_PREFIX = """Lille : un incendie dans un entrepôt

Le suspect arrêté mardi était jusque-là inconnu des services de police. Les syndicats du site \
jugent la proposition de la direction inacceptable en l'état. Selon les pompiers, le départ de \
feu dans l'entrepôt n'a rien d'anormal."""

FIRE = Sentences("prefix", SOURCE_PREFIX, "Un incendie à Lille")

PREFIX_CHANGED = [
    ("Le suspect arrêté mardi était déjà connu des services de police.",
     "affirms what the source denies («connu» for «inconnu»)"),
    ("Les syndicats du site jugent acceptable en l'état la proposition de la direction.",
     "affirms what the source denies («acceptable» for «inacceptable»)"),
]  # fmt: skip
PREFIX_KEPT = [
    "Le suspect arrêté mardi n'était pas connu des services de police.",
    "Le suspect arrêté mardi était inconnu des services de police jusque-là.",
    "Les syndicats du site ne jugent pas acceptable en l'état la proposition de la direction.",
    "Les syndicats du site refusent en l'état la proposition de la direction.",
]


@each(PREFIX_CHANGED)
def test_a_negating_prefix_dropped_is_a_review(case: Case) -> None:
    FIRE.draws_one(case, "polarity", "review")


@each(PREFIX_KEPT)
def test_the_same_denial_said_by_a_prefix_or_by_ne_pas_draws_nothing(case: Case) -> None:
    FIRE.draws_nothing(case, "polarity")


# « jamais » without « ne » in a participle of a noun graded to the top says ever
EVER = [
    ("C'est la plus grande encyclopédie jamais créée en français.", "créer", False),
    ("Le meilleur score jamais obtenu par un Français date de 2010.", "obtenir", False),
    ("Son premier film jamais diffusé à la télévision sort demain.", "diffuser", False),
    ("Une victoire jamais contestée par ses rivaux.", "contester", True),
    ("Le pont n'a jamais été construit.", "construire", True),
    ("C'est un projet jamais achevé.", "achever", True),
]


@pytest.mark.parametrize(("text", "verb", "denied"), EVER)
def test_jamais_after_a_superlative_says_ever(text: str, verb: str, denied: bool) -> None:
    from engine.gate.claims.polarity import read_polarity
    from engine.text.nlp import parse

    verbs, _ = read_polarity(list(parse([text])[0]))
    assert verbs[verb] == frozenset({denied})


# Issue 19, round 11: the « ne … pas » of another predicate that both sides deny alike is no
# denial of the one turned round (« des traces ont été relevées et la maison n'a pas été
# fouillée » for « aucune trace n'a été relevée et la maison n'a pas été fouillée »); and a
# predicate said with a verb of its class (lexicon/predicates.txt: « jouir » for « bénéficier »,
# « avancer » for « progresser », « contredire » for « infirmer ») is paired on one shared word
# fewer than one said with any verb: a review.
SOURCE_BOTH = """Cambriolage à Brest

Aucune trace d'effraction n'a été relevée et la maison n'a pas été fouillée. Le maire n'a pas \
signé l'arrêté, et il ne l'a pas publié. Le comité citoyen, qui ne bénéficie d'aucune \
reconnaissance officielle, a rendu son avis mardi. Au nord de la ville, l'armée ne progresse \
plus et encercle toujours le village. Les témoignages recueillis n'ont pas été infirmés par \
l'entreprise lors de l'audience. Les syndicats ne parviennent pas à se mettre d'accord sur les \
réformes à mener. Le voisin ne l'a pas vu depuis des années et n'est absolument pas surpris par \
ces aveux."""

BOTH = Sentences("both-denied", SOURCE_BOTH, "Cambriolage à Brest")

TURNED_BESIDE = [
    ("Des traces d'effraction ont été relevées et la maison n'a pas été fouillée.",
     "affirms what the source denies (relever)"),
    ("Le maire a signé l'arrêté, mais il ne l'a pas publié.",
     "affirms what the source denies (signer)"),
]  # fmt: skip
TURNED_ALIKE = [
    ("Le comité citoyen, qui jouit d'une reconnaissance officielle, a rendu son avis mardi.",
     "affirms what the source denies (bénéficier)"),
    ("Au nord de la ville, l'armée avance toujours et encercle le village.",
     "affirms what the source denies (progresser)"),
    ("Les témoignages recueillis ont été contredits par l'entreprise lors de l'audience.",
     "affirms what the source denies (infirmer)"),
]  # fmt: skip
KEPT_BESIDE = [
    "Aucune trace d'effraction n'a été relevée et la maison n'a pas été fouillée.",
    "Les enquêteurs n'ont relevé aucune trace d'effraction et la maison n'a pas été fouillée.",
    "Des traces d'effraction n'ont jamais été relevées, et la maison n'a pas été fouillée.",
    "Le maire n'a pas signé l'arrêté et ne l'a pas publié.",
    "Le maire a refusé de signer l'arrêté, et il ne l'a pas publié.",
    "Le maire s'est gardé de signer l'arrêté, et il ne l'a pas publié.",
    "Le comité citoyen, qui ne jouit d'aucune reconnaissance officielle, a rendu son avis mardi.",
    "Le comité citoyen, dépourvu de toute reconnaissance officielle, a rendu son avis mardi.",
    "Au nord de la ville, l'armée n'avance plus et encercle toujours le village.",
    "Au nord de la ville, l'armée est à l'arrêt et encercle toujours le village.",
    "Les témoignages recueillis n'ont pas été contredits par l'entreprise lors de l'audience.",
    "L'entreprise n'a pas démenti les témoignages recueillis lors de l'audience.",
    # the parse denies « mener » with « parvenir » on one side only: the one « ne » is theirs
    "Or les syndicats ne parviennent pas à s'entendre sur les réformes à mener.",
    # a second part with no « ne » says no of « surprendre »
    "Le voisin ne l'a pas vu depuis des années et se dit « absolument pas surpris » par ces aveux.",
]


@each(TURNED_BESIDE)
def test_a_yes_turned_beside_a_no_both_sides_say_is_hard(case: Case) -> None:
    BOTH.draws_one(case, "polarity", blocking("polarity"))


@each(TURNED_ALIKE)
def test_a_yes_turned_with_a_verb_of_its_class_is_a_review(case: Case) -> None:
    BOTH.draws_one(case, "polarity", "review")


@each(KEPT_BESIDE)
def test_the_same_denials_kept_or_said_another_way_draw_no_polarity_finding(case: Case) -> None:
    BOTH.draws_nothing(case, "polarity")


# Issue 19, round 12: a verb of the first group the lemmatiser leaves as written (« réclame »,
# « demande ») is still of its class of lexicon/predicates.txt: « ne demande pas » for
# « réclame » denies it (a review), « exige » for « demande » says it.
SOURCE_ASKED = """Grève à l'hôpital de Brest

Le syndicat réclame la reconnaissance du travail de nuit. L'association des riverains demande \
le retrait du projet de parking."""

ASKED = Sentences("asked", SOURCE_ASKED, "Grève à l'hôpital de Brest")

ASKED_DENIED = [
    ("Le syndicat ne demande pas la reconnaissance du travail de nuit.",
     "denies what the source affirms"),
    ("L'association des riverains n'exige pas le retrait du projet de parking.",
     "denies what the source affirms"),
]  # fmt: skip
ASKED_KEPT = [
    "Le syndicat demande la reconnaissance du travail de nuit.",
    "L'association des riverains exige le retrait du projet de parking.",
]


@each(ASKED_DENIED)
def test_a_request_denied_with_a_verb_of_its_class_is_a_review(case: Case) -> None:
    ASKED.draws_one(case, "polarity", "review")


@each(ASKED_KEPT)
def test_a_request_said_with_a_verb_of_its_class_draws_nothing(case: Case) -> None:
    ASKED.draws_nothing(case, "polarity")


# A record set, beaten or established is one predicate (lexicon/predicates.txt « record »):
# « sans battre de record » for « fixe un nouveau record » denies it (a review).
RECORD = Sentences(
    "record",
    "Patinage à Moscou\n\n18 novembre 2018. – La Russe Alina Zagitova remporte l'épreuve "
    "et fixe un nouveau record du monde du programme court.",
    "Patinage à Moscou",
)


@each(
    [
        ("La Russe Alina Zagitova remporte l'épreuve, mais sans battre de record du monde du "
         "programme court.", "denies what the source affirms"),
        ("La Russe Alina Zagitova remporte l'épreuve mais n'établit aucun record du monde du "
         "programme court.", "denies what the source affirms"),
    ]
)  # fmt: skip
def test_a_record_denied_with_another_verb_is_a_review(case: Case) -> None:
    RECORD.draws_one(case, "polarity", "review")


@each(
    [
        "La Russe Alina Zagitova remporte l'épreuve et bat le record du monde du programme court.",
        "La Russe Alina Zagitova remporte l'épreuve et établit un nouveau record du monde du "
        "programme court.",
    ]
)
def test_a_record_said_with_another_verb_draws_nothing(case: str) -> None:
    RECORD.draws_nothing(case, "polarity")


# A source sentence that says a verb both ways (« Ne me jugez pas d'après …, jugez-moi sur mon
# parcours »), restated by a clause that says its way too (« être jugé sur son parcours, plutôt
# que d'après … »): no denial turned round; the clause that says only the denied part affirms
# it (issue 19, round 12).
BOTH_WAYS = Sentences(
    "both-ways",
    "Présidentielle : le candidat persiste\n\n31 mars 2017. – Le candidat a renouvelé sa "
    "référence lors d'un discours à Nantes. « Ne me jugez pas d'après les actes d'accusation de "
    "ces nouveaux inquisiteurs, jugez-moi sur mon parcours. » a-t-il déclaré.",
    "Présidentielle : le candidat persiste",
)


def test_a_verb_the_source_says_both_ways_restated_both_ways_draws_nothing() -> None:
    BOTH_WAYS.draws_nothing(
        "Il a demandé à être jugé sur son parcours, plutôt que d'après les « actes "
        "d'accusation » de ces nouveaux inquisiteurs.",
        "polarity",
    )


def test_the_denied_part_alone_affirmed_is_flagged() -> None:
    BOTH_WAYS.draws_one(
        (
            "Il a demandé à être jugé d'après les « actes d'accusation » de ces nouveaux "
            "inquisiteurs.",
            "affirms what the source denies (juger)",
        ),
        "polarity",
    )


# Denied of one nationality what the source affirms of another (« ne battait pas pavillon turc »
# for « battait pavillon bolivien »): no contradiction; denied of the same, a review.
FLAG = Sentences(
    "flag",
    "Navire arraisonné en Libye\n\n3 mars 2019. – Le navire, qui battait pavillon bolivien, a "
    "été arraisonné au large de Tobrouk, a précisé le ministère de l'Intérieur turc.",
    "Navire arraisonné en Libye",
)


def test_denied_of_another_nationality_draws_nothing() -> None:
    FLAG.draws_nothing("L'embarcation ne battait pas pavillon turc.", "polarity")


def test_denied_of_the_same_nationality_is_flagged() -> None:
    FLAG.draws_one(
        ("Le navire ne battait pas pavillon bolivien.", "denies what the source affirms (battre)"),
        "polarity",
    )


# A verb of waiting denies, for now, the clause it governs in the active voice (lexicon/
# negation.txt « wait »: « il fallait attendre que les circonstances soient établies »); its
# passive says what is expected (« il est attendu 60 mm de pluie, ce qui pourrait aggraver la
# crue »), which denies nothing.
@pytest.mark.parametrize(
    ("text", "waits"),
    [
        ("Il fallait attendre que les circonstances soient établies.", True),
        ("Les enquêteurs attendent que le rapport soit publié.", True),
        ("Il est attendu 60 mm de pluie, ce qui pourrait aggraver la crue.", False),
        ("Les résultats sont attendus jeudi.", False),
    ],
)
def test_a_verb_of_waiting_denies_only_in_the_active_voice(text: str, waits: bool) -> None:
    from engine.gate.claims.polarity import _negating_head
    from engine.text.nlp import parse

    verbs = [t for t in parse([text])[0] if t.lemma_ == "attendre"]
    assert verbs and _negating_head(verbs[0]) is waits
