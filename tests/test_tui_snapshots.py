"""Snapshots of the chat app's main states, against the real seed store and model.

After a deliberate change of the look, regenerate and review the SVGs::

    .venv/bin/pytest tests/test_tui_snapshots.py --snapshot-update

The store is a copy of the seed store at ``./store`` in a temporary working directory, so the
status line reads ``store`` rather than a random temporary path; the cursor does not blink.
"""

from __future__ import annotations

import shutil

import pytest

from qa import Library
from tests.helpers import write
from tests.tui_helpers import ask, status_text, wait_until
from tui.app import QAApp
from tui.screens.article import ArticleScreen
from tui.widgets.question_input import QuestionInput

SIZE = (100, 32)
NEWSPAPER = "Which newspaper did the police spokesman speak to?"
JAPAN = "Who is the prime minister of Japan?"


@pytest.fixture
def app(tmp_path, monkeypatch, seed_store, embedder) -> QAApp:
    """The chat app on a copy of the seed store, shown as ``store``."""
    shutil.copytree(seed_store, tmp_path / "store")
    monkeypatch.chdir(tmp_path)
    store = tmp_path / "store"
    return QAApp(lambda: Library(store, embedder=embedder))


@pytest.fixture
def broken_app(tmp_path, monkeypatch, embedder) -> QAApp:
    """The chat app pointed at ``./notastore``, a directory that is not a store."""
    write(tmp_path / "notastore" / "x.bin", b"data")
    monkeypatch.chdir(tmp_path)
    return QAApp(lambda: Library("notastore", embedder=embedder))


async def _settled(pilot) -> None:
    """Wait until the library is open (or failed), with the cursor steady."""
    pilot.app.chat_screen.query_one(QuestionInput).cursor_blink = False
    await wait_until(pilot, lambda: status_text(pilot.app).startswith(("ready", "error")))


async def _answered(pilot, question: str) -> None:
    await _settled(pilot)
    await ask(pilot, question)


def test_empty_chat(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=_settled)


def test_answer_with_citations(snap_compare, app):
    async def run_before(pilot):
        await _answered(pilot, NEWSPAPER)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_answer_at_80x24(snap_compare, app):
    async def run_before(pilot):
        await _answered(pilot, NEWSPAPER)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_article_opened_at_the_citation(snap_compare, app):
    async def run_before(pilot):
        await _answered(pilot, NEWSPAPER)
        await pilot.press("tab", "enter")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen))
        article = pilot.app.screen.query_one("#article")
        await wait_until(pilot, lambda: article.scroll_y > 0)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_abstention(snap_compare, app):
    async def run_before(pilot):
        await _answered(pilot, JAPAN)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_store_that_is_not_a_store(snap_compare, broken_app):
    async def run_before(pilot):
        await _answered(pilot, "Anything?")
        await wait_until(pilot, lambda: bool(pilot.app.screen.query("Toast")))

    assert snap_compare(broken_app, terminal_size=SIZE, run_before=run_before)
