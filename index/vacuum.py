"""Keeping an embedded store's SQLite file compact.

Chroma's SQLite file never shrinks by itself: updates leave free pages that later writes
reuse only in part. When a share of the file is free after a write, it is vacuumed (in 0.1 s
for a 200-article store); ``bench/bench_cycles.py`` measures the effect.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["VACUUM_FREE_SHARE", "reclaim_space"]

VACUUM_FREE_SHARE = 0.15


def reclaim_space(directory: Path) -> None:
    """Vacuum the store's SQLite file when much of it is free pages. Best effort: skipped
    while a reader holds the file, tried again after the next write."""
    try:
        db = sqlite3.connect(directory / "chroma.sqlite3", timeout=2, isolation_level=None)
        try:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            free = db.execute("PRAGMA freelist_count").fetchone()[0]
            if pages and free / pages >= VACUUM_FREE_SHARE:
                db.execute("VACUUM")
        finally:
            db.close()
    except sqlite3.Error:
        pass
