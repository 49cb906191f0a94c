"""Keeping an embedded store's SQLite file compact.

Chroma's SQLite file never shrinks by itself: updates leave free pages that later writes
reuse only in part. When a share of the file is free after a write, it is vacuumed (in 0.1 s
for a 200-article store); ``bench/bench_cycles.py`` measures the effect.

The check and the vacuum run in a small child process, never in the process that has Chroma
open: Chroma reads the file through its own copy of SQLite, and a second copy in one process
(Python's ``sqlite3``) breaks SQLite's locking, because POSIX drops all of a process's locks on
a file when any descriptor of it is closed. That corrupted a store in a test where a reader
thread asked while the writer vacuumed (https://www.sqlite.org/howtocorrupt.html, 2.2).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index.store_format import DATABASE

__all__ = ["VACUUM_FREE_SHARE", "reclaim_space"]

VACUUM_FREE_SHARE = 0.15

_SCRIPT = """
import os, re, shutil, sqlite3, sys
try:
    root = os.path.dirname(sys.argv[1])
    # Listed before the segments are read: Chroma commits a collection's segment records
    # before it makes the segment's directory (at its first add), so a directory listed here
    # that the records read next do not name was dropped, not made a moment ago.
    vectors = [name for name in os.listdir(root)
               if re.fullmatch("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", name)
               and os.path.isfile(os.path.join(root, name, "header.bin"))]
    db = sqlite3.connect(sys.argv[1], timeout=2, isolation_level=None)
    try:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
        if pages and free / pages >= float(sys.argv[2]):
            db.execute("VACUUM")
        live = {row[0] for row in db.execute("SELECT id FROM segments")}
    finally:
        db.close()
    for name in vectors:
        if name not in live:
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)
except (sqlite3.Error, OSError):
    pass
"""
# A collection Chroma drops (compaction drops the old chunks collection) leaves its vector
# segment's directory on disk: after 200 cycles of rewrites with 15 compactions, 16 such
# directories were 42 MB of a 57 MB store (bench/bench_cycles.py). A directory of HNSW files
# that no segment of the store lists any more is removed at the end of the write that dropped
# it. Through stop 23 it was kept for a minute, for readers still answering from it (and for a
# collection a reader might be making: see the listing's order above); a reader
# now re-reads the store's state and asks the new collections again when a call on the old
# ones fails (Store._on_chunks), and a reader in another process asked 90 questions without a
# failure while a writer compacted 168 times, each dropped directory removed at once. The
# minute had kept 10 MB of a 29 MB store at the end of the 200 cycles.


def reclaim_space(directory: Path) -> None:
    """Vacuum the store's SQLite file when much of it is free pages, and remove the vector
    directories of dropped collections. Best effort: skipped while a reader holds the file,
    tried again after the next write."""
    try:
        subprocess.run([sys.executable, "-S", "-c", _SCRIPT, str(directory / DATABASE),
                        str(VACUUM_FREE_SHARE)], timeout=600, check=False,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        pass
