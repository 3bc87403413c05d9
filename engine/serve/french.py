"""The French of everything the engine says that `plume serve` shows: the one catalogue.

Each group is a table of (English template, French template), tried in order (the more
particular first); `engine.serve.translate` matches a text against them. A slot's name says
what it holds: a name in `SLOTS` is typed (its text is checked and said in French), a name in
`GROUPS` holds a whole text of that group, any other name is text kept as written. A digit
after a name tells two slots of a kind apart (`{n}`, `{n2}`). In a French template, a space
before « : ; ? ! » is set as a no-break space.

A message the gate, the writer or the server starts to say needs its line here: the test
tests/test_serve_french.py runs the gate over the test data and fails on any message that has
no French form.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.text.lexicon import tagged

# --- typed slots -----------------------------------------------------------------------------

_TARGETS = {
    "title": "titre",
    "description": "méta-description",
    "slug": "slug",
    "intro": "chapeau",
    "body": "corps",
    "meta": "titre et méta-description",
    "headings": "intertitres",
}
_INDEXED = {"section": "section", "heading": "intertitre"}
_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


def target(text: str) -> str | None:
    """ "section:2" → "section 3" (counted from one, as the page counts), "intro" → "chapeau"."""
    if text in _TARGETS:
        return _TARGETS[text]
    kind, _, index = text.partition(":")
    if kind in _INDEXED and index.isdigit():
        return f"{_INDEXED[kind]} {int(index) + 1}"
    return None


def targets(text: str) -> str | None:
    said = [target(t) for t in text.split(", ")]
    return None if None in said else ", ".join(said)  # type: ignore[arg-type]


def number(text: str) -> str | None:
    """ "0.48" → "0,48", "12,345" → "12 345" (a no-break space)."""
    if not _NUMBER.fullmatch(text):
        return None
    return text.replace(",", "\u00a0").replace(".", ",")


def word(table: dict[str, str]) -> Callable[[str], str | None]:
    return table.get


def check_ids(text: str) -> str | None:
    """The gate's check ids (« length, structure »): names of code, kept as they are."""
    return text if re.fullmatch(r"[a-z]+(?:, [a-z]+)*", text) else None


def units(text: str) -> str | None:
    """The engine's plural of a French unit (« kilomètres », « moiss »): the unit itself."""
    return text[:-1] if text.endswith("s") and len(text) > 1 else None


SLOTS: dict[str, Callable[[str], str | None]] = {
    "where": target,
    "wheres": targets,
    "n": number,
    "ids": check_ids,
    "id": lambda text: text if re.fullmatch(r"[a-z]+", text) else None,
    "units": units,
    "kind": word(
        {**tagged("fact_kinds"), "ordinal": "ordinal", "duration": "durée", "factor": "facteur"}
    ),
    # the part of the article a language finding is about
    "what": word(
        {
            "title": "titre",
            "description": "méta-description",
            "paragraph": "paragraphe",
            "heading": "intertitre",
        }
    ),
    # where the keyphrase must be
    "place": word(
        {"title": "le titre", "intro": "le chapeau", "meta description": "la méta-description"}
    ),
    "leak": word(
        {
            "assistant chatter": "le bavardage d'assistant",
            "instruction": "la consigne",
            "chat template token": "le jeton de modèle de conversation",
        }
    ),
    # how much of a thing a sentence says (engine.gate.slots.scope)
    "bound": word(
        {
            "all": "tout",
            "most": "la plupart",
            "many": "beaucoup",
            "some": "une partie",
            "a few": "quelques-uns",
            "half": "la moitié",
            "only": "seulement",
            "one": "un seul",
        }
    ),  # fmt: skip
    "status": word(
        {
            "queued": "en attente",
            "running": "en cours",
            "passed": "acceptée",
            "rejected": "refusée",
            "failed": "en échec",
            "cancelled": "annulée",
        }
    ),
    # what the article or the source is called in an error
    # what an error names (a message starts with it): the text given, or its file's name
    "name": lambda text: {"the article": "L'article", "the source": "La source"}.get(text, text),
    "label_cap": word({"The article": "L'article", "The source": "La source"}),
    # a model call, as the progress line names it
    "step": lambda text: {
        "plan": "plan",
        "intro": "chapeau",
        "meta": "titre et méta-description",
        "headings": "intertitres",
    }.get(text, text),  # fmt: skip
}

# --- the groups ------------------------------------------------------------------------------

