"""The status line: what the app is doing, and a progress bar for long work."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static


class StatusLine(Horizontal):
    """A message, and a progress bar shown only while something long runs."""

    def compose(self) -> ComposeResult:
        yield Static("starting\u2026", id="status-text")
        yield ProgressBar(id="status-progress", show_eta=False)

    def say(self, message: str) -> None:
        """Show ``message`` and hide the progress bar."""
        self.query_one("#status-text", Static).update(message)
        self.remove_class("busy")

    def progress(self, message: str, done: int, total: int) -> None:
        """Show ``message`` and the progress of ``done`` out of ``total``."""
        self.query_one("#status-text", Static).update(message)
        self.add_class("busy")
        self.query_one("#status-progress", ProgressBar).update(total=total, progress=done)
