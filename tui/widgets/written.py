"""A written answer: the language model's text as it streams, then each sentence checked."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from qa import WrittenAnswer
from qa.formatting import UNSUPPORTED


class WrittenText(Static):
    """The model's words as they arrive; once checked, the unsupported sentences dimmed and
    marked (a CSS hook: ``WrittenText.streaming`` while the words arrive)."""

    def __init__(self) -> None:
        super().__init__("", classes="streaming", markup=False)
        self._text = ""

    @property
    def text(self) -> str:
        """What has arrived so far."""
        return self._text

    def add(self, piece: str) -> None:
        """Append the next piece of the reply."""
        self._text += piece
        self.update(self._text)

    def show_checked(self, written: WrittenAnswer) -> None:
        """Replace the raw text with the checked sentences."""
        self.remove_class("streaming")
        self.update(checked_text(written))


def checked_text(written: WrittenAnswer) -> Text:
    """The sentences, each unsupported one dimmed, marked and followed by why."""
    text = Text()
    for i, s in enumerate(written.sentences):
        if i:
            text.append(" ")
        if s.supported:
            text.append(s.text)
        else:
            text.append(f"{UNSUPPORTED} {s.text}", style="dim")
            text.append(f" ({s.reason})", style="dim italic")
    return text
