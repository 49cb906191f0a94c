"""The question box, with Up/Down through earlier questions."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class QuestionInput(Input):
    """An input that remembers what was asked; Up and Down walk through it."""

    BINDINGS = [
        Binding("up", "history(-1)", "Earlier question", show=False),
        Binding("down", "history(1)", "Later question", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        # Back in the box (Escape, or typing on a card), what is typed goes on after what is
        # there: selected, it would replace it (the first key typed on a card was lost).
        kwargs.setdefault("select_on_focus", False)
        super().__init__(**kwargs)
        self.history: list[str] = []
        self._cursor = 0

    def remember(self, text: str) -> None:
        """Add a submitted question to the history."""
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._cursor = len(self.history)

    def action_history(self, step: int) -> None:
        """Show the previous (-1) or next (+1) question of the history."""
        if not self.history:
            return
        self._cursor = max(0, min(len(self.history), self._cursor + step))
        self.value = self.history[self._cursor] if self._cursor < len(self.history) else ""
        self.cursor_position = len(self.value)
