"""Facts told as the source tells them, or worked out from what it shows, that drew a false hard
finding (issue 19, round 10; the classes come from the lead's reading of round 10's judges, the
sentences are written here):

- a weekday the source itself pairs with a date, even where the calendar disagrees (« le mardi
  5 novembre » in a story of 2018: the source's pairing, not the writer's);
- a weekday and a day of the month with no month (« Jeudi 8 »), in the month of the dateline
  or the one before, written out in full (« le jeudi 8 novembre »);
- a share said of a one in N (« la moitié des arrondissements » for « un arrondissement sur
  deux »), in the sentence restated or in any sentence saying it of the same noun;
- an adjective between a number and its noun (« les 90 prochains jours »): the noun is counted;
- an order of magnitude that holds a figure of the same noun (« un millier de coureurs » for
  « près de 1 000 coureurs ») where the source says orders of its own too;
- a nationality said of what a verb acts on (« évoque un gisement russe »), not of its subject
  (read by `read_roles`);
- a quotation after two names joined behind one preposition (« entre le député A et le
  ministre B, une petite phrase, « … » »): given to neither;
- one word quoted in its dictionary form (« le verbe « s'effondrer » »).

The same sentences with the fact changed are still flagged."""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

SOURCE = """Marseille : des immeubles s'effondrent, huit morts

10 novembre 2018. – Le mardi 5 novembre, au matin, deux immeubles de la rue d'Aubagne se sont \
effondrés. Le bilan s'est alourdi. Jeudi 8, les recherches ont été suspendues pour la \
journée.

Le ramassage des ordures n'est plus assuré que dans un arrondissement sur deux. Près de 1 000 \
habitants ont été évacués, dont une centaine d'enfants. La mairie restera vigilante dans les \
prochains 90 jours.

Le géologue Marc Dumas décrit un sol fragile. Lors d'un débat, la députée Anne Roux a lancé au \
ministre Paul Girard : « Ce n'est pas ma faute »."""

HONEST = """Marseille : huit morts après l'effondrement d'immeubles

Le mardi 5 novembre 2018, au matin, deux immeubles de la rue d'Aubagne se sont effondrés. Le \
verbe « s'alourdir » dit bien ce qu'est devenu le bilan. Le jeudi 8 novembre, les recherches ont \
été suspendues pour la journée.

Les ordures ne sont plus ramassées que dans la moitié des arrondissements. Environ un millier \
d'habitants ont été évacués, dont une centaine d'enfants. La mairie restera vigilante pendant \
les 90 prochains jours.

Le géologue Marc Dumas décrit un sol fragile. Tout part d'un débat entre \
la députée Anne Roux et le ministre Paul Girard, et d'une réplique, « Ce n'est pas ma faute »."""

PAIRS = Pairs("as-the-source-says", SOURCE, HONEST)


def test_facts_said_as_the_source_says_draw_no_hard_finding() -> None:
    # before: « mardi » called a lundi, « 8 novembre » not in the source, « moitié » not in the
    # source, « 90 prochain » counting another thing, « un millier » not in the source,
    # « russe » called Marc Dumas's nationality, the réplique given to Paul Girard,
    # « s'alourdir » no quotation of the source
    hard = [f.message for f in PAIRS.findings(HONEST) if f.severity == "hard"]
    assert hard == [f for f in hard if "is missing" in f]  # what the brief asks kept, aside


@pytest.mark.parametrize(
    ("find", "replace", "fragment"),
    [
        ("Le mardi 5 novembre 2018", "Le mercredi 5 novembre 2018", "mercredi"),
        ("Le jeudi 8 novembre", "Le jeudi 9 novembre", "9 novembre"),
        ("la moitié des arrondissements", "un tiers des arrondissements", "tiers"),
        ("les 90 prochains jours", "les 60 prochains jours", "60"),
        ("Environ un millier d'habitants", "Environ dix mille habitants", "dix mille"),
        (
            "entre la députée Anne Roux et le ministre Paul Girard, et d'une réplique,",
            "où le ministre Paul Girard a lancé la réplique",
            "Paul Girard",
        ),
        ("« s'alourdir »", "« s'écrouler »", "s'écrouler"),
    ],
)
def test_the_same_facts_changed_are_flagged(find: str, replace: str, fragment: str) -> None:
    assert HONEST.count(find) == 1
    found = PAIRS.findings(HONEST.replace(find, replace))
    assert [f.message for f in found if f.severity == "hard" and fragment in f.message]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        ("Le géologue Marc Dumas évoque un gisement russe.", {}),
        ("Marc Dumas a acheté une voiture allemande hier.", {}),
        ("Le géologue russe Marc Dumas évoque un gisement.", {"Marc Dumas": frozenset({"russe"})}),
        ("Marc Dumas, géologue russe, évoque un gisement.", {"Marc Dumas": frozenset({"russe"})}),
    ],
)
def test_a_nationality_is_the_persons_only_when_said_of_him(
    sentence: str, roles: dict[str, frozenset[str]]
) -> None:
    from engine.gate.claims.roles import read_roles
    from engine.gate.statements import _ents
    from engine.text.nlp import parse

    sent = next(iter(parse([sentence])[0].sents))
    assert read_roles(list(sent), _ents(sent)) == roles


STRIKE = Pairs(
    "named-some",
    """Grève : des musées fermés

3 mars 2019. – En raison de la grève, seraient fermés notamment les musées de Lyon, de Nantes \
et de Lille, selon la radio locale. Les syndicats demandent une hausse des salaires.""",
)


@pytest.mark.parametrize(
    ("sentence", "widened"),
    [
        # « notamment les musées de … » names some of them: « plusieurs », « certains » say so
        ("Selon la radio locale, plusieurs musées seraient fermés en raison de la grève.", False),
        ("En raison de la grève, certains musées seraient fermés, dont celui de Lille.", False),
        (
            "Selon la radio locale, les musées de Lyon, de Nantes et de Lille seraient fermés.",
            False,
        ),
        # … and all of them is more than the source says
        ("Selon la radio locale, tous les musées seraient fermés en raison de la grève.", True),
        ("En raison de la grève, l'ensemble des musées seraient fermés.", True),
    ],
)
def test_a_list_after_notamment_names_some(sentence: str, widened: bool) -> None:
    found = STRIKE.findings(f"Grève : des musées fermés\n\n{sentence}", "scope")
    assert [f.severity for f in found] == (["review"] if widened else []), [
        f.message for f in found
    ]