# What a claim check found, said after the article's sentence (engine.gate.claims, slots).
PROBLEMS = (
    ("gives «{x}» where the source gives «{y}»", "donne «{x}» là où la source donne «{y}»"),
    (
        "gives the «{x}» what the source says of {y}",
        "attribue au «{x}» ce que la source dit de {y}",
    ),
    (
        "counts «{x}»: the source's {y} counts {units}",
        "compte «{x}» : pour {y}, la source compte en «{units}»",
    ),
    (
        "gives «{x}» in {units}: the source's {y} counts {units2}",
        "donne «{x}» en «{units}» : pour {y}, la source compte en «{units2}»",
    ),
    ("counts «{x}»: the source counts «{y}»", "compte «{x}» : la source compte «{y}»"),
    ("says «{x} de» {y}, the source the opposite", "dit «{x} de» {y}, la source le contraire"),
    (
        "makes {x} a rise: the source says the opposite",
        "fait de {x} une hausse : la source dit le contraire",
    ),
    (
        "makes {x} a fall: the source says the opposite",
        "fait de {x} une baisse : la source dit le contraire",
    ),
    (
        "makes the change go from «{x}» to «{y}»: the source goes from «{z}» to «{w}»",
        "fait aller le changement de «{x}» à «{y}» : la source va de «{z}» à «{w}»",
    ),
    (
        "says «{x}» of a change from «{y}» to «{z}»: a rise, as the source says",
        "dit «{x}» d'un changement de «{y}» à «{z}» : une hausse, comme le dit la source",
    ),
    (
        "says «{x}» of a change from «{y}» to «{z}»: a fall, as the source says",
        "dit «{x}» d'un changement de «{y}» à «{z}» : une baisse, comme le dit la source",
    ),
    (
        "gives examples («notamment») where the source says only",
        "donne des exemples («notamment») là où la source dit seulement",
    ),
    ("calls {x} a {y}: it was a {z}", "fait du {x} un {y} : c'était un {z}"),
    ("says «{x}» «{y}», the source the opposite", "dit «{x}» «{y}», la source le contraire"),
    ("says «{x}» where the source says «{y}»", "dit «{x}» là où la source dit «{y}»"),
    (
        "affirms what the source denies («{x}» for «{y}»)",
        "affirme ce que la source nie («{x}» pour «{y}»)",
    ),
    (
        "denies what the source affirms («{x}» for «{y}»)",
        "nie ce que la source affirme («{x}» pour «{y}»)",
    ),
    ("affirms what the source denies ({x})", "affirme ce que la source nie ({x})"),
    ("denies what the source affirms ({x})", "nie ce que la source affirme ({x})"),
    (
        "gives «{x}» to {y}: the source's speaker is {z}",
        "attribue «{x}» à {y} : dans la source, c'est {z} qui le dit",
    ),
    (
        "quotes «{x}» out of its context: the source does not say that",
        "cite «{x}» hors de son contexte : la source ne dit pas cela",
    ),
    (
        "calls {x} «{y}»: the source gives {z} no such role (it says «{w}»)",
        "présente {x} comme «{y}» : la source ne donne pas ce rôle à {z} (elle dit «{w}»)",
    ),
    (
        "calls {x} «{y}»: the source gives {z} no such role",
        "présente {x} comme «{y}» : la source ne donne pas ce rôle à {z}",
    ),
    (
        "calls {x} «{y}»: the source gives {z} another portfolio (it says «{w}»)",
        "présente {x} comme «{y}» : la source donne à {z} un autre portefeuille (elle dit «{w}»)",
    ),
    (
        "calls {x} «{y}»: the source says {z} is «{w}»",
        "présente {x} comme «{y}» : selon la source, {z} est «{w}»",
    ),
    (
        "calls {x} «{y}»: the source does not say {z} is (it says «{w}»)",
        "dit {x} «{y}» : la source ne le dit pas de {z} (elle dit «{w}»)",
    ),
    (
        "calls {x} «{y}»: the source does not say {z} is",
        "dit {x} «{y}» : la source ne le dit pas de {z}",
    ),
    (
        "makes {x}, absent from the source, the source of the claim",
        "fait de {x}, que la source ne nomme pas, l'origine de l'affirmation",
    ),
    (
        "makes {x}, absent from the source, the actor",
        "fait de {x}, que la source ne nomme pas, l'auteur de l'action",
    ),
    (
        "makes the {x} the actor where the source names the {y}",
        "fait de «{x}» l'auteur de l'action là où la source nomme «{y}»",
    ),
    (
        "makes {x} the actor where the source names {y}",
        "fait de {x} l'auteur de l'action là où la source nomme {y}",
    ),
    (
        "makes {x} undergo «{y}»: the source says the reverse",
        "fait subir «{y}» à {x} : la source dit l'inverse",
    ),
    (
        "makes {x} act on «{y}»: the source says the reverse",
        "fait de {x} l'auteur de «{y}» : la source dit l'inverse",
    ),
    (
        "makes {x} act on {y}: the source says the reverse",
        "fait agir {x} sur {y} : la source dit l'inverse",
    ),
    (
        "makes {x} «{y}» where the source has {z} do it",
        "fait de {x} le sujet de «{y}» là où la source y met {z}",
    ),
    (
        "gives {x} the place of {y} («{u}», «{v}»): the source says the reverse",
        "met {x} là où la source met {y} («{u}», «{v}») : elle dit l'inverse",
    ),
    (
        "gives {x} what the source gives {y} («{u}») and {x2} what it gives {y2}",
        "donne à {x} ce que la source donne à {y} («{u}») et à {x2} ce qu'elle donne à {y2}",
    ),
    (
        "drops the restriction the source puts on «{x}» («{y}»)",
        "omet la restriction que la source met sur «{x}» («{y}»)",
    ),
    (
        "names {x}, absent from the source, where it names {y}",
        "nomme {x}, que la source ne nomme pas, là où elle nomme {y}",
    ),
    (
        "names {x} where the source names {y}: it exchanges them",
        "nomme {x} là où la source nomme {y} : il les intervertit",
    ),
    ("names {x} where the source names {y}", "nomme {x} là où la source nomme {y}"),
    (
        "gives a cause the source does not («{x}»: «{y}» is not in the source)",
        "donne une cause que la source ne donne pas («{x}» : «{y}» n'est pas dans la source)",
    ),
    (
        "gives a consequence the source does not («{x}»: «{y}» is not in the source)",
        "donne une conséquence que la source ne donne pas («{x}» : «{y}» n'est pas dans la source)",
    ),
    (
        "adds a consequence («{x}») the source does not give here",
        "ajoute une conséquence («{x}») que la source ne donne pas ici",
    ),
    (
        "links facts with «{x}» where the source gives no such link",
        "relie des faits par «{x}» là où la source ne fait pas ce lien",
    ),
    (
        "puts in the future («{x}») what the source dates before its own date («{y}»)",
        "met au futur («{x}») ce que la source date d'avant sa propre date («{y}»)",
    ),
    (
        "puts in the future («{x}») what the source gives as done",
        "met au futur («{x}») ce que la source donne comme fait",
    ),
    (
        "gives as planned («{x}») what the source gives as done",
        "donne comme projeté («{x}») ce que la source donne comme fait",
    ),
    (
        "gives as done («{x}») what the source gives as to come",
        "donne comme fait («{x}») ce que la source annonce comme à venir",
    ),
    (
        "gives as to come («{x}») what the source gives as done",
        "annonce comme à venir («{x}») ce que la source donne comme fait",
    ),
    (
        "gives as done already («{x}») what the source gives as under way",
        "donne comme déjà fait («{x}») ce que la source donne comme en cours",
    ),
    ("hedges («{x}») what the source states", "nuance («{x}») ce que la source affirme"),
    (
        "gives as intended («{x}») what the source gives as done",
        "donne comme seulement voulu («{x}») ce que la source donne comme fait",
    ),
    (
        "gives as done («{x}») what the source only wants or tries",
        "donne comme fait («{x}») ce que la source donne seulement comme voulu ou tenté",
    ),
    (
        "gives as certain («{x}») what the source gives as possible",
        "donne pour certain («{x}») ce que la source ne donne que comme possible",
    ),
    (
        "states («{x}») what the source says only seems so",
        "affirme («{x}») ce qui, selon la source, semble seulement l'être",
    ),
    (
        "states as a fact what the source only alleges (a conditional)",
        "donne pour un fait ce que la source avance seulement au conditionnel",
    ),
    (
        "states («{x}») what the source only gives as possible",
        "affirme («{x}») ce que la source ne donne que comme possible",
    ),
    (
        "ranks «{x}» «{y}» where the source says «{z}» («{w}»)",
        "classe «{x}» «{y}» là où la source dit «{z}» («{w}»)",
    ),
    (
        "ranks «{x}» «{y}» where the source says «{z}»",
        "classe «{x}» «{y}» là où la source dit «{z}»",
    ),
    (
        "says {bound} («{x}») where the source says a share («{y}»)",
        "dit «{bound}» («{x}») là où la source n'en dit qu'une part («{y}»)",
    ),
    (
        "says {bound} («{x}») where the source says {bound2}",
        "dit «{bound}» («{x}») là où la source dit «{bound2}»",
    ),
    (
        "says {bound} («{x}») where the source does not",
        "dit «{bound}» («{x}») là où la source ne le dit pas",
    ),
    (
        "says {bound} («{x}») where the source counts them",
        "dit «{bound}» («{x}») là où la source les dénombre",
    ),
    (
        "says {bound} («{x}») where the source says only those «{y}»",
        "dit «{bound}» («{x}») là où la source dit seulement ceux-là : «{y}»",
    ),
    (
        "makes a superlative the source does not make («{x}»)",
        "emploie un superlatif que la source n'emploie pas («{x}»)",
    ),
    (
        "states as a fact what the source gives on someone's word («{x}»)",
        "donne pour un fait ce que la source attribue à quelqu'un («{x}»)",
    ),
    (
        "states as a fact («{x}») what the source says can happen",
        "donne pour un fait («{x}») ce que la source dit seulement possible",
    ),
    (
        "gives as certain («{x}») what the source only expects («{y}»)",
        "donne pour certain («{x}») ce que la source ne fait qu'attendre («{y}»)",
    ),
    (
        "gives as certain («{x}») what the source only fears",
        "donne pour certain («{x}») ce que la source ne fait que craindre",
    ),
    (
        "drops the condition the source gives («{x}»)",
        "omet la condition que donne la source («{x}»)",
    ),
    ("states without the source's «{x}»", "affirme sans le «{x}» de la source"),
)

