"""Ingest: from paths to an up-to-date store, re-embedding only what changed.

An article is identified by its id (the JSON ``id``/``_id`` where given, else its file path)
and its content hash decides whether it is re-embedded. Articles whose file has gone from an
ingested folder, or whose record has gone from an ingested archive, are removed. A file that
exists but fails to load keeps what was indexed from it before. Articles made elsewhere
(llama-index documents, :func:`ingest_articles`) follow the same rules, an archive being the
articles that name the same file.

Progress: ``reading`` counts files (and ``pages`` the pages of the PDF being read),
``embedding`` the articles written, ``sentences`` the sentences of those articles encoded, so
that progress moves inside one large file too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.articles import (
    SUPPORTED_SUFFIXES,
    Article,
    ArticleError,
    display_source,
    find_files,
    load_file,
)
from index.chunks import Chunk, chunk_text, split_sentences
from index.embeddings import Embedder
from index.errors import InputError
from index.records import ArticleRecord, ChunkRecord, chunk_id, chunk_key
from index.reports import IngestProblem, IngestReport, Progress, Reason
from index.store import Store
from index.vectors import stored_precision

__all__ = ["ingest", "ingest_articles"]

# Articles embedded and written together: big enough to batch the model well, small enough
# that a crash loses little work and memory stays flat on large archives.
WRITE_BATCH_SENTENCES = 512

def _no_progress(stage: str, done: int, total: int) -> None:
    pass


@dataclass
class _Scan:
    articles: list[Article] = field(default_factory=list)
    loaded_files: set[str] = field(default_factory=set)
    failed_files: set[str] = field(default_factory=set)
    failed: list[IngestProblem] = field(default_factory=list)
    skipped: list[IngestProblem] = field(default_factory=list)


def ingest(paths: Sequence[str | os.PathLike], store: Store, embedder: Embedder,
           progress: Progress | None = None, remove_missing: bool = True) -> IngestReport:
    """Bring the store in line with the articles under ``paths``."""
    progress = progress or _no_progress
    roots = _resolve_roots(paths)
    scan = _scan(roots, progress)
    # Files named one by one: only their articles and the records they gave before can be
    # added, updated or removed.
    files = [str(root) for root in roots] if all(root.is_file() for root in roots) else None
    return _update(scan, store, embedder, progress, files,
                   lambda path: remove_missing and _under(path, roots))


def ingest_articles(articles: Sequence[Article], problems: Sequence[ArticleError],
                    store: Store, embedder: Embedder, progress: Progress | None = None,
                    failed_paths: Collection[str] = ()) -> IngestReport:
    """Bring the store in line with articles loaded elsewhere (llama-index documents).

    Those that name a file (``path``) are that file's articles, as the records of an
    archive are: an article indexed from the same file before and absent now is removed,
    unless the file is one of ``failed_paths`` (it gave a problem this time). Articles
    without a path are never removed.
    """
    scan = _Scan()
    _take(list(articles), scan, set())
    scan.failed.extend(IngestProblem(p.source, p.message, p.reason) for p in problems)
    scan.failed_files.update(failed_paths)
    paths = {a.path for a in scan.articles if a.path} | set(failed_paths)
    scan.loaded_files.update(paths - scan.failed_files)
    return _update(scan, store, embedder, progress or _no_progress, sorted(paths),
                   lambda path: path in paths)


def _update(scan: _Scan, store: Store, embedder: Embedder, progress: Progress,
            files: list[str] | None, removable: Callable[[str], bool]) -> IngestReport:
    """Write what the scan found changed; with ``files``, only the records of these files
    and of the scan's articles are looked at, else every record is."""
    with store.writing():
        if files is not None:
            records = store.article_records(ids=[a.article_id for a in scan.articles],
                                            paths=files)
        else:
            records = store.article_records()
        existing = {r.article_id: r for r in records}
        added: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        todo: list[Article] = []
        for article in scan.articles:
            old = existing.get(article.article_id)
            if old is not None and old.content_hash == article.content_hash:
                unchanged.append(article.article_id)
                continue
            (updated if old is not None else added).append(article.article_id)
            todo.append(article)
        before = embedder.texts_encoded
        chunks = _embed_and_write(todo, existing, store, embedder, progress)
        removed = _remove_missing(removable, scan, existing, store)
    return IngestReport(
        added=tuple(added), updated=tuple(updated), unchanged=tuple(unchanged),
        removed=tuple(removed), failed=tuple(scan.failed), skipped=tuple(scan.skipped),
        chunks=chunks, embedded=embedder.texts_encoded - before)


