"""Answers as text for people: plain (the CLI, the clipboard) and Markdown (exports); what an
ingest did not index, grouped by reason (the CLI and the chat); and counts (:func:`plural`,
defined with the ingest reports that use it too)."""

from __future__ import annotations

from collections.abc import Iterable

from index.reports import Reason, plural
from qa.models import Answer, Citation, IngestReport

__all__ = ["answer_markdown", "answer_plain", "conversation_markdown", "not_indexed", "plural",
           "quoted", "where"]


def quoted(quote: str) -> str:
    """A quote in quotation marks, unless it opens with its own (no doubled marks)."""
    return quote if quote[:1] in "\u201c\u2018\"'" else f"\u201c{quote}\u201d"


def where(c: Citation, date: bool = False) -> str:
    """Where a citation is: its source, (date,) page if it has one, and characters."""
    parts = [c.source, *([c.date] if date and c.date else []),
             *([f"page {c.page}"] if c.page is not None else []),
             f"characters {c.start}-{c.end}"]
    return ", ".join(parts)


def answer_plain(answer: Answer) -> str:
    """The answer and its numbered citations as plain text."""
    lines = [answer.text]
    for c in answer.citations:
        quote = quoted(c.quote).replace("\n", "\n    ")
        lines += ["", f"[{c.n}] {c.title} ({where(c)})", f"    {quote}"]
    return "\n".join(lines)


def answer_markdown(answer: Answer) -> str:
    """The answer, then its citations as a numbered list with quotes and sources."""
    lines = [answer.text, ""]
    for c in answer.citations:
        lines.append(f"{c.n}. **{c.title}** ({where(c, date=True)})")
        lines.append(f"   > {c.quote}")
    return "\n".join(lines).rstrip() + "\n"


def not_indexed(report: IngestReport, details: bool = True) -> list[str]:
    """Every file or record an ingest did not index, grouped by reason: a heading line per
    reason, then (with ``details``) one indented line per file with what to do."""
    lines = []
    for reason, problems in report.by_reason().items():
        verb = "skipped" if reason == Reason.NOT_AN_ARTICLE else "not indexed"
        lines.append(f"{reason}: {len(problems)} {verb}")
        if details:
            lines += [f"  {p.source}" if reason == Reason.NOT_AN_ARTICLE
                      else f"  {p.source}: {p.message}" for p in problems]
    return lines


def conversation_markdown(turns: Iterable[tuple[str, Answer]], title: str) -> str:
    """A whole conversation: each question as a heading, each answer with its sources."""
    parts = [f"# {title}", ""]
    for question, answer in turns:
        parts += [f"## {question}", "", answer_markdown(answer)]
    return "\n".join(parts)
