"""One cross-fitted trial on cached vectors: train on one half's questions, read the other
half's (asked of all 44 articles), print the figures.

    .venv/bin/python training/trial.py --half even [--epochs 2] [--heads-only]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cache  # noqa: E402
from readings import CachedReader, read_cache, retrieval_first, summary  # noqa: E402

WORK = Path(__file__).resolve().parents[1] / ".bench" / "reader"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--half", default="even")
    p.add_argument("--epochs", type=float, default=2.0)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--head-lr", type=float, default=2e-3)
    p.add_argument("--heads-only", action="store_true")
    p.add_argument("--untrained", action="store_true")
    p.add_argument("--eval", type=int, default=0, help="read only this many (0: all)")
    p.add_argument("--out", type=Path)
    args = p.parse_args()
    other = "odd" if args.half == "even" else "even"
    out = args.out or WORK / f"trial-{args.half}"
    if not args.untrained:
        import train

        vectors, items = cache.load(WORK / f"cache-train-{args.half}")
        started = time.time()
        train.train(vectors, items, out, epochs=args.epochs, learning_rate=args.lr,
                    head_rate=args.head_lr, train_layer=not args.heads_only)
        print(f"trained in {time.time() - started:.0f} s", flush=True)
    reader = CachedReader(None if args.untrained else out)
    news = WORK / "cache-read-news"
    if news.with_suffix(".pkl").exists():
        vectors, items = cache.load(news)
        rows = read_cache(reader, vectors, [it for it in items if not it.unanswerable], 0)
        print("news retrieval first", round(retrieval_first(rows), 3))
        print("news reader", {k: round(v, 3) for k, v in summary(rows).items()})
        for w in (0.5, 1, 2):
            s = summary(rows, score=lambda r, w=w: r.reader + w * r.retrieval * 10)
            print(f"news reader + {w} x 10 retrieval", {k: round(v, 3) for k, v in s.items()})
    if not (WORK / "cache-read-all.pkl").exists():
        return 0
    articles = json.loads((WORK / "squad.json").read_text())
    held = {a["id"] for a in articles if a["half"] == other}
    vectors, items = cache.load(WORK / "cache-read-all")
    items = [it for it in items if it.article in held]
    if args.eval:
        items = items[:: max(1, len(items) // args.eval)][: args.eval]
    started = time.time()
    rows = read_cache(reader, vectors, items, sentences=0)
    print(f"read {len(items)} questions in {time.time() - started:.0f} s")
    out.mkdir(parents=True, exist_ok=True)
    (out / f"rows-{other}.pkl").write_bytes(pickle.dumps(rows))
    print("retrieval first", round(retrieval_first(rows), 3))
    print("reader", {k: round(v, 3) for k, v in summary(rows).items()})
    for w in (0.5, 1, 2, 4):
        s = summary(rows, score=lambda r, w=w: r.reader + w * r.retrieval * 10)
        print(f"reader + {w} x 10 retrieval", {k: round(v, 3) for k, v in s.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
