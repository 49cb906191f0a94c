"""qa.retrieval: sentences scored on named evidence, and passages ranked on it (no model)."""

import numpy as np
import pytest

from qa.retrieval import PASSAGE_WEIGHTS, WEIGHTS, Candidates, Feature, weights
from tests.fakes import stored_chunk

pytestmark = pytest.mark.fast


def _candidates(rows: dict[tuple[int, int], dict[str, float]]) -> Candidates:
    chunks = [stored_chunk("One sentence here. Another one there.", article_id=a)
              for a in "abc"[: max(ci for ci, _ in rows) + 1]]
    where = sorted(rows)
    features = np.array([weights(**rows[w]) for w in where], dtype=np.float32)
    return Candidates(chunks, where, features)


def test_weights_are_given_by_feature_name():
    w = weights(sent_dense=1.0, answer_type=0.5)
    assert w[Feature.SENT_DENSE] == 1.0 and w[Feature.ANSWER_TYPE] == 0.5
    assert w.sum() == 1.5 and len(w) == len(Feature)
    assert WEIGHTS.sum() == pytest.approx(1.0)  # scores stay in [0, 1]
    assert set(np.flatnonzero(PASSAGE_WEIGHTS)) == {Feature.CHUNK_DENSE, Feature.CHUNK_COVER}
    with pytest.raises(KeyError):
        weights(no_such_feature=1.0)


def test_sentences_are_ranked_by_their_weighted_evidence():
    candidates = _candidates({(0, 0): {"sent_dense": 0.2}, (0, 1): {"sent_dense": 0.7},
                              (1, 0): {"sent_dense": 0.5, "sent_cover": 1.0}})
    ranked = candidates.ranked()
    assert [(s.chunk.article_id, s.index) for s in ranked] == [("b", 0), ("a", 1), ("a", 0)]
    assert ranked[1].text == "Another one there."
    assert ranked[0].score == pytest.approx(0.5 * WEIGHTS[Feature.SENT_DENSE]
                                            + WEIGHTS[Feature.SENT_COVER])


def test_a_passage_counts_its_best_sentence_and_its_own_evidence():
    candidates = _candidates({(0, 0): {"sent_dense": 0.6}, (0, 1): {"sent_dense": 0.1},
                              (1, 0): {"sent_dense": 0.6, "chunk_dense": 0.9},
                              (1, 1): {"sent_dense": 0.1, "chunk_dense": 0.9}})
    passages = candidates.passages(2)
    assert [c.article_id for c, _, _ in passages] == ["b", "a"]
    assert passages[0][1] - passages[1][1] == pytest.approx(0.9 * PASSAGE_WEIGHTS[
        Feature.CHUNK_DENSE])


def test_a_passage_is_close_when_it_shares_a_word_or_one_sentence_is_near_in_meaning():
    candidates = _candidates({(0, 0): {"sent_dense": 0.1}, (0, 1): {"sent_dense": 0.4},
                              (1, 0): {"sent_dense": 0.3, "chunk_dense": 0.5},
                              (2, 0): {"sent_dense": 0.1, "chunk_cover": 0.3}})
    close = {c.article_id: near for c, _, near in candidates.passages(3)}
    assert close == {"a": True, "b": False, "c": True}


def test_no_candidates_no_ranking():
    empty = Candidates([], [], np.zeros((0, len(Feature)), dtype=np.float32))
    assert empty.ranked() == [] and empty.passages(3) == []
