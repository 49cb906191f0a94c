"""Answer quality on the SQuAD articles, end to end through ``qa.Library`` (issue 12's table).

    .venv/bin/python bench/eval_answers.py [--questions N] [--full] [--no-reader]

The reader shipped in qa/weights/ was trained on every SQuAD question, so its figures here
would be in-sample. By default each question is therefore answered with the reader that
``make reader`` trained on the *other* half of the articles (even- and odd-numbered), with
the combination and cut-offs fitted on that other half too (.bench/reader/crossfit-*/).
``--no-reader`` measures the answering of before the reader (retrieval and the word-by-word
re-reading), for comparison.

1. All 44 articles indexed, answerable questions: first citation (and its words), any
   citation, answered, short answer given, its exact match and F1 (SQuAD normalisation;
   a question without a short answer counts 0); the answer-removed test on the same
   questions (asked again as if no sentence holding the answer were indexed: refused?).
2. Questions about articles that are not indexed: a library of 11 articles of one half
   asked about the other 11 of that half (refused?) and about its own (answered?), read by
   the reader trained on the other half, so that neither the articles nor the questions
   were seen in training.
3. Every quote checked against the article text at its span.

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

from shared_data import SQUAD, cached_store, require, squad_articles, write_jsonl  # noqa: E402

from qa import Library  # noqa: E402
from qa.evaluation import EvalQuestion, EvalReport, evaluate  # noqa: E402
from qa.reader import Reader  # noqa: E402

WORK = Path(__file__).resolve().parents[1] / ".bench"
CROSSFIT = WORK / "reader"
NO_READER = Reader(WORK / "no-reader")  # a folder with no model: the answering of before


def _questions(articles: list[dict], n: int | None, seed: int, unanswerable=False):
    qs = [EvalQuestion(q["question"], tuple(q["answers"]), unanswerable, q["article"])
          for a in articles for q in a["questions"]]
    return qs if n is None or n >= len(qs) else random.Random(seed).sample(qs, n)


def _library(name: str, articles: list[dict], embedder=None, reader=None) -> Library:
    path = write_jsonl(WORK / "squad" / name / "articles.jsonl", articles, ("id", "title", "text"))
    lib = Library(cached_store(WORK / f"squad-store-{name}"), embedder=embedder, reader=reader)
    started = time.perf_counter()
    report = lib.ingest([path])
    if report.changed:
        print(f"  indexed {name}: {report.summary()} in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    return lib


def crossfit_reader(trained_on: str) -> Reader:
    """The reader ``make reader`` trained on one half (``even`` or ``odd``), the way the
    shipped one was trained (with training/synthetic.py's news questions, or without)."""
    synthetic = Reader().config.get("synthetic", False)
    folder = CROSSFIT / f"crossfit-{trained_on}{'-synthetic' if synthetic else ''}" / "export"
    if not (folder / "reader.onnx").is_file():
        raise SystemExit(f"error: {folder} has no reader; run 'make reader' first "
                         "(or pass --no-reader)")
    return Reader(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000,
                        help="answerable questions sampled (default 2000)")
    parser.add_argument("--full", action="store_true", help="ask every question")
    parser.add_argument("--no-reader", action="store_true",
                        help="measure the answering of before the reader")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    require(SQUAD)
    n = None if args.full else args.questions
    articles = squad_articles()
    halves = {"even": articles[0::2], "odd": articles[1::2]}
    other = {"even": "odd", "odd": "even"}
    readers = {h: NO_READER if args.no_reader else crossfit_reader(other[h]) for h in halves}
    base = _library("all", articles, reader=NO_READER)
    results: dict[str, EvalReport] = {}
    for h, arts in halves.items():
        # The same store, read by the reader that never saw this half.
        lib = _library("all", articles, embedder=base.embedder, reader=readers[h])
        qs = _questions(arts, n // 2 if n else None, 1)
        results[f"all 44 indexed, {h} half's questions"] = evaluate(
            lib.ask, qs, lib.article_text,
            ask_without=lambda q, a, lib=lib: lib.ask(q, without_answers=a))
    for h, arts in halves.items():
        lib = _library(f"{h}-quarter", arts[0::2], embedder=base.embedder, reader=readers[h])
        results[f"11 {h} indexed, asked on them"] = evaluate(
            lib.ask, _questions(arts[0::2], n // 4 if n else None, 2), lib.article_text)
        results[f"11 {h} indexed, asked on the other 11"] = evaluate(
            lib.ask, _questions(arts[1::2], n // 4 if n else None, 3, unanswerable=True),
            lib.article_text)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps({k: v.to_dict() for k, v in results.items()}, indent=2))
    return 0


def _mean(results: dict[str, EvalReport], prefix: str, field: str) -> float:
    picked = [r for k, r in results.items() if k.startswith(prefix)]
    weights = [r.answerable or r.unanswerable for r in picked]
    return sum(getattr(r, field) * w for r, w in zip(picked, weights, strict=True)) / max(
        sum(weights), 1)


def print_table(results: dict[str, EvalReport]) -> None:
    asked = sum(r.questions for r in results.values())
    print(f"SQuAD articles, {asked} questions asked (answer-removed tests not counted)")
    rows = [
        ("first citation has the answer", "all 44", "first_citation_hit", ">= 0.88"),
        ("words in first citation", "all 44", "first_citation_words", "<= 40"),
        ("any citation has the answer", "all 44", "any_citation_hit", ">= 0.94"),
        ("short answer given", "all 44", "short_answer_given", ">= 0.70"),
        ("short answer exact match", "all 44", "short_exact_match", ">= 0.50"),
        ("short answer F1", "all 44", "short_f1", ">= 0.65"),
        ("answer-removed questions refused", "all 44", "removed_refused", ">= 0.60"),
        ("answerable questions answered (44)", "all 44", "answered_when_answerable", ">= 0.93"),
        ("answerable questions answered (11)", "11 ", "answered_when_answerable", ""),
        ("absent articles: refused", "11 ", "abstention_recall", ">= 0.85"),
    ]
    for name, prefix, field, target in rows:
        if field == "abstention_recall":
            value = _mean({k: v for k, v in results.items() if "other" in k}, prefix, field)
        elif prefix == "11 ":
            value = _mean({k: v for k, v in results.items() if "other" not in k}, prefix,
                          field)
        else:
            value = _mean(results, prefix, field)
        print(f"{name:<38} {value:>8.3f}   {'target ' + target if target else ''}")
    exact = min(r.quotes_exact for r in results.values())
    print(f"{'quotes exact at their span':<38} {exact:>8.3f}   target 1.000")
    for k, r in results.items():
        print(f"  {k}: p50 / p95 {r.latency_p50_ms:.0f} / {r.latency_p95_ms:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
