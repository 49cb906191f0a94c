"""index.vacuum: a store's dropped vector directories are removed once they are old, never a
live one or anything that is not a vector directory (a made-up store: no Chroma)."""

import os
import sqlite3
import time

import pytest

from index.vacuum import ORPHAN_AGE_S, reclaim_space

pytestmark = pytest.mark.fast

LIVE, DROPPED, FRESH = ("11111111-1111-1111-1111-111111111111",
                        "22222222-2222-2222-2222-222222222222",
                        "33333333-3333-3333-3333-333333333333")


def test_only_old_vector_directories_of_dropped_collections_are_removed(tmp_path):
    db = sqlite3.connect(tmp_path / "chroma.sqlite3")
    db.execute("CREATE TABLE segments (id TEXT PRIMARY KEY)")
    db.execute("INSERT INTO segments VALUES (?)", (LIVE,))
    db.commit()
    db.close()
    old = time.time() - ORPHAN_AGE_S - 10
    for name in (LIVE, DROPPED, FRESH):
        (tmp_path / name).mkdir()
        (tmp_path / name / "header.bin").write_bytes(b"hnsw")
    (tmp_path / "derived-qa").mkdir()  # ours: not a vector directory
    for name in (LIVE, DROPPED, "derived-qa"):
        os.utime(tmp_path / name, (old, old))
    reclaim_space(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [
        LIVE, FRESH, "derived-qa"]  # FRESH was dropped moments ago: a reader may still use it
