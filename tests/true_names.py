"""True forms of the names and quotations of the project's own sources (issue 19, round 7).

Each source of tests/data/wikinews (the one-edit sets' among them) is read once; for each
person it names in full and each quotation it gives, one of its own sentences (a paragraph for a
quotation, which may run over several) is the article, under the source's title, with that name
or quotation written another way a French newsroom writes it (`PERSON_FORMS`, `QUOTE_FORMS`): a
`Form`, true by construction, and its `twin`, the same form with the fact changed (a person no
source names, `INVENTED`, in the same form; a word of the quotation changed), false.

The table test (tests/test_true_names.py) asks of every form no hard finding the unchanged
sentence does not draw, and of every twin a finding the form does not draw."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from engine.brief import Brief
from engine.gate.findings import Finding
from scripts.fidelity_eval import CaseFile, brief_of, fidelity

DATA = Path(__file__).parent / "data"
SOURCES = sorted((DATA / "wikinews").glob("*.txt"))  # the one-edit sets' sources among them
# The table's share of a source (the whole generator runs on every source; the table, to stay a
# minute, on each source's first people and quotations): people, quotations, indirect speech.
TABLE = (2, 1, 1)
# The findings a one-sentence article draws for what it leaves out: not what these forms try.
LEFT_OUT = frozenset({"missing"})
# A person no source names, in every form (accents, a hyphen): the false twin of a true form.
INVENTED = "Jean-Pierre Lefèvre"
QUOTE = re.compile(r"«\s*([^«»]+?)\s*»")


@dataclass(frozen=True)
class Form:
    source: str  # the source's name
    kind: str  # the form: "surname", "initial", "straight marks", …
    original: str  # the article with the source's own sentence
    text: str  # the article with the fact in this form
    twin: str | None  # the same form with the fact changed (None: no other to put there)


@dataclass(frozen=True)
class Source:
    name: str
    text: str

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0].strip()

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n\n")[1:] if p.strip()]

    def article(self, body: str) -> str:
        return f"{self.title}\n\n{body}"


def sources() -> list[Source]:
    return [Source(p.stem, p.read_text(encoding="utf-8").strip()) for p in SOURCES]


@cache
def brief(source: Source) -> Brief:
    return brief_of(CaseFile(source.name, source.text, "", ()))


@cache
def findings(source: Source, text: str) -> tuple[Finding, ...]:
    """The failed `fidelity` findings of `text` but those of what a short article leaves out."""
    found = fidelity(text, brief(source))
    return tuple(f for f in found if not f.passed and f.rule not in LEFT_OUT)


# --- people -----------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _split(full: str) -> tuple[str, str]:
    first, _, surname = full.partition(" ")
    return first, surname


def surname(full: str) -> str | None:
    return _split(full)[1]


def courtesy(full: str) -> str | None:
    return f"M. {_split(full)[1]}"


def initial(full: str) -> str | None:
    first, last = _split(full)
    return f"{first[0]}. {last}" if first[0].isalpha() else None


def without_accents(full: str) -> str | None:
    return _plain(full) if _plain(full) != full else None


def without_hyphens(full: str) -> str | None:
    return full.replace("-", " ") if "-" in full else None


def surname_in_capitals(full: str) -> str | None:
    first, last = _split(full)
    return f"{first} {last.upper()}"


def in_italics(full: str) -> str | None:
    return f"*{full}*"


def in_bold(full: str) -> str | None:
    return f"**{full}**"


PERSON_FORMS: dict[str, Callable[[str], str | None]] = {
    "surname": surname,
    "courtesy": courtesy,
    "initial": initial,
    "without accents": without_accents,
    "without hyphens": without_hyphens,
    "capitals": surname_in_capitals,
    "italics": in_italics,
    "bold": in_bold,
}


def _people(source: Source) -> list[str]:
    """The people the source names in full (a first name and a surname), each once, the longer
    name kept where one holds another."""
    names = {f.key for f in brief(source).facts.of("person") if len(f.key.split()) >= 2}
    names = {n for n in names if n[0].isupper() and n.split()[0][0].isupper()}
    return sorted(n for n in names if not any(n != m and n in m for m in names))


def _outside_quotes(name: str, sentence: str) -> bool:
    at = sentence.find(name)
    return at >= 0 and not any(m.start() < at < m.end() for m in QUOTE.finditer(sentence))


def _longer(full: str, sentence: str) -> bool:
    """`full` stands in `sentence` after a capitalised word: part of a longer name."""
    return re.search(rf"(?<!\w)[A-ZÀ-Ý][\w-]*\s+{re.escape(full)}", sentence) is not None and not (
        re.search(rf"(?:^|[.!?–]\s+)[A-ZÀ-Ý][\w-]*\s+{re.escape(full)}", sentence)
    )


def _sentences(source: Source) -> list[str]:
    from engine.text.nlp import parse

    return [s.text for doc in parse(source.paragraphs) for s in doc.sents]


def person_forms(source: Source) -> Iterator[Form]:
    sentences = _sentences(source)
    for full in _people(source):
        sentence = next((s for s in sentences if _outside_quotes(full, s)), None)
        if sentence is None or _longer(full, sentence):
            continue  # « Fatih Sayan » of « Ömer Fatih Sayan »: NER's part of a name
        if sentence is None:
            continue
        for kind, form in PERSON_FORMS.items():
            written, invented = form(full), form(INVENTED)
            if written is None or invented is None:
                continue
            yield Form(
                source.name,
                kind,
                source.article(sentence),
                source.article(sentence.replace(full, written, 1)),
                source.article(sentence.replace(full, invented, 1)),
            )


# --- quotations ---------------------------------------------------------------------------


def straight_marks(words: str) -> str | None:
    return f'"{words}"'


def curly_marks(words: str) -> str | None:
    return f"“{words}”"


def tight_marks(words: str) -> str | None:
    return f"«{words}»"


def non_breaking_marks(words: str) -> str | None:
    return f"«\u00a0{words}\u00a0»"


def cut(words: str) -> str | None:
    split = words.split()
    return f"« {' '.join(split[: len(split) // 2])} »" if len(split) >= 6 else None


def elided(words: str) -> str | None:
    split = words.split()
    if len(split) < 8:
        return None
    return f"« {' '.join(split[:3])} […] {' '.join(split[-3:])} »"


def first_letter_case(words: str) -> str | None:
    if not words[:1].isalpha():
        return None
    first = words[0].lower() if words[0].isupper() else words[0].upper()
    return f"« {first}{words[1:]} »"


def article_outside(words: str) -> str | None:
    elided = re.match(r"(?i)(l|d|qu)['’]\s*(?=\w)", words)
    return f"{elided.group(0)}« {words[elided.end() :]} »" if elided else None


QUOTE_FORMS: dict[str, Callable[[str], str | None]] = {
    "elided article outside": article_outside,
    "straight marks": straight_marks,
    "curly marks": curly_marks,
    "tight marks": tight_marks,
    "non-breaking marks": non_breaking_marks,
    "cut": cut,
    "elided": elided,
    "first letter's case": first_letter_case,
}


def _altered(words: str) -> str:
    """The quotation with the longest of its first three words changed (a false quotation, in
    every form: a cut keeps its first half, an elision its first three words)."""
    split = words.split()
    at = max(range(3), key=lambda n: len(split[n].strip(".,;:!?")))
    split[at] = "inventé"
    return " ".join(split)


def quote_forms(source: Source) -> Iterator[Form]:
    for paragraph in source.paragraphs:
        for match in QUOTE.finditer(paragraph):
            words = match.group(1)
            if len(words.split()) < 3:
                continue
            before, after = paragraph[: match.start()], paragraph[match.end() :]
            for kind, form in QUOTE_FORMS.items():
                written = form(words)
                if written is None:
                    continue
                false = form(_altered(words))
                yield Form(
                    source.name,
                    kind,
                    source.article(paragraph),
                    source.article(before + written + after),
                    source.article(before + false + after) if false else None,
                )


def indirect_forms(source: Source) -> Iterator[Form]:
    """A quotation of a paragraph that names one person of the source in full, said without its
    marks as that person's view: « selon X, … », « d'après X, … »."""
    people = _people(source)
    for paragraph in source.paragraphs:
        named = [p for p in people if p in paragraph]
        if len(named) != 1:
            continue
        for match in QUOTE.finditer(paragraph):
            words = match.group(1).rstrip(" .")
            if len(words.split()) < 4 or not words[0].isupper():
                continue
            first = words.split()[0]
            common = re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", source.text)
            said = first.lower() + words[len(first) :] if common else words  # a name stays
            for kind, opening in (("selon", "Selon"), ("d'après", "D'après")):
                yield Form(
                    source.name,
                    kind,
                    source.article(paragraph),
                    source.article(f"{opening} {named[0]}, {said}."),
                    source.article(f"{opening} {INVENTED}, {said}."),
                )


def forms(source: Source, share: tuple[int, int, int] | None = None) -> list[Form]:
    """The forms of `source`: all, or a `share` (as `TABLE`) of its people, quotations and
    indirect speech, each with all its forms."""
    groups = (person_forms(source), quote_forms(source), indirect_forms(source))
    if share is None:
        return [form for group in groups for form in group]
    return [form for group, n in zip(groups, share, strict=True) for form in _first(group, n)]


def _first(forms: Iterator[Form], n: int) -> list[Form]:
    """The forms of the first `n` facts of a group (a fact's forms follow each other and share
    their `original`)."""
    out: list[Form] = []
    originals: list[str] = []
    for form in forms:
        if form.original not in originals:
            if len(originals) == n:
                break
            originals.append(form.original)
        out.append(form)
    return out


# --- names an honest writer derives from the source (round 8) --------------------------------


@dataclass(frozen=True)
class Derived:
    """A source sentence's actor, place or role said as a writer derives it from the source (a
    state by its seat, a person by a demonym the source gives, a role said another way, an
    organisation for its spokesperson), each `true` form beside its `false` twin: the same
    derivation from a fact the source does not give."""

    source: str  # tests/data/wikinews/<source>.txt
    said: str  # the source's own words the forms derive from (they must be there)
    kind: str
    true: str
    false: str

    def text(self) -> str:
        return (DATA / "wikinews" / f"{self.source}.txt").read_text(encoding="utf-8")


DERIVED = (
    # a state or a body by its seat, where the source names the state, its office or its people
    Derived("r12-p2", "le président des États-Unis , a publié une lettre", "seat",
            "Washington a annoncé l'annulation du sommet avec la Corée du Nord.",
            "Pékin a annoncé l'annulation du sommet avec la Corée du Nord."),
    Derived("r12-p2", "à l'encontre de Pyongyang", "seat",
            "Washington poursuivra sa campagne de pression maximale contre Pyongyang.",
            "Washington poursuivra sa campagne de pression maximale contre Téhéran."),
    Derived("r12-p2", "l'annulation du sommet entre les États-Unis et la Corée du Nord", "seat",
            "Donald Trump a annulé le sommet avec Pyongyang prévu le 12 juin à Singapour.",
            "Donald Trump a annulé le sommet avec Moscou prévu le 12 juin à Singapour."),
    Derived("11", "La Commission européenne a lancé le 7 juillet", "seat",
            "Bruxelles a lancé le 7 juillet une procédure de sanction contre le Portugal et "
            "l'Espagne.",
            "Berlin a lancé le 7 juillet une procédure de sanction contre le Portugal et "
            "l'Espagne."),
    Derived("11", "envers le Portugal et l'Espagne", "seat",
            "La Commission européenne a lancé le 7 juillet une procédure de sanction contre "
            "Lisbonne et Madrid.",
            "La Commission européenne a lancé le 7 juillet une procédure de sanction contre "
            "Lisbonne et Rome."),
    Derived("r5-t2", "L'Élysée a annoncé qu'Hollande réunira", "seat",
            "Le président de la République réunira la Conférence des représentants des cultes "
            "mercredi matin, a annoncé l'Élysée.",
            "Le président de la République réunira la Conférence des représentants des cultes "
            "mercredi matin, a annoncé Matignon."),
    Derived("r10-i4", "Le Premier ministre israélien Benyamin Netanyahou", "country",
            "Israël poursuivra ses opérations militaires dans le sud de la Syrie s'il le juge "
            "nécessaire, a annoncé Benyamin Netanyahou.",
            "L'Égypte poursuivra ses opérations militaires dans le sud de la Syrie s'il le "
            "juge nécessaire, a annoncé Benyamin Netanyahou."),
    Derived("r12-p1", "à Lisbonne au Portugal", "seat",
            "Ce samedi se tenait à Lisbonne la finale du concours, où Israël a triomphé.",
            "Ce samedi se tenait à Varsovie la finale du concours, où Israël a triomphé."),
    Derived("r12-p2", "vous parlez de vos capacités nucléaires", "seat",
            "Le président américain répond à Pyongyang en rappelant les capacités nucléaires "
            "américaines.",
            "Le président américain répond à Téhéran en rappelant les capacités nucléaires "
            "américaines."),
    Derived("r12-p3", "39,3 degrés Celsius dans la ville d' Ibigawa", "unit",
            "Le thermomètre a atteint 39,3 °C à Ibigawa, dans la préfecture de Gifu.",
            "Le thermomètre a atteint 39,3 °C à Osaka, dans la préfecture de Gifu."),
    # a person by the demonym the source gives, a country's adjective on its things
    Derived("r4-t5", "l'attaquant belge Romelu Lukaku", "demonym",
            "Manchester United avait payé 75 millions d'euros pour signer le Belge Romelu "
            "Lukaku.",
            "Manchester United avait payé 75 millions d'euros pour signer le Suisse Romelu "
            "Lukaku."),
    Derived("r12-p2", "mais les nôtres sont si massives", "country's adjective",
            "Donald Trump met en garde le dirigeant nord-coréen et rappelle la puissance des "
            "capacités nucléaires américaines.",
            "Donald Trump met en garde le dirigeant nord-coréen et rappelle la puissance des "
            "capacités nucléaires russes."),
    Derived("w2-b", "son ultime source de ravitaillement", "country's adjective",
            "L'EI pourrait alors perdre son ultime source de ravitaillement, qui passe par la "
            "frontière turque.",
            "L'EI pourrait alors perdre son ultime source de ravitaillement, qui passe par la "
            "Jordanie."),
    # a role said another way, a past role, a possessive
    Derived("r12-p2", "Donald Trump , le président des États-Unis", "role",
            "Le chef de l'État américain a publié une lettre annonçant l'annulation du sommet.",
            "Le chef de l'État chinois a publié une lettre annonçant l'annulation du sommet."),
    Derived("r12-p2", "Donald Trump , le président des États-Unis", "role",
            "Le locataire de la Maison Blanche a publié une lettre annonçant l'annulation du "
            "sommet.",
            "Le locataire de l'Élysée a publié une lettre annonçant l'annulation du sommet."),
    Derived("r5-t2", "Le président de la République François Hollande", "role",
            "François Hollande, le chef de l'État, est arrivé sur place à 13 h.",
            "François Hollande, le Premier ministre, est arrivé sur place à 13 h."),
    Derived("r6-t6", "Le ministre de l'intérieur hongrois, Sándor Pintér", "role",
            "Le ministre Sándor Pintér a expliqué que le peuple hongrois attend du gouvernement "
            "qu'il lutte contre l'immigration illégale.",
            "Le président Sándor Pintér a expliqué que le peuple hongrois attend du gouvernement "
            "qu'il lutte contre l'immigration illégale."),
    Derived("r8-a1", "l'ex-présidente Mary McAleese", "past role",
            "L'ancienne présidente Mary McAleese avait assisté à la Pride.",
            "L'ancienne sénatrice Mary McAleese avait assisté à la Pride."),
    Derived("r12-p2", "avec le dirigeant nord-coréen, il le met en garde", "possessive",
            "Donald Trump met en garde son homologue nord-coréen contre tout acte "
            "« irresponsable ».",
            "Donald Trump met en garde son homologue chinois contre tout acte "
            "« irresponsable »."),
    # the organisation for its spokesperson's words
    Derived("r5-t2", "le porte-parole du ministère de l'Intérieur", "spokesperson",
            "Selon le ministère de l'Intérieur, un camion de démineurs est intervenu vers "
            "11 h 30.",
            "Selon le ministère de la Défense, un camion de démineurs est intervenu vers "
            "11 h 30."),
    Derived("r8-a2", "Le porte-parole de l'Élysée , Bruno-Roger Petit", "spokesperson",
            "Selon l'Élysée, Alexandre Benalla avait demandé l'autorisation d'observer les "
            "opérations de maintien de l'ordre.",
            "Selon Matignon, Alexandre Benalla avait demandé l'autorisation d'observer les "
            "opérations de maintien de l'ordre."),
)  # fmt: skip
