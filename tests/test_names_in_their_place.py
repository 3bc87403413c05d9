"""Names read where they stand (issue 19, round 5): review noise on honest text nobody tuned on,
each class as sentence pairs of our own, beside the distortion of the same shape that is still
flagged.
- not a name: what an office is in charge of (« le garde des Sceaux », « la ministre des
  Armées »), a century (« XXe siècle », which the source may write « XX e siècle »), a person
  without a proper noun said with its article (« les deux Charentes »: no one for « il » to be);
- a place with another fact: a birthplace is no place of the death the source sentence tells
  (« né à Monaco » beside « mort à l'hôpital Begin »); a question names what it asks about;
- « il » after a sentence about a group is that group, not the last person named.
Then recall: a title with its complement before the name (« le préfet de la région X, Y »), a
quotation given to the person a described speaker addresses, a quotation whose only difference
is the source's spacing inside brackets."""

from __future__ import annotations

import pytest

from tests.pairs import Case, Pairs, Sentences, each

JUSTICE = """Justice : la réforme de la prescription adoptée

17 février 2025. – Le Parlement a adopté jeudi une loi qui allonge la prescription des délits. Le \
ministre de la Justice, Paul Garnier, a défendu un texte « équilibré ». La ministre chargée des \
armées, Claire Roux, et le ministre chargé du budget, Marc Henry, ont voté pour."""

JUSTICE_HONEST = """La réforme de la prescription adoptée

Le Parlement a adopté jeudi une loi qui allonge la prescription des délits. Le ministre de la \
Justice, Paul Garnier, a défendu un texte « équilibré ». Claire Roux et Marc Henry ont voté \
pour."""

OFFICES = Pairs("offices", JUSTICE, JUSTICE_HONEST)


OFFICES_KEPT = OFFICES.edits(
    [
        ("Le ministre de la Justice, Paul Garnier,", "Le garde des Sceaux, Paul Garnier,"),
        ("Claire Roux et Marc Henry", "La ministre des Armées, Claire Roux, et Marc Henry"),
        ("Claire Roux et Marc Henry", "Claire Roux et le ministre du Budget, Marc Henry,"),
    ],
    "honest",
)


@each(OFFICES_KEPT)
def test_what_an_office_is_in_charge_of_is_no_place(case: Case) -> None:
    OFFICES.draws_nothing(case, "names")


THEATRE = """Théâtre : mort du dramaturge Louis Ferrand

7 avril 2024. – Louis Ferrand, figure du théâtre français du XX e siècle, s'est éteint jeudi à \
l'hôpital Begin, à l'âge de 91 ans. Né à Monaco en 1933, il avait fondé sa troupe à Lyon. Ses \
pièces ont été jouées dans toute l'Europe."""

THEATRE_HONEST = """Mort du dramaturge Louis Ferrand

Louis Ferrand s'est éteint jeudi à l'hôpital Begin, à 91 ans. Né à Monaco en 1933, il avait \
fondé sa troupe à Lyon. Ses pièces ont été jouées dans toute l'Europe."""

STAGE = Pairs("stage", THEATRE, THEATRE_HONEST)


STAGE_KEPT = STAGE.edits(
    [
        # a century, written as the source does not
        (
            "Mort du dramaturge Louis Ferrand\n\n",
            "Mort du dramaturge Louis Ferrand\n\nLe théâtre "
            "a perdu l'une de ses figures du XXe siècle. ",
        ),
        ("Ses pièces", "Ce grand nom du XXe siècle laisse une œuvre immense. Ses pièces"),
        # a birthplace beside the place of death the source sentence tells
        (
            "Louis Ferrand s'est éteint jeudi à l'hôpital Begin, à 91 ans.",
            "Louis Ferrand, né à Monaco, s'est éteint jeudi à 91 ans.",
        ),
        # a question names what it asks about
        ("Ses pièces", "Et que gardera Lyon de cette figure ? Ses pièces"),
    ],
    "honest",
)


