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

Ids and the records' fields are in :mod:`index.records` (a chunk's id hashes everything its
record holds, so a chunk an update leaves unchanged keeps its record). The article record
lists its current chunk keys, and readers see exactly the chunks it lists. Writes are
ordered so that a crash at any point leaves either the old or the new version of an article
visible, never a mix: new chunks are added first, then the article record is switched to
the new list, then the chunks no longer listed are deleted.

The other jobs of a store are beside this module: packing vectors (:mod:`index.vectors`),
the write lock (:mod:`index.write_lock`), the format and its marker file
(:mod:`index.store_format`), vacuuming (:mod:`index.vacuum`) and turning Chroma's failures
into ours (:mod:`index.chroma_errors`).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from index.articles import Article
from index.chroma_errors import translate
from index.errors import StoreError
from index.records import (
    TEXT_MARK,
    ArticleRecord,
    ChunkRecord,
    Listing,
    StoredChunk,
    article_metadata,
    article_of,
    article_record,
    chunk_id,
    chunk_metadata,
    stored_chunk,
    text_id,
)
from index.store_format import FORMAT, other_format, prepare_directory
from index.vacuum import reclaim_space
from index.write_lock import WriteLock

__all__ = ["DEFAULT_NAME", "Store"]

DEFAULT_NAME = "qa"
_META_ID = "__meta__"
# Records read in one call: Chroma fails on one read of more than about 32k records' metadata.
PAGE = 2000
# Chroma keeps every write in its log (a second copy of each record, texts included) until
# the vector index is next saved, by default every 1,000 records; every 200 keeps that copy
# small, at no measurable cost to ingest speed (20k records: 28.1 s against 28.2 s).
_COLLECTION = {"hnsw": {"space": "cosine", "sync_threshold": 200, "batch_size": 100}}


