"""A small fake of the sentence encoder, for fast tests of logic the model's output does not
decide (answering, cues, chunking, re-ranking): no model file, no ONNX, microseconds a text.

Each word (lower-cased) gets a fixed pseudo-random unit vector drawn from its hash; a text's
vector is the normalised sum of its words' vectors, so texts that share words are close and
texts that share none are nearly orthogonal. Word pieces are whole words and punctuation,
each with its word's vector (no context), which is all re-ranking needs.

``stored_chunk`` and ``ranked`` make the inputs of answering and re-ranking by hand;
``FakeReader`` stands in for the reader (:mod:`qa.reader`), which has no weights in tests.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from index.chunks import split_sentences
from index.embeddings import BATCH_SIZE, TokenVectors
from index.records import StoredChunk
from qa import Embedder, Progress
from qa.reader import SentenceReading, Window, WindowReading
from qa.retrieval import ScoredSentence

DIMENSIONS = 64
_PIECES = re.compile(r"\w+|[^\w\s]")


def word_vector(word: str) -> np.ndarray:
    """The fixed unit vector of one word (case ignored)."""
    seed = int.from_bytes(hashlib.sha256(word.lower().encode()).digest()[:8], "little")
    v = np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)
    return v / np.linalg.norm(v)


class FakeEmbedder(Embedder):
    """An :class:`~qa.Embedder` with a bag-of-words model in place of the real one."""

    @property
    def loaded(self) -> bool:
        """Always: there is nothing to load."""
        return True

    def load(self) -> None:
        """Nothing to load."""

    def preload(self) -> None:
        """Nothing to load."""

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """One unit vector per text: the normalised sum of its words' vectors."""
        self.calls += 1
        self.texts_encoded += len(texts)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for i, text in enumerate(texts):
            words = re.findall(r"\w+", text)
            if words:
                total = np.sum([word_vector(w) for w in words], axis=0)
                out[i] = total / max(float(np.linalg.norm(total)), 1e-12)
            if progress and ((i + 1) % BATCH_SIZE == 0 or i + 1 == len(texts)):
                progress("encoding", i + 1, len(texts))  # after each batch, as the model
        return out

    def encode_tokens(self, texts: Sequence[str]) -> list[TokenVectors]:
        """Each text's words and punctuation marks as pieces, with their words' vectors."""
        out = []
        for text in texts:
            pieces = tuple(p.lower() for p in _PIECES.findall(text))
            vectors = np.array([word_vector(p) for p in pieces], dtype=np.float32)
            out.append(TokenVectors(pieces, pieces, vectors.reshape(len(pieces), DIMENSIONS)))
        return out


def stored_chunk(text: str, *, article_id: str = "a", title: str = "Headline",
                 start: int = 0, date: str | None = None) -> StoredChunk:
    """A chunk as the store would give it back: ``text`` is the article's text from
    ``start``, split into sentences, with the fake encoder's sentence vectors."""
    spans = split_sentences(text)
    vectors = FakeEmbedder().encode([text[s:e] for s, e in spans])
    return StoredChunk(chunk_id=f"{article_id}#{start:016d}", article_id=article_id,
                       title=title, source=f"{article_id}.txt", date=date, start=start,
                       end=start + len(text), text=text,
                       sentences=tuple((start + s, start + e) for s, e in spans),
                       sentence_vectors=vectors)


def ranked(chunk: StoredChunk, scores: Sequence[float]) -> list[ScoredSentence]:
    """The chunk's sentences with these retrieval scores (one each), best first."""
    sentences = [ScoredSentence(chunk, i, s, e, score)
                 for i, ((s, e), score) in enumerate(zip(chunk.sentences, scores, strict=True))]
    return sorted(sentences, key=lambda x: -x.score)


class FakeReader:
    """A reader that scores sentences by a table: ``{text: (answer score, answer)}``, where a
    sentence takes the entry of the first ``text`` it contains (a whole sentence, or a
    phrase of it); other sentences score -5 with no answer. An entry may add how sure the
    reader is of the answer span, ``(answer score, answer, share)``; else it is sure (1)."""

    available = True

    def __init__(self, table: dict[str, tuple[float, str] | tuple[float, str, float]],
                 config: dict | None = None):
        self.table = table
        self.config = config or {"combine": {"weights": [1.0, 0.0, 0.0], "bias": 0.0}}
        self.windows: list[Window] = []

    def load(self) -> None:
        """Nothing to load."""

    def read(self, question: str, windows: Sequence[Window]) -> list[WindowReading]:
        """Each window's sentences, scored by the table."""
        self.windows.extend(windows)
        out = []
        for w in windows:
            readings = []
            for i, (s, e) in enumerate(w.sentences):
                score, answer, *share = self._entry(w.text[s:e])
                at = w.text.find(answer, s) if answer else s
                readings.append(SentenceReading(w, i, score, (at, at + len(answer)),
                                                *share))
            out.append(WindowReading(w, tuple(readings)))
        return out

    def _entry(self, sentence: str) -> tuple:
        return next((v for k, v in self.table.items() if k in sentence), (-5.0, ""))
