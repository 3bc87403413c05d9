"""`originality` (engine.gate.originality): a run of more than 15 words copied from the source
fails, quotations and names left out of the count — a name cannot be said another way, so a
list of the source's names is no copied writing (issue 19: « par Red Eagle Lodge (Chistochina),
Meiers Lake Roadhouse, Sourdough Lodge … » drew a hard finding on an honest rewrite)."""

from __future__ import annotations

from engine.brief import Brief, Facts
from engine.brief.source import Source
from engine.config import Settings
from engine.gate.originality import check_originality
from engine.gate.parsed import parse_article
from engine.output.article import Block, parse_markdown

SETTINGS = Settings()
SOURCE = (
    "La course s'est finalement déroulée de Gakona Lodge à Glennallen en passant par Red Eagle "
    "Lodge (Chistochina), Meiers Lake Roadhouse, Sourdough Lodge le lac Louise et Mendeltna "
    "Creek Lodge. Les températures supérieures à zéro rendaient la piste habituelle trop "
    "dangereuse et les rivières impossibles à traverser sans danger pour les attelages. Le "
    "président du comité a déclaré : « nous avons dû tout revoir en quelques jours seulement, "
    "avec les bénévoles et les mushers qui nous ont fait confiance »."
)
BRIEF = Brief("course", 700, None, Facts(), Source(None, (SOURCE,), name=""))


def runs(text: str) -> list[tuple[object, str]]:
    """(value, message) of each copied-run finding on an article of one paragraph, `text`."""
    article = parse_markdown("# Titre\n\nx\n").with_blocks((Block("paragraph", text),))
    parsed = parse_article(article, BRIEF.keyphrase)
    return [
        (f.value, f.message)
        for f in check_originality(parsed, BRIEF, SETTINGS)
        if not f.passed and f.target is not None
    ]


def test_a_list_of_the_sources_names_is_no_copied_run() -> None:
    text = (
        "Le nouveau tracé est passé par Red Eagle Lodge (Chistochina), Meiers Lake Roadhouse, "
        "Sourdough Lodge, le lac Louise et Mendeltna Creek Lodge, avant l'arrivée."
    )
    assert runs(text) == []


def test_a_quotation_of_the_source_is_no_copied_run() -> None:
    text = (
        "Le président du comité l'a reconnu : « nous avons dû tout revoir en quelques jours "
        "seulement, avec les bénévoles et les mushers qui nous ont fait confiance »."
    )
    assert runs(text) == []


def test_plain_words_copied_in_a_row_still_fail() -> None:
    text = (
        "Hélas, les températures supérieures à zéro rendaient la piste habituelle trop "
        "dangereuse et les rivières impossibles à traverser sans danger pour les attelages."
    )
    assert runs(text) == [
        (
            22,
            "intro: 22 words copied from the source, rewrite «les températures supérieures à "
            "zéro rendaient la piste habi…»",
        )
    ]


def test_names_inside_a_long_copied_run_do_not_excuse_its_other_words() -> None:
    text = (
        "Elle s'est finalement déroulée de Gakona Lodge à Glennallen en passant par Red Eagle "
        "Lodge (Chistochina), Meiers Lake Roadhouse, Sourdough Lodge le lac Louise et Mendeltna "
        "Creek Lodge. Les températures supérieures à zéro rendaient la piste habituelle trop "
        "dangereuse."
    )
    ((value, message),) = runs(text)
    # 38 words copied in a row, 16 of them in names: 22 count
    assert value == 22 and message.startswith("intro: 22 words copied from the source")
