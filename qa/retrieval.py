"""Hybrid retrieval: dense chunks from Chroma plus BM25 sentences, scored sentence by sentence.

Candidates are the chunks nearest to the question in Chroma and the chunks holding the best
BM25 sentences. Every sentence of every candidate chunk gets a row of evidence (one column
per :class:`Feature`) and a score that is a weighted sum of that row.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from enum import IntEnum
from typing import cast

import numpy as np

from index.articles import dateline
from index.embeddings import Embedder
from index.lexical import LexicalIndex, QueryTerms
from index.lexical_cache import LexicalCache
from index.records import StoredChunk
from index.store import Store
from qa.cues import answer_type, type_match

__all__ = ["FEATURES", "WEIGHTS", "Candidates", "Feature", "Retriever", "ScoredSentence"]

DENSE_CHUNKS = 24
CHUNK_CACHE = 20_000
MAX_RANKED_FOR_CUES = 6
LEXICAL_SENTENCES = 48


class Feature(IntEnum):
    """The evidence for one sentence: the columns of :attr:`Candidates.features`.

    "lexical" is its BM25 score over the question's total IDF (about the IDF-weighted share
    of the question it matches); "cover" is the IDF-weighted share of the question's terms
    present in the text. Terms unknown to the whole library count in the total, so a
    question about something absent scores low everywhere.
    """

    SENT_DENSE = 0  # cosine of the sentence with the question
    CHUNK_DENSE = 1  # cosine of the chunk (the mean of its sentences) with the question
    SENT_LEXICAL = 2  # the sentence's BM25 score
    SENT_COVER = 3  # the question's terms in the sentence
    CHUNK_COVER = 4  # the question's terms anywhere in the chunk
    ANSWER_TYPE = 5  # the answer-type cue (qa.cues): 1, 0, or 0.5 when none is asked for


FEATURES = tuple(f.name.lower() for f in Feature)


def weights(**by_feature: float) -> np.ndarray:
    """A weight per :class:`Feature`, given by name (``sent_dense=1.0``); 0 for the rest."""
    out = np.zeros(len(Feature), dtype=np.float32)
    for name, value in by_feature.items():
        out[Feature[name.upper()]] = value
    return out


# Set by a grid search for the first-citation hit rate on 1,500 SQuAD development questions
# (a one-off script, not kept in the repository); normalised to sum to 1 so that scores
# stay in [0, 1].
# Tried and left at zero: the chunk's own cosine, and a window of the sentence with its
# neighbours (cosine and coverage), which did not raise the first-citation hit rate.
WEIGHTS = weights(sent_dense=1.0, chunk_dense=0.0, sent_lexical=0.1, sent_cover=0.3,
                  chunk_cover=0.5, answer_type=0.1) / 2.0


# A passage (chunk) is ranked on its best sentence's score plus its own evidence: only the
# chunk-level features count.
PASSAGE_BEST_SENTENCE = 1.0
PASSAGE_WEIGHTS = weights(chunk_dense=0.5, chunk_cover=0.3)

# A passage that shares no word with a search is close to it from this cosine of one of its
# sentences. Chosen on a dozen queries over the seed and 300 BBC business articles: words no
# article has and topics none is about ("zzzz qqqq", "medieval castles" among business news)
# reached 0.08-0.33; synonyms of what an article is about ("narcotics", "heroin" for the
# seed's drugs) 0.37-0.46.
CLOSE_COSINE = 0.35

# How much a follow-up question's reading with the earlier turn counts, against the
# question read alone (0.2 to 0.8 tried on bench/followups.jsonl; 0.4 to 0.5 did best).
CONTEXT_SHARE = 0.45


@dataclass(frozen=True)
class _Reading:
    """One reading of a query: its vector, weighted terms and BM25 scores."""

    text: str
    vector: np.ndarray
    terms: QueryTerms
    lexical_ids: list[str]
    kind: str | None


# The small words a dateline may have ("Published on 3 March 2025 by the BBC"); any other
# word in lower case makes the line a sentence ("He was born on 3 March 1990 in Leeds").
_DATELINE_WORDS = frozenset("by on at in the of and updated published posted last".split())
_DATELINE_CHARS = 100
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_dateline(text: str) -> bool:
    """Whether ``text`` is a line giving its article's date (:func:`index.articles.dateline`)
    and no more: a dateline, not a sentence naming a date."""
    if len(text) > _DATELINE_CHARS or not _A_YEAR.search(text):
        return False  # (most sentences: read for every candidate, so cheaply)
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    return (all(w[:1].isupper() or w.lower() in _DATELINE_WORDS for w in words)
            and dateline(f"-\n{text}") is not None)


@dataclass(frozen=True)
class ScoredSentence:
    """A candidate sentence with its combined score."""

    chunk: StoredChunk
    index: int
    start: int
    end: int
    score: float

    @property
    def text(self) -> str:
        """The sentence, cut from its chunk's text."""
        return self.chunk.text[self.start - self.chunk.start : self.end - self.chunk.start]

    @property
    def is_headline(self) -> bool:
        """True when the sentence is its article's title: a headline names the topic and
        shares the question's words, but the body says what it sums up, so it is never the
        evidence. A Markdown heading ("# Bees learn faster") is its title too (a trial of
        stop 39 saw it quoted, "#" and all, under five questions), and so is a dateline
        ("*Saturday 4 April 2026*", "By Helen Rusk · 14 March 2026": a trial of stop 41 saw
        the first cited, asterisks and all, for the date of a cup final the article gives)."""
        return (" ".join(self.text.lstrip("#").split()) == " ".join(self.chunk.title.split())
                or _is_dateline(self.text))


