"""index.vacuum: a store's dropped vector directories are removed, never a live one or
anything that is not a vector directory (a made-up store: no Chroma)."""

import sqlite3

import pytest

from index.vacuum import reclaim_space

pytestmark = pytest.mark.fast

LIVE, DROPPED = ("11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222")


def test_only_vector_directories_of_dropped_collections_are_removed(tmp_path):
    db = sqlite3.connect(tmp_path / "chroma.sqlite3")
    db.execute("CREATE TABLE segments (id TEXT PRIMARY KEY)")
    db.execute("INSERT INTO segments VALUES (?)", (LIVE,))
    db.commit()
    db.close()
    for name in (LIVE, DROPPED):
        (tmp_path / name).mkdir()
        (tmp_path / name / "header.bin").write_bytes(b"hnsw")
    (tmp_path / "derived-qa").mkdir()  # ours: not a vector directory
    (tmp_path / "33333333-3333-3333-3333-333333333333").mkdir()  # not HNSW files: not Chroma's
    reclaim_space(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [
        LIVE, "33333333-3333-3333-3333-333333333333", "derived-qa"]
