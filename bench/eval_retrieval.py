"""Passage retrieval on BEIR SciFact (issue target 3): nDCG@10 and recall@100.

    .venv/bin/python bench/eval_retrieval.py [--queries N]

The corpus (5,183 abstracts, ``corpus.jsonl``) is ingested as is, each ``_id`` kept as the
article id; the train judgements (``qrels/train.tsv``) give the relevant abstracts of each
claim. A document's rank is that of its best passage in ``lib.search(claim, k=100)``.
Published on SciFact's test split: BM25 0.665-0.679, all-MiniLM-L6-v2 0.645 (nDCG@10).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import SCIFACT, cached_store  # noqa: E402

from qa import Library  # noqa: E402

WORK = Path(__file__).resolve().parents[1] / ".bench"


def _qrels() -> dict[str, set[str]]:
    relevant: dict[str, set[str]] = defaultdict(set)
    for line in (SCIFACT / "qrels" / "train.tsv").read_text().splitlines()[1:]:
        query, doc, score = line.split("\t")
        if int(score) > 0:
            relevant[query].add(doc)
    return relevant


def _queries() -> dict[str, str]:
    import json

    return {q["_id"]: q["text"] for q in map(json.loads, (SCIFACT / "queries.jsonl")
                                              .read_text().splitlines())}


def ndcg_at(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    """Binary-relevance nDCG@k."""
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranked[:k]) if d in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal if ideal else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, help="only the first N judged queries")
    args = parser.parse_args()
    lib = Library(cached_store(WORK / "scifact-store"))
    started = time.perf_counter()
    report = lib.ingest([SCIFACT / "corpus.jsonl"])
    if report.changed:
        print(f"indexed: {report.summary()} in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    relevant, queries = _qrels(), _queries()
    judged = [q for q in relevant if q in queries][: args.queries]
    ndcg = recall = 0.0
    latencies = []
    for qid in judged:
        started = time.perf_counter()
        passages = lib.search(queries[qid], k=100)
        latencies.append(time.perf_counter() - started)
        docs = list(dict.fromkeys(p.article_id for p in passages))
        ndcg += ndcg_at(docs, relevant[qid])
        recall += len(set(docs[:100]) & relevant[qid]) / len(relevant[qid])
    n = len(judged)
    latencies.sort()
    print(f"SciFact train judgements, {n} claims, {lib.stats().articles} abstracts")
    print(f"nDCG@10     {ndcg / n:.3f}   target >= 0.70 (published: BM25 0.665-0.679, "
          "MiniLM 0.645)")
    print(f"recall@100  {recall / n:.3f}")
    print(f"search p50  {1000 * latencies[n // 2]:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
