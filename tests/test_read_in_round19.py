"""Readings of round 19, read after its blind measures of honest-r29 and heldout-r24 (not blind),
each a class written here on sources of our own, with a distorted twin still flagged:

- a plan made already (« ont d'ores et déjà prévu de lancer ») gives the launch as to come, on
  both sides: the same sentence copied drew a hard « gives as planned what the source gives as
  done » (the « déjà » of the plan read as the launch's);
- a figure whose clause shares more words with another figure of the sentence restated, in a
  sentence that names, outside that clause, whose figure it is (« Les femelles, elles, peuvent
  vivre jusqu'à plus de 100 ans » for « 50-60 ans pour les mâles … 100 ans pour les
  femelles ») is its own, no swap;
- « le mois dernier », « le mois prochain » are the months before and after the dateline's: an
  article that writes them out computes them;
- a nationality the source gives someone it does not name there (« l'universitaire belge »)
  may be that of the person the story is about: another nationality said near his name is no
  certain contradiction (a review);
- a year gone back to or counted from (« il faut remonter à 2001 », « au plus bas depuis
  2001 ») takes no direction, and « remonter à 2001 » is no rise;
- an order of magnitude of the people the source's figure counts, named by the verb they
  underwent (« un millier d'évacués » for « 1 000 personnes ont été évacuées »);
- a decade that holds a year the source gives anywhere (« au tout début des années 2000 » for
  « remonter à 2001 ») is computed from it: a review at most;
- the months of « les neuf premiers mois de l'année », « le premier trimestre » are the
  source's (« entre janvier et septembre »);
- a bare number of the source kept with its unit (« trente-huit pour cent » for « (38 contre
  19 %) », « près de 220 millions d'euros » for « en payer 219 598 568 ») is not missing;
- a town put in the place of the one the restated sentence names, both « à » (« à Chicago »
  for « à Paris »), is swapped even where the title names the source's town: a title's town
  holds no other town."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

FUND = Pairs(
    "fonds",
    """Monde : un décret contesté

27 janvier 2017 . – Le président a signé lundi un décret qui interdit de financer les \
organisations favorables à l'avortement. Les Philippines ont d'ores et déjà prévu d'ouvrir un \
fonds régional pour compenser les effets de cette interdiction.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Les Philippines ont d'ores et déjà prévu d'ouvrir un fonds régional pour compenser les "
        "effets de cette interdiction.",
        "Les Philippines ont déjà prévu d'ouvrir un fonds régional pour compenser cette "
        "interdiction.",
        "Pour compenser cette interdiction, les Philippines ont d'ores et déjà prévu d'ouvrir un "
        "fonds.",
    ],
)
def test_a_plan_made_already_gives_its_act_as_to_come(text: str) -> None:
    FUND.draws_nothing(text, "modality")


def test_the_planned_act_said_done_is_still_hard() -> None:
    FUND.draws_one(
        "Les Philippines ont ouvert un fonds régional pour compenser les effets de cette "
        "interdiction.",
        "modality",
        "hard",
        "gives as done («ouvrir»)",
    )


TURTLES = Pairs(
    "tortues",
    """Sciences : les tortues géantes

9 mars 2018 . – Dans la nature, les tortues géantes peuvent vivre jusqu'à 80-90 ans pour les \
mâles, et jusqu'à plus de 150 ans pour les femelles (la plus âgée connue est morte le mois \
dernier, à 160 ans environ).""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Les femelles, elles, peuvent vivre jusqu'à plus de 150 ans.",
        "Quant aux femelles, elles peuvent vivre jusqu'à plus de 150 ans.",
        "Chez les mâles, la vie peut durer jusqu'à 90 ans.",
    ],
)
def test_a_figure_said_with_whose_it_is_outside_its_clause_is_its_own(text: str) -> None:
    TURTLES.draws_nothing(text, "figures")


@pytest.mark.parametrize(
    "text",
    [
        "Les mâles peuvent vivre jusqu'à plus de 150 ans.",
        "Les mâles, eux, peuvent vivre jusqu'à plus de 150 ans.",
    ],
)
def test_a_figure_said_with_the_others_words_is_still_hard(text: str) -> None:
    TURTLES.draws_one(text, "figures", "hard", "gives «150» where the source gives «90»")


def test_the_month_before_the_dateline_is_the_sources_last_month() -> None:
    TURTLES.draws_nothing("La plus âgée connue est morte en février 2018.", "figures")


def test_another_month_than_last_month_is_still_hard() -> None:
    TURTLES.draws_one(
        "La plus âgée connue est morte en janvier 2018.", "figures", "hard", "janvier"
    )


SCHOLAR = Pairs(
    "chercheur",
    """Mali : le risque de guerre civile est faible selon Jan Peeters

17 octobre 2016 . – Le politologue Jan Peeters considère que le risque de guerre civile est \
faible au Mali.

Les tensions entre le gouvernement de Bamako et les groupes armés du nord pouvaient laisser \
craindre un conflit.

Or le chercheur belge juge que la question ethnique est moins centrale que celle du pouvoir.""",
)


def test_a_nationality_the_source_gives_unnamed_may_be_his() -> None:
    SCHOLAR.draws_one(
        "Le politologue belge Jan Peeters estime que le risque de guerre civile est faible au "
        "Mali.",
        "roles",
        "review",
        "«belge»",
    )


def test_a_nationality_the_source_gives_no_one_is_still_hard() -> None:
    SCHOLAR.draws_one(
        "Le politologue suédois Jan Peeters estime que le risque de guerre civile est faible au "
        "Mali.",
        "roles",
        "hard",
        "«suédois»",
    )


BIRTHS = Pairs(
    "naissances",
    """France : les naissances reculent encore

1er novembre 2016 . – En septembre 2016, l'Insee estime le nombre de naissances à 63 500. Il \
faut remonter à 2001 pour retrouver un mois de septembre avec un nombre de naissances aussi \
faible (63 452 naissances).

Sur les neuf premiers mois de l'année 2016, les naissances sont estimées à 558 600, contre 584 879 \
en 2014 sur la même période. Les ouvriers fument deux fois plus que les cadres (38 contre 19 %). \
Ils auraient dû payer 219 598 568 s'ils n'avaient pas bénéficié du bouclier.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "## Un mois de septembre au plus bas depuis 2001",
        "Depuis 2001, jamais un mois de septembre n'avait compté si peu de naissances.",
    ],
)
def test_a_year_counted_from_takes_no_direction(text: str) -> None:
    BIRTHS.draws_nothing(text, ("figures", "direction"))


