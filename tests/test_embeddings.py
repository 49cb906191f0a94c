"""The ONNX encoder gives the vectors of sentence-transformers on the bundled model."""

import numpy as np

from index.chunks import chunk_text
from index.embeddings import model_path
from tests.helpers import SEED_FILE


def _sentences(n: int) -> list[str]:
    text = SEED_FILE.read_text(encoding="utf-8")
    base = [text[s:e] for c in chunk_text(text) for s, e in c.sentences]
    # Vary length and wording so batches mix short and long, padded and unpadded rows.
    out = []
    for i in range(n):
        s = base[i % len(base)]
        out.append(s[: 20 + (i * 37) % max(1, len(s))] if i % 3 else f"{s} ({i})")
    return out


def test_onnx_vectors_match_sentence_transformers(embedder):
    from sentence_transformers import SentenceTransformer

    sentences = _sentences(128)  # two batches of 64, short and long, padded and not
    ours = embedder.encode(sentences)
    reference = SentenceTransformer(str(model_path()), device="cpu").encode(
        sentences, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    cosines = (ours * reference).sum(axis=1)
    assert cosines.min() >= 0.999
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)


def test_encoding_does_not_depend_on_the_batch(embedder):
    sentences = _sentences(40)
    alone = np.stack([embedder.encode_query(s) for s in sentences[:5]])
    together = embedder.encode(sentences)[:5]
    assert (alone * together).sum(axis=1).min() >= 0.9999


def test_preload_loads_the_model_in_the_background(embedder):
    import time

    from index.embeddings import Embedder

    fresh = Embedder()
    fresh.preload()
    deadline = time.monotonic() + 60
    while not fresh.loaded:  # without any call that would load it in this thread
        assert time.monotonic() < deadline, "the model did not load in the background"
        time.sleep(0.05)
    question = "Who owns the Rock Entertainment Centre?"
    assert float(fresh.encode_query(question) @ embedder.encode_query(question)) > 0.9999