@each(STAGE_KEPT)
def test_a_name_of_another_fact_is_no_swap(case: Case) -> None:
    STAGE.draws_nothing(case, "actors")


def test_the_place_of_the_fact_said_otherwise_is_still_flagged() -> None:
    v = STAGE.variant(
        "swap places",
        "Louis Ferrand s'est éteint jeudi à l'hôpital Begin, à 91 ans.",
        "Louis Ferrand s'est éteint jeudi à Monaco, à 91 ans.",
    )
    STAGE.draws_one(v, "actors", "review", "")


STORM = """Tempête : des milliers de foyers sans électricité

4 février 2025. – 200 000 foyers sont privés d'électricité en Gironde et dans les deux \
Charentes, selon Enedis. Le syndicat Sud Énergie avait appelé les agents à la grève. Il dénonçait \
les « cures d'austérité » menées dans l'entreprise. Sud Énergie explique alors, par un \
communiqué, avoir « appris avec consternation la fermeture de trois centres de dépannage »."""

STORM_HONEST = """Tempête : des foyers sans électricité

Selon Enedis, 200 000 foyers sont privés d'électricité en Gironde et dans les deux Charentes. Le \
syndicat Sud Énergie avait appelé les agents à la grève. Le syndicat dit avoir « appris avec \
consternation la fermeture de trois centres de dépannage »."""

POWER = Pairs("power", STORM, STORM_HONEST)


POWER_KEPT = POWER.edits(
    [
        # « Il » after a sentence about a group is not the last person named (no one: « les deux
        # Charentes » is a region said with its article)
        (
            "avait appelé les agents à la grève.",
            "avait appelé les agents à la grève. Le syndicat dénonçait les « cures d'austérité ».",
        ),
        (
            "avait appelé les agents à la grève.",
            "avait appelé les agents à la grève. Sud Énergie dénonçait les « cures d'austérité ».",
        ),
    ],
    "honest",
)


@each(POWER_KEPT)
def test_a_group_speaking_is_no_other_voice(case: Case) -> None:
    POWER.draws_nothing(case, "quotations")


def test_a_quotation_given_to_another_group_is_still_a_review() -> None:
    v = POWER.variant(
        "speaker",
        "Le syndicat dit avoir",
        "La préfecture de Gironde dit avoir",
    )
    POWER.draws_one(v, "quotations", "review", "")


ATTACK = """Attentat : le président sur place

26 juillet 2025. – Une église de Rouen a été attaquée mardi matin. Le président est arrivé sur \
place à 13 h et évoque « une guerre contre l'État islamique par tous les moyens ». Le Parlement \
votera en juin la loi « Bouclier Républicain » présentée par le gouvernement."""

ATTACK_HONEST = """Attentat : le président sur place

Une église de Rouen a été attaquée mardi matin. Le président est arrivé sur place à 13 h. Le \
Parlement votera en juin une loi présentée par le gouvernement."""

CHURCH = Pairs("church", ATTACK, ATTACK_HONEST)


def test_a_name_the_source_says_only_in_a_quotation_is_no_place_of_the_facts() -> None:
    v = CHURCH.variant(
        "honest",
        "Le président est arrivé sur place à 13 h.",
        "Le président est arrivé à Rouen à 13 h.",
    )
    CHURCH.draws_nothing(v, "actors")


@pytest.mark.parametrize(
    "replace",
    [
        "La loi « Bouclier Républicain » ne sera pas votée avant juin.",
        "Le Parlement ne votera pas la loi « Bouclier Républicain » avant juin.",
    ],
)
def test_a_name_in_quotation_marks_is_no_speech(replace: str) -> None:
    v = CHURCH.variant(
        "honest", "Le Parlement votera en juin une loi présentée par le gouvernement.", replace
    )
    CHURCH.draws_nothing(v, "quotations")


# --- recall ------------------------------------------------------------------------------------