# A figure the source does not give, in the claim checks' frame (engine.gate.claims).
_UNKNOWN = (
    "{kind} not in the source «{x}», only the source's figures",
    "«{x}» ({kind}) n'est pas dans la source (seuls ses chiffres sont admis)",
)
_COMPUTED = (
    _UNKNOWN[0] + " (the sum or difference of two of them?)",
    "«{x}» ({kind}) n'est pas dans la source (seuls ses chiffres sont admis ; la somme ou la "
    "différence de deux d'entre eux ?)",
)

# The gate's findings, whole (engine/gate/*.py), each check in gate order.
FINDINGS = (
    # language
    ("{where}: remove the code fence in the {what}", "{where} : retirez le bloc de code ({what})"),
    ("{where}: remove the {leak} «{x}» from the {what}", "{where} : retirez {leak} «{x}» ({what})"),
    (
        "{where}: the {what} repeats Plume's instructions to the model «{x}»: cut them, they are "
        "not article text",
        "{where} : le texte ({what}) reprend les consignes de Plume au modèle «{x}» : "
        "coupez-les, ce n'est pas du texte d'article",
    ),
    (
        "{where}: the {what} copies the prompt's list of facts «{x}»: cut the list, say each "
        "fact in a sentence",
        "{where} : le texte ({what}) recopie la liste de faits de la consigne «{x}» : coupez "
        "la liste, dites chaque fait dans une phrase",
    ),
    (
        "{where}: the {what} repeats the gate's feedback «{x}»: cut it",
        "{where} : le texte ({what}) reprend le retour de la vérification «{x}» : coupez-le",
    ),
    (
        "{where}: write this {what} in French: «{x}»",
        "{where} : écrivez ce texte ({what}) en français : «{x}»",
    ),
    (
        "{where}: {n} of its {n2} words are common French words; write the article as French prose",
        "{where} : {n} de ses {n2} mots seulement sont des mots français courants ; écrivez "
        "l'article en prose française",
    ),
    ("body is French, no chatter or leftovers", "corps en français, sans bavardage ni restes"),
    # length
    (
        "body has {n} words, {n2} needed: add {n3} words",
        "le corps a {n} mots, {n2} demandés : ajoutez-en {n3}",
    ),
    ("body has {n} words", "le corps a {n} mots"),
    # structure
    (
        "{where}: the article needs exactly one H1 title",
        "{where} : l'article doit avoir un seul titre H1",
    ),
    (
        "body has {n} H2 subheadings: add sections",
        "le corps a {n} intertitres H2 : ajoutez des sections",
    ),
    (
        "intro: {n} words before the first H2, write {n2}–{n3}",
        "chapeau : {n} mots avant le premier H2, écrivez-en {n2} à {n3}",
    ),
    (
        "{where} «{x}»: {n} words, write {n2}–{n3}",
        "{where} «{x}» : {n} mots, écrivez-en {n2} à {n3}",
    ),
    ("{where}: empty subheading, write one", "{where} : intertitre vide, écrivez-en un"),
    (
        "{where} «{x}»: duplicate subheading, rename it",
        "{where} «{x}» : intertitre en double, renommez-le",
    ),
    (
        "{where} «{x}»: subheading of {n} characters, shorten it",
        "{where} «{x}» : intertitre de {n} caractères, raccourcissez-le",
    ),
    ("{where} «{x}»: H3 with no H2 above it", "{where} «{x}» : H3 sans H2 au-dessus"),
    (
        "1 H1, {n} H2, intro {n2} words, sections {n3}–{n4} words",
        "1 H1, {n} H2, chapeau de {n2} mots, sections de {n3} à {n4} mots",
    ),
    # keyphrase
    (
        "no keyphrase: give --keyphrase or a `keyphrase:` front matter field",
        "pas d'expression clé : donnez-en une (le champ « Expression clé », ou `keyphrase:` "
        "dans l'en-tête de l'article)",
    ),
    (
        "{where}: put the keyphrase «{x}» in the {place}",
        "{where} : mettez l'expression clé «{x}» dans {place}",
    ),
    (
        "keyphrase «{x}» density {n} % ({n2} times): use it less, above all in {wheres}, or use "
        "synonyms",
        "expression clé «{x}» : densité de {n} % ({n2} fois) : employez-la moins, surtout dans "
        "{wheres}, ou employez des synonymes",
    ),
    (
        "keyphrase «{x}» density {n} % ({n2} times): use it more often in the sections",
        "expression clé «{x}» : densité de {n} % ({n2} fois) : employez-la plus souvent dans "
        "les sections",
    ),
    (
        "{where}: keyphrase in {n} of {n2} H2 ({n3}%), take it out of this subheading",
        "{where} : expression clé dans {n} H2 sur {n2} ({n3} %), retirez-la de cet intertitre",
    ),
    (
        "{where}: keyphrase in {n} of {n2} H2 ({n3}%), put it in this subheading",
        "{where} : expression clé dans {n} H2 sur {n2} ({n3} %), mettez-la dans cet intertitre",
    ),
    (
        "keyphrase «{x}» density {n} %, in title, intro, meta, {n2}% of H2",
        "expression clé «{x}» : densité de {n} %, dans le titre, le chapeau, la méta-description "
        "et {n2} % des H2",
    ),
    # metadata
    ("{where}: no title: write one", "{where} : pas de titre : écrivez-en un"),
    (
        "{where}: the source's title kept as is: customise it",
        "{where} : le titre de la source est repris tel quel : écrivez le vôtre",
    ),
    ("{where}: {n} characters, shorten it", "{where} : {n} caractères, raccourcissez"),
    ("{where}: {n} characters, lengthen it", "{where} : {n} caractères, allongez"),
    (
        "{where}: no meta description (front matter `description:`)",
        "{where} : pas de méta-description (`description:` dans l'en-tête de l'article)",
    ),
    (
        "{where}: no slug (front matter `slug:`)",
        "{where} : pas de slug (`slug:` dans l'en-tête de l'article)",
    ),
    (
        "{where}: «{x}» is not lowercase ASCII words and hyphens, ≤ {n} chars",
        "{where} : «{x}» n'est pas fait de mots ASCII en minuscules et de tirets, ≤ {n} caractères",
    ),
    (
        "{where}: «{x}» lacks the keyphrase's {y}",
        "{where} : il manque à «{x}» ces mots de l'expression clé : {y}",
    ),
    (
        "title {n} chars, description {n2} chars, slug «{x}»",
        "titre de {n} caractères, méta-description de {n2} caractères, slug «{x}»",
    ),
    # fidelity: the fact inventory
    (
        "{where}: quotation not in the source «{x}», verbatim from the source",
        "{where} : citation absente de la source : «{x}» (une citation doit être celle de la "
        "source, mot pour mot)",
    ),
    (
        "{where}: person not in the source «{x}», only people of the source",
        "{where} : personne absente de la source : «{x}» (seules les personnes de la source "
        "sont admises)",
    ),
    (
        "{where}: first name not in source «{x}», the source's surname",
        "{where} : prénom que la source ne donne pas : «{x}» (la source ne donne que le nom)",
    ),
    (
        "{where}: name spelt otherwise «{x}», the source's spelling",
        "{where} : nom écrit autrement que dans la source : «{x}» (vérifiez l'orthographe)",
    ),
    (
        "{where}: organisation not in the source «{x}», named in the source",
        "{where} : organisation que la source ne nomme pas : «{x}»",
    ),
    (
        "{where}: place not in the source «{x}», named in the source",
        "{where} : lieu que la source ne nomme pas : «{x}»",
    ),
    (
        "the source's {kind} «{x}» is missing: give it in the article",
        "«{x}» ({kind} de la source) manque dans l'article : reprenez-le",
    ),
    (
        "the source's small numbers {x} are not in the article: keep what matters",
        "petits nombres de la source absents de l'article : {x} ; gardez ceux qui comptent",
    ),
    (
        "the article condenses its source and leaves out {n} of its figures ({x}): keep what "
        "matters",
        "l'article condense sa source et laisse de côté {n} de ses chiffres ({x}) : gardez ceux "
        "qui comptent",
    ),
    (
        "{n} source figures kept, nothing invented",
        "{n} chiffres de la source conservés, rien d'inventé",
    ),
    # fidelity: the claims, a sentence and what is wrong with it
    (
        "{where}: " + _COMPUTED[0] + ", in «{said}»; the source says: «{source}»",
        "{where} : " + _COMPUTED[1] + ", dans «{said}» ; la source dit : «{source}»",
    ),
    ("{where}: " + _COMPUTED[0] + ", in «{said}»", "{where} : " + _COMPUTED[1] + ", dans «{said}»"),
    (
        "{where}: " + _UNKNOWN[0] + ", in «{said}»; the source says: «{source}»",
        "{where} : " + _UNKNOWN[1] + ", dans «{said}» ; la source dit : «{source}»",
    ),
    ("{where}: " + _UNKNOWN[0] + ", in «{said}»", "{where} : " + _UNKNOWN[1] + ", dans «{said}»"),
    (
        "{where}: «{said}» {problems}; the source says: «{source}»",
        "{where} : «{said}» {problems} ; la source dit : «{source}»",
    ),
    ("{where}: «{said}» {problems}", "{where} : «{said}» {problems}"),
    # originality
    (
        "{where}: {n} words copied from the source, rewrite «{x}»",
        "{where} : {n} mots copiés de la source, réécrivez «{x}»",
    ),
    (
        "{n}% of the body is copied from the source in runs of ≥ {n2} words: rewrite it",
        "{n} % du corps est copié de la source par suites de {n2} mots ou plus : réécrivez-le",
    ),
    ("{n}% of words in copied runs", "{n} % des mots dans des suites copiées"),
    (
        "skipped: no source given (give --source to check facts and copying)",
        "non vérifié : aucune source donnée (donnez la source pour vérifier les faits et la copie)",
    ),
    # repetition
    (
        "{where}: paragraph repeated from {where2}, replace it with new content",
        "{where} : paragraphe repris de {where2}, remplacez-le par du neuf",
    ),
    (
        "{where}: passage said twice, «{x}»: rewrite or cut it",
        "{where} : passage dit deux fois, «{x}» : réécrivez-le ou coupez-le",
    ),
    (
        "{where}: sentence said twice (first in {where2}), «{x}»: rewrite or cut it",
        "{where} : phrase dite deux fois (d'abord dans {where2}), «{x}» : réécrivez-la ou "
        "coupez-la",
    ),
    ("no repeated paragraph, sentence or loop", "aucun paragraphe, phrase ou boucle répétés"),
    # readability
    (
        "{n}% of sentences over {n2} words, most in {where}: split them",
        "{n} % des phrases dépassent {n2} mots, surtout dans {where} : coupez-les",
    ),
    ("{n}% of sentences over {n2} words", "{n} % des phrases dépassent {n2} mots"),
    ("{where}: paragraph of {n} words, split it", "{where} : paragraphe de {n} mots, coupez-le"),
    ("no over-long paragraph", "aucun paragraphe trop long"),
    ("{n}% of sentences in the passive voice", "{n} % des phrases à la voix passive"),
    ("{n}% of sentences with a transition word", "{n} % des phrases avec un mot de liaison"),
    (
        "{n} consecutive sentences start with «{x}» in {where}: vary them",
        "{n} phrases de suite commencent par «{x}» dans {where} : variez-les",
    ),
    ("{n} consecutive sentences start with «{x}»", "{n} phrases de suite commencent par «{x}»"),
    ("Kandel–Moles reading ease {n}", "lisibilité Kandel–Moles {n}"),
)