def test_a_decade_holding_a_source_year_is_at_most_a_review() -> None:
    found = BIRTHS.found(
        "Le pays retrouve un niveau qu'il faut aller chercher au tout début des années 2000.",
        "figures",
    )
    assert [f.severity for f in found] in ([], ["review"])


def test_a_decade_holding_no_source_year_is_still_hard() -> None:
    BIRTHS.draws_one(
        "Le pays retrouve un niveau qu'il faut aller chercher au tout début des années 1980.",
        "figures",
        "hard",
        "1980",
    )


@pytest.mark.parametrize(
    "text",
    [
        "En 2014, on comptait 584 879 naissances entre janvier et septembre.",
        "Entre janvier et fin septembre 2014, 584 879 bébés étaient nés.",
    ],
)
def test_the_months_of_the_first_nine_are_the_sources(text: str) -> None:
    BIRTHS.draws_nothing(text, "figures")


def test_a_month_past_the_first_nine_is_still_hard() -> None:
    BIRTHS.draws_one(
        "En 2014, on comptait 584 879 naissances entre janvier et décembre.",
        "figures",
        "hard",
        "décembre",
    )


def test_a_bare_number_kept_with_its_unit_is_not_missing() -> None:
    text = (
        "Les ouvriers fument deux fois plus que les cadres : trente-huit pour cent contre "
        "dix-neuf pour cent. Ils auraient dû payer près de 220 millions d'euros."
    )
    missing = [f.message for f in BIRTHS.findings(text, "missing")]
    assert not any("«38»" in m or "219 598 568" in m for m in missing), missing


def test_a_bare_number_changed_is_still_missing() -> None:
    text = "Les ouvriers fument plus que les cadres : trente-deux pour cent contre dix-neuf."
    missing = [f.message for f in BIRTHS.findings(text, "missing")]
    assert any("«38»" in m for m in missing), missing


STORM = Pairs(
    "tempete",
    """France : la tempête Egon

13 janvier 2017 . – Une cinquantaine de personnes ont été légèrement blessées. Plus de 1 000 \
personnes ont été évacuées dans la nuit.""",
)


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan compte une cinquantaine de blessés légers et plus d'un millier d'évacués.",
        "Plus d'un millier d'évacués ont passé la nuit hors de chez eux.",
    ],
)
def test_an_order_of_the_people_named_by_what_they_underwent(text: str) -> None:
    STORM.draws_nothing(text, "figures")


def test_an_order_of_another_people_is_still_hard() -> None:
    STORM.draws_one("Le bilan compte plus d'un millier de blessés.", "figures", "hard", "millier")


LEGENDS = Pairs(
    "legendes",
    """Football : Maradona et Pelé réunis à Paris

15 juin 2016 . – Jeudi dernier, pour une campagne publicitaire, Diego Maradona et Pelé se sont \
retrouvés ensemble à Paris.

Demain, l'équipe d'Argentine jouera à Chicago contre le Panama.""",
)


def test_a_town_in_place_of_the_titles_town_is_swapped() -> None:
    found = LEGENDS.found(
        "Jeudi dernier, pour une campagne publicitaire, Diego Maradona et Pelé se sont retrouvés "
        "ensemble à Chicago.",
        ("actors", "swaps"),
    )
    assert [f.severity for f in found] == ["hard"]
    assert "names Chicago where the source names Paris" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi dernier, à Paris, Diego Maradona et Pelé se sont retrouvés pour une campagne "
        "publicitaire.",
        "Demain, à Chicago, l'Argentine affrontera le Panama.",
    ],
)
def test_each_town_said_where_the_source_says_it_draws_nothing(text: str) -> None:
    LEGENDS.draws_nothing(text, ("actors", "swaps"))
