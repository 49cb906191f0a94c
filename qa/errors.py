"""The one exception tree of the project.

Every failure a user can cause or meet is one of these; the library raises them, the CLI
prints them as ``error: ...`` lines and the chat app shows them as notifications::

    QAError                      root: catch this to catch everything below
    +-- InputError               a path, file or question the user gave cannot be used
    |   +-- QuestionError        empty, too long, or no words in it
    +-- StoreError               the store cannot be opened, read or written
    |   +-- NoStoreError         a command that only reads found no store at its path
    |   +-- NotAStoreError       the directory holds something that is not a store of ours
    |   +-- StoreBusyError       another process is writing to the store
    |   +-- ServerUnreachableError   a Chroma server did not answer
    +-- ModelError               the bundled embedding model is missing or cannot load
    +-- LLMError                 the user's language model server failed (the answer falls
        |                        back to the extractive one, with this as its notice)
        +-- LLMCancelled         the written answer was cancelled (Escape in the chat)

The indexing stages raise all but :class:`QuestionError`, so those are defined below this
package, in :mod:`index.errors`, and re-exported here. Messages are one line, name the thing
(file, directory, URL, question) and say what to do.
"""

from __future__ import annotations

from index.errors import (
    InputError,
    ModelError,
    NoStoreError,
    NotAStoreError,
    QAError,
    ServerUnreachableError,
    StoreBusyError,
    StoreError,
)

__all__ = [
    "InputError",
    "LLMCancelled",
    "LLMError",
    "ModelError",
    "NoStoreError",
    "NotAStoreError",
    "QAError",
    "QuestionError",
    "ServerUnreachableError",
    "StoreBusyError",
    "StoreError",
]


class QuestionError(InputError):
    """The question is empty, too long, or has no words."""

    title = "Bad question"


class LLMError(QAError):
    """The language model server could not be reached, has no such model, took too long, or
    sent a reply that is not a chat completion; or ``MODEL@URL`` cannot be read."""

    title = "Language model"


class LLMCancelled(LLMError):
    """The written answer was cancelled before it was finished."""

    title = "Cancelled"
