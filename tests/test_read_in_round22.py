"""Readings of round 22 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from tests.pairs import Pairs, each

# « Quarante véhicules environ » says about forty, as « environ quarante » does: the approximation
# said after the figure and its noun was no approximation, and « quarante » no number of the
# source's « une quarantaine » (hard).
PILEUP = Pairs(
    "pileup",
    "Carambolage sur l'A63\n\n"
    "12 janvier 2019. – Une trentaine de voitures sont impliquées dans un carambolage sur la "
    "route nationale 10, au sud de Bordeaux. Les secours ont évacué une vingtaine de blessés. La "
    "route a été fermée dans les deux sens pendant la matinée.",
)
ABOUT_AFTER = [
    "Trente voitures environ sont impliquées dans l'accident.",
    "Vingt blessés environ ont été évacués par les secours.",
    "L'accident implique trente voitures environ, au sud de Bordeaux.",
]


@each(ABOUT_AFTER)
def test_environ_after_the_figure_says_about(case: str) -> None:
    assert PILEUP.hard_claims(case) == []


def test_another_figure_with_environ_after_is_still_read() -> None:
    assert PILEUP.claims("Soixante voitures environ sont impliquées dans l'accident.")


# « la RD 160 » names a road: its number counts nothing, and a sentence restating the source's
# « dans les deux sens » that names the road was « 160 where the source gives deux » (hard).
ROADS = [
    "La RN 10 a été fermée pendant la matinée.",
    "Cette portion de la RN 10 est une route à deux voies.",
    "Sur la route nationale 10, la circulation a été coupée dans les deux sens.",
    "La RN 10 a été fermée dans les deux sens pendant la matinée.",
]


@each(ROADS)
def test_a_roads_number_is_its_name(case: str) -> None:
    assert PILEUP.hard_claims(case) == []


def test_another_roads_number_is_still_absent() -> None:
    assert "hard figures" in PILEUP.claims("La RN 14 a été fermée dans les deux sens.")


# « en 1985, deux semaines avant » lists no weeks: a year in digits and a length in words are no
# list whose unit is said once (« 1985 semaines » was « 1985 where the source gives deux
# semaines », hard).
RESIGNED = Pairs(
    "resigned",
    "Le ministre démissionne\n\n"
    "4 mai 2001. – Le ministre a quitté ses fonctions le 3 mars 1992, trois semaines avant les "
    "élections régionales. Il avait été nommé en 1988.",
)
LISTED_ALIKE = [
    "Il a quitté ses fonctions en 1992, trois semaines avant les élections régionales.",
    "Nommé en 1988, il a quitté ses fonctions en 1992, trois semaines avant les élections.",
]


@each(LISTED_ALIKE)
def test_a_year_before_a_length_in_words_is_no_list(case: str) -> None:
    assert RESIGNED.hard_claims(case) == []


def test_a_length_changed_after_the_year_is_still_read() -> None:
    assert RESIGNED.claims("Il a quitté ses fonctions en 1992, cinq semaines avant les élections.")


# « L'expression « de facto » signifie « de fait » »: a short quotation after a word that says
# what a term means is the writer's gloss, no one's words (« quotation not in the source », hard).
COUP = Pairs(
    "coup",
    "Mort d'un ancien dirigeant\n\n"
    "9 juin 2012. – L'ancien général a dirigé de facto le pays de 1976 à 1983. Il a été condamné "
    "en 2008 pour crimes contre l'humanité.",
)
GLOSSES = [
    "Il a dirigé le pays de facto, ce qui signifie « dans les faits », de 1976 à 1983.",
    "L'expression « de facto » veut dire « de fait » : il dirigeait le pays sans titre légal.",
    "Il a dirigé le pays de facto, c'est-à-dire « en pratique », de 1976 à 1983.",
]


@each(GLOSSES)
def test_a_gloss_of_a_term_is_no_quotation(case: str) -> None:
    assert COUP.hard_claims(case) == []


def test_a_names_translation_is_still_a_quotation() -> None:
    case = "Son surnom signifie « Grand Chef » dans la langue du pays."
    assert "hard verbatim" in COUP.claims(case)


def test_words_put_in_a_mouth_are_still_a_quotation() -> None:
    assert "hard verbatim" in COUP.claims("Le général a déclaré « de fait » devant ses juges.")


# « l'un des visionnaires « les plus prolifiques » »: the quotation mark opened between « l'un
# des » and the superlative hid the « one of », and the rank was « the most » (hard).
TRIBUTE = Pairs(
    "tribute",
    "Mort d'un peintre\n\n"
    "3 octobre 2015. – « Nous perdons l'un des artistes les plus audacieux de sa génération », a "
    "écrit le musée sur son site.",
)
QUOTED_AMONG = [
    "Le musée le décrit comme l'un des artistes « les plus audacieux de sa génération ».",
    "Pour le musée, c'était l'un des artistes « les plus audacieux » de sa génération.",
]


@each(QUOTED_AMONG)
def test_one_of_before_a_quoted_superlative_is_still_one_of(case: str) -> None:
    assert TRIBUTE.hard_claims(case) == []


def test_the_most_for_one_of_is_still_read() -> None:
    case = "Le musée le décrit comme l'artiste « le plus audacieux » de sa génération."
    assert TRIBUTE.claims(case)


# « Plus de la moitié des morts étaient des enfants » for « 126 personnes sont mortes » and, in
# another sentence, « 68 enfants parmi les victimes »: a share of a part in a whole the source
# counts in two sentences (« percentage not in the source », hard in seven controls of one file).
FERRY = Pairs(
    "ferry",
    "Naufrage d'un ferry\n\n"
    "2 août 2018. – Samedi, 240 passagers ont été secourus au large de la côte. On compte 150 "
    "enfants parmi les rescapés. Le ferry transportait des familles.",
)
SHARES = [
    "Plus de la moitié des passagers secourus étaient des enfants.",
    "Les enfants forment plus de la moitié des passagers secourus.",
]


@each(SHARES)
def test_a_share_of_two_source_counts_is_computed(case: str) -> None:
    assert FERRY.hard_claims(case) == []


def test_a_wrong_share_is_still_read() -> None:
    assert FERRY.claims("Plus des trois quarts des passagers secourus étaient des enfants.")


# « en mars » for « le mois dernier » in an article dated 2 April: the month the source counts
# from its dateline (« date not in the source », then « mars where the source gives février »,
# the sentence's other month, hard).
PLOT = Pairs(
    "plot",
    "Un projet d'attentat déjoué\n\n"
    "2 avril 2017. – Deux hommes ont été interpellés samedi. Le mois dernier, trois suspects "
    "avaient été mis en examen à Lyon, en lien avec un commanditaire tué en janvier dernier.",
)
MONTHS_OFF = [
    "En mars, trois suspects avaient été mis en examen à Lyon.",
    "Trois suspects avaient déjà été mis en examen à Lyon en mars.",
]


@each(MONTHS_OFF)
def test_the_month_before_the_dateline_is_the_last_month(case: str) -> None:
    assert PLOT.hard_claims(case) == []


def test_another_month_is_still_read() -> None:
    assert PLOT.claims("En février, trois suspects avaient été mis en examen à Lyon.")


# « Aucun groupe n'a, pour l'instant, revendiqué l'attaque »: a phrase set apart by commas after
# the auxiliary hangs « n' » and the subject on it, and the denial went unread (« affirms what
# the source denies »).
CLAIM = Pairs(
    "claim",
    "Attentat à Ankara\n\n"
    "11 mars 2016. – Une explosion a fait douze morts. Aucun mouvement n'a revendiqué l'attentat "
    "pour le moment. Le gouvernement n'a pas désigné de coupable.",
)
DENIED_APART = [
    "Aucun mouvement n'a, pour le moment, revendiqué l'attentat.",
    "Aucun mouvement n'a, à ce stade, revendiqué l'attentat.",
    "Le gouvernement n'a, pour sa part, pas désigné de coupable.",
]


@each(DENIED_APART)
def test_a_denial_around_a_phrase_set_apart_is_read(case: str) -> None:
    assert [c for c in CLAIM.claims(case) if "polarity" in c] == []


def test_an_affirmation_around_a_phrase_set_apart_is_still_read() -> None:
    case = "Un mouvement a, pour le moment, revendiqué l'attentat."
    assert "hard polarity" in CLAIM.claims(case)


# « de nombreux autres récepteurs » said by the source too, after its « seuls les smartphones … »:
# the source's own « many » was « says many where the source says only » (review).
DEVICES = Pairs(
    "devices",
    "Le nouveau réseau entre en service\n\n"
    "15 décembre 2016. – Pour l'instant, seuls deux modèles de montres pourront capter le signal, "
    "mais de nombreux autres appareils devraient suivre dans l'année.",
)
MANY_TOO = [
    "De nombreux autres appareils devraient suivre dans l'année.",
    "Mais de nombreux autres appareils devraient suivre d'ici un an.",
]


@each(MANY_TOO)
def test_many_the_source_says_too_is_no_overstatement(case: str) -> None:
    assert [c for c in DEVICES.claims(case) if "scope" in c] == []


def test_many_for_only_is_still_read() -> None:
    case = "De nombreux modèles de montres pourront capter le signal."
    assert "review scope" in DEVICES.claims(case)


# « 460 salariés » for « qui emploie 460 personnes », « 60 salariés » for « 60 employés »: those a
# firm employs, one class of count (lexicon counted « employee »; was « counts «60 salarié» »).
PLANT = Pairs(
    "plant",
    "Fermeture d'une usine\n\n"
    "29 novembre 2016. – Le site de Lens, qui emploie 300 personnes, fermera en 2018. L'usine de "
    "Douai gardera 80 employés sur les 500 actuels.",
)
STAFF = [
    "Le site de Lens compte 300 salariés.",
    "L'usine de Douai gardera 80 salariés.",
    "À Douai, 80 travailleurs resteront en poste.",
]


@each(STAFF)
def test_employees_are_counted_alike(case: str) -> None:
    assert [c for c in PLANT.claims(case) if "figures" in c] == []


def test_another_kind_of_people_is_still_read() -> None:
    assert "review figures" in PLANT.claims("L'usine de Douai gardera 80 ingénieurs.")


# « la Corée du Sud » for the source's « le Parlement sud-coréen »: the adjective the parse hangs
# as nmod on its noun is a nationality said of it too (« place not in the source », review).
VOTE = Pairs(
    "vote",
    "Destitution votée\n\n"
    "9 décembre 2016. – La présidente a été suspendue de ses fonctions par le Parlement "
    "sud-coréen à la suite d'un vote massif.",
)


def test_a_country_said_by_its_adjective_is_named() -> None:
    case = "La Corée du Sud attend désormais que sa présidente soit fixée sur son sort."
    assert [c for c in VOTE.claims(case) if "names" in c or "actors" in c] == []


def test_another_country_is_still_read() -> None:
    case = "Le Japon attend désormais que sa présidente soit fixée sur son sort."
    assert "review names" in VOTE.claims(case)


# One fact told from either end: « pour la première fois depuis 2009 » and « n'avaient plus
# manifesté depuis 2009 »; « le dernier dictateur à avoir dirigé le pays » and « depuis, aucun
# dictateur n'a plus dirigé le pays »; « pourra commencer » and « n'a pas encore commencé »
# (each « denies what the source affirms », review).
MARCH = Pairs(
    "march",
    "Les infirmiers dans la rue\n\n"
    "15 novembre 2016. – Quelque 3 000 infirmiers manifestent ce mardi à Lyon, pour la première "
    "fois depuis 2010. Le dernier ministre à avoir reçu leurs syndicats a quitté ses fonctions "
    "en 2012. Une négociation pourra commencer grâce à cet accord.",
)
EITHER_END = [
    "Les infirmiers n'avaient plus manifesté à Lyon depuis 2010.",
    "Entre 2010 et ce mardi, les infirmiers n'avaient plus manifesté à Lyon.",
    "Depuis 2012, aucun ministre n'a plus reçu leurs syndicats.",
    "La négociation n'a pas encore commencé : l'accord la rend possible.",
]


@each(EITHER_END)
def test_one_fact_told_from_either_end(case: str) -> None:
    assert [c for c in MARCH.claims(case) if "polarity" in c] == []


def test_a_plain_denial_is_still_read() -> None:
    assert MARCH.claims("Ce mardi, les infirmiers n'ont pas manifesté à Lyon.")


def test_a_negotiation_denied_to_come_is_still_read() -> None:
    assert MARCH.claims("Aucune négociation ne pourra commencer grâce à cet accord.")
