"""Question answering over articles, with verbatim cited passages.

>>> from qa import Library
>>> lib = Library("path/to/store")
>>> lib.ingest(["seeds/"])
>>> lib.ask("Who owns the Rock Entertainment Centre?").citations[0].quote
"""

from qa.errors import (
    InputError,
    ModelError,
    NotAStoreError,
    QAError,
    QuestionError,
    ServerUnreachableError,
    StoreBusyError,
    StoreError,
)
from qa.models import Answer, ArticleInfo, Citation, IngestProblem, IngestReport, Passage

__all__ = [
    "Answer",
    "ArticleInfo",
    "Citation",
    "IngestProblem",
    "IngestReport",
    "InputError",
    "Library",
    "LibraryStats",
    "ModelError",
    "NotAStoreError",
    "Passage",
    "QAError",
    "QuestionError",
    "ServerUnreachableError",
    "StoreBusyError",
    "StoreError",
]


def __getattr__(name: str):
    # The library is imported on first use: the ``index`` stages import ``qa.errors``, and
    # loading ``qa.library`` eagerly here would make that import circular.
    if name in ("Library", "LibraryStats"):
        from qa import library

        return getattr(library, name)
    raise AttributeError(f"module 'qa' has no attribute {name!r}")
