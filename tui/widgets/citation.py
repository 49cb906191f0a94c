"""A citation card: number, article, source and the quoted passage; opens the article."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from qa import Citation
from qa.formatting import quoted


class CitationCard(Static, can_focus=True):
    """One citation. Click it or press Enter to read it in its article."""

    BINDINGS = [Binding("enter", "open", "Open article", show=False)]
    COMPONENT_CLASSES = {"citation-card--title", "citation-card--source",
                         "citation-card--quote"}

    class Selected(Message):
        """The user wants to read this citation in its article."""

        def __init__(self, citation: Citation) -> None:
            super().__init__()
            self.citation = citation

    def __init__(self, citation: Citation) -> None:
        self.citation = citation
        super().__init__(classes="citation")

    def render(self) -> Text:
        """The card, styled from the stylesheet's component classes (so themes apply)."""
        c = self.citation
        where = (f"{c.source}" + (f" \u00b7 {c.date}" if c.date else "")
                 + (f" \u00b7 page {c.page}" if c.page is not None else ""))
        text = Text()
        text.append(f"[{c.n}] {c.title}", style=self._style("title"))
        text.append(f"  {where}\n", style=self._style("source"))
        text.append(quoted(c.quote), style=self._style("quote"))
        return text

    def _style(self, part: str) -> Style:
        return self.get_component_rich_style(f"citation-card--{part}")

    def action_open(self) -> None:
        """Ask the screen to open the article at this citation."""
        self.post_message(self.Selected(self.citation))

    def on_click(self, event: events.Click) -> None:
        """Clicking a card opens it too."""
        self.action_open()

