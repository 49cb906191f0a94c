"""Loading a model in a background thread while a command does other start-up work."""

from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["load_in_background"]


def load_in_background(load: Callable[[], None], name: str) -> None:
    """Run ``load`` in a thread named ``name``; a failure is left for the caller's own next
    ``load()`` to raise, with its message. The thread is not a daemon: a process that exits
    while it loads waits for it, instead of aborting in onnxruntime at interpreter shutdown."""

    def quietly() -> None:
        try:
            load()
        except Exception:  # noqa: BLE001, S110 - raised again by the caller's next load()
            pass

    threading.Thread(target=quietly, name=name).start()
