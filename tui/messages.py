"""What the chat's controller tells the screen: typed Messages, posted from its workers.

The controller (:mod:`tui.controller`) does the work in threads and posts one of these for
each thing that happened; the chat screen has a handler for each (``on_answer_ready`` for
:class:`AnswerReady`...) that renders it. Questions carry a ticket, the number the controller
gave them, so that an answer finds its exchange.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.message import Message

from qa import (
    Answer,
    ArticleInfo,
    Citation,
    IngestReport,
    LibraryStats,
    Passage,
    QAError,
    ShortAnswer,
)

__all__ = [
    "AnswerFailed",
    "AnswerReady",
    "AnswerWaiting",
    "ArticleFetched",
    "ArticlesListed",
    "Failed",
    "Indexed",
    "IndexFailed",
    "IndexProgress",
    "LibraryFailed",
    "PassagesFound",
    "StatsChanged",
    "Status",
]


class ControllerMessage(Message, bubble=False):
    """A message from the controller to the screen that owns it (it goes no further)."""


class Status(ControllerMessage):
    """What the library is doing now ("opening the store…")."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class LibraryFailed(ControllerMessage):
    """The library could not be opened, or stopped answering: the status line says why."""

    def __init__(self, error: QAError) -> None:
        super().__init__()
        self.error = error


class StatsChanged(ControllerMessage):
    """The library is ready, with this many articles and chunks."""

    def __init__(self, stats: LibraryStats) -> None:
        super().__init__()
        self.stats = stats


class IndexProgress(ControllerMessage):
    """``done`` of ``total`` steps of ``stage`` while indexing ``path``."""

    def __init__(self, path: str, stage: str, done: int, total: int) -> None:
        super().__init__()
        self.path, self.stage, self.done, self.total = path, stage, done, total


class Indexed(ControllerMessage):
    """``path`` was indexed (or synced)."""

    def __init__(self, path: str, report: IngestReport) -> None:
        super().__init__()
        self.path = path
        self.report = report


class IndexFailed(ControllerMessage):
    """``path`` could not be indexed; the library still answers from what it holds."""

    def __init__(self, path: str, error: QAError) -> None:
        super().__init__()
        self.path = path
        self.error = error


class AnswerWaiting(ControllerMessage):
    """Question ``ticket`` waits (for the first articles to be indexed); ``note`` says so."""

    def __init__(self, ticket: int, note: str) -> None:
        super().__init__()
        self.ticket = ticket
        self.note = note


class AnswerReady(ControllerMessage):
    """The answer to question ``ticket``; ``note`` qualifies it (answered while indexing)."""

    def __init__(self, ticket: int, answer: Answer, note: str | None = None) -> None:
        super().__init__()
        self.ticket = ticket
        self.answer = answer
        self.note = note


class AnswerPiece(ControllerMessage):
    """The next piece of the answer to question ``ticket`` that a language model is
    writing."""

    def __init__(self, ticket: int, piece: str) -> None:
        super().__init__()
        self.ticket = ticket
        self.piece = piece


class AnswerFailed(ControllerMessage):
    """Question ``ticket`` could not be answered, for the reason in ``message``."""

    def __init__(self, ticket: int, message: str) -> None:
        super().__init__()
        self.ticket = ticket
        self.message = message


class ArticlesListed(ControllerMessage):
    """Every indexed article, by title."""

    def __init__(self, articles: Sequence[ArticleInfo]) -> None:
        super().__init__()
        self.articles = articles


class PassagesFound(ControllerMessage):
    """The passages closest to ``query``, best first (``/search``)."""

    def __init__(self, query: str, passages: Sequence[Passage]) -> None:
        super().__init__()
        self.query = query
        self.passages = passages


class ArticleFetched(ControllerMessage):
    """The whole text of ``citation``'s article, to read at the citation (and at ``short``,
    the short answer inside it, if any)."""

    def __init__(self, text: str, citation: Citation, short: ShortAnswer | None) -> None:
        super().__init__()
        self.text = text
        self.citation = citation
        self.short = short


class Failed(ControllerMessage):
    """Something asked for (a listing, an article, watching a folder) failed."""

    def __init__(self, error: QAError) -> None:
        super().__init__()
        self.error = error