def _resolve_roots(paths: Sequence[str | os.PathLike]) -> list[Path]:
    if not paths:
        raise InputError("no path given; name a folder or file of articles to ingest")
    roots = []
    for p in paths:
        path = Path(p).expanduser()
        if not path.exists():
            raise InputError(f"{p} does not exist; check the path and try again")
        roots.append(path.resolve())
    return roots


def _scan(roots: list[Path], progress: Progress) -> _Scan:
    scan = _Scan()
    files = [f for root in roots for f in find_files(root)]
    supported = [f for f in files if f.suffix.lower() in SUPPORTED_SUFFIXES]
    for f in files:
        if f.suffix.lower() not in SUPPORTED_SUFFIXES:
            scan.skipped.append(IngestProblem(display_source(f), "not an article file type",
                                              Reason.NOT_AN_ARTICLE))
    if not supported:
        names = ", ".join(str(r) for r in roots)
        raise InputError(f"{names} holds no article files "
                         f"({', '.join(sorted(SUPPORTED_SUFFIXES))}); add some and try again")
    seen: set[str] = set()
    for i, f in enumerate(supported, start=1):
        _load_one(f, scan, seen, progress)
        progress("reading", i, len(supported))
    return scan


def _load_one(f: Path, scan: _Scan, seen: set[str], progress: Progress) -> None:
    try:
        articles, problems = load_file(f, progress)
    except ArticleError as e:
        scan.failed_files.add(str(f.resolve()))
        scan.failed.append(IngestProblem(e.source, e.message, e.reason))
        return
    # A file with broken records keeps what it gave before: a record that no longer parses
    # must not read as a record that was deleted.
    (scan.failed_files if problems else scan.loaded_files).add(str(f.resolve()))
    scan.failed.extend(IngestProblem(p.source, p.message, p.reason) for p in problems)
    _take(articles, scan, seen)


def _take(articles: list[Article], scan: _Scan, seen: set[str]) -> None:
    """Add the articles to the scan, the first of any that share an id."""
    for a in articles:
        if a.article_id in seen:
            scan.failed.append(IngestProblem(a.source, f"id '{a.article_id}' appears twice; "
                                             "the first one was kept", Reason.DUPLICATE))
            continue
        seen.add(a.article_id)
        scan.articles.append(a)


def _embed_and_write(todo: list[Article], existing: dict[str, ArticleRecord], store: Store,
                     embedder: Embedder, progress: Progress) -> int:
    total = len(todo)
    written = 0
    if total:
        progress("embedding", 0, total)
    counter = _SentenceCounter(todo, progress)
    batch: list[_Pending] = []
    sentences = 0
    for i, article in enumerate(todo, start=1):
        pending = _plan(article, existing.get(article.article_id))
        batch.append(pending)
        sentences += sum(len(c.sentences) for c in pending.new)
        if sentences >= WRITE_BATCH_SENTENCES or i == total:
            written += _write_batch(batch, store, embedder, counter.encoding(batch))
            store.commit()
            progress("embedding", i, total)
            counter.written(batch)
            batch, sentences = [], 0
    return written


