"""People, round 18 (F-B): who did what to whom, read where the words say it.

- A town named bare after « à » (« lancée à Toronto », « remis à Genève ») is where the act
  happens, not one it is done to (agents._located): « Toronto lance une alerte » for « une
  alerte a été lancée à Toronto » turns nothing round. « à la Syrie », with its article, may still
  be given to.
- A past participle with no auxiliary, its subject before it, as a title writes (« Robert Mugabe
  confiné », « Un prix remis à Genève »), is a passive: the subject undergoes it
  (agents._headline_participle), unless the verb takes « être » in the past (« arrivé »).
- A name after a present participle is its object (« violant ainsi le Logan Act »), as after an
  infinitive (agents._present_participle).
- « à commencer par X » names X first among others: no one begins anything (lexicon
  idiom_infinitives).
- A verb said by its converse (« remettre » for « recevoir ») turns its giver and its receiver
  round, never what is given (Place.theme): « a remis le prix à X » for « X a reçu le prix ».
- Through another verb, no name on either side, one noun's place for another's is a converse
  said otherwise (« le biologiste reçoit le prix » for « … a été récompensé par le prix »): no
  finding (agents.compare).
- A name set right after the common noun that is its verb's subject (« Le coureur français Paul
  Girard a remporté … ») is that verb's actor (actors._named_subject): another source person
  given his win is flagged (a review: the alignment of a shortened sentence is loose).
- The distorted twins, both places of one word exchanged between two names, stay hard.
- The subject of a passive whose attribute holds the quotation (« Paul Lenoir est décrit comme
  « un pionnier » ») is whom the words describe, not their author (speakers._described): the
  author is « par X », or no one said. Given to another « par X », still hard.
- Actors: a passive's subject does not stand in the place of the agent the source gives
  (« X est décrit comme … » of « il est décrit comme … par Y »); a country does not stand in the
  place of its own people (« l'Espagne » for « les Espagnols »); « les Vingt-Huit » is a count,
  no name absent from the source; the « elle » opening a source sentence stands for the subject
  of the sentence before it, whomever the reading carried (actors._subject_before).

A source of our own; none of these sentences is a corpus sentence.
"""

from __future__ import annotations

import pytest

from tests.pairs import Pairs

PRIX = Pairs(
    "prix",
    """Prix : une journaliste kényane distinguée à Genève

5 mars 2025. – La journaliste kényane Amina Otieno a reçu lundi à Genève le prix Hirondelle, \
décerné chaque année par la fondation Lumen. Le jury a remis le trophée à Amina Otieno devant \
trois cents invités. Une cérémonie a également été organisée à Nairobi. La plupart des lauréats \
sont africains, à commencer par le doyen du jury, Jean-Pierre Mwangi. Le mois dernier, la \
fondation Lumen avait récompensé le photographe Paul Okoro.""",
)
_PEOPLE = {"roles", "names", "actors", "entities", "people", "swaps", "quotations", "agents"}


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity)
        for f in PRIX.findings(f"Une journaliste distinguée\n\n{text}", _PEOPLE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a town after « à »: where, not to whom (both drew « makes Genève act on … » before)
        "Un prix Hirondelle remis lundi à Genève.",
        "Nairobi organise aussi une cérémonie.",
        # a title's participle: a passive
        "Amina Otieno récompensée lundi à Genève.",
        "Paul Okoro récompensé le mois dernier par la fondation Lumen.",
        "Genève a accueilli lundi la remise du prix Hirondelle.",
        "Les membres du jury sont africains, à commencer par Jean-Pierre Mwangi, leur doyen.",
        # a converse verb: what is given stays given (« makes prix act on fondation » before)
        "La fondation Lumen a remis lundi le prix Hirondelle à Amina Otieno.",
        "Un prix Hirondelle remis lundi à Amina Otieno.",
    ],
)
def test_who_did_what_read_where_the_words_say_it(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # both places of one word exchanged between two names: certain
        ("Paul Okoro a récompensé la fondation Lumen le mois dernier.", ("agents", "hard")),
        # a person after « à » is still the one given to; the giver turned round: flagged
        ("Amina Otieno a remis le trophée au jury.", ("agents", "review")),
        (
            "Amina Otieno a remis lundi le prix Hirondelle à la fondation Lumen.",
            ("agents", "review"),
        ),
    ],
)
def test_the_places_exchanged_still_flagged(text: str, found: tuple[str, str]) -> None:
    assert found in _found(text)


