"""The typed results of the public API: frozen dataclasses, never tuples.

:class:`IngestReport` and :class:`IngestProblem` are made by the indexing stages, so they are
defined in :mod:`index.reports`; they are re-exported here with the results of asking.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.reports import IngestProblem, IngestReport

__all__ = ["Answer", "ArticleInfo", "Citation", "IngestProblem", "IngestReport", "Passage"]


@dataclass(frozen=True)
class Citation:
    """One cited passage: ``quote == article_text[start:end]`` always holds.

    ``score`` is the retrieval evidence for the passage's best sentence (0 to 1). Citations
    are numbered in the order the answer puts them, which re-reading the best sentences word
    by word may change, so a later citation can show a higher score than an earlier one.
    """

    n: int
    article_id: str
    title: str
    source: str
    start: int
    end: int
    quote: str
    score: float
    date: str | None = None


@dataclass(frozen=True)
class Answer:
    """An answer composed of the articles' own sentences, with ``[n]`` markers."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    abstained: bool

    def to_dict(self) -> dict:
        """The ``qa ask --json`` shape."""
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [
                {
                    "n": c.n,
                    "article_id": c.article_id,
                    "title": c.title,
                    "source": c.source,
                    "date": c.date,
                    "start": c.start,
                    "end": c.end,
                    "quote": c.quote,
                    "score": round(c.score, 4),
                }
                for c in self.citations
            ],
        }


@dataclass(frozen=True)
class Passage:
    """One ranked search result: a chunk of an article and its span."""

    article_id: str
    title: str
    start: int
    end: int
    text: str
    score: float
    source: str = ""


@dataclass(frozen=True)
class ArticleInfo:
    """An indexed article as listed by :meth:`qa.Library.articles`."""

    article_id: str
    title: str
    source: str
    date: str | None
    chunks: int
