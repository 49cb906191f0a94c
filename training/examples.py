"""Training examples for the reader, from SQuAD questions and retrieval's candidates.

For each question of the training half:

- positives: a window holding the sentence with the gold span (with 0-2 neighbours before
  and after, as windows are merged at answer time), labelled with the span;
- hard negatives: windows around the sentences retrieval ranks highest that do not hold a
  gold answer, from the question's article and from the others, labelled "no answer";
- an answer-removed example: the gold window with the gold sentence taken out, labelled "no
  answer" (the closest thing there is to a question an indexed article does not answer).
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.chunks import chunk_text  # noqa: E402
from qa.evaluation import normalize_answer  # noqa: E402
from qa.reader import Window, window_of  # noqa: E402

HARD_NEGATIVES = 2
# Neighbours read with a sentence: at answer time one before it, and windows that touch are
# merged, so training sees mostly one before and sometimes more on either side.
BEFORE_CHOICES = (0, 1, 1, 1, 2)
AFTER_CHOICES = (0, 0, 0, 1)


@dataclass(frozen=True)
class ArticleChunk:
    """A chunk as the store holds it: what :func:`qa.reader.window_of` needs."""

    article_id: str
    title: str
    text: str
    start: int
    sentences: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Example:
    """A question, a window, and the answer's span in the window's text (None: no answer)."""

    question: str
    window: Window
    answer: tuple[int, int] | None
    kind: str  # "positive", "negative", "removed"


@dataclass(frozen=True)
class Group:
    """A question and windows read together: the answer is in at most one of them.

    Training normalises the start and end scores over every piece of every window of the
    group, plus a no-answer choice, so the reader learns to rank windows, not only to find
    a span in a window it is given (shared normalisation, Clark and Gardner 2018).
    """

    question: str
    windows: tuple[Window, ...]
    answer: tuple[int, int, int] | None  # window index, span in its text; None: no answer
    kind: str  # "answer" or "removed"


class Articles:
    """Articles chunked as the store chunks them, with a lookup from a sentence's span."""

    def __init__(self, articles: list[dict]) -> None:
        self.by_id = {a["id"]: a for a in articles}
        self.chunks: dict[str, list[ArticleChunk]] = {}
        self.place: dict[tuple[str, int], tuple[int, int]] = {}
        for a in articles:
            text = a["text"]
            chunks = []
            for c in chunk_text(text):
                chunks.append(ArticleChunk(a["id"], a["title"], text[c.start : c.end], c.start,
                                           c.sentences))
                for si, (s, _) in enumerate(c.sentences):
                    self.place[(a["id"], s)] = (len(chunks) - 1, si)
            self.chunks[a["id"]] = chunks

    def locate(self, article_id: str, start: int) -> tuple[ArticleChunk, int] | None:
        """The chunk and sentence index of the sentence starting at ``start``."""
        got = self.place.get((article_id, start))
        if got is None:
            return None
        return self.chunks[article_id][got[0]], got[1]

    def holding(self, article_id: str, span: tuple[int, int]) -> list[tuple[ArticleChunk, int]]:
        """The sentences that overlap ``span``."""
        out = []
        for chunk in self.chunks.get(article_id, ()):
            for si, (s, e) in enumerate(chunk.sentences):
                if s < span[1] and span[0] < e:
                    out.append((chunk, si))
        return out


def _context(rng: random.Random, chunk: ArticleChunk, first: int, last: int) -> Window:
    lo = max(0, first - rng.choice(BEFORE_CHOICES))
    hi = min(len(chunk.sentences) - 1, last + rng.choice(AFTER_CHOICES))
    return window_of(chunk, lo, hi)


def _mentions(text: str, answers: list[str]) -> bool:
    padded = f" {normalize_answer(text)} "
    return any(f" {a} " in padded for a in map(normalize_answer, answers) if a)


