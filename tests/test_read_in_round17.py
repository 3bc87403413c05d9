"""Readings drawn from round 17's blind judge honest-r26, read by the lead after its blind
measures at the round's start and at the engineers' end (not blind); the sentences are written
here:

- a nationality the article writes heading one person's name, where the sentence it restates
  writes another heading someone else's, exchanges nothing: the source does not write hers (at
  most unsupported, a review); the same nationality given to the person the source's heads is
  still hard;
- a name the tagger runs on to the verb after it (« Trump avouât que … » read as the person
  « Trump avouât ») ends on its last capitalised word;
- the source's own title, quoted as the title of the dispatch, is the source's words;
- a fraction in words bounding the share of two figures the article shows (« sur 80 ans, il en
  a passé 48 … soit plus de la moitié ») is the writer's true sum; on the wrong side it is still
  flagged;
- from heldout-r22's honest rewrite r22-t2 (a development set, read after the set's blind
  measures), a pledge (« s'était engagé à ramener ») gives what it governs as to come, and a
  quotation's first article may agree with the writer's sentence (« les plus importantes
  baisses … » for the source's « des plus importantes baisses … »)."""

from __future__ import annotations

import tomllib

from engine.gate.claims.speakers import same_person
from tests.conftest import DATA
from tests.pairs import Pairs

SABRE = Pairs(
    "sabre",
    """Escrime : la Polonaise Nowak en or au sabre

14 août 2016 . – La Polonaise Anna Nowak s'est offert le titre olympique de sabre mardi à \
Londres, en battant la championne du monde en titre Clara Vidal 15 touches à 13. C'est la \
première fois depuis 2004 que l'or échappe aux Espagnoles au sabre féminin.

C'est pourtant la tireuse espagnole qui a mené au début.""",
)
SABRED = """Nowak en or

La Polonaise Anna Nowak s'est offert le titre olympique de sabre, mardi, à Londres. En finale, \
elle a battu {} Clara Vidal, championne du monde en titre, sur le score de 15 touches à 13."""


def test_a_nationality_heading_another_name_than_the_sources_is_no_swap() -> None:
    # before: hard « says «espagnole» where the source says «polonaise» »
    found = SABRE.findings(SABRED.format("l'Espagnole"), "roles")
    assert [f.severity for f in found] == ["review"]


def test_a_nationality_the_source_says_nowhere_is_still_hard() -> None:
    found = SABRE.findings(SABRED.format("l'Allemande"), "roles")
    assert "hard" in [f.severity for f in found]


def test_the_sources_nationality_given_to_the_other_fencer_is_still_hard() -> None:
    text = SABRED.replace("La Polonaise Anna Nowak", "L'Espagnole Anna Nowak")
    found = SABRE.findings(text.format("la Polonaise"), "roles")
    assert "hard" in [f.severity for f in found]


def test_a_name_run_on_to_its_verb_is_the_person() -> None:
    # before: « Trump avouât » and « Donald Trump » were two people
    assert same_person("Trump avouât", "Donald Trump")
    assert same_person("Donald Trump", "Trump avouât")
    assert not same_person("Trump avouât", "Kim Jong-un")
    assert not same_person("Macron déclare", "Édouard Philippe")


DISPATCH = Pairs(
    "dispatch",
    """Bretagne : un phare centenaire rouvre au public après 12 ans de travaux

4 mai 2019. – Le phare de Kerbel, construit en 1907, rouvre samedi au public. Les travaux ont \
coûté 2 millions d'euros.""",
)
DISPATCHED = """Le phare de Kerbel rouvre

Une dépêche du 4 mai 2019, titrée « {} », l'annonce : le phare de Kerbel, construit en 1907, \
rouvre samedi au public. Les travaux ont coûté 2 millions d'euros."""


def test_the_sources_title_quoted_is_its_words() -> None:
    # before: hard « quotation not in the source »
    title = "Bretagne : un phare centenaire rouvre au public après 12 ans de travaux"
    assert DISPATCH.findings(DISPATCHED.format(title), "verbatim") == []


