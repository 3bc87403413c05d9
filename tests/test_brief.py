"""Brief: fact keys (symmetric between source and draft), keyphrase, word budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.brief import extract_facts, make_brief
from engine.brief.figures import figures
from engine.brief.quotes import quote_key
from engine.brief.source import parse_source, read_source
from engine.config import Settings
from tests.conftest import CLIENT_SEEDS, DATA

NBSP, NNBSP = "\u00a0", "\u202f"


def figure_keys(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.key) for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 000 manifestants", [("number", "10000")]),
        (f"50 200, 50{NBSP}200, 50{NNBSP}200 et 50200", [("number", "50200")] * 4),
        ("54 % des voix", [("percentage", "54%")]),
        ("1,4 % puis 1,4% et +1,4 pour cent", [("percentage", "1.4%")] * 3),
        ("(-0,7 %)", [("percentage", "0.7%")]),
        ("2,5 millions de votants", [("number", "2500000")]),
        ("2,5 millions d'euros, soit 2 500 000 €", [("amount", "2500000 EUR")] * 2),
        ("$5 milliards", [("amount", "5000000000 USD")]),
        (
            "du 9 au 11 juillet",
            [("date", "--07-09/--07-11"), ("number", "9"), ("number", "11")],
        ),
        (
            "le 27 septembre 2016",
            [("date", "2016-09-27"), ("number", "27"), ("number", "2016")],
        ),
        ("le 27/09/2016", [("date", "2016-09-27"), ("number", "27"), ("number", "2016")]),
        ("en avril 2009", [("date", "2009-04"), ("number", "2009")]),
        ("le 1er janvier", [("date", "--01-01"), ("number", "1")]),
        ("à 17 h 00, 9h43 et 12:32", [("date", "17:00"), ("date", "09:43"), ("date", "12:32")]),
        # a list of days whose month is said once, after its last day
        ("les 8, 10 et 12 mai 2018",
         [("date", "2018-05-08/2018-05-10/2018-05-12"), ("number", "8"), ("number", "10"),
          ("number", "12"), ("number", "2018")]),
        ("les 3, 4 ou 5 juin", [("date", "--06-03/--06-04/--06-05"), ("number", "3"),
                                ("number", "4"), ("number", "5")]),
        ("en 2015, 6 mai", [("number", "2015"), ("date", "--05-06"), ("number", "6")]),
        # a race time is a duration, not a time of day
        ("en 9 h 22 min 04 s, puis 2 h 05' et à 8 h 30 min",
         [("number", "9"), ("number", "22"), ("number", "4"), ("number", "2"), ("number", "5"),
          ("number", "8"), ("number", "30")]),
        ("à 9 h 22, à 10 h du matin", [("date", "09:22"), ("date", "10:00")]),
        (
            "la 27e édition, en 2015-2016",
            [("number", "27"), ("number", "2015"), ("number", "2016")],
        ),
        ("SN 2016gkg, SN1987A, trois semaines, 3 m", [("number", "3")]),
        # a list or a range whose scale or unit is said once, after its last member
        ("entre 1,7 et 2 millions", [("number", "1700000"), ("number", "2000000")]),
        ("à 100, 80 ou 60 millions", [("number", f"{n}000000") for n in (100, 80, 60)]),
        ("entre 2 et 3 milliards d'euros",
         [("amount", "2000000000 EUR"), ("amount", "3000000000 EUR")]),
        ("passant de 9,5 à 9,7 %", [("percentage", "9.5%"), ("percentage", "9.7%")]),
        # …but not a year before it, nor a number whose unit is not a scale
        ("En 2015, 3 millions", [("number", "2015"), ("number", "3000000")]),
        # « de 10 à 20 000 euros » is 10 000 to 20 000 euros: the lower bound takes its thousands
        ("de 10 à 20 000 euros", [("amount", "10000 EUR"), ("amount", "20000 EUR")]),
        # a scale abbreviated beside a currency sign; alone, « m » is a metre
        ("£ 100m, 3 M€, $5bn et 2,5 Md€", [("amount", "100000000 GBP"), ("amount", "3000000 EUR"),
                                           ("amount", "5000000000 USD"),
                                           ("amount", "2500000000 EUR")]),
        ("un 100 m en 9,58 secondes", [("number", "100"), ("number", "9.58")]),
        # « livres » is a currency after a scale only
        ("60 millions de livres, 12 livres", [("amount", "60000000 GBP"), ("number", "12")]),
    ],
)  # fmt: skip
def test_figure_keys(text: str, expected: list[tuple[str, str]]) -> None:
    assert figure_keys(text) == expected


def test_a_full_date_vouches_for_its_parts() -> None:
    source = extract_facts("Le 27 septembre 2016, la Dares a publié ses chiffres.")
    draft = extract_facts("Publiés le 27 septembre, les chiffres de septembre 2016 inquiètent.")
    assert draft.keys("date") == {"--09-27", "2016-09"}
    assert draft.keys("date") <= source.keys("date", parts=True)
    assert not draft.keys("date") <= source.keys("date")


def test_crafted_sentence_gives_exact_facts() -> None:
    facts = extract_facts(
        "Selon l’OTAN, 10 000 soldats seront mobilisés du 9 au 11 juillet, a déclaré "
        "Jens Stoltenberg : « Nous voulons 54 % de soutien ». Le budget atteint 2,5 millions "
        "d’euros."
    )
    assert facts.keys("number") == {"10000", "9", "11"}
    assert facts.keys("percentage") == {"54%"}
    assert facts.keys("amount") == {"2500000 EUR"}
    assert facts.keys("date") == {"--07-09/--07-11"}
    assert facts.keys("organisation") == {"OTAN"}
    assert facts.keys("person") == {"Jens Stoltenberg"}
    assert facts.keys("person", parts=True) == {"Jens Stoltenberg", "Stoltenberg"}
    assert facts.keys("quotation") == {"Nous voulons 54 % de soutien"}
    assert [f.text for f in facts.of("quotation")] == ["« Nous voulons 54 % de soutien »"]


def test_quotation_keys_survive_retyping() -> None:
    source = "« L’inversion de la courbe est là », a-t-elle dit."
    retyped = f'“L\'inversion{NBSP}de la courbe” et "est  là"'
    keys = extract_facts(retyped).keys("quotation")
    assert keys == {"L'inversion de la courbe", "est là"}
    assert all(k in quote_key(source) for k in keys)


def test_organisation_key_drops_the_elided_article() -> None:
    facts = extract_facts("L’OTAN et l'OTAN se réunissent. Les membres de l’OTAN sont là.")
    assert facts.keys("organisation") == {"OTAN"}


SEED_KEYPHRASES = {
    DATA / "seeds/wikinews-05-seed.txt": "Iván Duque",  # its customised title's name
    DATA / "seeds/wikinews-12-seed.txt": "Greg Van Avermaet",  # no title: the stage's winner
    # the client's two prompts: no title (the name the text repeats most), and a title whose
    # noun phrase says the topic (« L’OTAN envisage de s’implanter … dans son voisinage sud »)
    **{p: "OTAN" if p.name.startswith("000_") else "voisinage sud" for p in CLIENT_SEEDS},
}


@pytest.mark.parametrize("path", sorted(SEED_KEYPHRASES), ids=lambda p: p.stem)
def test_seed_keyphrase(path: Path) -> None:
    assert make_brief(read_source(path), Settings()).keyphrase == SEED_KEYPHRASES[path]


# seed → exact keys per kind of fact (one paragraph per line, no title)
SEED_FACTS = {
    DATA / "seeds/wikinews-12-seed.txt": {
        ("number", "percentage", "amount"): {"190.5", "198", "2015", "2016", "216", "25", "6"},
        ("date",): {"2016-07-06"},
        ("organisation",): set(),
    },
    **{
        p: {
            ("number", "percentage", "amount"): {"4", "9", "11"},
            ("date",): {"--04-04", "--07-09/--07-11"},
            ("person",): {"Jens Stoltenberg", "Stoltenberg"},
            ("organisation",): {"OTAN"},
        }
        for p in CLIENT_SEEDS
        if p.name.startswith("000_")
    },
}


@pytest.mark.parametrize("path", sorted(SEED_FACTS), ids=lambda p: p.stem)
def test_seed_fact_inventory(path: Path) -> None:
    facts = extract_facts(read_source(path).text)
    for kinds, keys in SEED_FACTS[path].items():
        assert facts.keys(*kinds) == keys, kinds


def test_wikinews_08_figures(corpus_dir: Path) -> None:
    facts = extract_facts(read_source(corpus_dir / "wikinews" / "08.txt").text)
    assert {"50200", "93500", "500000", "2016", "27"} <= facts.keys("number")
    assert {"1.4%", "0.3%", "86.4%", "3.5%", "0.7%"} <= facts.keys("percentage")
    assert facts.keys("date") == {"2016-09-27", "2013-09", "2009-04"}
    assert facts.keys("person") == {"Myriam El Khomri"}
    assert facts.keys("quotation") == {"l'inversion de la courbe est là"}


def test_extraction_is_symmetric_on_its_own_output(corpus_dir: Path) -> None:
    """Every figure written back as extracted gives the same key: the gate relies on it."""
    text = read_source(corpus_dir / "wikinews" / "01.txt").text
    for fact in extract_facts(text).of("number", "percentage", "amount", "date"):
        assert fact.key in extract_facts(fact.text).keys(fact.kind), fact


def test_make_brief_budget_title_and_keyphrase() -> None:
    settings = Settings(min_words=800)
    with_directive = parse_source(
        "Customize this title in frenchLe pont Mathilde rouvre\n\ncreate at least 900 words\n\n"
        "Le pont Mathilde de Rouen rouvre le 5 novembre 2012."
    )
    brief = make_brief(with_directive, settings, keyphrase="  pont  Mathilde ")
    assert (brief.min_words, brief.title, brief.keyphrase) == (
        900,
        "Le pont Mathilde rouvre",
        "pont Mathilde",
    )
    assert brief.facts.keys("date") == {"2012-11-05"}
    plain = parse_source("Le pont\n\nLe pont Mathilde de Rouen rouvre.")
    assert (make_brief(plain, settings, "pont").min_words, plain.title) == (800, "Le pont")


# --- the facts as inspect and the prompt list them (issue 20) ---------------------------------


def _listed(path: str) -> dict[str, list[str]]:
    from engine.brief.facts import listed

    brief = make_brief(read_source(DATA / path), Settings())
    shown: dict[str, list[str]] = {}
    for fact in listed(brief.facts, brief.source.text):
        shown.setdefault(fact.kind, []).append(fact.text)
    return shown


def test_listed_facts_name_each_thing_once_and_of_its_kind() -> None:
    hamon = _listed("wikinews/01.txt")
    assert "Benoît Hamon" in hamon["person"] and "Hamon" not in hamon["person"]  # once
    assert "Paris" in hamon["place"]
    sanctions = _listed("wikinews/11.txt")
    assert "Commission" not in sanctions["organisation"]  # « Commission européenne » holds it
    supernova = _listed("wikinews/19.txt")  # an institute is no place
    assert "Institut Argentino de Radioastronomía" in supernova["organisation"]
    assert "Institut Argentino de Radioastronomía" not in supernova["place"]
    bus = _listed("wikinews/w4-b.txt")  # a coach company is no person
    assert ("Linden Cars" in bus["organisation"], "Linden Cars" in bus.get("person", [])) == (
        True,
        False,
    )
    triathlon = _listed("wikinews/w3-c.txt")  # « la Britannique Jessica Learmonth »: no place
    assert not {"Britannique", "Américaine", "Italienne"} & set(triathlon["place"])
    italy = _listed("wikinews/w4-c.txt")
    assert "Italiens" not in italy.get("place", [])
    bridge = _listed("wikinews/22.txt")  # a name as the text writes it, article left out
    assert bridge["place"][0] == "pont Mathilde"
    duque = _listed("seeds/wikinews-05-seed.txt")
    assert "Duque" not in duque["person"] and "Iván Duque" in duque["person"]


def test_a_weekday_or_a_month_is_never_a_name() -> None:
    from engine.brief import Fact, Facts
    from engine.brief.facts import listed

    facts = Facts(
        (
            Fact("place", "Lundi", "Lundi"),
            Fact("person", "Mars", "Mars"),
            Fact("place", "Mars", "Mars"),  # the planet
            Fact("person", "Dimanche", "Dimanche"),
            Fact("date", "lundi 4 avril", "--04-04"),
        )
    )
    assert [(f.kind, f.text) for f in listed(facts)] == [
        ("place", "Mars"),
        ("date", "lundi 4 avril"),
    ]


def test_the_prompt_and_inspect_carry_the_listed_facts() -> None:
    from engine.output.summary import fact_counts, fact_lines
    from engine.write.prompts import system_prompt

    brief = make_brief(read_source(DATA / "wikinews/01.txt"), Settings())
    prompt = system_prompt(brief)
    assert prompt.count("- personne : Benoît Hamon\n") == 1  # once, however often it is said
    assert "- personne : Hamon\n" not in prompt
    lines = fact_lines(brief)
    people = next(line for line in lines if line.startswith("  people: "))
    assert people.split(": ", 1)[1].split(" | ")[:2] == ["Benoît Hamon", "Manuel Valls"]
    assert " Hamon |" not in people.replace("Benoît Hamon", "")
    assert f"{people.count('|') + 1} people" in fact_counts(brief)