VISIT = """Visite présidentielle : le chef de l'État interpellé à Tulle

5 octobre 2025. – Le chef de l'État en visite à Tulle a dit au président de la région \
Occitanie Paul Morel « Certains feraient mieux de chercher du travail [à Brive ] plutôt que de \
manifester ». Les salariés de l'usine ont dénoncé ces propos."""

VISIT_HONEST = """Le chef de l'État interpellé à Tulle

En visite à Tulle, le chef de l'État a lancé au président de la région Occitanie, Paul Morel : \
« Certains feraient mieux de chercher du travail [à Brive] plutôt que de manifester ». Les \
salariés de l'usine ont dénoncé ces propos."""

TULLE = Pairs("tulle", VISIT, VISIT_HONEST)


def test_the_source_spacing_inside_brackets_is_no_other_quotation() -> None:
    TULLE.draws_nothing(VISIT_HONEST, None, "hard")


def test_a_title_with_its_complement_before_the_name_is_read() -> None:
    v = TULLE.variant("role", "au président de la région", "au préfet de la région")
    TULLE.draws_one(v, "roles", "hard", "calls Paul Morel «préfet»")


def test_a_quotation_given_to_the_one_its_speaker_addresses_is_flagged() -> None:
    v = TULLE.variant(
        "swap people",
        "le chef de l'État a lancé au président de la région Occitanie, Paul Morel :",
        "le président de la région Occitanie, Paul Morel, a lancé au chef de l'État :",
    )
    TULLE.draws_one(v, "quotations", "review", "")


CRASH = """Aviation : un avion de Flyjet s'écrase à Rostov

19 mars 2025. – Un avion de la compagnie Flyjet s'est écrasé samedi à Rostov. Les autorités de \
Dubaï enverront une équipe d'enquêteurs sur place. Ce sont toutefois les autorités russes qui \
dirigeront l'enquête."""

CRASH_HONEST = """Un avion de Flyjet s'écrase à Rostov

Un avion de la compagnie Flyjet s'est écrasé samedi à Rostov. Les autorités de Dubaï enverront \
une équipe d'enquêteurs, mais ce sont les autorités russes qui dirigeront l'enquête."""

ROSTOV = Pairs("rostov", CRASH, CRASH_HONEST)


def test_a_nationality_said_of_the_noun_the_next_source_sentence_gives_another_is_flagged() -> None:
    ROSTOV.draws_nothing(CRASH_HONEST, "roles")
    v = ROSTOV.variant("nationality", "les autorités russes", "les autorités émiriennes")
    ROSTOV.draws_one(v, "roles", "review", "«émirien")


def test_a_place_the_source_names_is_no_nationality_in_for_its_adjective() -> None:
    v = STAGE.variant(
        "honest",
        "Louis Ferrand s'est éteint jeudi à l'hôpital Begin, à 91 ans.",
        "Louis Ferrand, né à Monaco, s'est éteint jeudi à l'hôpital Begin, à 91 ans.",
    )
    STAGE.draws_nothing(v, "roles")
    v = STAGE.variant(
        "nationality",
        "Louis Ferrand s'est éteint jeudi à l'hôpital Begin, à 91 ans.",
        "Le dramaturge belge Louis Ferrand s'est éteint jeudi à l'hôpital Begin, à 91 ans.",
    )
    # round 17 (docs/hard-paths-people.md): the source writes no nationality beside his name
    # (« figure du théâtre français »), so another one is a review, not hard
    STAGE.draws_one(v, "roles", "review", "")


BUDGET = """Budget : Bruxelles rejette le plan de Rome

23 octobre 2018. – Pour la première fois dans l'histoire de l'UE, le plan de budget d'un État \
membre est rejeté. La BCE surveille les taux italiens. Le gouvernement de Rome dénonce une \
décision politique."""

BUDGET_HONEST = """Bruxelles rejette le plan de Rome

Pour la première fois dans l'histoire de l'UE, le plan de budget d'un État membre est rejeté. \
La BCE surveille les taux italiens. Le gouvernement de Rome dénonce une décision politique."""

