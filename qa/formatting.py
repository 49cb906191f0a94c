"""Answers as text for people: plain (the CLI, the clipboard) and Markdown (exports); and
counts (:func:`plural`, defined with the ingest reports that use it too)."""

from __future__ import annotations

from collections.abc import Iterable

from index.reports import plural
from qa.models import Answer

__all__ = ["answer_markdown", "answer_plain", "conversation_markdown", "plural", "quoted"]


def quoted(quote: str) -> str:
    """A quote in quotation marks, unless it opens with its own or holds a mark without its
    partner (a piece of a quotation too long to be one sentence): no doubled marks."""
    unpaired = quote.count("\u201c") != quote.count("\u201d") or quote.count('"') % 2
    if unpaired or quote[:1] in "\u201c\u2018\"'":
        return quote
    return f"\u201c{quote}\u201d"


def answer_plain(answer: Answer) -> str:
    """The answer and its numbered citations as plain text."""
    lines = [answer.text]
    for c in answer.citations:
        quote = quoted(c.quote).replace("\n", "\n    ")
        lines += ["", f"[{c.n}] {c.title} ({c.source}, characters {c.start}-{c.end})",
                  f"    {quote}"]
    return "\n".join(lines)


def answer_markdown(answer: Answer) -> str:
    """The answer, then its citations as a numbered list with quotes and sources."""
    lines = [answer.text, ""]
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
