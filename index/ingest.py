"""Ingest: from paths to an up-to-date store, re-reading and re-embedding only what changed.

An article is identified by its id (the JSON ``id``/``_id`` where given, else its file path)
and its content hash decides whether it is re-embedded. A file whose size and modification
time are those the store's file table holds (:mod:`index.file_table`), read by this version
of reading (:data:`index.articles.READ_VERSION`), is not read at all.
Articles whose file has gone from an ingested folder, or whose record has gone from an
ingested archive, are removed. A file that exists but fails to load keeps what was indexed
from it before. Articles made elsewhere (llama-index documents, :func:`ingest_articles`)
follow the same rules, an archive being the articles that name the same file.

Progress: ``reading`` counts files (and ``pages`` the pages of the PDF being read),
``embedding`` the articles written, ``sentences`` the sentences of those articles encoded, so
that progress moves inside one large file too.

Several writers on one server: the articles of a batch are embedded first, outside the
writer lock; then, under it, the batch's article records are read again and each article is
written only if its file still has the size and time it was read at (else a newer version
is some writer's to index) and the store does not already hold this version. Removals are
checked the same way: a file is gone only if it is still gone under the lock.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.articles import (
    READ_VERSION,
    SUPPORTED_SUFFIXES,
    Article,
    ArticleError,
    display_source,
    find_files,
    load_file,
)
from index.chunks import Chunk, chunk_text
from index.embeddings import Embedder
from index.errors import InputError
from index.file_table import FileEntry, Stat, file_stat
from index.records import ArticleRecord, ChunkRecord, chunk_id, chunk_key
from index.reports import IngestProblem, IngestReport, Progress, Reason
from index.store import Store
from index.vectors import mean_direction, stored_precision

__all__ = ["ingest", "ingest_articles", "resolve_roots"]

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
    stats: dict[str, Stat] = field(default_factory=dict)  # each file read: as it was then
    origin: dict[str, str] = field(default_factory=dict)  # article id -> file it came from
    unchanged_files: list[FileEntry] = field(default_factory=list)
    gone: list[FileEntry] = field(default_factory=list)  # files in the table, now missing
    new_files: set[str] = field(default_factory=set)  # read, and not in the table yet
    # planned, then not written: another writer wrote this version meanwhile, or its file
    # changed since it was read (a newer version is the next writer's)
    left: set[str] = field(default_factory=set)


def ingest(paths: Sequence[str | os.PathLike], store: Store, embedder: Embedder,
           progress: Progress | None = None, remove_missing: bool = True) -> IngestReport:
    """Bring the store in line with the articles under ``paths``."""
    progress = progress or _no_progress
    roots = resolve_roots(paths)
    with store.writing():
        scan = _scan(roots, store, progress)
        return _update(scan, store, embedder, progress, remove_missing)


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
    _take(list(articles), scan, set(), origin=None)
    scan.failed.extend(IngestProblem(p.source, p.message, p.reason) for p in problems)
    scan.failed_files.update(failed_paths)
    paths = {a.path for a in scan.articles if a.path} | set(failed_paths)
    scan.loaded_files.update(paths - scan.failed_files)
    with store.writing():
        return _update(scan, store, embedder, progress or _no_progress, remove_missing=True)


def _update(scan: _Scan, store: Store, embedder: Embedder, progress: Progress,
            remove_missing: bool) -> IngestReport:
    """Write what the scan found changed (under the store's writing session); only the
    records of the scan's articles and of the files it read or found gone are looked at."""
    gone_ids = [i for e in scan.gone for i in e.article_ids] if remove_missing else []
    records = store.article_records(ids=[a.article_id for a in scan.articles] + gone_ids,
                                    paths=sorted(scan.loaded_files | scan.failed_files))
    existing = {r.article_id: r for r in records}
    added: list[str] = []
    updated: list[str] = []
    unchanged = [i for e in scan.unchanged_files for i in e.article_ids]
    todo: list[Article] = []
    for article in scan.articles:
        old = existing.get(article.article_id)
        if old is not None and old.content_hash == article.content_hash:
            unchanged.append(article.article_id)
            continue
        (updated if old is not None else added).append(article.article_id)
        todo.append(article)
    if scan.new_files:  # entered as pending before their articles are written
        ids = _ids_by_file(scan)
        store.put_file_entries([FileEntry(p, None, tuple(ids.get(p, ())), READ_VERSION)
                                for p in sorted(scan.new_files)])
    before = embedder.texts_encoded
    chunks = _embed_and_write(todo, existing, store, embedder, progress, scan)
    if scan.left:  # not this writer's work: the report says what it did (a trial of stop 38:
        # two writers each said "added" of the same articles)
        unchanged += [i for i in added + updated if i in scan.left]
        added = [i for i in added if i not in scan.left]
        updated = [i for i in updated if i not in scan.left]
    removed = _remove_missing(scan, existing, store) if remove_missing else []
    _record_files(scan, store)
    # entries of a store written before the file table's buckets were made larger, once
    convert = [e for e in scan.unchanged_files if e.path in store.unconverted]
    if convert:
        store.put_file_entries(convert)
    if chunks or removed:
        store.compact(progress, force=False)  # when enough has been deleted
    return IngestReport(
        added=tuple(added), updated=tuple(updated), unchanged=tuple(unchanged),
        removed=tuple(removed), failed=tuple(scan.failed), skipped=tuple(scan.skipped),
        chunks=chunks, embedded=embedder.texts_encoded - before)


def resolve_roots(paths: Sequence[str | os.PathLike]) -> list[Path]:
    """The paths to ingest, resolved; an :class:`InputError` naming the first that does not
    exist (or saying that none was given)."""
    if not paths:
        raise InputError("no path given; name a folder or file of articles to ingest")
    roots = []
    for p in paths:
        path = Path(p).expanduser()
        if not path.exists():
            raise InputError(f"{p} does not exist; check the path and try again")
        roots.append(path.resolve())
    return roots


def _scan(roots: list[Path], store: Store, progress: Progress) -> _Scan:
    """Walk the roots; read the files that the file table does not hold as they are now."""
    scan = _Scan()
    files = [f for root in roots for f in find_files(root)]
    supported = [f for f in files if f.suffix.lower() in SUPPORTED_SUFFIXES]
    for f in files:
        if f.suffix.lower() not in SUPPORTED_SUFFIXES:
            scan.skipped.append(IngestProblem(display_source(f), "not an article file type",
                                              Reason.NOT_AN_ARTICLE))
    if not supported:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        if len(roots) == 1 and roots[0].is_file():
            raise InputError(f"{roots[0]} is not an article file ({kinds}); give one of "
                             "those, or a folder holding them")
        names = ", ".join(str(r) for r in roots)
        raise InputError(f"{names} holds no article files ({kinds}); add some and try again")
    table = _table(roots, store)
    walked = {str(f) for f in supported}
    scan.gone = [e for p, e in sorted(table.items())
                 if p not in walked and not os.path.exists(p)]
    seen: set[str] = set()
    for i, f in enumerate(supported, start=1):
        entry, stat = table.get(str(f)), file_stat(str(f))
        if (entry is not None and stat is not None and entry.stat == stat
                and entry.read == READ_VERSION):  # (else read again: reading has changed)
            scan.unchanged_files.append(entry)
            seen.update(entry.article_ids)
        else:
            if entry is None:
                scan.new_files.add(str(f))
            _load_one(f, stat, scan, seen, progress)
        progress("reading", i, len(supported))
    return scan


def _table(roots: list[Path], store: Store) -> dict[str, FileEntry]:
    """The file table's entries for the roots: folders whole, files one by one."""
    table = store.files_entries([str(r) for r in roots if r.is_file()])
    for root in roots:
        if not root.is_file():
            table.update(store.file_entries(str(root)))
    return table


def _load_one(f: Path, stat: Stat | None, scan: _Scan, seen: set[str],
              progress: Progress) -> None:
    try:
        articles, problems = load_file(f, progress)
    except ArticleError as e:
        if e.reason == Reason.QUESTIONS:  # skipped, as a file of another type (stop 40)
            scan.skipped.append(IngestProblem(e.source, e.message, e.reason))
            return
        scan.failed_files.add(str(f.resolve()))
        scan.failed.append(IngestProblem(e.source, e.message, e.reason))
        return
    # A file with broken records keeps what it gave before: a record that no longer parses
    # must not read as a record that was deleted.
    (scan.failed_files if problems else scan.loaded_files).add(str(f.resolve()))
    if stat is not None and not problems:
        scan.stats[str(f)] = stat
    scan.failed.extend(IngestProblem(p.source, p.message, p.reason) for p in problems)
    _take(articles, scan, seen, origin=str(f))


def _take(articles: list[Article], scan: _Scan, seen: set[str], origin: str | None) -> None:
    """Add the articles to the scan, the first of any that share an id; ``origin``: the
    file they were read from."""
    for a in articles:
        if a.article_id in seen:
            scan.failed.append(IngestProblem(a.source, f"id '{a.article_id}' appears twice; "
                                             "the first one was kept", Reason.DUPLICATE))
            continue
        seen.add(a.article_id)
        if origin is not None:
            scan.origin[a.article_id] = origin
        scan.articles.append(a)


def _embed_and_write(todo: list[Article], existing: dict[str, ArticleRecord], store: Store,
                     embedder: Embedder, progress: Progress, scan: _Scan) -> int:
    total = len(todo)
    written = 0
    if total:
        progress("embedding", 0, total)
    plans = [_plan(article, existing.get(article.article_id)) for article in todo]
    counter = _SentenceCounter(plans, progress)
    batch: list[_Pending] = []
    sentences = 0
    for i, pending in enumerate(plans, start=1):
        batch.append(pending)
        sentences += sum(len(c.sentences) for c in pending.new)
        if sentences >= WRITE_BATCH_SENTENCES or i == total:
            written += _write_batch(batch, store, embedder, scan, counter.encoding(batch))
            progress("embedding", i, total)
            counter.written(batch)
            batch, sentences = [], 0
    return written


class _SentenceCounter:
    """The ``sentences`` stage: the sentences of the chunks to write (an updated article's
    unchanged chunks are kept, so a story that gains a line counts that line's chunk, not
    the whole story: a trial of stop 39 saw "sentences 0/19" for one new sentence), counted
    first, then told as they are encoded."""

    def __init__(self, plans: list[_Pending], progress: Progress) -> None:
        self._progress = progress
        self._total = sum(len(c.sentences) for p in plans for c in p.new)
        self._done = self._shown = 0
        if self._total:
            progress("sentences", 0, self._total)

    def encoding(self, batch: list[_Pending]) -> Progress:
        """What the encoder reports for ``batch``, as progress of the whole stage."""
        size = sum(len(c.sentences) for p in batch for c in p.new)

        def update(stage: str, done: int, total: int) -> None:
            self._tell(self._done + size * done // max(total, 1))

        return update

    def written(self, batch: list[_Pending]) -> None:
        """The batch is written: all of its sentences are done."""
        before = self._done
        self._done += sum(len(c.sentences) for p in batch for c in p.new)
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
    against: tuple[str, ...]  # the chunk keys of the stored version it was planned against


def _plan(article: Article, old: ArticleRecord | None) -> _Pending:
    chunks = chunk_text(article.text)
    keys = [chunk_key(article, c) for c in chunks]
    have = set(old.chunk_keys) if old else set()
    fresh = [(c, k) for c, k in zip(chunks, keys, strict=True) if k not in have]
    dropped = [chunk_id(article.article_id, k) for k in sorted(have - set(keys))]
    return _Pending(article, chunks, keys, [c for c, _ in fresh], [k for _, k in fresh],
                    dropped, old.chunk_keys if old else ())


def _write_batch(batch: list[_Pending], store: Store, embedder: Embedder, scan: _Scan,
                 progress: Progress | None = None) -> int:
    """Embed the sentences of the batch's new chunks (reusing the vectors of sentences that
    an updated article already had), then write what is still to write, under the lock."""
    known = _vectors(batch, store, embedder, {}, progress)
    with store.exclusive():
        now = {r.article_id: r for r in store.article_records(
            ids=[p.article.article_id for p in batch])}
        todo = []
        for p in batch:
            record = now.get(p.article.article_id)
            if not _still_current(p.article, scan) or (
                    record is not None and record.content_hash == p.article.content_hash):
                scan.left.add(p.article.article_id)
                continue  # a newer file is some writer's to index, or this one is written
            if (record.chunk_keys if record else ()) != p.against:
                p = _plan(p.article, record)  # another writer changed it since: plan again
                known = _vectors([p], store, embedder, known)
            todo.append(p)
        store.put_articles([(p.article, _records(p, known), p.keys) for p in todo])
        store.commit()
    return sum(len(p.new) for p in todo)


def _still_current(article: Article, scan: _Scan) -> bool:
    """Whether the article's file still has the size and time it was read at."""
    f = scan.origin.get(article.article_id)
    return f is None or f not in scan.stats or file_stat(f) == scan.stats[f]


def _vectors(batch: list[_Pending], store: Store, embedder: Embedder,
             known: dict[str, np.ndarray], progress: Progress | None = None
             ) -> dict[str, np.ndarray]:
    """Sentence text to vector for every sentence of the batch's new chunks."""
    known = {**known, **_stored_sentence_vectors(store, [i for p in batch for i in p.old_ids])}
    texts = [p.article.text[s:e] for p in batch for c in p.new for s, e in c.sentences]
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        # As the store gives them back, so that a chunk's vector is the same whether its
        # sentences were embedded now or read from an earlier version.
        known.update(zip(missing, stored_precision(embedder.encode(missing, progress)),
                         strict=True))
    return known


def _records(p: _Pending, known: dict[str, np.ndarray]) -> list[ChunkRecord]:
    records = []
    for c, key in zip(p.new, p.new_keys, strict=True):
        sv = np.array([known[p.article.text[s:e]] for s, e in c.sentences])
        records.append(ChunkRecord(chunk=c, key=key, text=p.article.text[c.start : c.end],
                                   vector=mean_direction(sv), sentence_vectors=sv))
    return records


def _stored_sentence_vectors(store: Store, chunk_ids: list[str]) -> dict[str, np.ndarray]:
    """Sentence text to vector, for the sentences of these stored chunks."""
    out = {}
    for c in store.get_chunks(chunk_ids):
        for (s, e), v in zip(c.sentences, c.sentence_vectors, strict=True):
            out[c.text[s - c.start : e - c.start]] = v
    return out



def _remove_missing(scan: _Scan, existing: dict[str, ArticleRecord],
                    store: Store) -> list[str]:
    """Remove the articles of files gone from the folders, and those a file read now no
    longer holds (a record deleted from an archive)."""
    present = {a.article_id for a in scan.articles}
    gone = {e.path for e in scan.gone}
    doomed = []
    for record in existing.values():
        if record.article_id in present or record.path in scan.failed_files:
            continue  # kept, or its file is there but (partly) unreadable now
        if record.path in scan.loaded_files or record.path in gone:
            doomed.append(record)
    if not doomed and not gone:
        return []
    with store.exclusive():
        # A file gone at the scan but back again is left for the next sync to read.
        removed = [r.article_id for r in doomed
                   if not (r.path in gone and os.path.exists(r.path))]
        store.remove_articles(removed)
        store.put_file_entries([], dropped=[p for p in sorted(gone) if not os.path.exists(p)])
        store.commit()
    return removed


def _ids_by_file(scan: _Scan) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = {}
    for article_id, f in scan.origin.items():
        ids.setdefault(f, []).append(article_id)
    return ids


def _record_files(scan: _Scan, store: Store) -> None:
    """Enter each file read cleanly with its size, time and articles, if it has not
    changed since (else the next sync reads it again)."""
    if not scan.stats:
        return
    ids = _ids_by_file(scan)
    with store.exclusive():
        entries = [FileEntry(f, stat, tuple(ids.get(f, ())), READ_VERSION)
                   for f, stat in sorted(scan.stats.items()) if file_stat(f) == stat]
        store.put_file_entries(entries)
