"""Punkt sentence boundaries with NLTK's trained English parameters, without importing NLTK.

``import nltk`` runs NLTK's package ``__init__``, which imports most of NLTK and SciPy
(2-4 s in every ingesting process); its Punkt module cannot be imported alone. This module
is the sentence-splitting half of ``nltk/tokenize/punkt.py`` (NLTK 3.10, Apache License 2.0,
Copyright (C) 2001-2025 NLTK Project; Punkt after Kiss and Strunk, 2006), ported to the
standard ``re`` module with the same decisions; the training half is left out. The trained
English parameters (``punkt_tab``) are read from the copy that ships inside
llama-index-core, found without importing llama-index. ``tests/test_punkt.py`` checks the
spans against NLTK's own ``PunktTokenizer`` on news and encyclopedia text.
"""

from __future__ import annotations

import importlib.util
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["PunktParameters", "PunktSplitter", "english_parameters"]

# Orthographic contexts: where a word type was seen, and with which case (NLTK's flags).
_BEG_UC, _MID_UC, _UNK_UC = 1 << 1, 1 << 2, 1 << 3
_BEG_LC, _MID_LC, _UNK_LC = 1 << 4, 1 << 5, 1 << 6
_UC = _BEG_UC | _MID_UC | _UNK_UC
_LC = _BEG_LC | _MID_LC | _UNK_LC

_SENT_END = (".", "?", "!")
_PUNCTUATION = tuple(";:,.!?")
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb!?])"
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_WORD_RE = re.compile(rf"""(
        {_MULTI_CHAR}
        |
        (?={_WORD_START})\S+?
        (?=
            \s|
            $|
            {_NON_WORD}|{_MULTI_CHAR}|
            ,(?=$|\s|{_NON_WORD}|{_MULTI_CHAR})
        )
        |
        \S
    )""",
    re.UNICODE | re.VERBOSE)
_PERIOD_CONTEXT_RE = re.compile(rf"""
        [\.\?!]
        (?=(?P<after_tok>
            {_NON_WORD}
            |
            \s+(?P<next_tok>\S+)
        ))""", re.UNICODE | re.VERBOSE)
_REALIGN_RE = re.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)',
                         re.MULTILINE)
_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL = re.compile(r"[^\W\d]\.$", re.UNICODE)
_ELLIPSIS = re.compile(r"\.\.+$")


@dataclass
class PunktParameters:
    """What Punkt learnt from a corpus: abbreviations, collocations (word pairs around a
    full stop that is not a boundary), frequent sentence starters, orthographic contexts."""

    abbrev_types: set[str] = field(default_factory=set)
    collocations: set[tuple[str, str]] = field(default_factory=set)
    sent_starters: set[str] = field(default_factory=set)
    ortho_context: dict[str, int] = field(default_factory=dict)


def english_parameters() -> PunktParameters:
    """NLTK's trained English parameters, from the ``punkt_tab`` bundled in llama-index-core.

    Raises:
        LookupError: the parameter files are not installed.
    """
    directory = _bundled_english()
    try:
        def lines(name: str) -> list[str]:
            text = (directory / name).read_text(encoding="utf-8")
            return [line[:-1] if line.endswith("\n") else line
                    for line in text.splitlines(keepends=True)]

        return PunktParameters(
            abbrev_types=set(lines("abbrev_types.txt")),
            collocations={tuple(x.split("\t")) for x in lines("collocations.tab")},  # type: ignore[misc]
            sent_starters=set(lines("sent_starters.txt")),
            ortho_context={a: int(b) for a, b in (x.split("\t") for x in
                                                  lines("ortho_context.tab"))})
    except OSError as e:
        raise LookupError(f"NLTK's English Punkt parameters are missing in {directory}") from e