ROME = Pairs("rome", BUDGET, BUDGET_HONEST)


ROME_KEPT = ROME.edits(
    [
        ("l'histoire de l'UE,", "l'histoire de l'Union européenne,"),
        ("La BCE surveille", "La Banque centrale européenne surveille"),
        (
            "l'histoire de l'UE, le plan",
            "l'histoire de l'Union européenne, et l'Union le dit, le plan",
        ),
    ],
    "honest",
)


@each(ROME_KEPT)
def test_the_full_form_of_an_acronym_the_source_writes_is_its_name(case: Case) -> None:
    ROME.draws_nothing(case, "names")


def test_a_body_the_source_never_names_is_still_a_review() -> None:
    v = ROME.variant("invented", "La BCE surveille", "Le Fonds monétaire international surveille")
    ROME.draws_one(v, "names", "review", "")


PRESS = """Presse : accord trouvé pour la distribution

10 mai 2025. – Le secrétaire général du syndicat du livre affirme qu'il n'y a eu « ni exigence, \
ni diktat » dans la négociation. Les journaux seront distribués dès lundi."""

PRESS_HONEST = """Accord trouvé pour la distribution de la presse

Le syndicat du livre assure que la négociation s'est faite sans pression. Les journaux seront \
distribués dès lundi."""

NEWSPAPERS = Pairs("newspapers", PRESS, PRESS_HONEST)
PRESSURE = "Le syndicat du livre assure que la négociation s'est faite sans pression."


def test_a_word_the_article_rejects_as_the_source_denies_it_stands() -> None:
    v = NEWSPAPERS.variant(
        "honest", PRESSURE, "Le syndicat du livre rejette toute idée de « diktat »."
    )
    NEWSPAPERS.draws_nothing(v, "quotations")
    v = NEWSPAPERS.variant("fragment", PRESSURE, "Le syndicat du livre dénonce un « diktat ».")
    NEWSPAPERS.draws_one(v, "quotations", "review", "")


# A sentence that sums up several source sentences of places names the place of each: the one
# place the sentence it restates best leaves out stands for none of them where another source
# sentence it merges names it (issue 19, round 10: « … à Angoulême, tandis qu'une dizaine
# restaient à Locatoumat » for three sentences of roundabouts); one place swapped for another in
# a sentence said whole is still flagged.
ROUNDABOUTS = """Gilets jaunes : les ronds-points évacués

29 décembre 2018. – À Niort, les policiers ont expulsé les manifestants qui occupaient le \
rond-point de Chauray. Une vingtaine de manifestants occupent toujours le rond-point de Bessines, \
ainsi que celui de Magné. À Parthenay, la police a rendu visite à la quinzaine de manifestants \
présents au rond-point de la Bergerie. Le préfet a salué le calme des opérations."""
ROUNDS = Sentences("roundabouts", ROUNDABOUTS, "Les ronds-points évacués")


def test_a_place_of_a_sentence_summed_up_with_others_is_no_swap() -> None:
    ROUNDS.draws_nothing(
        "Sur les ronds-points, la police a expulsé les manifestants à Niort, tandis qu'une "
        "vingtaine restaient à Bessines et à Magné et qu'une quinzaine recevaient sa visite à "
        "Parthenay."
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "À Parthenay, la police a rendu visite à la quinzaine de manifestants présents au "
            "rond-point de Bessines.",
            "names Bessines where the source names Bergerie",
        ),
        (
            "Une vingtaine de manifestants occupent toujours le rond-point de Bessines, ainsi "
            "que celui de Chauray.",
            "names Chauray where the source names",
        ),
    ],
)
def test_a_place_swapped_in_a_sentence_said_whole_is_still_flagged(
    sentence: str, place: str
) -> None:
    ROUNDS.draws(sentence, None, "review", place)