def _places(sentence: str) -> set[tuple[str, str, frozenset[str]]]:
    from engine.gate.slots import agents
    from engine.text.nlp import parse

    doc = parse([sentence])[0]
    # a verb's places (not the mark of every noun the sentence holds: agents.MENTION)
    return {(p.role, p.predicate, p.words) for p in agents.read(list(doc)) if p.verb >= 0}


def test_a_name_after_a_present_participle_is_its_object() -> None:
    places = _places("Le comité a siégé à huis clos, violant ainsi le Logan Act.")
    assert not [p for p in places if p[0] == "agent" and "logan" in p[2]]


def test_a_title_s_participle_is_undergone() -> None:
    assert ("patient", "confiner", frozenset({"robert", "mugabe"})) in _places(
        "Robert Mugabe confiné"
    )
    # a verb that takes « être » in the past: he arrived, he does it
    assert not [p for p in _places("Robert Mugabe arrivé à Harare") if p[0] == "patient"]


def test_a_town_after_a_is_no_one_given_to() -> None:
    assert not [p for p in _places("Une alerte a été lancée à Toronto.") if "toronto" in p[2]]
    # with its article, a country may be given to; named bare, too
    given = _places("La Russie a remis des documents à la Syrie.")
    assert not [p for p in given if p[0] == "agent" and "syrie" in p[2]]
    assert ("patient", "critiquer", frozenset({"arabie", "saoudite"})) in _places(
        "Le prince a critiqué fortement à Arabie Saoudite."
    )


def test_a_commencer_par_names_no_agent() -> None:
    places = _places("Ce sont des proches du président, à commencer par Alain-Guillaume Bunyoni.")
    assert not [p for p in places if p[1] == "commencer"]


LENOIR = Pairs(
    "lenoir",
    """Sciences : hommage au chimiste Paul Lenoir

3 avril 2025. – Le chimiste Paul Lenoir est mort lundi à Lyon à 81 ans. Il est décrit comme « un \
pionnier de la catalyse » par la directrice du CNRS, Anne Vasseur. La ministre de la Recherche, \
Claire Martin-Dumas, ainsi que le maire de Lyon, Marc Brun, se sont rendus mardi à l'université. \
Martin-Dumas a donné des précisions sur la cérémonie. Elle a ainsi affirmé que « ses élèves \
seront présents ». Les ministres européens de la Recherche ont salué sa mémoire lundi soir. Chez \
les chimistes, les Espagnols Luis Molina et Pablo Ruiz ont dirigé l'hommage.""",
)


def _lenoir(text: str) -> list[tuple[str, str]]:
    found = LENOIR.findings(f"Hommage à Paul Lenoir\n\n{text}", _PEOPLE)
    return [(f.rule, f.severity) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # whom the quotation describes (hard « gives … to Paul Lenoir » before)
        "Paul Lenoir est décrit comme « un pionnier de la catalyse ».",
        "Paul Lenoir est qualifié de « pionnier de la catalyse » par Anne Vasseur.",
        "Selon Anne Vasseur, Paul Lenoir était « un pionnier de la catalyse ».",
        "Le chimiste est décrit comme un pionnier de la catalyse.",
        # the one the source's « Elle » stands for
        "Claire Martin-Dumas a affirmé que « ses élèves seront présents ».",
        # a count, a country for its people
        "Les Vingt-Huit ont salué sa mémoire lundi soir.",
        "Chez les chimistes, l'Espagne a dirigé l'hommage avec Luis Molina et Pablo Ruiz.",
    ],
)
def test_who_speaks_and_who_acts_as_the_source_says(text: str) -> None:
    assert _lenoir(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # another describer « par X »: certain
        (
            "Paul Lenoir est décrit comme « un pionnier de la catalyse » par Claire Martin-Dumas.",
            ("quotations", "hard"),
        ),
        ("Marc Brun a affirmé que « ses élèves seront présents ».", ("actors", "review")),
        ("L'OTAN a salué sa mémoire lundi soir.", ("actors", "review")),
        (
            "Chez les chimistes, l'Italie a dirigé l'hommage avec Luis Molina et Pablo Ruiz.",
            ("roles", "hard"),
        ),
    ],
)
def test_another_speaker_or_actor_still_flagged(text: str, found: tuple[str, str]) -> None:
    assert found in _lenoir(text)


