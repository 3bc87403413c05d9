"""Readings of round 23 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from tests.pairs import Pairs, each

PLANT = Pairs(
    "plant",
    "France : la fonderie de Vierzon va fermer\n\n"
    "12 mars 2019. – Le groupe Métalor a annoncé mardi la fermeture de sa fonderie de Vierzon "
    "(France), "
    "qui emploie 180 salariés. L'usine était installée dans la ville depuis 1962. Vierzon fait "
    "face à une désindustrialisation depuis plusieurs années. En 2008, la société Case avait déjà "
    "supprimé 300 emplois. Le groupe supprimera aussi 40 postes à Lyon. « Il vaut mieux "
    "regarder vers l'avenir », a estimé le maire.",
)

# « Pendant toutes ces années » points back at the years the text has just told (« depuis
# 1962 »): a demonstrative's group, not the source's « plusieurs années » widened to all (hard).
THESE_YEARS = [
    "L'usine était là depuis 1962. Pendant toutes ces années, elle a fait partie de la ville.",
    "Pendant toutes ces années, la ville a fait face à une désindustrialisation.",
    "Toutes ces années, la désindustrialisation a pesé sur Vierzon.",
]


@each(THESE_YEARS)
def test_all_of_a_demonstrative_group_is_not_certain(case: str) -> None:
    assert "hard scope" not in PLANT.claims(case)


def test_all_said_of_the_sources_some_is_still_hard() -> None:
    text = "Vierzon fait face à une désindustrialisation depuis toutes les années."
    assert "hard scope" in PLANT.claims(text)


# « Mieux vaut s'en tenir aux chiffres connus » advises: « valoir » with « mieux » or « la
# peine » judges what is worth doing, it causes nothing (« gives a cause the source does not »,
# hard).
ADVICE = [
    "Mieux vaut donc s'en tenir aux chiffres connus : 180 salariés.",
    "Il vaut donc mieux s'en tenir aux chiffres connus.",
    "Cela vaut la peine de retenir les chiffres connus : 180 salariés.",
]


@each(ADVICE)
def test_worth_doing_is_no_cause(case: str) -> None:
    assert [c for c in PLANT.claims(case) if "causes" in c] == []


def test_a_cause_by_valoir_is_still_read() -> None:
    found = PLANT.claims("La crise du charbon a valu à la fonderie de fermer ses portes.")
    assert any("causes" in c for c in found)


# « va supprimer 180 emplois » tells the act the source announces by its noun (« a annoncé la
# fermeture », « a annoncé la suppression »): to come, not « puts in the future what the source
# gives as done ».
ANNOUNCED_ACT = [
    "Le groupe Métalor va fermer sa fonderie de Vierzon.",
    "Métalor fermera sa fonderie de Vierzon.",
]


@each(ANNOUNCED_ACT)
def test_an_act_announced_by_its_noun_is_to_come(case: str) -> None:
    assert [c for c in PLANT.claims(case) if "modality" in c or "aspect" in c] == []


# « Dilma Rousseff » for a source that writes « Rousseff » and once « Roussef »: one person, a
# doubled letter read once (« makes Dilma Rousseff the actor where the source names Roussef »,
# hard).
VOTE = Pairs(
    "vote",
    "Brésil : la présidente mise en cause\n\n"
    "19 avril 2016. – La chambre de députés du Brésil a approuvé la mise en cause de la "
    "présidente Dilma Rousseff. Le chef du parti des travailleurs, Rui Falcão, a reconnu la "
    "défaite. Roussef est accusée de couvrir un déficit budgétaire avec l'argent des banques "
    "publiques.",
)


def test_a_name_the_source_spells_with_one_letter_is_the_same_person() -> None:
    text = "Dilma Rousseff est accusée de couvrir un déficit budgétaire avec l'argent public."
    assert VOTE.hard_claims(text) == []


def test_another_person_in_her_place_is_still_hard() -> None:
    text = "Rui Falcão est accusé de couvrir un déficit budgétaire avec l'argent des banques."
    assert VOTE.hard_claims(text)


# « la Chambre des députés » of the source's « la chambre de députés »: the same body, capitals
# and small words aside (« organisation not in the source », « makes Chambre des députés, absent
# from the source, the actor »).
def test_a_body_named_with_other_small_words_is_the_sources() -> None:
    text = "La Chambre des députés a approuvé la mise en cause de la présidente Dilma Rousseff."
    assert VOTE.claims(text) == []


def test_a_body_the_source_never_names_is_still_read() -> None:
    text = "La Chambre des sénateurs a approuvé la mise en cause de la présidente Dilma Rousseff."
    assert VOTE.claims(text)


# « Le chiffre de 342 compte-t-il ? »: a verb with its subject after it counts nothing
# (« counts «342 compte-t-il»: the source counts «342 vote» »).
BALLOT = Pairs(
    "ballot",
    "Vote au Parlement\n\n"
    "3 mai 2018. – Le texte a réuni 342 votes, la majorité des deux tiers nécessaire.",
)
INVERTED = [
    "Pourquoi le chiffre de 342 compte-t-il autant ?",
    "Le seuil de 342 suffit-il ? Oui, c'est la majorité des deux tiers.",
]


@each(INVERTED)
def test_a_verb_with_its_subject_after_it_is_no_counted_noun(case: str) -> None:
    assert [c for c in BALLOT.claims(case) if "figures" in c] == []


# « du mercredi 17 au jeudi 18 mai »: a range whose second day a weekday opens, the month said
# once (« number not in the source «17» », hard) — the night the source tells « de mercredi à
# jeudi 18 mai ».
NIGHT = Pairs(
    "night",
    "Décès d'un musicien\n\n"
    "19 mai 2017. – Le musicien est mort dans la nuit de mercredi à jeudi 18 mai, à l'hôpital "
    "de Nice.",
)


def test_a_range_with_a_weekday_before_its_second_day_is_one_date() -> None:
    text = "Le musicien est mort dans la nuit du mercredi 17 au jeudi 18 mai, à l'hôpital de Nice."
    assert NIGHT.hard_claims(text) == []


def test_a_range_of_other_days_is_still_read() -> None:
    text = "Le musicien est mort dans la nuit du lundi 15 au mardi 16 mai, à l'hôpital de Nice."
    assert NIGHT.hard_claims(text)


# « Il a précisé que Philippe avait été hospitalisé … « … » »: the parse may read « il » as
# impersonal (expl:subj); the subject of a verb of saying all the same — the words are his, not
# those of the name in the clause he governs (hard).
BROTHERS = Pairs(
    "brothers",
    "Mort d'un musicien\n\n"
    "19 mai 2017. – Paul Martin, frère aîné de l'ancien ministre Jacques Martin, est mort jeudi à "
    "Antibes. « Mon frère était malade depuis des mois, à la suite d'un cancer qui s'est "
    "généralisé », a déclaré Jacques par téléphone.",
)


def test_a_pronoun_subject_of_saying_keeps_the_quotation_from_a_name_below() -> None:
    text = (
        "Joint par téléphone, Jacques Martin a expliqué que son frère était malade depuis des "
        "mois. Il a précisé que Paul souffrait d'« un cancer qui s'est généralisé »."
    )
    assert [c for c in BROTHERS.claims(text) if "quotations" in c] == []


def test_the_quotation_given_to_the_other_brother_is_still_hard() -> None:
    text = "Paul Martin a précisé qu'il souffrait d'« un cancer qui s'est généralisé »."
    assert "hard quotations" in BROTHERS.claims(text)


# « L'expression « plusieurs milliers » ne dit pas combien … »: a word mentioned as a word is no
# one's claim to find in its context (« quotes out of its context »).
CROWD = Pairs(
    "crowd",
    "Manifestation à Madrid\n\n"
    "2 octobre 2017. – Malgré l'interdiction, plusieurs milliers de personnes ont manifesté à "
    "Madrid.",
)
MENTIONED = [
    "L'expression « plusieurs milliers » ne dit pas combien de personnes ont manifesté.",
    "Le mot « interdiction » n'est pas trop fort : la manifestation était interdite.",
]


@each(MENTIONED)
def test_a_word_mentioned_as_a_word_is_no_quotation_out_of_context(case: str) -> None:
    assert [c for c in CROWD.claims(case) if "quotations" in c] == []


def test_a_denied_quotation_is_still_out_of_its_context() -> None:
    text = "Les manifestants n'étaient pas « plusieurs milliers » à Madrid."
    assert [c for c in CROWD.claims(text) if "quotations" in c]


# Nouns that count one thing said another way (lexicon counted, by breadth): « deux secousses »
# for « deux séismes », « trente voitures » for « trente véhicules » (« counts … the source
# counts … », a review), and a cause named by such a noun (« sous l'effet des secousses »: «
# secousse » is not in the source »).
QUAKES = Pairs(
    "quakes",
    "Deux séismes secouent le Chili\n\n"
    "15 avril 2016. – Deux séismes de magnitude 6,2 et 6 M w ont secoué le Chili jeudi. Plus de "
    "19 maisons se sont effondrées et trente véhicules ont été endommagés à Valparaiso.",
)
SAID_OTHERWISE = [
    "Deux secousses ont frappé le Chili jeudi.",
    "Deux tremblements de terre ont secoué le Chili jeudi.",
    "Trente voitures ont été endommagées à Valparaiso.",
    "Plus de 19 maisons se sont effondrées sous l'effet des secousses.",
    "Plus de 19 habitations se sont effondrées à Valparaiso.",
    "Les valeurs sont données sur l'échelle notée Mw.",
]


@each(SAID_OTHERWISE)
def test_a_noun_of_the_same_class_and_a_spaced_symbol_are_the_sources(case: str) -> None:
    assert QUAKES.claims(case) == []


def test_a_cause_the_source_never_names_is_still_read() -> None:
    found = QUAKES.claims("Plus de 19 maisons se sont effondrées sous l'effet des pluies.")
    assert any("causes" in c for c in found)


# « dans l'Hexagone » names France (lexicon country_names; « place not in the source »).
def test_the_hexagon_is_france() -> None:
    plant = "Le groupe Métalor ferme sa fonderie de Vierzon, dans l'Hexagone."
    assert PLANT.claims(plant) == []


# « dans différentes villes » for « dans les différentes villes »: various, both (« says some
# where the source says all »).
MARCHES = Pairs(
    "marches",
    "France : mobilisation syndicale\n\n"
    "12 septembre 2017. – Les manifestations organisées dans les différentes villes ont réuni "
    "223 000 personnes selon les autorités.",
)


def test_various_with_or_without_its_article_is_one_scope() -> None:
    text = "Des manifestations ont eu lieu dans différentes villes et ont réuni 223 000 personnes."
    assert [c for c in MARCHES.claims(text) if "scope" in c] == []


# « Amiens-Lille : … » and the source's « France : … » label a heading: a topic, no actor (« makes
# Amiens the actor where the source names France »).
STANDS = Pairs(
    "stands",
    "France : 29 supporteurs blessés par l'effondrement d'une barrière\n\n"
    "1er octobre 2017. – Lors du match opposant Amiens SC et le LOSC, en France, une barrière a "
    "cédé. Au moins 29 personnes ont été blessées.",
)
LABELS = [
    "Amiens : 29 supporteurs blessés par la chute d'une barrière",
    "Amiens-Lille : 29 supporteurs blessés par la chute d'une barrière",
]


@each(LABELS)
def test_a_headings_label_is_no_actor(case: str) -> None:
    assert [c for c in STANDS.claims(case) if "actors" in c] == []


# A class of things counted names the source's thing in a cause, never a length of time: « un
# cancer dû à des années de tabagisme » for a source that gives « 89 ans » and no cause of the
# cancer stays hard.
ACTOR = Pairs(
    "actor",
    "Décès d'un acteur\n\n"
    "23 mai 2017. – L'acteur est décédé hier à l'âge de 89 ans des suites d'un cancer.",
)


def test_years_of_a_habit_are_no_years_the_source_gives() -> None:
    text = "L'acteur est mort hier à 89 ans, emporté par un cancer dû à des années de tabagisme."
    assert "hard causes" in ACTOR.claims(text)


# « à la gare Saint-Lazare, à Paris » for the source's « à la gare Saint-Lazare à Paris »: a
# place said within another, set apart by a comma — no exchange of the two (« names Paris where
# the source names gare Saint-Lazare: it exchanges them »).
STATION = Pairs(
    "station",
    "Agression dans une gare\n\n"
    "1er octobre 2017. – À la gare de Saint-Charles à Marseille, un homme armé d'un couteau a "
    "blessé deux passants vers 13 h 45.",
)


def test_a_place_within_another_set_apart_is_no_exchange() -> None:
    text = (
        "Vers 13 h 45, un homme armé d'un couteau a blessé deux passants à la gare de "
        "Saint-Charles, à Marseille."
    )
    assert [c for c in STATION.claims(text) if "entities" in c] == []


# « …, ce qui distingue cet accident d'un déraillement complet »: a remark on the fact told
# (lexicon causal « comment »), no consequence it brings about.
TRAIN = Pairs(
    "train",
    "Déraillement en Pennsylvanie\n\n"
    "3 avril 2016. – Un train de passagers a percuté une tractopelle à Chester et a partiellement "
    "quitté les rails.",
)
REMARKS = [
    "Le train n'a quitté les rails que partiellement, ce qui distingue cet accident d'un "
    "déraillement complet.",
    "Le train a partiellement quitté les rails, ce qui différencie ce cas d'un déraillement total.",
]


@each(REMARKS)
def test_a_relative_that_remarks_adds_no_consequence(case: str) -> None:
    assert [c for c in TRAIN.claims(case) if "causes" in c] == []


# « Vénus se dévoile grâce à la sonde Akatsuki » for « La sonde Akatsuki dévoile les nuages de
# Vénus »: the connector names the source's doer of the same verb, told from the other end
# (« links facts with «grâce à» where the source gives no such link »).
PROBE = Pairs(
    "probe",
    "Une sonde photographie Vénus\n\n"
    "18 avril 2016. – La sonde japonaise Akatsuki dévoile les nuages de la planète Vénus dans ses "
    "premières images.",
)


def test_thanks_to_the_sources_doer_of_the_same_verb_is_no_link() -> None:
    text = "Vénus se dévoile enfin grâce à la sonde Akatsuki, dans ses premières images."
    assert [c for c in PROBE.claims(text) if "causes" in c] == []


def test_thanks_to_someone_the_source_never_names_is_still_read() -> None:
    text = "Vénus se dévoile enfin grâce à la NASA, dans ses premières images."
    assert [c for c in PROBE.claims(text) if "causes" in c]


# « Alors qu'elles étaient craintes assez faibles, les manifestations organisées … » fears the
# turnout, not that they were organised: a participle of the verb is no noun of the act feared
# (« gives as certain («organiser») what the source only fears »).
MARCHES_FEARED = Pairs(
    "marches-feared",
    "Mobilisation\n\n"
    "12 septembre 2017. – Alors qu'elles étaient craintes assez faibles, les manifestations "
    "organisées dans plusieurs villes ont réuni 223 000 personnes selon les autorités.",
)


def test_a_participle_is_no_act_feared() -> None:
    text = "Des manifestations avaient été organisées dans plusieurs villes."
    assert [c for c in MARCHES_FEARED.claims(text) if "modality" in c] == []


# « Des heurts ont éclaté avec la police » for « les heurts avec la police auraient fait de
# nombreux blessés »: the conditional alleges the wounded, not the clashes its subject presumes
# (« states as a fact what the source only alleges »); stating the wounded is still read.
CLASHES = Pairs(
    "clashes",
    "Référendum interdit\n\n"
    "1er octobre 2017. – Plusieurs milliers de personnes ont voté. Les heurts avec la police "
    "auraient fait de nombreux blessés.",
)


def test_what_a_conditional_presumes_of_its_subject_may_be_stated() -> None:
    text = "Des heurts ont éclaté avec la police pendant le vote."
    assert [c for c in CLASHES.claims(text) if "modality" in c] == []


def test_what_a_conditional_alleges_stated_is_still_read() -> None:
    text = "Les heurts avec la police ont fait de nombreux blessés."
    assert "review modality" in CLASHES.claims(text)
