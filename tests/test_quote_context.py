"""A short quotation (one to three words) in its context (engine.gate.claims.speakers with
engine.gate.claims.polarity.denied): it is out of its context when the article denies it where the
source does not, or the reverse — but a negation denies only what its clause says (an object,
an attribute, a complement, or one clause below a verb like « refuser »), not the clause's
subject, a name given to a noun, nor a word below a negated modal or verb of feeling; and
« ne … plus que » restricts, it does not deny (issue 19: « handlers »,
« Jamaïque », « nos jeunes radicalisés » were flagged on honest rewrites)."""

from __future__ import annotations

import pytest

from engine.gate.findings import Finding
from scripts.fidelity_eval import CaseFile, Variant, brief_of, edited, fidelity
from tests.pairs import Pairs

SOURCE = """Municipales : le maire sortant battu

Le maire sortant, Paul Renard, a refusé de parler de « défaite » dimanche soir. Il a souhaité \
« bonne chance » à son successeur, Marc Dubois. « Nous, les élus, n'en pouvons plus de voir \
partir nos commerçants découragés », avait-il lancé pendant la campagne. Il est interdit aux \
« assesseurs » qui tiennent les bureaux de vote de donner une consigne. La seule option pour \
gouverner est désormais une alliance « arc-en-ciel » avec les écologistes."""

HONEST = """Le maire sortant Paul Renard a refusé de parler de « défaite » dimanche soir. Beau \
joueur, il a souhaité « bonne chance » à Marc Dubois, son successeur. En parlant de « nos \
commerçants découragés », il ne visait pas uniquement les élus. Les « assesseurs », qui tiennent \
les bureaux de vote, n'ont pas le droit de donner une consigne. Pour gouverner, il n'y a plus \
qu'une piste : l'alliance « arc-en-ciel » avec les écologistes."""

CASE = CaseFile("quotes", SOURCE, HONEST, ())


def variant(find: str, replace: str) -> Variant:
    return Variant("quotes", 0, "fragment", find, replace, None)


def out_of_context(text: str) -> list[str]:
    found: list[Finding] = fidelity(text, brief_of(CASE))
    return [f.message for f in found if not f.passed and "out of its context" in f.message]


def test_quotations_whose_clause_is_negated_elsewhere_stay_in_context() -> None:
    # « commerçants » is denied two clauses below « ne pouvons plus » in the source and not in
    # the article; « assesseurs » is the subject of « n'ont pas le droit »; « arc-en-ciel » names
    # the alliance of « il n'y a plus qu'une piste »
    assert out_of_context(HONEST) == []


@pytest.mark.parametrize(
    ("find", "replace", "quote"),
    [
        ("a refusé de parler de « défaite »", "a reconnu sa « défaite »", "défaite"),
        ("il a souhaité « bonne chance »", "il a refusé de souhaiter « bonne chance »",
         "bonne chance"),
        ("il a souhaité « bonne chance »", "il n'a pas souhaité « bonne chance »", "bonne chance"),
        ("a refusé de parler de « défaite »", "a parlé de « défaite »", "défaite"),
    ],
)  # fmt: skip
def test_a_quotation_denied_on_one_side_only_is_out_of_its_context(
    find: str, replace: str, quote: str
) -> None:
    found = out_of_context(edited(CASE, variant(find, replace)))
    assert [m for m in found if f"quotes «{quote}» out of its context" in m], found


SPEAKER_SOURCE = """Primaire : une candidate de plus

Claire Martin avait été écartée de la direction du parti, accusée par Paul Renard de prendre \
trop de libertés. Elle se présente aujourd'hui comme la seule à lui tenir tête : « Je suis la \
seule à l'ouvrir contre Paul Renard ». Elle juge que les autres candidats sont des \
« hypocrites »."""


@pytest.mark.parametrize(
    ("article", "flagged"),
    [
        ("Claire Martin juge les autres candidats « hypocrites ».", False),
        ("Paul Renard juge les autres candidats « hypocrites ».", True),
    ],
)
def test_a_pronoun_leading_sentences_goes_on_with_the_same_speaker(
    article: str, flagged: bool
) -> None:
    # « Elle » is still Claire Martin after a sentence that quotes her naming Renard
    case = CaseFile("speaker", SPEAKER_SOURCE, article, ())
    found = [f.message for f in fidelity(article, brief_of(case)) if not f.passed]
    given = [m for m in found if "gives «hypocrites» to" in m]
    assert bool(given) is flagged, found


