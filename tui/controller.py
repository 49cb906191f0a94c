"""The chat's controller: opens the library, indexes, watches folders and asks, in worker
threads, and tells the screen what happened by posting Messages (:mod:`tui.messages`).

It never touches a widget, and the screen never calls the library: the screen renders the
messages. The conversation's turns live in one place, :attr:`qa.Chat.turns`, which
:attr:`ChatController.turns` gives.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.dom import DOMNode
from textual.message import Message

from qa import Citation, QAError, ShortAnswer, Turn
from qa.formatting import plural
from tui.messages import (
    AnswerFailed,
    AnswerPiece,
    AnswerReady,
    AnswerWaiting,
    ArticleFetched,
    ArticlesListed,
    Failed,
    Indexed,
    IndexFailed,
    IndexProgress,
    LibraryFailed,
    PassagesFound,
    StatsChanged,
    Status,
)

if TYPE_CHECKING:  # qa.library loads numpy and the index stages: not before the first paint
    from qa import Chat, Library, LocalLLM

__all__ = ["ChatController"]

NOT_OPEN = "The library could not be opened; see the status line."
# How many passages /search lists.
SEARCH_PASSAGES = 5


class ChatController:
    """Everything the chat does with its library, in workers of ``host`` (the chat screen),
    which receives what happens as Messages.

    Args:
        host: runs the workers (they end with it) and receives the messages.
        open_library: opens the library; called once, in a worker (it may take a while).
        ingest: files or folders to index once the library is open.
        watch: folders to keep the library in step with while the chat is open.
        llm: the language model that writes answers from their quotes while
            :attr:`writing` is on (``/llm``).
    """

    def __init__(self, host: DOMNode, open_library: Callable[[], Library], *,
                 ingest: Sequence[str] = (), watch: Sequence[str] = (),
                 llm: LocalLLM | None = None) -> None:
        self._host = host
        self.llm = llm
        self.writing = llm is not None
        self._cancel: threading.Event | None = None  # set to stop the model writing
        self._open_library = open_library
        self.ingest_on_start = tuple(ingest)
        self.watched = tuple(watch)
        self._library: Library | None = None
        self._chat: Chat | None = None
        self._ready = threading.Event()  # set once the library is open (or failed to open)
        self._stop = threading.Event()
        self._asking = threading.Lock()  # turns of one conversation are answered in order
        self._indexing = threading.Condition()
        self._indexing_paths: list[str] = []  # what is being indexed now
        self._tickets = itertools.count(1)

    @property
    def turns(self) -> Sequence[Turn]:
        """The conversation so far: the one list of turns, kept by :class:`qa.Chat`."""
        return self._chat.turns if self._chat else ()

    def latest_cited(self) -> Turn | None:
        """The latest turn whose answer has citations (a refusal has none)."""
        return next((t for t in reversed(self.turns) if t.answer.citations), None)

    # -- what the screen asks for ----------------------------------------------------------

    def start(self) -> None:
        """Open the library, load the model, index and watch what was asked for at start."""
        with self._indexing:  # questions asked meanwhile know that indexing is coming
            self._indexing_paths.extend(self.ingest_on_start)
        self._run(self._open, "open")

    def stop(self) -> None:
        """Stop watching folders and waiting: the screen is going."""
        self._stop.set()
        with self._indexing:
            self._indexing.notify_all()

    def ask(self, question: str) -> int:
        """Answer ``question`` as the next turn; returns its ticket, which the answer's
        message carries."""
        ticket = next(self._tickets)
        self._run(partial(self._answer, ticket, question), "ask")
        return ticket

    def ingest(self, path: str) -> None:
        """Index ``path`` in the background."""
        self._run(partial(self._ingest_when_open, path), "ingest")

    def list_articles(self) -> None:
        """List the indexed articles (:class:`~tui.messages.ArticlesListed`)."""
        self._run(self._list_articles, "articles")

    def search(self, query: str) -> None:
        """Find the passages closest to ``query`` (:class:`~tui.messages.PassagesFound`)."""
        self._run(partial(self._search, query), "search")

    def open_article(self, citation: Citation, short: ShortAnswer | None = None) -> None:
        """Fetch ``citation``'s article (:class:`~tui.messages.ArticleFetched`)."""
        self._run(partial(self._fetch_article, citation, short), "article")

    @property
    def is_writing(self) -> bool:
        """Whether a language model is writing an answer now (Escape stops it)."""
        return self._cancel is not None and not self._cancel.is_set()

    def stop_writing(self) -> None:
        """Stop the model writing: the extractive answer is given instead."""
        if self._cancel is not None:
            self._cancel.set()

    def new_conversation(self) -> None:
        """Forget the earlier turns: the next question starts a new conversation."""
        if self._chat is not None:
            self._chat.reset()

    # -- in the workers ----------------------------------------------------------------------

    def _run(self, work: Callable[[], None], group: str) -> None:
        self._host.run_worker(work, thread=True, group=group)

    def _post(self, message: Message) -> None:
        self._host.post_message(message)  # safe from any thread

    def _open(self) -> None:
        self._post(Status("opening the store\u2026"))
        try:
            self._library = self._open_library()
            self._chat = self._library.chat()
            self._post(Status("loading the embedding model\u2026"))
            self._library.load_model()
        except QAError as e:
            self._post(LibraryFailed(e))
            with self._indexing:
                self._indexing_paths.clear()
                self._indexing.notify_all()
            return
        finally:
            self._ready.set()
        for path in self.ingest_on_start:
            self._index(path, registered=True)
        self._post_stats()
        for folder in self.watched:
            self._run(partial(self._watch, folder), "watch")

    def _answer(self, ticket: int, question: str) -> None:
        self._ready.wait()
        if self._chat is None:
            self._post(AnswerFailed(ticket, NOT_OPEN))
            return
        with self._asking:
            try:
                note = self._wait_for_articles(ticket)
                answer = self._chat.ask(question, **self._writing_options(ticket))
            except QAError as e:
                self._post(AnswerFailed(ticket, str(e)))
                return
            finally:
                self._cancel = None
        self._post(AnswerReady(ticket, answer, note))

    def _writing_options(self, ticket: int) -> dict:
        """How :meth:`qa.Chat.ask` writes this answer: with the model, each piece posted as
        it arrives, stoppable; or extractive (``llm=False``)."""
        if not (self.writing and self.llm):
            return {"llm": False}
        self._cancel = threading.Event()
        return {"llm": self.llm, "cancel": self._cancel,
                "on_text": lambda piece: self._post(AnswerPiece(ticket, piece))}

    def _wait_for_articles(self, ticket: int) -> str | None:
        """While something is being indexed: with no article in the library yet, wait for
        the indexing to end (saying so); else answer from what is indexed so far, and say
        that. Returns the note that goes with the answer."""
        with self._indexing:
            busy = list(self._indexing_paths)
        if not busy:
            return None
        articles = self._opened().stats().articles
        if articles:
            return (f"Indexing {busy[0]} is under way: answered from the "
                    f"{plural(articles, 'article')} indexed so far.")
        self._post(AnswerWaiting(ticket, f"Indexing {busy[0]}\u2026 the question will be "
                                         "answered as soon as the articles are in."))
        with self._indexing:
            self._indexing.wait_for(lambda: not self._indexing_paths or self._stop.is_set())
        return None

    def _ingest_when_open(self, path: str) -> None:
        self._ready.wait()
        if self._library is None:
            return
        self._index(path)
        self._post_stats()

    def _index(self, path: str, *, quiet: bool = False, registered: bool = False) -> None:
        """Index ``path``, posting its progress and report; ``quiet``: post the report only
        when something changed or failed."""
        with self._indexing:
            if not registered:
                self._indexing_paths.append(path)
        try:
            report = self._opened().ingest(path, progress=partial(self._progress, path))
        except QAError as e:
            self._post(IndexFailed(path, e))
            return
        finally:
            with self._indexing:
                self._indexing_paths.remove(path)
                self._indexing.notify_all()
        if not quiet or report.changed or report.failed:
            self._post(Indexed(path, report))

    def _progress(self, path: str, stage: str, done: int, total: int) -> None:
        self._post(IndexProgress(path, stage, done, total))

    def _watch(self, folder: str) -> None:
        """Sync ``folder`` now and whenever its files change, until the screen goes."""
        from qa.watching import sync_due

        try:
            self._index(folder)
            self._post_stats()
            for changed in sync_due(folder, self._stop):
                self._index(folder, quiet=not changed)
                self._post_stats()
        except QAError as e:
            self._post(Failed(e))

    def _post_stats(self) -> None:
        try:
            self._post(StatsChanged(self._opened().stats()))
        except QAError as e:
            self._post(LibraryFailed(e))

    def _list_articles(self) -> None:
        self._ready.wait()
        if self._library is None:
            return
        try:
            self._post(ArticlesListed(self._library.articles()))
        except QAError as e:
            self._post(Failed(e))

    def _search(self, query: str) -> None:
        self._ready.wait()
        if self._library is None:
            return
        try:
            self._post(PassagesFound(query, self._library.search(query, k=SEARCH_PASSAGES)))
        except QAError as e:
            self._post(Failed(e))

    def _fetch_article(self, citation: Citation, short: ShortAnswer | None) -> None:
        try:
            text = self._opened().article_text(citation.article_id)
        except QAError as e:
            self._post(Failed(e))
            return
        self._post(ArticleFetched(text, citation, short))

    def _opened(self) -> Library:
        """The library: indexing, stats and articles are only asked for once it is open."""
        assert self._library is not None, "the library is not open yet"
        return self._library
