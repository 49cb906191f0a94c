"""The one exception tree of the project.

Every failure a user can cause or meet is one of these; the library raises them, the CLI
prints them as ``error: ...`` lines and the chat app shows them as notifications::

    QAError                      root: catch this to catch everything below
    +-- InputError               a path, file or question the user gave cannot be used
    |   +-- QuestionError        empty, too long, or no words in it
    +-- StoreError               the store cannot be opened, read or written
    |   +-- NotAStoreError       the directory holds something that is not a store of ours
    |   +-- StoreBusyError       another process is writing to the store
    |   +-- ServerUnreachableError   a Chroma server did not answer
    +-- ModelError               the bundled embedding model is missing or cannot load

Messages are one line, name the thing (file, directory, URL, question) and say what to do.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "ModelError",
    "NotAStoreError",
    "QAError",
    "QuestionError",
    "ServerUnreachableError",
    "StoreBusyError",
    "StoreError",
]


class QAError(Exception):
    """Root of every error this project raises on purpose."""

    title = "Error"


class InputError(QAError):
    """A path, file or question given by the user cannot be used."""

    title = "Bad input"


class QuestionError(InputError):
    """The question is empty, too long, or has no words."""

    title = "Bad question"


class StoreError(QAError):
    """The store cannot be opened, read or written."""

    title = "Store problem"


class NotAStoreError(StoreError):
    """The directory exists and holds something that is not a store of ours."""


class StoreBusyError(StoreError):
    """Another process holds the store's write lock."""

    title = "Store busy"


class ServerUnreachableError(StoreError):
    """A Chroma server did not answer."""

    title = "Server unreachable"


class ModelError(QAError):
    """The bundled embedding model is missing or failed to load."""

    title = "Model problem"
