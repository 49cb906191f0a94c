"""A citation card: number, article, source and the quoted passage; opens the article."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static

from qa import Citation


class CitationCard(Static, can_focus=True):
    """One citation. Click it or press Enter to read it in its article."""

    BINDINGS = [Binding("enter", "open", "Open article", show=False)]

    class Selected(Message):
        """The user wants to read this citation in its article."""

        def __init__(self, citation: Citation) -> None:
            super().__init__()
            self.citation = citation

    def __init__(self, citation: Citation) -> None:
        self.citation = citation
        super().__init__(self._content(), classes="citation")

    def _content(self) -> Text:
        c = self.citation
        where = f"{c.source}" + (f" \u00b7 {c.date}" if c.date else "")
        text = Text()
        text.append(f"[{c.n}] ", style="bold")
        text.append(c.title, style="bold")
        text.append(f"  {where}\n", style="dim")
        text.append(f"\u201c{c.quote}\u201d", style="italic")
        return text

    def action_open(self) -> None:
        """Ask the screen to open the article at this citation."""
        self.post_message(self.Selected(self.citation))

    def on_click(self, event: events.Click) -> None:
        """Clicking a card opens it too."""
        self.action_open()
