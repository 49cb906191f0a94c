"""index.vectors: sentence vectors kept as int8 with a scale, for any model's dimension."""

import numpy as np
import pytest

from index.chunks import chunk_text
from index.vectors import pack_vectors, stored_precision, unpack_vectors
from tests.helpers import SEED_FILE


@pytest.mark.fast
@pytest.mark.parametrize("dimensions", [384, 64, 7])
def test_packed_vectors_come_back_in_their_direction(dimensions):
    vectors = np.random.default_rng(dimensions).standard_normal((50, dimensions))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    back = unpack_vectors(pack_vectors(vectors), len(vectors))
    assert back.shape == vectors.shape and back.dtype == np.float32
    assert ((vectors * back).sum(axis=1) / np.linalg.norm(back, axis=1)).min() >= 0.9995


@pytest.mark.fast
def test_zero_vectors_and_empty_blobs_survive():
    assert np.array_equal(stored_precision(np.zeros((2, 5))), np.zeros((2, 5)))
    assert unpack_vectors(pack_vectors(np.zeros((0, 5), dtype=np.float32)), 0).shape[0] == 0


def test_stored_sentence_vectors_keep_their_direction(embedder):
    text = SEED_FILE.read_text(encoding="utf-8")
    sentences = [text[s:e] for c in chunk_text(text) for s, e in c.sentences]
    vectors = embedder.encode(sentences + [s[: len(s) // 2] for s in sentences])
    stored = stored_precision(vectors)
    cosines = (vectors * stored).sum(axis=1) / np.linalg.norm(stored, axis=1)
    assert cosines.min() >= 0.9995
    assert not np.array_equal(stored, vectors)  # the int8 storage is what is measured
