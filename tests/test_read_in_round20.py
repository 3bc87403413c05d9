"""Readings of round 20 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.pairs import Pairs, each

WIKINEWS = Path(__file__).parent / "data" / "wikinews"

# A whole source sentence copied into the article says what the source says: no claim rule may
# find it contradicting the source. Read as a source of its own, its parse (the spaces around
# its commas) once gave its future a date before the dateline (a hard `tense` finding).
MARIANNE = Pairs("r13-t2", (WIKINEWS / "r13-t2.txt").read_text(encoding="utf-8"))
COPIED = (
    "Yves de Chaisemartin , propriétaire du magazine Marianne , annonce lui, le 3 janvier, "
    "qu'il déposera prochainement le bilan."
)

BUDGET = Pairs(
    "budget",
    "Budget : les impôts locaux pourraient baisser\n\n"
    "12 avril 2018. – Le maire de Nantes a présenté mardi son budget. Si le conseil municipal "
    "l'approuve le 30 avril, les impôts locaux baisseront de 5 % en 2019. L'opposition juge la "
    "mesure irréaliste.",
)


def test_a_source_sentence_copied_whole_contradicts_nothing() -> None:
    assert MARIANNE.claims(COPIED) == []


def test_a_copied_sentence_keeps_its_condition() -> None:
    whole = (
        "Si le conseil municipal l'approuve le 30 avril, les impôts locaux baisseront de 5 % "
        "en 2019."
    )
    assert BUDGET.claims(whole) == []


def test_a_part_of_a_source_sentence_is_no_proof() -> None:
    """The sentence without its « si » clause is a copy of a part: it drops the condition."""
    assert BUDGET.claims("Les impôts locaux baisseront de 5 % en 2019.") == ["review qualifiers"]


# A lapse of time is read from a whole number: the « neuf » of « quatre-vingt-neuf jours plus
# tard » is no lapse of nine days (a review « gives neuf jours plus tard where the source gives
# 89 jours plus tard » on the source's own sentence, its number written in words).
CRASH = Pairs(
    "crash",
    "Thaïlande : un avion de chasse s'écrase\n\n"
    "15 février 2017. – Un Gripen s'est écrasé sur une piste vers 9 h 30. L'enquête a été "
    "rouverte 89 jours plus tard. Le pilote avait rejoint l'armée 22 ans auparavant. Un premier "
    "rapport avait été remis 3 semaines après l'accident.",
)
LAPSES_IN_WORDS = [
    "L'enquête a été rouverte quatre-vingt-neuf jours plus tard.",
    "Le pilote avait rejoint l'armée vingt-deux ans auparavant.",
    "Un premier rapport avait été remis trois semaines après l'accident.",
]


@each(LAPSES_IN_WORDS)
def test_a_lapse_in_words_is_the_whole_number(case: str) -> None:
    assert CRASH.claims(case) == []


def test_a_lapse_changed_in_words_is_still_read() -> None:
    """29 days for 89: a number absent from the source, certain."""
    assert "hard figures" in CRASH.claims("L'enquête a été rouverte vingt-neuf jours plus tard.")


# Two bounds joined by « ou » (« partiellement ou complètement ») are one or the other: neither
# bounds what it is said of. Read apart, the parse gave « complètement » to the next noun and a
# sentence was found saying « all » and « most » against its own words (hard scope, twice).
FLOODS = Pairs(
    "floods",
    "Inondations : des routes coupées dans le Gard\n\n"
    "9 octobre 2018. – Après les pluies de la nuit, plusieurs routes départementales ont été "
    "partiellement ou complètement fermées près des 30 communes inondées, dont une dizaine dans "
    "les Cévennes. Le pont de Sommières a été en partie emporté. Les écoles de la vallée ont été "
    "entièrement évacuées.",
)
EITHER_OR = [
    "Plusieurs routes départementales ont été fermées, partiellement ou complètement, près des "
    "trente communes inondées, dont une dizaine dans les Cévennes.",
    "Près des 30 communes touchées, des routes ont été en partie ou en totalité fermées.",
    "Plusieurs routes ont été totalement ou partiellement fermées près des communes inondées.",
]


@each(EITHER_OR)
def test_either_bound_bounds_nothing(case: str) -> None:
    assert FLOODS.claims(case) == []


def test_a_bound_alone_still_clashes() -> None:
    """« entièrement emporté » for « en partie emporté »: all where the source says some."""
    assert set(FLOODS.claims("Le pont de Sommières a été entièrement emporté.")) == {"hard scope"}


# --- Readings of what refused the blind judges of round 20 (honest-r30, heldout-r25's controls),
# each with pairs of our own.


def severities(pairs: Pairs, text: str) -> set[str]:
    return {f"{f.severity} {f.rule}" for f in pairs.findings(text)}


# « pour cent vingt jours » is 120 days: « pour cent » is a percentage only after a number.
DECREE = Pairs(
    "decree",
    "États-Unis : un décret suspend l'accueil des réfugiés\n\n"
    "6 mars 2017. – Le décret suspend l'accueil des réfugiés pour une durée de 120 jours. Il "
    "interdit l'entrée pendant 90 jours aux ressortissants de six pays. Le nombre de réfugiés "
    "acceptés baissera de 50 % après cette période.",
)
HUNDREDS_AFTER_POUR = [
    "Le décret gèle, pour cent vingt jours, l'accueil des réfugiés. Il interdit l'entrée pendant "
    "quatre-vingt-dix jours aux ressortissants de six pays. Le nombre de réfugiés acceptés "
    "baissera de 50 % après cette période.",
    "Le décret suspend l'accueil des réfugiés pour 120 jours. Il interdit l'entrée pendant 90 "
    "jours aux ressortissants de six pays. Le nombre de réfugiés acceptés baissera de cinquante "
    "pour cent après cette période.",
]


@each(HUNDREDS_AFTER_POUR)
def test_pour_cent_before_a_number_is_no_percentage(case: str) -> None:
    assert not {s for s in severities(DECREE, case) if s.startswith("hard")}


def test_a_hundred_days_changed_is_still_read() -> None:
    text = HUNDREDS_AFTER_POUR[0].replace("cent vingt", "cent cinquante")
    assert "hard figures" in severities(DECREE, text)


# « a dû résister » for « doit résister »: the same obligation, told in the past of a story the
# source tells in the present — not certainly given as done (a review); an act told done for
# « doit » stays hard, and a future obligation (« devra ») is not read this way.
RACE = Pairs(
    "race",
    "Cyclisme : Dupont s'impose à Lyon\n\n"
    "4 juin 2017. – Le Français Paul Dupont a remporté dimanche la course de Lyon. Parti seul à "
    "20 kilomètres de l'arrivée, il doit résister au retour d'un groupe de chasse emmené par "
    "l'Italien Marco Rossi. Le vainqueur doit recevoir son trophée mardi à la mairie.",
)


def test_an_obligation_kept_in_the_past_is_no_certain_act() -> None:
    text = (
        "Parti seul à 20 kilomètres de l'arrivée, Dupont a dû résister au retour d'un groupe de "
        "chasse emmené par l'Italien Marco Rossi."
    )
    assert not {s for s in severities(RACE, text) if s.startswith("hard")}


def test_an_act_told_done_for_an_obligation_is_hard() -> None:
    text = "Le vainqueur a reçu son trophée mardi à la mairie."
    assert "hard modality" in severities(RACE, text)


# « une soixantaine » rounds 61 as « une cinquantaine » rounds 50 (lexicon collectives).
VOTE = Pairs(
    "vote",
    "Brésil : le Sénat vote la destitution\n\n"
    "1 septembre 2016. – La destitution a été votée par 61 voix contre 20, sur un total de 81 "
    "sénateurs.",
)


def test_a_soixantaine_keeps_sixty_one() -> None:
    text = (
        "La destitution a été votée par une soixantaine de voix contre vingt, sur quatre-vingt-un."
    )
    assert severities(VOTE, text) == set()


# A year made a rise where the source makes it a fall: certain where the sentence restates the
# one that says so; a rise of another thing that year (the source's « hausse de la mortalité
# l'année dernière » beside « la baisse de la natalité en 2015 ») is a review at most.
BIRTHS = Pairs(
    "births",
    "France : la natalité recule encore\n\n"
    "3 septembre 2016. – La natalité a continué de baisser au premier semestre 2016, après la "
    "baisse déjà enregistrée en 2015. Combinée à une hausse de la mortalité l'année dernière, "
    "cette baisse a réduit le solde naturel à son plus bas niveau depuis 1976.",
)


def test_another_things_rise_that_year_is_not_certain() -> None:
    text = (
        "La mortalité ayant progressé en 2015, le solde naturel est tombé au plus bas depuis 1976."
    )
    assert "hard figures" not in severities(BIRTHS, text)


def test_the_restated_years_fall_made_a_rise_is_hard() -> None:
    text = "La natalité a continué de baisser au premier semestre 2016, après la hausse de 2015."
    assert "hard figures" in severities(BIRTHS, text)


# A cause said by a pronoun (« c'est grâce à elle que … ») stands for a thing named elsewhere:
# not certainly absent from the source. A cause named and absent stays hard.
PROBE = Pairs(
    "probe",
    "Espace : la surface de la Lune se renouvelle\n\n"
    "24 octobre 2016. – À l'aide de la sonde Lunar Reconnaissance Orbiter, l'équipe a réussi à "
    "prouver que le sol lunaire est retourné tous les 81 000 ans.",
)


def test_a_cause_said_by_a_pronoun_is_not_certain() -> None:
    text = "La sonde a été décisive : c'est grâce à elle que la démonstration a pu être faite."
    assert "hard causes" not in severities(PROBE, text)


def test_a_cause_named_and_absent_is_hard() -> None:
    text = "C'est grâce à un télescope chinois que la démonstration a pu être faite."
    assert "hard causes" in severities(PROBE, text)


# « uniquement les forces de police » says « only » of them, as « seules les forces » does.
CITY = Pairs(
    "city",
    "Irak : l'offensive sur la ville a commencé\n\n"
    "17 octobre 2016. – Si les forces de la coalition regroupent près de 100 000 hommes, ce sont "
    "uniquement les forces de police et l'armée irakienne qui pénétreront dans la ville.",
)


def test_uniquement_before_a_noun_says_only() -> None:
    text = "Seules les forces de police et l'armée irakienne entreront dans la ville."
    assert not [s for s in CITY.claims(text) if s.startswith("hard")]


def test_all_for_only_still_clashes() -> None:
    text = "Toutes les forces de la coalition entreront dans la ville."
    assert "hard scope" in severities(CITY, text)


def test_uniquement_before_a_bare_noun_is_no_group() -> None:
    """« n'est pas exclusivement tutsi » says what the opposition is, of no group (honest-r7
    r7-t3, a sentence of the default eval, drew a hard scope finding)."""
    source = Pairs("r7-t3", (WIKINEWS / "r7-t3.txt").read_text(encoding="utf-8"))
    text = "L'opposition au régime de Pierre Nkurunziza n'est pas exclusivement tutsi."
    assert "hard scope" not in severities(source, text)


# « aussi peu de naissances », « un nombre de naissances si bas »: a degree compared with another
# time, no quantity on either side (round 19's own pair drew a hard « says many where the source
# says a few »). A quantity said plainly is still compared.
BIRTHS_LOW = Pairs(
    "births-low",
    "France : les naissances au plus bas\n\n"
    "12 janvier 2017. – La France a enregistré 785 000 naissances en 2016. Il faut remonter à "
    "1999 pour trouver aussi peu de naissances. De nombreux départements voient leur population "
    "vieillir.",
)
DEGREES_COMPARED = [
    "Un nombre de naissances aussi faible n'avait plus été observé depuis 1999.",
    "Il faut remonter à 1999 pour trouver un nombre de naissances si bas.",
    "Jamais depuis 1999 la France n'avait compté aussi peu de naissances.",
]


@each(DEGREES_COMPARED)
def test_a_degree_compared_is_no_quantity(case: str) -> None:
    assert "hard scope" not in severities(BIRTHS_LOW, case)


def test_a_few_for_many_still_clashes() -> None:
    text = "Peu de départements voient leur population vieillir."
    assert "hard scope" in severities(BIRTHS_LOW, text)


TURNOUT = Pairs(
    "turnout",
    "Élection : la participation progresse\n\n"
    "29 janvier 2017. – On dénombrait 1 306 votants à midi dans la commune, selon la mairie. "
    "Cela représente une hausse de 12 % par rapport au premier tour.",
)


def test_a_merged_sentence_turning_the_change_is_hard() -> None:
    """Restating the sentence of the count, which tells no change, the merged fall is certain."""
    text = (
        "Selon la mairie, 1 306 votants s'étaient déplacés à midi, soit une baisse de 12 % par "
        "rapport au premier tour."
    )
    assert "hard figures" in severities(TURNOUT, text)
