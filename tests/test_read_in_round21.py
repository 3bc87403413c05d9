"""Readings of round 21 (issue 19): classes found reading what refused honest writing, each with
pairs of our own beside the case that showed it."""

from __future__ import annotations

from tests.pairs import Pairs, each

# A source may misspell a number word (« les ving-quatre meilleurs »): « ving » is « vingt », its t
# silent. Read as no number, the honest « vingt-quatre » was « a number not in the source » (hard,
# five times in one article).
SKATING = Pairs(
    "skating",
    "Patinage : Hanyu conserve son titre\n\n"
    "17 février 2018. – Trente hommes participent au programme court, les ving-quatre meilleurs "
    "se qualifiant pour le libre. Les ving-deux juges ont siégé deux jours. Le podium compte "
    "quatre-ving-dix points d'écart avec le dernier.",
)
MISSPELT = [
    "Seuls les vingt-quatre meilleurs du programme court ont accédé au libre.",
    "Vingt-deux juges ont siégé pendant deux jours.",
    "Quatre-vingt-dix points séparent le podium du dernier.",
]


@each(MISSPELT)
def test_a_number_the_source_misspells_is_its_number(case: str) -> None:
    assert SKATING.claims(case) == []


def test_another_number_is_still_absent() -> None:
    assert "hard figures" in SKATING.claims("Seuls les vingt-cinq meilleurs ont accédé au libre.")


# « son nombre de militants divisé par 10 » is that count, no quantity: the article's « l'essentiel
# de ses militants » was « most where the source says many » (hard). « nombre de » with no
# determiner (« nombre de pays ») is many, as before.
PARTY = Pairs(
    "party",
    "Parti : les adhérents s'en vont\n\n"
    "5 décembre 2016. – Certaines fédérations ont disparu, quand le bastion du Nord a vu son "
    "nombre de militants divisé par 10. La ville a vu ce nombre d'électeurs fondre. Leur nombre "
    "d'élus a baissé.",
)
COUNTS = [
    "Le bastion du Nord a perdu l'essentiel de ses militants.",
    "Dans le Nord, la plupart des militants sont partis.",
    "Le bastion du Nord ne garde qu'un militant sur dix.",
    "La ville a perdu la plupart de ses électeurs.",
    "Ils ont perdu une partie de leurs élus.",
    "Des fédérations entières ont disparu.",
]


@each(COUNTS)
def test_a_count_with_its_determiner_is_no_quantity(case: str) -> None:
    assert PARTY.claims(case) == []


def test_the_groups_scope_is_still_read() -> None:
    assert PARTY.claims("Toutes les fédérations ont disparu.") != []


# A country said as where something takes place (« à Alep, en Syrie »), one the source names, is
# no nationality given for the country the restated sentence names as who acts (« proposée par
# la France »): it drew a hard `roles` « says syrie where the source says france ».
RESOLUTION = Pairs(
    "resolution",
    "ONU : des vivres pour Gaza\n\n"
    "19 décembre 2016. – Le Conseil a voté une résolution proposée par le Japon et qui prévoit "
    "l'envoi de vivres à Gaza pour soulager la population. Le gouvernement palestinien attend "
    "les premiers camions.",
)
WHERE = [
    "Le texte prévoit l'envoi de vivres à Gaza, en Palestine.",
    "La résolution prévoit d'acheminer des vivres vers Gaza, dans les Territoires palestiniens.",
    "Le Conseil a voté l'envoi de vivres à Gaza, en Palestine, pour soulager la population.",
]


@each(WHERE)
def test_where_a_thing_goes_is_no_one_acting(case: str) -> None:
    assert "hard roles" not in RESOLUTION.claims(case)


def test_a_country_for_another_is_still_read() -> None:
    found = RESOLUTION.claims("Le texte, proposé par la Palestine, prévoit l'envoi de vivres.")
    assert "hard roles" in found


def test_a_country_the_source_never_speaks_of_is_still_read() -> None:
    found = RESOLUTION.claims("Le texte prévoit l'envoi de vivres à Gaza, en Allemagne.")
    assert "review roles" in found


LEEDS = Pairs(
    "leeds",
    "Triathlon : étape à Leeds\n\n"
    "11 juin 2017. – La 4e étape s'est déroulée dans la ville britannique de Leeds le 11 juin. "
    "L'Italienne Alice Betto a pris la troisième place.",
)