def test_a_title_quoted_with_a_word_changed_is_still_hard() -> None:
    title = "Bretagne : un phare centenaire rouvre au public après 15 ans de travaux"
    found = DISPATCH.findings(DISPATCHED.format(title), "verbatim")
    assert [f.severity for f in found] == ["hard"]


LIFE = Pairs(
    "life",
    """Belgique : mort d'un ancien détenu célèbre

2 février 2020. – Marcel Dewit est mort samedi à 80 ans. Il avait passé 48 ans en prison.""",
)
LIVED = """Marcel Dewit est mort

Marcel Dewit est mort samedi. Sur 80 ans de vie, il en a passé 48 en prison, soit {} de son \
existence."""
LIVED_AFTER = """Marcel Dewit est mort

Marcel Dewit est mort samedi, après 48 ans passés en prison. Il avait donc passé {} de sa vie \
derrière les barreaux."""


def test_a_fraction_bounding_the_share_of_the_figures_shown_is_the_writers_sum() -> None:
    # before: hard « percentage not in the source «moitié» »
    assert LIFE.findings(LIVED.format("plus de la moitié"), "figures") == []
    assert LIFE.findings(LIVED_AFTER.format("plus de la moitié"), "figures") == []


def test_a_fraction_on_the_wrong_side_of_that_share_is_still_hard() -> None:
    for text in (LIVED, LIVED_AFTER):
        for fraction in ("moins de la moitié", "plus des trois quarts"):
            found = LIFE.findings(text.format(fraction), "figures")
            assert "hard" in [f.severity for f in found], fraction


# From heldout-r22's honest rewrite r22-t2 (its controls were all refused with it), read after
# the set's blind measures: a pledge (« s'engager à ») gives what it governs as to come, and a
# quotation's first article may agree with the writer's sentence.
PLEDGE = Pairs(
    "pledge",
    """Canada : le gouvernement présente son budget

3 avril 2018. – Le ministre des Finances a présenté mardi son budget, qui comprendra des hausses \
de dépenses « ciblées ». « Ce sera, je crois, le plus gros effort jamais consenti pour le rail », \
a-t-il ajouté. Pendant la campagne, le parti avait promis de faire passer la taxe sur l'essence \
de 12 % à 8 %.""",
)
PLEDGED = """Le budget présenté

Le ministre des Finances a présenté mardi son budget, qui serait selon lui « {} ». Pendant la \
campagne, le parti s'était engagé à {} la taxe sur l'essence de 12 % à 8 %."""


def test_a_pledge_gives_what_it_governs_as_to_come() -> None:
    # the sentence written here does not draw the tagger's reading the rewrite's did: that one
    # is read from heldout-r22 (a development set). Before: modality, hard « gives as done
    # («ramener») what the source gives as to come » for « s'était engagé à ramener »
    case = tomllib.loads((DATA / "blind" / "heldout-r22" / "r22-t2.toml").read_text("utf-8"))
    written = Pairs("r22-t2", case["source"])
    assert "s'était notamment engagé à ramener" in case["honest"]
    found = written.findings(case["honest"])
    assert [(f.rule, f.severity) for f in found if f.severity == "hard"] == []


def test_a_quotations_first_article_agreed_with_the_sentence_is_its_words() -> None:
    # before: verbatim, hard « quotation not in the source » (« le » for the source's « le » is
    # kept; « un plus gros effort » for it is agreed with « serait … »)
    text = PLEDGED.format("un plus gros effort jamais consenti pour le rail", "ramener")
    assert PLEDGE.findings(text, "verbatim") == []


def test_a_quotation_with_another_word_is_still_hard() -> None:
    text = PLEDGED.format("le plus gros effort jamais consenti pour la route", "ramener")
    found = PLEDGE.findings(text, "verbatim")
    assert [f.severity for f in found] == ["hard"]
