"""The errors of the indexing stages: the root of the project's one exception tree.

They are defined here, below :mod:`qa`, because loading, embedding and storing raise them;
:mod:`qa.errors` re-exports them with the errors of asking and draws the whole tree.
Messages are one line, name the thing (file, directory, URL) and say what to do.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "ModelError",
    "NotAStoreError",
    "QAError",
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


class StoreError(QAError):
    """The store cannot be opened, read or written."""

    title = "Store problem"


class NoStoreError(StoreError):
    """A command that only reads was given a directory with no store in it yet."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


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
