"""People who share a surname (engine.gate.source_index roles): the roles of a person are those
of the sentences naming that person, in full or by the surname alone; a sentence naming in full
another person of the same surname names someone else (« le général Raheel Sharif » is not « le
Premier ministre Nawaz Sharif »), and its titles are not this person's.

A source of our own; each distortion edits one sentence of an honest rewrite and must draw a
`roles` finding; each honest variant must draw none."""

from __future__ import annotations

from functools import partial

from tests.pairs import CERTAIN, Case, Pairs, each

SOURCE = """Pakistan : l'armée change de chef

29 novembre 2016. – Le Premier ministre Nawaz Sharif a nommé le général Qamar Javed Bajwa à la \
tête de l'armée pakistanaise. Le nouveau chef remplace le général Raheel Sharif, qui part à la \
retraite. Le président Mamnoon Hussain a salué Raheel Sharif lors d'une cérémonie à Rawalpindi. \
Sharif a rappelé que l'armée restait au service du pays."""

HONEST = """L'armée pakistanaise change de chef

Le Premier ministre Nawaz Sharif a nommé le général Qamar Javed Bajwa à la tête de l'armée \
pakistanaise. Il succède au général Raheel Sharif, qui prend sa retraite. Lors d'une cérémonie à \
Rawalpindi, le président Mamnoon Hussain a salué Raheel Sharif."""

PAIRS = Pairs("shared-surname", SOURCE, HONEST)
variant = partial(PAIRS.variant, "role")
DISTORTIONS = [
    # the president is Mamnoon Hussain, named beside Raheel Sharif, never beside Nawaz Sharif
    variant("Le Premier ministre Nawaz Sharif", "Le président Nawaz Sharif", "président"),
]
HONEST_VARIANTS = [
    variant("Le Premier ministre Nawaz Sharif", "Nawaz Sharif"),
    variant("au général Raheel Sharif", "au général Sharif"),
    variant("a salué Raheel Sharif", "a salué le général Raheel Sharif"),
]


@each(DISTORTIONS)
def test_a_title_of_another_person_of_the_same_surname_is_flagged(case: Case) -> None:
    PAIRS.draws(case, "roles", CERTAIN)


@each(HONEST_VARIANTS)
def test_a_title_of_the_person_is_no_finding(case: Case) -> None:
    PAIRS.draws_nothing(case, "roles")


def test_the_honest_rewrite_draws_no_role_finding() -> None:
    PAIRS.draws_nothing(HONEST, "roles")


MURRAY = """Triathlon : New Plymouth pour Murray

13 mars 2016. – Le Sud-Africain Richard Murray a remporté dimanche l'épreuve de coupe du monde \
de New Plymouth. Murray devance le Néo-Zélandais Ryan Sissons."""

MURRAY_PAIRS = Pairs("murray", MURRAY)


def test_a_surname_alone_is_the_person_named_in_full_whatever_the_order() -> None:
    """« Murray » of the title is « Richard Murray »: the sentence naming him in full is his, and
    « Richard Murray » is read as himself (not as « Murray » of the title, beside New Plymouth),
    in whatever order the index holds them."""
    from types import SimpleNamespace

    from engine.gate.claims.roles import _source_person
    from engine.gate.source_index import source_index
    from scripts.fidelity_eval import brief_of

    index = source_index(brief_of(MURRAY_PAIRS.case))
    assert "sud-africain" in index.roles["Murray"]
    for order in (list(index.roles), list(reversed(index.roles))):
        shuffled = SimpleNamespace(roles={p: index.roles[p] for p in order})
        assert _source_person("Richard Murray", shuffled) == "Richard Murray"  # type: ignore[arg-type]
    text = "Murray s'impose à New Plymouth\n\nLe Sud-Africain Richard Murray s'est imposé dimanche."
    MURRAY_PAIRS.draws_nothing(text, "roles")
