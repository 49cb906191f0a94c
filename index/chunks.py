"""Sentence-aware chunking that keeps exact character spans.

Sentences come from Punkt with NLTK's trained English parameters (:mod:`index.punkt`, which
reads them without importing NLTK), applied line block by line block so that a sentence
never crosses a paragraph break, with three rules of our own on top: a few abbreviations the
model lacks, "No." before a number, and quoted speech kept whole. Chunks are runs of whole
sentences of a few dozen words: small enough that a citation points at the passage that
matters, large enough to carry context for retrieval.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.errors import ModelError

__all__ = ["LEAD_DATELINE", "Chunk", "chunk_text", "split_sentences"]

MAX_CHUNK_WORDS = 110
MIN_CHUNK_WORDS = 45
# A "sentence" longer than this (a list, a table, a text without full stops) is cut into
# pieces at spaces, so no single citation quotes a wall of text. A quotation of several
# sentences is kept as one sentence up to the same length: that keeps 81% of the
# multi-sentence quotations of the BBC articles whole (median 40 words; 93% at 80 words,
# but a citation is meant to be read at a glance, and 40 words is the answer's budget).
# A longer one is cut at its own sentence ends, never inside a sentence.
MAX_SENTENCE_WORDS = 60

# Abbreviations NLTK's English model lacks, seen cutting news sentences ("the No. 3 furnace",
# "e.g. a new wing", "E.U. ministers"); before a capitalised word that usually starts a
# sentence, Punkt still ends the sentence at them.
_MORE_ABBREVIATIONS = frozenset((
    "e.g i.e e.u approx cf al fig vol ca apr jun jul mon thu thur thurs gov govt "
    "sgt capt cpl pvt supt det insp cmdr dept univ assn").split())
# "No." is an abbreviation only before a number ("No. 3"); elsewhere it often ends a sentence
# ("they voted no."), so it is joined by rule rather than listed above.
_NUMBER_SIGNS = ("No.", "Nos.")
# A straight double quote opens a quotation after these (or at the start of a line), and
# closes one elsewhere; curly ones say which they are.
_BEFORE_OPENING = frozenset(" \t([{/-\u2013\u2014")

Span = tuple[int, int]

# A dateline opening a story's first paragraph, as wire copy and many papers write it:
# "DERBY, 3 March 2025 — The bus...", "LONDON (Reuters) - Shares...", "Derby, March 3, 2025 –
# ...". It is no part of the lead's sentence (a new user's .txt of stop 42 had the first
# citation quote it), so no sentence holds it; index.articles.dateline reads its date.
_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_LEAD_DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
              rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
              r"(?:,?\s+(?:19|20)\d\d)?")
_AGENCY = r"(?:\s*\([A-Z][\w .&]*\))?"
LEAD_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Z.'\-]+){{0,3}}{_AGENCY}(?:,?\s+{_LEAD_DATE})?{_AGENCY}"
    rf"|[A-Z][a-z][\w.'\-]*(?:,?\s+[A-Z][\w.'\-]*){{0,3}},\s+{_LEAD_DATE}{_AGENCY})"
    "\\s+(?:\u2014|\u2013|--?)\\s+(?=[A-Z\"\u201c\u2018'])")

_WORD = re.compile(r"\S+")
_BLOCK = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences: ``text[start:end]`` of its article."""

    index: int
    start: int
    end: int
    sentences: tuple[Span, ...]


@functools.cache
def _punkt() -> Callable[[str], Iterable[Span]]:
    # llama-index's own ``globals_helper.punkt_tokenizer`` is an untrained Punkt: it knows no
    # abbreviation and cuts "Mr. Olympia" or "The U.S. Army" in two. NLTK's trained English
    # parameters ship inside llama-index-core; index.punkt reads them without importing
    # NLTK or llama-index (2-4 s and 1 s in every ingesting process).
    from index.punkt import PunktSplitter, english_parameters

    try:
        params = english_parameters()
    except LookupError as e:
        raise ModelError("the English sentence splitter's parameters (NLTK punkt_tab, "
                         "bundled with llama-index-core) are missing; reinstall with "
                         "'make install'") from e
    params.abbrev_types.update(_MORE_ABBREVIATIONS)
    return PunktSplitter(params).span_tokenize


# A "!" or "?" that a word in lower case follows ends no sentence: it belongs to a title
# ("Mamma Mia! with playwright Catherine Johnson", "Shall We Dance? at number three") or to
# quoted words ("'Why target the airlines?' said Ulrich Schulte"): a trial of stop 37 was
# cited "Ms Craymer, who developed Mamma Mia!" alone. 67 times in the 2,225 BBC articles.
_TITLE_MARK = re.compile(r"[!?][\"'\u201d\u2019]*$")  # (searched in a piece's last characters only)


