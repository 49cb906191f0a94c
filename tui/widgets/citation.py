"""A citation card: number, article, source and the quoted passage, with the short answer
marked inside it; opens the article."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from qa import Citation, ShortAnswer
from qa.formatting import quoted, source_label


class CitationCard(Static, can_focus=True):
    """One citation. Click it or press Enter to read it in its article.

    ``short`` is the answer's short answer when it lies in this citation: it is marked in
    the quote.
    """

    BINDINGS = [Binding("enter", "open", "Open article", show=False)]
    COMPONENT_CLASSES = {"citation-card--title", "citation-card--source",
                         "citation-card--quote", "citation-card--short"}

    class Selected(Message):
        """The user wants to read this citation in its article."""

        def __init__(self, citation: Citation, short: ShortAnswer | None) -> None:
            super().__init__()
            self.citation = citation
            self.short = short

    def __init__(self, citation: Citation, short: ShortAnswer | None = None) -> None:
        self.citation = citation
        self.short = short if short and short.n == citation.n else None
        super().__init__(classes="citation")

    def render(self) -> Text:
        """The card, styled from the stylesheet's component classes (so themes apply)."""
        c = self.citation
        where = (source_label(c) + (f" \u00b7 {c.date}" if c.date else "")
                 + (f" \u00b7 page {c.page}" if c.page is not None else ""))
        text = Text()
        text.append(f"[{c.n}] {c.title}", style=self._style("title"))
        text.append(f"  {where}\n", style=self._style("source"))
        quote = quoted(c.quote)
        at = len(text) + (0 if quote == c.quote else 1)  # where the quote's own text starts
        text.append(quote, style=self._style("quote"))
        if self.short:
            text.stylize(self._style("short"), at + self.short.start - c.start,
                         at + self.short.end - c.start)
        return text

    def _style(self, part: str) -> Style:
        return self.get_component_rich_style(f"citation-card--{part}")

    def action_open(self) -> None:
        """Ask the screen to open the article at this citation."""
        self.post_message(self.Selected(self.citation, self.short))

    def on_click(self, event: events.Click) -> None:
        """Clicking a card opens it too."""
        self.action_open()
