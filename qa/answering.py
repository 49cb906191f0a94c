"""Composing an answer from scored sentences: pick, cite, or abstain.

The answer is extractive: the best sentences themselves, each followed by its ``[n]`` marker,
so nothing is said that the articles do not say. Each citation's quote is cut from the stored
chunk at the sentence's span, which is the article's text at that span.
"""

from __future__ import annotations

from qa.models import Answer, Citation
from qa.retrieval import ScoredSentence

__all__ = ["NO_ANSWER", "compose", "demote"]

MAX_CITATIONS = 3
# Below this combined score the best sentence is judged not to answer the question. Set on
# SQuAD development questions (22 articles indexed, questions on the other 22 asked: 0.38
# abstained on 0.74 of those and answered 0.998 of the questions on indexed articles) and
# kept low enough for the seed article, where a one-article library scores answers lower.
ABSTAIN_BELOW = 0.38
# Further citations must come close to the best one, or they would dilute the answer.
RELATIVE_FLOOR = 0.80
NO_ANSWER = "The articles do not answer this question."


def compose(question: str, ranked: list[ScoredSentence]) -> Answer:
    """The answer to ``question`` from sentences ranked best first."""
    if not ranked or ranked[0].score < ABSTAIN_BELOW:
        return Answer(question=question, text=NO_ANSWER, citations=(), abstained=True)
    chosen = _choose(ranked)
    citations = tuple(_cite(n, s) for n, s in enumerate(chosen, start=1))
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, text=text, citations=citations, abstained=False)


def demote(ranked: list[ScoredSentence], avoid: set[tuple[str, int]]) -> list[ScoredSentence]:
    """Move the sentences in ``avoid`` (``(article_id, start)``) after all the others."""
    fresh = [s for s in ranked if (s.chunk.article_id, s.start) not in avoid]
    return fresh + [s for s in ranked if (s.chunk.article_id, s.start) in avoid]


def _choose(ranked: list[ScoredSentence]) -> list[ScoredSentence]:
    best = ranked[0].score
    chosen: list[ScoredSentence] = []
    quotes: set[str] = set()
    for s in ranked:
        if len(chosen) == MAX_CITATIONS or s.score < best * RELATIVE_FLOOR:
            break
        key = " ".join(s.text.split()).lower()
        if key in quotes:
            continue  # the same sentence in a duplicate article adds nothing
        quotes.add(key)
        chosen.append(s)
    return chosen


def _cite(n: int, s: ScoredSentence) -> Citation:
    c = s.chunk
    return Citation(n=n, article_id=c.article_id, title=c.title, source=c.source,
                    start=s.start, end=s.end, quote=s.text, score=round(s.score, 4), date=c.date)
