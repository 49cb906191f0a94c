"""Composing an answer from scored sentences: pick, cite, or abstain.

The answer is extractive: the best sentences themselves, each followed by its ``[n]`` marker,
so nothing is said that the articles do not say. Each citation's quote is cut from the stored
chunk at the sentence's span, which is the article's text at that span.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from qa.models import Answer, Citation, ShortAnswer
from qa.retrieval import ScoredSentence

if TYPE_CHECKING:
    from qa.reading import Judged

__all__ = ["NO_ANSWER", "Cutoffs", "abstain_below", "answerable", "compose", "compose_read",
           "favour"]

MAX_CITATIONS = 3
# Below a threshold the best sentence is judged not to answer the question. The best of many
# unrelated sentences scores higher by chance as a library grows (a maximum over more
# draws), so the threshold rises with the logarithm of the number of sentences indexed:
# fitted to 0.355 on the seed article (25 sentences: between its unanswerable questions,
# at most 0.32, and its answerable ones, at least 0.38) and 0.42 on 22 SQuAD articles
# (6,000 sentences: abstained on 0.85 of questions about the 22 absent articles while
# answering 0.98 of those about the indexed ones; bench/eval_answers.py).
ABSTAIN_BASE = 0.317
ABSTAIN_PER_DECADE = 0.027
# Further citations must come close to the best one, or they add loosely related sentences
# (what a new user noticed first). On SQuAD development questions 0.8 gave 2.0 citations and
# 76 words shown per answer, a gold answer in one of them for 0.857 (0.7: 2.5 citations, 91
# words, 0.865; no floor: 0.871).
RELATIVE_FLOOR = 0.80
# A cited sentence is joined by its better neighbour when the two fit in this many words and
# the neighbour scores at least NEIGHBOUR_SHARE of the sentence: questions often join two
# adjacent sentences (the name in one, the fact in the next), but a weak neighbour only adds
# words. On two samples of 1,500 SQuAD development questions (first-citation hit rate, mean
# words of the first citation): 27 words alone gave 0.68-0.69; 50 words and any neighbour,
# 0.725 at 38 words; 80 words and 0.7, 0.736 at 37 words (chosen); 70 and 0.65, 0.738 at 38;
# 70 and 0.6, 0.740 at 40.
MAX_QUOTE_WORDS = 80
NEIGHBOUR_SHARE = 0.7
# In a conversation, sentences from the article the last answer cited get this bonus: on the
# follow-up set (bench/followups.jsonl) it raised follow-ups answered right from 0.83 to 0.86.
CONVERSATION_BONUS = 0.05
NO_ANSWER = "The articles do not answer this question."
EMPTY_LIBRARY = ("No articles are indexed yet, so there is nothing to answer from; "
                 "add some with 'qa ingest PATH' (or /ingest PATH in the chat).")


def abstain_below(sentences: int) -> float:
    """The score under which a library of ``sentences`` sentences abstains."""
    return ABSTAIN_BASE + ABSTAIN_PER_DECADE * math.log10(max(sentences, 10))


def answerable(ranked: list[ScoredSentence], sentences: int) -> bool:
    """True when the best evidence in ``ranked`` is strong enough to answer from, in a
    library of ``sentences`` sentences. The order may have been changed by re-ranking
    (qa.reranking): the evidence is the best retrieval score wherever it stands."""
    return bool(ranked) and max(s.score for s in ranked) >= abstain_below(sentences)


def compose(question: str, ranked: list[ScoredSentence], sentences: int) -> Answer:
    """The answer to ``question`` from sentences ranked best first, in a library of
    ``sentences`` sentences."""
    if sentences == 0:
        return Answer(question=question, text=EMPTY_LIBRARY, citations=(), abstained=True)
    ranked = [s for s in ranked if not s.is_headline]
    if not answerable(ranked, sentences):
        return Answer(question=question, text=NO_ANSWER, citations=(), abstained=True)
    passages = _choose(ranked)
    citations = tuple(_cite(n, p) for n, p in enumerate(passages, start=1))
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, text=text, citations=citations, abstained=False)


@dataclass(frozen=True)
class Cutoffs:
    """Where the reader's probabilities are cut (set by make reader; qa/weights/READER.md):
    answer only when the best sentence reaches ``answer``; cite another sentence when it
    reaches ``cite``; give the short answer when the best sentence reaches ``short``."""

    answer: float = 0.5
    cite: float = 0.5
    short: float = 0.5


def compose_read(question: str, judged: list[Judged], sentences: int,
                 cutoffs: Cutoffs) -> Answer:
    """The answer from sentences the reader judged (:func:`qa.reading.judge_sentences`),
    most probable first."""
    if sentences == 0:
        return Answer(question=question, text=EMPTY_LIBRARY, citations=(), abstained=True)
    if not judged or judged[0].probability < cutoffs.answer:
        return Answer(question=question, text=NO_ANSWER, citations=(), abstained=True)
    ranked = [replace(j.sentence, score=j.probability) for j in judged]
    passages = _choose([ranked[0], *(s for s in ranked[1:] if s.score >= cutoffs.cite)])
    citations = tuple(_cite(n, p) for n, p in enumerate(passages, start=1))
    short = _short(judged[0], citations[0], cutoffs)
    if short is not None:
        text = f"{short.text} [1]"
    else:
        text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, text=text, citations=citations, abstained=False,
                  short=short)


_SHORT_EDGES = frozenset(" \t\n,.;:!?")


def _short(best: Judged, first: Citation, cutoffs: Cutoffs) -> ShortAnswer | None:
    span = best.answer_span
    if span is None or best.probability < cutoffs.short:
        return None
    start, end = span
    if not (first.start <= start < end <= first.end):
        return None
    quote = first.quote
    while start < end and quote[start - first.start] in _SHORT_EDGES:
        start += 1
    while end > start and quote[end - first.start - 1] in _SHORT_EDGES:
        end -= 1
    text = quote[start - first.start : end - first.start]
    if not text.strip() or text.strip() == first.quote.strip():
        return None
    return ShortAnswer(text=text, start=start, end=end, n=first.n)


def favour(ranked: list[ScoredSentence], articles: frozenset[str]) -> list[ScoredSentence]:
    """Re-rank with a bonus for sentences of ``articles`` (what a conversation is about)."""
    bonus = [s.score + (CONVERSATION_BONUS if s.chunk.article_id in articles else 0.0)
             for s in ranked]
    order = sorted(range(len(ranked)), key=lambda i: -bonus[i])
    return [replace(ranked[i], score=bonus[i]) for i in order]


@dataclass(frozen=True)
class _Passage:
    best: ScoredSentence
    start: int
    end: int

    @property
    def quote(self) -> str:
        c = self.best.chunk
        return c.text[self.start - c.start : self.end - c.start]


def _choose(ranked: list[ScoredSentence]) -> list[_Passage]:
    by_place = {(s.chunk.chunk_id, s.index): s for s in ranked}
    best = max(s.score for s in ranked)
    chosen: list[_Passage] = []
    quotes: set[str] = set()
    for s in ranked:
        if len(chosen) == MAX_CITATIONS:
            break
        if chosen and s.score < best * RELATIVE_FLOOR:
            continue
        if any(p.best.chunk.article_id == s.chunk.article_id and p.start <= s.start < p.end
               for p in chosen):
            continue  # already quoted as part of an earlier passage
        passage = _with_neighbour(s, by_place)
        if any(p.best.chunk.article_id == s.chunk.article_id and passage.start < p.end
               and p.start < passage.end for p in chosen):
            passage = _Passage(s, s.start, s.end)  # its neighbour is quoted already
        key = " ".join(passage.quote.split()).lower()
        if key in quotes:
            continue  # the same passage in a duplicate article adds nothing
        quotes.add(key)
        chosen.append(passage)
    return chosen


def _with_neighbour(s: ScoredSentence, by_place: dict) -> _Passage:
    """The sentence, joined by its better-scored neighbour when both are short enough.

    Quoting both when they fit in ``MAX_QUOTE_WORDS`` and the neighbour scores close to the
    sentence keeps citations short but complete.
    """
    words = len(s.text.split())
    neighbours = [by_place.get((s.chunk.chunk_id, s.index + d)) for d in (-1, 1)]
    fitting = [n for n in neighbours if n and words + len(n.text.split()) <= MAX_QUOTE_WORDS
               and n.score >= NEIGHBOUR_SHARE * s.score and not _paragraph_between(s, n)]
    if not fitting:
        return _Passage(s, s.start, s.end)
    n = max(fitting, key=lambda x: x.score)
    return _Passage(s, min(s.start, n.start), max(s.end, n.end))


def _paragraph_between(a: ScoredSentence, b: ScoredSentence) -> bool:
    """True when a line break separates the two sentences (a headline, another paragraph)."""
    c = a.chunk
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return "\n" in c.text[min(lo, hi) - c.start : max(lo, hi) - c.start]


def _cite(n: int, p: _Passage) -> Citation:
    c = p.best.chunk
    return Citation(n=n, article_id=c.article_id, title=c.title, source=c.source,
                    start=p.start, end=p.end, quote=p.quote, score=round(p.best.score, 4),
                    date=c.date)
