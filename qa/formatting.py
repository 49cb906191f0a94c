"""Answers as text for people: plain (the CLI, the clipboard) and Markdown (exports); and
counts (:func:`plural`, defined with the ingest reports that use it too)."""

from __future__ import annotations

from collections.abc import Iterable

from index.reports import plural
from qa.models import Answer

__all__ = ["UNSUPPORTED", "answer_markdown", "answer_plain", "conversation_markdown", "plural",
           "quoted", "written_plain"]

UNSUPPORTED = "\u26a0"  # marks a written sentence its quotes do not support


def quoted(quote: str) -> str:
    """A quote in quotation marks, unless it opens with its own (no doubled marks)."""
    return quote if quote[:1] in "\u201c\u2018\"'" else f"\u201c{quote}\u201d"


def written_plain(answer: Answer) -> str:
    """The written answer, each unsupported sentence marked and followed by why."""
    assert answer.written is not None
    return " ".join(s.text if s.supported else f"{UNSUPPORTED} {s.text} (unsupported: {s.reason})"
                    for s in answer.written.sentences)


def answer_plain(answer: Answer) -> str:
    """The answer and its numbered citations as plain text (the written answer, when a
    language model wrote one that stands)."""
    lines = [written_plain(answer) if answer.written and not answer.abstained else answer.text]
    for c in answer.citations:
        quote = quoted(c.quote).replace("\n", "\n    ")
        lines += ["", f"[{c.n}] {c.title} ({c.source}, characters {c.start}-{c.end})",
                  f"    {quote}"]
    return "\n".join(lines)


def answer_markdown(answer: Answer) -> str:
    """The answer, then its citations as a numbered list with quotes and sources."""
    lines = [written_plain(answer) if answer.written and not answer.abstained else answer.text,
             ""]
    for c in answer.citations:
        date = f", {c.date}" if c.date else ""
        lines.append(f"{c.n}. **{c.title}** ({c.source}{date}, characters {c.start}-{c.end})")
        lines.append(f"   > {c.quote}")
    return "\n".join(lines).rstrip() + "\n"


def conversation_markdown(turns: Iterable[tuple[str, Answer]], title: str) -> str:
    """A whole conversation: each question as a heading, each answer with its sources."""
    parts = [f"# {title}", ""]
    for question, answer in turns:
        parts += [f"## {question}", "", answer_markdown(answer)]
    return "\n".join(parts)
