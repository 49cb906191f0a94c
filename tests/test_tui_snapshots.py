"""Snapshots of the chat app's main states, against the real seed store and model.

After a deliberate change of the look, regenerate and review the SVGs::

    .venv/bin/pytest tests/test_tui_snapshots.py --snapshot-update

The store is a copy of the seed store at ``./store`` in a temporary working directory, so the
status line reads ``store`` rather than a random temporary path; the cursor does not blink.
"""

from __future__ import annotations

import shutil

import pytest

from qa import Library, ShortAnswer
from tests.fake_library import FakeArticle, FakeLibrary, cited_answer
from tests.helpers import write
from tests.tui_helpers import ask, reader, status_text, wait_until
from tui.app import QAApp
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
        article = (await reader(pilot)).query_one("#article")
        await wait_until(pilot, lambda: article.scroll_y > 0)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_abstention(snap_compare, app):
    async def run_before(pilot):
        await _answered(pilot, JAPAN)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_store_that_is_not_a_store(snap_compare, broken_app):
    async def run_before(pilot):
        await _answered(pilot, "Anything?")
        await wait_until(pilot, lambda: bool(pilot.app.chat_screen.status.notice_text))

    assert snap_compare(broken_app, terminal_size=SIZE, run_before=run_before)


SPOKESMAN = ("National Police spokesman Chhay Kim Khoeun told The Post on Wednesday that he "
             "could not yet confirm how many police officers were involved in the Rock club "
             "drugs case as arrests would be made step by step.")


def test_short_answer(snap_compare):
    """A hand-made answer with a short answer (the reader's, issue 12): bold above the card,
    marked in the quote."""
    rock = FakeArticle("/news/rock.txt", "Drugs at the Rock", "news/rock.txt",
                       f"Police raided the Rock.\n\n{SPOKESMAN}")
    at = rock.text.index("Chhay")
    question = "Who is the police spokesman?"
    answer = cited_answer(question, rock.cite(1, SPOKESMAN),
                          short=ShortAnswer("Chhay Kim Khoeun", at, at + 16, 1))
    app = QAApp(lambda: FakeLibrary(articles_held=[rock], answers={question: answer}))

    async def run_before(pilot):
        await _answered(pilot, question)

    assert snap_compare(app, terminal_size=(80, 20), run_before=run_before)
