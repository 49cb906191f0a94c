"""Re-ranking the best sentences by reading each one's words against the question's.

Retrieval compares one vector per sentence with one vector per question, plus word counts.
The best few sentences are then read again with the model's vector for every word piece
(late interaction, as in ColBERT): each word of the question is matched with its closest
word in the sentence, in context, and the sentence scores the mean of those matches. A
sentence that answers the question usually lines up with all of it (subject, verb and
object), where a sentence that only shares its topic lines up with part of it.

The retrieval score is kept on each sentence: abstaining and the floor for further
citations are calibrated on it. Only the order changes.
"""

from __future__ import annotations

from index.embeddings import Embedder, TokenVectors
from qa.retrieval import ScoredSentence

__all__ = ["RERANK_DEPTH", "RERANK_MARGIN", "RERANK_WEIGHT", "alignment", "rerank"]

# How many sentences are read again, how close to the best retrieval score they must be,
# and how much their alignment counts against the retrieval score. Set on 2 x 1,200 SQuAD
# development questions, each half from 22 of the 44 articles (bench/tune_reranking.py):
# the first sentence held a gold answer for 0.717 and 0.693 of them before, 0.743 and 0.718
# with these constants. Depth 8 did no better than 5 and reads more (each sentence costs a
# few milliseconds); weights 0.5 to 3 were all within a point; weighting question words by
# the library's IDF, or leaving out stop words, did no better. A sentence further than the
# margin behind the best almost never overtook it, and leaving those out halves the
# reading. The weight is 1.0 rather than 1.5 (0.2 point better on SQuAD) because at 1.5
# "What was the owner charged with?" on the seed article went to the sentence about the
# owner's arrest: a long sentence has more words to line up with.
RERANK_DEPTH = 5
RERANK_MARGIN = 0.08
RERANK_WEIGHT = 1.0


def alignment(question: TokenVectors, sentence: TokenVectors) -> float:
    """The mean, over the question's word pieces (punctuation left out), of each one's best
    cosine with a piece of ``sentence``."""
    words = [i for i, p in enumerate(question.pieces) if any(ch.isalnum() for ch in p)]
    if not words or not len(sentence.vectors):
        return 0.0
    return float((question.vectors[words] @ sentence.vectors.T).max(axis=1).mean())


def rerank(question: str, ranked: list[ScoredSentence],
           embedder: Embedder) -> list[ScoredSentence]:
    """``ranked`` with its first sentences (headlines aside; at most ``RERANK_DEPTH``
    different texts, within ``RERANK_MARGIN`` of the best score) put in the order of their
    retrieval score plus ``RERANK_WEIGHT`` times their alignment."""
    body = [s for s in ranked if not s.is_headline]
    if not body:
        return ranked
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
        return ranked
    q, *read = embedder.encode_tokens([question, *texts])
    aligned = [alignment(q, v) for v in read]
    top = body[:n]
    combined = [s.score + RERANK_WEIGHT * aligned[texts[s.text]] for s in top]
    order = sorted(range(n), key=lambda i: -combined[i])
    return [top[i] for i in order] + body[n:]
