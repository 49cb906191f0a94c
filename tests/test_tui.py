"""The chat app, driven headlessly with Textual's pilot against a real store and model."""

import threading

from textual.command import CommandList
from textual.widgets import Footer, Input, ProgressBar

from qa import Library
from qa.formatting import answer_plain
from tests.helpers import write
from tests.tui_helpers import RecordingApp, ask, enter, reader, run, status_text, wait_until
from tui.app import QAApp
from tui.screens.article import ArticleParagraph
from tui.screens.chat import ChatScreen
from tui.screens.help import HelpScreen
from tui.widgets.citation import CitationCard
from tui.widgets.exchange import Exchange
from tui.widgets.status import StatusLine, short_location


def _app(store, embedder, ingest=(), gate: threading.Event | None = None) -> RecordingApp:
    def open_library():
        if gate:
            gate.wait(30)
        return Library(store, embedder=embedder)

    return RecordingApp(open_library, ingest=ingest)


def test_screen_paints_and_takes_input_before_the_library_is_ready(seed_store, embedder):
    gate = threading.Event()

    async def body():
        app = _app(seed_store, embedder, gate=gate)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ChatScreen)
            assert "opening" in status_text(app)
            assert app.focused is app.screen.query_one("#question")
            await pilot.press(*"Who owns the Rock Entertainment Centre?", "enter")
            exchange = app.screen.query(Exchange).last()
            assert exchange.answer is None  # waiting for the library, screen not frozen
            gate.set()
            await wait_until(pilot, lambda: exchange.answer is not None)
            assert "Kith Theang" in exchange.answer.citations[0].quote
            await wait_until(pilot, lambda: "ready" in status_text(app))
            assert "1 article," in status_text(app)

    run(body())


