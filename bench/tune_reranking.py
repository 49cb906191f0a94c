"""How the re-ranking constants in ``qa/reranking.py`` were set, reproducible.

    .venv/bin/python bench/tune_reranking.py [--questions 1200]

Indexes the 44 SQuAD articles (the store of ``bench/eval_answers.py``), takes questions from
the even-numbered and the odd-numbered articles apart, reads the best sentences of each
question again word by word, and prints, for each half, how often the first sentence holds a
gold answer under each depth, margin and weight. Constants that do well on both halves are
less likely to fit one set of articles only.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_answers import _library  # noqa: E402
from shared_data import SQUAD, require, squad_articles  # noqa: E402

from qa.evaluation import contains_answer  # noqa: E402
from qa.reranking import alignment, distinctive  # noqa: E402

DEPTHS = (3, 5, 8)
MARGINS = (0.05, 0.08, 0.12, 1.0)
WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def collect(lib, questions: list[tuple[str, list[str]]], depth: int) -> list[dict]:
    """For each question: its best ``depth`` sentences' scores, alignments and labels."""
    retriever, rows = lib._retriever, []
    for question, answers in questions:
        candidates = [s for s in retriever.sentences(question) if not s.is_headline]
        ranked = candidates[:depth]
        if not ranked:
            continue
        q, *sentences = lib.embedder.encode_tokens([question, *(s.text for s in ranked)])
        weights = distinctive(q, [s.text for s in candidates])
        rows.append({"score": np.array([s.score for s in ranked]),
                     "plain": np.array([alignment(q, v) for v in sentences]),
                     "align": np.array([alignment(q, v, weights) for v in sentences]),
                     "hit": np.array([contains_answer(s.text, answers) for s in ranked])})
    return rows


def first_hit(rows: list[dict], depth: int, margin: float, weight: float,
              key: str = "align") -> float:
    """Share of questions whose first sentence, after re-ranking, holds a gold answer
    (``key``: "align", question words weighted as in qa.reranking, or "plain")."""
    hits = 0
    for r in rows:
        score = r["score"][:depth]
        near = score >= score[0] - margin
        combined = np.where(near, score + weight * r[key][:depth], -np.inf)
        hits += bool(r["hit"][int(np.argmax(combined))])
    return hits / max(len(rows), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1200, help="questions per half")
    args = parser.parse_args()
    require(SQUAD)
    articles = squad_articles()
    lib = _library("all", articles)
    halves = []
    for parity in (0, 1):
        qs = [(q["question"], q["answers"]) for a in articles[parity::2] for q in a["questions"]]
        qs = random.Random(11).sample(qs, min(args.questions, len(qs)))
        halves.append(collect(lib, qs, max(DEPTHS)))
    print(f"first sentence holds a gold answer ({args.questions} questions per half; "
          "weight 0 is retrieval alone)")
    print(f"{'depth':>5} {'margin':>6} {'weight':>6} {'even half':>9} {'odd half':>9}"
          f"  {'unweighted words':>16}")
    for depth in DEPTHS:
        for margin in MARGINS:
            for weight in WEIGHTS:
                rates = [first_hit(rows, depth, margin, weight) for rows in halves]
                plain = [first_hit(rows, depth, margin, weight, "plain") for rows in halves]
                print(f"{depth:>5} {margin:>6} {weight:>6} {rates[0]:>9.3f} {rates[1]:>9.3f}"
                      f"  {plain[0]:>7.3f} {plain[1]:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
