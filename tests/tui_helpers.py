"""Helpers for driving the chat app headlessly."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from textual.widgets import Input, Static

from tui.app import QAApp
from tui.screens.article import ArticleScreen
from tui.widgets.exchange import Exchange


class RecordingApp(QAApp):
    """The app, keeping every notification it shows (Textual keeps its own list private)."""

    CSS_PATH = Path(inspect.getfile(QAApp)).parent / str(QAApp.CSS_PATH)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.notified: list[tuple[str, str]] = []

    def notify(self, message, *, title="", severity="information", timeout=None,
               markup=True) -> None:
        self.notified.append((severity, message))
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)


# How long wait_until waits: the real model indexing on a busy 2-core machine can take most of
# a minute; tests with the fake library set less (test_tui_chat.py), so a failing one ends soon.
WAIT = 60.0


async def wait_until(pilot, predicate: Callable[[], bool], timeout: float | None = None) -> None:
    """Let the app run until ``predicate()`` holds (instead of fixed pauses), at most
    ``timeout`` seconds (:data:`WAIT` when None)."""
    deadline = time.monotonic() + (WAIT if timeout is None else timeout)
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


def status_text(app) -> str:
    """What the status line of the conversation says."""
    return str(app.chat_screen.query_one("#status-text", Static).render())


async def enter(pilot, text: str) -> None:
    """Put ``text`` (a question or a /command) in the question box and press Enter."""
    await pilot.click("#question")
    pilot.app.screen.query_one("#question", Input).value = text
    await pilot.press("enter")


async def ask(pilot, question: str) -> Exchange:
    """Ask ``question`` and wait until it is answered (or has failed)."""
    await enter(pilot, question)
    exchange = pilot.app.screen.query(Exchange).last()
    await wait_until(pilot, lambda: exchange.answer is not None or exchange.has_class("failed"))
    return exchange


async def reader(pilot) -> ArticleScreen:
    """Wait until the reader is shown with its article laid out (it is on the screen stack a
    moment before its widgets are mounted)."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen)
                     and pilot.app.screen.is_mounted)
    return cast(ArticleScreen, pilot.app.screen)


def run(coro) -> None:
    """Run an async test body."""
    asyncio.run(coro)
