"""`fidelity`: nothing invented. Figures, quotations, people and claims must be the source's.

Two layers. The fact inventory (engine.brief.facts_of, on the parsed source and article):
a quotation must be verbatim (its « […] » parts each, in order), a person a source person, every
source figure must be kept. Then the claims (engine.gate.claims): every article sentence is
aligned with the source sentences it restates and compared with them — figures in context
(unknown figures, units, comparators, directions, swaps, weekdays, numbers in words), polarity,
direction, who says which quotation, roles, actors and causes.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING

from engine.brief import Brief, Fact, facts_of, parse_source
from engine.brief.dateline import after_dateline, dateline, on_dateline
from engine.brief.facts import entity_key
from engine.brief.figures import (
    MONTHS,
    Figure,
    clock_words,
    durations,
    figures,
    long_durations,
    magnitudes,
    spelled_figures,
    spelled_ordinals,
)
from engine.config import Settings
from engine.gate.claims import check_claims
from engine.gate.claims.actors import (
    counted,
    country_institution,
    misspelt,
    respelt_in,
    scale_named,
    seat_of,
    source_name,
)
from engine.gate.claims.alignment import KEPT_AS_BOUND, SMALL_COUNT
from engine.gate.claims.computed import of_unit
from engine.gate.claims.measures import PARTS_OF_MONTH
from engine.gate.claims.numeric import (
    FRACTION_ABOUT_SLACK,
    FRACTION_SLACK,
    about_hour,
    as_fraction,
    comparator_before,
    rounds_to,
)
from engine.gate.claims.speakers import names_in, verbatim_in
from engine.gate.findings import Finding, Severity
from engine.gate.originality import skipped
from engine.gate.parsed import ParsedArticle
from engine.gate.source_index import STEM, source_index
from engine.gate.target import DESCRIPTION, TITLE, Target
from engine.gate.tokens import is_name, lemma_of
from engine.text import QUOTE_MARKS, excerpt, fold, loose_spans, loosely_in, normalise, stands_in
from engine.text.lexicon import by_tag, lines, tagged, words
from engine.text.nlp import unspaced

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from engine.brief.source import Source
    from engine.gate.source_index import SourceIndex

ID = "fidelity"
NUMBERS = ("number", "percentage", "amount", "date")


def check_fidelity(parsed: ParsedArticle, brief: Brief, settings: Settings) -> list[Finding]:
    if not brief.source.paragraphs:
        return [skipped(ID)]
    article = parsed.article
    places: list[tuple[Target, str]] = [(TITLE, article.title), (DESCRIPTION, article.description)]
    places += [(p.target, p.text) for p in parsed.parts]
    full_text = "\n\n".join(text for _, text in places if text)
    found = facts_of([parsed.title, parsed.description, *(p.doc for p in parsed.parts)])
    index = source_index(brief)
    source_text = normalise(brief.source.text)
    # the source's names: its title's too (« Science en Vallée d'Aoste : … », the body saying
    # « les Alpes valdôtaines »), an honorific it spaces read as one word (« M gr »: « Mgr »)
    named_text = normalise(unspaced(f"{brief.source.title or ''}\n\n{brief.source.text}"))
    known = brief.facts
    findings: list[Finding] = []

    def where(fact: Fact) -> Target | None:
        return next((t for t, text in places if fact.text in text), None)

    def report(fact: Fact, rule: str, severity: Severity, expected: str, problem: str) -> None:
        target = where(fact)
        shown = excerpt(fact.text.strip(QUOTE_MARKS))
        message = f"{target or 'body'}: {problem} «{shown}», {expected.lower()}"
        found = Finding(ID, False, severity, fact.text, expected, message, target, rule=rule)
        findings.append(found)

    docs = [parsed.title, parsed.description, *(p.doc for p in parsed.parts)]
    for fact in _unique(found.of("quotation")):
        if verbatim_in(fact.key, index) or _word_named(fact.key, index, brief):
            continue
        if _gloss(fact.text, full_text):
            continue  # « “de facto” signifie « de fait » »: the writer explains a word
        if not _term_conjugated(fact.key, docs, brief):
            report(
                fact, "verbatim", "hard", "Verbatim from the source", "quotation not in the source"
            )
    source_people = [set(k.lower().split()) for k in known.keys("person", parts=True)]
    not_names = {entity_key(e.text) for doc in docs for e in doc.ents if not is_name(e)}
    named_as = {entity_key(e.text): _name_words(e) for doc in docs for e in doc.ents}
    for fact in _unique(found.of("person")):
        if fact.key in not_names:
            continue  # "Faudra-t-il …", "Ému, il …": a capitalised word, not a person
        if counted(fact.key):
            continue  # « les Vingt-Huit »: the member states by their number, no person
        if scale_named(fact.key, full_text):
            continue  # « 93 degrés Celsius »: a scale's name, no person
        name = named_as.get(fact.key) or set(fact.key.lower().split())
        # "Alistair Brownlee" of the source's "Alistair et Jonathan Brownlee"
        said = " ".join(name)  # « Benoit Hamon », « B. Hamon »: the source's, as read
        together = any(names_in(said, " ".join(s.entities)) for s in index.statements)
        known_person = together or any(names_in(said, " ".join(p)) for p in source_people)
        if known_person or loosely_in(fact.text, named_text):  # also « l' État »
            continue
        if any(land in fold(named_text.lower()) for land in seat_of(fact.key)):
            continue  # « Washington » for the source's « États-Unis »: a capital, no person
        if _surname_alone(fact.key, known.keys("person")):  # said more fully: a review
            report(fact, "people", "review", "The source's surname", "first name not in source")
        elif respelt_in(fact.key, named_text):  # the source's « Charlottes Lembach »
            report(fact, "people", "review", "The source's spelling", "name spelt otherwise")
        else:
            report(fact, "people", "hard", "Only people of the source", "person not in the source")
    keys = known.keys("organisation", "place", parts=True)
    named = _unique(found.of("organisation", "place"))
    # « l'Union » after the article's own « Union européenne », the source's « UE »
    firsts = {f.key.split()[0] for f in named if " " in f.key and source_name(f.key, index)}
    for fact in named:
        if fact.key in not_names or source_name(fact.key, index) or fact.key in firsts:
            continue  # "État …" opening a sentence; "BCE", "les Parisiens": the source's own
        if misspelt(fact.key, index):
            continue  # « Bujumbura » of the source's misspelt « Bubjumbura »
        if _letters_spaced(fact.key, named_text):
            continue  # « Mw », the magnitude's scale the source writes « M w »
        bare = re.sub(r"^[dl]['’]", "", fact.key)  # « d'Évry »: the name, accents aside
        if country_institution(bare, named_text):
            continue  # « l'État burundais » of the source's « Burundi »
        if fact.key not in keys and not loosely_in(fold(bare), fold(named_text)):
            report(fact, "names", "review", "Named in the source", f"{fact.kind} not in the source")
    findings += check_claims(parsed, brief)
    article_text = normalise(full_text)
    written = [*figures(full_text), *spelled_figures(full_text)]
    article_keys = found.keys(*NUMBERS) | {k for f in written for k in (f.key, *f.parts)}
    article_keys |= clock_words(full_text)  # « à minuit et demi » for the source's « 0 h 30 »
    opening = dateline(brief.source)
    said = _said_in_sentences(brief.source.paragraphs)
    spaced = _spaced_in_source(written, index.figure_keys, source_text)
    lengths = frozenset(d.seconds for d in long_durations(full_text))
    spans = frozenset(d.seconds for d in durations(full_text))
    missing = [
        f
        for f in _unique(known.of(*NUMBERS))
        if f.key not in article_keys
        and not stands_in(f.text, article_text)
        and not (opening is not None and f.key == opening.key)  # the article's own date
        and not on_dateline(f.text, brief.source)  # « 8 novembre 2016, 13 h 10 UTC . – »
        and not _kept_otherwise(f, article_keys, written, full_text, article_text)
        and not (opening is not None and _from_dateline(f.key, opening.key, article_text))
        and not _kept_as_length(f, source_text, lengths, spans)  # « deux jours », « 48 heures »
        and not any(stands_in(f.text, part) for part in spaced)  # « 25, 6 pour cent »
        and f.key in said  # not only in a list: a box score, a results table
    ]
    # A date is one fact: its day and year numbers go with it, reported once where it is missing
    # and kept where it is kept, in whatever form (« mi-juin » for « 17 juin »).
    dates = [normalise(f.text) for f in _unique(known.of("date"))]
    if opening is not None:
        dates.append(normalise(opening.text))
    details = []
    # An article shorter than a long source condenses it (a live log, a report told in 900
    # words): what it leaves out beyond the source's lead is the editor's choice, not a fact
    # distorted — a review; the lead's quantities (in its title and first paragraph) stay owed,
    # not its dates (the dateline's is the article's own; others there tell what came before:
    # « fait suite à la journée du 6 décembre »).
    lead = _lead(brief.source) if _condensed(brief, full_text) else None
    left_out = []
    for fact in missing:
        if fact.kind == "number" and any(stands_in(fact.text, date) for date in dates):
            continue
        if lead is not None and (fact.kind == "date" or not stands_in(fact.text, lead)):
            left_out.append(fact.text)
            continue
        if _detail(fact):
            details.append(fact.text)
            continue
        message = f"the source's {fact.kind} «{fact.text}» is missing: give it in the article"
        missed = Finding(
            ID, False, "hard", fact.text, "Every source figure", message, rule="missing"
        )
        findings.append(missed)
    if details:  # one review for them all
        shown = ", ".join(f"«{d}»" for d in details)
        message = f"the source's small numbers {shown} are not in the article: keep what matters"
        findings.append(
            Finding(ID, False, "review", shown, "Every source figure", message, rule="missing")
        )
    if left_out:  # one review for them all
        shown = ", ".join(f"«{d}»" for d in left_out[:LEFT_OUT_SHOWN])
        shown += ", …" if len(left_out) > LEFT_OUT_SHOWN else ""
        message = (
            f"the article condenses its source and leaves out {len(left_out)} of its figures "
            f"({shown}): keep what matters"
        )
        findings.append(
            Finding(ID, False, "review", shown, "Every source figure", message, rule="missing")
        )
    if not any(f.severity == "hard" for f in findings):
        kept = len(known.of(*NUMBERS))
        message = f"{kept} source figures kept, nothing invented"
        findings.insert(0, Finding(ID, True, "hard", kept, "nothing invented", message))
    return findings


_SHARE_BETWEEN = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}sur\s+")


def _share_said(value: Decimal, written: list[Figure], text: str) -> bool:
    """Whether the article says the source's percentage `value` as « N … sur M » (« deux
    quartiers sur cinq » for 40 %): within FRACTION_SLACK of it, FRACTION_ABOUT_SLACK with
    « environ »."""
    numbers = sorted((f for f in written if f.kind == "number"), key=lambda f: f.start)
    for part, whole in zip(numbers, numbers[1:], strict=False):
        between = text[part.start + len(part.text) : whole.start]
        if not _SHARE_BETWEEN.fullmatch(between):
            continue
        a, b = _decimal(part.key), _decimal(whole.key)
        if a is None or not b or a >= b:
            continue
        about = comparator_before(text[: part.start]) == "about"
        slack = FRACTION_ABOUT_SLACK if about else FRACTION_SLACK
        if abs(a * 100 / b - value) <= slack:
            return True
    return False


def _spaced_in_source(written: list[Figure], keys: set[str], source_text: str) -> list[str]:
    """The places of the source that write an article figure the source's scan does not read,
    but for its spacing (« 25, 6 pour cent » for the article's « 25,6 % »): the source figures
    read inside one (« 6 pour cent ») are the one the article keeps."""
    return [
        source_text[start:end]
        for figure in written
        if figure.key not in keys
        for start, end in loose_spans(figure.text, source_text)
    ]


def _range_moved(days: list[str], written: list[Figure]) -> bool:
    """The article writes a range of days that shares a day with the source's range `days` but
    not all of them: an end moved, not the source's range kept."""
    if len(days) < 2:
        return False
    theirs = set(days)
    return any(
        f.kind == "date"
        and "/" in f.key
        and (mine := set(_days((f.key, *f.parts)))) & theirs
        and mine != theirs
        for f in written
    )


def _days(parts: Iterable[str]) -> list[str]:
    """The days among a date's parts (« --01-12 »: a day and month, without a year)."""
    return [p for p in parts if p.startswith("--") and len(p) == 7]


def _ranks_said(folded: str) -> frozenset[str]:
    """The ranks the words of lexicon rank.txt say in `folded` (« premier », « première »,
    « second », « seconde »), as the numbers they rank."""
    said = set()
    for line in words("rank"):
        tag, value, *form = line.split()
        if tag != "rank" or not value.isdigit() or len(form) != 1:
            continue
        stem = form[0].removesuffix("ier").removesuffix("d")
        if re.search(rf"(?<![\w-]){stem}(?:ier|ière|iers|ières|d|de|ds|des)(?![\w-])", folded):
            said.add(value)
    return frozenset(said)


def _kept_otherwise(
    fact: Fact, keys: set[str], written: list[Figure], text: str, folded: str
) -> bool:
    """A source figure the article keeps in another form: an amount by its number, the currency
    said once for two or in words the figures do not read (« 105 millions d'euros …, et 75
    millions », « 60 millions de livres » for « £ 60m »); a full date by its day and month
    (« le 12 janvier » in an article of 2016), an approximate figure by the exact one it rounds
    (« environ 4 000 » beside « 4 322 », « une cinquantaine » for « près de 50 »), « 1 mètre »
    as « un mètre », « 18h » of rest as « dix-huit heures »."""
    days = _days(fact.parts)
    if fact.kind == "date" and _range_moved(days, written):
        return False  # « du 12 au 16 septembre » for the source's « du 12 au 15 septembre »
    if fact.kind == "date" and any(p in keys for p in days):
        return True
    if fact.kind == "date" and _hour_rounded(fact.key, written, text):
        return True  # « peu après 16 heures » for « 16 h 10 »
    if fact.kind == "date" and fact.key.endswith(":00"):
        hours = fact.key.split(":")[0].lstrip("0") or "0"
        said = {"1": r"une heure", "12": r"midi", "0": r"minuit", "24": r"minuit"}.get(hours)
        if said is not None and re.search(rf"(?<!\w){said}(?!\w)", folded):
            return True  # « vers une heure du matin » for « 1h00 », « à midi » for « 12 h »
        return any(
            f.key == hours and text[f.start + len(f.text) :].lstrip().startswith("heure")
            for f in written
        )
    if fact.kind == "number" and _ORDINAL.fullmatch(fact.text):  # « trente-cinquième », « 35e »
        return any(f.key == fact.key for f in spelled_ordinals(text)) or fact.key in _ranks_said(
            folded
        )  # « premier », « seconde » for « 1 er », « 2 e » (their superscripts lost)
    if fact.kind == "date" and _in_part_of_month(fact.key, folded):  # « début janvier »
        return True
    if fact.kind == "amount" and fact.key.split(" ")[0] in keys:
        return True  # « 105 millions d'euros …, et 75 millions », « 60 millions de livres »
    if fact.kind == "number" and fact.key == "1":  # « un mètre », « une heure »
        said = re.findall(r"(?<!\w)une? (\w+)", folded)
        return any(word.removesuffix("s") in words("units") for word in said)
    if fact.kind == "amount":
        return _amount_said_roughly(fact.key, written, text)
    value = _decimal(fact.key)
    if value is None:
        return False
    if fact.kind == "percentage" and _kept_as_bound(value, written, text):
        return True  # « plus des trois quarts » for « environ 77 % »
    if fact.kind == "percentage" and any(
        as_fraction(value, f, comparator_before(text[: f.start]) == "about") for f in written
    ):
        return True  # « d'environ un tiers » for « de 33 % »
    if fact.kind == "percentage" and _share_said(value, written, text):
        return True  # « environ deux quartiers sur cinq » for « environ 40 % des quartiers »
    if fact.kind == "percentage" and value == 100 and _said_whole(folded):
        return True  # « un podium entièrement australien » for « 100 % australien »
    factors = {Decimal(1)}
    if fact.kind == "number":  # a share or a sum of money has no unit to convert
        factors |= {Decimal(line.split()[2]) for line in lines("conversions")}
    if fact.kind == "number" and any(
        m.about is not None and rounds_to(value, m.about) for m in magnitudes(text)
    ):
        return True  # « une cinquantaine de bénévoles » for « près de 50 bénévoles »
    if any(  # « plus d'un quart de million » for 260 000: a fraction of a unit (claims.computed)
        f.kind == "percentage"
        and (share := _decimal(f.key)) is not None
        and (of := of_unit(share, text[f.start + len(f.text) :])) is not None
        and of[1] is None
        and rounds_to(value, of[0])
        for f in written
    ):
        return True
    if fact.kind == "number" and any(  # a bare number of the source said with its unit:
        # « 38 % » for « (38 contre 19 %) », « près de 220 millions d'euros » for « en payer
        # 219 598 568 »
        f.kind in ("percentage", "amount")
        and (other := _decimal(f.key.split(" ")[0])) is not None
        and (other == value or rounds_to(other, value) or rounds_to(value, other))
        for f in written
    ):
        return True
    if fact.kind == "number" and _decade_of_age(value, folded):
        return True  # « une femme nonagénaire » for « une femme dans ses 90 ans »
    if fact.kind == "number" and _half_unit(value, folded):
        return True  # « un demi-kilomètre » for « 500 mètres »
    return any(  # rounded (« près de 1,66 million »), or in another unit (« 6,77 centimètres »)
        f.kind == fact.kind
        and (other := _decimal(f.key)) is not None
        and any(rounds_to(other, value * k) or rounds_to(value * k, other) for k in factors)
        for f in written
        if f.key != fact.key
    )


def _decade_of_age(value: Decimal, folded: str) -> bool:
    """A number of the source the article says as the decade of an age its word names
    (lexicon/decade_ages.txt): « nonagénaire » for « 93 ans »."""
    said = set(re.findall(r"\w+", folded.lower()))
    return any(
        (word in said or f"{word}s" in said) and int(first) <= value < int(first) + 10
        for word, first in tagged("decade_ages").items()
    )


def _half_unit(value: Decimal, folded: str) -> bool:
    """A number of the source the article says as half a unit it converts to
    (lexicon/conversions.txt): « un demi-kilomètre » for « 500 mètres »."""
    halves = {unit.removesuffix("s") for unit in _HALF_UNIT.findall(folded)}
    return any(
        to in halves and value * Decimal(factor) == Decimal("0.5")
        for _, to, factor in (line.split() for line in lines("conversions"))
    )


_HALF_UNIT = re.compile(r"(?<![\w-])demi-(\w+)")


def _amount_said_roughly(key: str, written: list[Figure], text: str) -> bool:
    """An amount of the source said with fewer digits, in its currency, with a word that says so
    (« plus de deux milliards de dollars » for 2,2 milliards de dollars, « environ 1 144 euros »
    for 1 143,72 euros), on the side its bound says: not « moins de deux milliards »."""
    number, _, currency = key.partition(" ")
    exact = _decimal(number)
    if exact is None:
        return False
    for f in written:
        said_number, _, said_currency = f.key.partition(" ")
        said = _decimal(said_number) if f.kind == "amount" else None
        if said is None or said_currency != currency or said == exact:
            continue
        side = comparator_before(text[: f.start])
        if side == "more" and said > exact or side == "less" and said < exact:
            continue
        if side in ("more", "less", "about") and rounds_to(exact, said):
            return True
    return False


def _said_whole(folded: str) -> bool:
    """The article says a whole with an adverb (lexicon/scope.txt « adv-all »: « entièrement »,
    « totalement », « exclusivement »): a source's « 100 % » kept in words."""
    wholes = by_tag("scope").get("adv-all", frozenset())
    return any(word in wholes for word in re.findall(r"\w+", folded))


def _letters_spaced(key: str, text: str) -> bool:
    """A short name (up to four letters) the source writes letter by letter, spaced (« M w »)."""
    if not key.isalpha() or not 2 <= len(key) <= 4:
        return False
    spaced = r"\s+".join(map(re.escape, key))
    return re.search(rf"(?<!\w){spaced}(?!\w)", text, re.IGNORECASE) is not None


def _from_dateline(key: str, opening: str, text: str) -> bool:
    """A source date the article says relative to its dateline (`opening`, « 2016-05-27 »), or
    an age by the birth year it gives (« né en 1958 » for « 58 ans » in 2017): a
    year as « l'année dernière » (lexicon relative_years), a month of it as « en avril de l'année
    dernière », « mai dernier » or « mai prochain », a day of the dateline's month as « le 17 de
    ce mois »."""
    year, month = int(opening[:4]), int(opening[5:7])
    folded = " ".join(text.lower().replace("’", "'").split())
    if key.isdigit() and len(key) <= 3:  # an age as a birth year: « né en 1958 » for « 58 ans »
        born = rf"\bnée?s? en (?:{year - int(key)}|{year - int(key) - 1})\b"
        return re.search(born, folded) is not None
    found = re.fullmatch(r"(\d{4})(?:-(\d\d))?|--(\d\d)-(\d\d)", key)
    if found is None:
        return False
    if found[3]:  # « le 17 de ce mois »
        day = int(found[4])
        return (
            int(found[3]) == month
            and re.search(rf"\b{day}(?:er)? (?:de ce mois|courant)\b", folded) is not None
        )
    said, its_month = int(found[1]), found[2] and int(found[2])
    offsets = {
        " ".join(words): int(offset)
        for *words, offset in (line.split() for line in lines("relative_years"))
    }
    names = [n for n, number in MONTHS.items() if number == its_month] if its_month else [""]
    for name in names:
        lead = rf"\b{name} (?:de |d')?" if name else r"\b"
        if any(
            said - year == offset and re.search(lead + re.escape(phrase), folded)
            for phrase, offset in offsets.items()
        ):
            return True
        if name and its_month is not None:
            last = year if its_month < month else year - 1  # « mai dernier »
            upcoming = year if its_month > month else year + 1  # « mai prochain »
            for word, its_year in (("dernier", last), ("prochain", upcoming)):
                if said == its_year and re.search(rf"\b{name} {word}\b", folded):
                    return True
    return False


def _kept_as_bound(value: Decimal, written: list[Figure], text: str) -> bool:
    """A share the article bounds (« plus des trois quarts » for 77 %, « moins de la moitié »
    for 48 %), within KEPT_AS_BOUND points of it."""
    for f in written:
        bound = _decimal(f.key) if f.kind == "percentage" else None
        side = comparator_before(text[: f.start]) if bound is not None else None
        if bound is None or side not in ("more", "less"):
            continue
        gap = value - bound if side == "more" else bound - value
        if 0 < gap <= KEPT_AS_BOUND:
            return True
    return False


def _hour_rounded(key: str, written: list[Figure], text: str) -> bool:
    """A time of the source the article rounds to its hour (« peu après 16 heures » for
    « 16 h 10 »: claims.numeric.about_hour)."""
    return any(f.kind == "date" and about_hour(f.key, text[: f.start], {key}) for f in written)


def _kept_as_length(
    fact: Fact, source_text: str, lengths: frozenset[Decimal], spans: frozenset[Decimal]
) -> bool:
    """The number of a length of time of the source that the article gives in another unit
    (« 48 heures » as « deux jours », « six mois » as « un semestre »; « 24 heures », which
    the figures read as a time, as « un jour »; « 90 secondes » as « une minute et demie »):
    `lengths` are the article's in hours and more, `spans` its minutes and seconds."""
    return any(
        d.seconds in lengths and d.text.startswith(fact.text) for d in long_durations(source_text)
    ) or any(d.seconds in spans and d.text.startswith(fact.text) for d in durations(source_text))


_ORDINAL = re.compile(r"\d+\s?(?:e|er|re|ère|ème|ᵉ)")


# « la première quinzaine de mars » for the source's « du 1er au 15 mars » (normalised, as read)
_HALVES_OF_MONTH = {
    "première quinzaine": (1, 15),
    "1re quinzaine": (1, 15),
    "seconde quinzaine": (16, 31),
    "deuxième quinzaine": (16, 31),
}


def _in_part_of_month(key: str, folded: str) -> bool:
    """« début janvier » for the source's « 6 janvier », « la première quinzaine de mars » for
    its « du 1er au 15 mars »: the day (a range's first) said by the part of its month."""
    parts = key.split("/")[0].split("-")
    if len(parts) < 3 or not parts[-1].isdigit() or not parts[-2].isdigit():
        return False
    day, month = int(parts[-1]), int(parts[-2])
    names = [name for name, number in MONTHS.items() if number == month]
    for part, (first, last) in (PARTS_OF_MONTH | _HALVES_OF_MONTH).items():
        if first <= day <= last and any(
            re.search(rf"\b{part}[\s-]+(?:de\s+|d')?{name}\b", folded) for name in names
        ):
            return True
    return False


def _surname_alone(key: str, people: set[str]) -> bool:
    """« Marc Dufresne » where the source says « le président Dufresne »: a person the source
    names by this surname alone, and by no full name with another first name (« Brigitte
    Macron » for its « Emmanuel Macron » is another person)."""
    words = key.lower().split()
    names = [set(p.lower().split()) for p in people]
    surname = words[-1]
    return (
        len(words) > 1
        and {surname} in names
        and not any(len(n) > 1 and surname in n for n in names)
    )


LEFT_OUT_SHOWN = 8  # figures a condensed article leaves out, named in its review
LEAD_WORDS = 8  # words a paragraph holds beyond its dateline to open the story (its lead)


def _condensed(brief: Brief, article_text: str) -> bool:
    """Whether the article condenses its source: the source is longer than the article and than
    the article the brief asks for (a 1 500-word log told in 900 words cannot keep all; a
    200-word story is stretched to 700, not condensed, whatever a short draft does)."""
    return len(brief.source.text.split()) > max(len(article_text.split()), brief.min_words)


def _lead(source: Source) -> str:
    """The source's title and first paragraph of story (past a dateline alone): the figures a
    condensed article still owes its reader."""
    opening = next(
        (p for p in source.paragraphs if len(after_dateline(p).split()) >= LEAD_WORDS), ""
    )
    return normalise(f"{source.title or ''}\n\n{opening}")


def _detail(fact: Fact) -> bool:
    """A bare number up to ten (« 3 buts sur 3 tirs »): a detail a rewrite may leave out, or a
    figure that matters; a review, never certain."""
    value = _decimal(fact.key)
    return fact.kind == "number" and value is not None and value <= SMALL_COUNT


_ENDS = (".", "!", "?", "…", ":")


@lru_cache(maxsize=64)
def _said_in_sentences(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The keys of the figures the source says in its sentences, not only in a paragraph that
    ends no sentence — a subheading, or the lines of a list (« Dumoulin (7 arrêts) Perez (0/3)
    … »: a box score, a results table): the figures a rewrite must keep. A list's data is
    left out as a matter of course, and what the article does say of it is still checked."""
    return frozenset(
        fig.key
        for paragraph in paragraphs
        if paragraph.rstrip(' »"”').endswith(_ENDS)
        for fig in (*figures(paragraph), *spelled_figures(paragraph))
    )


def _decimal(key: str) -> Decimal | None:
    try:
        return Decimal(key.rstrip("%"))
    except InvalidOperation:
        return None


def _name_words(ent: Span) -> set[str]:
    """The words of a name less the common nouns that open it: « Affaire Fillon » opening a title
    names Fillon (« affaire » is no first name), « Procès Dupont » Dupont."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].pos_ == "NOUN":
        start += 1
    return set(entity_key(ent.doc[start : ent.end].text).lower().split())


GLOSS_WORDS = 4  # at most, a gloss of a term: a longer quotation is someone's words


def _gloss(written: str, text: str) -> bool:
    """A short quotation (GLOSS_WORDS at most, no name nor figure in it) right after a word
    that says what a term means (lexicon glossing: « signifie », « veut dire », « c'est-à-dire »):
    the writer's gloss of a common word."""
    if len(written.split()) > GLOSS_WORDS + 2:  # its two marks may stand apart
        return False
    if any(c.isupper() or c.isdigit() for c in written):
        return False  # « signifie « Palais céleste 1 » »: a name's translation is a fact
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lines("glossing"))
    glossed = rf"(?<![\w-])(?:{words})[\s\u00a0\u202f]*:?[\s\u00a0\u202f]*{re.escape(written)}"
    return re.search(glossed, text.replace("’", "'"), re.IGNORECASE) is not None


def _word_named(quoted: str, index: SourceIndex, brief: Brief) -> bool:
    """« Le verbe « s'alourdir » » for the source's « s'est alourdi »: one word quoted in its
    dictionary form, a word of the source named, no words put in anyone's mouth — a word the
    statements do not count as content too (« le verbe « sembler » » for its « semble »)."""
    words = quoted.strip(QUOTE_MARKS + " ").lower().replace("’", "'").split()
    if len(words) == 2 and words[0] == "se":
        words = words[1:]
    if len(words) != 1:
        return False
    word = words[0].removeprefix("s'")
    if not word.isalpha():
        return False
    if word in index.lemmas:
        return True
    title, paragraphs = parse_source(brief.source)
    return any(t.lemma_.lower() == word for doc in (title, *paragraphs) if doc for t in doc)


def _term_conjugated(quoted: str, docs: list[Doc | None], brief: Brief) -> bool:
    """« Alistair a « déposé » son frère » for the source's « Alistair « dépose » son frère »: a
    word the source itself quotes alone, quoted alone in another form of it (agreed with the
    writer's tense, gender or number). A word the source does not quote stays the writer's."""
    words = quoted.strip(QUOTE_MARKS).split()
    if len(words) != 1:
        return False
    mine = _quoted_alone(docs, words[0].lower())
    if not mine:
        return False
    title, paragraphs = parse_source(brief.source)
    theirs = _quoted_alone([title, *paragraphs], None)
    return any(_one_word(a, b) for a in mine for b in theirs)


_OPENING_MARKS = frozenset('«“„"')
_CLOSING_MARKS = frozenset('»”‟"')


def _quoted_alone(docs: Iterable[Doc | None], word: str | None) -> list[Token]:
    """Each word (each `word`, if given) set alone between quotation marks."""
    found = []
    for doc in docs:
        for token in doc or ():
            if word is not None and token.lower_ != word:
                continue
            if not 0 < token.i < len(doc) - 1 or doc[token.i - 1].text not in _OPENING_MARKS:
                continue
            if doc[token.i + 1].text in _CLOSING_MARKS:
                found.append(token)
    return found


def _one_word(a: Token, b: Token) -> bool:
    """Two forms of one word: one lemma (a verb of the first group the lemmatiser leaves as
    written, « dépose », read with its « -r » too), or, since words alone in quotation marks are
    often misread, the same first letters, all the shorter form's but its ending (« bloque »,
    « bloquait »), up to STEM."""
    if _lemmas(a) & _lemmas(b):
        return True
    x, y = sorted((fold(a.lower_), fold(b.lower_)), key=len)
    return len(x) >= _STEMMED and y.startswith(x[: min(STEM, len(x) - 1)])


_STEMMED = 5  # letters: a shorter word says too little by its first letters


def _lemmas(token: Token) -> set[str]:
    lemma = lemma_of(token)
    return {lemma, lemma + "r"} if lemma.endswith("e") else {lemma}


def _unique(facts: tuple[Fact, ...]) -> list[Fact]:
    return list({f.key: f for f in facts}.values())
