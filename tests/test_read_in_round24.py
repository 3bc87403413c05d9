"""Readings of round 24 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from engine.brief.source import parse_source
from tests.pairs import Pairs, each

# A live log far longer than any article drawn from it: an article that condenses it leaves
# figures out (the editor's choice, one review naming them), but still owes the lead's
# quantities — not its dates (« entamée le 4 mars »: what came before).
LOG = Pairs(
    "log",
    "Grève des transports : jeudi 12 mars 2020\n\n"
    "12 mars 2020 . – La grève des transports, entamée le 4 mars, entre dans son 9e jour avec "
    "40 % des trains supprimés en Île-de-France.\n\n"
    + "\n\n".join(  # 32 entries of a log, some 800 words: more than an article of 700
        f"Vers {6 + n // 2}h{(n % 2) * 30 + 5:02d}, à la gare numéro {n}, {n * 3 + 7} voyageurs "
        f"attendaient un train qui n'est pas venu, et {n + 20} agents étaient en poste sur les "
        "quais de la gare."
        for n in range(1, 33)
    )
    + "\n\nLe soir, la direction a annoncé 45 % de trains supprimés pour le vendredi.",
)
CONDENSED = (
    "La grève des transports en est à son 9e jour. En Île-de-France, 40 % des trains sont "
    "supprimés. Dans les gares, des voyageurs ont attendu en vain toute la journée."
)


def test_a_condensed_article_leaves_figures_out_as_one_review() -> None:
    found = LOG.findings(CONDENSED, "missing")
    assert [f.severity for f in found] == ["review"]
    assert "condenses its source and leaves out" in found[0].message


def test_a_condensed_article_still_owes_the_leads_figures() -> None:
    text = CONDENSED.replace("40 % des trains sont supprimés", "de nombreux trains manquent")
    found = [f.value for f in LOG.findings(text, "missing") if f.severity == "hard"]
    assert "40 %" in found


SHORT = Pairs(
    "short",
    "Le musée de Lens a reçu 12 000 visiteurs en mars\n\n"
    "2 avril 2021 . – Le musée de Lens a accueilli 12 000 visiteurs en mars, et 3 500 "
    "scolaires.",
)


def test_an_article_longer_than_its_source_still_owes_every_figure() -> None:
    text = (
        "Le musée de Lens a accueilli 12 000 visiteurs au mois de mars. C'est un beau succès "
        "pour l'établissement, qui attire un public nombreux et varié, venu de toute la région "
        "pour découvrir ses collections et ses expositions temporaires."
    )
    assert [f.severity for f in SHORT.findings(text, "missing")] == ["hard"]


# « 3,4 millions d'euros en 2019, contre 2,9 millions en 2018 »: the currency said once, the
# second figure an amount all the same — its difference and its change in percent computed.
TURNOVER = Pairs(
    "turnover",
    "Le chiffre d'affaires de la coopérative progresse\n\n"
    "5 février 2020 . – La coopérative laitière de Riom a réalisé un chiffre d'affaires de 3,4 "
    "millions d'euros en 2019, contre 2,9 millions en 2018, a annoncé son président.",
)
COMPUTED = [
    "Le chiffre d'affaires a atteint 3,4 millions d'euros en 2019, contre 2,9 millions en "
    "2018, soit une hausse de 0,5 million d'euros.",
    "Il était de 2,9 millions d'euros en 2018. En un an, il a donc augmenté de 500 000 euros.",
    "La coopérative est passée de 2,9 millions d'euros en 2018 à 3,4 millions en 2019, soit "
    "une hausse d'environ 17 %.",
]
# the scale said in the singular on one side, the plural on the other (« 1 million », « 3,4
# millions »): one scale
SINGULAR = Pairs(
    "singular",
    "Le budget du festival augmente\n\n"
    "5 février 2020 . – Le festival de Riom a reçu 1,5 million d'euros de subventions en 2019, "
    "contre 2,4 millions en 2018, a annoncé son président.",
)


def test_a_scale_in_the_singular_and_the_plural_is_one_currency() -> None:
    text = (
        "Le festival a reçu 1,5 million d'euros de subventions en 2019, contre 2,4 millions en "
        "2018, soit une baisse de 900 000 euros."
    )
    assert SINGULAR.hard_claims(text) == []


@each(COMPUTED)
def test_a_difference_of_amounts_said_with_one_currency_is_computed(case: str) -> None:
    assert TURNOVER.hard_claims(case) == []


def test_a_wrong_difference_is_still_hard() -> None:
    text = (
        "Le chiffre d'affaires a atteint 3,4 millions d'euros en 2019, contre 2,9 millions en "
        "2018, soit une hausse de 0,8 million d'euros."
    )
    assert "hard figures" in TURNOVER.claims(text)


# A Wikinews page's box of its sister projects above the story is no paragraph of it: left in,
# it hid the dateline, and with it every day the source says relative to it (« demain »).
BOXED = (
    "Manifestation à Rennes : vendredi 13 mars 2020\n\n"
    "Vous pouvez également consulter les articles suivants sur les autres projets Wikimedia :\n\n"
    "Article sur Wikipédia .\n\n"
    "13 mars 2020 . – Le collectif a appelé à manifester demain à Rennes, place de la Mairie, "
    "à 14 heures. La préfecture attend 2 000 personnes."
)


def test_a_sister_projects_box_is_stripped() -> None:
    source = parse_source(BOXED)
    assert source.paragraphs[0].startswith("13 mars 2020 . –")
    assert len(source.notes) >= 2 and all("stripped debris" in n for n in source.notes[:2])


def test_the_day_after_the_dateline_of_a_boxed_source_is_its_date() -> None:
    rally = Pairs("rally", BOXED)
    text = "Le collectif appelle à manifester à Rennes le samedi 14 mars, à 14 heures."
    assert rally.hard_claims(text) == []
    assert "hard figures" in rally.claims(text.replace("14 mars", "15 mars"))


# « Vers 9 heures, … . Quarante minutes plus tard, … »: a time after the time the sentence
# before names, both the source's (9h00 and 9h40), is the writer's computation.
TIMES = Pairs(
    "times",
    "Rassemblement devant la mairie de Tours\n\n"
    "7 mai 2019 . – Vers 14h10, une centaine de commerçants se sont réunis devant la mairie. "
    "Vers 14h35, le maire est venu leur parler pendant 20 minutes. Vers 15h20, la foule s'est "
    "dispersée.",
)
AFTER = [
    "Vers 14 h 10, une centaine de commerçants se sont réunis devant la mairie. Vingt-cinq "
    "minutes plus tard, le maire est venu leur parler.",
    "Le maire est venu parler aux commerçants vers 14 h 35. Quarante-cinq minutes plus tard, "
    "la foule s'est dispersée.",
]


@each(AFTER)
def test_a_time_after_the_time_said_before_is_computed(case: str) -> None:
    assert TIMES.hard_claims(case) == []


def test_a_wrong_time_after_is_still_hard() -> None:
    text = (
        "Vers 14 h 10, une centaine de commerçants se sont réunis devant la mairie. Trente "
        "minutes plus tard, le maire est venu leur parler."
    )
    assert "hard figures" in TIMES.claims(text)


# « le 1er décembre » is a date's day, not the first of anything (a rank against the source's
# « quinzième journée »).
FAIR = Pairs(
    "fair",
    "La foire de Brive ouvre ses portes\n\n"
    "1er mai 2019 . – La quatrième journée de la foire de Brive s'est ouverte le 1er mai avec "
    "120 exposants.",
)
DAY_ONE = [
    "La foire de Brive : une journée d'ouverture le 1er mai, avec 120 exposants.",
    "Foire de Brive : une journée de fête le premier mai",
]


@each(DAY_ONE)
def test_the_first_of_a_month_is_no_rank(case: str) -> None:
    assert FAIR.claims(case) == []


def test_another_day_of_the_fair_is_still_read() -> None:
    text = "La deuxième journée de la foire de Brive a ouvert le 1er mai, avec 120 exposants."
    assert "hard rank" in FAIR.claims(text)


# A question to the reader tells nothing done: « Que s'est-il passé samedi ? » against the
# source's « voulant passer » is no want given as done.
CHECKPOINT = Pairs(
    "checkpoint",
    "Contrôles renforcés à Nantes\n\n"
    "9 mars 2019 . – Samedi, tout manifestant voulant passer le barrage de la place Royale a "
    "été fouillé par la police.",
)


def test_a_question_tells_nothing_done() -> None:
    assert CHECKPOINT.claims("Que s'est-il passé samedi place Royale ?") == []


def test_a_want_given_as_done_is_still_read() -> None:
    text = "Samedi, les manifestants sont passés par le barrage de la place Royale."
    assert "review modality" in CHECKPOINT.claims(text)


# « a affirmé la ministre de la Santé, la socialiste Marisol Touraine »: the name set after
# the inverted subject's title speaks, not the title.
MINISTER = Pairs(
    "minister",
    "Santé : la ministre défend sa réforme\n\n"
    "3 avril 2016 . – « Nous ne céderons pas sur le tiers payant », a affirmé la ministre de "
    "la Santé, la socialiste Marisol Touraine. Le député Jean Leroy a critiqué le texte.",
)


def test_the_name_beside_an_inverted_title_speaks() -> None:
    text = "Pour Marisol Touraine, « nous ne céderons pas sur le tiers payant »."
    assert MINISTER.claims(text) == []


def test_the_words_given_to_another_are_still_read() -> None:
    text = "Pour Jean Leroy, « nous ne céderons pas sur le tiers payant »."
    assert "review quotations" in MINISTER.claims(text) or "hard quotations" in MINISTER.claims(
        text
    )


# « …, a annoncé Gabe Newell »: a verb of saying in an incise, its subject after it — no one
# is made to undergo the announcement.
CLUB = Pairs(
    "club",
    "Le club de Vannes recrute\n\n"
    "4 juillet 2018 . – Alors que la saison reprend, le président du club de Vannes, Pierre "
    "Martin, a annoncé lors d'une conférence de presse jeudi que son équipe était devenue la "
    "troisième plus dépensière de la ligue.",
)


def test_the_subject_of_a_saying_incise_acts() -> None:
    text = (
        "Vannes est aujourd'hui la troisième équipe la plus dépensière de la ligue, a annoncé "
        "Pierre Martin lors d'une conférence."
    )
    assert CLUB.findings(text, "agents") == []


def test_who_announces_is_still_read() -> None:
    text = "La ligue a annoncé Pierre Martin comme troisième plus dépensier lors d'une conférence."
    assert [f.severity for f in CLUB.findings(text, "agents")] == ["review"]


# « 3,4 millions d'euros, soit environ 3 millions »: a figure said again, rounded, after one of
# its sentence — no swap with the source's other amount.
ROUNDED = [
    "La coopérative a réalisé 3,4 millions d'euros de chiffre d'affaires en 2019, soit environ "
    "3 millions.",
    "Le chiffre d'affaires a atteint 3,4 millions d'euros en 2019, c'est-à-dire un peu plus de "
    "3 millions.",
]


@each(ROUNDED)
def test_a_figure_said_again_rounded_is_no_swap(case: str) -> None:
    assert TURNOVER.hard_claims(case) == []


def test_the_other_amount_in_its_place_is_still_a_swap() -> None:
    text = "La coopérative a réalisé 2,9 millions d'euros de chiffre d'affaires en 2019."
    assert "hard figures" in TURNOVER.claims(text)


# « 93 degrés Celsius »: a scale's name, no person the source lacks.
SPRING = Pairs(
    "spring",
    "Un randonneur meurt dans une source acide\n\n"
    "8 juin 2016 . – Un randonneur de 23 ans a glissé dans une source d'eau chaude (jusqu'à "
    "100°C) et acide du parc de Yellowstone.",
)


def test_a_scales_name_is_no_person() -> None:
    text = (
        "Il a glissé dans une source d'eau chaude et acide du parc de Yellowstone, dont l'eau "
        "peut monter jusqu'à cent degrés Celsius."
    )
    assert SPRING.claims(text) == []


def test_a_person_the_source_lacks_is_still_hard() -> None:
    text = "Le randonneur de 23 ans, Anders Celsius, a glissé dans une source à Yellowstone."
    assert "hard people" in SPRING.claims(text)


# « durant la première quinzaine de mars » keeps the source's « entre le 1er et le 15 mars ».
POLL = Pairs(
    "poll",
    "La région choisit son nom\n\n"
    "24 juin 2016 . – Les habitants ont été consultés sur internet entre le 1er et le 15 mars. "
    "Le conseil régional a voté jeudi.",
)


def test_a_half_of_the_month_keeps_the_sources_range() -> None:
    text = (
        "Les habitants ont été consultés en ligne durant la première quinzaine de mars, puis "
        "le conseil régional a voté jeudi."
    )
    assert [f for f in POLL.findings(text, "missing") if f.severity == "hard"] == []


def test_the_other_half_does_not_keep_it() -> None:
    text = (
        "Les habitants ont été consultés en ligne durant la seconde quinzaine de mars, puis le "
        "conseil régional a voté jeudi."
    )
    assert "hard" in [f.severity for f in POLL.findings(text, "missing")]


# « Mélenchon a invité à participer » for the source's « a appelé à participer »: what a summons
# governs is to come, not given as done.
CALL = Pairs(
    "call",
    "Appel à manifester à Lille\n\n"
    "6 décembre 2018 . – Vers 16h00, la députée Anne Roux a appelé à participer de manière « non "
    "violente » à la marche de samedi.",
)


def test_what_an_invitation_governs_is_not_done() -> None:
    text = "Anne Roux a invité à participer de manière « non violente » à la marche de samedi."
    assert "review modality" not in CALL.claims(text)


def test_an_appeal_given_as_done_is_still_read() -> None:
    text = "Anne Roux a participé de manière « non violente » à la marche de samedi."
    assert "review modality" in CALL.claims(text)


# « Hors de Paris, les manifestations n'ont pas été moins violentes »: a place the sentence
# excludes names no place of the fact (against the source's « Puy-en-Velay »).
PROVINCE = Pairs(
    "province",
    "Violences en marge des manifestations\n\n"
    "2 décembre 2018 . – À Paris, 133 personnes ont été blessées. En province, où la préfecture "
    "du Puy-en-Velay a été incendiée, les manifestations n'ont pas été moins violentes.",
)


def test_a_place_excluded_is_no_place_of_the_fact() -> None:
    text = "Hors de Paris, les manifestations n'ont pas été moins violentes."
    assert PROVINCE.claims(text) == []


def test_a_place_for_another_is_still_read() -> None:
    text = "À Lyon, la préfecture du Puy-en-Velay a été incendiée."
    assert PROVINCE.claims(text) != []
