"""The help screen: commands and keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

from tui.commands import COMMANDS

HELP = """\
# Asking questions of your articles

Type a question and press **Enter**. The answer is made of the articles' own sentences;
each **[n]** points at a citation below it. When the exact answer (a name, a figure) is
clear, it is shown in bold above the citations and marked inside the quote. Follow-up
questions ("and who is the spokesman?") are read in the light of the conversation.
"What is this article about?" cites its opening sentences, "Tell me about the raid" the
passages about the raid, and "Tell me more" reads on after the last answer's passage.

With `/llm on`, every sentence the model writes is checked against the quotes it cites;
one they do not support is dimmed and marked \u26a0.

| command | what it does |
|---|---|
{commands}

| key | what it does |
|---|---|
| Up / Down | earlier questions |
| Tab, then Enter | open a citation of the latest answer with citations in its article |
| 1-9 | open citation n of the latest answer with citations (outside the input) |
| Escape | stop the model writing / back to the question box / out of the article |
| Page Up / Page Down | scroll the conversation |
| Ctrl+N | new conversation |
| Ctrl+Y | copy the last answer with its citations |
| Ctrl+S | save (export) the conversation as Markdown |
| Ctrl+O | list the indexed articles |
| F1 | this help |
| Ctrl+P | command palette: every action, and the latest citations |
| Ctrl+Q | quit |
""".format(commands="\n".join(  # a "|" inside a cell ("/llm on|off") is escaped
    f"| `{c.usage.replace('|', chr(92) + '|')}` | {c.description} |" for c in COMMANDS))


class HelpScreen(ModalScreen[None]):
    """Commands and keys; any of Escape, q or F1 closes it."""

    BINDINGS = [Binding("escape,q,f1", "app.pop_screen", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(HELP)
        yield Footer(compact=True)
