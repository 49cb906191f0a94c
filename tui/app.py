"""The chat application: builds the screens and relays to :class:`qa.Library`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

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

    def open_library(self) -> Library:
        """Open the library (called from a worker thread: it may take a while)."""
        return self._open_library()

    def on_mount(self) -> None:
        """Show the conversation at once; the library opens in its worker."""
        self.push_screen(ChatScreen(ingest=self._ingest, watch=self._watch, llm=self.llm))

    @property
    def chat_screen(self) -> ChatScreen:
        """The conversation screen (the first pushed)."""
        return next(s for s in self.screen_stack if isinstance(s, ChatScreen))

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
                                partial(chat.ingest_in_background, path))
        yield SystemCommand("Export conversation", "Save it as Markdown", chat.action_export)
        yield SystemCommand("Copy last answer", "With its citations", chat.action_copy_answer)
        yield SystemCommand("Help", "Commands and keys", chat.action_help)
        for c in chat.turns[-1][1].citations if chat.turns else ():
            yield SystemCommand(f"Open citation [{c.n}]", f"{c.title} \u00b7 {c.source}",
                                partial(chat.open_article, c))


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