@dataclass(frozen=True)
class Candidates:
    """Every sentence of the candidate chunks, with one row of evidence (a column per
    :class:`Feature`) each."""

    chunks: list[StoredChunk]
    where: list[tuple[int, int]]  # (chunk position, sentence index) per row
    features: np.ndarray

    def passages(self, k: int) -> list[tuple[StoredChunk, float, bool]]:
        """The ``k`` best chunks, scored on their best sentence and their own evidence, and
        whether each is close to the question: it shares a word with it, or one of its
        sentences is at least :data:`CLOSE_COSINE` from it."""
        return [(c, score, close) for c, score, close, _ in self.passages_with_best(k)]

    def passages_with_best(self, k: int
                           ) -> list[tuple[StoredChunk, float, bool, tuple[int, int]]]:
        """:meth:`passages`, each with its best sentence's offsets in the article (what a
        preview shows: a trial of stop 39 saw previews stop just before the sentence that
        matched)."""
        if not self.where:
            return []
        owner = [ci for ci, _ in self.where]
        sentence_scores = self.features @ WEIGHTS
        best = np.full(len(self.chunks), -np.inf, dtype=np.float32)
        np.maximum.at(best, owner, sentence_scores)
        best_row: dict[int, int] = {}
        for r, ci in enumerate(owner):
            if ci not in best_row or sentence_scores[r] > sentence_scores[best_row[ci]]:
                best_row[ci] = r
        cosine = np.full(len(self.chunks), -np.inf, dtype=np.float32)
        np.maximum.at(cosine, owner, self.features[:, Feature.SENT_DENSE])
        first = {ci: r for r, (ci, si) in reversed(list(enumerate(self.where)))}
        chunk_rows = self.features[[first[ci] for ci in range(len(self.chunks))]]
        scores = PASSAGE_BEST_SENTENCE * best + chunk_rows @ PASSAGE_WEIGHTS
        close = (cosine >= CLOSE_COSINE) | (chunk_rows[:, Feature.CHUNK_COVER] > 0)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.chunks[i], float(scores[i]), bool(close[i]),
                 self.chunks[i].sentences[self.where[best_row[i]][1]]) for i in order]

    def ranked(self, weights: np.ndarray = WEIGHTS) -> list[ScoredSentence]:
        """The sentences scored with ``weights``, best first."""
        if not self.where:
            return []
        scores = self.features @ weights
        order = np.argsort(-scores, kind="stable")
        out = []
        for r in order:
            ci, si = self.where[r]
            chunk = self.chunks[ci]
            s, e = chunk.sentences[si]
            out.append(ScoredSentence(chunk, si, s, e, float(scores[r])))
        return out


