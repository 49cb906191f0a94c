"""How the weights of the first citation's choice (``qa/choosing.py``) were fitted, reproducible.

    .venv/bin/python bench/tune_choosing.py

Asks the news development set and held-out set 1 (``bench/eval_news.py``'s stores, built on
first use) through ``Library.ask`` with the shipped readers, and keeps, for each answerable
question, the sentences the choice is among (:func:`qa.choosing.candidates`) with their
features and whether each holds a gold answer. The weights are a pairwise logistic
regression over those two sets (each sentence holding a gold answer against each that does
not, of the same question; no intercept), its strength C chosen from STRENGTHS by
cross-fitting: fitted on one half of the articles, measured on the other, then swapped.
Held-out sets 2, 3 and 4 are then read the same way, as the check: nothing was fitted on
them.

With ``--end-to-end``, the development set's and held-out set 1's answerable questions are
then asked again through ``Library.ask`` (``bench/eval_news.py``'s measure), each with the
weights fitted on the other half of the articles: their figures without the choice having
seen them.

Prints, per C, the cross-fitted share of questions whose chosen sentence holds an answer;
the weights fitted on both sets at the chosen C (what ``qa.choosing.WEIGHTS`` holds); and,
on every set, that share for the reader's best sentence, for the choice with the shipped
weights and with the fitted ones, and for the best possible choice. (These count a
question answered whenever it has candidates: ``bench/eval_news.py`` measures the whole
answering, refusals included.)
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_news import HELDOUT, QUESTIONS, news_library  # noqa: E402

import qa.library  # noqa: E402
from qa.choosing import FEATURES, WEIGHTS, candidates, choice_features  # noqa: E402
from qa.evaluation import contains_answer, evaluate, load_questions  # noqa: E402
from qa.fitting import typed_fit  # noqa: E402

STRENGTHS = (0.03, 0.1, 0.3, 1.0)
FITTED_ON = (0, 1)  # the development set and held-out set 1
CHECKS = (2, 3, 4)


class Question:
    """One answerable question's candidates: their feature rows and which hold an answer."""

    def __init__(self, article: str, rows: list[list[float]], gold: list[bool]) -> None:
        self.article, self.rows, self.gold = article, np.array(rows), gold


def read(heldout: int) -> list[Question]:
    """The candidates of every answerable question of a set, as Library.ask composes them."""
    lib = news_library(None, heldout)
    path = HELDOUT[heldout][0] if heldout else QUESTIONS
    seen: list = []
    compose = qa.library.compose_read

    def keep(question, judged, *args, **kwargs):
        seen.append(judged)
        return compose(question, judged, *args, **kwargs)

    qa.library.compose_read = keep
    out = []
    try:
        for q in load_questions(path):
            if q.unanswerable:
                continue
            seen.clear()
            lib.ask(q.question)
            among = candidates(seen[0]) if seen else []
            rows = [choice_features(j, seen[0][0], typed_fit(q.question, j)) for j in among]
            gold = [contains_answer(j.sentence.text, q.answers) for j in among]
            out.append(Question(q.article or q.question, rows, gold))
    finally:
        qa.library.compose_read = compose
    return out


def pairs(questions: list[Question]) -> np.ndarray:
    """Each answering row minus each other row of the same question."""
    diffs = [q.rows[i] - q.rows[k] for q in questions for i, g in enumerate(q.gold) if g
             for k, h in enumerate(q.gold) if not h]
    return np.array(diffs)


def fit(questions: list[Question], strength: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    x = pairs(questions)
    model = LogisticRegression(C=strength, fit_intercept=False, max_iter=5000)
    model.fit(np.r_[x, -x], np.r_[np.ones(len(x)), np.zeros(len(x))])
    return model.coef_[0]


def share(questions: list[Question], weights) -> float:
    """The share of questions whose highest-scoring candidate holds an answer."""
    right = sum(q.gold[int(np.argmax(q.rows @ np.asarray(weights)))]
                for q in questions if q.gold)
    return right / max(1, len(questions))


def half(article: str) -> int:
    return zlib.crc32(article.encode()) % 2


def end_to_end(train: list[Question], strength: float) -> None:
    """Each fitted-on set's answerable questions asked with the other half's weights."""
    import qa.choosing

    weights = [fit([q for q in train if half(q.article) != h], strength) for h in (0, 1)]
    shipped = qa.choosing.WEIGHTS
    for h in FITTED_ON:
        lib = news_library(None, h)
        asked = [q for q in load_questions(HELDOUT[h][0] if h else QUESTIONS)
                 if not q.unanswerable]
        total: dict[str, float] = {}
        for part in (0, 1):
            qa.choosing.WEIGHTS = tuple(weights[part])
            try:
                got = evaluate(lib.ask, [q for q in asked if half(q.article or q.question) == part],
                               lib.article_text)
            finally:
                qa.choosing.WEIGHTS = shipped
            for name in ("first_citation_hit", "any_citation_hit", "short_answer_given",
                         "short_exact_match", "short_f1"):
                total[name] = total.get(name, 0.0) + getattr(got, name) * got.answerable
        name = "development" if h == 0 else f"held-out {h}"
        print(f"{name}, cross-fitted end to end: first citation "
              f"{total['first_citation_hit'] / len(asked):.3f}, any "
              f"{total['any_citation_hit'] / len(asked):.3f}, short answer given "
              f"{total['short_answer_given'] / len(asked):.3f}, EM / F1 "
              f"{total['short_exact_match'] / len(asked):.3f} / "
              f"{total['short_f1'] / len(asked):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--end-to-end", action="store_true",
                        help="also ask the fitted-on sets with the other half's weights")
    args = parser.parse_args()
    sets = {h: read(h) for h in (*FITTED_ON, *CHECKS)}
    train = [q for h in FITTED_ON for q in sets[h]]
    halves = [[q for q in train if half(q.article) == h] for h in (0, 1)]
    print(f"fitted on the development set and held-out set 1: {len(train)} answerable questions")
    crossfit = {}
    for c in STRENGTHS:
        right = sum(share(halves[h], fit(halves[1 - h], c)) * len(halves[h]) for h in (0, 1))
        crossfit[c] = right / len(train)
        print(f"  C {c:<5} cross-fitted: chosen sentence holds an answer {crossfit[c]:.3f}")
    chosen = max(STRENGTHS, key=lambda c: crossfit[c])
    weights = fit(train, chosen)
    print(f"chosen C {chosen}; weights on both sets: ({', '.join(f'{w:.2f}' for w in weights)})"
          f"; shipped: {WEIGHTS} (for {', '.join(FEATURES)})")
    print(f"\n{'set':<16} {'reader best':>11} {'shipped':>8} {'fitted':>7} {'best possible':>13}")
    for h, questions in sets.items():
        name = "development" if h == 0 else f"held-out {h}"
        top = sum(q.gold[0] for q in questions if q.gold) / max(1, len(questions))
        best = sum(any(q.gold) for q in questions) / max(1, len(questions))
        print(f"{name:<16} {top:>11.3f} {share(questions, WEIGHTS):>8.3f} "
              f"{share(questions, weights):>7.3f} {best:>13.3f}"
              + ("" if h in CHECKS else "  (fitted on)"))
    if args.end_to_end:
        print()
        end_to_end(train, chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
