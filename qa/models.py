"""The typed results of the public API: frozen dataclasses, never tuples."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class IngestProblem:
    """A file or record that was skipped, and why."""

    source: str
    message: str


@dataclass(frozen=True)
class IngestReport:
    """What one ingest or sync changed in the store."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failed: tuple[IngestProblem, ...] = ()
    skipped: tuple[IngestProblem, ...] = ()
    chunks: int = 0
    embedded: int = 0

    @property
    def changed(self) -> bool:
        """True when the store was written to."""
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """One line for people: counts of each outcome."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, "
            f"{len(self.failed)} failed, {len(self.skipped)} skipped; "
            f"{self.chunks} chunk{'' if self.chunks == 1 else 's'} written"
        )
