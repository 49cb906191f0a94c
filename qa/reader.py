"""The reader: a model trained here that reads each candidate sentence in its window and
judges it against the question.

A *window* is a few consecutive sentences of one chunk, headed by the article's title, so
that "it" or "the club" in a sentence is read with the sentence before it. The reader's
encoder (the bundled all-MiniLM-L6-v2, fine-tuned by ``training/`` with ``make reader``)
reads the question and every window; small heads then give, for each sentence of a window:

- its *answer score*: how well the sentence, read in its window, answers the question (the
  cosine of their vectors plus how well each word of the question finds its counterpart
  among the sentence's words, late interaction as in ColBERT), minus the question's
  *no-answer score*, which the reader learned to put above every sentence of a window from
  which the answer had been removed;
- the *answer span* in the sentence: the best start and end word pieces, each scored
  bilinearly against the question's vector; it becomes the short answer.

The encoder runs on onnxruntime (int8 weights) and the heads in numpy, so the question path
never imports torch.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from index.background import load_in_background

__all__ = ["MAX_ANSWER_TOKENS", "MAX_TOKENS", "Reader", "SentenceReading", "Window",
           "WindowReading", "fast_product_is_exact", "is_a_word", "session_options", "window_of",
           "windows_for"]

# Longest window in word pieces (title and passage): a few sentences fit; more is cut.
MAX_TOKENS = 160
# The pair reader (training/cross.py): longest question, and longest question and window.
MAX_QUESTION_TOKENS = 40
MAX_PAIR_TOKENS = 192
CLS, SEP = 101, 102
# Longest short answer, in word pieces (SQuAD answers: 95% are 12 or fewer).
MAX_ANSWER_TOKENS = 16
# The words kept of a sentence read only as the context of the next (see windows_for).
CONTEXT_WORDS = 30

WEIGHTS = Path(__file__).resolve().parent / "weights"
# The folder, beside a reader's files, of the reader that reads the question with each window.
PAIRS = "pairs"


@dataclass(frozen=True)
class Window:
    """Consecutive sentences of one article, read together.

    ``text`` is the passage; ``sentences`` are the spans of its sentences in ``text``;
    ``offset`` is where ``text`` starts in the article (so that a span in the passage is a
    span in the article), or None for a passage that is not one piece of an article (used
    only in training).
    """

    article_id: str
    title: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    offset: int | None = None

    @property
    def context(self) -> str:
        """What the reader reads: the title, a line break, the passage."""
        return f"{self.title}\n{self.text}"

    @property
    def passage_start(self) -> int:
        """Where the passage starts in :attr:`context`."""
        return len(self.title) + 1


class _Chunk(Protocol):
    """What a window is cut from: a chunk as the store holds it."""

    @property
    def article_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def sentences(self) -> tuple[tuple[int, int], ...]: ...


def windows_for(picks: Sequence[tuple[_Chunk, int]], before: int = 1, after: int = 0,
                skip: Callable[[str], bool] | None = None) -> list[Window]:
    """Windows around the picked sentences (a chunk and a sentence's place in it): each
    sentence with up to ``before`` and ``after`` neighbours from its chunk (stopping at a
    sentence for which ``skip`` is true); windows that overlap or touch in one chunk are
    read as one. In the order of the first pick of each chunk."""
    groups: dict[int, list[tuple[int, int]]] = {}
    chunks: dict[int, _Chunk] = {}
    picked: set[tuple[int, int]] = set()
    for chunk, si in picks:
        key = id(chunk)
        chunks.setdefault(key, chunk)
        picked.add((key, si))
        lo = hi = si
        while lo > max(0, si - before) and not (skip and skip(_text(chunk, lo - 1))):
            lo -= 1
        while hi < min(len(chunk.sentences) - 1, si + after) and not (
                skip and skip(_text(chunk, hi + 1))):
            hi += 1
        groups.setdefault(key, []).append((lo, hi))
    windows: list[Window] = []
    for key, spans in groups.items():
        merged: list[list[int]] = []
        for lo, hi in sorted(spans):
            if merged and lo <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        # A sentence read only as context keeps its last words: what "it" or "he" refers to
        # is near its end, and a long quotation held whole would crowd the window.
        windows.extend(window_of(chunks[key], lo, hi,
                                 None if (key, lo) in picked else CONTEXT_WORDS)
                       for lo, hi in merged)
    return windows


def _text(chunk: _Chunk, si: int) -> str:
    s, e = chunk.sentences[si]
    return chunk.text[s - chunk.start : e - chunk.start]


def window_of(chunk: _Chunk, first: int, last: int,
              context_words: int | None = None) -> Window:
    """The window of sentences ``first`` to ``last`` (inclusive) of ``chunk``; with
    ``context_words``, of the first sentence only its last that many words."""
    spans = chunk.sentences[first : last + 1]
    begin, finish = spans[0][0], spans[-1][1]
    if context_words is not None:
        first_text = chunk.text[begin - chunk.start : spans[0][1] - chunk.start]
        starts = [m.start() for m in re.finditer(r"\S+", first_text)]
        if len(starts) > context_words:
            begin += starts[-context_words]
            spans = ((begin, spans[0][1]), *spans[1:])
    text = chunk.text[begin - chunk.start : finish - chunk.start]
    return Window(chunk.article_id, chunk.title, text,
                  tuple((s - begin, e - begin) for s, e in spans), offset=begin)


@dataclass(frozen=True)
class Encoded:
    """Texts as the encoder takes them, with where each word piece is in its passage."""

    ids: np.ndarray
    mask: np.ndarray
    # Per text, per piece: the character span in the window's passage, or (-1, -1) for
    # pieces that are not passage text (title, special tokens, padding).
    spans: np.ndarray
    types: np.ndarray | None = None  # segment ids (question 0, window 1) for pairs


def tokenizer(path: Path):
    """The model's own word-piece tokenizer, cutting texts at :data:`MAX_TOKENS`."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def encode(tok, question: str, windows: Sequence[Window]) -> Encoded:
    """The question (row 0) and every window, in one padded batch."""
    encoded = tok.encode_batch([question, *(w.context for w in windows)])
    ids = np.array([e.ids for e in encoded], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
    spans = np.full(ids.shape + (2,), -1, dtype=np.int64)
    for i, (e, w) in enumerate(zip(encoded[1:], windows, strict=True), start=1):
        base = w.passage_start
        for t, (a, b) in enumerate(e.offsets):
            if a >= base and b > a and e.attention_mask[t]:
                spans[i, t] = (a - base, b - base)
    return Encoded(ids, mask, spans)


def pair_tokenizer(path: Path):
    """The model's word-piece tokenizer for :func:`encode_pairs`: no cutting, no padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()
    tok.no_padding()
    return tok


def encode_pairs(tok, question: str, windows: Sequence[Window]) -> Encoded:
    """``[CLS] question [SEP] title / passage [SEP]`` for every window, in one padded batch
    (the question cut at :data:`MAX_QUESTION_TOKENS` pieces, the whole at
    :data:`MAX_PAIR_TOKENS`)."""
    q_ids = tok.encode(question, add_special_tokens=False).ids[:MAX_QUESTION_TOKENS]
    contexts = tok.encode_batch([w.context for w in windows], add_special_tokens=False)
    room = MAX_PAIR_TOKENS - len(q_ids) - 3
    width = len(q_ids) + 3 + max(min(len(c.ids), room) for c in contexts)
    ids = np.zeros((len(windows), width), dtype=np.int64)
    types, mask = np.zeros_like(ids), np.zeros_like(ids)
    spans = np.full(ids.shape + (2,), -1, dtype=np.int64)
    at = len(q_ids) + 2
    for i, (c, w) in enumerate(zip(contexts, windows, strict=True)):
        c_ids = c.ids[:room]
        row = [CLS, *q_ids, SEP, *c_ids, SEP]
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1
        types[i, at : len(row)] = 1
        base = w.passage_start
        for t, (a, b) in enumerate(c.offsets[:room]):
            if a >= base and b > a:
                spans[i, at + t] = (a - base, b - base)
    return Encoded(ids, mask, spans, types)


@dataclass(frozen=True)
class PairHeads:
    """The heads of the reader that reads the question with each window (training/cross.py):
    linear in the mean of a sentence's pieces (its answer score), in a window's [CLS] (the
    no-answer score, averaged over the windows read), and in each piece (span start, end)."""

    sentence: np.ndarray
    sentence_bias: float
    null: np.ndarray
    null_bias: float
    start: np.ndarray
    start_bias: float
    end: np.ndarray
    end_bias: float

    @classmethod
    def load(cls, path: Path) -> PairHeads:
        with np.load(path) as f:
            return cls(f["sentence"], float(f["sentence_bias"]), f["null"],
                       float(f["null_bias"]), f["start"], float(f["start_bias"]), f["end"],
                       float(f["end_bias"]))


def judge_pairs(heads: PairHeads, windows: Sequence[Window], enc: Encoded,
                hidden: np.ndarray) -> list[WindowReading]:
    """The reading of each window, from the encoder's vectors of each (question, window)."""
    null = float(np.mean(hidden[:, 0] @ heads.null)) + heads.null_bias
    start = hidden @ heads.start + heads.start_bias
    end = hidden @ heads.end + heads.end_bias
    out = []
    for i, w in enumerate(windows):
        spans = enc.spans[i]
        readings = []
        for si, (s0, s1) in enumerate(w.sentences):
            inside = np.flatnonzero((spans[:, 0] >= s0) & (spans[:, 1] <= s1)
                                    & (spans[:, 1] > spans[:, 0]))
            if not len(inside):
                readings.append(SentenceReading(w, si, -1e4, (s0, s0)))
                continue
            score = float(hidden[i, inside].mean(axis=0) @ heads.sentence) + heads.sentence_bias
            a, b, sure = _best_span(start[i, inside], end[i, inside], spans[inside])
            readings.append(SentenceReading(w, si, score - null,
                                            whole_words(w.text, a, b, (s0, s1)), sure))
        out.append(WindowReading(w, tuple(readings)))
    return out


@dataclass(frozen=True)
class Heads:
    """The reader's heads (see training/model.py), as numpy arrays."""

    scale: float
    mix: float
    no_answer_weight: np.ndarray
    no_answer_bias: float
    start: np.ndarray
    end: np.ndarray

    @classmethod
    def load(cls, path: Path) -> Heads:
        """Heads saved by training/export.py."""
        with np.load(path) as f:
            return cls(float(f["scale"]), float(f["mix"]), f["no_answer_weight"],
                       float(f["no_answer_bias"]), f["start"], f["end"])


@dataclass(frozen=True)
class SentenceReading:
    """The reader's view of one sentence of a window."""

    window: Window
    index: int  # the sentence's place in the window
    score: float  # answer score minus the question's no-answer score
    span: tuple[int, int]  # the answer span, as character offsets in the passage
    # How sure the reader is of the span: its share of the probability of the sentence's
    # spans (see _best_span).
    span_share: float = 1.0

    @property
    def answer(self) -> str:
        """The span's text."""
        return self.window.text[self.span[0] : self.span[1]]


@dataclass(frozen=True)
class WindowReading:
    """The reader's view of one window's sentences."""

    window: Window
    sentences: tuple[SentenceReading, ...]


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def judge(heads: Heads, windows: Sequence[Window], enc: Encoded,
          hidden: np.ndarray) -> list[WindowReading]:
    """The reading of each window, from the encoder's vectors (row 0: the question)."""
    n_q = int(enc.mask[0].sum())
    q_all = hidden[0, :n_q]
    q_vec = _unit(q_all.mean(axis=0))
    q_tok = _unit(q_all[1 : n_q - 1])  # without [CLS] and [SEP]
    null = float(heads.no_answer_weight @ q_vec + heads.no_answer_bias)
    u_start, u_end = heads.start.T @ q_vec, heads.end.T @ q_vec
    out = []
    for i, w in enumerate(windows, start=1):
        spans = enc.spans[i]
        readings = []
        for si, (s0, s1) in enumerate(w.sentences):
            inside = np.flatnonzero((spans[:, 0] >= s0) & (spans[:, 1] <= s1))
            if not len(inside):
                readings.append(SentenceReading(w, si, -1e4, (s0, s0)))
                continue
            h = hidden[i, inside]
            cos = float(_unit(h.mean(axis=0)) @ q_vec)
            late = float((q_tok @ _unit(h).T).max(axis=1).mean()) if len(q_tok) else 0.0
            score = heads.scale * (cos + heads.mix * late) - null
            a, b, sure = _best_span(h @ u_start, h @ u_end, spans[inside])
            readings.append(SentenceReading(w, si, float(score),
                                            whole_words(w.text, a, b, (s0, s1)), sure))
        out.append(WindowReading(w, tuple(readings)))
    return out


def _best_span(start: np.ndarray, end: np.ndarray,
               spans: np.ndarray) -> tuple[int, int, float]:
    """The character span of the best start and end pieces (end not before start, at most
    :data:`MAX_ANSWER_TOKENS` apart), and how sure the heads are of it: its share of the
    probability of all such spans in the sentence (a softmax over their scores)."""
    n = len(start)
    grid = start[:, None] + end[None, :]
    offsets = np.arange(n)[None, :] - np.arange(n)[:, None]
    grid = np.where((offsets >= 0) & (offsets < MAX_ANSWER_TOKENS), grid, -np.inf)
    a, b = np.unravel_index(int(np.argmax(grid)), grid.shape)
    sure = 1.0 / float(np.exp(grid - grid[a, b]).sum())
    return int(spans[a, 0]), int(spans[b, 1]), sure


_WORD = re.compile(r"\S+")
# Lower-case words inside a person's name.
_NAME_PARTICLES = frozenset("de da di du del della dal dalla van von der den ter le la al el "
                            "bin ibn dos das do".split())
_OPENING = "“‘\"'(["
# Pence ("53p"), a sum as "$" or "£" are; words that open a conversion in brackets.
_PENCE = re.compile(r"\d[\d.,]*p\b")
_ABOUT = frozenset({"about", "around", "roughly", "approximately", "some", "nearly", "almost",
                    "c.", "approx."})
# Titles that open a person's name ("Mr Allard"): a name is not read back past one.
_TITLES = frozenset("Mr Mrs Ms Dr Sir Prof".split())
_CLOSING = ",.;:!?”’\"')]"


def _opens_the_name(text: str, first: str, second: str) -> bool:
    """Whether a sentence's first word ``first`` belongs to the name that ``second`` starts
    or continues ("Phnom" of "Phnom Penh Municipal Court charged Theang...", shown as "Penh
    Municipal Court" in a trial of stop 36): capitalised, no title or figure, never written
    in lower case in ``text``, and no whole word of the encoder's vocabulary, which holds the
    common English words that open sentences ("The", "Former", "Several", "Finalist",
    "National") but not rare names ("Phnom", "Chhay", "Ryanair")."""
    bare = first.lstrip(_OPENING)
    return (_capitalised(bare) and not bare[:1].isdigit() and bare[:1] not in "$£€"
            and bare[-1:] not in _CLOSING and bare not in _TITLES and _capitalised(second)
            and not second[:1].isdigit()
            and re.sub(r"['’]s$", "", bare).lower() not in _vocabulary()
            and re.search(rf"(?<![\w'’]){re.escape(bare.lower())}(?![\w'’])", text) is None)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The whole words of the bundled encoder's vocabulary (lower case)."""
    from index.embeddings import model_path

    vocab = json.loads((model_path() / "tokenizer.json").read_text())["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha())


def is_a_word(word: str) -> bool:
    """Whether ``word`` is, in lower case, a whole word of the encoder's vocabulary (a common
    word capitalised to open a sentence, "Opponents", rather than a name)."""
    return word.lower() in _vocabulary()


# Words a number is read with: "$1.13bn", "17 people" is not one, "40 million" is.
_UNITS = frozenset({"bn", "m", "million", "billion", "trillion", "%", "percent", "cent",
                    "km", "kg", "years", "months", "days", "hours", "minutes"})
# Numbers in words, read with a unit as figures are ("nine days").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
                           "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
                           "dozen", "dozens", "several", "few"})
# The most characters a short answer runs on to close a bracket it opens.
_BRACKET_RUN = 40
# "half a tonne": a fraction is read with the measure it is a fraction of.
_FRACTIONS = frozenset({"half", "quarter", "third", "fifth", "tenth"})
_MEASURES = frozenset({"tonne", "ton", "kilo", "kilogram", "gram", "pound", "litre", "liter",
                       "metre", "meter", "mile", "kilometre", "million", "billion", "trillion",
                       "dozen", "hundred", "thousand", "century", "decade", "year", "month",
                       "week", "day", "hour", "minute", "percent", "point"})


def _capitalised(word: str) -> bool:
    word = word.lstrip(_OPENING)
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word[0] in "$£€")


