"""Places and roles the source gives in other words (issue 19, round 6): an institution of a
country the source gives, said by its people's adjective (« l'État burundais » of « le Burundi »),
not the country alone (« aux États-Unis » for « à l'Italie » names another place); a continent
on the source's side holds the article's country as it does on the article's (« la capitale
portugaise » for « l'Union européenne de … »); a head's title for a person the source says leads
(« le pays dirigé par » → « le président »). Sources of our own; each honest case must draw no
finding of its rule, the distortion beside it still does."""

from __future__ import annotations

from tests.pairs import Case, Pairs, each

SOURCE = """Volley : Ana Silva mène le Brésil en finale

4 juillet 2025. – L'Américaine Kim Parker et la Brésilienne Ana Silva se retrouveront en finale \
du tournoi de Lisbonne. La Confédération européenne de volley a annoncé que la finale se jouerait \
à Lisbonne le 6 juillet. Le Burundi, pays dirigé par Évariste Ndayishimiye, envoie pour la \
première fois une équipe. Le gouvernement burundais finance le voyage des joueuses."""

HONEST = """Ana Silva en finale à Lisbonne

L'Américaine Kim Parker et la Brésilienne Ana Silva disputeront la finale du tournoi de Lisbonne. \
Selon la Confédération européenne de volley, la finale aura lieu le 6 juillet à Lisbonne. Pour la \
première fois, le Burundi, pays dirigé par Évariste Ndayishimiye, envoie une équipe. Le \
gouvernement burundais paie le voyage des joueuses."""

PAIRS = Pairs("countries", SOURCE, HONEST)

SAID_OTHERWISE = [
    # an institution of the country, by its people's adjective
    (PAIRS.variant("honest", "Le gouvernement burundais paie", "L'État burundais paie"), "names"),
    # a country the source's continent holds
    (PAIRS.variant("honest", "Selon la Confédération européenne de volley, la finale aura lieu le "
                   "6 juillet à Lisbonne.",
                   "La finale se jouera le 6 juillet à Lisbonne, la capitale portugaise."),
     "roles"),
    # a head's title for the one the source says leads
    (PAIRS.variant("honest", "le Burundi, pays dirigé par Évariste Ndayishimiye,",
                   "le Burundi du président Évariste Ndayishimiye"), "roles"),
]  # fmt: skip


@each([case for case, _ in SAID_OTHERWISE], lambda case: case.replace[:30])
def test_a_country_or_a_head_the_source_gives_in_other_words_draws_nothing(case: Case) -> None:
    rule = next(r for c, r in SAID_OTHERWISE if c is case)
    PAIRS.draws_nothing(case, rule)


def test_a_country_the_source_does_not_name_is_still_named() -> None:
    for place in ("Canada", "États-Unis"):  # nowhere; only its people's adjective
        PAIRS.draws_first(
            PAIRS.variant("honest", "L'Américaine Kim Parker", f"Kim Parker, venue du {place},"),
            "names",
            "review",
            f"place not in the source «{place}»",
        )


def test_a_title_the_source_gives_nobody_who_leads_is_still_a_review() -> None:
    PAIRS.draws_first(
        PAIRS.variant("honest", "Le gouvernement burundais paie", "Le ministre Ana Silva paie"),
        "roles",
        "review",
        "calls Ana Silva «ministre»",
    )
