"""Answers as text for people: plain (the CLI, the clipboard) and Markdown (exports); where a
citation comes from; what an ingest did not index, grouped by reason (the CLI and the chat);
and counts (:func:`plural`, defined with the ingest reports that use it too).

When an answer has a short answer (``answer.short``), it leads, with its ``[n]`` marker, in
place of the answer's sentences: the citations below carry those sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from index.reports import Reason, plural
from qa.answering import NO_ANSWER
from qa.conversation import Turn
from qa.forms import ASKS_FOR_MONEY, DATE, MONEY
from qa.models import Answer, ArticleInfo, Citation, IngestReport, Passage

__all__ = ["UNSUPPORTED", "UNSURE", "answer_lead", "answer_markdown", "answer_plain",
           "conversation_markdown", "excerpt", "is_its_passages", "not_found", "not_indexed",
           "plural", "preview", "quoted", "source_label", "unsure", "where", "written_plain"]

UNSUPPORTED = "\u26a0"  # marks a written sentence its quotes do not support


def quoted(quote: str) -> str:
    """A quote in quotation marks, always, even when it opens or closes with its own (“"We
    lost," he said.”): where the cited words begin and end is then never in doubt. (Until
    stop 55 a quote opening or closing with its own mark, or holding one without its
    partner, was shown bare, against a doubled mark, trial DA of stop 51; six of stop 55's
    twelve trials could not tell where such a quote began and ended.)"""
    return f"\u201c{quote}\u201d"


def _one_line(text: str) -> str:
    """``text`` on one line, without a Markdown heading's marks (no words: a trial of stop
    39 saw "# Storm Isla..." in a preview), and a dash after a paragraph that ends without a
    stop, such as a headline ("Storm Isla cuts festival short — Organisers said...", not
    "...short Organisers said...")."""
    text = re.sub(r"(?m)^\s*#+\s+", "", text)
    text = re.sub(r"(?<=[^\s.!?:;…\"”’')\]])[ \t]*\n[ \t]*\n\s*", " — ", text)
    return " ".join(text.split())


def answer_lead(answer: Answer) -> str:
    """What leads the answer: the written answer when a language model wrote one that
    stands; else its short answer with the marker of the citation it is in (``Chhay Kim
    Khoeun [1]``) when it has one; else the answer's text, after :data:`UNSURE` when the
    question asked for a name, a figure or a date (:func:`unsure`)."""
    if answer.written and not answer.abstained:
        return written_plain(answer)
    short = answer.short
    if short:
        return f"{short.text} [{short.n}]"
    return f"{UNSURE}\n{answer.text}" if unsure(answer) else answer.text


# Said before an answer that gives the passages nearest to a question asking for a name, a
# figure or a date, without a short answer: the reader found no words in them of the form
# asked, and such passages often do not say it (new users took them for answers).
UNSURE = "Not sure: no exact answer was found in these passages; read them to check:"


def unsure(answer: Answer) -> bool:
    """:attr:`qa.models.Answer.unsure`."""
    return answer.unsure


def written_plain(answer: Answer) -> str:
    """The written answer, each unsupported sentence marked and followed by why."""
    assert answer.written is not None
    return " ".join(s.text if s.supported else f"{UNSUPPORTED} {s.text} (unsupported: {s.reason})"
                    for s in answer.written.sentences)


def source_label(article: Citation | ArticleInfo | Passage) -> str:
    """Where a citation (or an article, or a search result) comes from: its source, and for
    an article of a JSON or JSONL archive also its id, or its line (item) when the record had
    no id."""
    path, sep, number = article.article_id.rpartition("#")
    if sep and number.isdigit() and PurePath(path).is_absolute():
        kind = "line" if path.endswith(".jsonl") else "item"
        return f"{article.source} {kind} {number}"
    if PurePath(article.article_id).is_absolute():  # a file's article: its path is its id
        return article.source
    return f"{article.source} \u00b7 id {article.article_id}"


def where(c: Citation, date: bool = False) -> str:
    """Where a citation is: its source label, (date,) page if it has one, and characters."""
    parts = [source_label(c), *([c.date] if date and c.date else []),
             *([f"page {c.page}"] if c.page is not None else []),
             f"characters {c.start}-{c.end}"]
    return ", ".join(parts)


def answer_plain(answer: Answer) -> str:
    """The answer (the written one, or the short answer, when there is one) and its
    numbered citations as plain text: each quote, then the article it is from and where.
    An answer that is its passages is not printed above them (only the "Not sure" line).
    (The article's title came first until stop 36: an untitled article's title is its
    opening words, which a new user took for the start of the quote below it; under the
    quote, the next took it for a second quote, hence "article:".)"""
    if is_its_passages(answer):
        # The passages are the answer: each printed once, under its number, as under a
        # short answer (stop 36 printed them joined, then only their sources under the
        # numbers, which two trials of stop 37 read as missing quotes)
        blocks = [UNSURE] if unsure(answer) else []
    else:
        blocks = [answer_lead(answer)]
    for c in answer.citations:
        quote = quoted(c.quote).replace("\n", "\n    ")
        blocks.append(f"[{c.n}] {quote}\n    \u2014 article: {c.title} ({where(c, date=True)})")
    return "\n\n".join(blocks)


def is_its_passages(answer: Answer) -> bool:
    """Whether ``answer``'s text is its cited passages, each with its marker (no short
    answer, no written answer)."""
    return (bool(answer.citations) and answer.short is None and not answer.written
            and answer.text == " ".join(f"{c.quote} [{c.n}]" for c in answer.citations))


def answer_markdown(answer: Answer) -> str:
    """The answer (the written one when a language model wrote one that stands; else its
    short answer in bold when it has one), then its citations as a numbered list with quotes
    and sources."""
    short = answer.short
    if answer.written and not answer.abstained:
        lead = written_plain(answer)
    elif short:
        lead = f"**{short.text}** [{short.n}]"
    else:
        lead = f"*{UNSURE}*\n\n{answer.text}" if unsure(answer) else answer.text
    lines = [lead, ""]
    for c in answer.citations:
        lines.append(f"{c.n}. **{c.title}** ({where(c, date=True)})")
        lines.append(f"   > {c.quote}")
    return "\n".join(lines).rstrip() + "\n"


def not_indexed(report: IngestReport, details: bool = True) -> list[str]:
    """Every file or record an ingest did not index, grouped by reason: a heading line per
    reason, then (with ``details``) one indented line per file with what to do."""
    lines = []
    for reason, problems in report.by_reason().items():
        verb = "skipped" if reason in (Reason.NOT_AN_ARTICLE, Reason.QUESTIONS) else "not indexed"
        lines.append(f"{reason}: {len(problems)} {verb}")
        if details:
            lines += [f"  {p.source}" if reason == Reason.NOT_AN_ARTICLE
                      else f"  {p.source}: {p.message}" for p in problems]
    return lines


def conversation_markdown(turns: Iterable[Turn], title: str) -> str:
    """A whole conversation: each question as a heading, each answer with its sources."""
    parts = [f"# {title}", ""]
    for turn in turns:
        parts += [f"## {turn.question}", "", answer_markdown(turn.answer)]
    return "\n".join(parts)


def not_found(answer: Answer) -> bool:
    """Whether ``answer`` refuses because no passage answers: the refusal after which the
    closest passages may show the answer in other words (`qa search`, the chat's /search);
    not one that says what to ask instead (a question in French, about no article in
    particular) nor an empty library's."""
    return answer.abstained and answer.text == NO_ANSWER


def preview(passage: Passage, query: str, width: int = 200) -> str:
    """A search result's passage on one line, from its sentence that matched ``query`` best
    (:func:`excerpt`), or from the first that has the form the query asks for (a sum for "How
    much...?", a figure, a date) when that one has none (see _FORMS)."""
    at = None if passage.best_start is None else passage.best_start - passage.start
    if at is not None:
        at = _said_in_the_form_asked(passage, query, at)
    title = passage.title.strip()
    if title and passage.text.startswith(title) and (at is None or at < len(title)):
        # the headline is shown as the result's title already (a trial of stop 44 read it
        # twice, and the sentence it wanted was cut off)
        rest = passage.text[len(title) :]
        if rest.strip():
            # from the sentence after it, with no "…" for the headline left out (trials AQ,
            # AS and AT of stop 47 read "…A seaside lido..." as cut mid-text)
            return excerpt(rest.lstrip(), query, width=width, at=0)
    return excerpt(passage.text, query, width=width, at=at)


# What a query asks for, as the words a sentence gives it in: after "How much did Margaret
# Ellison pay for the ferry?" refused, `qa search` previewed the top passage from "Margaret
# Ellison, 71, signed the purchase...", past the lead's "£185,000" (a new user's check, stop
# 45; another's preview of the prize money stopped before "£118,000").
_FORMS = ((ASKS_FOR_MONEY, MONEY), (re.compile(r"\bhow (?:many|old)\b|\bwhat age\b"),
                                     re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|"
                                                r"nine|ten|eleven|twelve)\b", re.IGNORECASE)),
          (re.compile(r"^\s*(?:when|on what date|in what year|what year)\b"), DATE))
