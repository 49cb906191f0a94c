"""index.compaction's copy: its pages, and vectors made again when Chroma cannot read them
(small fake collections: no Chroma)."""

import numpy as np
import pytest

from index.compaction import copy_records, due

pytestmark = pytest.mark.fast


class Collection:
    """A collection's ``get`` and ``add``; ``unreadable`` vectors fail a get that asks for
    embeddings, as Chroma's "Error finding id" after a writer was killed."""

    def __init__(self, records=None, unreadable=()):
        self.records = dict(records or {})
        self.unreadable = set(unreadable)

    def get(self, ids, include):
        if "embeddings" in include and self.unreadable & set(ids):
            raise RuntimeError("Error executing plan: Internal error: Error finding id")
        got = {"ids": list(ids), "metadatas": [self.records[i][1] for i in ids]}
        if "embeddings" in include:
            got["embeddings"] = [self.records[i][0] for i in ids]
        return got

    def add(self, ids, embeddings, metadatas):
        for i, e, m in zip(ids, embeddings, metadatas, strict=True):
            self.records[i] = (np.asarray(e), m)


def _source(unreadable=()):
    return Collection({f"c{i}": (np.full(3, float(i)), {"n": i}) for i in range(5)},
                      unreadable)


def test_every_listed_record_is_copied_a_page_at_a_time_with_progress():
    target, heard = Collection(), []
    copied = copy_records(_source(), target, ["c0", "c2", "c4"], 2,
                          lambda stage, done, total: heard.append((stage, done, total)))
    assert copied == 3 and sorted(target.records) == ["c0", "c2", "c4"]
    assert heard == [("compacting", 2, 3), ("compacting", 3, 3)]
    assert target.records["c2"][0].tolist() == [2.0, 2.0, 2.0]


def test_vectors_chroma_cannot_read_are_made_again_from_the_metadata():
    target = Collection()
    copied = copy_records(_source(unreadable={"c3"}), target, ["c1", "c3"], 10,
                          rebuild=lambda record_id, m: np.full(3, -m["n"]))
    assert copied == 2
    assert target.records["c3"][0].tolist() == [-3, -3, -3]
    assert target.records["c3"][1] == {"n": 3}


def test_without_a_way_to_make_them_again_the_failure_is_raised():
    with pytest.raises(RuntimeError, match="Error finding id"):
        copy_records(_source(unreadable={"c3"}), Collection(), ["c3"], 10)


def test_compaction_is_due_at_half_the_live_records_and_not_for_a_few():
    assert due(deleted=100, live=200) and not due(deleted=99, live=200)
    assert not due(deleted=10, live=4)  # a small store: not worth it


def test_recent_chunks_are_merged_past_an_eighth_of_the_archive_within_bounds():
    from index.compaction import merge_due

    assert not merge_due(999, 0) and merge_due(1_000, 0)  # a small library: 1,000 at least
    assert not merge_due(12_499, 100_000) and merge_due(12_500, 100_000)
    assert merge_due(20_000, 1_000_000) and not merge_due(19_999, 1_000_000)  # at most 20k
