"""What the indexing stages report: progress while they work, and what an ingest changed.

Defined below :mod:`qa`, which re-exports them, because :mod:`index.ingest` makes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["IngestProblem", "IngestReport", "Progress", "plural"]

Progress = Callable[[str, int, int], None]
"""A progress callback: ``progress(stage, done, total)``, e.g. ``("embedding", 40, 120)``."""


@dataclass(frozen=True)
class IngestProblem:
    """A file or record that was skipped, and why."""

    source: str
    message: str


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