def whole_words(text: str, start: int, end: int, within: tuple[int, int]) -> tuple[int, int]:
    """The span ``text[start:end]`` widened to whole words and to the whole of a name or a
    figure it touches ("Kim Khoeun" in "spokesman Chhay Kim Khoeun told" becomes "Chhay Kim
    Khoeun"; "1.13" in "$1.13bn" becomes "$1.13bn"; "nine" in "nine days" becomes "nine
    days"), with its brackets closed, without quote marks or punctuation at its ends, and
    kept inside ``within`` (its sentence). The reader's span head picks word pieces; a person
    reads words and names (on held-out SQuAD questions whose sentence the reader got right,
    this raised exact match from 0.306 to 0.331)."""
    lo, hi = within
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, hi)]
    if not words or end <= start:
        return start, end
    i = next((k for k, (_, b) in enumerate(words) if b > start), len(words) - 1)
    j = max([k for k, (a, _) in enumerate(words) if a < end] + [i])

    def word(k: int) -> str:
        return text[words[k][0] : words[k][1]]

    def closes(k: int) -> bool:
        return word(k)[-1] in _CLOSING

    def bracketed(k: int) -> bool:
        return word(k)[:1] in "(["

    def figure(k: int) -> bool:
        w = word(k).lstrip(_OPENING)
        return w[:1].isdigit() or w[:1] in "$£€" or w.lower() in _NUMBER_WORDS

    def money(k: int) -> bool:
        w = word(k).lstrip(_OPENING)
        return w[:1] in "$£€" or bool(_PENCE.match(w))

    # A sum in brackets after a sum is its conversion ("$10bn (£5.3bn)", "$1 (53p)", "$250
    # (about £132)"): the answer is the sum the sentence gives (a trial of stop 35 showed
    # "53p" and "£132").
    if i == j and i > 0 and bracketed(i) and money(i) and money(i - 1) and not closes(i - 1):
        i = j = i - 1
    elif (i == j and i > 1 and money(i) and bracketed(i - 1)
          and word(i - 1).lstrip(_OPENING).lower() in _ABOUT and money(i - 2)
          and not closes(i - 2)):
        i = j = i - 2
    def alike(k: int, m: int) -> bool:  # both figures or both words: "1919 Father James" is two
        return figure(k) == figure(m)

    def particle(k: int) -> bool:  # "dal" in "David dal Maso", "van" in "Ruud van Nistelrooy"
        return word(k) in _NAME_PARTICLES

    # A name runs over capitalised words, not into or out of brackets ("Dreamgirls (2006)"),
    # and over a particle between two of them; not back past a title that opens it ("GDC Mr
    # Allard" of "his keynote speech at GDC Mr Allard, who heads...": a trial of stop 35).
    if _capitalised(word(i)) and not bracketed(i):
        # Not back to the sentence's first word: it is capitalised whatever it is.
        while i > 1 and word(i).rstrip(".") not in _TITLES:
            if (_capitalised(word(i - 1)) and not closes(i - 1) and not bracketed(i - 1)
                    and alike(i - 1, i)):
                i -= 1
            elif (i > 2 and particle(i - 1) and _capitalised(word(i - 2))
                  and not closes(i - 2) and not bracketed(i - 2) and not figure(i - 2)):
                i -= 2
            else:
                break
        if i == 1 and _opens_the_name(text, word(0), word(1)):
            i = 0
    if _capitalised(word(j)) and not closes(j):
        while (j + 1 < len(words) and _capitalised(word(j + 1)) and not bracketed(j + 1)
               and alike(j, j + 1)):
            j += 1
            if closes(j):
                break
    while j + 1 < len(words) and figure(j) and not closes(j):
        after = word(j + 1).rstrip(_CLOSING).lower()
        if after in _UNITS:
            j += 1
        elif after == "per" and j + 2 < len(words) and not closes(j + 1):
            j += 2  # "5 per cent", "£7.00 per minute", "$50 per barrel"
        else:
            break
    if (word(j).lower() in _FRACTIONS and j + 2 < len(words)
            and word(j + 1).lower() in ("a", "an")
            and word(j + 2).rstrip(_CLOSING).lower() in _MEASURES):
        j += 2
    a, b = _balanced(text, *_trimmed(text, words[i][0], words[j][1]), hi)
    a, b = _trimmed(text, a, b)
    if text[b - 2 : b] in ("'s", "’s") and b - 2 > a:  # "Notre Dame's" -> "Notre Dame"
        b -= 2
    return (a, b) if b > a else (start, end)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without quote marks, brackets or punctuation at its ends, but for a
    pair of brackets within it ("$10bn (£5.3bn)" stays whole; "(WTO)" becomes "WTO")."""
    while True:
        before = a, b
        if b - a > 2 and text[a] == "(" and text[b - 1] == ")" and _closed(text[a + 1 : b - 1]):
            a, b = a + 1, b - 1
        while b > a and text[b - 1] in _CLOSING and not (
                text[b - 1] == ")" and "(" in text[a : b - 1]):
            b -= 1
        while a < b and text[a] in _OPENING and not (text[a] == "(" and ")" in text[a + 1 : b]):
            a += 1
        # a dash standing alone at an end ("Mr Leslie -" of "Mr Leslie - who was elected")
        dash = re.search(r"\s+[-–—]+$", text[a:b])
        if dash and dash.start() > 0:
            b = a + dash.start()
        dash = re.match(r"^[-–—]+\s+", text[a:b])
        if dash and dash.end() < b - a:
            a += dash.end()
        if (a, b) == before:
            return a, b


def _closed(part: str) -> bool:
    """Whether every bracket in ``part`` is closed within it."""
    depth = 0
    for ch in part:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def _balanced(text: str, a: int, b: int, limit: int) -> tuple[int, int]:
    """``text[a:b]`` with its brackets closed: one it opens runs on to its ")" (before
    ``limit``, and at most :data:`_BRACKET_RUN` characters on: "Organisation (WTO" becomes
    "Organisation (WTO)"), or else the span stops before it; one that closes what opened
    before the span starts the span after it."""
    depth, first_open = 0, None
    for k in range(a, b):
        if text[k] == "(":
            if depth == 0:
                first_open = k
            depth += 1
        elif text[k] == ")":
            if depth == 0:
                a = k + 1
            else:
                depth -= 1
    if depth and first_open is not None:
        close = text.find(")", b, min(limit, b + _BRACKET_RUN))
        b = close + 1 if close >= 0 and "(" not in text[b:close] else first_open
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b



def session_options(threads: int):
    """onnxruntime's options for reading the int8 readers: ``threads`` threads each, and
    the same sums on every CPU. onnxruntime's fast int8 product adds two products of a byte
    and a signed byte in 16 bits; x86 CPUs without VNNI (before about 2019: AVX2, or AVX-512
    without VNNI) clip what overflows, CPUs with VNNI, and ARM, add exactly. A sentence near
    a cut-off was then cited first on one machine and second on another (stop 38: seed_dev's
    "What age group...?" item). Where the fast product clips (:func:`fast_product_is_exact`),
    ``session.x64quantprecision`` makes onnxruntime multiply unsigned bytes instead, exact
    and slower; elsewhere it would only cost time (the first reader 50 -> 81 ms a batch on a
    VNNI CPU), so it is not asked for."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    if not fast_product_is_exact():
        options.add_session_config_entry("session.x64quantprecision", "1")
    return options


