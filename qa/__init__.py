"""Question answering over articles, with verbatim cited passages.

>>> from qa import Library
>>> lib = Library("path/to/store")
>>> lib.ingest(["seeds/"])
>>> lib.ask("Who owns the Rock Entertainment Centre?").citations[0].quote

Every public name is importable from here; ``tests/test_public_api.py`` checks the list.
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
from qa.library import Library, LibraryStats
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