def split_sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``, trimmed of surrounding white space."""
    tokenize = _punkt()
    spans: list[Span] = []
    for block_start, block_end in _blocks(text):
        lead = LEAD_DATELINE.match(text, block_start, block_end)
        if lead:
            block_start = lead.end()
        offset = block_start
        pieces: list[Span] = []
        for s, e in tokenize(text[block_start:block_end]):
            s, e = offset + s, offset + e
            end = pieces[-1][1] if pieces else 0
            if pieces and (_ends_with_number_sign(text, end) and text[s:s + 1].isdigit()
                           or _TITLE_MARK.search(text, max(0, end - 8), end)
                           and text[s:s + 1].islower()):
                s = pieces.pop()[0]
            pieces.append((s, e))
        for s, e in _join_quotations(text, pieces):
            spans.extend(_cut_long(text, s, e))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span]


# A line that does not end a sentence, and a next line that goes on in lower case: one
# sentence wrapped by hard line breaks (a new user's .md of stop 41, its lines broken inside
# paragraphs, was quoted "...on Saturday, 14 June, ending a"). A headline or a dateline on a
# line of its own ends without a stop too, but the next line starts in capitals.
_LINE_ENDS_SENTENCE = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
# A line ending in a comma or a word no sentence nor headline ends with goes on in the next
# line, whatever its case ("...ending a\nBritish record run", of the last trial of stop 41).
_LINE_GOES_ON = re.compile(r"(?:,|\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|"
                           r"as|than|that|into|its|their|his|her|our|my|your|is|are|was|were)"
                           r")[ \t]*$")


def _blocks(text: str) -> list[Span]:
    """The spans of ``text`` read as one piece each: its lines, a line joined to the next
    when the sentence runs on into it (see _LINE_ENDS_SENTENCE and _LINE_GOES_ON)."""
    blocks: list[Span] = []
    for line in _BLOCK.finditer(text):
        start, end = line.span()
        last = blocks[-1] if blocks else None
        if last and text[last[1] : start] == "\n" and (
                line.group()[:1].islower()
                and not _LINE_ENDS_SENTENCE.search(text, last[0], last[1])
                or line.group()[:1].isalnum() and _LINE_GOES_ON.search(text, last[0], last[1])):
            blocks[-1] = (last[0], end)
        else:
            blocks.append((start, end))
    return blocks


def _join_quotations(text: str, pieces: list[Span]) -> list[Span]:
    """The sentences of one line, those that end inside a quotation joined to the next ones,
    up to ``MAX_SENTENCE_WORDS`` words in all."""
    out: list[Span] = []
    inside = False  # a quotation is open where the last piece ends
    words = 0
    for s, e in pieces:
        n = _words(text, (s, e))
        if out and inside and words + n <= MAX_SENTENCE_WORDS:
            out[-1] = (out[-1][0], e)
            words += n
        else:
            out.append((s, e))  # a quotation cut at the cap stays open in the next piece
            words = n
        inside = _quotation_open(text, s, e, inside)
    return out


def _quotation_open(text: str, start: int, end: int, inside: bool) -> bool:
    """Whether a quotation is open at ``end``, given whether one was at ``start``."""
    for i in range(start, end):
        ch = text[i]
        if ch == "\u201c":
            inside = True
        elif ch == "\u201d":
            inside = False
        elif ch == '"':
            inside = i == 0 or text[i - 1] in _BEFORE_OPENING or text[i - 1] == "\n"
    return inside


def _ends_with_number_sign(text: str, end: int) -> bool:
    return any(text.startswith(sign, end - len(sign)) and
               (end == len(sign) or not text[end - len(sign) - 1].isalnum())
               for sign in _NUMBER_SIGNS if end >= len(sign))


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _cut_long(text: str, start: int, end: int) -> list[Span]:
    words = list(_WORD.finditer(text, start, end))
    if len(words) <= MAX_SENTENCE_WORDS:
        return [(start, end)]
    pieces = []
    for i in range(0, len(words), MAX_SENTENCE_WORDS):
        group = words[i : i + MAX_SENTENCE_WORDS]
        pieces.append((group[0].start(), group[-1].end()))
    return pieces


def _words(text: str, span: Span) -> int:
    return len(_WORD.findall(text, span[0], span[1]))


def chunk_text(text: str) -> list[Chunk]:
    """Group the sentences of ``text`` into chunks, preferring to break at paragraphs."""
    chunks: list[Chunk] = []
    current: list[Span] = []
    words = 0
    for span in split_sentences(text):
        n = _words(text, span)
        at_paragraph = bool(current) and "\n" in text[current[-1][1] : span[0]]
        if current and (words + n > MAX_CHUNK_WORDS or (at_paragraph and words >= MIN_CHUNK_WORDS)):
            chunks.append(_make_chunk(len(chunks), current))
            current, words = [], 0
        current.append(span)
        words += n
    if current:
        chunks.append(_make_chunk(len(chunks), current))
    return chunks


def _make_chunk(index: int, spans: list[Span]) -> Chunk:
    return Chunk(index=index, start=spans[0][0], end=spans[-1][1], sentences=tuple(spans))
