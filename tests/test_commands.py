"""tui.commands: reading a slash command typed in the chat."""

import pytest

from tui.commands import COMMANDS, CommandError, SlashCommand, parse_command

pytestmark = pytest.mark.fast


@pytest.mark.parametrize(("line", "command"), [
    ("/ingest ~/news ", SlashCommand("ingest", "~/news")),
    ("/articles", SlashCommand("articles")),
    ("/clear", SlashCommand("new")),
    ("/new", SlashCommand("new")),
    ("/export", SlashCommand("export")),
    ("/export chat.md", SlashCommand("export", "chat.md")),
    ("/HELP", SlashCommand("help")),
    ("/llm off", SlashCommand("llm", "off")),
    ("/llm qwen2.5:3b@http://localhost:11434/v1", SlashCommand("llm", "qwen2.5:3b@http://localhost:11434/v1")),
])
def test_commands_are_read_with_their_argument(line, command):
    assert parse_command(line) == command


@pytest.mark.parametrize(("line", "message"), [
    ("/ingest", "Name a file or folder: /ingest PATH"),
    ("/ingest   ", "Name a file or folder: /ingest PATH"),
    ("/nonsense x", "Unknown command /nonsense; /help lists them"),
])
def test_a_bad_command_says_what_to_type(line, message):
    with pytest.raises(CommandError, match=message):
        parse_command(line)


def test_every_command_is_carried_out_and_listed_by_help():
    # A command in COMMANDS without its method would be read, then do nothing.
    from tui.screens.chat import ChatScreen
    from tui.screens.help import HELP

    for spec in COMMANDS:
        assert callable(getattr(ChatScreen, f"command_{spec.name}", None)), spec.name
        assert spec.usage.replace("|", "\\|") in HELP, spec.usage
    assert COMMANDS  # (the loop checked something)