# What a finding expects (its "expected" column).
EXPECTED = (
    ("≥ {n}", "≥ {n}"),
    ("1 H1", "1 H1"),
    ("≥ {n} H2", "≥ {n} H2"),
    ("{n}–{n2} words", "{n} à {n2} mots"),
    ("a heading", "un intertitre"),
    ("unique", "unique"),
    ("≤ {n} chars", "≤ {n} caractères"),
    ("H2 above", "un H2 au-dessus"),
    ("a keyphrase", "une expression clé"),
    ("in the {place}", "dans {place}"),
    ("{n}–{n2} %", "{n} à {n2} %"),
    ("{n}%–{n2}% of H2", "{n} à {n2} % des H2"),
    ("{n}–{n2} chars", "{n} à {n2} caractères"),
    ("a title of its own", "un titre à soi"),
    (
        "lowercase ASCII words and hyphens, ≤ {n} chars",
        "mots ASCII en minuscules et tirets, ≤ {n} caractères",
    ),
    ("holds the keyphrase", "contient l'expression clé"),
    ("≤ {n} words copied in a row", "≤ {n} mots copiés à la suite"),
    (
        "≤ {n}% of words in copied runs of ≥ {n2}",
        "≤ {n} % des mots dans des suites copiées de {n2} mots ou plus",
    ),
    ("a source", "une source"),
    ("no passage of ≥ {n} words repeated", "aucun passage de {n} mots ou plus répété"),
    (
        "no paragraph or sentence of ≥ {n} words repeated, no loop",
        "aucun paragraphe ni phrase de {n} mots ou plus répétés, aucune boucle",
    ),
    ("≤ {n}%", "≤ {n} %"),
    ("≥ {n}%", "≥ {n} %"),
    ("≤ {n} in a row", "≤ {n} à la suite"),
    ("≤ {n} words", "≤ {n} mots"),
    ("French", "français"),
    ("French, no chatter", "français, sans bavardage"),
    ("What the source says", "ce que dit la source"),
    ("Verbatim from the source", "mot pour mot de la source"),
    ("Only people of the source", "seulement les personnes de la source"),
    ("The source's surname", "le nom que donne la source"),
    ("Named in the source", "nommé dans la source"),
    ("Every source figure", "chaque chiffre de la source"),
    ("nothing invented", "rien d'inventé"),
    # a finding's value, where it is a word
    ("code fence", "bloc de code"),
    ("assistant chatter", "bavardage d'assistant"),
    ("instruction", "consigne"),
    ("chat template token", "jeton de modèle de conversation"),
    ("prompt echo", "écho de la consigne"),
    ("facts list", "liste de faits"),
    ("gate feedback", "retour de la vérification"),
    ("not French", "pas en français"),
    ("not French prose", "pas de la prose française"),
)