def _bundled_english() -> Path:
    spec = importlib.util.find_spec("llama_index.core")
    if not spec or not spec.submodule_search_locations:
        raise LookupError("llama-index-core, which ships NLTK's English Punkt parameters, "
                          "is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "_static" / "nltk_cache" / "tokenizers" / "punkt_tab" / "english"


class _Token:
    """A word token with Punkt's annotations."""

    __slots__ = ("abbr", "ellipsis", "period_final", "sentbreak", "tok", "type")

    def __init__(self, tok: str) -> None:
        self.tok = tok
        self.type = _NUMERIC.sub("##number##", tok.lower())
        self.period_final = tok.endswith(".")
        self.sentbreak = self.abbr = self.ellipsis = False

    @property
    def type_no_period(self) -> str:
        return self.type[:-1] if len(self.type) > 1 and self.type[-1] == "." else self.type

    @property
    def type_no_sentperiod(self) -> str:
        return self.type_no_period if self.sentbreak else self.type

    @property
    def first_upper(self) -> bool:
        return self.tok[0].isupper()

    @property
    def first_lower(self) -> bool:
        return self.tok[0].islower()


class PunktSplitter:
    """Sentence spans by Punkt's decisions (NLTK's ``PunktSentenceTokenizer.span_tokenize``
    with boundary realignment)."""

    def __init__(self, params: PunktParameters) -> None:
        self.params = params

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each sentence of ``text``."""
        for s in self._realign_boundaries(text, self._slices_from_text(text)):
            yield s.start, s.stop

    # -- candidate boundaries ------------------------------------------------------------

    def _slices_from_text(self, text: str) -> Iterator[slice]:
        last_break = 0
        for match, context in _potential_end_contexts(text):
            if self._contains_sentbreak(context):
                yield slice(last_break, match.end())
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        yield slice(last_break, len(text.rstrip()))

    @staticmethod
    def _realign_boundaries(text: str, slices: Iterable[slice]) -> Iterator[slice]:
        """Closing punctuation after a full stop ("(Sent1.) Sent2.") stays with its sentence."""
        realign = 0
        for first, second in _pairs(slices):
            first = slice(first.start + realign, first.stop)
            if second is None:
                if text[first]:
                    yield first
                continue
            m = _REALIGN_RE.match(text[second])
            if m:
                yield slice(first.start, second.start + len(m.group(0).rstrip()))
                realign = m.end()
            else:
                realign = 0
                if text[first]:
                    yield first

    def _contains_sentbreak(self, context: str) -> bool:
        found = False  # the last token does not count
        for tok in self._annotate(_tokenize_words(context)):
            if found:
                return True
            if tok.sentbreak:
                found = True
        return False

    # -- annotation ----------------------------------------------------------------------

    def _annotate(self, tokens: Iterable[_Token]) -> Iterator[_Token]:
        first_pass = (self._first_pass(t) for t in tokens)
        for tok, following in _pairs(first_pass):
            if following is not None:
                self._second_pass(tok, following)
            yield tok

    def _first_pass(self, tok: _Token) -> _Token:
        text = tok.tok
        if text in _SENT_END:
            tok.sentbreak = True
        elif _ELLIPSIS.match(text):
            tok.ellipsis = True
        elif tok.period_final and not text.endswith(".."):
            word = text[:-1].lower()
            if word in self.params.abbrev_types or word.split("-")[-1] in \
                    self.params.abbrev_types:
                tok.abbr = True
            else:
                tok.sentbreak = True
        return tok

    def _second_pass(self, tok: _Token, following: _Token) -> None:
        if not tok.period_final:
            return
        typ, next_typ = tok.type_no_period, following.type_no_sentperiod
        is_initial = bool(_INITIAL.match(tok.tok))
        if (typ, next_typ) in self.params.collocations:
            tok.sentbreak, tok.abbr = False, True
            return
        if (tok.abbr or tok.ellipsis) and not is_initial:
            starts = self._ortho_heuristic(following)
            if starts is True:
                tok.sentbreak = True
                return
            if following.first_upper and next_typ in self.params.sent_starters:
                tok.sentbreak = True
                return
        if is_initial or typ == "##number##":
            starts = self._ortho_heuristic(following)
            if starts is False:
                tok.sentbreak, tok.abbr = False, True
                return
            if (starts == "unknown" and is_initial and following.first_upper
                    and not self.params.ortho_context.get(next_typ, 0) & _LC):
                tok.sentbreak, tok.abbr = False, True

    def _ortho_heuristic(self, tok: _Token) -> bool | str:
        """Whether ``tok`` starts a sentence, from how its word type was seen in training."""
        if tok.tok in _PUNCTUATION:
            return False
        context = self.params.ortho_context.get(tok.type_no_sentperiod, 0)
        if tok.first_upper and context & _LC and not context & _MID_UC:
            return True
        if tok.first_lower and (context & _UC or not context & _BEG_LC):
            return False
        return "unknown"


def _tokenize_words(text: str) -> Iterator[_Token]:
    for line in text.split("\n"):
        if line.strip():
            for tok in _WORD_RE.findall(line):
                yield _Token(tok)


def _potential_end_contexts(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each candidate boundary with the text around it: the word before, the mark, and what
    follows (NLTK's ``_match_potential_end_contexts``, overlaps removed the same way)."""
    previous_slice = slice(0, 0)
    previous_match: re.Match[str] | None = None
    for match in _PERIOD_CONTEXT_RE.finditer(text):
        before = text[previous_slice.stop : match.start()]
        last_space = _last_whitespace(before)
        start = last_space + previous_slice.stop + 1 if last_space else previous_slice.start
        word = slice(start, match.start())
        if previous_match and previous_slice.stop <= word.start:
            yield previous_match, (text[previous_slice] + previous_match.group()
                                   + previous_match.group("after_tok"))
        previous_match, previous_slice = match, word
    if previous_match:
        yield previous_match, (text[previous_slice] + previous_match.group()
                               + previous_match.group("after_tok"))


def _last_whitespace(text: str) -> int:
    for i in range(len(text) - 1, -1, -1):
        if text[i] in string.whitespace:
            return i
    return 0


def _pairs(items: Iterable) -> Iterator[tuple]:
    """Each item with the next one (None after the last)."""
    it = iter(items)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item
    yield prev, None
