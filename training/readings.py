"""Reading dumped candidates with a reader, for measuring and for fitting the combination.

Each question's top retrieval candidates become windows exactly as at answer time
(:func:`qa.reader.windows_for`), are read in one batch, and every sentence read gets a row:
its reader score, its retrieval evidence, its short-answer span and whether it holds a gold
answer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from examples import Articles  # noqa: E402

from qa.evaluation import contains_answer_squad as contains_answer  # noqa: E402
from qa.reader import Heads, Window, WindowReading, encode, judge, tokenizer  # noqa: E402

READ_DEPTH = 6  # candidate sentences whose windows are read


class TorchReader:
    """A trained reader before export, read as :class:`qa.reader.Reader` reads."""

    def __init__(self, folder: Path) -> None:
        import torch
        from transformers import AutoModel

        from index.embeddings import model_path

        self.torch = torch
        self.model = AutoModel.from_pretrained(str(folder), add_pooling_layer=False).eval()
        self.tok = tokenizer(model_path() / "tokenizer.json")
        h = torch.load(folder / "heads.pt")
        self.heads = Heads(float(h["scale"]), float(h["mix"]), h["no_answer.weight"].numpy()[0],
                           float(h["no_answer.bias"]), h["start.weight"].numpy(),
                           h["end.weight"].numpy())

    def read(self, question: str, windows: list[Window]) -> list[WindowReading]:
        enc = encode(self.tok, question, windows)
        t = self.torch
        with t.inference_mode():
            hidden = self.model(input_ids=t.from_numpy(enc.ids),
                                attention_mask=t.from_numpy(enc.mask),
                                token_type_ids=t.zeros_like(t.from_numpy(enc.ids)))
        return judge(self.heads, windows, enc, hidden.last_hidden_state.numpy())


@dataclass
class Row:
    """One sentence read for one question."""

    question: str
    answers: list[str]
    unanswerable: bool
    article: str
    start: int  # the sentence, in article offsets
    end: int
    text: str
    reader: float  # answer score minus the question's no-answer score
    retrieval: float  # retrieval's score (the lowest dumped score when not dumped)
    rank: int  # retrieval rank among dumped candidates (99 when not dumped)
    features: list[float]
    answer: str  # the best span's text
    hit: bool


def questions(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def read_all(reader, qs: list[dict], articles: Articles, depth: int = READ_DEPTH,
             unanswerable: bool = False) -> list[list[Row]]:
    """Per question, a row for every sentence read."""
    out = []
    for q in qs:
        cands = q["candidates"]
        picks, seen = [], set()
        for c in cands:
            got = articles.locate(c["article"], c["start"])
            if got is None:
                continue
            text_key = (c["article"], c["start"])
            if text_key in seen:
                continue
            seen.add(text_key)
            picks.append(got)
            if len(picks) == depth:
                break
        from qa.reader import windows_for

        windows = windows_for(picks, before=1, after=0)
        by_place = {(c["article"], c["start"]): (r, c) for r, c in enumerate(cands)}
        low = min((c["score"] for c in cands), default=0.0)
        rows = []
        for wr in reader.read(q["question"], windows) if windows else []:
            w = wr.window
            for sr in wr.sentences:
                s, e = w.sentences[sr.index]
                start, end = w.offset + s, w.offset + e
                rank, cand = by_place.get((w.article_id, start), (99, None))
                text = w.text[s:e]
                rows.append(Row(
                    q["question"], q["answers"], unanswerable, w.article_id, start, end, text,
                    sr.score, cand["score"] if cand else low, rank,
                    cand["features"] if cand else [0.0] * 6, sr.answer,
                    bool(q["answers"]) and contains_answer(text, q["answers"])))
        out.append(rows)
    return out


def squad_f1(prediction: str, answers: list[str]) -> tuple[float, float]:
    """SQuAD's exact match and token F1 of ``prediction``, best over ``answers``."""
    from collections import Counter

    from qa.evaluation import normalize_answer

    pred = normalize_answer(prediction).split()
    em = f1 = 0.0
    for a in answers:
        gold = normalize_answer(a).split()
        em = max(em, float(pred == gold))
        common = sum((Counter(pred) & Counter(gold)).values())
        if common:
            p, r = common / len(pred), common / len(gold)
            f1 = max(f1, 2 * p * r / (p + r))
    return em, f1