# Why something ended or was kept, said inside a progress or verdict line.
REASONS = (
    ("the first draft", "le premier jet"),
    ("the draft of repair round {n}", "le brouillon de la réparation {n}"),
    ("passed", "accepté"),
    ("max_rounds: {n} repair round(s) done", "max_rounds : {n} réparation(s) faite(s)"),
    (
        "no progress: repair round {n} left {n2} failed hard finding(s), not fewer than the {n3} "
        "before it",
        "aucun progrès : la réparation {n} laisse {n2} échec(s) bloquant(s), pas moins que les "
        "{n3} d'avant",
    ),
    # why the model's plan or meta could not be read (engine.write.plan)
    ("no JSON object in the model's answer", "pas d'objet JSON dans la réponse du modèle"),
    ("the plan has no list of sections", "le plan n'a pas de liste de sections"),
    (
        "the plan has {n} usable sections, {n2} needed",
        "le plan a {n} sections utilisables, {n2} demandées",
    ),
    ("expected {n} headings", "{n} intertitres attendus"),
    ("the headings are empty or repeated", "les intertitres sont vides ou répétés"),
    # where the minimum length came from (engine.output.summary.min_words_said)
    ("your min_words; the source asks for {n}", "votre minimum ; la source demande {n}"),
    ("your min_words", "votre minimum"),
    ("the directive", "la consigne de la rédaction"),
    ("default; min_words to change", "par défaut ; modifiable dans le formulaire"),
    ("PLUME_MIN_WORDS", "PLUME_MIN_WORDS"),
)

