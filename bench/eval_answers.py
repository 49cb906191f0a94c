"""Answer quality on SQuAD articles (issue targets 1, 2 and 5), through ``qa.evaluation``.

    .venv/bin/python bench/eval_answers.py [--questions N] [--full]

1. All 44 articles indexed: first-citation and any-citation hit rates, words shown.
2. 22 articles indexed, questions asked on the other 22 (should abstain) and on the indexed
   22 (should answer).
5. Every quote checked against the article text at its span.

Stores are kept in .bench/ and re-ingested incrementally, so a second run embeds nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import SQUAD, cached_store, squad_articles, write_jsonl  # noqa: E402

from qa import Library  # noqa: E402
from qa.evaluation import EvalQuestion, evaluate  # noqa: E402

WORK = Path(__file__).resolve().parents[1] / ".bench"


def _questions(articles: list[dict], n: int | None, seed: int, unanswerable=False):
    qs = [EvalQuestion(q["question"], tuple(q["answers"]), unanswerable, q["article"])
          for a in articles for q in a["questions"]]
    return qs if n is None or n >= len(qs) else random.Random(seed).sample(qs, n)


def _library(name: str, articles: list[dict], embedder=None) -> Library:
    path = write_jsonl(WORK / "squad" / name / "articles.jsonl", articles, ("id", "title", "text"))
    lib = Library(cached_store(WORK / f"squad-store-{name}"), embedder=embedder)
    started = time.perf_counter()
    report = lib.ingest([path])
    if report.changed:
        print(f"  indexed {name}: {report.summary()} in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    return lib


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000,
                        help="questions sampled per measurement (default 2000)")
    parser.add_argument("--full", action="store_true", help="ask every question")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not SQUAD.exists():
        print(f"error: {SQUAD} not found; run from a checkout with ../shared beside it",
              file=sys.stderr)
        return 1
    n = None if args.full else args.questions
    articles = squad_articles()
    full = _library("all", articles)
    half = _library("half", articles[::2], embedder=full.embedder)
    results = {
        "all 44 indexed": evaluate(full.ask, _questions(articles, n, 1), full.article_text),
        "22 indexed, asked on them": evaluate(half.ask, _questions(articles[::2], n // 2 if n
                                              else None, 2), half.article_text),
        "22 indexed, asked on the others": evaluate(
            half.ask, _questions(articles[1::2], n // 2 if n else None, 3, unanswerable=True),
            half.article_text),
    }
    first, answered, refused = results.values()
    rows = [
        ("1. first citation has the answer", first.first_citation_hit, ">= 0.75"),
        ("1. words in first citation", first.first_citation_words, "<= 40"),
        ("1. any citation has the answer", first.any_citation_hit, ">= 0.90"),
        ("2. abstains on absent articles", refused.abstention_recall, ">= 0.80"),
        ("2. answers on indexed articles", answered.answered_when_answerable, ">= 0.95"),
        ("5. quotes exact at their span", min(r.quotes_exact for r in results.values()),
         "1.000"),
        ("   latency p50 / p95 ms (all 44)", f"{first.latency_p50_ms:.0f} / "
         f"{first.latency_p95_ms:.0f}", ""),
    ]
    print(f"SQuAD articles, {first.questions} + {answered.questions} + {refused.questions} "
          "questions")
    for name, value, target in rows:
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{name:<36} {shown:>10}   target {target}" if target else f"{name:<36} {shown:>10}")
    if args.json:
        args.json.write_text(json.dumps({k: v.to_dict() for k, v in results.items()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
