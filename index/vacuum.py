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

__all__ = ["VACUUM_FREE_SHARE", "reclaim_space"]

VACUUM_FREE_SHARE = 0.15

_SCRIPT = """
import sqlite3, sys
try:
    db = sqlite3.connect(sys.argv[1], timeout=2, isolation_level=None)
    try:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
        if pages and free / pages >= float(sys.argv[2]):
            db.execute("VACUUM")
    finally:
        db.close()
except sqlite3.Error:
    pass
"""


def reclaim_space(directory: Path) -> None:
    """Vacuum the store's SQLite file when much of it is free pages. Best effort: skipped
    while a reader holds the file, tried again after the next write."""
    try:
        subprocess.run([sys.executable, "-S", "-c", _SCRIPT, str(directory / "chroma.sqlite3"),
                        str(VACUUM_FREE_SHARE)], timeout=600, check=False,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        pass