# The minimum length a brief says (`/api/brief`'s min_words_said).
MINIMUM = (("{n} ({reasons})", "{n} mots ({reasons})"),)

# The progress lines of a rewrite (engine.write.draft and rewriter, engine.serve.worker).
_CALL = "{step}: {n} tokens, {n2} tok/s, prompt {n3}/{n4} tokens evaluated — "
_APPEL = "{step} : {n} jetons, {n2} jetons/s, consigne : {n3} jetons lus sur {n4} — "
PROGRESS = (
    (
        "brief: keyphrase « {x} », min words: {n} ({reasons})",
        "brief : expression clé « {x} », minimum : {n} mots ({reasons})",
    ),
    (
        "plan: the model writes the outline (call 1; the first call is the slowest)",
        "plan : le modèle écrit le plan (appel 1 ; le premier appel est le plus lent)",
    ),
    (
        "plan unreadable ({reasons}): using a neutral outline",
        "plan illisible ({reasons}) : plan neutre employé",
    ),
    (
        "meta description: the model gave none; the repair round asks again",
        "méta-description : le modèle n'en a pas donné ; la réparation la redemande",
    ),
    (
        "meta unreadable ({reasons}): title and description kept",
        "titre et méta-description illisibles ({reasons}) : ceux d'avant sont gardés",
    ),
    (
        "headings unreadable ({reasons}): kept",
        "intertitres illisibles ({reasons}) : ceux d'avant sont gardés",
    ),
    (
        _CALL + "repair call {n5} of {n6}, {x} elapsed, about {y} left",
        _APPEL + "appel de réparation {n5} sur {n6}, {x} écoulées, environ {y} restantes",
    ),
    (
        _CALL + "repair call {n5} of {n6}, {x} elapsed",
        _APPEL + "appel de réparation {n5} sur {n6}, {x} écoulées",
    ),
    (
        _CALL + "call {n5} of {n6}, {x} elapsed, about {y} left",
        _APPEL + "appel {n5} sur {n6}, {x} écoulées, environ {y} restantes",
    ),
    (_CALL + "call {n5} of {n6}, {x} elapsed", _APPEL + "appel {n5} sur {n6}, {x} écoulées"),
    ("gate, round {n}: failed {ids} ({n2} s)", "vérification, tour {n} : échec de {ids} ({n2} s)"),
    ("gate, round {n}: passed ({n2} s)", "vérification, tour {n} : tout est passé ({n2} s)"),
    ("repairs stopped, {reasons}", "réparations arrêtées, {reasons}"),
    ("repair {n}/{n2}: {ids}", "réparation {n}/{n2} : {ids}"),
)

# Why a rejected article was not published (engine.output.report.verdict_lines).
VERDICT = (
    (
        "Gate not met after {n} repair round(s); the last round failed: {ids}.",
        "Vérification non passée après {n} réparation(s) ; le dernier tour a échoué sur : {ids}.",
    ),
    ("Repairs stopped early ({reasons}).", "Réparations arrêtées tôt ({reasons})."),
    (
        "Kept draft: {reasons}, the last, which has the fewest failed hard findings ({n}).",
        "Brouillon gardé : {reasons}, le dernier, qui a le moins d'échecs bloquants ({n}).",
    ),
    (
        "Kept draft: {reasons}, which has the fewest failed hard findings ({n}; no later round "
        "had fewer); it failed: {ids}.",
        "Brouillon gardé : {reasons}, qui a le moins d'échecs bloquants ({n} ; aucun tour "
        "suivant n'en a eu moins) ; il a échoué sur : {ids}.",
    ),
    ("  {id} [{where}]: {findings}", "  {id} [{where}] : {findings}"),
    ("  {id}: {findings}", "  {id} : {findings}"),
)

