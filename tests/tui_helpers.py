"""Helpers for driving the chat app headlessly."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def wait_until(pilot, predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Let the app run until ``predicate()`` holds (instead of fixed pauses)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


def run(coro) -> None:
    """Run an async test body."""
    asyncio.run(coro)