def test_answer_shows_citations_and_opens_the_article_at_the_quote(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test(size=(100, 40)) as pilot:
            exchange = await ask(pilot, "Which newspaper did the police spokesman speak to?")
            cards = exchange.query(CitationCard)
            assert len(cards) == len(exchange.answer.citations) >= 1
            assert "The Post" in str(cards.first().render())
            await pilot.press("tab")
            assert isinstance(app.focused, CitationCard)
            await pilot.press("enter")
            await reader(pilot)
            cited = app.screen.query(ArticleParagraph).filter(".cited").first()
            citation = exchange.answer.citations[0]
            assert citation.quote in cited.text
            await pilot.press("escape")
            assert isinstance(app.screen, ChatScreen)
            await pilot.press("escape", "tab", "1")  # leave the input; 1 opens citation [1]
            await reader(pilot)

    run(body())


def test_abstention_is_a_distinct_message_without_citations(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            exchange = await ask(pilot, "Who is the prime minister of Japan?")
            assert exchange.answer.abstained
            assert exchange.has_class("abstained")
            assert not exchange.query(CitationCard)
            assert exchange.query(".no-answer")

    run(body())


def test_follow_up_and_history(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            await ask(pilot, "Who owns the Rock Entertainment Centre?")
            second = await ask(pilot, "What was he charged with?")
            assert "charged Theang" in second.answer.citations[0].quote
            box = app.screen.query_one("#question", Input)
            await pilot.press("up")
            assert box.value == "What was he charged with?"
            await pilot.press("up")
            assert box.value == "Who owns the Rock Entertainment Centre?"
            await pilot.press("ctrl+n")
            assert not app.screen.query(Exchange)
            assert app.screen.controller.turns == []

    run(body())


def test_ingest_from_inside_the_app_and_errors_as_notifications(tmp_path, embedder):
    folder = tmp_path / "more"
    write(folder / "bridge.txt", "Bridge Reopens\n\nThe harbour bridge reopened on Monday "
                                 "after six months of repairs, said engineer Mara Lind.")

    async def body():
        app = _app(tmp_path / "store", embedder)
        async with app.run_test() as pilot:
            await wait_until(pilot, lambda: "ready" in status_text(app))
            assert "0 articles" in status_text(app)
            await enter(pilot, f"/ingest {folder}")
            await wait_until(pilot, lambda: "1 article," in status_text(app))
            exchange = await ask(pilot, "Who is the engineer?")
            assert "Mara Lind" in exchange.answer.citations[0].quote
            await enter(pilot, "/ingest /no/such/folder")
            await wait_until(pilot, lambda: any(s == "error" for s, _ in app.notified))
            message = next(m for s, m in app.notified if s == "error")
            assert "/no/such/folder does not exist" in message
            assert app.is_running

    run(body())


def test_broken_store_is_shown_not_fatal(tmp_path, embedder):
    write(tmp_path / "notastore" / "x.bin", b"data")

    async def body():
        app = _app(tmp_path / "notastore", embedder)
        async with app.run_test() as pilot:
            await wait_until(pilot, lambda: "error" in status_text(app))
            assert "not a qa store" in status_text(app)
            exchange = await ask(pilot, "Anything?")
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
            assert "1 article indexed" in str(app.screen.query(".note").last().render())

    run(body())


def test_export_writes_the_conversation_as_markdown(seed_store, embedder, tmp_path):
    target = tmp_path / "chat.md"

    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            exchange = await ask(pilot, "Who owns the Rock Entertainment Centre?")
            await enter(pilot, f"/export {target}")
            await wait_until(pilot, target.exists)
            text = target.read_text(encoding="utf-8")
            answer = exchange.answer
            assert "## Who owns the Rock Entertainment Centre?" in text
            assert answer.short is not None  # "Kith Theang", in bold
            assert f"**{answer.short.text}** [{answer.short.n}]" in text
            assert f"({answer.citations[0].source}" in text
            assert answer.citations[0].quote in text

    run(body())


def test_ctrl_y_copies_the_answer_with_its_citations(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            exchange = await ask(pilot, "Which newspaper did the police spokesman speak to?")
            await pilot.press("ctrl+y")
            citation = exchange.answer.citations[0]
            assert app.clipboard == answer_plain(exchange.answer)
            assert f"\u2014 article: {citation.title} ({citation.source}" in app.clipboard
            assert citation.quote in app.clipboard

    run(body())


def test_ingest_shows_a_progress_bar_that_moves(tmp_path, embedder):
    folder = tmp_path / "news"
    for i in range(6):
        write(folder / f"story{i}.txt", f"Story {i}\n\nReporter {i} wrote about harbour {i}.")
    seen: list[tuple[float, float | None, bool]] = []

    async def body():
        app = _app(tmp_path / "store", embedder)
        async with app.run_test() as pilot:
            await wait_until(pilot, lambda: "ready" in status_text(app))
            status = app.screen.query_one(StatusLine)
            bar = status.query_one(ProgressBar)
            app.screen.watch(bar, "progress", lambda value: seen.append(
                (value, bar.total, status.has_class("busy"))), init=False)
            await enter(pilot, f"/ingest {folder}")
            await wait_until(pilot, lambda: "6 articles" in status_text(app))
            assert not status.has_class("busy")  # the bar is hidden again

    run(body())
    assert seen[:6] == [(i, 6, True) for i in range(1, 7)]  # one step per file read
    assert all(busy for _, _, busy in seen)


def test_footer_shows_every_binding_within_80_columns(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test(size=(80, 24)) as pilot:
            await ask(pilot, "Which newspaper did the police spokesman speak to?")
            await _footer_shows(pilot, app, ["Citations", "New", "Copy", "Save", "Articles",
                                             "Help", "Quit", "palette"])
            await pilot.press("tab")  # on a citation: Escape and 1-9 instead of Tab
            await _footer_shows(pilot, app, ["New", "Copy", "Save", "Articles", "Ask", "Open",
                                             "Help", "Quit", "palette"])

    run(body())


def _descriptions(app) -> list[str]:
    return [key.description for key in app.screen.query_one(Footer).query("FooterKey")]


async def _footer_shows(pilot, app, descriptions: list[str]) -> None:
    # The footer is composed again when the bindings change: on a busy machine its keys
    # were read before they were there (a fresh clone's run, stop 42)
    await wait_until(pilot, lambda: _descriptions(app) == descriptions)
    assert _footer(app) == descriptions


def _footer(app) -> list[str]:
    keys = list(app.screen.query_one(Footer).query("FooterKey"))
    palette = keys[-1].region
    for key in keys[:-1]:  # all on screen, none under the palette key docked on the right
        assert key.region.right <= palette.x, key.description
    assert palette.right <= app.size.width
    return [key.description for key in keys]


def test_command_palette_lists_and_runs_the_actions(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            exchange = await ask(pilot, "Which newspaper did the police spokesman speak to?")
            titles = [c.title for c in app.get_system_commands(app.screen)]
            for title in ("New conversation", "List articles", "Export conversation",
                          "Copy last answer", "Help", "Quit", "Open citation [1]"):
                assert title in titles
            assert not any(t.startswith("Index ") for t in titles)  # started with no folder
            await pilot.press("ctrl+p", *"copy last answer")
            commands = app.screen.query_one(CommandList)
            await wait_until(pilot, lambda: commands.highlighted is not None)
            await pilot.press("enter")
            await wait_until(pilot, lambda: bool(app.clipboard))
            assert app.clipboard == answer_plain(exchange.answer)

    run(body())


def test_status_line_shows_the_store_as_a_person_would_type_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path.parent))
    assert short_location(str(tmp_path / "store")) == "store"
    assert short_location(str(tmp_path.parent / "data" / "qa")) == "~/data/qa"
    assert short_location("/elsewhere/qa") == "/elsewhere/qa"
    assert short_location(".store") == ".store"
    assert short_location("http://127.0.0.1:8000") == "http://127.0.0.1:8000"


def test_watched_folder_is_synced_while_the_chat_is_open(tmp_path, embedder):
    folder = tmp_path / "watched"
    write(folder / "a.txt", "Ferry News\n\nThe ferry company bought two new ships in March.")

    async def body():
        app = QAApp(lambda: Library(tmp_path / "store", embedder=embedder),
                    watch=(str(folder),))
        async with app.run_test() as pilot:
            await wait_until(pilot, lambda: "1 article" in status_text(app), timeout=90)
            write(folder / "b.txt", "Train News\n\nThe night train to the coast returns in June.")
            await wait_until(pilot, lambda: "2 articles" in status_text(app), timeout=90)
            # The palette offers to re-index the folders the app was started with.
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert f"Index {folder} again" in titles

    run(body())


def test_a_question_in_french_is_refused_naming_the_language(seed_store, embedder):
    async def body():
        app = _app(seed_store, embedder)
        async with app.run_test() as pilot:
            exchange = await ask(pilot, "Qui est le propriétaire du Rock Entertainment Centre ?")
            assert exchange.has_class("abstained")
            refusal = str(exchange.query_one(".no-answer").render())
            assert "looks like French" in refusal and "read in English" in refusal

    run(body())


def test_the_help_lists_each_command_in_two_cells():
    # "/llm on|off|MODEL@URL" split its row into more cells (a new user's trial).
    from markdown_it import MarkdownIt

    from tui.screens.help import HELP

    tokens = MarkdownIt("gfm-like").parse(HELP)
    rows, cells = [], 0
    for t in tokens:
        if t.type == "tr_open":
            cells = 0
        elif t.type in ("td_open", "th_open"):
            cells += 1
        elif t.type == "tr_close":
            rows.append(cells)
    assert rows and set(rows) == {2}
    assert "`/llm on|off|MODEL@URL`" in MarkdownIt("gfm-like").render(HELP).replace(
        "<code>", "`").replace("</code>", "`")
