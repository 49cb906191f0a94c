"""The Chroma store: article texts, chunk vectors and everything a citation needs.

Two collections per library. ``<name>-chunks`` holds one record per chunk: its unit vector
and, as metadata, its text, the article id, title, source, date, span, the spans of its
sentences and their vectors (int8, base64) so that sentence-level selection needs no second
model call. ``<name>-articles`` holds a record per article (title, source, path, date, url,
content hash, current chunk keys), a record per version of its full text (so every quote can
be checked and shown in context; apart, so that listing articles reads no texts), and a
``__meta__`` record with the format version and a generation stamp that changes on every
write. Texts are metadata, not Chroma documents: nothing here uses Chroma's full-text index,
which would cost a third of the writing time and grow with every update.

Once the library is large (:data:`index.compaction.RECENT_FROM` chunks), new chunks go to a
small collection of recent chunks, named in the ``__meta__`` record, and are merged into the
main chunks collection once they pass a share of it (:func:`index.compaction.merge_due`).
Any read or write of a Chroma collection loads its whole vector index into memory (about 2
KB a chunk: 215 MB at 100k chunks), so adding an article to a large archive touches only the
small collection (and the main one only when an article it replaces may have chunks there);
readers search both. A chunk is in one of them, or, during a merge, in both, with the same
record.

Ids and the records' fields are in :mod:`index.records` (a chunk's id hashes everything its
record holds, so a chunk an update leaves unchanged keeps its record). The article record
lists its current chunk keys, and readers see exactly the chunks it lists. Writes are
ordered so that a crash at any point leaves either the old or the new version of an article
visible, never a mix: new chunks are added first, then the article record is switched to
the new list, then the chunks no longer listed are deleted.

Every write is announced before it is made: the ``__meta__`` record holds a sequence number,
and before the first article record of a write is switched, a change record
``__change__.<seq+1>`` lists the articles that write touches; the write ends by raising the
sequence number. A reader that derived something at sequence ``n`` (the BM25 index) reads the
change records after ``n`` and looks up only those articles. A writer that died between the
two leaves the change record; the next writer adds its articles to it.

Writers: an embedded store has one writing process at a time (a file lock, for the whole
run). A library on a server may have several; each batch of writes is made under the
server's writer lock (:mod:`index.server_lock`), after reading the records it replaces
again (see :mod:`index.ingest`).

The other jobs of a store are beside this module: the file table (:mod:`index.file_table`),
packing vectors (:mod:`index.vectors`), the write locks (:mod:`index.write_lock`,
:mod:`index.server_lock`), the format and its marker file
(:mod:`index.store_format`), vacuuming (:mod:`index.vacuum`) and turning Chroma's failures
into ours (:mod:`index.chroma_errors`).
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import numpy as np

from index import compaction
from index.articles import Article
from index.chroma_errors import translate
from index.chroma_import import import_chromadb
from index.compaction import copy_records, due, merge_due
from index.errors import NoStoreError, StoreError
from index.file_table import (
    FILES_PREFIX,
    FileEntry,
    ancestors_filter,
    bucket_id,
    bucket_metadata,
    entries_of,
    old_bucket_id,
)
from index.records import (
    ArticleRecord,
    ChunkRecord,
    StoredChunk,
    article_metadata,
    article_of,
    article_record,
    chunk_id,
    chunk_metadata,
    stored_chunk,
    text_id,
)
from index.reports import Progress
from index.server_lock import ServerLock
from index.store_format import FORMAT, other_format, prepare_directory
from index.vacuum import reclaim_space
from index.vectors import mean_direction
from index.write_lock import WriteLock

__all__ = ["DEFAULT_NAME", "Store", "StoreState"]

T = TypeVar("T")
DEFAULT_NAME = "qa"
_META_ID = "__meta__"
_CHANGE_PREFIX = "__change__."
# Change records kept: a reader whose derived index is more writes behind than this rebuilds
# it from a full listing instead (each batch of an ingest is one write).
CHANGES_KEPT = 2000
# A reader follows the chunk collections through this many switches (compactions or merges)
# during one read before it gives up; one was too few for a reader thread beside a writer
# that merged and compacted in turn on a loaded machine (a test saw it fail).
FOLLOW = 5
# What a Chroma server says when a reader opens a collection's vector index while a writer's
# merge or compaction is saving or dropping it: the next try finds it (a test of a reader
# beside a writer merging in turn failed on it once in a loaded run, stop 41).
_SETTLING = "nothing found on disk"
# Records read in one call: Chroma fails on one read of more than about 32k records' metadata.
PAGE = 2000
# Chroma keeps every write in its log (a second copy of each record, texts included) until
# the vector index is next saved, by default every 1,000 records; every 200 keeps that copy
# small, at no measurable cost to ingest speed (20k records: 28.1 s against 28.2 s).
_COLLECTION = {"hnsw": {"space": "cosine", "sync_threshold": 200, "batch_size": 100}}
# The articles collection is never searched (its vectors are one-number placeholders), yet its
# vector index keeps an entry for every record ever written, as Chroma's indexes do: a text
# record for each version of an article, a change record for each write. Two neighbours an
# entry instead of Chroma's 16 make an entry 32 bytes instead of 144: after 200 cycles of
# rewrites (bench/bench_cycles.py) its index was 1.4 MB, more than the live chunks' 1.5 MB.
# (A store made before keeps its index's settings: Chroma does not change them.)
_ARTICLES = {"hnsw": {**_COLLECTION["hnsw"], "max_neighbors": 2}}


@dataclass(frozen=True)
class StoreState:
    """Which store, and how far its writes have gone: what readers key derived data by."""

    store_id: str
    seq: int
    chunks: str  # the name of the chunks collection (a new one after each compaction)
    deleted: int  # chunk records deleted from it (Chroma's vector index keeps them)
    recent: str = ""  # the collection of chunks written since the last merge ("": none)
    merged: int = 0  # chunk records in the main collection at the last write to it, merge
    # or compaction (0 also for a store written before this was counted)
    listed: int = 0  # article ids listed by all change records ever written (each change
    # record keeps the total up to itself: see Store.commit)


class Store:
    """Chroma collections of one library, embedded on disk or on a Chroma server."""

    def __init__(self, client, location: str, directory: Path | None = None,
                 name: str = DEFAULT_NAME) -> None:
        self.location = location
        self.directory = directory
        self.name = name
        self._client = client
        self._wrote = False
        self._pending: tuple[int, set[str]] | None = None  # announced change: seq, articles
        self._deleted = 0  # chunk records deleted since the last commit
        self._deleted_main = 0  # those of them deleted from the main collection
        self._lock_depth = 0
        # the files the last read of the file table found only in buckets of before (see
        # index.file_table.old_bucket_id): a writer moves them to the new ones
        self.unconverted: set[str] = set()
        self._server_lock: ServerLock | None = None
        self._state_lock = threading.Lock()
        with self._errors():
            self._articles = client.get_or_create_collection(
                f"{name}-articles", embedding_function=None, configuration=_ARTICLES)
        self._state = self._check_format()
        self._chunks = self._open_chunks(self._state.chunks)
        self._recent = self._open_chunks(self._state.recent) if self._state.recent else None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open_directory(cls, directory: str | os.PathLike, name: str = DEFAULT_NAME,
                       create: bool = True) -> Store:
        """Open an embedded store in ``directory``, creating it if allowed."""
        path = Path(directory).expanduser()
        unused = not path.exists() or (path.is_dir() and not any(path.iterdir()))
        if not create and unused:
            raise NoStoreError(f"no store at {path}; index some articles first with "
                               f"'qa ingest --store {path} PATH'", str(path))
        prepare_directory(path)
        chromadb = import_chromadb()
        from chromadb.config import Settings

        with translate(str(path)):
            client = chromadb.PersistentClient(
                path=str(path), settings=Settings(anonymized_telemetry=False))
        return cls(client, str(path), directory=path, name=name)

    @classmethod
    def connect(cls, url: str, name: str = DEFAULT_NAME) -> Store:
        """Use the collections on the Chroma server at ``url`` (``http://host:port``)."""
        from urllib.parse import urlparse

        chromadb = import_chromadb()
        from chromadb.config import Settings

        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise StoreError(f"'{url}' is not a server address; use http://HOST:PORT")
        # Named in full in errors, so that "did not answer" shows what was tried.
        shown = f"{parsed.scheme or 'http'}://{parsed.hostname}:{parsed.port or 8000}"
        with translate(shown):
            client = chromadb.HttpClient(
                host=parsed.hostname, port=parsed.port or 8000, ssl=parsed.scheme == "https",
                settings=Settings(anonymized_telemetry=False))
            client.heartbeat()
        return cls(client, url, name=name)

    def _errors(self) -> contextlib.AbstractContextManager[None]:
        return translate(self.location)

    def _check_format(self) -> StoreState:
        meta = self._meta()
        if meta is None:
            # Insert-if-absent: two clients creating a library at once agree on one record.
            with self._errors():
                self._articles.add(ids=[_META_ID], embeddings=[[1.0]], metadatas=[_meta_record(
                    StoreState(uuid.uuid4().hex, 0, f"{self.name}-chunks", 0))])
            meta = self._meta()
        if meta is None or meta.get("format") != FORMAT:
            raise other_format(self.location, meta.get("format") if meta else None)
        return _state(meta)

    def _meta(self) -> dict | None:
        with self._errors():
            got = self._articles.get(ids=[_META_ID], include=["metadatas"])
        return got["metadatas"][0] if got["ids"] else None

    def _open_chunks(self, name: str):
        with self._errors():
            return self._client.get_or_create_collection(
                name, embedding_function=None, configuration=_COLLECTION)

    def state(self) -> StoreState:
        """The store's state now (read from the server or the disk: one small read)."""
        with self._state_lock:  # threads of one process follow the states in their order
            for _ in range(FOLLOW):
                meta = self._meta()
                if meta is None:
                    raise StoreError(f"store {self.location} lost its format record; "
                                     "move the store aside and ingest again")
                state = _state(meta)
                try:
                    self._follow(state)
                except StoreError:
                    # switched again by another process since the read: read it again
                    if self._meta() == meta:
                        raise
                    continue
                self._state = state
                return state
            raise StoreError(f"store {self.location} changed {FOLLOW} times while it was read;"
                             " try again when the writes have finished")

    def _follow(self, state: StoreState) -> None:
        """Open the chunk collections ``state`` names, when they are not those open now: a
        compaction or a merge switched them. They exist (a writer makes a collection before
        naming it) unless a later switch dropped them: then a StoreError, and nothing is
        made again under a dropped name."""
        if state.chunks != self._state.chunks:
            self._chunks = self._existing(state.chunks)
        if state.recent != self._state.recent:
            self._recent = self._existing(state.recent) if state.recent else None

    def _existing(self, name: str):
        with self._errors():
            return self._client.get_collection(name, embedding_function=None)

    def _write_meta(self, state: StoreState) -> StoreState:
        self._check_lock()
        with self._errors():
            self._articles.upsert(ids=[_META_ID], embeddings=[[1.0]],
                                  metadatas=[_meta_record(state)])
        return self.state()

    def generation(self) -> str:
        """A stamp that changes whenever the store is written."""
        state = self.state()
        return f"{state.store_id}.{state.seq}"

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """A series of writes by this process: on an embedded store, under its write lock
        for the whole series; at the end, commit and (embedded) reclaim free space."""
        lock = WriteLock(self.directory) if self.directory else None
        if lock:
            lock.acquire()
        try:
            yield
        finally:
            try:
                if self._pending is not None or self._deleted or self._deleted_main:
                    with self.exclusive():
                        self.commit()
                if self._wrote and self.directory is not None:
                    reclaim_space(self.directory)
                self._wrote = False
            finally:
                if lock:
                    lock.release()

    @contextlib.contextmanager
    def exclusive(self, waiting: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the server's writer lock for a batch of reads and writes (re-entrant); on
        an embedded store the file lock of :meth:`writing` does that job.

        Args:
            waiting: told the holder's name once if another writer holds the lock.
        """
        if self.directory is not None:
            yield
            return
        if self._lock_depth == 0:
            self._server_lock = ServerLock(self._articles, self.location, waiting)
            with self._errors():
                self._server_lock.acquire()
        self._lock_depth += 1
        try:
            yield
        finally:
            self._lock_depth -= 1
            if self._lock_depth == 0 and self._server_lock is not None:
                lock, self._server_lock = self._server_lock, None
                with self._errors():
                    lock.release()

    def _check_lock(self) -> None:
        if self.directory is None:
            if self._server_lock is None:
                raise StoreError("write outside Store.exclusive() on a server library")
            with self._errors():
                self._server_lock.check()

    def _announce(self, article_ids: Iterable[str]) -> None:
        """Record, before writing, which articles the coming commit changes."""
        self._check_lock()
        if self._pending is None:
            seq = self.state().seq + 1
            with self._errors():
                got = self._articles.get(ids=[f"{_CHANGE_PREFIX}{seq}"], include=["metadatas"])
            # Left by a writer that died before committing: its articles count too.
            left = set(json.loads(got["metadatas"][0]["articles"])) if got["ids"] else set()
            self._pending = (seq, left)
        seq, touched = self._pending
        if set(article_ids) <= touched and touched:
            return
        touched.update(article_ids)
        with self._errors():
            self._articles.upsert(ids=[f"{_CHANGE_PREFIX}{seq}"], embeddings=[[1.0]],
                                  metadatas=[{"kind": "change", "seq": seq,
                                              "upto": self._state.listed + len(touched),
                                              "articles": json.dumps(sorted(touched))}])

    def commit(self) -> None:
        """Raise the sequence number past the announced change, so that readers (other
        processes and clients too) bring up to date what they derive from the store; does
        nothing if nothing was announced."""
        if self._pending is None and not self._deleted and not self._deleted_main:
            return
        self._check_lock()
        state = self.state()
        seq = self._pending[0] if self._pending else state.seq
        listed = state.listed + (len(self._pending[1]) if self._pending else 0)
        merged = max(0, state.merged - self._deleted_main)
        self._write_meta(replace(
            state, seq=seq, deleted=state.deleted + self._deleted + self._deleted_main,
            merged=merged, listed=listed))
        self._forget_changes(seq, listed, merged)  # (again once the old chunks are deleted)
        self._pending, self._deleted, self._deleted_main = None, 0, 0

    def _forget_changes(self, seq: int, listed: int, chunks: int) -> None:
        """Delete the change records that readers no longer need: those more than
        :data:`CHANGES_KEPT` writes old, and those followed by records listing, in all, more
        article ids than the library has chunks (a reader further behind re-derives about
        as much by catching up as by a rebuild; in a small library rewritten all day, the
        records had been the biggest thing that rewrites left behind: bench_cycles.py)."""
        with self._errors():
            if seq > CHANGES_KEPT:
                self._articles.delete(ids=[f"{_CHANGE_PREFIX}{seq - CHANGES_KEPT}"])
            if chunks:  # (0: a store whose size was not counted yet)
                self._articles.delete(where={"$and": [{"kind": "change"},
                                                      {"upto": {"$lt": listed - chunks}}]})

    def put_articles(self, items: Sequence[tuple[Article, Sequence[ChunkRecord],
                                                 Sequence[str]]]) -> None:
        """Write articles in one batch, each with its new chunks and the keys of all of its
        current chunks (new and kept), replacing earlier versions (see the module notes)."""
        if not items:
            return
        with self.exclusive():
            self._put_articles(items)

    def _put_articles(self, items: Sequence[tuple[Article, Sequence[ChunkRecord],
                                                  Sequence[str]]]) -> None:
        self._wrote = True
        ids, vectors, metadatas = [], [], []
        for article, records, _ in items:
            for c in records:
                ids.append(chunk_id(article.article_id, c.key))
                vectors.append(c.vector)
                metadatas.append(chunk_metadata(article, c))
        article_ids = [a.article_id for a, _, _ in items]
        current = {chunk_id(a.article_id, k) for a, _, keys in items for k in keys}
        texts = {text_id(a.article_id, a.content_hash): a for a, _, _ in items}
        state = self.state()
        # A library too small for its index to matter keeps one collection (see
        # index.compaction.RECENT_FROM)
        recent = (self._recent_collection()
                  if state.recent or state.merged >= compaction.RECENT_FROM else None)
        replaced = recent is None or self._main_may_hold(article_ids)
        self._announce(article_ids)
        target = self._chunks if recent is None else recent
        with self._errors():
            batch = max(1, self._client.get_max_batch_size())
            for i in range(0, len(ids), batch):
                target.upsert(ids=ids[i : i + batch],
                              embeddings=np.asarray(vectors[i : i + batch]),
                              metadatas=metadatas[i : i + batch])
            if recent is None:  # (its index is loaded by now: counting it costs nothing more)
                self._write_meta(replace(self.state(), merged=self._chunks.count()))
            text_ids = list(texts)
            for i in range(0, len(text_ids), batch):
                part = text_ids[i : i + batch]
                self._articles.upsert(ids=part, embeddings=[[1.0]] * len(part), metadatas=[
                    {"kind": "text", "article_id": texts[t].article_id, "text": texts[t].text}
                    for t in part])
            for i in range(0, len(items), batch):
                some = items[i : i + batch]
                self._articles.upsert(
                    ids=[a.article_id for a, _, _ in some], embeddings=[[1.0]] * len(some),
                    metadatas=[article_metadata(a, keys) for a, _, keys in some])
            # Readers bring their view up to date at the switch, so that a crash before the
            # deletes below leaves them reading the new versions, not the old index.
            self.commit()
            # (deletes count in both: the recent collection's index keeps them too, until it
            # is merged or compacted)
            if recent is not None:
                self._deleted += _delete_unlisted(recent, {"article_id": {"$in": article_ids}},
                                                  current, batch)
            if replaced:
                self._deleted_main += _delete_unlisted(
                    self._chunks, {"article_id": {"$in": article_ids}}, current, batch)
            _delete_unlisted(self._articles, {"$and": [{"kind": "text"},
                                                       {"article_id": {"$in": article_ids}}]},
                             texts.keys(), batch)

    def remove_article(self, article_id: str) -> None:
        """Delete an article and its chunks (the article record first, so no reader sees it)."""
        self.remove_articles([article_id])

    def remove_articles(self, article_ids: Sequence[str]) -> None:
        """Delete these articles and their chunks, a page of articles per Chroma call (the
        article records first, so no reader sees half of one)."""
        if not article_ids:
            return
        with self.exclusive():
            self._wrote = True
            self._announce(article_ids)
            batch = max(1, self._client.get_max_batch_size())
            with self._errors():
                for i in range(0, len(article_ids), PAGE):
                    some = list(article_ids[i : i + PAGE])
                    in_main = self._main_may_hold(some)
                    self._articles.delete(ids=some)
                    self._articles.delete(where={"article_id": {"$in": some}})
                    if in_main:
                        self._deleted_main += _delete_unlisted(
                            self._chunks, {"article_id": {"$in": some}}, (), batch)
                    if self._recent is not None:
                        self._deleted += _delete_unlisted(
                            self._recent, {"article_id": {"$in": some}}, (), batch)

    def _main_may_hold(self, article_ids: Sequence[str]) -> bool:
        """Whether the main chunks collection may hold chunks of these articles: those
        their records list that the recent collection does not hold. (A new article has
        none there, but for records a killed writer left, which no article lists and the
        next compaction leaves behind.)"""
        listed = sorted(set().union(*self.current_chunk_ids(article_ids).values()))
        if not listed or self._recent is None:
            return bool(listed)
        held: set[str] = set()
        with self._errors():
            for k in range(0, len(listed), PAGE):
                held.update(self._recent.get(ids=listed[k : k + PAGE], include=[])["ids"])
        return len(held) < len(listed)

    def _recent_collection(self):
        """The collection new chunks are written to, made (and named in the ``__meta__``
        record, before any article lists a chunk in it) if there is none."""
        self.state()  # another writer may have merged it since
        if self._recent is None:
            name = f"{self.name}-recent-{uuid.uuid4().hex[:8]}"
            self._open_chunks(name)
            self._write_meta(replace(self.state(), recent=name))
        assert self._recent is not None
        return self._recent

    def compact(self, progress: Progress | None = None, force: bool = True) -> int:
        """Copy the live chunks (of the main and the recent collection) into a new
        collection and drop the old ones (see :mod:`index.compaction`); with ``force``
        False, only when it is due, and otherwise merge the recent chunks into the main
        collection when that is due. How many chunk records were copied (0 if nothing ran).
        Call it inside :meth:`writing`."""
        with self.exclusive():
            self.commit()  # what this process wrote is counted and announced first
            state = self.state()
            with self._errors():
                recent = self._recent.count() if self._recent is not None else 0
            if not force and not self._compaction_due(state, recent):
                return self._merge_recent() if merge_due(recent, state.merged) else 0
            listed = self.listed_chunks()
            name = f"{self.name}-chunks-{uuid.uuid4().hex[:8]}"
            target = self._open_chunks(name)
            with self._errors():
                copied, done = 0, set()
                for source in self._chunk_collections():  # a chunk in both is copied once
                    ids = [i for i in _held(source, listed) if i not in done]
                    copied += copy_records(source, target, ids, PAGE, progress,
                                           rebuild=_chunk_vector)
                    done.update(ids)
                self._write_meta(replace(state, chunks=name, deleted=0, recent="",
                                         merged=copied))
                self._drop_unnamed()
            self._wrote = True
            return copied

    def _drop_unnamed(self) -> None:
        """Drop this library's chunk collections that the ``__meta__`` record no longer
        names: the ones a compaction or a merge replaced, and any a writer killed between
        making one and naming it left (under the writer lock, no other writer is between)."""
        state = self.state()
        for c in self._client.list_collections():
            name = c if isinstance(c, str) else c.name
            ours = name == f"{self.name}-chunks" or name.startswith(
                (f"{self.name}-chunks-", f"{self.name}-recent-"))
            if ours and name not in (state.chunks, state.recent):
                self._client.delete_collection(name)

    def _compaction_due(self, state: StoreState, recent: int) -> bool:
        if not due(state.deleted, 0):
            return False  # too few deleted to count the main collection (that loads its index)
        if not state.merged:  # empty, or written before its size was recorded: counted once
            with self._errors():
                state = self._write_meta(replace(state, merged=self._chunks.count()))
        return due(state.deleted, state.merged + recent)

    def _merge_recent(self) -> int:
        """Copy the recent chunks that articles list into the main collection, then start a
        new recent collection (readers see each chunk in one or the other, or in both with
        the same record, throughout)."""
        state = self.state()
        assert self._recent is not None
        with self._errors():
            held = self._recent.get(include=[])["ids"]
            listed = set().union(*self.current_chunk_ids(
                sorted({article_of(c) for c in held})).values())
            ids = [c for c in held if c in listed]
            copied = copy_records(self._recent, self._chunks, ids, PAGE, rebuild=_chunk_vector,
                                  upsert=True)
            # (the main collection's index is loaded by now: counting it costs nothing more)
            self._write_meta(replace(state, recent="", merged=self._chunks.count()))
            self._drop_unnamed()
        self._wrote = True
        return copied

    def changes(self, since: int, until: int) -> set[str] | None:
        """The ids of the articles written after sequence ``since`` up to ``until``, or
        None when some of those change records are no longer kept."""
        if until <= since:
            return set()
        where = {"$and": [{"kind": "change"}, {"seq": {"$gt": since}}, {"seq": {"$lte": until}}]}
        seen, touched = set(), set()
        for got in self._pages(self._articles, where, ["metadatas"]):
            for m in got["metadatas"]:
                seen.add(int(m["seq"]))
                touched.update(json.loads(m["articles"]))
        return touched if len(seen) == until - since else None

    # -- the file table (index.file_table) --------------------------------------------------

    def file_entries(self, folder: str) -> dict[str, FileEntry]:
        """The entries of every file under ``folder`` (absolute), by path."""
        out: dict[str, FileEntry] = {}
        old: dict[str, FileEntry] = {}
        for got in self._pages(self._articles, ancestors_filter(folder), ["metadatas"]):
            for i, m in zip(got["ids"], got["metadatas"], strict=True):
                (out if i.startswith(FILES_PREFIX) else old).update(entries_of(m))
        self.unconverted = {p for p in old if p not in out}
        return {**old, **out}

    def files_entries(self, paths: Sequence[str]) -> dict[str, FileEntry]:
        """The entries of these files (absolute paths), those the table has."""
        out: dict[str, FileEntry] = {}
        old: dict[str, FileEntry] = {}
        wanted = set(paths)
        ids = {bucket_id(p) for p in paths} | {old_bucket_id(p) for p in paths}
        for i, m in self._metadatas(self._articles, sorted(ids)):
            (out if i.startswith(FILES_PREFIX) else old).update(
                (p, e) for p, e in entries_of(m).items() if p in wanted)
        self.unconverted = {p for p in old if p not in out}
        return {**old, **out}

    def put_file_entries(self, entries: Sequence[FileEntry],
                         dropped: Sequence[str] = ()) -> None:
        """Write these entries and drop those of ``dropped`` paths, bucket by bucket (and
        take them out of the buckets of before, see :func:`index.file_table.old_bucket_id`)."""
        by_bucket: dict[str, set[str]] = {}
        for path in [e.path for e in entries] + list(dropped):
            by_bucket.setdefault(bucket_id(path), set()).add(path)
            by_bucket.setdefault(old_bucket_id(path), set()).add(path)
        if not by_bucket:
            return
        with self.exclusive():
            self._check_lock()
            self._wrote = True
            new = {e.path: e for e in entries}
            gone = set(dropped)
            found = dict(self._metadatas(self._articles, sorted(by_bucket)))
            upserts, deletes = [], []
            for bid, paths in by_bucket.items():
                merged = entries_of(found[bid]) if bid in found else {}
                if bid.startswith(FILES_PREFIX):
                    merged.update((p, new[p]) for p in paths if p in new)
                    for p in paths & gone:
                        merged.pop(p, None)
                else:  # an old bucket: its entries of these paths move to the new ones
                    for p in paths:
                        merged.pop(p, None)
                if merged:
                    upserts.append((bid, bucket_metadata(merged.values())))
                elif bid in found:
                    deletes.append(bid)
            with self._errors():
                if upserts:
                    self._articles.upsert(ids=[b for b, _ in upserts],
                                          embeddings=[[1.0]] * len(upserts),
                                          metadatas=[m for _, m in upserts])
                if deletes:
                    self._articles.delete(ids=deletes)

    # -- reading -------------------------------------------------------------------------

    def cache_dir(self) -> Path:
        """Where readers keep what they derive from this library (the BM25 index): inside
        an embedded store; for a server, in ``$QA_SERVER_CACHE`` if set, else in the user
        cache's ``servers`` folder, a folder per server and library."""
        if self.directory is not None:
            return self.directory / f"derived-{self.name}"
        import hashlib
        import os

        from platformdirs import user_cache_path

        key = hashlib.sha256(f"{self.location}|{self.name}".encode()).hexdigest()[:16]
        root = os.environ.get("QA_SERVER_CACHE")
        if root:
            return Path(root).expanduser() / key
        return user_cache_path("qa-articles", appauthor=False) / "servers" / key

    def article_records(self, *, ids: Sequence[str] | None = None,
                        paths: Sequence[str] | None = None) -> list[ArticleRecord]:
        """Every article in the store, without texts; or, given ``ids`` or ``paths``, only
        the articles with those ids or read from those files (a lookup, not a listing:
        adding one file to a store of 20k articles need not read every record)."""
        if ids is None and paths is None:
            return self._article_records({"kind": "article"})
        found = {i: article_record(i, m) for i, m in self._metadatas(self._articles, ids or [])
                 if m.get("kind") == "article"}
        if paths:
            found.update((r.article_id, r) for r in self._article_records(
                {"$and": [{"kind": "article"}, {"path": {"$in": list(paths)}}]}))
        return list(found.values())

    def _article_records(self, where: dict) -> list[ArticleRecord]:
        return [article_record(i, m)
                for got in self._pages(self._articles, where, ["metadatas"])
                for i, m in zip(got["ids"], got["metadatas"], strict=True)]

    def _pages(self, collection, where: dict, include: list[str]) -> Iterator[dict]:
        """The records matching ``where``, one ``get`` result a page: Chroma fails on one
        read of more than about 32k records' metadata."""
        with self._errors():
            offset = 0
            while True:
                got = collection.get(where=where, include=include, limit=PAGE, offset=offset)
                yield got
                offset += len(got["ids"])
                if len(got["ids"]) < PAGE:
                    return

    def listed_chunks(self) -> list[str]:
        """Every chunk that article records list now: the only chunks readers may use. A
        chunk record that no article lists (left by an unfinished or superseded write) is
        left out. This reads every record: readers that derived something before follow
        :meth:`changes` instead."""
        listed = {c for r in self.article_records() for c in r.chunk_ids}
        return [c for c in self.chunk_ids() if c in listed]

    def current_chunk_ids(self, article_ids: Sequence[str]) -> dict[str, frozenset[str]]:
        """The ids of the current chunks of each of these articles that exists."""
        # The kind is checked here, not by a where-filter: Chroma makes ids plus a filter a
        # hundred times slower.
        return {i: article_record(i, m).chunk_ids
                for i, m in self._metadatas(self._articles, article_ids)
                if m.get("kind") == "article"}

    def article_text(self, article_id: str) -> tuple[str, ArticleRecord] | None:
        """The full text and record of one article, or None."""
        with self._errors():
            got = self._articles.get(ids=[article_id], include=["metadatas"])
            if not got["ids"] or got["metadatas"][0].get("kind") != "article":
                return None
            record = article_record(article_id, got["metadatas"][0])
            text = self._articles.get(ids=[text_id(article_id, record.content_hash)],
                                      include=["metadatas"])
        if not text["ids"]:
            return None
        return text["metadatas"][0]["text"], record

    def some_article_ids(self, limit: int) -> list[str]:
        """The ids of up to ``limit`` articles (any of them): one small read."""
        with self._errors():
            return self._articles.get(where={"kind": "article"}, limit=limit,
                                      include=[])["ids"]

    def count_articles(self) -> int:
        """Articles in the store (their ids only are read: a third of listing them)."""
        return sum(len(got["ids"])
                   for got in self._pages(self._articles, {"kind": "article"}, []))

    def count_chunks(self) -> int:
        """Chunk records in the store (including any left by an unfinished write)."""
        return self._on_chunks(lambda: sum(c.count() for c in self._chunk_collections()))

    def nearest(self, vector: np.ndarray, k: int) -> list[str]:
        """The ids of the ``k`` chunks nearest to ``vector``, nearest first (fewer if the
        store is small). Ids only: the caller fetches what its cache lacks in one call."""
        def query() -> list[str]:
            found: dict[str, float] = {}
            for c in self._chunk_collections():
                got = c.query(query_embeddings=[vector.tolist()], n_results=k,
                              include=["distances"])
                for i, d in zip(got["ids"][0], got["distances"][0], strict=True):
                    found[i] = min(d, found.get(i, d))
            # Ties (to a millionth) go by id, so that the order does not depend on which
            # collection a chunk is in, or on the vector index's own order among equals.
            return sorted(found, key=lambda i: (round(found[i], 6), i))[:k]
        return self._on_chunks(query)

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[StoredChunk]:
        """Chunks by id (missing ids are left out)."""
        return self._on_chunks(lambda: [stored_chunk(i, m)
                                        for i, m in self._chunk_metadatas(chunk_ids)])

    def chunk_ids(self) -> list[str]:
        """The id of every chunk record (including any left by an unfinished write)."""
        return self._on_chunks(lambda: list(dict.fromkeys(
            i for c in self._chunk_collections() for i in c.get(include=[])["ids"])))

    def _chunk_collections(self) -> list:
        """The recent chunks' collection (if there is one), then the main one."""
        return [c for c in (self._recent, self._chunks) if c is not None]

    def _chunk_metadatas(self, chunk_ids: Sequence[str]) -> Iterator[tuple[str, dict]]:
        """Each existing chunk record's id and metadata: from the recent collection first,
        and from the main one only for what it lacks (which a new article's chunks never
        are: reading the main collection loads its vector index)."""
        missing = list(chunk_ids)
        for c in self._chunk_collections():
            if not missing:
                return
            found = set()
            for i, m in self._metadatas(c, missing):
                found.add(i)
                yield i, m
            missing = [i for i in missing if i not in found]

    def _on_chunks(self, call: Callable[[], T]) -> T:
        """``call()`` (which reads the chunk collections), again on the new collections if a
        compaction or a merge switched them under it (readers keep answering while one runs;
        while they keep switching, up to :data:`FOLLOW` times). The collections are those of
        the last :meth:`state` read: a reader reads it before each question (a recent
        collection made since holds only chunks written since, which the reader's BM25
        index, of that state, does not hold either)."""
        for attempt in range(FOLLOW):
            names = (self._state.chunks, self._state.recent)
            try:
                with self._errors():
                    return call()
            except StoreError as e:
                state = self.state()
                if attempt == FOLLOW - 1:
                    raise
                if (state.chunks, state.recent) == names:
                    if _SETTLING not in str(e).lower():
                        raise
                    time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def chunk_texts(self, chunk_ids: Sequence[str]) -> Iterator[tuple[str, str, list[list[int]]]]:
        """Each chunk's id, text and sentence spans (relative to the chunk), page by page
        (each page read again from the new collections if a compaction or a merge switched
        them under it: a reader brings its BM25 index up to date while one runs)."""
        ids = list(chunk_ids)
        for k in range(0, len(ids), PAGE):
            page = ids[k : k + PAGE]

            def read(page: list[str] = page) -> list[tuple[str, dict]]:
                return list(self._chunk_metadatas(page))

            for cid, m in self._on_chunks(read):
                yield cid, m["text"], json.loads(m["sents"])

    def _metadatas(self, collection, ids: Sequence[str]) -> Iterator[tuple[str, dict]]:
        """Each existing record's id and metadata, read in pages: Chroma fails on one read
        of more than about 32k records' metadata."""
        with self._errors():
            for k in range(0, len(ids), PAGE):
                got = collection.get(ids=list(ids[k : k + PAGE]), include=["metadatas"])
                yield from zip(got["ids"], got["metadatas"], strict=True)


def _delete_unlisted(collection, where: dict, keep, batch: int) -> int:
    """Delete the records matching ``where`` whose ids are not in ``keep``; how many."""
    stale = [i for i in collection.get(where=where, include=[])["ids"] if i not in keep]
    for i in range(0, len(stale), batch):
        collection.delete(ids=stale[i : i + batch])
    return len(stale)


def _chunk_vector(record_id: str, metadata: dict) -> np.ndarray:
    """A chunk's vector made again from its sentences' (kept in its metadata at int8
    precision: within 0.001 of the vector written)."""
    return mean_direction(stored_chunk(record_id, metadata).sentence_vectors)


def _held(collection, ids: Sequence[str]) -> list[str]:
    """Those of ``ids`` that ``collection`` holds."""
    wanted = set(ids)
    return [i for i in collection.get(include=[])["ids"] if i in wanted]


def _state(meta: dict) -> StoreState:
    return StoreState(store_id=str(meta.get("store", "")), seq=int(meta.get("seq", 0)),
                      chunks=str(meta.get("chunks", "")), deleted=int(meta.get("deleted", 0)),
                      recent=str(meta.get("recent", "")), merged=int(meta.get("merged", 0)),
                      listed=int(meta.get("listed", 0)))


def _meta_record(state: StoreState) -> dict:
    return {"kind": "meta", "format": FORMAT, "store": state.store_id, "seq": state.seq,
            "chunks": state.chunks, "deleted": state.deleted, "recent": state.recent,
            "merged": state.merged, "listed": state.listed}
