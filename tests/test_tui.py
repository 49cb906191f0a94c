"""The chat app, driven headlessly with Textual's pilot against a real store and model."""

import threading

from textual.widgets import Input, Static

from qa import Library
from tests.conftest import write
from tests.tui_helpers import run, wait_until
from tui.app import QAApp
from tui.screens.article import ArticleParagraph, ArticleScreen
from tui.screens.chat import ChatScreen
from tui.screens.help import HelpScreen
from tui.widgets.citation import CitationCard
from tui.widgets.exchange import Exchange


def _app(store, embedder, ingest=(), gate: threading.Event | None = None) -> QAApp:
    def open_library():
        if gate:
            gate.wait(30)
        return Library(store, embedder=embedder)

    return QAApp(open_library, ingest=ingest)


def _status(app) -> str:
    return str(app.screen.query_one("#status-text", Static).render())


async def _ask(pilot, question: str) -> Exchange:
    await pilot.click("#question")
    pilot.app.screen.query_one("#question", Input).value = question
    await pilot.press("enter")
    exchange = pilot.app.screen.query(Exchange).last()
    await wait_until(pilot, lambda: exchange.answer is not None or exchange.has_class("failed"))
    return exchange


def test_screen_paints_and_takes_input_before_the_library_is_ready(seed_store, embedder):
    gate = threading.Event()

    async def body():
        app = _app(seed_store, embedder, gate=gate)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            assert "opening" in _status(app)
            assert app.focused is app.screen.query_one("#question")
            await pilot.press(*"Who owns the Rock Entertainment Centre?", "enter")
            exchange = app.screen.query(Exchange).last()
            assert exchange.answer is None  # waiting for the library, screen not frozen
            gate.set()
            await wait_until(pilot, lambda: exchange.answer is not None)
            assert "Kith Theang" in exchange.answer.citations[0].quote
            await wait_until(pilot, lambda: "ready" in _status(app))
            assert "1 articles" in _status(app)

    run(body())


def test_answer_shows_citations_and_opens_the_article_at_the_quote(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test(size=(100, 40)) as pilot:
            exchange = await _ask(pilot, "Which newspaper did the police spokesman speak to?")
            cards = exchange.query(CitationCard)
            assert len(cards) == len(exchange.answer.citations) >= 1
            assert "The Post" in str(cards.first().render())
            await pilot.press("tab")
            assert isinstance(app.focused, CitationCard)
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
            cited = app.screen.query(ArticleParagraph).filter(".cited").first()
            citation = exchange.answer.citations[0]
            assert citation.quote in cited.text
            await pilot.press("escape")
            assert isinstance(app.screen, ChatScreen)
            await pilot.press("escape", "tab", "1")  # leave the input; 1 opens citation [1]
            await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))

    run(body())


def test_abstention_is_a_distinct_message_without_citations(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            exchange = await _ask(pilot, "Who is the prime minister of Japan?")
            assert exchange.answer.abstained
            assert exchange.has_class("abstained")
            assert not exchange.query(CitationCard)
            assert exchange.query(".no-answer")

    run(body())


def test_follow_up_and_history(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            await _ask(pilot, "Who owns the Rock Entertainment Centre?")
            second = await _ask(pilot, "What was he charged with?")
            assert "charged Theang" in second.answer.citations[0].quote
            box = app.screen.query_one("#question", Input)
            await pilot.press("up")
            assert box.value == "What was he charged with?"
            await pilot.press("up")
            assert box.value == "Who owns the Rock Entertainment Centre?"
            await pilot.press("ctrl+n")
            assert not app.screen.query(Exchange)
            assert app.screen.chat.turns == []

    run(body())


def test_ingest_from_inside_the_app_and_errors_as_notifications(tmp_path, embedder):
    folder = tmp_path / "more"
    write(folder / "bridge.txt", "Bridge Reopens\n\nThe harbour bridge reopened on Monday "
                                 "after six months of repairs, said engineer Mara Lind.")

    async def body():
        app = _app(tmp_path / "store", embedder)
        async with app.run_test() as pilot:
            await wait_until(pilot, lambda: "ready" in _status(app))
            assert "0 articles" in _status(app)
            await pilot.click("#question")
            app.screen.query_one("#question", Input).value = f"/ingest {folder}"
            await pilot.press("enter")
            await wait_until(pilot, lambda: "1 articles" in _status(app))
            exchange = await _ask(pilot, "Who is the engineer?")
            assert "Mara Lind" in exchange.answer.citations[0].quote
            app.screen.query_one("#question", Input).value = "/ingest /no/such/folder"
            await pilot.press("enter")
            await wait_until(pilot, lambda: any(n.severity == "error"
                                                for n in app._notifications))
            note = next(n for n in app._notifications if n.severity == "error")
            assert "/no/such/folder does not exist" in note.message
            assert app.is_running

    run(body())


def test_broken_store_is_shown_not_fatal(tmp_path, embedder):
    write(tmp_path / "notastore" / "x.bin", b"data")

    async def body():
        app = _app(tmp_path / "notastore", embedder)
        async with app.run_test() as pilot:
            await wait_until(pilot, lambda: "error" in _status(app))
            assert "not a qa store" in _status(app)
            exchange = await _ask(pilot, "Anything?")
            assert exchange.has_class("failed")
            assert app.is_running

    run(body())


def test_help_and_articles_commands(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            await pilot.press(*"/help", "enter")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            await pilot.press(*"/articles", "enter")
            await wait_until(pilot, lambda: bool(app.screen.query(".note")))
            assert "1 articles indexed" in str(app.screen.query(".note").last().render())

    run(body())
