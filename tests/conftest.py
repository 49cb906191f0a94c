"""Shared fixtures: the real bundled model (loaded once) and real Chroma stores on disk."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, embedder) -> Path:
    """A store holding the seed article, ingested once."""
    path = tmp_path_factory.mktemp("seed-store")
    Library(path, embedder=embedder).ingest([SEEDS])
    return path


@pytest.fixture
def seed_library(seed_store, embedder) -> Library:
    """The seed store, opened afresh (read-only use, please)."""
    return Library(seed_store, embedder=embedder)


@pytest.fixture
def library(tmp_path, embedder) -> Library:
    """An empty library in a new temporary store."""
    return Library(tmp_path / "store", embedder=embedder)


def assert_quotes_exact(lib: Library, answer: Answer) -> None:
    """The invariant of every answer: each quote is the article's text at its span."""
    for c in answer.citations:
        assert lib.article_text(c.article_id)[c.start : c.end] == c.quote, c


def write(path: Path, text: str | bytes) -> Path:
    """Write a test article, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
