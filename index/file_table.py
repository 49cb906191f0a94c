"""The file table: what the store last read from each file, so that a sync reads only the
files that changed, and removing a folder looks only at what is under it.

Chroma costs about 0.1 ms per record read, whatever the record holds: listing 20k article
records takes 2.5-3.4 s. So the files of a folder are kept in a few records of their own
(kind ``files``, in the articles collection), each a bucket of up to a few dozen files of
one directory: for each file its size, modification time (ns) and the ids of the articles
read from it. A bucket also names every directory above its own (``a0`` = ``/``, ``a1``,
..., its own last), so one filtered read finds every bucket under a folder.

A file whose size and time are those of its entry is not read again. A file new to the table
is entered as *pending* (no size or time) before its articles are written, so that a crash
between the two leaves an entry that the next sync reads again, or removes if the file is
gone; after the write the entry gets its size and time.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["BUCKETS", "FileEntry", "ancestors_filter", "bucket_id", "bucket_metadata",
           "entries_of", "file_stat", "old_bucket_id"]

# Buckets per directory. Chroma reads about 0.1 ms a record, so what a sync of a folder reads
# is the number of buckets under it: 20k files in one directory make 16 buckets of 1,250 files
# (about 90 KB each), and 20k files in 200 directories of 100 make 3,200 buckets of 6 (a
# third of a second; with 256 buckets a directory, as before, those made 19k buckets of one
# or two files, and 2.9 s). A batch of 20 new files in the large directory rewrites about
# 1 MB of buckets, against the seconds its embedding takes.
BUCKETS = 16
FILES_PREFIX = "__files16__."
# Buckets written before (256 a directory): read, and emptied as their files are written
# again, so a store written then needs no conversion.
_OLD_BUCKETS = 256
_OLD_PREFIX = "__files__."

Stat = tuple[int, int]


@dataclass(frozen=True)
class FileEntry:
    """What the store holds from one file: its size and time when read (None while the
    write of its articles is pending), the ids of its articles, and the version of the
    reading that read it (:data:`index.articles.READ_VERSION`; 1 for entries written before
    versions were kept)."""

    path: str
    stat: Stat | None
    article_ids: tuple[str, ...]
    read: int = 1


def file_stat(path: str) -> Stat | None:
    """The size and modification time (ns) of a file, or None if it is gone."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def bucket_id(path: str) -> str:
    """The id of the bucket record holding ``path``'s entry."""
    return _bucket(path, FILES_PREFIX, BUCKETS)


def old_bucket_id(path: str) -> str:
    """The id of the bucket that held ``path``'s entry in a store written before buckets
    were made larger (see BUCKETS)."""
    return _bucket(path, _OLD_PREFIX, _OLD_BUCKETS)


def _bucket(path: str, prefix: str, buckets: int) -> str:
    directory, name = os.path.split(path)
    d = hashlib.sha1(directory.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    b = int(hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8], 16) % buckets
    return f"{prefix}{d}.{b}"


def _ancestors(directory: str) -> list[str]:
    """``/a/b`` -> ``["/", "/a", "/a/b"]``."""
    out = [directory]
    while True:
        parent = os.path.dirname(out[-1])
        if parent == out[-1]:
            break
        out.append(parent)
    return out[::-1]


def ancestors_filter(folder: str) -> dict:
    """The Chroma filter for the buckets of files under ``folder`` (an absolute path)."""
    depth = len(_ancestors(os.path.normpath(folder))) - 1
    return {"$and": [{"kind": "files"}, {f"a{depth}": os.path.normpath(folder)}]}


def entries_of(metadata: Mapping) -> dict[str, FileEntry]:
    """The entries of one bucket record."""
    directory = metadata["dir"]
    out = {}
    for name, (size, mtime, ids, *read) in json.loads(metadata["entries"]).items():
        path = os.path.join(directory, name)
        stat = (size, mtime) if size is not None else None
        out[path] = FileEntry(path, stat, tuple(ids), *read)
    return out


def bucket_metadata(entries: Iterable[FileEntry]) -> dict:
    """The record of one bucket holding ``entries`` (all from one directory)."""
    items = sorted(entries, key=lambda e: e.path)
    directory = os.path.dirname(items[0].path)
    packed = {os.path.basename(e.path): [*(e.stat or (None, None)), list(e.article_ids), e.read]
              for e in items}
    meta: dict = {"kind": "files", "dir": directory, "entries": json.dumps(packed)}
    meta.update({f"a{i}": a for i, a in enumerate(_ancestors(directory))})
    return meta
