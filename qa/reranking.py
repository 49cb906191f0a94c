"""Re-ranking the best sentences by reading each one's words against the question's.

Retrieval compares one vector per sentence with one vector per question, plus word counts.
The best few sentences are then read again with the model's vector for every word piece
(late interaction, as in ColBERT): each word of the question is matched with its closest
word in the sentence, in context, and the sentence scores the weighted mean of those
matches, where a question word weighs more the fewer candidate sentences have it. A
sentence that answers the question usually lines up with all of it (subject, verb and
object), where a sentence that only shares its topic lines up with part of it.

The retrieval score is kept on each sentence: abstaining and the floor for further
citations are calibrated on it. Only the order changes.
"""

from __future__ import annotations

import math
import re

import numpy as np

from index.embeddings import Embedder, TokenVectors
from qa.retrieval import ScoredSentence

__all__ = ["RERANK_DEPTH", "RERANK_MARGIN", "RERANK_WEIGHT", "alignment", "distinctive",
           "rerank"]

# How many sentences are read again, how close to the best retrieval score they must be,
# and how much their alignment counts against the retrieval score. Set on 2 x 1,200 SQuAD
# development questions, each half from 22 of the 44 articles (bench/tune_reranking.py
# prints the grid): the first sentence held a gold answer for 0.717 and 0.693 of them
# before; 0.750 and 0.713 with question words unweighted, 0.760 and 0.731 weighted by
# their rarity among the candidates. Depth 8 and margins up to 1.0 did no better than 5 and
# 0.08 (within 0.3 point) and read more (each sentence costs a few milliseconds); weights
# 0.5 to 3 were within a point of each other; the library's IDF, or leaving out stop words,
# did no better than unweighted. A sentence further than the margin behind the best almost never
# overtook it, and leaving those out halves the reading. The weight is 1.0 rather than 1.5
# (0.2 point better on SQuAD) because at 1.5 "What was the owner charged with?" on the seed
# article went to the sentence about the owner's arrest; a test keeps that answer.
RERANK_DEPTH = 5
RERANK_MARGIN = 0.08
RERANK_WEIGHT = 1.0
_WORDS = re.compile(r"\w+")


def alignment(question: TokenVectors, sentence: TokenVectors,
              weights: np.ndarray | None = None) -> float:
    """The mean, over the question's word pieces, of each one's best cosine with a piece of
    ``sentence`` (1 for a word the sentence has verbatim): weighted by ``weights`` (one per
    piece) or, without them, plain over the pieces that are not punctuation."""
    if weights is None:
        weights = np.array([float(any(ch.isalnum() for ch in p)) for p in question.pieces])
    if not weights.any() or not len(sentence.vectors):
        return 0.0
    best = (question.vectors @ sentence.vectors.T).max(axis=1)
    # The same word read in two contexts can score well below 1 ("charged" in a question and
    # in "the court charged him"); that it is there at all is evidence enough.
    present = {w.lower() for w in sentence.words}
    best[[w.lower() in present for w in question.words]] = 1.0
    return float(best @ weights / weights.sum())


def distinctive(question: TokenVectors, candidates: list[str]) -> np.ndarray:
    """A weight per question piece: the inverse frequency of its word among the
    ``candidates`` (sentences), and 0 for punctuation. Every candidate is about the
    question's topic, so the words they all share say little about which one answers, while
    a word few of them have ("when", "naturalized") says much."""
    held = [set(_WORDS.findall(text.lower())) for text in candidates]
    n = len(held)
    weights = np.zeros(len(question.pieces))
    for i, word in enumerate(question.words):
        if _WORDS.fullmatch(word):
            df = sum(word.lower() in h for h in held)
            weights[i] = math.log((n + 1) / (df + 0.5))
    return weights


def rerank(question: str, ranked: list[ScoredSentence],
           embedder: Embedder) -> list[ScoredSentence]:
    """``ranked`` without its headlines, and with its first sentences (at most
    ``RERANK_DEPTH`` different texts, within ``RERANK_MARGIN`` of the best score) put in the
    order of their retrieval score plus ``RERANK_WEIGHT`` times their alignment with the
    question, whose words weigh by how rare they are among all of ``ranked`` (see
    :func:`distinctive`)."""
    body = [s for s in ranked if not s.is_headline]
    if not body:
        return body
    # ``ranked`` is best first, so the sentences within the margin lead it. Copies of an
    # article repeat its sentences: each text is read once.
    texts: dict[str, int] = {}
    n = 0
    while n < len(body) and body[n].score >= body[0].score - RERANK_MARGIN:
        if body[n].text not in texts:
            if len(texts) == RERANK_DEPTH:
                break
            texts[body[n].text] = len(texts)
        n += 1
    if len(texts) < 2:
        return body
    q, *read = embedder.encode_tokens([question, *texts])
    weights = distinctive(q, [s.text for s in body])
    aligned = [alignment(q, v, weights) for v in read]
    top = body[:n]
    combined = [s.score + RERANK_WEIGHT * aligned[texts[s.text]] for s in top]
    order = sorted(range(n), key=lambda i: -combined[i])
    return [top[i] for i in order] + body[n:]
