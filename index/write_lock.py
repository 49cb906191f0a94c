"""The write lock of an embedded store: one writing process at a time.

A ``flock`` on ``write.lock`` in the store directory, holding the writer's PID so that a
second writer is told who holds it. The kernel drops the lock when its holder dies, even by
SIGKILL, so a crashed ingest never leaves the store locked.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from index.errors import StoreBusyError

__all__ = ["WriteLock"]


class WriteLock:
    """An exclusive lock on a store directory, held while one process writes."""

    def __init__(self, directory: Path) -> None:
        self._path = directory / "write.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`StoreBusyError` naming the holder."""
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise StoreBusyError(f"store {self._path.parent} is busy (held by PID {holder}); "
                                 "wait for that ingest to finish and try again") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        """Let other writers in."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
