"""Readings drawn from round 16: heldout-r7 (a development set) and honest-r25 (read by the lead
after its blind measures at the round's start and at the engineers' end — not blind —); the
sentences are written here (but one, from a control of heldout-r21):

- a nationality the source says only near a person's name, of someone else (« du Suédois Lars
  Berg et de son compatriote Nils Eklund », whose « son » may be the sentence subject's), is no
  nationality of his own: an article that gives him another one may have read « son
  compatriote » as the subject's — a review, not a hard finding;
- a nationality the source writes beside his own name is his: another one is still hard;
- a group named by its number (« les Vingt-Huit », the member states) is no person;
- the subject of a passive (« X est décrit comme … ») undergoes what its agent does: the source's
  agent (« … par Y ») is no actor it takes the place of;
- an hour in words « du soir » or « de l'après-midi » is twelve hours on (« vers dix heures du
  soir » is the source's « 22 heures »);
- a verb the tagger reads as a future but the sentence writes in the present (« accueille ») puts
  nothing in the future.

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import DATA
from tests.pairs import Pairs

SKIERS = Pairs(
    "skiers",
    """Ski de fond : le Norvégien Ola Haugen s'impose à Lahti

4 mars 2018. – Le Norvégien Ola Haugen a remporté dimanche le 15 km de Lahti, sa troisième \
victoire de l'hiver.

Le départ a été donné à 11 heures sous la neige. La course s'est jouée dans le dernier tour. \
Suivi par le Finlandais Mika Virtanen, le Suédois Lars Berg et son compatriote Nils Eklund, le \
vainqueur a attaqué dans la dernière montée pour s'imposer avec douze secondes d'avance.""",
)
RACE = """Ola Haugen s'impose à Lahti

Dimanche, Ola Haugen a gagné le 15 km de Lahti, sa troisième victoire de l'hiver. Suivi par le \
Finlandais Mika Virtanen, le Suédois Lars Berg et {}, le vainqueur a attaqué dans la \
dernière montée et s'est imposé avec douze secondes d'avance."""


def test_a_nationality_said_only_near_the_name_is_not_his_for_certain() -> None:
    found = SKIERS.findings(RACE.format("son compatriote norvégien Nils Eklund"), "roles")
    assert [f.severity for f in found] == ["review"]


def test_the_nationality_written_beside_his_own_name_is_his() -> None:
    found = SKIERS.findings(RACE.format("le Danois Mika Virtanen"), "roles")
    assert [f.severity for f in found if "Virtanen" in f.message] == ["hard"]


COUNCIL = Pairs(
    "council",
    """Union européenne : l'ambassadeur à Oslo rappelé

12 mai 2019. – Lors du Conseil européen des 10 et 11 mai 2019, les 28 États membres de l'Union \
européenne ont décidé de rappeler Anna Keller, leur ambassadrice à Oslo, à la demande du \
gouvernement irlandais.""",
)
COUNCILLED = """L'UE rappelle son ambassadrice à Oslo

Réunis les 10 et 11 mai 2019, les États membres de l'Union européenne ont rappelé Anna Keller, \
leur ambassadrice à Oslo. La demande irlandaise se trouve au cœur de la décision {}."""


def test_a_group_named_by_its_number_is_no_person() -> None:
    # before: « person not in the source «Vingt-Huit» », hard
    found = COUNCILLED.format("des Vingt-Huit")
    assert [f.message for f in COUNCIL.findings(found, "people")] == []


def test_an_invented_person_is_still_one() -> None:
    found = COUNCIL.findings(COUNCILLED.format("de Paul Verhoeven"), "people")
    assert [(f.severity, f.value) for f in found] == [("hard", "Paul Verhoeven")]


PRIZE = Pairs(
    "prize",
    """Sciences : mort du chimiste Paul Arnaud

9 avril 2019. – Le chimiste Paul Arnaud est mort lundi à Lyon, à 81 ans. Pionnier de la chimie \
verte, il est décrit comme « un maître exigeant » par Claire Morel, directrice de l'institut \
Lumière.""",
)
PRIZED = """Mort du chimiste Paul Arnaud

Le chimiste Paul Arnaud est mort lundi à Lyon, à 81 ans. {} comme « un maître exigeant » par la \
directrice de l'institut Lumière."""


def test_a_passive_subject_is_not_the_agent_of_the_source() -> None:
    # before: « makes Paul Arnaud the actor where the source names Claire Morel », hard
    found = PRIZE.findings(PRIZED.format("Pionnier de la chimie verte, Paul Arnaud est décrit"))
    assert [f.message for f in found if f.severity == "hard"] == []


def test_who_describes_whom_reversed_is_still_flagged() -> None:
    text = PRIZED.replace(" par la directrice de l'institut Lumière", " par Paul Arnaud")
    found = PRIZE.findings(text.format("Pionnière de la chimie verte, Claire Morel est décrite"))
    assert [(f.severity, f.rule) for f in found] == [("review", "agents")]


STORM = Pairs(
    "storm",
    """Bretagne : un orage coupe le courant à Brest

3 juin 2019. – Samedi aux environs de 22 heures, un orage a privé d'électricité 4 000 foyers de \
Brest. Le courant est revenu dimanche vers 15 heures.""",
)
STORMED = """Un orage coupe le courant à Brest

Samedi, vers {}, un orage a privé d'électricité 4 000 foyers brestois. Le courant est revenu \
dimanche vers 15 heures."""


def test_an_hour_of_the_evening_in_words_is_the_twelve_hour_clock() -> None:
    # before: « date not in the source «dix heures» », hard
    assert STORM.findings(STORMED.format("dix heures du soir"), "figures") == []


def test_another_hour_of_the_evening_is_still_flagged() -> None:
    found = STORM.findings(STORMED.format("neuf heures du soir"), "figures")
    assert [f.severity for f in found] == ["hard"]


# heldout-r21's control r21-s5 (a development set): the tagger reads its « accueille » as a
# future (Tense=Fut); the sentences written here with another event did not draw that reading.
_MINSK = tomllib.loads((DATA / "blind" / "heldout-r21" / "r21-s5.toml").read_text("utf-8"))
FESTIVAL = Pairs("minsk", _MINSK["source"])
FESTIVE = _MINSK["honest"].replace(" accueille la septième", " {} la septième")


def test_a_present_the_tagger_reads_as_a_future_is_no_future() -> None:
    assert FESTIVAL.findings(FESTIVE.format("accueille"), "tense") == []


@pytest.mark.parametrize("verb", ["accueillera bientôt", "recevra bientôt"])
def test_a_future_for_what_the_source_dates_before_its_own_date_is_still_hard(verb: str) -> None:
    found = FESTIVAL.findings(FESTIVE.format(verb), "tense")
    assert [f.severity for f in found] == ["hard"]


@pytest.mark.parametrize("verb", ["accueillera", "recevra"])
def test_a_plain_future_dated_before_the_sources_date_is_a_review(verb: str) -> None:
    # round 17 (F-C): placed ahead by no word, it may be the future of narration
    # (tests/test_claims_round17.py), a review
    found = FESTIVAL.findings(FESTIVE.format(verb), "tense")
    assert [f.severity for f in found] == ["review"]
