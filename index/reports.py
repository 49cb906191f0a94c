"""What the indexing stages report: progress while they work, and what an ingest changed.

Defined below :mod:`qa`, which re-exports them, because :mod:`index.ingest` makes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["IngestProblem", "IngestReport", "Progress", "Reason", "plural"]

Progress = Callable[[str, int, int], None]
"""A progress callback: ``progress(stage, done, total)``, e.g. ``("embedding", 40, 120)``."""


class Reason(StrEnum):
    """Why a file or record was not indexed: the groups an ingest report lists them in, in
    this order. The value is the group's heading for people."""

    NOT_AN_ARTICLE = "not an article format"
    QUESTIONS = "a question file, not articles"
    EMPTY = "empty"
    BINARY = "binary"
    TOO_BIG = "too big"
    NO_TEXT_LAYER = "no text layer"
    ENCRYPTED = "encrypted"
    BROKEN = "broken"
    UNREADABLE = "unreadable"
    DUPLICATE = "duplicate id"


@dataclass(frozen=True)
class IngestProblem:
    """A file or record that was skipped, and why: ``message`` is one line for people,
    ``reason`` the group it is listed in."""

    source: str
    message: str
    reason: Reason = Reason.BROKEN


@dataclass(frozen=True)
class IngestReport:
    """What one ingest or sync changed in the store."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failed: tuple[IngestProblem, ...] = ()
    skipped: tuple[IngestProblem, ...] = ()
    chunks: int = 0
    embedded: int = 0

    @property
    def changed(self) -> bool:
        """True when the store was written to."""
        return bool(self.added or self.updated or self.removed)

    def by_reason(self) -> dict[Reason, tuple[IngestProblem, ...]]:
        """Every file or record not indexed (``skipped``, then ``failed``), grouped by
        :class:`Reason` in the order of its members; reasons with none are left out."""
        problems = (*self.skipped, *self.failed)
        groups = {r: tuple(p for p in problems if p.reason == r) for r in Reason}
        return {r: group for r, group in groups.items() if group}

    def summary(self) -> str:
        """One line for people: counts of each outcome."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, "
            f"{len(self.failed)} failed, {len(self.skipped)} skipped; "
            f"{plural(self.chunks, 'chunk')} written"
        )


def plural(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``: a count and its noun, for people."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
