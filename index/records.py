"""What the store holds, record by record: ids, and the records' fields both ways.

A chunk's id is its article id and a key hashed from everything its record holds (text,
span, sentences, title, source, date), so a chunk that an update leaves unchanged keeps its
record: nothing is re-embedded or rewritten for it, and Chroma's index does not grow with
deleted copies. An article's text is kept in a record per version, whose id names the
version, so a reader of the old article record still finds the old text during an update.

A chunk of an article with pages (a PDF) also holds its first page and where the pages that
begin inside it start; records written before pages existed read as having no page.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from index.articles import Article
from index.chunks import Chunk
from index.vectors import pack_vectors, unpack_vectors

__all__ = ["TEXT_MARK", "ArticleRecord", "ChunkRecord", "StoredChunk",
           "article_metadata", "article_of", "article_record", "chunk_id", "chunk_key",
           "chunk_metadata", "stored_chunk", "text_id"]

TEXT_MARK = "#text-"

Metadata = Mapping[str, Any]


@dataclass(frozen=True)
class ArticleRecord:
    """What the store knows of an article, without its text."""

    article_id: str
    title: str
    source: str
    path: str
    date: str | None
    url: str | None
    content_hash: str
    chunk_keys: tuple[str, ...]

    @property
    def chunks(self) -> int:
        """How many chunks the article's current version has."""
        return len(self.chunk_keys)

    @property
    def chunk_ids(self) -> frozenset[str]:
        """The ids of the article's current chunks."""
        return frozenset(chunk_id(self.article_id, k) for k in self.chunk_keys)


@dataclass(frozen=True)
class ChunkRecord:
    """A chunk ready to write: its key, text, vector and its sentences' vectors."""

    chunk: Chunk
    key: str
    text: str
    vector: np.ndarray
    sentence_vectors: np.ndarray


@dataclass(frozen=True)
class StoredChunk:
    """A chunk read back from the store, with what retrieval needs."""

    chunk_id: str
    article_id: str
    title: str
    source: str
    date: str | None
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...]
    sentence_vectors: np.ndarray
    page: int | None = None  # the page the chunk starts on; None for formats without pages
    page_starts: tuple[int, ...] = ()  # where the pages that begin inside the chunk start

    def page_at(self, offset: int) -> int | None:
        """The page (1-based) of the article's character at ``offset`` inside this chunk."""
        if self.page is None:
            return None
        return self.page + sum(1 for s in self.page_starts if s <= offset)


def chunk_key(article: Article, chunk: Chunk) -> str:
    """A chunk's identity within its article: equal keys mean equal chunk records."""
    parts: tuple[str, ...] = (article.title, article.source, article.date or "", str(chunk.start),
             str(chunk.end), json.dumps(chunk.sentences), article.text[chunk.start : chunk.end])
    if article.pages:  # chunks without pages keep the keys they had before pages
        parts += (json.dumps(_pages(article, chunk)),)
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def _pages(article: Article, chunk: Chunk) -> dict[str, int | str]:
    """The page fields of a chunk of an article with pages."""
    inside = [s for s in article.pages if chunk.start < s < chunk.end]
    return {"page": article.page_at(chunk.start) or 1, "pstarts": json.dumps(inside)}


def chunk_id(article_id: str, key: str) -> str:
    """The Chroma record id of an article's chunk."""
    return f"{article_id}#{key}"


def article_of(chunk_id: str) -> str:
    """The article id in a chunk's record id (keys hold no '#'; article ids may)."""
    return chunk_id.rsplit("#", 1)[0]


def text_id(article_id: str, content_hash: str) -> str:
    """The record holding one version of an article's text (its id names the version, so a
    reader of the old article record still finds the old text during an update)."""
    return f"{article_id}{TEXT_MARK}{content_hash[:16]}"


def chunk_metadata(article: Article, c: ChunkRecord) -> dict[str, str | int]:
    """A chunk record's metadata: sentence spans relative to the chunk, vectors packed."""
    base = c.chunk.start
    return {
        "article_id": article.article_id, "title": article.title, "source": article.source,
        "date": article.date or "", "start": c.chunk.start, "end": c.chunk.end,
        "sents": json.dumps([[s - base, e - base] for s, e in c.chunk.sentences]),
        "svec": pack_vectors(c.sentence_vectors), "text": c.text,
        **(_pages(article, c.chunk) if article.pages else {}),
    }


def article_metadata(article: Article, keys: Sequence[str]) -> dict[str, str]:
    """An article record's metadata, listing the keys of its current chunks."""
    return {
        "kind": "article", "title": article.title, "source": article.source,
        "path": article.path, "date": article.date or "", "url": article.url or "",
        "hash": article.content_hash, "keys": json.dumps(list(keys)),
    }


def article_record(article_id: str, m: Metadata) -> ArticleRecord:
    """An article record read back."""
    return ArticleRecord(
        article_id=article_id, title=m["title"], source=m["source"], path=m.get("path", ""),
        date=m.get("date") or None, url=m.get("url") or None, content_hash=m["hash"],
        chunk_keys=tuple(json.loads(m.get("keys", "[]"))))


def stored_chunk(chunk_id: str, m: Metadata) -> StoredChunk:
    """A chunk record read back."""
    base = int(m["start"])
    sentences = tuple((base + s, base + e) for s, e in json.loads(m["sents"]))
    return StoredChunk(
        chunk_id=chunk_id, article_id=m["article_id"], title=m["title"], source=m["source"],
        date=m.get("date") or None, start=base, end=int(m["end"]), text=m["text"],
        sentences=sentences, sentence_vectors=unpack_vectors(m["svec"], len(sentences)),
        page=int(m["page"]) if "page" in m else None,
        page_starts=tuple(json.loads(m.get("pstarts", "[]"))))
