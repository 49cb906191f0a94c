"""The conversation screen: lays out questions, answers with citations, notes and the status
line, and renders what its controller (:mod:`tui.controller`) reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from qa import LLMError, LocalLLM
from qa.formatting import answer_plain, not_indexed, plural, preview, source_label
from tui import messages
from tui.commands import CommandError, SlashCommand, parse_command
from tui.controller import ChatController
from tui.export import export_conversation
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.widgets.citation import CitationCard
from tui.widgets.exchange import Exchange
from tui.widgets.question_input import QuestionInput
from tui.widgets.status import StatusLine

if TYPE_CHECKING:
    from qa import Library

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

    def __init__(self, open_library: Callable[[], Library], ingest: Sequence[str] = (),
                 watch: Sequence[str] = (), llm: LocalLLM | None = None) -> None:
        super().__init__()
        self.controller = ChatController(self, open_library, ingest=ingest, watch=watch,
                                         llm=llm)
        self._exchanges: dict[int, Exchange] = {}  # by ticket, until answered
        self._last_question = ""  # what /search alone searches for
        self._typing = False  # keys typed on a card are being sent to the question box

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="conversation", can_focus=False):
            yield Static(WELCOME, id="welcome")
        yield StatusLine(id="status")
        yield QuestionInput(placeholder="Ask a question\u2026  (/help for commands)",
                            id="question")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Paint first; the controller opens the store and loads the model meanwhile."""
        self.query_one(QuestionInput).focus()
        self._show_writer()
        self.controller.start()

    def on_unmount(self) -> None:
        """Stop watching folders when the screen goes."""
        self.controller.stop()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show "Ask" only away from the question box; dim what needs an answer first."""
        typing = isinstance(self.focused, QuestionInput)
        if action == "cancel_writing":
            return self.controller.is_writing
        if action == "focus_input":
            return not typing
        if action == "first_citation":
            return (True if self._latest_cards() else None) if typing else False
        if action == "open_citation":
            return True if self._latest_cards() else None
        if action in ("copy_answer", "export"):
            return True if self.controller.turns else None
        return True

    @property
    def status(self) -> StatusLine:
        """The status line."""
        return self.query_one(StatusLine)

    # -- what the controller reports ------------------------------------------------------

    def on_status(self, message: messages.Status) -> None:
        """The library's progress in opening."""
        self.status.say(message.text)

    def on_library_failed(self, message: messages.LibraryFailed) -> None:
        """The library cannot be used: the status line keeps saying why."""
        self.status.say(f"error: {message.error}")
        self.notify(str(message.error), title=message.error.title, severity="error")

    def on_stats_changed(self, message: messages.StatsChanged) -> None:
        """Ready, with this many articles."""
        self.status.ready(message.stats)

    def on_index_progress(self, message: messages.IndexProgress) -> None:
        """Move the progress bar."""
        self.status.progress(f"{message.stage} {message.path}", message.done, message.total)

    def on_indexed(self, message: messages.Indexed) -> None:
        """A lasting note of what indexing changed, and of the files it could not read."""
        report = message.report
        summary = f"Indexed {message.path}: {report.summary()}"
        if not (report.changed or report.failed or report.skipped):
            self.notify(summary)  # nothing to keep
            return
        # The note lists every file not indexed, grouped by reason; the toast counts them.
        self.note(summary + "".join(f"\n  {line}" for line in not_indexed(report)))
        if report.failed:
            self.notify(f"{plural(len(report.failed), 'file')} of {message.path} could not "
                        "be indexed; see the conversation", severity="warning")

    def on_index_failed(self, message: messages.IndexFailed) -> None:
        """The library still answers from what it holds."""
        self.notify(str(message.error), title=f"Could not index {message.path}",
                    severity="error")

    def on_answer_waiting(self, message: messages.AnswerWaiting) -> None:
        """Say why a question waits."""
        if exchange := self._exchange(message.ticket):
            exchange.show_waiting(message.note)

    def on_answer_piece(self, message: messages.AnswerPiece) -> None:
        """Show the next piece of a written answer (Escape stops the model)."""
        if exchange := self._exchange(message.ticket):
            exchange.add_text(message.piece)
            self.refresh_bindings()

    async def on_answer_ready(self, message: messages.AnswerReady) -> None:
        """Show the answer; the question stays on top when the answer is taller than the
        view."""
        exchange = self._exchange(message.ticket, done=True)
        if exchange is None:
            return
        await exchange.show_answer(message.answer, message.note)
        self.refresh_bindings()
        self.call_after_refresh(self.query_one("#conversation").scroll_to_widget, exchange,
                                top=True, animate=False)

    def on_answer_failed(self, message: messages.AnswerFailed) -> None:
        """Show why a question has no answer."""
        if exchange := self._exchange(message.ticket, done=True):
            exchange.show_error(message.message)

    def on_articles_listed(self, message: messages.ArticlesListed) -> None:
        """The indexed articles, as a note."""
        lines = [f"{plural(len(message.articles), 'article')} indexed:"]
        lines += [f"  {a.title}  \u00b7 {source_label(a)} \u00b7 {a.chunks} chunks"
                  for a in message.articles]
        self.note("\n".join(lines))

    def on_passages_found(self, message: messages.PassagesFound) -> None:
        """The closest passages, as a note: each article, then the passage's best sentence."""
        query, passages = message.query, message.passages
        if not passages:
            self.note(f"No passages for \u201c{query}\u201d: nothing is indexed yet.")
            return
        lead = ("Closest passages to" if any(p.close for p in passages)
                else "Nothing close; the nearest passages to")
        lines = [f"{lead} \u201c{query}\u201d:"]
        for n, p in enumerate(passages, start=1):
            page = f", page {p.page}" if p.page is not None else ""
            lines += [f"  {n}. {p.title} \u00b7 {source_label(p)}{page}",
                      f"     {preview(p, query, width=100)}"]  # (150 wrapped to the
            # left edge in a trial of stop 40's 160 columns)
        self.note("\n".join(lines))

    def on_article_fetched(self, message: messages.ArticleFetched) -> None:
        """Open the reader at the citation."""
        self.app.push_screen(ArticleScreen(message.text, message.citation, message.short))

    def on_failed(self, message: messages.Failed) -> None:
        """Something asked for failed."""
        self.notify(str(message.error), title=message.error.title, severity="error")

    def _exchange(self, ticket: int, done: bool = False) -> Exchange | None:
        exchange = self._exchanges.pop(ticket, None) if done else self._exchanges.get(ticket)
        return exchange if exchange is not None and exchange.is_attached else None

    def note(self, text: str) -> None:
        """A lasting line in the conversation (indexing, listings, saved files)."""
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
            try:
                self.run_command(parse_command(text))
            except CommandError as e:
                self.notify(str(e), severity="warning")
            return
        exchange = Exchange(text)
        self._last_question = text
        conversation = self.query_one("#conversation")
        conversation.mount(exchange)
        conversation.scroll_end(animate=False)
        self._exchanges[self.controller.ask(text)] = exchange

    def run_command(self, command: SlashCommand) -> None:
        """Carry out a /command: the method ``command_<name>`` does (a new command is a
        ``CommandSpec`` in ``tui/commands.py`` and such a method; tests/test_commands.py
        checks that every command has one)."""
        getattr(self, f"command_{command.name}")(command.argument)

    def command_ingest(self, argument: str) -> None:
        """``/ingest PATH``: index a file or folder in the background."""
        self.controller.ingest(str(Path(argument).expanduser()))

    def command_articles(self, argument: str) -> None:
        """``/articles``: list the indexed articles."""
        self.action_list_articles()

    def command_search(self, argument: str) -> None:
        """``/search [WORDS]``: the passages closest to the words, or to the last question."""
        query = argument.strip() or self._last_question
        if not query:
            self.notify("Nothing to search for yet: /search WORDS", severity="warning")
            return
        self.controller.search(query)

    def command_new(self, argument: str) -> None:
        """``/new`` or ``/clear``: start a new conversation."""
        self.action_new_conversation()

    def command_export(self, argument: str) -> None:
        """``/export [FILE]``: save the conversation as Markdown."""
        self.action_export(argument or None)

    def command_help(self, argument: str) -> None:
        """``/help``: the commands and keys."""
        self.action_help()

    def command_llm(self, argument: str) -> None:
        """``/llm on|off|MODEL@URL``."""
        self.set_writing(argument)

    def set_writing(self, arg: str) -> None:
        """``/llm on``, ``/llm off``, or ``/llm MODEL@URL`` (which also turns it on)."""
        controller = self.controller
        if arg in ("", "on") and controller.llm is None:
            self.notify("No language model is set: /llm MODEL@URL (e.g. "
                        "qwen2.5:3b@http://localhost:11434/v1), or start with --llm or QA_LLM",
                        severity="warning")
            return
        if arg not in ("", "on", "off"):
            try:
                timeout = controller.llm.timeout if controller.llm else None
                controller.llm = LocalLLM.parse(arg, timeout=timeout)
            except LLMError as e:
                self.notify(str(e), title=e.title, severity="error")
                return
        controller.writing = arg != "off"
        self._show_writer()
        self.notify(f"Answers are written by {controller.llm.name}"
                    if controller.writing and controller.llm
                    else "Answers are the articles' own sentences (extractive)")

    def _show_writer(self) -> None:
        llm = self.controller.llm
        self.status.set_writer(llm.model if self.controller.writing and llm else None)

    def action_cancel_writing(self) -> None:
        """Stop the model writing; the extractive answer is shown instead."""
        self.controller.stop_writing()
        self.refresh_bindings()

    @on(CitationCard.Selected)
    def citation_selected(self, event: CitationCard.Selected) -> None:
        """Open the article of the chosen citation."""
        self.controller.open_article(event.citation, event.short)

    def action_open_citation(self, n: int) -> None:
        """Open citation ``n`` of the latest answer that has citations."""
        cards = self._latest_cards()
        if n > len(cards):
            which = "the latest answer" if cards else "any answer yet"
            self.notify(f"No citation [{n}] in {which}", severity="warning")
            return
        cards[n - 1].action_open()

    def action_new_conversation(self) -> None:
        """Clear the screen and forget the earlier turns."""
        self.controller.new_conversation()
        self._exchanges.clear()
        self.refresh_bindings()
        self.query("#conversation > .exchange, #conversation > .note").remove()
        self.notify("New conversation")

    def action_copy_answer(self) -> None:
        """Copy the latest answer with its citations to the clipboard."""
        turns = self.controller.turns
        if not turns:
            self.notify("Nothing to copy yet", severity="warning")
            return
        self.app.copy_to_clipboard(answer_plain(turns[-1].answer))
        self.notify("Answer copied to the clipboard")

    def action_export(self, name: str | None = None) -> None:
        """Save the conversation, with citations and sources, as a Markdown file."""
        if not self.controller.turns:
            self.notify("Nothing to export yet", severity="warning")
            return
        try:
            target = export_conversation(self.controller.turns, name)
        except OSError as e:
            self.notify(f"Cannot write {e.filename or name} ({e.strerror}); choose another "
                        "path: /export FILE", severity="error")
            return
        self.note(f"Conversation saved to {target}")  # (not as a notice too: a trial of
        # stop 40 read it twice)

    def action_list_articles(self) -> None:
        """List the indexed articles."""
        self.controller.list_articles()

    def action_help(self) -> None:
        """Show commands and keys."""
        self.app.push_screen(HelpScreen())

    def action_first_citation(self) -> None:
        """From the question box, Tab goes to the first citation of the latest answer that
        has citations."""
        self._latest_cards()[0].focus()

    def _latest_cards(self) -> list[CitationCard]:
        """The cards of the latest answer that has citations (not a later refusal's none)."""
        for exchange in reversed(list(self.query(Exchange))):
            if cards := exchange.cards:
                return cards
        return []

    def action_scroll_conversation(self, pages: int) -> None:
        """Scroll the conversation by a page."""
        conversation = self.query_one("#conversation")
        (conversation.scroll_page_down if pages > 0 else conversation.scroll_page_up)()

    def action_focus_input(self) -> None:
        """Back to the question box."""
        self.query_one(QuestionInput).focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Keys typed from now on are no longer words sent to the question box, once the
        focus is elsewhere (see :meth:`on_key`)."""
        if event.widget is not self.query_one(QuestionInput):
            self._typing = False

    def on_key(self, event: events.Key) -> None:
        """What is typed while a citation card has the focus goes to the question box (a new
        user, back from an article, typed "/articles" into nothing: stop 38). The digits 1-9
        stay the keys that open a citation, but for those typed after words sent there,
        before the focus has moved ("/export /tmp/nu10-chat.md" typed fast lost its "1" in
        a trial of stop 42)."""
        question = self.query_one(QuestionInput)
        character = event.character
        if (self.focused is question or not event.is_printable or character is None
                or character in "123456789" and not self._typing):
            return
        self._typing = True  # until the focus moves elsewhere than the question box
        question.focus()
        question.insert_text_at_cursor(character)
        event.stop()
        event.prevent_default()
