"""Reading retrieval's best sentences with the reader, and weighing what it finds.

Retrieval ranks every sentence of its candidate chunks. The sentences it ranks highest are
read by the reader (:mod:`qa.reader`) in windows (each with the sentence before it, and the
article's title), all in one batch. Each sentence read then gets the probability that it
answers the question: a logistic combination, fitted by ``make reader`` on questions the
reader was not trained on, of the reader's answer score and retrieval's evidence. That
probability orders the citations and decides whether to answer at all.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from qa.answering import abstain_below
from qa.reader import Reader, SentenceReading, windows_for
from qa.retrieval import ScoredSentence

__all__ = ["READ_DEPTH", "Judged", "features", "judge_sentences"]

# How many of retrieval's best sentences are read (different texts; copies of an article
# repeat them). Set by make reader (see qa/weights/READER.md).
READ_DEPTH = 6


@dataclass(frozen=True)
class Judged:
    """A sentence retrieval found, with the reader's view of it (None: not read) and the
    probability that it answers the question."""

    sentence: ScoredSentence
    reading: SentenceReading | None
    probability: float

    @property
    def answer_span(self) -> tuple[int, int] | None:
        """The reader's answer span in the article, or None."""
        r = self.reading
        if r is None or r.window.offset is None or r.span[1] <= r.span[0]:
            return None
        return r.window.offset + r.span[0], r.window.offset + r.span[1]


def features(reader_score: float, retrieval: float, best_retrieval: float,
             best_reader: float, sentences: int) -> list[float]:
    """What the combination weighs, for one sentence read: the reader's answer score, the
    sentence's retrieval score, how far the question's best retrieval score clears the
    abstention line for a library of ``sentences`` sentences, and how far the sentence's
    reader score is behind the question's best."""
    return [max(-20.0, min(20.0, reader_score)), retrieval,
            best_retrieval - abstain_below(sentences),
            max(-20.0, reader_score - best_reader)]


def _probability(weights: Sequence[float], bias: float, row: Sequence[float]) -> float:
    z = bias + float(np.dot(weights, row))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def judge_sentences(question: str, ranked: list[ScoredSentence], reader: Reader,
                    sentences: int, depth: int = READ_DEPTH,
                    skip: Callable[[str], bool] | None = None) -> list[Judged]:
    """The sentences of ``ranked`` (best first, headlines left out) that the reader read,
    ordered by the probability that they answer, followed by the rest unread (probability
    0). Sentences for which ``skip`` is true are neither read nor read as context."""
    body = [s for s in ranked if not s.is_headline and not (skip and skip(s.text))]
    if not body:
        return []
    picks: list[ScoredSentence] = []
    texts: set[str] = set()
    for s in body:
        if s.text not in texts:
            texts.add(s.text)
            picks.append(s)
            if len(picks) == depth:
                break
    config = reader.config
    windows = windows_for([(s.chunk, s.index) for s in picks],
                          before=config.get("before", 1), after=config.get("after", 0),
                          skip=skip)
    readings = [r for w in reader.read(question, windows) for r in w.sentences]
    by_start = {(s.chunk.article_id, s.start): s for s in body}
    best_retrieval = max(s.score for s in body)
    best_reader = max((r.score for r in readings), default=0.0)
    combine = config.get("combine", {"weights": [1.0, 0.0, 0.0, 0.0], "bias": 0.0})
    judged, seen = [], set()
    for r in readings:
        w = r.window
        assert w.offset is not None
        found = by_start.get((w.article_id, w.offset + w.sentences[r.index][0]))
        if found is None or (found.chunk.chunk_id, found.index) in seen:
            continue
        seen.add((found.chunk.chunk_id, found.index))
        row = features(r.score, found.score, best_retrieval, best_reader, sentences)
        judged.append(Judged(found, r, _probability(combine["weights"], combine["bias"], row)))
    judged.sort(key=lambda j: -j.probability)
    rest = [Judged(s, None, 0.0) for s in body if (s.chunk.chunk_id, s.index) not in seen]
    return judged + rest
