"""What the tests share besides fixtures: the seed questions, test servers, checks.

Tests import these from here (never from ``conftest``, which holds only fixtures).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from qa import Answer, Library

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
