"""The status line: what the app is doing, a progress bar for long work, and passing notices
(which take the line for a few seconds instead of floating over the question box)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import ProgressBar, Static

from qa.formatting import plural

if TYPE_CHECKING:
    from qa import LibraryStats

NOTICE_SECONDS = {"information": 5.0, "warning": 8.0, "error": 12.0}


class StatusLine(Horizontal):
    """A message, a notice over it for a while, and a progress bar shown only while
    something long runs; the language model that writes answers, when one does, after the
    message."""

    writer: str | None = None
    _message = "starting\u2026"

    def compose(self) -> ComposeResult:
        yield Static(self._message, id="status-text", markup=False)
        yield Static("", id="status-notice", markup=False)
        yield ProgressBar(id="status-progress", show_eta=False)

    def on_mount(self) -> None:
        """No notice yet."""
        self._notice_timer: Timer | None = None

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

    def notice(self, message: str, severity: str = "information") -> None:
        """Show ``message`` over the status for a few seconds (longer for a warning or an
        error), coloured by ``severity``; the progress bar stays."""
        notice = self.query_one("#status-notice", Static)
        notice.update(" ".join(message.split()))
        notice.set_classes(f"notice-{severity}")
        self.add_class("noticing")
        if self._notice_timer:
            self._notice_timer.stop()
        self._notice_timer = self.set_timer(NOTICE_SECONDS.get(severity, 5.0), self._end_notice)

    @property
    def notice_text(self) -> str:
        """The notice shown now, or empty."""
        return str(self.query_one("#status-notice", Static).render()) if self.has_class(
            "noticing") else ""

    def _end_notice(self) -> None:
        self.remove_class("noticing")


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
