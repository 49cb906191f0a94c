"""Question answering over articles, with verbatim cited passages.

>>> from qa import Library
>>> lib = Library("path/to/store")
>>> lib.ingest(["seeds/"])
>>> lib.ask("Who owns the Rock Entertainment Centre?").citations[0].quote

Every public name is importable from here; ``tests/test_public_api.py`` checks the list.
Results are frozen dataclasses whose ``to_dict()`` gives plain values for JSON. The chat
app also uses two helper modules, :mod:`qa.formatting` (answers as text) and
:mod:`qa.watching` (when to sync a folder again).
"""

from index.embeddings import Embedder
from index.reports import Progress
from qa.conversation import Chat, Turn
from qa.errors import (
    InputError,
    LLMCancelled,
    LLMError,
    ModelError,
    NoStoreError,
    NotAStoreError,
    QAError,
    QuestionError,
    ServerUnreachableError,
    StoreBusyError,
    StoreError,
)
from qa.library import Library, LibraryStats
from qa.llm import LocalLLM
from qa.models import (
    Answer,
    ArticleInfo,
    Citation,
    IngestProblem,
    IngestReport,
    Passage,
    ShortAnswer,
    WrittenAnswer,
    WrittenSentence,
)

__all__ = [
    "Answer",
    "ArticleInfo",
    "Chat",
    "Citation",
    "Embedder",
    "IngestProblem",
    "IngestReport",
    "InputError",
    "LLMCancelled",
    "LLMError",
    "Library",
    "LibraryStats",
    "LocalLLM",
    "ModelError",
    "NoStoreError",
    "NotAStoreError",
    "Passage",
    "Progress",
    "QAError",
    "QuestionError",
    "ServerUnreachableError",
    "ShortAnswer",
    "StoreBusyError",
    "StoreError",
    "Turn",
    "WrittenAnswer",
    "WrittenSentence",
]
