"""The store's format: the version this program reads, and the marker file of a store.

An embedded store's directory holds ``qa-store.json`` (the marker) with the format version;
the store's ``__meta__`` record holds it too, for stores on a server. A directory with
anything else in it is never written to, and a store of another format is refused with a
message, not converted. Folder walks (:func:`index.articles.find_files`) skip directories
that hold the marker, so a store may live inside a corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

from index.errors import NotAStoreError, StoreError

__all__ = ["DATABASE", "FORMAT", "MARKER", "other_format", "prepare_directory"]

FORMAT = 4
MARKER = "qa-store.json"
DATABASE = "chroma.sqlite3"  # Chroma's own file in an embedded store


def other_format(location: str, found: object) -> NotAStoreError:
    """The error for a store written by another version of this program."""
    return NotAStoreError(f"store {location} was written by another version (format {found}, "
                          f"this program reads {FORMAT}); use a new store directory "
                          "and ingest again")


def prepare_directory(path: Path) -> None:
    """Create a new store directory, or check that an existing one is ours."""
    if path.exists() and not path.is_dir():
        raise NotAStoreError(f"{path} is a file, not a store directory; "
                             "pass a directory with --store")
    marker = path / MARKER
    if path.is_dir() and any(path.iterdir()) and not marker.exists():
        raise NotAStoreError(f"{path} is not a qa store (no {MARKER} in it) and is not empty; "
                             "pass --store a store that 'qa ingest' made, or an empty or new "
                             "directory for a new one")
    if marker.exists():
        try:
            fmt = json.loads(marker.read_text()).get("format")
        except (OSError, ValueError, AttributeError):
            raise NotAStoreError(f"{marker} is damaged; use a new store directory "
                                 "and ingest again") from None
        if fmt != FORMAT:
            raise other_format(str(path), fmt)
        database = path / DATABASE
        if database.is_file() and database.stat().st_size == 0:
            # Emptied (a full disk, a copy cut short): opened, Chroma would make a new
            # database in it and the store would read as one with no articles (a new
            # user's trial, stop 37, saw "no articles in ... yet" and the file rewritten).
            raise StoreError(f"{database} is empty, so the store is damaged; move {path} "
                             "aside and ingest again")
        return
    try:
        path.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"format": FORMAT, "created_by": "qa-articles"}) + "\n")
    except OSError as e:
        raise StoreError(f"cannot create a store in {path} ({e.strerror or e}); "
                         "pass a writable directory with --store") from None