def removed_window(chunk: ArticleChunk, first: int, last: int) -> Window | None:
    """The gold sentences' neighbours without them: the passage with the answer taken out."""
    keep = [i for i in (first - 1, last + 1) if 0 <= i < len(chunk.sentences)]
    if not keep:
        return None
    parts = [chunk.text[chunk.sentences[i][0] - chunk.start : chunk.sentences[i][1] - chunk.start]
             for i in keep]
    text, spans, at = "", [], 0
    for p in parts:
        if text:
            text += " "
            at += 1
        spans.append((at, at + len(p)))
        text += p
        at += len(p)
    return Window(chunk.article_id, chunk.title, text, tuple(spans), offset=None)


def examples_for(q: dict, articles: Articles, rng: random.Random) -> list[Example]:
    """The training examples of one question (its candidates as dumped by candidates.py)."""
    if not q["spans"]:
        return []
    span = tuple(q["spans"][0])
    gold = articles.holding(q["article"], span)
    if not gold or len({id(c) for c, _ in gold}) != 1:
        return []  # the answer crosses a chunk boundary: rare, left out
    chunk = gold[0][0]
    first, last = gold[0][1], gold[-1][1]
    out = []
    window = _context(rng, chunk, first, last)
    answer = (span[0] - window.offset, span[1] - window.offset)
    out.append(Example(q["question"], window, answer, "positive"))
    removed = removed_window(chunk, first, last)
    if removed is not None and not _mentions(removed.text, q["answers"]):
        out.append(Example(q["question"], removed, None, "removed"))
    seen = set()
    for cand in q["candidates"]:
        if len(seen) == HARD_NEGATIVES:
            break
        got = articles.locate(cand["article"], cand["start"])
        if got is None:
            continue
        c, si = got
        if c is chunk and first - 1 <= si <= last + 1:
            continue  # the gold sentence or its neighbour
        w = _context(rng, c, si, si)
        if _mentions(w.text, q["answers"]) or (w.article_id, w.offset) in seen:
            continue
        seen.add((w.article_id, w.offset))
        out.append(Example(q["question"], w, None, "negative"))
    return out


def groups_for(q: dict, articles: Articles, rng: random.Random,
               removed_share: float = 0.5) -> list[Group]:
    """A group with the gold window among hard negatives, and (for ``removed_share`` of the
    questions) the same negatives with the answer-removed window instead."""
    examples = examples_for(q, articles, rng)
    if not examples:
        return []
    positive = examples[0]
    negatives = [e.window for e in examples if e.kind == "negative"]
    windows = [positive.window, *negatives]
    order = list(range(len(windows)))
    rng.shuffle(order)
    at = order.index(0)
    groups = [Group(q["question"], tuple(windows[i] for i in order),
                    (at, *positive.answer), "answer")]
    removed = [e.window for e in examples if e.kind == "removed"]
    if removed and rng.random() < removed_share:
        rest = [removed[0], *negatives[: max(1, len(negatives) - 1)]]
        rng.shuffle(rest)
        groups.append(Group(q["question"], tuple(rest), None, "removed"))
    return groups


def build_groups(articles: list[dict], candidates: Path, seed: int,
                 limit: int = 0) -> list[Group]:
    """Every training group for the questions in ``candidates`` (``limit``: a sample)."""
    rng = random.Random(seed)
    index = Articles(articles)
    with candidates.open(encoding="utf-8") as f:
        qs = [json.loads(line) for line in f]
    if limit:
        qs = random.Random(seed + 1).sample(qs, min(limit, len(qs)))
    return [g for q in qs for g in groups_for(q, index, rng)]


def build(articles: list[dict], candidates: Path, seed: int) -> list[Example]:
    """Every training example for the questions in ``candidates``."""
    rng = random.Random(seed)
    index = Articles(articles)
    out = []
    with candidates.open(encoding="utf-8") as f:
        for line in f:
            out.extend(examples_for(json.loads(line), index, rng))
    return out