def summary(per_question: list[list[Row]], score=lambda r: r.reader) -> dict:
    """First-sentence hit rate and short-answer EM/F1 when ranking by ``score``."""
    first = recall = em = f1 = 0.0
    n = 0
    for rows in per_question:
        if not rows or rows[0].unanswerable:
            continue
        n += 1
        best = max(rows, key=score)
        first += best.hit
        recall += any(r.hit for r in rows)
        e, f = squad_f1(best.answer, best.answers)
        em += e
        f1 += f
    n = max(n, 1)
    return {"questions": n, "first": first / n, "read_recall": recall / n, "em": em / n,
            "f1": f1 / n}


def retrieval_first(per_question: list[list[Row]]) -> float:
    """First-sentence hit rate of retrieval's own order, over the same questions."""
    hits = [max(rows, key=lambda r: -r.rank).hit for rows in per_question if rows]
    return float(np.mean(hits)) if hits else 0.0


class CachedReader:
    """A trained last layer and heads (training/train.py), reading cached windows."""

    def __init__(self, folder: Path | None = None) -> None:
        import copy

        import torch
        from cache import FROZEN
        from model import TopReader
        from transformers import AutoModel

        from index.embeddings import model_path

        self.torch = torch
        encoder = AutoModel.from_pretrained(str(model_path()), add_pooling_layer=False)
        self.model = TopReader(copy.deepcopy(encoder.encoder.layer[FROZEN]), encoder.config)
        if folder is not None:
            state = torch.load(folder / "top.pt")
            self.model.layer.load_state_dict(state["layer"])
            self.model.heads.load_state_dict(state["heads"])
        self.model.eval()
        h = self.model.heads
        self.heads = Heads(float(h.scale), float(h.mix), h.no_answer.weight.detach().numpy()[0],
                           float(h.no_answer.bias), h.start.weight.detach().numpy(),
                           h.end.weight.detach().numpy())

    def read(self, vectors: np.ndarray, item) -> list[WindowReading]:
        """The reading of ``item``'s windows of kind "read", as at answer time."""
        from qa.reader import Encoded

        t = self.torch
        rows = [0] + [i + 1 for i, k in enumerate(item.kinds) if k == "read"]
        if len(rows) == 1:
            return []
        width = max(item.rows[r][1] for r in rows)
        hidden = np.zeros((len(rows), width, vectors.shape[1]), dtype=np.float32)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        spans = np.full((len(rows), width, 2), -1, dtype=np.int64)
        for i, r in enumerate(rows):
            off, n = item.rows[r]
            hidden[i, :n] = vectors[off : off + n]
            mask[i, :n] = 1
            if r:
                spans[i, :n] = item.spans[r - 1]
        with t.inference_mode():
            top = self.model.top(t.from_numpy(hidden), t.from_numpy(mask)).numpy()
        windows = [item.windows[r - 1] for r in rows[1:]]
        return judge(self.heads, windows, Encoded(np.zeros_like(mask), mask, spans), top)


def read_cache(reader: CachedReader, vectors: np.ndarray, items: list,
               sentences: int) -> list[list[Row]]:
    """Per question of a read cache, a row for every sentence read."""
    return [rows_of(item, reader.read(vectors, item)) for item in items]


def rows_of(item, readings: list[WindowReading]) -> list[Row]:
    """A row for every sentence of ``readings``, the windows read for a cached question."""
    cands = item.candidates
    by_place = {(c["article"], c["start"]): (r, c) for r, c in enumerate(cands)}
    low = min((c["score"] for c in cands), default=0.0)
    rows = []
    for wr in readings:
        w = wr.window
        for sr in wr.sentences:
            s, e = w.sentences[sr.index]
            start = w.offset + s
            rank, cand = by_place.get((w.article_id, start), (99, None))
            text = w.text[s:e]
            rows.append(Row(
                item.question, item.answers, item.unanswerable, w.article_id, start,
                w.offset + e, text, sr.score, cand["score"] if cand else low, rank,
                cand["features"] if cand else [0.0] * 6, sr.answer,
                bool(item.answers) and contains_answer(text, item.answers)))
    return rows


def merge_rows(own: list[list[Row]], pairs: list[list[Row]], weight: float) -> list[list[Row]]:
    """Rows as :func:`qa.reader.merge_readings` makes them: per question, each sentence's
    score the first reader's plus ``weight`` times the pair reader's, and the pair reader's
    span (both readers read the same windows, so the rows match by place)."""
    import dataclasses

    out = []
    for a, b in zip(own, pairs, strict=True):
        by_place = {(r.article, r.start): r for r in b}
        rows = []
        for r in a:
            p = by_place.get((r.article, r.start))
            if p is None or r.reader <= -1e3 or p.reader <= -1e3:
                rows.append(r)
                continue
            rows.append(dataclasses.replace(r, reader=r.reader + weight * p.reader,
                                            answer=p.answer))
        out.append(rows)
    return out