_SENTENCE_ENDS = re.compile(r"[.!?][\"”’)]?\s+|\n\s*")


def _said_in_the_form_asked(passage: Passage, query: str, at: int) -> int:
    """``at``, the offset in ``passage.text`` of its best sentence, or of the first sentence
    that gives the form ``query`` asks for when the best one gives none (see _FORMS)."""
    asked = next((form for ask, form in _FORMS if ask.search(query.lower())), None)
    if asked is None:
        return at
    starts = sorted({0, *(m.end() for m in _SENTENCE_ENDS.finditer(passage.text))})
    ends = [*starts[1:], len(passage.text)]
    spans = [(a, b) for a, b in zip(starts, ends, strict=True) if b > a]
    best = next(((a, b) for a, b in spans if a <= at < b), None)
    if best is None or asked.search(passage.text[best[0] : best[1]]):
        return at
    title = passage.title.strip()
    names = set(re.findall(r"(?<!^)\b[A-Z][\w'’\-]+", query.strip())) if _ASKS_AGE.search(
        query) else set()

    def named(a: int, b: int) -> int:
        return sum(name in passage.text[a:b] for name in names)

    # (an age is said beside its name: not to a sentence naming fewer of the query's names,
    # "How old is Kelsham opposition leader Dev Mistry?" was previewed from "The council will
    # spend £2.3m...", the sentence before his: a trial of stop 51)
    return next((a for a, b in spans if asked.search(passage.text[a:b])
                 and named(a, b) >= named(*best)
                 and not (title and passage.text[a:b].strip() == title)), at)


