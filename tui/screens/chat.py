"""The conversation screen: questions, answers with citations, commands, status."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from qa import Answer, Citation, LLMError, LocalLLM, QAError
from qa.formatting import answer_plain, conversation_markdown, plural
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.widgets.citation import CitationCard
from tui.widgets.exchange import Exchange
from tui.widgets.question_input import QuestionInput
from tui.widgets.status import StatusLine

if TYPE_CHECKING:
    from qa import Chat, Library
    from tui.app import QAApp

WELCOME = ("Ask a question about your articles and press Enter. "
           "Answers quote the articles and cite where each sentence comes from. /help for more.")


class ChatScreen(Screen):
    """Where questions are asked and answered."""

    BINDINGS = [
        Binding("ctrl+n", "new_conversation", "New"),
        Binding("ctrl+y", "copy_answer", "Copy"),
        Binding("ctrl+s", "export", "Save"),
        Binding("ctrl+o", "list_articles", "Articles"),
        Binding("tab", "first_citation", "Citations"),
        Binding("tab", "app.focus_next", "Next", show=False),  # when the above does not apply
        Binding("escape", "cancel_writing", "Stop writing"),  # while a model writes
        Binding("escape", "focus_input", "Ask"),
        # One footer entry stands for the nine keys.
        Binding("1", "open_citation(1)", "Open", key_display="1-9"),
        *(Binding(str(n), f"open_citation({n})", f"Open [{n}]", show=False)
          for n in range(2, 10)),
        Binding("pageup", "scroll_conversation(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_conversation(1)", "Scroll down", show=False),
        Binding("f1", "help", "Help"),
    ]

    def __init__(self, ingest: tuple[str, ...] = (), watch: tuple[str, ...] = (),
                 llm: LocalLLM | None = None) -> None:
        super().__init__()
        self.llm = llm  # the language model that writes answers while ``writing`` is on
        self.writing = llm is not None
        self._cancel: threading.Event | None = None  # set by Escape while a model writes
        self._ingest_on_start = ingest
        self._watch = watch
        self._stop_watching = threading.Event()
        self._ready = threading.Event()
        self._asking = threading.Lock()
        self.library: Library | None = None
        self.chat: Chat | None = None
        self.turns: list[tuple[str, Answer]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="conversation", can_focus=False):
            yield Static(WELCOME, id="welcome")
        yield StatusLine(id="status")
        yield QuestionInput(placeholder="Ask a question\u2026  (/help for commands)",
                            id="question")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Paint first; open the store and load the model in the background."""
        self.query_one(QuestionInput).focus()
        self._show_writer()
        self.open_library()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show "Ask" only away from the question box; dim what needs an answer first."""
        typing = isinstance(self.focused, QuestionInput)
        if action == "cancel_writing":
            return self._cancel is not None and not self._cancel.is_set()
        if action == "focus_input":
            return not typing
        if action == "first_citation":
            return (True if self._latest_cards() else None) if typing else False
        if action in ("copy_answer", "export", "open_citation"):
            return True if self.turns else None
        return True

    # -- background work ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="open")
    def open_library(self) -> None:
        """Open the store, load the model, index what was asked for at start."""
        self._status("opening the store\u2026")
        try:
            self.library = cast("QAApp", self.app).open_library()
            self.chat = self.library.chat()
            self._status("loading the embedding model\u2026")
            self.library.load_model()
        except QAError as e:
            self._fail(e)
            self._ready.set()
            return
        self._ready.set()
        for path in self._ingest_on_start:
            try:
                self._ingest(path)
            except QAError as e:  # the library still answers from what it holds
                self._notify_error(e)
                self.app.call_from_thread(self._mount_note, f"Could not index {path}: {e}")
        self._show_stats()
        for folder in self._watch:
            self.watch_folder(folder)

    @work(thread=True, group="watch")
    def watch_folder(self, folder: str) -> None:
        """Sync ``folder`` now and whenever its files change, until the app closes."""
        from qa.watching import sync_due

        try:
            self._ingest(folder)
            self._show_stats()
            for changed in sync_due(folder, self._stop_watching):
                self._ingest(folder, quiet=not changed)
                self._show_stats()
        except QAError as e:
            self._notify_error(e)

    def on_unmount(self) -> None:
        """Stop watching folders when the screen goes."""
        self._stop_watching.set()

    def _ingest(self, path: str, quiet: bool = False) -> None:
        """Index ``path``; ``quiet``: say nothing unless something changed or failed."""
        def progress(stage: str, done: int, total: int) -> None:
            self.app.call_from_thread(lambda: self.status.progress(f"{stage} {path}", done, total))

        report = self._open_library().ingest(path, progress=progress)
        if quiet and not (report.changed or report.failed):
            return
        severity = "warning" if report.failed else "information"
        detail = "".join(f"\n{p.source}: {p.message}" for p in report.failed[:3])
        self.app.call_from_thread(self.notify, f"{path}: {report.summary()}{detail}",
                                  title="Indexed", severity=severity)
        if report.changed or report.failed:  # a lasting record, beside the passing toast
            self.app.call_from_thread(self._mount_note, f"Indexed {path}: {report.summary()}"
                                      + "".join(f"\n  {p.source}: {p.message}"
                                                for p in report.failed))

    @work(thread=True, group="ingest")
    def ingest_in_background(self, path: str) -> None:
        """Index ``path`` without freezing the screen."""
        self._ready.wait()
        if self.library is None:
            return
        try:
            self._ingest(path)
        except QAError as e:
            self._notify_error(e)
        self._show_stats()

    @work(thread=True, group="ask")
    def answer(self, exchange: Exchange) -> None:
        """Answer the question of ``exchange`` once the model is ready."""
        self._ready.wait()
        if self.chat is None:
            self.app.call_from_thread(exchange.show_error,
                                      "The library could not be opened; see the status line.")
            return
        with self._asking:  # turns of one conversation are answered in order
            try:
                answer = self.chat.ask(exchange.question, **self._writing_options(exchange))
            except QAError as e:
                self.app.call_from_thread(exchange.show_error, f"{e}")
                return
            finally:
                self._cancel = None
                self.app.call_from_thread(self.refresh_bindings)
        self.turns.append((exchange.question, answer))
        # mypy cannot solve call_from_thread's "X | Awaitable[X]" for a coroutine of None.
        self.app.call_from_thread(self._show_answer, exchange, answer)  # type: ignore[arg-type]

    def _writing_options(self, exchange: Exchange) -> dict:
        """How :meth:`qa.Chat.ask` writes this answer: with the model, its words shown as
        they arrive and Escape to stop; or extractive (``llm=False``)."""
        if not (self.writing and self.llm):
            return {"llm": False}
        self._cancel = threading.Event()
        self.app.call_from_thread(self.refresh_bindings)
        return {"llm": self.llm, "cancel": self._cancel,
                "on_text": lambda piece: self.app.call_from_thread(exchange.add_text, piece)}

    @work(thread=True, group="articles")
    def list_articles(self) -> None:
        """Show the indexed articles as a message in the conversation."""
        self._ready.wait()
        if self.library is None:
            return
        try:
            articles = self.library.articles()
        except QAError as e:
            self._notify_error(e)
            return
        lines = [f"{plural(len(articles), 'article')} indexed:"]
        lines += [f"  {a.title}  \u00b7 {a.source} \u00b7 {a.chunks} chunks" for a in articles]
        self.app.call_from_thread(self._mount_note, "\n".join(lines))

    @work(thread=True, group="article")
    def open_article(self, citation: Citation) -> None:
        """Fetch the article and push the reader scrolled to the citation."""
        try:
            text = self._open_library().article_text(citation.article_id)
        except QAError as e:
            self._notify_error(e)
            return
        self.app.call_from_thread(self.app.push_screen, ArticleScreen(text, citation))

    def _open_library(self) -> Library:
        """The library: ingests, stats and articles are only asked for once it is open."""
        assert self.library is not None, "the library is not open yet"
        return self.library

    # -- helpers run on the UI thread ---------------------------------------------------

    @property
    def status(self) -> StatusLine:
        """The status line."""
        return self.query_one(StatusLine)

    def _status(self, message: str) -> None:
        self.app.call_from_thread(lambda: self.status.say(message))

    def _fail(self, error: QAError) -> None:
        self._status(f"error: {error}")
        self._notify_error(error)

    def _notify_error(self, error: QAError) -> None:
        self.app.call_from_thread(self.notify, str(error), title=error.title, severity="error",
                                  timeout=10)

    def _show_stats(self) -> None:
        try:
            stats = self._open_library().stats()
        except QAError as e:
            self._fail(e)
            return
        self.app.call_from_thread(lambda: self.status.ready(stats))

    async def _show_answer(self, exchange: Exchange, answer: Answer) -> None:
        await exchange.show_answer(answer)
        self.refresh_bindings()
        # The question on top when the answer is taller than the view, else the end.
        self.call_after_refresh(self.query_one("#conversation").scroll_to_widget, exchange,
                                top=True, animate=False)

    def _mount_note(self, text: str) -> None:
        conversation = self.query_one("#conversation")
        conversation.mount(Static(text, classes="note", markup=False))
        conversation.scroll_end(animate=False)

    # -- user input -----------------------------------------------------------------------

    @on(Input.Submitted, "#question")
    def submitted(self, event: Input.Submitted) -> None:
        """A question or a /command was entered."""
        text = event.value.strip()
        cast(QuestionInput, event.input).remember(text)
        event.input.value = ""
        if not text:
            return
        if text.startswith("/"):
            self.run_command(text)
            return
        exchange = Exchange(text)
        conversation = self.query_one("#conversation")
        conversation.mount(exchange)
        conversation.scroll_end(animate=False)
        self.answer(exchange)

    def run_command(self, text: str) -> None:
        """Carry out a /command."""
        name, _, arg = text.partition(" ")
        arg = arg.strip()
        if name == "/ingest":
            if not arg:
                self.notify("Name a file or folder: /ingest PATH", severity="warning")
                return
            self.ingest_in_background(str(Path(arg).expanduser()))
        elif name == "/articles":
            self.list_articles()
        elif name in ("/clear", "/new"):
            self.action_new_conversation()
        elif name == "/export":
            self.action_export(arg or None)
        elif name == "/help":
            self.action_help()
        elif name == "/llm":
            self.set_writing(arg)
        else:
            self.notify(f"Unknown command {name}; /help lists them", severity="warning")

    def set_writing(self, arg: str) -> None:
        """``/llm on``, ``/llm off``, or ``/llm MODEL@URL`` (which also turns it on)."""
        if arg in ("", "on") and self.llm is None:
            self.notify("No language model is set: /llm MODEL@URL (e.g. "
                        "qwen2.5:3b@http://localhost:11434/v1), or start with --llm or QA_LLM",
                        severity="warning")
            return
        if arg not in ("", "on", "off"):
            try:
                self.llm = LocalLLM.parse(arg, timeout=self.llm.timeout if self.llm else None)
            except LLMError as e:
                self.notify(str(e), title=e.title, severity="error")
                return
        self.writing = arg != "off"
        self._show_writer()
        self.notify(f"Answers are written by {self.llm.name}" if self.writing and self.llm
                    else "Answers are the articles' own sentences (extractive)")

    def _show_writer(self) -> None:
        self.status.set_writer(self.llm.model if self.writing and self.llm else None)

    def action_cancel_writing(self) -> None:
        """Stop the model writing; the extractive answer is shown instead."""
        if self._cancel is not None:
            self._cancel.set()
            self.refresh_bindings()

    @on(CitationCard.Selected)
    def citation_selected(self, event: CitationCard.Selected) -> None:
        """Open the article of the chosen citation."""
        self.open_article(event.citation)

    def action_open_citation(self, n: int) -> None:
        """Open citation ``n`` of the latest answer."""
        answers = [e.answer for e in self.query(Exchange) if e.answer is not None]
        if not answers or n > len(answers[-1].citations):
            self.notify(f"No citation [{n}] in the last answer", severity="warning")
            return
        self.open_article(answers[-1].citations[n - 1])

    def action_new_conversation(self) -> None:
        """Clear the screen and forget the earlier turns."""
        if self.chat is not None:
            self.chat.reset()
        self.turns.clear()
        self.refresh_bindings()
        self.query("#conversation > .exchange, #conversation > .note").remove()
        self.notify("New conversation")

    def action_copy_answer(self) -> None:
        """Copy the latest answer with its citations to the clipboard."""
        if not self.turns:
            self.notify("Nothing to copy yet", severity="warning")
            return
        self.app.copy_to_clipboard(answer_plain(self.turns[-1][1]))
        self.notify("Answer copied to the clipboard")

    def action_export(self, path: str | None = None) -> None:
        """Save the conversation, with citations and sources, as a Markdown file."""
        if not self.turns:
            self.notify("Nothing to export yet", severity="warning")
            return
        target = Path(path or time.strftime("conversation-%Y%m%d-%H%M%S.md")).expanduser()
        try:
            target.write_text(conversation_markdown(self.turns, "Conversation"), encoding="utf-8")
        except OSError as e:
            self.notify(f"Cannot write {target} ({e.strerror}); choose another path",
                        severity="error")
            return
        self.notify(f"Conversation saved to {target}")

    def action_list_articles(self) -> None:
        """List the indexed articles."""
        self.list_articles()

    def action_help(self) -> None:
        """Show commands and keys."""
        self.app.push_screen(HelpScreen())

    def action_first_citation(self) -> None:
        """From the question box, Tab goes to the latest answer's first citation."""
        self._latest_cards()[0].focus()

    def _latest_cards(self) -> list[CitationCard]:
        exchanges = self.query(Exchange)
        return list(exchanges.last().query(CitationCard)) if exchanges else []

    def action_scroll_conversation(self, pages: int) -> None:
        """Scroll the conversation by a page."""
        conversation = self.query_one("#conversation")
        (conversation.scroll_page_down if pages > 0 else conversation.scroll_page_up)()

    def action_focus_input(self) -> None:
        """Back to the question box."""
        self.query_one(QuestionInput).focus()
