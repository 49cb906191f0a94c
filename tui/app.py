"""The chat application: builds the screens; the chat screen's controller talks to
:class:`qa.Library`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen

from qa.formatting import source_label
from tui.screens.chat import ChatScreen

if TYPE_CHECKING:  # qa.library loads numpy and the index stages: not before the first paint
    from qa import Library, LocalLLM


class QAApp(App[None]):
    """Ask questions of a library of articles; every answer cites its passages."""

    CSS_PATH = "app.tcss"
    TITLE = "qa"
    SUB_TITLE = "questions over your articles"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]  # shown in the footer

    def __init__(self, open_library: Callable[[], Library], ingest: Sequence[str] = (),
                 watch: Sequence[str] = (), llm: LocalLLM | None = None) -> None:
        super().__init__()
        self._open_library = open_library
        self._ingest = tuple(ingest)
        self._watch = tuple(watch)
        self.llm = llm  # the language model that writes answers, when /llm is on

    def on_mount(self) -> None:
        """Show the conversation at once; the library opens in its controller's worker."""
        self.push_screen(ChatScreen(self._open_library, ingest=self._ingest, watch=self._watch,
                                    llm=self.llm))

    @property
    def chat_screen(self) -> ChatScreen:
        """The conversation screen (the first pushed)."""
        return next(s for s in self.screen_stack if isinstance(s, ChatScreen))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Notices go to the chat's status line, where they hide nothing (a toast would
        cover the question box); an error is also kept in the conversation."""
        screens = [s for s in self.screen_stack if isinstance(s, ChatScreen)]
        if not screens or not screens[0].is_mounted:
            super().notify(message, title=title, severity=severity, timeout=timeout,
                           markup=markup)
            return
        text = f"{title}: {message}" if title else message
        screens[0].status.notice(text, severity)
        if severity == "error":
            screens[0].note(f"Error \u2013 {text}")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's palette entries, plus the app's own actions, re-indexing each folder it
        was started with (``--ingest``, ``--watch``), and the latest citations."""
        yield from super().get_system_commands(screen)
        chat = self.chat_screen
        yield SystemCommand("New conversation", "Forget earlier turns",
                            chat.action_new_conversation)
        yield SystemCommand("List articles", "Show what is indexed", chat.action_list_articles)
        for path in dict.fromkeys((*self._ingest, *self._watch)):
            yield SystemCommand(f"Index {path} again", "Bring it up to date in the background",
                                partial(chat.controller.ingest, path))
        yield SystemCommand("Export conversation", "Save it as Markdown", chat.action_export)
        yield SystemCommand("Copy last answer", "With its citations", chat.action_copy_answer)
        yield SystemCommand("Help", "Commands and keys", chat.action_help)
        turn = chat.controller.latest_cited()
        short = turn.answer.short if turn else None
        for c in turn.answer.citations if turn else ():
            yield SystemCommand(f"Open citation [{c.n}]", f"{c.title} \u00b7 {source_label(c)}",
                                partial(chat.controller.open_article, c, short))


def make_app(store: str | None = None, server: str | None = None,
             ingest: Sequence[str] = (), watch: Sequence[str] = (),
             llm: LocalLLM | None = None) -> QAApp:
    """The one factory that builds the app, for the command line and the tests alike;
    ``llm`` writes the answers from their quotes (``/llm on|off`` in the chat)."""
    return QAApp(partial(_open, store, server), ingest=ingest, watch=watch, llm=llm)


def _open(store: str | None, server: str | None) -> Library:
    from qa import Library  # in the opening worker, while the screen is drawn

    return Library.connect(server) if server else Library(store)


def run_chat(store: str | None = None, server: str | None = None,
             ingest: Sequence[str] = (), watch: Sequence[str] = (),
             llm: LocalLLM | None = None) -> None:
    """Run the chat in the terminal until the user quits."""
    make_app(store=store, server=server, ingest=ingest, watch=watch, llm=llm).run()
