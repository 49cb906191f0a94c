"""Compaction: a fresh copy of the chunks collection, without what deletes left behind.

Chroma's vector index (HNSW) keeps every deleted vector: an archive whose stories are
rewritten all day carries more dead vectors than live ones, and every search walks past
them. Compaction copies the live chunk records (those article records list, vectors
included) into a new collection, points the ``__meta__`` record at it, and drops the old
one. It runs under the writer lock; readers keep answering from the old collection while the
copy is made and follow the switch at their next question (a reader caught in the middle
retries on the new one).

It runs by itself at the end of a write once the chunk records deleted since the collection
was made reach :data:`COMPACT_SHARE` of the live ones. At that share the vector index is at
most 1.5 times what the live chunks need, and each chunk deleted costs at most two record
copies over the store's life (a copy is about 0.5 ms, against some 50 ms to embed and
write the sentences of a new chunk): the space and the time stay within a constant of
what the live archive needs. ``bench/bench_cycles.py`` shows what 200 cycles of rewrites
leave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from index.reports import Progress

__all__ = ["COMPACT_SHARE", "MERGE_SHARE", "MIN_DELETED", "RECENT_FROM", "RECENT_MAX",
           "RECENT_MIN", "copy_records", "due", "merge_due"]

COMPACT_SHARE = 0.5
# Below this many deleted records a store is too small for them to matter.
MIN_DELETED = 64


def due(deleted: int, live: int) -> bool:
    """Whether a collection with ``live`` records and ``deleted`` deleted ones is due."""
    return deleted >= MIN_DELETED and deleted >= COMPACT_SHARE * live


# A library's new chunks go to a collection of recent chunks (see index.store) once its main
# collection holds RECENT_FROM chunks: below that, loading the main collection's vector index
# takes under 0.1 s and 20 MB, and one collection is smaller on disk (Chroma's index files have a
# fixed part) and one query a search. The recent chunks are merged into the main collection once
# they pass MERGE_SHARE of it, within RECENT_MIN and RECENT_MAX records. A merge loads the main
# collection's vector index (about 0.9 s and 215 MB at 100k chunks) and copies each recent record
# once (about 0.5 ms); at one eighth, that is about 0.07 ms per chunk added at 100k, against some
# 50 ms to embed it, while adding an article loads at most RECENT_MAX records' index (about 40 MB)
# instead of the whole archive's. Searches query both collections.
RECENT_FROM = 8_000
MERGE_SHARE = 1 / 8
RECENT_MIN = 1_000
RECENT_MAX = 20_000


def merge_due(recent: int, merged: int) -> bool:
    """Whether ``recent`` recent chunk records are due to be merged into a main collection
    that held ``merged`` records at its last merge."""
    return recent >= min(RECENT_MAX, max(RECENT_MIN, MERGE_SHARE * merged))


def copy_records(source, target, ids: Sequence[str], page: int,
                 progress: Progress | None = None,
                 rebuild: Callable[[str, dict], np.ndarray] | None = None,
                 upsert: bool = False) -> int:
    """Copy the records ``ids`` (vectors and metadata) from one collection to another, a
    page at a time; how many were copied.

    A store whose writer was killed (SIGKILL) while Chroma saved its vector index can be
    left with records whose vectors Chroma cannot read back ("Error finding id"), although
    their metadata reads and search goes on working. For such a page the vectors are made
    again with ``rebuild`` (record id, metadata -> vector) when it is given, so compaction
    repairs the index instead of failing the write that started it."""
    copied = 0
    for i in range(0, len(ids), page):
        part = list(ids[i : i + page])
        try:
            got = source.get(ids=part, include=["embeddings", "metadatas"])
            vectors = got["embeddings"]
        except Exception:
            if rebuild is None:
                raise
            got = source.get(ids=part, include=["metadatas"])
            vectors = [rebuild(r, m) for r, m in zip(got["ids"], got["metadatas"], strict=True)]
        if got["ids"]:
            (target.upsert if upsert else target.add)(ids=got["ids"], embeddings=vectors,
                                                      metadatas=got["metadatas"])
        copied += len(got["ids"])
        if progress:
            progress("compacting", min(i + page, len(ids)), len(ids))
    return copied
