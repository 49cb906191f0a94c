"""Chroma's failures (and SQLite's and the network's under it) as our one-line errors.

Each failure is sorted by the type of the exception or of one it was raised from, most
specific first: SQLite's error code (busy, locked, read-only), the network's errors (httpx,
which chromadb's client uses, and the standard library's), file permissions. Chroma's
embedded engine reports SQLite's failures as text in an exception of no telling type, so the
message text is read as a last resort. Whatever is left is a :class:`StoreError` quoting
the first line of the original message.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from index.errors import ServerUnreachableError, StoreBusyError, StoreError

__all__ = ["translate", "translated"]

_UNREACHABLE, _BUSY, _READ_ONLY = "unreachable", "busy", "read-only"
# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_KINDS = {5: _BUSY, 6: _BUSY, 8: _READ_ONLY}  # SQLITE_BUSY, _LOCKED, _READONLY
# The last resort: what the messages say.
_TEXTS = ((_UNREACHABLE, ("connect", "connection refused", "timed out", "name or service")),
          (_BUSY, ("locked", "busy")),
          (_READ_ONLY, ("readonly", "read-only", "permission")))


@contextlib.contextmanager
def translate(location: str) -> Iterator[None]:
    """Turn chromadb, sqlite and network failures inside the block into our errors."""
    try:
        yield
    except StoreError:
        raise
    except Exception as e:
        raise translated(location, e) from None


def translated(location: str, e: Exception) -> StoreError:
    """The :class:`StoreError` for ``e``, raised while using the store at ``location``."""
    kind = next(filter(None, map(_kind_of_type, _chain(e))), None) or _kind_of_text(e)
    if kind == _UNREACHABLE:
        return ServerUnreachableError(f"Chroma server {location} did not answer; "
                                      "check that it runs ('chroma run') and try again")
    if kind == _BUSY:
        return StoreBusyError(f"store {location} is busy (another process is writing); "
                              "try again when it has finished")
    if kind == _READ_ONLY:
        return StoreError(f"store {location} is read-only; "
                          "make it writable or pass another directory with --store")
    first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return StoreError(f"store {location} failed: {first[:200]}; "
                      "if it persists, move the store aside and ingest again")


def _chain(e: BaseException) -> Iterator[BaseException]:
    """``e`` and the exceptions it was raised from or while handling (chromadb raises a
    ValueError while handling httpx's ConnectError, for one)."""
    seen: set[int] = set()
    current: BaseException | None = e
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _kind_of_type(e: BaseException) -> str | None:
    if isinstance(e, sqlite3.Error):
        code = getattr(e, "sqlite_errorcode", None)
        return _SQLITE_KINDS.get(code & 0xFF) if isinstance(code, int) else None
    if isinstance(e, (ConnectionError, TimeoutError)) or _is_network_error(e):
        return _UNREACHABLE
    if isinstance(e, PermissionError):
        return _READ_ONLY
    return None


def _is_network_error(e: BaseException) -> bool:
    try:
        import httpx
    except ImportError:  # pragma: no cover - chromadb depends on it
        return False
    return isinstance(e, httpx.TransportError)


def _kind_of_text(e: Exception) -> str | None:
    text = f"{type(e).__name__}: {e}".lower()
    return next((kind for kind, needles in _TEXTS if any(n in text for n in needles)), None)
