"""The typed results of the public API: frozen dataclasses, never tuples.

:class:`IngestReport` and :class:`IngestProblem` are made by the indexing stages, so they are
defined in :mod:`index.reports`; they are re-exported here with the results of asking.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from index.reports import IngestProblem, IngestReport

__all__ = ["Answer", "ArticleInfo", "Citation", "IngestProblem", "IngestReport", "Passage",
           "Result", "ShortAnswer", "WrittenAnswer", "WrittenSentence"]


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

    ``score`` is the readers' probability that the passage's best sentence answers (0 to 1;
    0 for one they did not read; without the readers, retrieval's evidence for it). Citations
    are numbered in the order the answer puts them: the first is the passage chosen to answer
    (retrieval's evidence and the sentence's form weigh in too, so another can score higher),
    the others follow by score.
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
class WrittenSentence(Result):
    """One sentence a language model wrote, as checked against the quotes it cites.

    ``markers`` are the ``[n]`` it carries, in order (even those naming no given quote);
    ``supported`` is True when at least one marker names a given quote and the quotes it
    names support the sentence; ``support`` is the checker's score for that (0 to 1) and
    ``reason`` says why an unsupported sentence failed (None when supported).
    """

    text: str
    markers: tuple[int, ...]
    supported: bool
    support: float
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The shape of a sentence in ``qa ask --json`` (the score to 3 places)."""
        return {"text": self.text, "markers": list(self.markers), "supported": self.supported,
                "support": round(self.support, 3), "reason": self.reason}


@dataclass(frozen=True)
class WrittenAnswer(Result):
    """What a language model wrote from the numbered quotes, sentence by sentence.

    ``model`` names it as ``MODEL@URL``; ``declined`` is True when it said the quotes do not
    answer. With ``strict``, the unsupported sentences were dropped from ``sentences``.
    """

    model: str
    sentences: tuple[WrittenSentence, ...]
    declined: bool = False
    strict: bool = False

    @property
    def text(self) -> str:
        """The sentences joined, their markers included."""
        return " ".join(s.text for s in self.sentences)

    @property
    def supported(self) -> bool:
        """True when at least one sentence is supported (else the answer abstains)."""
        return any(s.supported for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """The ``written`` object of ``qa ask --json``."""
        return {"model": self.model, "text": self.text, "declined": self.declined,
                "strict": self.strict, "sentences": [s.to_dict() for s in self.sentences]}


@dataclass(frozen=True)
class Answer(Result):
    """An answer composed of the articles' own sentences, with ``[n]`` markers.

    ``short`` is the exact answer inside the first citation when the reader is sure of it,
    else None. ``written`` is what a language model wrote from the citations' quotes, each
    sentence checked against them, when one was asked (``lib.ask(..., llm=...)``): then the
    citations are every quote the model was given, numbered as in its prompt, and ``text``
    stays the extractive answer (citing the first of them). ``notice`` says why a written
    answer was wanted but is not there, or was not used (the server failed, it was
    cancelled, nothing it wrote was supported).
    """

    question: str
    text: str
    citations: tuple[Citation, ...]
    abstained: bool
    short: ShortAnswer | None = None
    written: WrittenAnswer | None = None
    notice: str | None = None

    @property
    def unsure(self) -> bool:
        """Whether the answer gives passages without a short answer to a question that asks
        for one (a name, a figure, a date: :func:`qa.forms.expects_a_short_answer`): such
        passages often do not say it, and the chat and ``qa ask`` say "Not sure" first."""
        from qa.forms import expects_a_short_answer

        return (not self.abstained and self.short is None and self.written is None
                and bool(self.citations) and expects_a_short_answer(self.question))

    def to_dict(self) -> dict[str, Any]:
        """The ``qa ask --json`` shape (``written`` and ``notice`` only when a language
        model was asked)."""
        shape = {"question": self.question, "answer": self.text, "abstained": self.abstained,
                 "short": self.short.to_dict() if self.short else None,
                 # (in the Python API's dict too: a trial of stop 44 found it only in --json)
                 "unsure": self.unsure,
                 "citations": [c.to_dict() for c in self.citations]}
        if self.written is not None or self.notice is not None:
            shape["written"] = self.written.to_dict() if self.written else None
            shape["notice"] = self.notice
        return shape


@dataclass(frozen=True)
class Passage(Result):
    """One ranked search result: a chunk of an article and its span (and the page it
    starts on, for articles with pages). ``close`` is False for a passage that shares no
    word with the query and is not near it in meaning either (qa.retrieval.CLOSE_COSINE):
    the nearest there is, not a match."""

    article_id: str
    title: str
    start: int
    end: int
    text: str
    score: float
    source: str = ""
    page: int | None = None
    close: bool = True
    # the article's date (ISO, from its text or file), None when it has none; a search result
    # shows it as a citation does (three new users of stop 65 missed it in `qa search --json`)
    date: str | None = None
    # the offsets in the article of the passage's sentence closest to the query (its preview
    # shows it); None when not known
    best_start: int | None = None
    best_end: int | None = None


@dataclass(frozen=True)
class ArticleInfo(Result):
    """An indexed article as listed by :meth:`qa.Library.articles`."""

    article_id: str
    title: str
    source: str
    date: str | None
    chunks: int
