"""The typed results of the public API: frozen dataclasses, never tuples.

:class:`IngestReport` and :class:`IngestProblem` are made by the indexing stages, so they are
defined in :mod:`index.reports`; they are re-exported here with the results of asking.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from index.reports import IngestProblem, IngestReport

__all__ = ["Answer", "ArticleInfo", "Citation", "IngestProblem", "IngestReport", "Passage",
           "Result", "ShortAnswer"]


class Result:
    """A result of the public API: ``to_dict()`` is the one way it becomes plain values
    (for JSON). Those whose JSON shape is documented (:class:`Answer`, :class:`Citation`)
    give that shape; the others give their fields."""

    def to_dict(self) -> dict[str, Any]:
        """The fields, as plain values."""
        fields: dict[str, Any] = asdict(self)  # type: ignore[call-overload]
        return fields


@dataclass(frozen=True)
class Citation(Result):
    """One cited passage: ``quote == article_text[start:end]`` always holds.

    ``score`` is the retrieval evidence for the passage's best sentence (0 to 1). Citations
    are numbered in the order the answer puts them, which re-reading the best sentences word
    by word may change, so a later citation can show a higher score than an earlier one.
    ``page`` is the page (from 1) the quote starts on, for articles with pages (PDF); None
    for the others.
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
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The shape of a citation in ``qa ask --json`` (the score to 4 places)."""
        return {"n": self.n, "article_id": self.article_id, "title": self.title,
                "source": self.source, "date": self.date, "page": self.page,
                "start": self.start, "end": self.end, "quote": self.quote,
                "score": round(self.score, 4)}


@dataclass(frozen=True)
class ShortAnswer(Result):
    """The exact answer (a name, a figure, a date) marked inside citation ``n``'s quote:
    ``article_text[start:end] == text``, and ``[start, end)`` lies inside that citation's
    span."""

    text: str
    start: int
    end: int
    n: int


@dataclass(frozen=True)
class Answer(Result):
    """An answer composed of the articles' own sentences, with ``[n]`` markers.

    ``short`` is the exact answer inside the first citation when the reader is sure of it,
    else None.
    """

    question: str
    text: str
    citations: tuple[Citation, ...]
    abstained: bool
    short: ShortAnswer | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``qa ask --json`` shape."""
        return {"question": self.question, "answer": self.text, "abstained": self.abstained,
                "short": self.short.to_dict() if self.short else None,
                "citations": [c.to_dict() for c in self.citations]}


@dataclass(frozen=True)
class Passage(Result):
    """One ranked search result: a chunk of an article and its span (and the page it
    starts on, for articles with pages)."""

    article_id: str
    title: str
    start: int
    end: int
    text: str
    score: float
    source: str = ""
    page: int | None = None


@dataclass(frozen=True)
class ArticleInfo(Result):
    """An indexed article as listed by :meth:`qa.Library.articles`."""

    article_id: str
    title: str
    source: str
    date: str | None
    chunks: int