def test_a_name_run_on_to_its_verb_ends_on_its_last_capitalised_word() -> None:
    from spacy.tokens import Span

    from engine.gate.slots import entities
    from engine.text.nlp import parse

    doc = parse(["Trump avouât que cette dénonciation était tardive."])[0]
    doc.ents = [Span(doc, 0, 2, label="PER")]  # the tagger's « Trump avouât »
    names = [n for n in entities.read(list(doc)) if isinstance(n, entities.Name)]
    assert [n.words for n in names] == [frozenset({"trump"})]


LILLE = Pairs(
    "lille",
    """Cyclisme : le Français Paul Girard gagne à Lille

6 avril 2025. – Le coureur français Paul Girard a remporté dimanche le Grand Prix de Lille, devant \
le Danois Erik Holm et l'Italien Marco Ricci. La ministre des Sports Anne Dubois a remis le \
trophée au vainqueur. Girard, 24 ans, signe sa deuxième victoire de la saison.""",
)


def _lille(text: str) -> list[tuple[str, str]]:
    found = LILLE.findings(f"Paul Girard gagne à Lille\n\n{text}", _PEOPLE)
    return [(f.rule, f.severity) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Girard a remporté dimanche le Grand Prix de Lille.",
        "Le Français Paul Girard s'est imposé dimanche à Lille, devant Erik Holm et Marco Ricci.",
        "Le coureur Paul Girard a devancé Erik Holm et Marco Ricci dimanche à Lille.",
        "Anne Dubois, ministre des Sports, a remis le trophée au vainqueur.",
        "La ministre Anne Dubois a remis le trophée à Paul Girard.",
        "Girard, 24 ans, a signé dimanche à Lille sa deuxième victoire de la saison.",
    ],
)
def test_the_winner_named_after_his_description(text: str) -> None:
    assert _lille(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # nothing drawn before: the source's subject was read as no one
        "Erik Holm a remporté dimanche le Grand Prix de Lille.",
        "Marco Ricci a remporté dimanche le Grand Prix de Lille, devant Erik Holm.",
    ],
)
def test_another_given_his_win_is_flagged(text: str) -> None:
    assert ("actors", "review") in _lille(text)


def test_a_place_after_a_preposition_the_parser_left_is_no_subject() -> None:
    from engine.gate.claims.actors import read_actors
    from engine.text.nlp import parse

    doc = parse(["À Cozumel, elle a terminé devant Julie Perrin."])[0]
    doc[0].head, doc[1].head = doc[0], doc[0]  # the parse the corpus drew: « À » heads the name
    doc[0].dep_, doc[1].dep_ = "ROOT", "nmod"
    place = next(a for a in read_actors(list(doc.ents)) if a.key == "Cozumel")
    assert (place.how, place.case) == ("mention", "à")


def test_one_spelling_for_another() -> None:
    from engine.gate.slots.entities import spelt_alike

    assert spelt_alike("Daech", "Daesch")
    assert spelt_alike("Kadhafi", "Mouammar Kadafi")
    assert not spelt_alike("Mali", "Bali")
    assert not spelt_alike("Dupont", "Dupond")
