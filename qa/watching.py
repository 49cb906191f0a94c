"""Keeping a library in step with a folder: when to sync again (``qa sync --watch``, the chat)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

__all__ = ["sync_due"]


def sync_due(folder: str, stop: threading.Event | None = None) -> Iterator[bool]:
    """Yield each time ``folder`` should be synced again, after a first sync by the caller:
    True when its files changed, False once for a catch-up. Ends when ``stop`` is set; Ctrl+C
    (KeyboardInterrupt) goes to the caller.

    The watcher only starts at the first iteration, so a file changed between the caller's
    first sync and that moment would be missed; the catch-up sync at the watcher's first
    timeout covers it.
    """
    from watchfiles import watch

    catch_up = True
    for changes in watch(folder, debounce=800, stop_event=stop, raise_interrupt=True,
                         yield_on_timeout=True, rust_timeout=1000):
        if changes or catch_up:
            yield bool(changes)
            catch_up = False
