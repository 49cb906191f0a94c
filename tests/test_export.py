"""tui.export: where a conversation is saved (never the working directory by default)."""

from pathlib import Path

import pytest

from tui.export import export_target

pytestmark = pytest.mark.fast


def test_a_conversation_is_saved_in_the_documents_folder_unless_a_path_is_named(
        tmp_path, monkeypatch):
    monkeypatch.setattr("platformdirs.user_documents_path", lambda: tmp_path)
    assert export_target(None).parent == tmp_path
    assert export_target(None).name.startswith("conversation-")
    assert export_target("chat.md") == tmp_path / "chat.md"
    assert export_target("/elsewhere/chat.md") == Path("/elsewhere/chat.md")
    assert export_target("./chat.md") == Path("./chat.md")
    assert export_target("~/chat.md") == Path.home() / "chat.md"


def test_without_a_documents_folder_conversations_go_to_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr("platformdirs.user_documents_path", lambda: tmp_path / "missing")
    monkeypatch.setattr("platformdirs.user_data_path", lambda *a, **k: tmp_path / "data")
    assert export_target(None).parent == tmp_path / "data" / "conversations"