class Retriever:
    """Finds the sentences that may answer a question, with the evidence for each."""

    def __init__(self, store: Store, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder
        self._lexical: LexicalIndex | None = None
        self._cache = LexicalCache(store, store.cache_dir() / "bm25")
        self._lock = threading.Lock()
        # Chunks read from the store; valid for the store's current state.
        self._chunk_cache: dict[str, StoredChunk] = {}

    @property
    def sentence_count(self) -> int:
        """Sentences in the library when the lexical index was last built."""
        return len(self._lexical) if self._lexical is not None else 0

    def lexical(self) -> LexicalIndex:
        """The BM25 index, brought up to date when the store changed since it was read."""
        with self._lock:
            state = self.store.state()
            if self._lexical is None or self._lexical.key != f"{state.store_id}.{state.seq}":
                self._lexical = self._cache.index(state)
                # What was read at an older state may be stale now.
                self._chunk_cache.clear()
            return self._lexical

    def refresh(self) -> None:
        """Bring the saved BM25 segments up to date with the store now (after a write), so
        that the next question, in this process or another, does not wait for it."""
        with self._lock:
            self._cache.update(self.store.state())
        if self._lexical is not None:
            self.lexical()

    def sentences(self, query: str, context: str | None = None) -> list[ScoredSentence]:
        """Every sentence of the candidate chunks, best first.

        ``context`` (earlier turns of a conversation) is read together with the query, so
        that a follow-up such as "what was he charged with?" finds what "he" refers to.
        """
        return self.candidates(query, context).ranked()

    def candidates(self, query: str, context: str | None = None, pool: int = 0) -> Candidates:
        """Candidate chunks for ``query`` and the evidence for each of their sentences.

        With a ``context``, candidates come from the query alone and from the query read
        with its context, and the evidence is a blend of the two readings. ``pool`` widens
        the candidate pools to at least that many chunks (for long result lists).
        """
        dense_k, lexical_k = max(DENSE_CHUNKS, pool), max(LEXICAL_SENTENCES, 2 * pool)
        lexical = self.lexical()
        readings = [(1.0, self._reading(query, lexical, lexical_k))]
        if context:
            readings = [(1.0 - CONTEXT_SHARE, readings[0][1]),
                        (CONTEXT_SHARE, self._reading(f"{query} {context}", lexical, lexical_k))]
        found: dict[str, StoredChunk] = {}
        for _, r in readings:
            found.update((c.chunk_id, c) for c in
                         self._chunks(r.vector, r.lexical_ids, found, dense_k, lexical))
        chunks = list(found.values())
        where = [(ci, si) for ci, c in enumerate(chunks) for si in range(len(c.sentences))]
        features = sum(share * self._features(r, chunks, lexical) for share, r in readings)
        return Candidates(chunks, where, cast(np.ndarray, features))

    def _reading(self, text: str, lexical: LexicalIndex, lexical_k: int) -> _Reading:
        terms = lexical.query(text)
        return _Reading(text=text, vector=self.embedder.encode_query(text), terms=terms,
                        lexical_ids=lexical.top_chunks(terms, lexical_k), kind=answer_type(text))

    @staticmethod
    def _features(r: _Reading, chunks: list[StoredChunk], lexical: LexicalIndex) -> np.ndarray:
        """One row of evidence (a column per :class:`Feature`) per sentence of ``chunks``,
        computed for all at once."""
        if not chunks:
            return np.zeros((0, len(Feature)), dtype=np.float32)
        q = r.terms
        sizes = np.array([len(c.sentences) for c in chunks])
        owner = np.repeat(np.arange(len(chunks)), sizes)
        vectors = np.vstack([c.sentence_vectors for c in chunks])
        features = np.zeros((len(vectors), len(Feature)), dtype=np.float32)
        features[:, Feature.SENT_DENSE] = vectors @ r.vector
        means = np.add.reduceat(vectors, np.r_[0, np.cumsum(sizes)[:-1]], axis=0)
        chunk_dense = (means @ r.vector) / np.linalg.norm(means, axis=1)
        features[:, Feature.CHUNK_DENSE] = chunk_dense[owner]
        # Sentence rows of the lexical index; a chunk written after the index was built has
        # none yet, and gets no lexical evidence until the next rebuild.
        rows = [lexical.rows(c.chunk_id) for c in chunks]
        known = np.array([x is not None and len(x) == n for x, n in zip(rows, sizes,
                                                                         strict=True)])
        mask = known[owner]
        if mask.any():
            all_rows = np.concatenate([x for x, k in zip(rows, known, strict=True) if k])
            features[mask, Feature.SENT_LEXICAL] = np.minimum(q.scores[all_rows] / q.total_idf,
                                                               1.0)
            features[mask, Feature.SENT_COVER] = lexical.cover(all_rows, q.weights) / q.total_idf
            union = lexical.cover_by_group(all_rows, owner[mask], q.weights, len(chunks))
            features[:, Feature.CHUNK_COVER] = union[owner] / q.total_idf
        features[:, Feature.ANSWER_TYPE] = _type_cues(r, chunks, owner, features)
        return features

    def _chunks(self, vector: np.ndarray, lexical_ids: list[str],
                known: dict[str, StoredChunk], dense_k: int,
                lexical: LexicalIndex) -> list[StoredChunk]:
        # Readers use only the chunks article records list (Store.current_chunk_ids), which
        # are the chunks the lexical index holds.
        wanted = [i for i in dict.fromkeys([*self.store.nearest(vector, dense_k), *lexical_ids])
                  if lexical.holds(i)]
        cache = self._chunk_cache
        found = {i: known.get(i) or cache.get(i) for i in wanted}
        missing = [i for i, c in found.items() if c is None]
        found.update((c.chunk_id, c) for c in self.store.get_chunks(missing))
        if len(cache) > CHUNK_CACHE:
            cache.clear()
        chunks = [c for c in found.values() if c is not None]  # None: deleted since
        cache.update((c.chunk_id, c) for c in chunks)
        return chunks


def _type_cues(r: _Reading, chunks: list[StoredChunk], owner: np.ndarray,
               features: np.ndarray) -> np.ndarray:
    """The answer-type cue, looked for only where it could change the top of the ranking:
    the regular expressions cost more than all the other evidence together."""
    if r.kind is None:
        return np.full(len(owner), 0.5, dtype=np.float32)
    others = [f for f in Feature if f is not Feature.ANSWER_TYPE]
    partial = features[:, others] @ WEIGHTS[others]
    top = np.sort(partial)[-MAX_RANKED_FOR_CUES:][0] if len(partial) else 0.0
    cues = np.zeros(len(owner), dtype=np.float32)
    index_in_chunk = np.arange(len(owner)) - np.searchsorted(owner, owner)
    for row in np.flatnonzero(partial >= top - WEIGHTS[Feature.ANSWER_TYPE]):
        chunk = chunks[owner[row]]
        s, e = chunk.sentences[index_in_chunk[row]]
        cues[row] = type_match(r.kind, r.text, chunk.text[s - chunk.start : e - chunk.start])
    return cues
