"""Where the store lives by default, and the limits on questions."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["MAX_QUESTION_CHARS", "default_llm", "default_server", "default_store"]

MAX_QUESTION_CHARS = 2000


def default_store() -> Path:
    """``$QA_STORE``, else the user data directory of the platform."""
    if os.environ.get("QA_STORE"):
        return Path(os.environ["QA_STORE"]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("qa-articles", appauthor=False) / "store"


def default_server() -> str | None:
    """``$QA_SERVER`` when set: a Chroma server URL used instead of a local store."""
    return os.environ.get("QA_SERVER") or None


def default_llm() -> str | None:
    """``$QA_LLM`` when set: the language model (``MODEL@URL``) that writes answers."""
    return os.environ.get("QA_LLM") or None