def test_a_place_for_the_country_of_a_place_is_still_read() -> None:
    """« la ville britannique de Leeds » says where too: « en Italie » puts it elsewhere."""
    found = LEEDS.claims("L'étape s'est déroulée le 11 juin à Leeds, en Italie.")
    assert "hard roles" in found


# A word named, not quoted (« Le verbe « sembler » invite à la prudence »): the source's
# « semble » is a stopword, left out of its content lemmas, and the word was « a quotation not in
# the source » (hard verbatim).
HEDGED = Pairs(
    "hedged",
    "Burundi : l'émissaire remplacé\n\n"
    "15 novembre 2016. – Le départ de Ban Ki-moon semble avoir servi de prétexte. Le dialogue "
    "pourrait reprendre en janvier. Il faut attendre la réponse de l'ONU.",
)
NAMED = [
    "Le verbe « sembler » invite à la prudence.",
    "Le verbe « pouvoir » dit que rien n'est sûr pour janvier.",
    "Le mot « falloir » marque une attente.",
]


@each(NAMED)
def test_a_word_of_the_source_named_is_no_quotation(case: str) -> None:
    assert HEDGED.claims(case) == []


def test_a_word_the_source_never_uses_is_still_a_quotation() -> None:
    assert "hard verbatim" in HEDGED.claims("Le verbe « devoir » invite à la prudence.")


# A verb of saying or planning told done is the saying (« Il a annoncé l'interdiction des
# chantiers » for the source's « Tous les chantiers seront interdits »): it drew a hard `tense`
# « gives as done what the source gives as to come ».
SMOG = Pairs(
    "smog",
    "Inde : New Delhi sous le smog\n\n"
    "8 novembre 2016. – « Tous les chantiers seront interdits pendant cinq jours et toutes les "
    "écoles demeureront fermées ces trois prochains jours », a déclaré le chef de l'exécutif. "
    "La circulation des camions sera limitée la semaine prochaine.",
)
TOLD = [
    "Il a annoncé l'interdiction de tous les chantiers pendant cinq jours et la fermeture des "
    "écoles pour les trois prochains jours.",
    "Le chef de l'exécutif a promis une limitation de la circulation des camions la semaine "
    "prochaine.",
    "Il a déclaré la fermeture des écoles pour les trois prochains jours.",
]


@each(TOLD)
def test_a_saying_told_done_gives_nothing_as_done(case: str) -> None:
    assert SMOG.claims(case) == []


def test_the_event_told_done_is_still_read() -> None:
    found = SMOG.claims("La circulation des camions a été limitée la semaine dernière.")
    assert "hard modality" in found


# A bare number whose unit « en » takes up from the sentence before (« … réclamait 2,5 milliards
# d'euros. Le collectif en réclame 2,1 de plus. »): the article's « 2,1 milliards » was « not in
# the source » (hard, refusing an honest text and its seven controls).
DEMANDS = Pairs(
    "demands",
    "Guyane : le collectif durcit le ton\n\n"
    "8 avril 2017. – Le collectif réclamait 2,5 milliards d'euros immédiatement. Il en réclame "
    "2,1 de plus. Le syndicat demandait 40 millions. Il en veut désormais 12 supplémentaires.",
)
TAKEN_UP = [
    "Le collectif réclame 2,1 milliards de plus.",
    "Le syndicat veut désormais 12 millions supplémentaires.",
]


@each(TAKEN_UP)
def test_a_unit_taken_up_by_en_is_the_figures_unit(case: str) -> None:
    assert DEMANDS.claims(case) == []


def test_another_bare_figure_is_still_absent() -> None:
    assert "hard figures" in DEMANDS.claims("Le collectif réclame 2,3 milliards de plus.")


# « un an et demi » is eighteen months: the article's « depuis dix-huit mois » was « a number not
# in the source » (hard).
SPANS = Pairs(
    "spans",
    "Israël : la violence continue\n\n"
    "2 avril 2017. – Depuis un an et demi, 259 Palestiniens ont perdu la vie. Le chantier a duré "
    "deux ans et demi. La grève a tenu trois semaines et demie. Un garçon de 5,5 ans a été "
    "enlevé.",
)
HALVES = [
    "Depuis dix-huit mois, 259 Palestiniens ont perdu la vie.",
    "Le chantier a duré trente mois.",
    "Un garçon de cinq ans et demi a été enlevé.",  # read with its half already
    "La grève a tenu trois semaines et demie.",
]


