"""A library of hand-made answers for the chat's tests: what the chat's controller asks of
:class:`qa.Library`, with no model and no store, so that a test says exactly what the chat
is given (a short answer, an archive's article, a refusal) and runs in a blink.

Articles are (id, title, source, text); an answer cites spans of them by the phrase quoted.
Indexing can be held at a gate, to ask questions while it runs.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from qa import (
    Answer,
    ArticleInfo,
    Chat,
    Citation,
    IngestReport,
    LibraryStats,
    Passage,
    Progress,
    ShortAnswer,
)

EMPTY = "No articles are indexed yet, so there is nothing to answer from."
NO_ANSWER = "Found no passage that answers this question."


@dataclass(frozen=True)
class FakeArticle:
    """An article of the fake library."""

    article_id: str
    title: str
    source: str
    text: str

    def cite(self, n: int, quote: str) -> Citation:
        """Citation ``n`` of ``quote``, which must be in the text."""
        start = self.text.index(quote)
        return Citation(n=n, article_id=self.article_id, title=self.title, source=self.source,
                        start=start, end=start + len(quote), quote=quote, score=0.7)


@dataclass
class FakeLibrary:
    """Answers ``answers[question]`` (a refusal otherwise, or the empty library's when no
    article is indexed yet). ``pending`` articles come in when :meth:`ingest` runs, after
    ``gate`` opens when one is given."""

    articles_held: list[FakeArticle] = field(default_factory=list)
    answers: dict[str, Answer] = field(default_factory=dict)
    pending: list[FakeArticle] = field(default_factory=list)
    gate: threading.Event | None = None
    location: str = "fake-store"
    asked: list[str] = field(default_factory=list)

    def load_model(self) -> None:
        """Nothing to load."""

    def chat(self) -> Chat:
        """A conversation over this library."""
        return Chat(self)

    def ask(self, question: str, *, context: str | None = None,
            prefer: Collection[str] = (), llm: object = None, strict: bool = False,
            on_text: object = None, cancel: object = None) -> Answer:
        """The hand-made answer to ``question`` (never written by a model)."""
        self.asked.append(question)
        if not self.articles_held:
            return Answer(question=question, text=EMPTY, citations=(), abstained=True)
        return self.answers.get(question) or Answer(question=question, text=NO_ANSWER,
                                                    citations=(), abstained=True)

    def ingest(self, paths: Sequence[str] | str, progress: Progress | None = None
               ) -> IngestReport:
        """Index the pending articles, once the gate (if any) opens."""
        if self.gate is not None:
            self.gate.wait(30)
        added = tuple(a.article_id for a in self.pending)
        self.articles_held += self.pending
        self.pending = []
        return IngestReport(added=added)

    def articles(self) -> list[ArticleInfo]:
        """The articles held, by title."""
        return [ArticleInfo(article_id=a.article_id, title=a.title, source=a.source, date=None,
                            chunks=1) for a in sorted(self.articles_held, key=lambda a: a.title)]

    def search(self, query: str, k: int = 10) -> list[Passage]:
        """The held articles that have a word of ``query``, as whole passages."""
        words = {w.lower() for w in query.split() if len(w) > 3}
        return [Passage(article_id=a.article_id, title=a.title, start=0, end=len(a.text),
                        text=a.text, score=0.5, source=a.source)
                for a in self.articles_held if words & set(a.text.lower().split())][:k]

    def article_text(self, article_id: str) -> str:
        """The text of an article held."""
        return next(a.text for a in self.articles_held if a.article_id == article_id)

    def stats(self) -> LibraryStats:
        """How many articles are held."""
        return LibraryStats(articles=len(self.articles_held), chunks=len(self.articles_held),
                            location=self.location)


def cited_answer(question: str, *citations: Citation, short: ShortAnswer | None = None
                 ) -> Answer:
    """An answer made of the citations' quotes, as the library composes them."""
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, text=text, citations=tuple(citations), abstained=False,
                  short=short)