class Store:
    """Chroma collections of one library, embedded on disk or on a Chroma server."""

    def __init__(self, client, location: str, directory: Path | None = None,
                 name: str = DEFAULT_NAME) -> None:
        self.location = location
        self.directory = directory
        self.name = name
        self._client = client
        self._dirty = False
        with self._errors():
            self._articles = client.get_or_create_collection(
                f"{name}-articles", embedding_function=None, configuration=_COLLECTION)
            self._chunks = client.get_or_create_collection(
                f"{name}-chunks", embedding_function=None, configuration=_COLLECTION)
        self._check_format()

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open_directory(cls, directory: str | os.PathLike, name: str = DEFAULT_NAME,
                       create: bool = True) -> Store:
        """Open an embedded store in ``directory``, creating it if allowed."""
        path = Path(directory).expanduser()
        unused = not path.exists() or (path.is_dir() and not any(path.iterdir()))
        if not create and unused:
            raise StoreError(f"no store at {path}; index some articles first with "
                             f"'qa ingest --store {path} PATH'")
        prepare_directory(path)
        import chromadb
        from chromadb.config import Settings

        with translate(str(path)):
            client = chromadb.PersistentClient(
                path=str(path), settings=Settings(anonymized_telemetry=False))
        return cls(client, str(path), directory=path, name=name)

    @classmethod
    def connect(cls, url: str, name: str = DEFAULT_NAME) -> Store:
        """Use the collections on the Chroma server at ``url`` (``http://host:port``)."""
        from urllib.parse import urlparse

        import chromadb
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

    def _check_format(self) -> None:
        meta = self._meta()
        if meta is None:
            with self._errors():
                self._articles.upsert(ids=[_META_ID], embeddings=[[1.0]],
                                      metadatas=[{"kind": "meta", "format": FORMAT,
                                                  "generation": uuid.uuid4().hex}])
        elif meta.get("format") != FORMAT:
            raise other_format(self.location, meta.get("format"))

    def _meta(self) -> dict | None:
        with self._errors():
            got = self._articles.get(ids=[_META_ID], include=["metadatas"])
        return got["metadatas"][0] if got["ids"] else None

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock (embedded stores) for a series of writes, then commit."""
        lock = WriteLock(self.directory) if self.directory else None
        if lock:
            lock.acquire()
        try:
            yield
        finally:
            try:
                wrote = self._dirty
                self.commit()
                if wrote and self.directory is not None:
                    reclaim_space(self.directory)
            finally:
                if lock:
                    lock.release()

    def commit(self) -> None:
        """Tell readers (other processes and clients too) that the store has changed, so that
        they rebuild what they derive from it; does nothing if nothing was written."""
        if not self._dirty:
            return
        with self._errors():
            self._articles.upsert(ids=[_META_ID], embeddings=[[1.0]],
                                  metadatas=[{"kind": "meta", "format": FORMAT,
                                              "generation": uuid.uuid4().hex}])
        self._dirty = False

    def put_articles(self, items: Sequence[tuple[Article, Sequence[ChunkRecord],
                                                 Sequence[str]]]) -> None:
        """Write articles in one batch, each with its new chunks and the keys of all of its
        current chunks (new and kept), replacing earlier versions (see the module notes)."""
        if not items:
            return
        self._dirty = True
        ids, vectors, metadatas = [], [], []
        for article, records, _ in items:
            for c in records:
                ids.append(chunk_id(article.article_id, c.key))
                vectors.append(c.vector)
                metadatas.append(chunk_metadata(article, c))
        article_ids = [a.article_id for a, _, _ in items]
        current = {chunk_id(a.article_id, k) for a, _, keys in items for k in keys}
        texts = {text_id(a.article_id, a.content_hash): a for a, _, _ in items}
        with self._errors():
            batch = max(1, self._client.get_max_batch_size())
            for i in range(0, len(ids), batch):
                self._chunks.upsert(ids=ids[i : i + batch],
                                    embeddings=np.asarray(vectors[i : i + batch]),
                                    metadatas=metadatas[i : i + batch])
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
            # Readers rebuild their view at the switch, so that a crash before the deletes
            # below leaves them reading the new versions, not the old index.
            self.commit()
            self._dirty = True
            _delete_unlisted(self._chunks, {"article_id": {"$in": article_ids}}, current, batch)
            _delete_unlisted(self._articles, {"$and": [{"kind": "text"},
                                                       {"article_id": {"$in": article_ids}}]},
                             texts.keys(), batch)

    def remove_article(self, article_id: str) -> None:
        """Delete an article and its chunks (the article record first, so no reader sees it)."""
        self._dirty = True
        with self._errors():
            self._articles.delete(ids=[article_id])
            self._articles.delete(where={"article_id": article_id})
            self._chunks.delete(where={"article_id": article_id})

    # -- reading -------------------------------------------------------------------------

    def cache_dir(self) -> Path:
        """Where readers keep what they derive from this library (the BM25 index): inside
        an embedded store, or in the user cache for a server."""
        if self.directory is not None:
            return self.directory / f"derived-{self.name}"
        import hashlib

        from platformdirs import user_cache_path

        key = hashlib.sha256(f"{self.location}|{self.name}".encode()).hexdigest()[:16]
        return user_cache_path("qa-articles", appauthor=False) / "servers" / key

    def generation(self) -> str:
        """A stamp that changes whenever the store is written."""
        meta = self._meta()
        return str(meta.get("generation")) if meta else ""

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

    def listed_chunks(self, since: Listing | None = None) -> Listing:
        """The chunks that article records list now: the only chunks readers may use.

        A chunk record that no article lists (left by an unfinished or superseded write) is
        left out. Given an earlier listing (``since``), only the articles whose text
        versions or chunk records changed since are looked up; the others keep the chunks
        they had then.
        """
        versions = self._text_versions()
        stored = self.chunk_ids()
        known = set(since.chunk_ids) if since is not None else set()
        before = since.versions if since is not None else {}
        now = set(stored)
        touched = {article_of(c) for c in stored if c not in known}
        touched.update(article_of(c) for c in known - now)
        touched.update(a for a in versions.keys() | before.keys()
                       if versions.get(a) != before.get(a))
        listed = self._current_chunk_ids(sorted(touched))
        return Listing([c for c in stored if (c in listed.get(article_of(c), ()))
                        or (article_of(c) not in touched and c in known)], versions)

    def _current_chunk_ids(self, article_ids: Sequence[str]) -> dict[str, frozenset[str]]:
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

    def count_articles(self) -> int:
        """Articles in the store (their ids only are read: a third of listing them)."""
        return sum(len(got["ids"])
                   for got in self._pages(self._articles, {"kind": "article"}, []))

    def count_chunks(self) -> int:
        """Chunk records in the store (including any left by an unfinished write)."""
        with self._errors():
            return self._chunks.count()

    def nearest(self, vector: np.ndarray, k: int) -> list[str]:
        """The ids of the ``k`` chunks nearest to ``vector``, nearest first (fewer if the
        store is small). Ids only: the caller fetches what its cache lacks in one call."""
        with self._errors():
            got = self._chunks.query(query_embeddings=[vector.tolist()], n_results=k,
                                     include=[])
        return list(got["ids"][0])

    def get_chunks(self, chunk_ids: Sequence[str]) -> list[StoredChunk]:
        """Chunks by id (missing ids are left out)."""
        return [stored_chunk(i, m) for i, m in self._metadatas(self._chunks, chunk_ids)]

    def _text_versions(self) -> dict[str, str]:
        """For each article, the content hashes of the text records it has (one, or two
        while an update is unfinished), as one string; from record ids alone."""
        with self._errors():
            ids = self._articles.get(include=[])["ids"]
        versions: dict[str, list[str]] = {}
        for i in ids:
            article_id, marker, h = i.rpartition(TEXT_MARK)
            if marker:
                versions.setdefault(article_id, []).append(h)
        return {a: ",".join(sorted(h)) for a, h in versions.items()}

    def chunk_ids(self) -> list[str]:
        """The id of every chunk record (including any left by an unfinished write)."""
        with self._errors():
            return list(self._chunks.get(include=[])["ids"])

    def chunk_texts(self, chunk_ids: Sequence[str]) -> Iterator[tuple[str, str, list[list[int]]]]:
        """Each chunk's id, text and sentence spans (relative to the chunk), page by page."""
        for cid, m in self._metadatas(self._chunks, chunk_ids):
            yield cid, m["text"], json.loads(m["sents"])

    def _metadatas(self, collection, ids: Sequence[str]) -> Iterator[tuple[str, dict]]:
        """Each existing record's id and metadata, read in pages: Chroma fails on one read
        of more than about 32k records' metadata."""
        with self._errors():
            for k in range(0, len(ids), PAGE):
                got = collection.get(ids=list(ids[k : k + PAGE]), include=["metadatas"])
                yield from zip(got["ids"], got["metadatas"], strict=True)


def _delete_unlisted(collection, where: dict, keep, batch: int) -> None:
    """Delete the records matching ``where`` whose ids are not in ``keep``."""
    stale = [i for i in collection.get(where=where, include=[])["ids"] if i not in keep]
    for i in range(0, len(stale), batch):
        collection.delete(ids=stale[i : i + batch])