# The errors an API answer or a failed job carries: the server's own, and the engine's that
# a request can cause (its input, its settings, the model).
ERRORS = (
    # the request
    ("The body must be a JSON object.", "Le corps de la requête doit être un objet JSON."),
    ('Send {"text": "…"}.', 'Envoyez {"text": "…"}.'),
    ("Unsupported content type {x}.", "Type de contenu non pris en charge : {x}."),
    (
        "Send JSON (application/json) or a form (multipart/form-data).",
        "Envoyez du JSON (application/json) ou un formulaire (multipart/form-data).",
    ),
    ("The body is not valid JSON.", "Le corps de la requête n'est pas du JSON valide."),
    ("Send a JSON object.", "Envoyez un objet JSON."),
    ("The body's JSON is nested too deeply.", "Le JSON de la requête est trop imbriqué."),
    ('Send a flat object: {"text": "…"}.', 'Envoyez un objet plat : {"text": "…"}.'),
    (
        "The body holds a number too long to read.",
        "La requête contient un nombre trop long pour être lu.",
    ),
    ("Send numbers such as 700.", "Envoyez des nombres comme 700."),
    ("No {x} field.", "Pas de champ {x}."),
    ("Send the article as {x}.", "Envoyez l'article dans le champ {x}."),
    ("{x} must be a string.", "{x} doit être du texte."),
    ("Send the text itself.", "Envoyez le texte lui-même."),
    (
        "{label_cap} has {n} characters; this server takes {n2} at most.",
        "{label_cap} a {n} caractères ; ce serveur en accepte {n2} au plus.",
    ),
    (
        "The article {x} has {n} characters; this server takes {n2} at most.",
        "L'article {x} a {n} caractères ; ce serveur en accepte {n2} au plus.",
    ),
    (
        "Shorten it, or restart the server with a larger PLUME_SERVE_SOURCE_CHARS.",
        "Raccourcissez-le, ou relancez le serveur avec un PLUME_SERVE_SOURCE_CHARS plus grand.",
    ),
    (
        "The keyphrase must be text of at most 120 characters.",
        "L'expression clé doit être un texte de 120 caractères au plus.",
    ),
    ("Give 2–4 words.", "Donnez 2 à 4 mots."),
    ("min_words={x} is not a whole number.", "min_words={x} n'est pas un nombre entier."),
    ("Give 700, say.", "Donnez par exemple 700."),
    ("Setting {x}={y} is out of range.", "Le réglage {x}={y} est hors limites."),
    (
        "Setting {x}={y} is not a number Plume can use.",
        "Le réglage {x}={y} n'est pas un nombre que Plume peut employer.",
    ),
    ("Use a value between {n} and {n2}.", "Donnez une valeur de {n} à {n2}."),
    # the text given
    ("{name} is empty.", "{name} est vide."),
    ("Give the text of a French article.", "Donnez le texte d'un article en français."),
    (
        "{name}: no article text found (only editor directives and debris).",
        "{name} : aucun texte d'article trouvé (seulement des consignes de la rédaction et des "
        "restes).",
    ),
    ("{name}: no article text found.", "{name} : aucun texte d'article trouvé."),
    (
        "Give a French article: plain text, Markdown or HTML, paragraphs separated by blank lines.",
        "Donnez un article en français : texte brut, Markdown ou HTML, les paragraphes séparés "
        "par des lignes vides.",
    ),
    ("{name} is a PDF document, not text.", "{name} est un document PDF, pas du texte."),
    (
        "{name} is a ZIP archive (a .docx or .odt document is one), not text.",
        "{name} est une archive ZIP (un document .docx ou .odt en est une), pas du texte.",
    ),
    (
        "{name} is an old Word or Excel document, not text.",
        "{name} est un ancien document Word ou Excel, pas du texte.",
    ),
    ("{name} is an RTF document, not text.", "{name} est un document RTF, pas du texte."),
    (
        "Copy the article's text out of it (or export it as text), then give that file.",
        "Copiez-en le texte de l'article (ou exportez-le en texte), puis donnez ce fichier.",
    ),
    (
        "{name} looks like a binary file (it holds NUL bytes), not text.",
        "{name} semble être un fichier binaire (il contient des octets NUL), pas du texte.",
    ),
    (
        "Give the article as plain text (.txt), Markdown (.md) or HTML (.html), in UTF-8.",
        "Donnez l'article en texte brut (.txt), en Markdown (.md) ou en HTML (.html), en UTF-8.",
    ),
    (
        "{name} cannot be decoded: it is neither UTF-8 nor cp1252/latin-1 text.",
        "{name} ne peut pas être décodé : ce n'est ni du texte UTF-8 ni du cp1252/latin-1.",
    ),
    (
        "Save the article as UTF-8 text (for example: iconv -t UTF-8 FILE > FILE.txt).",
        "Enregistrez l'article en texte UTF-8.",
    ),
    ("{name}: unsupported file type {y}.", "{name} : type de fichier non pris en charge ({y})."),
    ("Give a .txt, .md or .html file.", "Donnez un fichier .txt, .md ou .html."),
    (
        "{name}: the directive asks for {n} words; Plume writes articles of {n2} to {n3} words.",
        "{name} : la consigne demande {n} mots ; Plume écrit des articles de {n2} à {n3} mots.",
    ),
    (
        "Change the directive's length to a number from {n} to {n2}, or remove it.",
        "Mettez dans la consigne une longueur de {n} à {n2} mots, ou retirez-la.",
    ),
    # jobs and downloads
    ("No such job.", "Pas de tâche de ce nom."),
    ("List the jobs with GET /api/jobs.", "La liste des tâches : GET /api/jobs."),
    ("The job is already {status}.", "La tâche est déjà {status}."),
    ("Nothing to cancel.", "Rien à annuler."),
    ("No format {x}.", "Pas de format {x}."),
    ("Use md, html or json.", "Choisissez md, html ou json."),
    (
        "The job is {status}: only a passed article is downloadable.",
        "La tâche est {status} : seul un article accepté se télécharge.",
    ),
    ("Not found.", "Introuvable."),
    ("Not Found", "Introuvable."),
    ("Method Not Allowed", "Méthode non permise."),
    (
        "See /api/openapi.json for the methods of each path.",
        "Les méthodes de chaque chemin sont dans /api/openapi.json.",
    ),
    ("Content Too Large", "Contenu trop volumineux."),
    (
        "Send a smaller article (PLUME_SERVE_MAX_BYTES sets the limit).",
        "Envoyez un article plus court (PLUME_SERVE_MAX_BYTES fixe la limite).",
    ),
    ("CSRF token missing or wrong.", "Jeton CSRF absent ou incorrect."),
    ("Reload the page and try again.", "Rechargez la page et réessayez."),
    ("Cross-site request refused.", "Requête d'un autre site refusée."),
    ("Use the page this server serves.", "Passez par la page de ce serveur."),
    ("Missing or wrong token.", "Jeton absent ou incorrect."),
    (
        "Send Authorization: Bearer $PLUME_TOKEN, or log in on the page.",
        "Envoyez Authorization: Bearer $PLUME_TOKEN, ou connectez-vous sur la page.",
    ),
    (
        "Too many wrong tokens from this address: try again in {n} s.",
        "Trop de jetons incorrects depuis cette adresse : réessayez dans {n} s.",
    ),
    (
        "Check the token (PLUME_TOKEN); each further wrong one doubles the wait.",
        "Vérifiez le jeton (PLUME_TOKEN) ; chaque nouvelle erreur double l'attente.",
    ),
    ("Unknown host {x}.", "Hôte inconnu : {x}."),
    ("Open the page at http://127.0.0.1.", "Ouvrez la page à l'adresse http://127.0.0.1."),
    (
        "Internal error (reference {x}): a bug in Plume, not in your request.",
        "Erreur interne (référence {x}) : un défaut de Plume, pas de votre demande.",
    ),
    (
        "Report it with the reference; the server's log names the file with the details.",
        "Signalez-la avec la référence ; le journal du serveur nomme le fichier des détails.",
    ),
    (
        "Internal error in job {x}: a bug in Plume, not in the article.",
        "Erreur interne dans la tâche {x} : un défaut de Plume, pas de l'article.",
    ),
    (
        "Report it with the job's id; the server's log holds the details.",
        "Signalez-la avec l'identifiant de la tâche ; le journal du serveur a les détails.",
    ),
    (
        "Interrupted: the server stopped while this article was being written.",
        "Interrompu : le serveur s'est arrêté pendant l'écriture de cet article.",
    ),
    ("Submit the article again.", "Soumettez l'article à nouveau."),
    # the model at work (engine.llm): what a job can fail with
    (
        "The prompt takes {n} tokens, more than the model's context of {n2} leaves room for.",
        "La consigne prend {n} jetons, plus que le contexte du modèle ({n2}) n'en laisse.",
    ),
    (
        "Raise the context (PLUME_N_CTX) or shorten the article.",
        "Agrandissez le contexte (PLUME_N_CTX) ou raccourcissez l'article.",
    ),
    (
        "llama.cpp failed while generating: llama_decode returned {n}.",
        "llama.cpp a échoué en écrivant : llama_decode a renvoyé {n}.",
    ),
    (
        "Memory may be short: try a smaller context (PLUME_N_CTX=4096) or fewer GPU layers "
        "(--gpu-layers 0).",
        "La mémoire manque peut-être : essayez un contexte plus petit (PLUME_N_CTX=4096) ou "
        "moins de couches sur le GPU (--gpu-layers 0).",
    ),
    ("llama.cpp could not load {x}.", "llama.cpp n'a pas pu charger {x}."),
    (
        "llama.cpp could not create a context of {n} tokens ({x}) for {y}.",
        "llama.cpp n'a pas pu créer un contexte de {n} jetons ({x}) pour {y}.",
    ),
    (
        "The file may be truncated or corrupt (check it with `plume models verify`), or memory "
        "may be short: try a smaller context (PLUME_N_CTX) or fewer --gpu-layers.",
        "Le fichier est peut-être tronqué ou abîmé (vérifiez-le avec `plume models verify`), ou "
        "la mémoire manque : essayez un contexte plus petit (PLUME_N_CTX) ou moins de "
        "--gpu-layers.",
    ),
    ("Cannot reach the server at {x}: {y}.", "Le serveur {x} est injoignable : {y}."),
    (
        "Check that the server is running and listening there (for example: llama-server -m "
        "MODEL.gguf --host 0.0.0.0 --port 8080 -np 4), or fix --server / PLUME_SERVER.",
        "Vérifiez que le serveur tourne et écoute à cette adresse (par exemple : llama-server -m "
        "MODELE.gguf --host 0.0.0.0 --port 8080 -np 4), ou corrigez --server / PLUME_SERVER.",
    ),
    (
        "The server at {x} failed {n} time(s) on this article: {y}.",
        "Le serveur {x} a échoué {n} fois sur cet article : {y}.",
    ),
    (
        "Check the server (its log, its load); run the same command again to do the articles "
        "that failed (the finished ones are skipped).",
        "Vérifiez le serveur (son journal, sa charge), puis soumettez l'article à nouveau.",
    ),
    # the model (engine.models.catalog.no_model_message, line by line)
    ("The model cannot run.", "Le modèle ne peut pas tourner."),
    (
        "No model is installed, so Plume cannot write.",
        "Aucun modèle n'est installé : Plume ne peut pas écrire.",
    ),
    ("Get the recommended model file:", "Procurez-vous le fichier du modèle recommandé :"),
    ("  name:   {x}", "  nom :     {x}"),
    ("  file:   {x} ({n} bytes)", "  fichier : {x} ({n} octets)"),
    ("  file:   {x} (size not recorded)", "  fichier : {x} (taille non notée)"),
    ("  sha256: not recorded in the manifest", "  sha256 :  non noté dans le manifeste"),
    ("  sha256: {x}", "  sha256 :  {x}"),
    ("  from:   {x}", "  source :  {x}"),
    (
        "Put it in {x}/ (or import it with `plume models add FILE`),",
        "Mettez-le dans {x}/ (ou importez-le avec `plume models add FICHIER`),",
    ),
    ("Put a GGUF instruct model in {x}/,", "Mettez un modèle GGUF « instruct » dans {x}/,"),
    (
        "or point Plume at any GGUF file: export PLUME_MODEL=/path/to/model.gguf",
        "ou indiquez à Plume un fichier GGUF : export PLUME_MODEL=/chemin/du/modele.gguf",
    ),
    (
        "(or pass --model /path/to/model.gguf).",
        "(ou lancez plume serve --model /chemin/du/modele.gguf), puis relancez le serveur.",
    ),
)

