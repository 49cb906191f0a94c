"""The reader: a whole article, scrolled to the cited passage, the quote highlighted."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from qa import Citation


class ArticleParagraph(Static):
    """One paragraph of the article; the cited one highlights the quote."""

    COMPONENT_CLASSES = {"article-paragraph--quote"}

    def __init__(self, text: str, start: int, citation: Citation | None = None) -> None:
        super().__init__(classes="cited" if citation else "")
        self.text = text
        self.start = start
        self.citation = citation

    def on_mount(self) -> None:
        """Render the paragraph, with the quote styled from the stylesheet."""
        content = Text(self.text)
        if self.citation:
            c = self.citation
            style = self.get_component_rich_style("article-paragraph--quote")
            content.stylize(style, max(0, c.start - self.start), c.end - self.start)
        self.update(content)


class ArticleScreen(Screen):
    """The article a citation came from. Escape goes back to the conversation."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("q", "app.pop_screen", "Back", show=False)]

    def __init__(self, text: str, citation: Citation) -> None:
        super().__init__()
        self.text = text
        self.citation = citation

    def compose(self) -> ComposeResult:
        c = self.citation
        yield Header()
        with VerticalScroll(id="article"):
            yield Static(c.title, id="article-title", markup=False)
            meta = c.source + (f" \u00b7 {c.date}" if c.date else "")
            page = f"page {c.page}, " if c.page is not None else ""
            yield Static(f"{meta} \u00b7 citation [{c.n}], {page}characters {c.start}-{c.end}",
                         id="article-meta", markup=False)
            for start, end in _paragraphs(self.text):
                cited = start <= c.start < end or c.start <= start < c.end
                yield ArticleParagraph(self.text[start:end], start, c if cited else None)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Centre the first paragraph that holds the quote, with its context around it."""
        self.sub_title = f"[{self.citation.n}] {self.citation.title}"
        cited = self.query(".cited")
        if cited:
            self.call_after_refresh(self.query_one("#article").scroll_to_center, cited.first(),
                                    animate=False)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
