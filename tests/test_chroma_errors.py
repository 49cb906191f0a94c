"""index.chroma_errors: what goes wrong under the store becomes one of our one-line errors,
sorted by the exception's type (SQLite's codes, the network's errors) before its text."""

import sqlite3

import httpx
import pytest

from index.chroma_errors import translate, translated
from qa import ServerUnreachableError, StoreBusyError, StoreError

pytestmark = pytest.mark.fast


def _sqlite_error(tmp_path, *, read_only: bool) -> sqlite3.Error:
    """A real SQLite error: a write to a database opened read-only, or held by another
    connection."""
    path = tmp_path / "db.sqlite3"
    sqlite3.connect(path, isolation_level=None).execute("CREATE TABLE IF NOT EXISTS t (x)")
    holder = sqlite3.connect(path, isolation_level=None)
    if not read_only:
        holder.execute("BEGIN EXCLUSIVE")
    mode = "ro" if read_only else "rw"
    db = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=0, isolation_level=None)
    try:
        db.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as e:
        return e
    finally:
        holder.close()
        db.close()
    raise AssertionError("the write did not fail")


def test_sqlite_busy_and_read_only_are_told_by_their_codes(tmp_path):
    busy = _sqlite_error(tmp_path, read_only=False)
    assert busy.sqlite_errorname == "SQLITE_BUSY"
    assert isinstance(translated("/s", busy), StoreBusyError)
    read_only = _sqlite_error(tmp_path, read_only=True)
    error = translated("/s", read_only)
    assert type(error) is StoreError and "/s is read-only" in str(error)


def _raised_while_handling(cause: Exception, error: Exception) -> Exception:
    try:
        try:
            raise cause
        except Exception:
            raise error  # noqa: B904 - chromadb raises it this way
    except Exception as e:
        return e


def test_an_unreachable_server_is_told_by_the_network_error_underneath():
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    assert isinstance(translated("http://h:8000", refused), ServerUnreachableError)
    # chromadb's client raises a ValueError while handling httpx's ConnectError.
    wrapped = _raised_while_handling(refused, ValueError("Could not reach it"))
    error = translated("http://h:8000", wrapped)
    assert isinstance(error, ServerUnreachableError)
    assert str(error).startswith("Chroma server http://h:8000 did not answer")
    assert isinstance(translated("u", TimeoutError()), ServerUnreachableError)


def test_permission_denied_is_a_read_only_store():
    error = translated("/s", PermissionError(13, "Permission denied"))
    assert "read-only" in str(error)


def test_the_message_text_is_the_last_resort():
    # Chroma's embedded engine reports SQLite's failures as text only.
    assert isinstance(translated("/s", RuntimeError("error: database is locked")),
                      StoreBusyError)
    other = translated("/s", RuntimeError("something odd\nwith a second line"))
    assert type(other) is StoreError
    assert str(other) == ("store /s failed: something odd; "
                          "if it persists, move the store aside and ingest again")


def test_our_own_errors_pass_through():
    with pytest.raises(StoreBusyError, match="held by PID 7"):
        with translate("/s"):
            raise StoreBusyError("store /s is busy (held by PID 7)")
    with pytest.raises(StoreError, match="failed: KeyError"):
        with translate("/s"):
            raise KeyError()