class _SentenceCounter:
    """The ``sentences`` stage: the sentences of the articles to embed, counted first
    (a small share of the time the model takes), then told as they are encoded."""

    def __init__(self, todo: list[Article], progress: Progress) -> None:
        self._progress = progress
        self._total = sum(len(split_sentences(a.text)) for a in todo) if todo else 0
        self._done = self._shown = 0
        if self._total:
            progress("sentences", 0, self._total)

    def encoding(self, batch: list[_Pending]) -> Progress:
        """What the encoder reports for ``batch``, as progress of the whole stage."""
        size = sum(len(c.sentences) for p in batch for c in p.chunks)

        def update(stage: str, done: int, total: int) -> None:
            self._tell(self._done + size * done // max(total, 1))

        return update

    def written(self, batch: list[_Pending]) -> None:
        """The batch is written: all of its sentences are done."""
        before = self._done
        self._done += sum(len(c.sentences) for p in batch for c in p.chunks)
        if self._done != before:
            self._tell(self._done)

    def _tell(self, done: int) -> None:
        done = min(done, self._total)
        if done != self._shown:  # the encoder's last report is often the batch's end
            self._shown = done
            self._progress("sentences", done, self._total)


@dataclass
class _Pending:
    """An article to write: all of its chunks' keys, and the chunks not stored yet."""

    article: Article
    chunks: list[Chunk]
    keys: list[str]
    new: list[Chunk]
    new_keys: list[str]
    old_ids: list[str]  # chunks of the stored version that this one drops


def _plan(article: Article, old: ArticleRecord | None) -> _Pending:
    chunks = chunk_text(article.text)
    keys = [chunk_key(article, c) for c in chunks]
    have = set(old.chunk_keys) if old else set()
    fresh = [(c, k) for c, k in zip(chunks, keys, strict=True) if k not in have]
    dropped = [chunk_id(article.article_id, k) for k in sorted(have - set(keys))]
    return _Pending(article, chunks, keys, [c for c, _ in fresh], [k for _, k in fresh],
                    dropped)


def _write_batch(batch: list[_Pending], store: Store, embedder: Embedder,
                 progress: Progress | None = None) -> int:
    """Embed the sentences of the batch's new chunks (reusing the vectors of sentences that
    an updated article already had) and write the batch."""
    known = _stored_sentence_vectors(store, [i for p in batch for i in p.old_ids])
    texts = [p.article.text[s:e] for p in batch for c in p.new for s, e in c.sentences]
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        # As the store gives them back, so that a chunk's vector is the same whether its
        # sentences were embedded now or read from an earlier version.
        known.update(zip(missing, stored_precision(embedder.encode(missing, progress)),
                         strict=True))
    items = []
    for p in batch:
        records = []
        for c, key in zip(p.new, p.new_keys, strict=True):
            sv = np.array([known[p.article.text[s:e]] for s, e in c.sentences])
            records.append(ChunkRecord(chunk=c, key=key, text=p.article.text[c.start : c.end],
                                       vector=_mean_direction(sv), sentence_vectors=sv))
        items.append((p.article, records, p.keys))
    store.put_articles(items)
    return sum(len(p.new) for p in batch)


def _stored_sentence_vectors(store: Store, chunk_ids: list[str]) -> dict[str, np.ndarray]:
    """Sentence text to vector, for the sentences of these stored chunks."""
    out = {}
    for c in store.get_chunks(chunk_ids):
        for (s, e), v in zip(c.sentences, c.sentence_vectors, strict=True):
            out[c.text[s - c.start : e - c.start]] = v
    return out


def _mean_direction(vectors: np.ndarray) -> np.ndarray:
    """A chunk's vector: the normalised mean of its sentences' (no second model pass)."""
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean


def _remove_missing(removable: Callable[[str], bool], scan: _Scan,
                    existing: dict[str, ArticleRecord], store: Store) -> list[str]:
    present = {a.article_id for a in scan.articles}
    removed = []
    for record in existing.values():
        if record.article_id in present or not removable(record.path):
            continue
        if record.path in scan.failed_files:
            continue  # the file is there but (partly) unreadable now: keep what it gave
        if record.path in scan.loaded_files or not os.path.exists(record.path):
            store.remove_article(record.article_id)
            removed.append(record.article_id)
    return removed


def _under(path: str, roots: list[Path]) -> bool:
    return any(path == str(r) or path.startswith(str(r) + os.sep) for r in roots)
