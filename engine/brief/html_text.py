"""HTML → title and paragraphs, with the standard library's parser only.

Page furniture (<script>, <style>, <nav>, <header>, <footer>, <aside>, forms) and comments are
dropped; every block element closes a paragraph; the first <h1> is the title, else <title>.
"""

from __future__ import annotations

from html.parser import HTMLParser

SKIPPED = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form",
     "button", "svg", "iframe", "select"}
)  # fmt: skip
BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
     "article", "main", "br", "tr", "td", "th", "table", "figcaption", "dd", "dt", "pre", "hr"}
)  # fmt: skip
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page_title = ""
        self.h1 = ""
        self.paragraphs: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED and tag not in VOID:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in BLOCKS:
            self._flush()
            self._in_h1 = tag == "h1" and not self.h1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self.page_title += data
        else:
            self._buffer.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        if not text:
            return
        if self._in_h1:
            self.h1 = text
            self._in_h1 = False
        else:
            self.paragraphs.append(text)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> tuple[str | None, str]:
    """The page's title (first <h1>, else <title>) and its text, paragraphs split by blank lines."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    title = collector.h1 or " ".join(collector.page_title.split()) or None
    return title, "\n\n".join(collector.paragraphs)
