"""The writer lock of a library on a Chroma server: one writing client at a time, per batch.

Chroma has no compare-and-swap, but it has insert-if-absent: ``add`` of an id that exists
is ignored, and every client then reads back the same record (Chroma applies writes to a
collection one at a time). The lock is a series of records ``__lock__.<epoch>`` in the
library's articles collection; the highest epoch is the lock. To take it, a writer adds the
record of the next epoch with its own owner tag and reads it back: whoever's ``add`` landed
first holds it, and the others wait. The holder bumps a counter in its record (a heartbeat)
while it holds it and marks the record released at the end.

A holder that dies stops beating. A waiter that sees the counter unchanged for
:data:`LEASE_SECONDS` of its own clock takes the next epoch, so no two machines' clocks are
compared. A holder that finds a higher epoch than its own has lost the lock (it was paused
for longer than the lease) and stops writing with an error before its next write.
"""

from __future__ import annotations

import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable

from index.errors import StoreBusyError, StoreError

__all__ = ["HEARTBEAT_SECONDS", "LEASE_SECONDS", "WAIT_SECONDS", "ServerLock"]

LOCK_PREFIX = "__lock__."
# The holder beats every HEARTBEAT_SECONDS; a waiter gives up on it after LEASE_SECONDS
# without a beat, ten missed beats: a writer whose process is merely slow (2 busy cores, a
# long Chroma write) keeps its lock, and a killed one holds up the others for 20 s.
HEARTBEAT_SECONDS = 2.0
LEASE_SECONDS = 20.0
# How long a writer waits for the lock before it says the server is busy.
WAIT_SECONDS = 600.0


class ServerLock:
    """The writer lock of one library on a server (see the module notes)."""

    def __init__(self, collection, location: str,
                 waiting: Callable[[str], None] | None = None) -> None:
        self._collection = collection
        self._location = location
        self._waiting = waiting
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._epoch: int | None = None
        self._beats = 0
        self._lost = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def held(self) -> bool:
        """Whether this writer holds the lock now."""
        return self._epoch is not None

    def acquire(self) -> None:
        """Take the lock, waiting for the holder; :class:`StoreBusyError` after
        :data:`WAIT_SECONDS`."""
        deadline = time.monotonic() + WAIT_SECONDS
        seen: tuple[int, int] | None = None  # (epoch, beats) of the holder last looked at
        seen_at = time.monotonic()
        told = False
        while True:
            epoch, record = self._newest()
            free = record is None or record.get("released")
            if not free and record is not None:
                beat = (epoch, int(record.get("beats", 0)))
                if beat != seen:
                    seen, seen_at = beat, time.monotonic()
                free = time.monotonic() - seen_at >= LEASE_SECONDS  # the holder stopped
            if free and self._claim(epoch + 1):
                return
            if time.monotonic() > deadline:
                holder = record.get("owner", "?") if record else "?"
                raise StoreBusyError(f"server {self._location} is busy (writer {holder} holds "
                                     "it); try again when it has finished")
            if not told and self._waiting and record is not None:
                self._waiting(str(record.get("owner", "?")))
                told = True
            time.sleep(random.uniform(0.05, 0.25))

    def release(self) -> None:
        """Let other writers in."""
        if self._epoch is None:
            return
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        epoch, self._epoch = self._epoch, None
        self._write(epoch, released=True)

    def check(self) -> None:
        """Raise :class:`StoreError` if the lock was taken over (this writer was paused for
        longer than the lease): its next write could overwrite another writer's."""
        if self._epoch is None:
            return
        newest, _ = self._newest()
        if self._lost or newest != self._epoch:
            self._lost = True
            raise StoreError(f"lost the writer lock on server {self._location} (paused for "
                             f"over {LEASE_SECONDS:.0f} s?); run the command again")

    # -- records -------------------------------------------------------------------------

    def _newest(self) -> tuple[int, dict | None]:
        got = self._collection.get(where={"kind": "lock"}, include=["metadatas"])
        records = {int(m["epoch"]): m for m in got["metadatas"]}
        if not records:
            return 0, None
        epoch = max(records)
        return epoch, records[epoch]

    def _claim(self, epoch: int) -> bool:
        lock_id = f"{LOCK_PREFIX}{epoch}"
        self._collection.add(ids=[lock_id], embeddings=[[1.0]],
                             metadatas=[self._metadata(epoch, released=False)])
        got = self._collection.get(ids=[lock_id], include=["metadatas"])
        if not got["ids"] or got["metadatas"][0].get("owner") != self.owner:
            return False
        self._epoch, self._beats, self._lost = epoch, 0, False
        stale = [f"{LOCK_PREFIX}{e}" for e in range(max(1, epoch - 50), epoch)]
        if stale:
            self._collection.delete(ids=stale)  # the records of earlier holders
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, args=(epoch,), daemon=True,
                                        name="qa-writer-lock")
        self._thread.start()
        return True

    def _beat(self, epoch: int) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            try:
                newest, _ = self._newest()
                if newest != epoch:
                    self._lost = True
                    return
                self._beats += 1
                self._write(epoch, released=False)
            except Exception:  # noqa: BLE001 - a missed beat; the next one may get through
                continue

    def _write(self, epoch: int, released: bool) -> None:
        self._collection.upsert(ids=[f"{LOCK_PREFIX}{epoch}"], embeddings=[[1.0]],
                                metadatas=[self._metadata(epoch, released)])

    def _metadata(self, epoch: int, released: bool) -> dict:
        return {"kind": "lock", "epoch": epoch, "owner": self.owner, "beats": self._beats,
                "released": released}