# A denied doubt affirms what it is about: « il n'y avait « aucun doute » sur le marché
# « conforme » » says the deal is « conforme », so the article that says so quotes the source in
# its context (issue 19, round 6: « légal », « parfaitement transparent »).
DOUBT_SOURCE = """Marchés publics : le maire de Vierzon se défend

9 mars 2026. – Le maire de Vierzon, Hugo Lambert, conteste les accusations de favoritisme, \
affirmant qu'il n'y avait « aucun doute » sur le marché « conforme » et « entièrement public » \
passé avec l'entreprise Batifer. L'opposition réclame un audit du contrat de voirie. Le conseil \
municipal se réunira le 20 mars."""
DOUBT_HONEST = """Le maire de Vierzon se défend

Accusé de favoritisme, le maire de Vierzon, Hugo Lambert, conteste. Pour lui, il n'y a « aucun \
doute » : le marché passé avec l'entreprise Batifer était « conforme » et « entièrement public \
». L'opposition demande un audit du contrat de voirie. Le conseil municipal se réunira le 20 \
mars."""
DOUBT = CaseFile("quotes-doubt", DOUBT_SOURCE, DOUBT_HONEST, ())


def doubt_out_of_context(find: str, replace: str) -> list[str]:
    text = edited(DOUBT, Variant("quotes-doubt", 0, "fragment", find, replace, None))
    found: list[Finding] = fidelity(text, brief_of(DOUBT))
    return [f.message for f in found if not f.passed and "out of its context" in f.message]


@pytest.mark.parametrize(
    ("find", "replace"),
    [
        ("Pour lui", "Pour lui"),  # the honest rewrite itself
        ("était « conforme » et « entièrement public »",
         "était « entièrement public »"),
        ("Pour lui, il n'y a « aucun doute » : le marché passé avec l'entreprise Batifer était",
         "Il assure que le marché passé avec l'entreprise Batifer était"),
    ],
)  # fmt: skip
def test_words_a_denied_doubt_is_about_are_affirmed(find: str, replace: str) -> None:
    assert doubt_out_of_context(find, replace) == []


def test_those_words_denied_in_the_article_are_still_out_of_their_context() -> None:
    found = doubt_out_of_context("était « conforme »", "n'était pas « conforme »")
    assert any("«conforme» out of its context" in m for m in found), found


# A capitalised quotation set after the noun it names, as the source sets it there (« le
# collectif « Lyon demain! » »; the sentence splitter may cut after its « ! »), is a name, no
# speech: its context is not judged (issue 19, round 6: « le mouvement « En marche! » » beside
# « ne s'appuie sur aucun parti »).
NAMING = Pairs(
    "quotes-naming",
    """Lyon : Paul Roche candidat à la mairie

2 février 2026. – L'ancien banquier Paul Roche a annoncé mardi sa candidature à la mairie de \
Lyon. Il ne s'inscrit pas dans un parti et a fondé le collectif « Lyon demain! » en avril dernier \
pour soutenir sa campagne. Le premier tour aura lieu le 15 mars.""",
    """Paul Roche candidat à Lyon

L'ancien banquier Paul Roche a annoncé mardi sa candidature à la mairie de Lyon. Il ne s'appuie \
sur aucun parti, mais sur le collectif « Lyon demain! », fondé en avril dernier. Le premier tour \
aura lieu le 15 mars.""",
)
_SUPPORT = "Il ne s'appuie sur aucun parti, mais sur le collectif « Lyon demain! », fondé en avril"
NAMED = [
    NAMING.case.honest,
    NAMING.variant("honest", _SUPPORT,
                   "Il n'est membre d'aucun parti et ne compte que sur le collectif « Lyon demain! "
                   "», fondé en avril"),
    NAMING.variant("honest", _SUPPORT,
                   "Il ne veut dépendre d'aucun parti et ne mise que sur le collectif « Lyon "
                   "demain! », fondé en avril"),
    NAMING.variant("honest", _SUPPORT,
                   "Il ne doit rien à un parti, tout au collectif « Lyon demain! », fondé en "
                   "avril"),
]  # fmt: skip


@pytest.mark.parametrize("case", NAMED, ids=["honest", "membre", "dépendre", "doit"])
def test_a_name_in_quotation_marks_after_the_noun_it_names_is_no_speech(case: object) -> None:
    NAMING.draws_nothing(case, "quotations")  # type: ignore[arg-type]
