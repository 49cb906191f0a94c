"""Shared fixtures: the real bundled model (loaded once) and real Chroma stores on disk.

Constants and helpers that tests import live in ``tests/helpers.py``.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from qa import Embedder, Library  # noqa: E402
from tests.helpers import SEEDS, free_port, start_chroma  # noqa: E402

# Folders this run made outside pytest's own temporary folders, removed when it ends.
_made: dict[str, str] = {}


def pytest_configure(config: pytest.Config) -> None:
    """Readers of the tests' Chroma servers (a new port each run) keep their BM25 segments
    in a temporary folder, not in the user's cache, where each run would leave dozens."""
    import tempfile

    if "QA_SERVER_CACHE" not in os.environ:
        _made["server_cache"] = tempfile.mkdtemp(prefix="qa-test-server-cache-")
        os.environ["QA_SERVER_CACHE"] = _made["server_cache"]


def pytest_collection_finish(session: pytest.Session) -> None:
    """When the packaging test is to run, start its venv and export now, in a thread: they
    are mostly downloads, unpacking and one process's work, which the rest of the run (about
    one core busy) leaves room for. So for the language model server of tests/test_llm.py.

    Under pytest-xdist (``make test``: two processes) every process collects every test, so
    the first starts the server and the second the packaging check; a process that runs the
    other's tests starts what they need when they need it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker in (None, "gw1") and any(item.get_closest_marker("packaging")
                                       for item in session.items):
        from tests.test_packaging import start_in_background

        start_in_background()
    if worker in (None, "gw0") and any(item.nodeid.startswith("tests/test_llm.py")
                                       for item in session.items):
        import tempfile

        from tests.llm_server import start_early

        _made["llm_log"] = tempfile.mkdtemp(prefix="qa-llm-")
        start_early(Path(_made["llm_log"]) / "serve.log")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Stop the early language model server if its tests did not run, drop the early
    packaging check's files if its test did not use them, and the folders this run made."""
    import sys

    from tests.llm_server import stop_early

    stop_early()
    if "tests.test_packaging" in sys.modules:
        sys.modules["tests.test_packaging"].discard_unused()
    import shutil

    for name, folder in _made.items():
        # the server's log stays when a test failed: it may say why
        if name != "llm_log" or not session.testsfailed:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    e = Embedder()
    e.load()
    return e


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server for the whole run, stopped at the end."""
    path = tmp_path_factory.mktemp("chroma-server") / "data"
    port = free_port()
    proc = start_chroma(path, port)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


BACKENDS = ["embedded", "server"]


@pytest.fixture(scope="session", params=BACKENDS)
def seed_backend(request, tmp_path_factory, embedder):
    """Where the seed article is indexed once per backend: a store directory or a server."""
    if request.param == "embedded":
        path = tmp_path_factory.mktemp("seed-store")
        Library(path, embedder=embedder).ingest([SEEDS])
        return lambda: Library(path, embedder=embedder)
    url = request.getfixturevalue("chroma_server")
    Library.connect(url, embedder=embedder, name="seeds").ingest([SEEDS])
    return lambda: Library.connect(url, embedder=embedder, name="seeds")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, embedder) -> Path:
    """An embedded store holding the seed article (for the CLI and the chat app)."""
    path = tmp_path_factory.mktemp("seed-store-cli")
    Library(path, embedder=embedder).ingest([SEEDS])
    return path


@pytest.fixture
def seed_library(seed_backend) -> Library:
    """The seed article's library, embedded and on a server (read-only use, please)."""
    return seed_backend()


@pytest.fixture(params=BACKENDS)
def open_library(request, tmp_path, embedder):
    """A factory for one new, empty library: embedded in a temporary directory, or a
    fresh name on the test server. Calling it again reopens the same library."""
    if request.param == "embedded":
        return lambda: Library(tmp_path / "store", embedder=embedder)
    url = request.getfixturevalue("chroma_server")
    name = f"t-{uuid.uuid4().hex[:12]}"
    return lambda: Library.connect(url, embedder=embedder, name=name)


@pytest.fixture
def library(open_library) -> Library:
    """A new, empty library, embedded and on a server."""
    return open_library()
