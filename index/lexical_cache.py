"""The BM25 segments of one library, kept in step with its store and saved beside it.

Chroma is the source of truth. The segments (:class:`index.lexical.Segment`) live in a
directory beside an embedded store, or in the user cache for a library on a server (each
reading machine keeps its own), with a manifest naming them, the chunks dead in each, and
the store's id and sequence number they are up to date with.

Bringing them up to date costs what changed: the store's change records after the
manifest's sequence number name the articles written since; only those articles' records
are read; the chunks they no longer list are marked dead where they are, and the ones they
list that no segment holds are read from the store into one new segment. Segments are then
merged the way Lucene's tiered policy does: when :data:`MERGE_FACTOR` segments of about the
same size (the same power of it in live rows) exist, they become one, so every row is
rewritten about once per power of eight the index grows by; and a segment whose dead rows
pass :data:`DEAD_SHARE` is rewritten without them. A full build from the store happens only
for a new reader, or one so far behind that the store no longer keeps its change records.

Several processes may share the directory (readers of one store, a chat and an ingest):
updates are made under a file lock and the manifest is replaced atomically; segments are
immutable, and a reader that finds one merged away reads the manifest again. Where the
directory cannot be written (a read-only store), the segments are kept in memory.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.lexical import LexicalIndex, Segment
from index.records import article_of
from index.store import Store, StoreState

__all__ = ["DEAD_SHARE", "MERGE_FACTOR", "LexicalCache", "Manifest"]

_FORMAT = 3
MERGE_FACTOR = 8
DEAD_SHARE = 0.3
_LOCK_WAIT_SECONDS = 60.0

Parts = tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True)
class Manifest:
    """The segments (name, dead chunk ids) up to date with one state of one store."""

    store_id: str
    seq: int
    segments: Parts

    def matches(self, state: StoreState) -> bool:
        """Whether it is up to date with ``state``."""
        return self.store_id == state.store_id and self.seq == state.seq


class LexicalCache:
    """A library's BM25 segments in ``directory``, brought up to date on demand."""

    def __init__(self, store: Store, directory: Path) -> None:
        self.store = store
        self.directory = directory
        self._segments: dict[str, Segment] = {}  # loaded or built in this process
        self._memory: Manifest | None = None  # the newest this process made or read
        # live rows of a segment with so many dead chunks (segments are immutable and their
        # dead sets only grow): saved in the manifest, so that adding an article does not
        # read the ids of a segment with dead chunks to count them again
        self._live: dict[tuple[str, int], int] = {}

    def index(self, state: StoreState) -> LexicalIndex:
        """The index up to date with ``state``."""
        for _ in range(3):
            manifest = self.update(state)
            try:
                parts = [(self._segment(name), dead) for name, dead in manifest.segments]
            except OSError:  # merged away by another process since: read the manifest again
                self._memory = None
                continue
            return LexicalIndex(f"{state.store_id}.{state.seq}", parts)
        return LexicalIndex(f"{state.store_id}.{state.seq}", [])  # pragma: no cover

    def update(self, state: StoreState) -> Manifest:
        """Bring the segments up to date with ``state`` (saving them if the directory can be
        written); the manifest."""
        known = self._newest()
        if known is not None and known.matches(state):
            return known
        with self._locked() as locked:
            if locked:
                known = self._newest()
                if known is not None and known.matches(state):
                    return known
            manifest = self._catch_up(known, state)
            if locked:
                self._save(manifest)
            self._memory = manifest
            return manifest

    # -- bringing up to date -------------------------------------------------------------

    def _catch_up(self, known: Manifest | None, state: StoreState) -> Manifest:
        if known is None or known.store_id != state.store_id or known.seq > state.seq:
            return self._rebuild(state)
        touched = self.store.changes(known.seq, state.seq)
        if touched is None:
            return self._rebuild(state)
        parts = list(known.segments)
        if touched:
            parts = self._apply(parts, touched)
        return Manifest(state.store_id, state.seq, self._merge(parts))

    def _apply(self, parts: list[tuple[str, frozenset[str]]],
               touched: set[str]) -> list[tuple[str, frozenset[str]]]:
        """Mark dead the chunks the touched articles no longer list, and index the ones
        they list that no segment holds, as a new segment."""
        listed = self.store.current_chunk_ids(sorted(touched))
        want = set().union(*listed.values()) if listed else set()
        held: dict[str, int] = {}
        for si, (name, dead) in enumerate(parts):
            segment = self._segment(name)
            if segment.may_hold(touched):  # (a new article's chunks are in none)
                held.update((c, si) for c in segment.chunk_ids
                            if c not in dead and article_of(c) in touched)
        dead_now: dict[int, set[str]] = {}
        for c, si in held.items():
            if c not in want:
                dead_now.setdefault(si, set()).add(c)
        parts = [(name, dead | dead_now.get(si, set())) for si, (name, dead) in enumerate(parts)]
        fresh = [c for c in sorted(want) if c not in held]
        if fresh:
            segment = Segment.build(_new_name(), self.store.chunk_texts(fresh))
            self._segments[segment.name] = segment
            parts.append((segment.name, frozenset()))
        return parts

    def _rebuild(self, state: StoreState) -> Manifest:
        segment = Segment.build(_new_name(), self.store.chunk_texts(self.store.listed_chunks()))
        self._segments[segment.name] = segment
        return Manifest(state.store_id, state.seq, ((segment.name, frozenset()),))

    def _merge(self, parts: list[tuple[str, frozenset[str]]]) -> Parts:
        """Merge segments of the same size class, and rewrite those mostly dead."""
        while True:
            sizes = [(self._live_rows(name, dead), self._segment(name).rows)
                     for name, dead in parts]
            parts = [p for p, (live, _) in zip(parts, sizes, strict=True) if live]
            sizes = [s for s in sizes if s[0]]
            group = _mostly_dead(sizes) or _same_size([live for live, _ in sizes])
            if group is None:
                return tuple(parts)
            segment = Segment.merge(_new_name(), [(self._segment(parts[i][0]), parts[i][1])
                                                  for i in group])
            self._segments[segment.name] = segment
            keep = [p for i, p in enumerate(parts) if i not in group]
            keep.insert(group[0], (segment.name, frozenset()))
            parts = keep

    def _live_rows(self, name: str, dead: frozenset[str]) -> int:
        key = (name, len(dead))
        if key not in self._live:
            self._live[key] = _count_live_rows(self._segment(name), dead)
        return self._live[key]

    # -- the directory -------------------------------------------------------------------

    def _segment(self, name: str) -> Segment:
        segment = self._segments.get(name)
        if segment is None:
            segment = self._segments[name] = Segment.load(self.directory, name)
        return segment

    def _newest(self) -> Manifest | None:
        saved = self._read()
        if self._memory is None:
            return saved
        if saved is None or saved.store_id != self._memory.store_id:
            return self._memory
        return saved if saved.seq >= self._memory.seq else self._memory

    def _read(self) -> Manifest | None:
        try:
            data = json.loads((self.directory / "manifest.json").read_text())
            if data.get("format") != _FORMAT:
                return None
            manifest = Manifest(data["store"], int(data["seq"]), tuple(
                (s["name"], frozenset(s["dead"])) for s in data["segments"]))
            self._live.update(((s["name"], len(s["dead"])), int(s["live"]))
                              for s in data["segments"] if "live" in s)
            return manifest
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: rebuilt

    def _save(self, manifest: Manifest) -> None:
        try:
            for name, _ in manifest.segments:
                if not (self.directory / name).exists():
                    self._segments[name].save(self.directory)
            partial = self.directory / f"manifest.{os.getpid()}.tmp"
            partial.write_text(json.dumps({
                "format": _FORMAT, "store": manifest.store_id, "seq": manifest.seq,
                "segments": [{"name": n, "dead": sorted(d), "live": self._live_rows(n, d)}
                             for n, d in manifest.segments]}))
            partial.replace(self.directory / "manifest.json")
            self._collect(manifest)
        except OSError:
            pass  # a full or read-only disk: answer from memory now, save next time

    def _collect(self, manifest: Manifest) -> None:
        """Delete what the manifest no longer names (readers that mapped a segment keep
        reading it; one that had yet to open it reads the manifest again)."""
        named = {name for name, _ in manifest.segments} | {"manifest.json", "lock"}
        for path in self.directory.iterdir():
            if path.name not in named:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(
                    missing_ok=True)
        for name in list(self._segments):
            if name not in named:
                del self._segments[name]

    @contextlib.contextmanager
    def _locked(self) -> Iterator[bool]:
        """Hold the directory's update lock; yields False if it cannot be had (the
        directory is read-only, or another process held it for a minute)."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.directory / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            yield False
            return
        try:
            deadline = time.monotonic() + _LOCK_WAIT_SECONDS
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        yield False
                        return
                    time.sleep(0.05)
            try:
                yield True
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _new_name() -> str:
    return f"seg-{uuid.uuid4().hex[:16]}"


def _count_live_rows(segment: Segment, dead: frozenset[str]) -> int:
    if not dead:
        return segment.rows
    index = segment.chunk_index()
    gone = np.array([index[c] for c in dead if c in index], dtype=np.int64)
    return segment.rows - int(np.sum(np.diff(segment.chunk_rows)[gone]))


def _mostly_dead(sizes: list[tuple[int, int]]) -> list[int] | None:
    """A segment whose dead rows pass DEAD_SHARE of its rows, to rewrite alone."""
    for i, (live, rows) in enumerate(sizes):
        if 1 - live / rows > DEAD_SHARE:
            return [i]
    return None


def _same_size(live: list[int]) -> list[int] | None:
    """MERGE_FACTOR segments of the same size class (power of MERGE_FACTOR in live rows)."""
    levels: dict[int, list[int]] = {}
    for i, rows in enumerate(live):
        level = int(np.log(max(rows, 1)) / np.log(MERGE_FACTOR))
        levels.setdefault(level, []).append(i)
        if len(levels[level]) >= MERGE_FACTOR:
            return levels[level]
    return None
