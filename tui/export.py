"""Saving a conversation as Markdown (``/export [FILE]``, Ctrl+S).

Without a file name, or with a bare one, the file goes to the user's documents folder (else
qa's data folder), never the working directory, which under ``make chat`` is the checkout.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from qa import Turn
from qa.formatting import conversation_markdown

__all__ = ["export_conversation", "export_folder", "export_target"]


def export_folder() -> Path:
    """Where conversations are saved: the user's documents folder when there is one, else
    ``conversations`` in qa's user data folder."""
    from platformdirs import user_data_path, user_documents_path

    documents = user_documents_path()
    if documents.is_dir():
        return documents
    return user_data_path("qa-articles", appauthor=False) / "conversations"


def export_target(name: str | None = None) -> Path:
    """The file to save to: ``name`` when it is a path (absolute, ``~/...``, ``./...``), a
    bare ``name`` in :func:`export_folder`, or a dated name there when none is given."""
    if not name:
        return export_folder() / time.strftime("conversation-%Y%m%d-%H%M%S.md")
    path = Path(name).expanduser()
    if path.is_absolute() or name.startswith(("./", "../")):
        return path
    return export_folder() / path


def export_conversation(turns: Sequence[Turn], name: str | None = None) -> Path:
    """Save ``turns`` with their citations and sources as Markdown; returns the file.

    Raises:
        OSError: the file cannot be written.
    """
    target = export_target(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(conversation_markdown(turns, "Conversation"), encoding="utf-8")
    return target
