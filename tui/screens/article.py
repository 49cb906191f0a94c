"""The reader: a whole article, scrolled to the cited passage, the quote highlighted and the
short answer marked inside it."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from qa import Citation, ShortAnswer
from qa.formatting import source_label


class ArticleParagraph(Static):
    """One paragraph of the article; the cited one highlights the quote, and the short
    answer within it."""

    COMPONENT_CLASSES = {"article-paragraph--quote", "article-paragraph--short"}

    def __init__(self, text: str, start: int, citation: Citation | None = None,
                 short: ShortAnswer | None = None) -> None:
        super().__init__(classes="cited" if citation else "")
        self.text = text
        self.start = start
        self.citation = citation
        self.short = short if citation else None

    def on_mount(self) -> None:
        """Render the paragraph, with the quote styled from the stylesheet."""
        content = Text(self.text)
        if self.citation:
            c = self.citation
            style = self.get_component_rich_style("article-paragraph--quote")
            content.stylize(style, max(0, c.start - self.start), c.end - self.start)
        if self.short:
            style = self.get_component_rich_style("article-paragraph--short")
            content.stylize(style, max(0, self.short.start - self.start),
                            self.short.end - self.start)
        self.update(content)


class ArticleScreen(Screen):
    """The article a citation came from. Escape goes back to the conversation."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("q", "app.pop_screen", "Back", show=False)]

    def __init__(self, text: str, citation: Citation, short: ShortAnswer | None = None) -> None:
        super().__init__()
        self.text = text
        self.citation = citation
        self.short = short if short and short.n == citation.n else None

    def compose(self) -> ComposeResult:
        c = self.citation
        yield Header()
        with VerticalScroll(id="article"):
            yield Static(c.title, id="article-title", markup=False)
            meta = source_label(c) + (f" \u00b7 {c.date}" if c.date else "")
            page = f"page {c.page}, " if c.page is not None else ""
            yield Static(f"{meta} \u00b7 citation [{c.n}], {page}characters {c.start}-{c.end}",
                         id="article-meta", markup=False)
            for start, end in _paragraphs(self.text, after=_title_end(self.text, c)):
                cited = start <= c.start < end or c.start <= start < c.end
                yield ArticleParagraph(self.text[start:end], start, c if cited else None,
                                       self.short)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Centre the first paragraph that holds the quote, with its context around it."""
        self.sub_title = f"[{self.citation.n}] {self.citation.title}"
        cited = self.query(".cited")
        if cited:
            self.call_after_refresh(self.query_one("#article").scroll_to_center, cited.first(),
                                    animate=False)


def _title_end(text: str, citation: Citation) -> int:
    """Where the article's text starts after its own first line when that line is the title
    shown above it (a headline kept in the text, as BBC files have it), else 0. A cited
    title line is kept."""
    first, newline, _ = text.partition("\n")
    if not newline or first.lstrip("#").strip() != citation.title.strip():
        return 0
    return 0 if citation.start < len(first) else len(first)


_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _paragraphs(text: str, after: int = 0) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, after)]
