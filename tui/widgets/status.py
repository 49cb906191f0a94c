"""The status line: what the app is doing, and a progress bar for long work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import ProgressBar, Static

from qa.formatting import plural

if TYPE_CHECKING:
    from qa import LibraryStats


class StatusLine(Horizontal):
    """A message, and a progress bar shown only while something long runs; the language
    model that writes answers, when one does, after the message."""

    writer: str | None = None
    _message = "starting\u2026"

    def compose(self) -> ComposeResult:
        yield Static(self._message, id="status-text", markup=False)
        yield ProgressBar(id="status-progress", show_eta=False)

    def say(self, message: str) -> None:
        """Show ``message`` and hide the progress bar."""
        self._message = message
        writer = f" \u00b7 writing: {self.writer}" if self.writer else ""
        self.query_one("#status-text", Static).update(message + writer)
        self.remove_class("busy")

    def set_writer(self, model: str | None) -> None:
        """Name the model that writes answers (None: the answers are extractive)."""
        self.writer = model
        self.say(self._message)

    def ready(self, stats: LibraryStats) -> None:
        """Show the size of the library and where it lives."""
        self.say(f"ready \u00b7 {plural(stats.articles, 'article')}, "
                 f"{plural(stats.chunks, 'chunk')} \u00b7 {short_location(stats.location)}")

    def progress(self, message: str, done: int, total: int) -> None:
        """Show ``message`` and the progress of ``done`` out of ``total``."""
        self.query_one("#status-text", Static).update(message)
        self.add_class("busy")
        self.query_one("#status-progress", ProgressBar).update(total=total, progress=done)


def short_location(location: str) -> str:
    """A store location as a person would type it: relative to the working directory when
    inside it, else under ``~`` when in the home directory; server URLs as they are."""
    path = Path(location)
    if "://" in location or not path.is_absolute():
        return location
    if path.is_relative_to(Path.cwd()):
        return str(path.relative_to(Path.cwd()))
    if path.is_relative_to(Path.home()):
        return str(Path("~") / path.relative_to(Path.home()))
    return location