# The notes a source's reading leaves (engine.brief.source, stories).
NOTES = (
    ("directive: {x}", "consigne de la rédaction : {x}"),
    ("directive not understood, ignored: {x}", "consigne non comprise, ignorée : {x}"),
    ("stripped debris: {x}", "restes retirés : {x}"),
    (
        "the source is not French (it reads as English): the article is written in French",
        "la source n'est pas en français (elle se lit comme de l'anglais) : l'article est écrit "
        "en français",
    ),
    ("{name} is not UTF-8: read as {y}", "{name} n'est pas en UTF-8 : lu en {y}"),
    (
        "the source has {n} titles, each followed by a dateline ({n2} words): it may hold "
        "several stories, and Plume rewrites it as one article (give each story its own file "
        "to rewrite them apart)",
        "la source a {n} titres, chacun suivi d'un lieu et d'une date ({n2} mots) : elle tient "
        "peut-être plusieurs articles, et Plume la réécrit en un seul (donnez chaque article "
        "à part pour les réécrire séparément)",
    ),
    (
        "the source has {n} words: it may hold several stories, and Plume rewrites it as one "
        "article (give each story its own file to rewrite them apart)",
        "la source a {n} mots : elle tient peut-être plusieurs articles, et Plume la réécrit "
        "en un seul (donnez chaque article à part pour les réécrire séparément)",
    ),
)

# Every group, in the order a text of unknown kind is tried; the slot named after a group
# (`{problems}`, `{findings}`, `{reasons}`) holds a whole text of it.
GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    "findings": FINDINGS,
    "expected": EXPECTED,
    "progress": PROGRESS,
    "verdict": VERDICT,
    "errors": ERRORS,
    "notes": NOTES,
    "minimum": MINIMUM,
    "reasons": REASONS,
    "problems": PROBLEMS,
}

_SPACED = re.compile(r" ([:;?!])")


def typeset(template: str) -> str:
    """A French template's spaces before « : ; ? ! » made no-break."""
    return _SPACED.sub("\u00a0\\1", template)
