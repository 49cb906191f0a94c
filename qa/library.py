"""The :class:`Library`: the one object every client (CLI, chat app, scripts) talks to."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from index.embeddings import Embedder
from index.ingest import ingest as run_ingest
from index.ingest import ingest_articles
from index.lexical import Terms
from index.reports import Progress
from index.store import DEFAULT_NAME, Store
from qa.answering import (
    NO_ANSWER,
    WHICH_ARTICLE,
    Cutoffs,
    answerable,
    compose,
    compose_from,
    compose_read,
    favour,
    not_mentioned,
    spelt_otherwise,
)
from qa.config import MAX_QUESTION_CHARS, default_store
from qa.conversation import Chat, read_with_context
from qa.errors import InputError, QuestionError
from qa.evaluation import contains_answer
from qa.language import explain_refusal
from qa.models import Answer, ArticleInfo, Citation, IngestReport, Passage, Result
from qa.phrasing import asks_for_the_gist, gist_asked, plain_question, topic_asked
from qa.reader import Reader, is_a_word
from qa.reading import judge_sentences
from qa.reranking import rerank
from qa.retrieval import Retriever
from qa.subjects import mentioning, misspelt, names_as_asked, places_asked, question_names

if TYPE_CHECKING:  # imported when a language model is first asked, or documents are given
    from llama_index.core.schema import Document

    from qa.checking import SupportScorer
    from qa.llm import LocalLLM

__all__ = ["Library", "LibraryStats"]


@dataclass(frozen=True)
class LibraryStats(Result):
    """Size of the library: what the chat app shows in its status line."""

    articles: int
    chunks: int
    location: str


class Library:
    """Articles indexed in Chroma, and questions answered from them with citations.

    Args:
        store: directory of an embedded store (created if missing); defaults to ``$QA_STORE``
            or the user data directory.
        embedder: the sentence encoder; one is made (and loaded on first use) if not given.
        name: the library's name within the store (several libraries can share one store
            or server); its collections are ``<name>-articles`` and ``<name>-chunks``.
        create: create the store if the directory holds none (else a :class:`StoreError`).
    """

    def __init__(self, store: str | os.PathLike[str] | None = None, *,
                 embedder: Embedder | None = None, name: str = DEFAULT_NAME,
                 create: bool = True, reader: Reader | None = None,
                 llm: str | LocalLLM | None = None) -> None:
        self._use(Store.open_directory(store or default_store(), name=check_name(name),
                                       create=create), embedder, reader, llm)

    @classmethod
    def from_store(cls, store: Store, *, embedder: Embedder | None = None,
                   reader: Reader | None = None, llm: str | LocalLLM | None = None) -> Library:
        """A library over a :class:`~index.store.Store` opened by the caller."""
        library = cls.__new__(cls)
        library._use(store, embedder, reader, llm)
        return library

    def _use(self, store: Store, embedder: Embedder | None, reader: Reader | None,
             llm: str | LocalLLM | None = None) -> None:
        self._store = store
        self._embedder = embedder or Embedder()
        self._retriever = Retriever(self._store, self._embedder)
        self._reader = reader or shipped_reader()
        self.llm = llm
        self._scorer: SupportScorer | None = None

    @classmethod
    def connect(cls, url: str, *, embedder: Embedder | None = None,
                name: str = DEFAULT_NAME, reader: Reader | None = None,
                llm: str | LocalLLM | None = None) -> Library:
        """A library on the Chroma server at ``url`` (started with ``chroma run``).

        Every client of the same server and name sees the same articles, texts included.
        """
        return cls.from_store(Store.connect(url, name=check_name(name)), embedder=embedder,
                              reader=reader, llm=llm)

    @property
    def llm(self) -> LocalLLM | None:
        """The language model that writes answers (None: extractive answers only)."""
        return self._llm

    @llm.setter
    def llm(self, llm: str | LocalLLM | None) -> None:
        from qa.llm import LocalLLM  # light: the client itself is imported when first asked

        self._llm = LocalLLM.parse(llm) if llm else None

    @property
    def support_scorer(self) -> SupportScorer:
        """What checks that a quote supports a written sentence (settable, to try another)."""
        if self._scorer is None:
            from qa.checking import AlignmentScorer

            self._scorer = AlignmentScorer(self._embedder)
        return self._scorer

    @support_scorer.setter
    def support_scorer(self, scorer: SupportScorer) -> None:
        self._scorer = scorer

    @property
    def location(self) -> str:
        """The store directory or server URL."""
        return self._store.location

    @property
    def embedder(self) -> Embedder:
        """The sentence encoder (shared so that callers can preload it)."""
        return self._embedder

    def load_model(self) -> None:
        """Load the embedding model and the reader now instead of at the first question."""
        self._embedder.load()
        if self._reader.available:
            self._reader.load()

    def ingest(self, paths: Sequence[str | os.PathLike] | str | os.PathLike,
               progress: Progress | None = None) -> IngestReport:
        """Index the articles under ``paths`` (folders are walked recursively).

        Unchanged articles are not re-embedded; articles whose files are gone from an
        ingested folder are removed.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        report = run_ingest(list(paths), self._store, self._embedder, progress=progress)
        return self._after_ingest(report, progress)

    def ingest_documents(self, documents: Iterable[Document],
                         progress: Progress | None = None) -> IngestReport:
        """Index llama-index ``Document`` objects from any reader, by the rules of files.

        An article's id is the metadata's ``id``, else ``doc.id_`` (unless it is the random
        one llama-index makes up), else the file the reader read; title, date, url and
        source come from the metadata. Unchanged documents are not re-embedded; documents
        of a file that the reader no longer gives are removed. The pages of a PDF read by
        llama-index's PDF reader make one article whose citations carry their page.
        """
        from index.documents import articles_from_documents

        got = articles_from_documents(documents)
        report = ingest_articles(got.articles, got.problems, self._store, self._embedder,
                                 progress=progress, failed_paths=got.failed_paths)
        return self._after_ingest(report, progress)

    def _after_ingest(self, report: IngestReport, progress: Progress | None) -> IngestReport:
        if report.changed:
            # Bring the BM25 index up to date now, while the ingest is being waited for
            # anyway, so that the first question after it is as quick as the others.
            if progress:
                progress("indexing", 0, 1)
            self._retriever.refresh()
            if progress:
                progress("indexing", 1, 1)
        return report

    def sync(self, folder: str | os.PathLike, progress: Progress | None = None) -> IngestReport:
        """Bring the library in step with ``folder``: add new articles, re-index changed ones
        (only their chunks are rewritten) and remove those whose files are gone."""
        return self.ingest([folder], progress=progress)

    def remove(self, target: str | os.PathLike) -> IngestReport:
        """Remove one article by id, or every article from a file or folder path."""
        wanted = str(target)
        path = str(Path(wanted).expanduser().resolve())
        # An id or a file is looked up; a folder's files are found in the store's file
        # table: the work is in proportion to what is removed, not to the library.
        by_id = self._store.article_records(ids=[wanted])
        hits = by_id or self._store.article_records(paths=[path])
        files = [path] if hits and not by_id else []
        if not hits and not Path(path).is_file():
            entries = self._store.file_entries(path)
            files = list(entries)
            ids = [i for e in entries.values() for i in e.article_ids]
            hits = [r for r in self._store.article_records(ids=ids)
                    if r.path.startswith(path + os.sep)]
        if not hits:
            raise InputError(f"no article with id or path '{wanted}' in {self.location}; "
                             "see 'qa list' for what is indexed")
        with self._store.writing(), self._store.exclusive():
            self._store.remove_articles([r.article_id for r in hits])
            self._store.compact(force=False)
            # A file whose article was removed by id is read again by the next sync (which
            # adds the article back, as it always has); removed files are forgotten.
            reread = self._store.files_entries([r.path for r in by_id]).values()
            self._store.put_file_entries([replace(e, stat=None) for e in reread],
                                         dropped=files)
        self._retriever.refresh()
        return IngestReport(removed=tuple(r.article_id for r in hits))

    def compact(self, progress: Progress | None = None) -> int:
        """Copy the live chunks into a fresh collection, leaving behind what deletes left
        in Chroma's vector index (this also happens by itself once deleted chunks reach
        half the live ones); returns how many chunks were copied. Readers keep answering
        meanwhile."""
        with self._store.writing():
            return self._store.compact(progress)

    def ask(self, question: str, *, context: str | None = None,
            prefer: Collection[str] = (), without_answers: Sequence[str] = (),
            llm: str | LocalLLM | Literal[False] | None = None, strict: bool = False,
            on_text: Callable[[str], None] | None = None,
            cancel: threading.Event | None = None) -> Answer:
        """Answer ``question`` from the articles, citing the exact passages used.

        For follow-up questions use :meth:`chat`, which reads them with the earlier turns
        by passing them here.

        Args:
            question: the question, in words.
            context: earlier turns of a conversation, read together with the question
                (the reader reads the question after its first sentence: put the last
                question first, as :meth:`chat` does).
            prefer: ids of the articles the conversation is about; their sentences get a
                small bonus.
            without_answers: answer as if no sentence holding one of these answers were
                indexed (``qa eval``'s answer-removed test: the right response is to refuse).
            llm: a language model to write the answer from the quotes (``MODEL@URL``);
                None: the library's own (:attr:`llm`); False: none, this time.
            strict: drop the written sentences that their quotes do not support.
            on_text: hears each piece of the written answer as it arrives.
            cancel: set it to stop the writing (the extractive answer is kept).
        """
        answer, ranked = self._extractive(question, context, prefer, without_answers)
        writer = self.llm if llm is None else (llm or None)
        if writer is None:
            return answer
        from qa.llm import LocalLLM
        from qa.writing import write_answer

        return write_answer(answer, ranked, self._retriever.sentence_count,
                            LocalLLM.parse(writer), self.support_scorer, context=context,
                            strict=strict, on_text=on_text, cancel=cancel)

    def _extractive(self, question: str, context: str | None, prefer: Collection[str],
                    without_answers: Sequence[str]) -> tuple[Answer, list]:
        """The answer made of the articles' sentences, and the ranked sentences it was made
        from (a written answer quotes the next best of them too)."""
        asked = check_question(question)
        question = plain_question(asked)
        gist = self._gist(question, prefer) if asks_for_the_gist(question) else None
        if gist is not None:
            return replace(gist, question=asked), []
        subject = gist_asked(question)
        if subject is not None:
            return replace(self._gist_of(question, subject), question=asked), []
        topic = topic_asked(question)
        if topic is not None:
            return self._about(asked, topic, context, prefer)
        ranked = self._retriever.sentences(question, context=context)
        if prefer:
            ranked = favour(ranked, frozenset(prefer))
        sentences = self._retriever.sentence_count
        skip = None
        if without_answers:
            def skip(text: str) -> bool:
                return contains_answer(text, without_answers)

            ranked = [s for s in ranked if not skip(s.text)]
        found = ranked
        ranked = mentioning(question_names(question), ranked, self._whole_text)
        unmentioned = names_as_asked(question) if found and not ranked else []
        beside: list[str] = []  # the question's other names, when no article has a place
        for written, place in places_asked(question) if ranked else ():
            ranked = mentioning((place,), ranked, self._whole_text)
            if not ranked:
                unmentioned = [written]
                beside = [n for n in names_as_asked(question) if n != written]
                break
        if self._reader.available:
            cutoffs = Cutoffs(**self._reader.config.get("cutoffs", {}))
            if context is not None and cutoffs.lead_follow_up is not None:
                cutoffs = replace(cutoffs, lead=cutoffs.lead_follow_up)
            judged = judge_sentences(read_with_context(question, context), ranked,
                                     self._reader, skip=skip)
            order = None
            if cutoffs.lead > 0:
                order = (rerank(question, ranked, self.embedder)
                         if context is None and answerable(ranked, sentences) else ranked)
            answer = compose_read(question, judged, sentences, cutoffs, order=order,
                                  choose=context is None)
        else:
            # A follow-up ("who wrote it?") does not line up word by word with its answer:
            # its words are in the earlier turns, which only retrieval reads (on the
            # follow-up set, re-reading follow-ups lost 2 turns and won 1).
            if context is None and answerable(ranked, sentences):
                ranked = rerank(question, ranked, self.embedder)
            answer = compose(question, ranked, sentences)
        # A refusal says when the question looks written in another language than English,
        # or names what no article does (a trial of stop 41 asked a store of the seed
        # article about a tennis final, and was told to ask again in the article's words).
        if answer.abstained and sentences:
            answer = explain_refusal(answer)
            if unmentioned and answer.text == NO_ANSWER:
                answer = replace(answer, text=not_mentioned(unmentioned, beside))
            if answer.text == NO_ANSWER or unmentioned:
                spelt = misspelt(question, found, self._whole_text, is_a_word)
                if spelt:
                    answer = replace(answer, text=spelt_otherwise(spelt))
        return replace(answer, question=asked), ranked

    def _whole_text(self, article_id: str) -> str | None:
        got = self._store.article_text(article_id)
        return got[0] if got else None

    def _about(self, asked: str, topic: str, context: str | None,
               prefer: Collection[str]) -> tuple[Answer, list]:
        """The answer to "Tell me about X": the sentences retrieval finds most about X (the
        reader, trained to find one fact, refused such requests), among passages holding
        every word of X; a refusal when none clears retrieval's line."""
        ranked = self._retriever.sentences(topic, context=context)
        if prefer:
            ranked = favour(ranked, frozenset(prefer))
        # only passages whose chunk has every word of the subject ("Tell me about the weather
        # in Paris" is not answered with a Paris-based think tank's forecast)
        terms = Terms()
        wanted = set(terms(topic))
        has: dict[str, bool] = {}
        for s in ranked:
            if s.chunk.chunk_id not in has:
                has[s.chunk.chunk_id] = wanted <= set(terms(s.chunk.text))
        ranked = [s for s in ranked if has[s.chunk.chunk_id]]
        sentences = self._retriever.sentence_count
        if answerable(ranked, sentences):
            ranked = rerank(topic, ranked, self.embedder)
        return compose(asked, ranked, sentences), ranked

    def _gist(self, question: str, prefer: Collection[str]) -> Answer | None:
        """The answer to "What is this article about?": the lead of the article the
        conversation is about (``prefer``), or of the library's only article; None when the
        library is empty (answered as any question is then)."""
        ids = sorted(prefer)[:1] or self._store.some_article_ids(2)
        if len(ids) > 1:
            return Answer(question=question, text=WHICH_ARTICLE, citations=(), abstained=True)
        chunks = self._chunks_of(ids[0]) if ids else []
        return compose_from(question, chunks) if chunks else None

    def _gist_of(self, question: str, subject: str) -> Answer:
        """The answer to "What is the steelworks story about?": the lead of the article whose
        passage retrieval finds nearest to the subject, among those close to it whose article
        holds every word of it; a refusal naming the subject when none does."""
        terms = Terms()
        wanted = set(terms(subject))
        for chunk, _score, close, _best in self._retriever.candidates(
                subject, pool=10).passages_with_best(10):
            text = self._whole_text(chunk.article_id) or chunk.text
            if close and wanted <= set(terms(f"{chunk.title}\n{text}")):
                return compose_from(question, self._chunks_of(chunk.article_id))
        return Answer(question=question, text=not_mentioned([subject]), citations=(),
                      abstained=True)

    def _chunks_of(self, article_id: str) -> list:
        chunk_ids = self._store.current_chunk_ids([article_id]).get(article_id)
        return self._store.get_chunks(sorted(chunk_ids)) if chunk_ids else []

    def read_on(self, question: str, after: Citation,
                shown: Sequence[Citation] = ()) -> Answer:
        """The answer to "Tell me more" after a passage: the next sentences of its article,
        cited (:meth:`chat` answers it so), leaving out those inside a passage of ``shown``
        (what the reader has just read), or "That is where the article ends." """
        chunks = self._chunks_of(after.article_id)
        if not chunks:
            raise InputError(f"no article '{after.article_id}' in {self.location}; "
                             "see 'qa list' for what is indexed")
        return compose_from(check_question(question), chunks, after=after.end,
                            skip=[(c.start, c.end) for c in shown
                                  if c.article_id == after.article_id])

    def search(self, query: str, k: int = 10) -> list[Passage]:
        """The ``k`` best passages (chunks) for ``query``, best first (see
        :attr:`Passage.close`)."""
        query = plain_question(check_question(query, what="query"))
        if k < 1:
            raise InputError(f"k must be at least 1 (got {k})")
        ranked = self._retriever.candidates(query, pool=k).passages_with_best(k)
        return [Passage(article_id=c.article_id, title=c.title, start=c.start, end=c.end,
                        text=c.text, score=round(score, 4), source=c.source, page=c.page,
                        close=close, date=c.date, best_start=best[0], best_end=best[1])
                for c, score, close, best in ranked]

    def chat(self) -> Chat:
        """A conversation whose follow-up questions are read in the light of earlier ones."""
        return Chat(self)

    def articles(self) -> list[ArticleInfo]:
        """Every indexed article, by title."""
        records = sorted(self._store.article_records(), key=lambda r: (r.title.lower(), r.source))
        return [ArticleInfo(article_id=r.article_id, title=r.title, source=r.source, date=r.date,
                            chunks=r.chunks) for r in records]

    def article_text(self, article_id: str) -> str:
        """The full stored text of an article: every citation's span points into it."""
        got = self._store.article_text(article_id)
        if got is None:
            raise InputError(f"no article '{article_id}' in {self.location}; "
                             "see 'qa list' for what is indexed")
        return got[0]

    def stats(self) -> LibraryStats:
        """How many articles and chunks the library holds."""
        return LibraryStats(articles=self._store.count_articles(),
                            chunks=self._store.count_chunks(), location=self.location)


_shipped: list[Reader] = []


def shipped_reader() -> Reader:
    """The reader that ships in the package, shared by every library of the process (it
    loads on first use)."""
    if not _shipped:
        _shipped.append(Reader())
    return _shipped[0]


def check_name(name: str) -> str:
    """A library name Chroma accepts in collection names, or an :class:`InputError`."""
    if not re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9_-]{0,40}[A-Za-z0-9])?", name or ""):
        raise InputError(f"library name '{name}' cannot be used; use up to 42 letters, digits,"
                         " '-' or '_', starting and ending with a letter or digit")
    return name


def check_question(question: str, what: str = "question") -> str:
    """The question (or search query), trimmed; a :class:`QuestionError` if unusable."""
    if not isinstance(question, str) or not question.strip():
        raise QuestionError(f"the {what} is empty; type a {what} about the articles")
    question = " ".join(question.split())
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the {what} is {len(question):,} characters long; the limit is "
                            f"{MAX_QUESTION_CHARS:,}, so shorten it to its point")
    if not re.search(r"\w", question):
        raise QuestionError(f"the {what} has no words in it; write it in words")
    return question