@each(HALVES)
def test_and_a_half_counts_in_another_unit(case: str) -> None:
    assert SPANS.claims(case) == []


def test_a_length_changed_is_still_read() -> None:
    assert SPANS.claims("Le chantier a duré vingt-huit mois.") != []


# Two words of change that say things got worse (« s'est envenimée » for « s'est dégradée »)
# carry opposite signs in direction.txt — a tension grows, a state falls: they say one change
# (it drew a hard `direction`, refusing an honest text and its seven controls).
TENSION = Pairs(
    "tension",
    "Guyane : incidents devant la préfecture\n\n"
    "8 avril 2017. – La situation se serait dégradée quand une délégation a été éconduite alors "
    "qu'elle avait rendez-vous avec le préfet. Les relations entre voisins se sont détériorées.",
)
SAME_WAY = [
    "La situation se serait envenimée lorsqu'une délégation, qui avait rendez-vous avec le "
    "préfet, a été éconduite.",
    "La situation s'est aggravée quand une délégation a été éconduite.",
    "Les relations entre voisins se sont aggravées.",
    "Les relations entre voisins se sont envenimées.",
]


@each(SAME_WAY)
def test_worse_for_worse_is_one_change(case: str) -> None:
    assert TENSION.claims(case) == []


def test_better_for_worse_is_still_read() -> None:
    better = (
        "La situation se serait améliorée lorsqu'une délégation, qui avait rendez-vous avec le "
        "préfet, a été éconduite."
    )
    assert "review direction" in TENSION.claims(better)  # a short source: aligned, not sure


# --- Readings of the blind honest articles' reviews (round 21) ---------------------------------

# « n'importe où », « n'importe qui » after a negation is a litotes: « Ces paroles n'ont pas été
# prononcées n'importe où » affirms where they were said (it drew a `polarity` review).
PRESS = Pairs(
    "press",
    "Slovaquie : le premier ministre insulte des journalistes\n\n"
    "23 novembre 2016. – Ces paroles ont été prononcées dans une conférence de presse. Le "
    "ministre a reçu des journalistes choisis. Le texte a été signé à Bratislava.",
)
SOMEWHERE = [
    "Ces paroles n'ont pas été prononcées n'importe où.",
    "Le ministre n'a pas reçu n'importe quels journalistes.",
    "Le texte n'a pas été signé n'importe où.",
]


@each(SOMEWHERE)
def test_not_just_anywhere_affirms(case: str) -> None:
    assert PRESS.claims(case) == []


def test_a_denial_is_still_read() -> None:
    assert "review polarity" in PRESS.claims("Ces paroles n'ont pas été prononcées en public.")


# A link the sentence says nobody knows (« On ignore ce qui a provoqué le crash », « Aucune
# explication n'est fournie sur ce qui a provoqué le crash ») gives no cause (a `causes` review).
CRASH = Pairs(
    "crash",
    "Pakistan : un avion de ligne s'écrase\n\n"
    "7 décembre 2016. – Un ATR-42 de la compagnie PIA s'est écrasé près d'Havelian. Le vol 661 "
    "transportait 47 personnes. Les secours sont arrivés sur place.",
)
ASKED = [
    "Aucune explication n'est fournie à ce stade sur ce qui a provoqué le crash.",
    "On ignore encore ce qui a provoqué l'accident de l'ATR-42.",
    "Personne ne sait pour l'instant ce qui a causé le crash : aucune précision sur ce qui a "
    "provoqué la chute n'a été donnée.",
]


@each(ASKED)
def test_a_link_nobody_knows_is_no_cause(case: str) -> None:
    assert "review causes" not in CRASH.claims(case)
    assert "hard causes" not in CRASH.claims(case)


def test_a_cause_given_beside_an_unknown_is_still_read() -> None:
    found = CRASH.claims("La cause reste inconnue, mais une panne de moteur a provoqué le crash.")
    assert "hard causes" in found
