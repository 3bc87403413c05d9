"""Source: directives, debris, titles, formats and unusable input (French fixtures + corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.brief.source import parse_source, read_source
from engine.errors import InputError
from tests.conftest import CLIENT_SEEDS, DATA

SEED_001_TITLE = "L’OTAN envisage de s’implanter plus fermement dans son voisinage sud"
SEED_DIRECTIVE = (
    "Make this article seo compatible,Let there be subheadings for the article, be in french, "
    "create at least 700 words"
)
DEBRIS = ("Source link", "[Edited by", "En savoir plus avec")
WIKINEWS_TITLES = {
    "01.txt": "France : Benoît Hamon remporte la primaire socialiste",
    "05.txt": "Colombie : le conservateur Iván Duque remporte l'élection présidentielle",
    "08.txt": "France : le chômage repart fortement à la hausse en août",
    "11.txt": "La Commission européenne lance une procédure de sanctions contre l'Espagne et le "
    "Portugal",
    "12.txt": "Tour de France 2016 : Van Avermaet s'impose en solitaire et prend le maillot jaune",
    "14.txt": "Copper Basin 300 : Matt Hall remporte la victoire",
    "19.txt": "Astronomie : un astronome amateur assiste à la naissance de la supernova SN 2016gkg",
    "22.txt": "Incendie sur le pont Mathilde de Rouen",
}


SEEDS = [DATA / "seeds/wikinews-05-seed.txt", DATA / "seeds/wikinews-12-seed.txt", *CLIENT_SEEDS]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_directives_are_read_and_kept_out_of_the_text(path: Path) -> None:
    source = read_source(path)
    d = source.directives
    assert (d.min_words, d.subheadings, d.language, d.seo, d.unknown) == (700, True, "fr", True, ())
    assert not any(p.startswith(("Make this", "Customize")) for p in source.paragraphs)
    assert not any(marker in p for p in source.paragraphs for marker in DEBRIS)


# seed → (customised title, first paragraph starts, last paragraph ends, a debris note)
TITLED_SEEDS = {
    DATA / "seeds/wikinews-05-seed.txt": (
        "Colombie : le conservateur Iván Duque élu président",
        "23 juin 2018. – Le dimanche 17 juin",
        "succédant au président sortant Juan Manuel Santos.",
        "stripped debris: 'Source link -05'",
    ),
    **{
        p: (
            SEED_001_TITLE,
            "Alors que l’influence de la Chine",
            "ont-ils également déclaré à Euractiv.",
            "stripped debris: 'Source link -57'",
        )
        for p in CLIENT_SEEDS
        if p.name.startswith("001_")
    },
}


@pytest.mark.parametrize("path", sorted(TITLED_SEEDS), ids=lambda p: p.stem)
def test_seed_title_is_the_customised_one(path: Path) -> None:
    title, first, last, debris = TITLED_SEEDS[path]
    source = read_source(path)
    assert source.directives.title == title
    assert source.title == title
    assert source.paragraphs[0].startswith(first)
    assert source.paragraphs[-1].endswith(last)
    assert debris in source.notes


# seed → (paragraphs, index of the bare subheading line, its text): one paragraph per line
UNTITLED_SEEDS = {
    DATA / "seeds/wikinews-12-seed.txt": (6, 4, "L'échappée décisive"),
    **{p: (17, 9, "Un besoin de dialogue") for p in CLIENT_SEEDS if p.name.startswith("000_")},
}


@pytest.mark.parametrize("path", sorted(UNTITLED_SEEDS), ids=lambda p: p.stem)
def test_seed_has_one_paragraph_per_line_and_no_title(path: Path) -> None:
    count, index, line = UNTITLED_SEEDS[path]
    source = read_source(path)
    assert source.title is None
    assert len(source.paragraphs) == count
    assert source.paragraphs[index] == line


@pytest.mark.parametrize(("name", "title"), sorted(WIKINEWS_TITLES.items()))
def test_wikinews_first_line_is_the_title(corpus_dir: Path, name: str, title: str) -> None:
    source = read_source(corpus_dir / "wikinews" / name)
    assert source.title == title
    assert source.directives.min_words is None
    assert title not in source.paragraphs
    assert source.notes == ()


def test_glued_directives_with_missing_spaces() -> None:
    text = (
        "Customize this title in frenchLe chômage repart à la hausse\n\n"
        "Make this article seo compatible,Let there be subheadings, be in french,create at least "
        "900 words\n\n"
        "Le chômage a augmenté de 1,4 % en août.\n\n"
        "Source link -57\n"
    )
    source = parse_source(text, name="brief.txt")
    assert source.title == "Le chômage repart à la hausse"
    assert source.directives.min_words == 900
    assert source.paragraphs == ("Le chômage a augmenté de 1,4 % en août.",)


def test_unknown_directives_are_reported_not_kept() -> None:
    text = (
        "Please add a funny joke at the end, be in french\n\n"
        "Le Tour de France partira de Lille le 5 juillet.\n"
    )
    source = parse_source(text)
    assert source.directives.unknown == ("Please add a funny joke at the end",)
    assert source.directives.language == "fr"
    assert source.paragraphs == ("Le Tour de France partira de Lille le 5 juillet.",)
    assert "directive not understood, ignored: 'Please add a funny joke at the end'" in source.notes


def test_french_text_that_mentions_seo_stays_article_text() -> None:
    text = "Le SEO reste un enjeu, selon les éditeurs.\nIls publient 50 articles par jour."
    assert parse_source(text).paragraphs == (
        "Le SEO reste un enjeu, selon les éditeurs.",
        "Ils publient 50 articles par jour.",
    )


def test_wrapped_lines_join_into_one_paragraph() -> None:
    text = "Titre court\n\nPremière ligne\nsuite de la phrase.\n\nDeuxième paragraphe."
    source = parse_source(text)
    assert source.title == "Titre court"
    assert source.paragraphs == ("Première ligne suite de la phrase.", "Deuxième paragraphe.")


def test_markdown_comments_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(
        "<!--\nSource: Wikinews, CC BY 2.5\n-->\n\n# Le pont Mathilde rouvre\n\n"
        "Le pont a rouvert le **5 novembre 2012**.\n\n## Les travaux\n\n"
        "Ils ont coûté [2 millions d'euros](https://example.org).\n",
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.title == "Le pont Mathilde rouvre"
    assert source.paragraphs == (
        "Le pont a rouvert le 5 novembre 2012.",
        "Les travaux",
        "Ils ont coûté 2 millions d'euros.",
    )


def test_a_wrapped_markdown_paragraph_under_its_title_loses_no_line(tmp_path: Path) -> None:
    """One paragraph wrapped over two lines under an H1: both lines are its text (before, the
    first was taken for a title, lost to the H1, and the second left alone)."""
    path = tmp_path / "article.md"
    path.write_text(
        "# Le pont Mathilde rouvre\n\nLe pont Mathilde de Rouen a rouvert lundi, a annoncé la "
        "préfecture de la\nSeine-Maritime. Près de 80 000 véhicules l'empruntaient.\n",
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.title == "Le pont Mathilde rouvre"
    assert source.paragraphs == (
        "Le pont Mathilde de Rouen a rouvert lundi, a annoncé la préfecture de la "
        "Seine-Maritime. Près de 80 000 véhicules l'empruntaient.",
    )


def test_shipped_example_is_read_with_its_directives() -> None:
    source = read_source(Path(__file__).resolve().parent.parent / "examples/chomage-aout-2016.md")
    assert source.title == "France : le chômage repart fortement à la hausse en août"
    assert source.directives.min_words == 700
    assert source.paragraphs[0].startswith("27 septembre 2016. – Le chômage calculé")
    assert not any("Wikinews" in p for p in source.paragraphs)


def test_html_drops_page_furniture(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Site – Rouen</title><style>p{}</style></head><body>"
        "<header>Menu</header><nav><a>Accueil</a></nav><!-- pub -->"
        "<h1>Incendie sur le pont Mathilde</h1><p>Vers 10h45, le pont&nbsp;Mathilde a brûlé."
        "</p><script>var x = 1;</script><div>Plus de 80 pompiers<br>sont intervenus.</div>"
        "<aside>Lire aussi</aside><footer>© Journal</footer></body></html>",
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.title == "Incendie sur le pont Mathilde"
    assert source.paragraphs == (
        "Vers 10h45, le pont Mathilde a brûlé.",
        "Plus de 80 pompiers",
        "sont intervenus.",
    )


def test_cp1252_file_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "ancien.txt"
    path.write_bytes("Le député a déclaré « c’est réglé ».".encode("cp1252"))
    source = read_source(path)
    assert source.paragraphs == ("Le député a déclaré « c’est réglé ».",)
    assert source.notes == (f"{path} is not UTF-8: read as cp1252",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Make this article seo compatible\n\nSource link -57\n", "no article text"),
    ],
)
def test_unusable_input_is_an_input_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as caught:
        read_source(path)
    assert caught.value.exit_code == 2
    assert caught.value.hint


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type '.pdf'"):
        read_source(tmp_path / "a.pdf")


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    html = b"<html><body><h1>Titre</h1><p>Un paragraphe.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    source = read_source("-")
    assert (source.name, source.title, source.paragraphs) == ("-", "Titre", ("Un paragraphe.",))


def test_a_folder_takes_every_suffix_a_lone_file_takes(tmp_path: Path) -> None:
    """One list of source suffixes: what `plume rewrite FILE` reads, a folder run reads too."""
    from engine.batch import plan_jobs
    from engine.brief.source import SUFFIXES

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = "Titre\n\nLe pont Mathilde de Rouen a rouvert lundi après deux ans de travaux.\n"
    for suffix in (*SUFFIXES, ".pdf", ".docx"):
        (inbox / f"a{suffix}").write_text(text, encoding="utf-8")
    for suffix in SUFFIXES:  # each is read alone…
        assert read_source(inbox / f"a{suffix}").paragraphs
    jobs = plan_jobs([str(inbox)], f"{tmp_path / 'out'}/", "md")
    assert sorted(Path(j.input).suffix for j in jobs) == sorted(SUFFIXES)  # …and in a folder
    assert ".text" in SUFFIXES
