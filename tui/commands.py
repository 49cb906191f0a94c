"""The chat's slash commands: what they are (for /help) and how a typed line is read.

A new command is a :class:`CommandSpec` in :data:`COMMANDS` and a method ``command_<name>``
(taking the typed argument) on :class:`tui.screens.chat.ChatScreen`, which carries it out;
work that needs the library goes through :class:`tui.controller.ChatController`, which
posts its result as a message of ``tui/messages.py``; the command palette (Ctrl+P) lists its own
entries (``QAApp.get_system_commands`` in ``tui/app.py``). ``tests/test_commands.py`` checks that
every command has its method and is listed by /help."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COMMANDS", "CommandError", "SlashCommand", "parse_command"]


@dataclass(frozen=True)
class CommandSpec:
    """One command as /help lists it."""

    name: str
    usage: str
    description: str
    needs: str | None = None  # what the argument names, when one is required
    aliases: tuple[str, ...] = ()


COMMANDS = (
    CommandSpec("ingest", "/ingest PATH", "index a file or folder of articles (in the "
                "background)", needs="a file or folder"),
    CommandSpec("articles", "/articles", "list the indexed articles"),
    CommandSpec("search", "/search [WORDS]", "the passages closest to WORDS, or to the last "
                "question (after a refusal, the answer may be there in other words)"),
    CommandSpec("new", "/clear", "start a new conversation", aliases=("clear",)),
    CommandSpec("export", "/export [FILE]", "save the conversation as Markdown (in your "
                "documents folder unless FILE is a path)"),
    CommandSpec("llm", "/llm on|off|MODEL@URL", "answers written by your language model "
                "from the quotes (Ollama, llama.cpp, LM Studio, vLLM); MODEL@URL sets it"),
    CommandSpec("help", "/help", "commands and keys"),
)
_BY_NAME = {name: spec for spec in COMMANDS for name in (spec.name, *spec.aliases)}


@dataclass(frozen=True)
class SlashCommand:
    """A command as typed: its name (``ingest``, ``articles``, ``search``, ``new``,
    ``export``, ``llm``, ``help``) and what follows it."""

    name: str
    argument: str = ""


class CommandError(ValueError):
    """A line that is not a command the chat knows; the message says what to type."""


def parse_command(line: str) -> SlashCommand:
    """Read a line that starts with ``/``.

    Raises:
        CommandError: an unknown command, or one without the argument it needs.
    """
    word, _, argument = line.strip().partition(" ")
    spec = _BY_NAME.get(word.removeprefix("/").lower())
    if spec is None:
        raise CommandError(f"Unknown command {word}; /help lists them")
    argument = argument.strip()
    if spec.needs and not argument:
        raise CommandError(f"Name {spec.needs}: {spec.usage}")
    return SlashCommand(spec.name, argument)