# A 172-byte ONNX model: y = a @ b, for a row ``a`` of 384 unsigned bytes and ``b`` 384 x 384
# signed bytes, all 127 (made by tests/test_reader.py's probe_model with onnx.helper, which
# checks that it is the same model).
PROBE = base64.b64decode(
    "CAg6oQEKMwoFc2hhcGUSAWIiD0NvbnN0YW50T2ZTaGFwZSoWCgV2YWx1ZSoKCAEQAyoBf0IBdqABBAoYCgFhCgFi"
    "EgF5Ig1NYXRNdWxJbnRlZ2VyEgVwcm9iZSodCAIQB0IFc2hhcGVKEIABAAAAAAAAgAEAAAAAAABaFAoBYRIPCg0I"
    "AhIJCgIIAQoDCIADYhQKAXkSDwoNCAYSCQoCCAEKAwiAA0IECgAQEQ==")


@lru_cache(maxsize=1)
def fast_product_is_exact() -> bool:
    """Whether onnxruntime's fast int8 product is exact on this CPU: 255 x 127 summed over 384
    pairs overflows 16 bits at every pair (a few milliseconds, once a process)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    try:
        session = onnxruntime.InferenceSession(PROBE, options,
                                               providers=["CPUExecutionProvider"])
        got = session.run(None, {"a": np.full((1, 384), 255, np.uint8)})[0]
    except Exception:  # noqa: BLE001 - unknown: multiply exactly, to be safe
        return False
    return bool((got == 255 * 127 * 384).all())


class Reader:
    """The shipped reader, loaded on first use, once per process."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder or WEIGHTS
        self._lock = threading.Lock()
        self._session = None
        self._tok = None
        self._heads: Heads | PairHeads | None = None

    @property
    def available(self) -> bool:
        """True when the model's files are there."""
        return (self._folder / "reader.onnx").is_file()

    @cached_property
    def config(self) -> dict:
        """The settings saved beside the model (how its scores are combined and cut)."""
        path = self._folder / "reader.json"
        return json.loads(path.read_text()) if path.is_file() else {}

    def preload(self) -> None:
        """Start loading the model in a background thread, to overlap other start-up work
        (importing chromadb, opening the store); a failure is raised again at first use."""
        if self._session is None and self.available:
            load_in_background(self.load, "load-reader")

    def load(self) -> None:
        """Load the model now (and the pair reader beside it)."""
        if self.second is not None:
            self.second.load()
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime

            from index.embeddings import model_path

            # One thread each: a question's batch is small (about 5 windows), so a second
            # thread costs more in hand-offs than it saves, and the two readers run side by
            # side, a core each (see read). bench/bench_reader_threads.py measures it.
            self._session = onnxruntime.InferenceSession(
                str(self._folder / "reader.onnx"), session_options(threads=1),
                providers=["CPUExecutionProvider"])
            if self.pairs:
                self._tok = pair_tokenizer(model_path() / "tokenizer.json")
                self._heads = PairHeads.load(self._folder / "reader.npz")
            else:
                self._tok = tokenizer(model_path() / "tokenizer.json")
                self._heads = Heads.load(self._folder / "reader.npz")
            _vocabulary()  # (37 ms, here rather than at the first short answer's widening)

    @property
    def pairs(self) -> bool:
        """Whether the reader reads the question with each window (else apart)."""
        return self.config.get("kind") == "pairs"

    def hidden(self, question: str, windows: Sequence[Window]) -> tuple[Encoded, np.ndarray]:
        """The encoder's vectors for the question and the windows, read in one batch."""
        self.load()
        assert self._session is not None
        enc = (encode_pairs if self.pairs else encode)(self._tok, question, windows)
        types = enc.types if enc.types is not None else np.zeros_like(enc.ids)
        hidden = self._session.run(None, {"input_ids": enc.ids, "attention_mask": enc.mask,
                                          "token_type_ids": types})[0]
        return enc, hidden

    def read(self, question: str, windows: Sequence[Window]) -> list[WindowReading]:
        """Read every window with the question."""
        if not windows:
            return []
        second = self.second
        # The pair reader reads beside this one, in its own thread (onnxruntime lets go of
        # the GIL while it runs): on two cores a question is read in about half the time.
        pairs = _beside().submit(second.read, question, windows) if second else None
        enc, hidden = self.hidden(question, windows)
        if isinstance(self._heads, PairHeads):
            return judge_pairs(self._heads, windows, enc, hidden)
        assert self._heads is not None
        own = judge(self._heads, windows, enc, hidden)
        if pairs is None:
            return own
        return merge_readings(own, pairs.result(), float(self.config.get("pair_weight", 0.5)))

    @cached_property
    def second(self) -> Reader | None:
        """The pair reader kept beside this one (``pairs/``), whose scores join this one's
        and whose spans are the short answers; None if there is none."""
        folder = self._folder / PAIRS
        return Reader(folder) if (folder / "reader.onnx").is_file() else None


_BESIDE: list[ThreadPoolExecutor] = []
_BESIDE_LOCK = threading.Lock()


def _beside() -> ThreadPoolExecutor:
    """The thread the pair reader reads in, made on first use, one per process."""
    with _BESIDE_LOCK:
        if not _BESIDE:
            _BESIDE.append(ThreadPoolExecutor(max_workers=2, thread_name_prefix="pair-reader"))
        return _BESIDE[0]


def merge_readings(own: list[WindowReading], pairs: list[WindowReading],
                   weight: float) -> list[WindowReading]:
    """Each sentence's score as the first reading's plus ``weight`` times the second's (a
    reader that reads the question apart from the window, and one that reads them together:
    they err on different sentences), and the second reading's span, which marks the answer
    more exactly."""
    out = []
    for a, b in zip(own, pairs, strict=True):
        merged = []
        for x, y in zip(a.sentences, b.sentences, strict=True):
            if x.score <= -1e3 or y.score <= -1e3:  # no piece of it was read
                merged.append(x)
                continue
            merged.append(SentenceReading(x.window, x.index, x.score + weight * y.score, y.span,
                                          y.span_share))
        out.append(WindowReading(a.window, tuple(merged)))
    return out
