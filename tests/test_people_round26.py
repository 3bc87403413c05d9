"""People, places and names, round 26 (F26B): classes read from what refused the honest writers
of round 26's readings set, each with pairs of our own (sources of our own; none of these
sentences is a corpus sentence).

1. (A place hung on another word than the source's rival place: not in this file, on branch
   f26fb-places; it lost a validation catch.)
2. A left-dislocated topic taken up by its verb's subject pronoun (« Quant au maire Jean Dupuis,
   il a condamné … », « Pour l'entraîneur, il a félicité … »): the topic is the doer.
3. An honorific the source writes with a space, its superscript lost (« M gr Paul Gagnon »,
   « M me Claire Roy », « D r Luc Martin »): the one word Mgr, Mme, Dr.
4. A name the source gives only in its title is named in the source.
5. A capitalised word inside a person's name the tagger reads as a verb (« Narendra Modi »): no
   verb, no tense.
"""

from __future__ import annotations

from tests.pairs import Pairs, each

PEOPLE = frozenset({"actors", "swaps", "entities", "agents", "seats", "people", "names"})

# 2: « Quant à X, il … »: X does it
MAYOR = Pairs(
    "mayor",
    """Nantes : des tags sur la mairie

5 septembre 2025. – Des tags injurieux ont été découverts lundi matin sur la façade de la mairie \
de Nantes. Le maire Jean Dupuis a condamné « des dégradations inacceptables », et une plainte a \
été déposée. Le préfet Paul Roche a condamné les auteurs des tags. L'entraîneur Marc Blanc a \
félicité les bénévoles qui ont nettoyé la façade. Des inquiétudes se font déjà entendre quand à \
la Fête du Port, prévue en juillet.""",
)
_MAYOR = "Nantes : des tags sur la mairie\n\n"

TOPIC_DOES_IT = [
    "Quant au maire Jean Dupuis, il a condamné des dégradations inacceptables.",
    "Quant à Jean Dupuis, il a condamné des dégradations qu'il juge inacceptables.",
    "Quant à l'entraîneur Marc Blanc, il a félicité les bénévoles.",
    "Quant aux dégradations, le maire Jean Dupuis les a condamnées.",
    "Quant au préfet Paul Roche, il a condamné les auteurs des tags.",
    "Pour le préfet Paul Roche, il a condamné les auteurs des tags.",
    # the source's « quand à X » (misspelt) is a topic too, given nothing
    "Quant à la Fête du Port, prévue en juillet, elle suscite déjà des inquiétudes.",
]
REVERSED = [
    ("Le préfet Paul Roche a été condamné par les auteurs des tags.", "Paul"),
    ("Quant au préfet Paul Roche, il a été condamné par les auteurs des tags.", "Paul"),
    ("Quant au maire Jean Dupuis, il a été condamné pour des dégradations inacceptables.", "Jean"),
]


@each(TOPIC_DOES_IT)
def test_a_topic_taken_up_by_the_subject_pronoun_does_it(case: str) -> None:
    MAYOR.draws_nothing(_MAYOR + case, PEOPLE)


@each(REVERSED)
def test_a_real_reversal_is_still_flagged(case: tuple[str, str]) -> None:
    MAYOR.draws(_MAYOR + case[0], "agents", None, case[1])


# 3: an honorific written with a space
BISHOP = Pairs(
    "bishop",
    """Québec : le pape accepte la démission de l'évêque de Rimouski

4 mars 2025. – Ce mardi, le pape a accepté la démission de M gr Paul Gagnon qui était évêque du \
diocèse de Rimouski depuis 2006. M gr Gagnon a remis sa démission en 2024, à 75 ans. La \
cérémonie sera présidée par M me Claire Roy, et le D r Luc Martin y assistera.""",
)
_BISHOP = "Québec : le pape accepte la démission de l'évêque de Rimouski\n\n"

HONORIFICS = [
    "Le pape a accepté la démission de Mgr Paul Gagnon.",
    "Mgr Gagnon était évêque du diocèse de Rimouski depuis 2006.",
    "La cérémonie sera présidée par Mme Claire Roy, et le Dr Luc Martin y assistera.",
]
OTHER_PEOPLE = [
    ("Le pape a accepté la démission de Mgr Pierre Lavoie.", "Pierre Lavoie"),
    ("La cérémonie sera présidée par Mme Claire Roy, et le Dr Marc Vidal y assistera.", "Vidal"),
]


@each(HONORIFICS)
def test_an_honorific_the_source_spaces_is_one_word(case: str) -> None:
    BISHOP.draws_nothing(_BISHOP + case, PEOPLE)


@each(OTHER_PEOPLE)
def test_another_person_after_the_honorific_is_still_flagged(case: tuple[str, str]) -> None:
    BISHOP.draws(_BISHOP + case[0], PEOPLE, None, case[1])


# 4: a name of the source's title only
PHYSICS = Pairs(
    "physics",
    """Science en Vallée d'Aoste : deux prix Nobel à La Thuile

28 février 2025. – Les Rencontres de physique de La Thuile, dans les Alpes valdôtaines, fêtent \
leurs 30 ans. Deux prix Nobel y sont attendus du 7 au 12 mars.""",
)
_PHYSICS = "Deux prix Nobel à La Thuile\n\n"

TITLE_NAMES = [
    "La physique a rendez-vous en Vallée d'Aoste.",
    "Cette localité se trouve dans les Alpes valdôtaines, en Vallée d'Aoste.",
    "Deux prix Nobel sont attendus en Vallée d'Aoste du 7 au 12 mars.",
]


@each(TITLE_NAMES)
def test_a_name_of_the_sources_title_is_the_sources(case: str) -> None:
    PHYSICS.draws_nothing(_PHYSICS + case, PEOPLE)


def test_a_place_the_source_never_names_is_still_flagged() -> None:
    PHYSICS.draws(_PHYSICS + "La physique a rendez-vous en Vallée de Suse.", PEOPLE, None, "Suse")


# 5: a capitalised word inside a person's name is no verb
VISIT = Pairs(
    "visit",
    """Accords de coopération entre le Manitoba et l'Inde

16 avril 2025. – Des accords de recherche ont été signés entre des universités du Manitoba et de \
l'Inde. Le premier ministre de la province, Wade Kinsella, a rendu visite à son homologue indien \
Narendra Modi, et ils ont parlé de commerce et d'énergie.""",
)
_VISIT = "Accords de coopération entre le Manitoba et l'Inde\n\n"
NAMED = [
    _VISIT + "Wade Kinsella rencontre son homologue indien Narendra Modi",
    _VISIT + "Wade Kinsella et Narendra Modi ont parlé de commerce et d'énergie.",
    _VISIT + "Le premier ministre Wade Kinsella a rendu visite à Narendra Modi.",
]
TENSE = frozenset({"modality", "tense", "polarity"})


@each(NAMED)
def test_a_name_is_no_verb(case: str) -> None:
    VISIT.draws_nothing(case, TENSE)


def test_a_future_of_the_sentences_own_verb_is_still_flagged() -> None:
    text = _VISIT + "Wade Kinsella rendra visite à son homologue indien Narendra Modi."
    VISIT.draws(text, TENSE, None, "rendre")
