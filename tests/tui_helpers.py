"""Helpers for driving the chat app headlessly."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from textual.widgets import Input, Static

from tui.widgets.exchange import Exchange


async def wait_until(pilot, predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Let the app run until ``predicate()`` holds (instead of fixed pauses)."""
    deadline = time.monotonic() + timeout
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


def run(coro) -> None:
    """Run an async test body."""
    asyncio.run(coro)
