"""How the reader's scores become decisions: the logistic combination with retrieval's
evidence, and where its probability is cut, fitted on questions the reader did not train on.

Rows come from reading (training/readings.py): one per sentence read for a question.
Answerable questions label a row 1 when the sentence holds a gold answer; questions whose
article is absent, or whose answer was removed, label every row 0.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readings import Row, squad_f1  # noqa: E402

from qa.answering import abstain_below  # noqa: E402
from qa.forms import short_fits  # noqa: E402
from qa.reading import features  # noqa: E402


def question_features(rows: list[Row], sentences: int) -> np.ndarray:
    """One row of :func:`qa.reading.features` per sentence read for one question."""
    best_reader = max((r.reader for r in rows), default=0.0)
    return np.array([features(r.reader, r.retrieval, best_reader) for r in rows],
                    dtype=np.float64).reshape(len(rows), -1)



@dataclass(frozen=True)
class Combination:
    """Weights and bias of the logistic combination."""

    weights: list[float]
    bias: float

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(x @ np.array(self.weights) + self.bias)))

    def to_json(self) -> dict:
        return {"weights": [round(w, 6) for w in self.weights], "bias": round(self.bias, 6)}


def fit(sets: list[tuple[list[list[Row]], int]]) -> Combination:
    """Fit the combination on question sets (their rows, and the sentences of the library
    they were asked of)."""
    from sklearn.linear_model import LogisticRegression

    xs, ys = [], []
    for questions, sentences in sets:
        for rows in questions:
            if not rows:
                continue
            xs.append(question_features(rows, sentences))
            ys.append(np.array([float(r.hit and not r.unanswerable) for r in rows]))
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(np.vstack(xs), np.concatenate(ys))
    return Combination([float(w) for w in model.coef_[0]], float(model.intercept_[0]))


@dataclass(frozen=True)
class Decided:
    """One question's outcome at given cutoffs."""

    answered: bool
    first_hit: bool
    any_hit: bool
    short_given: bool
    em: float
    f1: float


def decide(rows: list[Row], sentences: int, combo: Combination, answer_at: float,
           cite_at: float, short_at: float, evidence: float = np.inf) -> Decided:
    """What the answer would be (as qa.answering.compose_read decides, on sentences)."""
    if not rows:
        return Decided(False, False, False, False, 0.0, 0.0)
    p = combo.probabilities(question_features(rows, sentences))
    order = np.argsort(-p, kind="stable")
    best = rows[order[0]]
    # As qa.answering.compose_read: the reader's probability, and retrieval's line.
    margin = max(r.retrieval for r in rows) - abstain_below(sentences)
    if margin < 0 or (p[order[0]] < answer_at and margin < evidence):
        return Decided(False, False, False, False, 0.0, 0.0)
    cited = [rows[i] for i in order[:3] if i == order[0] or p[i] >= cite_at]
    short = (p[order[0]] >= short_at and bool(best.answer.strip())
             and short_fits(best.question, best.answer))
    em, f1 = squad_f1(best.answer, best.answers) if short and best.answers else (0.0, 0.0)
    return Decided(True, best.hit, any(r.hit for r in cited), short, em, f1)


def report(answerable: list[list[Row]], refusals: dict[str, list[list[Row]]],
           sentences: int, combo: Combination, answer_at: float, cite_at: float,
           short_at: float, evidence: float = np.inf) -> dict:
    """The figures at one set of cutoffs: answerable questions, and the share refused of
    each set of questions that should be refused."""
    got = [decide(rows, sentences, combo, answer_at, cite_at, short_at, evidence)
           for rows in answerable]
    n = max(len(got), 1)
    shorts = [d for d in got if d.short_given]
    out = {"answered": sum(d.answered for d in got) / n,
           "first": sum(d.first_hit for d in got) / n,
           "any": sum(d.any_hit for d in got) / n,
           "short_given": len(shorts) / n,
           "em": sum(d.em for d in got) / n, "f1": sum(d.f1 for d in got) / n,
           "em_given": sum(d.em for d in shorts) / max(len(shorts), 1),
           "f1_given": sum(d.f1 for d in shorts) / max(len(shorts), 1)}
    for name, qs in refusals.items():
        out[f"refused_{name}"] = sum(
            not decide(rows, sentences, combo, answer_at, cite_at, short_at, evidence).answered
            for rows in qs) / max(len(qs), 1)
    return out