_ASKS_AGE = re.compile(r"\bhow old\b|\bwhat age\b", re.IGNORECASE)


def excerpt(text: str, query: str, width: int = 200, at: int | None = None) -> str:
    """About ``width`` characters of ``text`` on one line, from the sentence starting at
    offset ``at`` (the one that matched best), or else around where the most of the
    query's words (those of three letters or more) occur close together, cut at word
    boundaries, with "…" where text was left out (a search result's chunk is longer than its
    preview, and the sentence that matched can be anywhere in it)."""
    line = _one_line(text)
    if len(line) <= width:
        return line
    if at is not None:
        # the sentence from its start (a trial of stop 39 saw previews around the query's
        # words stop just before the sentence that held the answer)
        # (not pulled back to fill the width: stop 41's last trial read "…Laura Pike in
        # 2019. Race director Martin Hale said..." as starting at the wrong sentence)
        start = len(_one_line(text[:at])) + (1 if at and text[at - 1].isspace() else 0)
        cut = line[start : start + width]
        if start + len(cut) < len(line):
            cut = cut[: cut.rfind(" ")] if " " in cut else cut
        return ("…" if start else "") + cut + ("…" if start + len(cut) < len(line) else "")
    wanted = {w for w in re.findall(r"\w+", query.lower()) if len(w) >= 3}
    found = sorted((m.start(), w) for w in wanted
                   for m in re.finditer(rf"\b{re.escape(w)}", line.lower()))
    start = 0
    if found:  # the match with the most other words after it, a quarter of the way in
        reach = width * 3 // 4
        at = max(found, key=lambda f: (len({w for p, w in found if f[0] <= p < f[0] + reach}),
                                       -f[0]))[0]
        start = max(0, min(at - width // 4, len(line) - width))
        if start:
            start = line.rfind(" ", 0, start + 1) + 1  # back to a word's start
    cut = line[start : start + width]
    if start + len(cut) < len(line):
        cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return ("…" if start else "") + cut + ("…" if start + len(cut) < len(line) else "")
