"""The ONNX encoder gives the vectors of sentence-transformers on the bundled model."""

import numpy as np

from index.chunks import chunk_text
from index.embeddings import model_path
from qa.reranking import alignment, distinctive
from tests.conftest import SEED_FILE


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

    sentences = _sentences(1000)
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


def test_stored_sentence_vectors_keep_their_direction(embedder):
    from index.vectors import stored_precision

    vectors = embedder.encode(_sentences(200))
    stored = stored_precision(vectors)
    cosines = (vectors * stored).sum(axis=1) / np.linalg.norm(stored, axis=1)
    assert cosines.min() >= 0.9995
    assert not np.array_equal(stored, vectors)  # the int8 storage is what is measured


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


def test_token_vectors_are_the_word_pieces_in_context(embedder):
    question, same, other = embedder.encode_tokens(
        ["Who owns the centre?", "The owner of the centre", "Rain fell all day"])
    assert question.pieces == ("who", "owns", "the", "centre", "?")
    assert question.vectors.shape == (5, 384)
    assert np.allclose(np.linalg.norm(question.vectors, axis=1), 1.0, atol=1e-5)
    # Each question word finds a closer match among the pieces of a sentence on its topic.
    assert alignment(question, same) > alignment(question, other) + 0.1


def test_question_words_weigh_by_how_few_candidates_have_them(embedder):
    question, = embedder.encode_tokens(["When did the plan start?"])
    candidates = ["The plan was agreed by the council.", "The plan cost a lot.",
                  "The plan started in May.", "Nobody liked the plan."]
    weights = dict(zip(question.pieces, distinctive(question, candidates), strict=True))
    assert weights["?"] == 0.0
    assert weights["the"] == weights["plan"] < 0.2  # in every candidate
    assert weights["when"] == weights["start"] > 2.0  # in none ("started" is another word)


def test_a_word_present_verbatim_is_a_full_match(embedder):
    question, sentence = embedder.encode_tokens(["Who charged him?", "The court charged him."])
    best = (question.vectors @ sentence.vectors.T).max(axis=1)
    assert best[question.pieces.index("charged")] < 0.999  # context changes the vector...
    only_charged = np.array([float(p == "charged") for p in question.pieces])
    assert alignment(question, sentence, only_charged) == 1.0  # ...but the word is there
