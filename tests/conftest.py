"""Shared fixtures: the real bundled model (loaded once) and real Chroma stores on disk."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from index.embeddings import Embedder  # noqa: E402
from qa import Answer, Library  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILE = next(SEEDS.glob("*.txt"))

# Questions on the seed article, with a phrase the first citation must hold.
SEED_QUESTIONS = [
    ("Who owns the Rock Entertainment Centre?", "Kith Theang"),
    ("How many other people are detained together with Theang?", "17 other people"),
    ("Which newspaper did the police spokesman speak to?", "The Post"),
    ("Where are drugs spreading to from the capital?", "provinces"),
]
UNANSWERABLE = [
    "Who is the prime minister of Japan?",
    "What is the average rainfall in Phnom Penh?",
]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    e = Embedder()
    e.load()
    return e


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma(path: Path, port: int) -> subprocess.Popen:
    """Start ``chroma run`` on 127.0.0.1 and wait for its heartbeat."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    log = open(path.parent / f"chroma-{port}.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([chroma, "run", "--path", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"chroma run did not start; see {log.name}")


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


def assert_quotes_exact(lib: Library, answer: Answer) -> None:
    """The invariants of every answer: each quote is the article's text at its span, and no
    two citations quote the same text twice."""
    for c in answer.citations:
        assert lib.article_text(c.article_id)[c.start : c.end] == c.quote, c
    for a in answer.citations:
        for b in answer.citations:
            assert a is b or a.article_id != b.article_id or a.end <= b.start or b.end <= a.start, \
                (a, b)


def write(path: Path, text: str | bytes) -> Path:
    """Write a test article, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
