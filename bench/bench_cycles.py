"""Store size and query latency over repeated change-and-sync cycles of the same articles.

    .venv/bin/python bench/bench_cycles.py [--quick] [--articles N] [--cycles N] [--asks N]

The same BBC articles (default 200, over 200 cycles; quick 60 over 5) are written as .txt
files to
.bench/cycles/corpus and synced with ``Library.sync``. Each cycle changes a random 20% of
them the way a live news story changes, and syncs again: the story's "update" line at its
end is replaced by a new one (day N), so the corpus keeps its size while the changed chunks
are rewritten (Chroma adds and deletes).
After the first sync and every 10th cycle (``--every``): the store's size on disk (sum of
file sizes), and the p50/p95 of N ``Library.ask`` calls (default 100; quick 15) after one
untimed first ask
(which rebuilds the BM25 index for the new store generation, shown as "first ask s"). The
rows the ratios compare (first sync, last cycle, reopened, fresh) pool 3 rounds of N distinct
questions.

Baselines in the same run: the figures after the first sync (ratios last / first), and a
fresh store ingested from the final corpus (ratio cycled / fresh: what deletes left behind;
issue 16's targets: size within 1.2x, ask p50 and p95 within 1.1x). Compactions (the chunks
collection copied anew, by itself once deleted chunks reach half the live ones) are counted.
Also checked: a re-sync of the unchanged corpus embeds nothing (``report.embedded == 0``).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (  # noqa: E402
    WORK,
    bbc_articles,
    dir_size,
    file_name,
    file_text,
    first_sentence,
    load_note,
    percentile,
    table,
)

CYC = WORK / "cycles"


def _questions(articles: list[dict], n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    picked = rng.sample(articles, min(n, len(articles)))
    while len(picked) < n:
        picked.append(rng.choice(articles))
    return [first_sentence(a["text"]) if i % 2 == 0 else
            f"What is the news about {a['title'].strip().rstrip('?.!')}?"
            for i, a in enumerate(picked)]


def _measure(lib, store: Path, rounds: list[list[str]]) -> dict:
    """Size, and ask latency over rounds of questions pooled together."""
    s = time.perf_counter()
    lib.ask("What did the minister say?")  # the first after a sync, shown apart: not timed below
    first = time.perf_counter() - s
    times = []
    for q in (q for r in rounds for q in r):
        s = time.perf_counter()
        lib.ask(q)
        times.append(time.perf_counter() - s)
    return {"size": dir_size(store), "p50": percentile(times, 50), "p95": percentile(times, 95),
            "first": first, "chunks": lib.stats().chunks}


def _breakdown(store: Path) -> str:
    """Where the bytes are: Chroma's SQLite, its segment folders (named by UUID), the rest."""
    import re

    sqlite = sum(f.stat().st_size for f in store.glob("chroma.sqlite3*"))
    uuid_dir = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    segments = sum(dir_size(d) for d in store.iterdir()
                   if d.is_dir() and uuid_dir.fullmatch(d.name))
    other = dir_size(store) - sqlite - segments
    return (f"sqlite {sqlite / 2**20:.1f} MB, vector segments {segments / 2**20:.1f} MB, "
            f"other (derived caches) {other / 2**20:.1f} MB")


def _chunks_collection(store: Path) -> str:
    from index.store import Store

    return Store.open_directory(store, create=False).state().chunks


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 articles, 5 cycles, 15 asks")
    parser.add_argument("--articles", type=int, help="articles in the corpus (default 200)")
    parser.add_argument("--cycles", type=int, help="change-and-sync cycles (default 200)")
    parser.add_argument("--every", type=int, default=10,
                        help="measure latency every N cycles (default 10)")
    parser.add_argument("--asks", type=int, help="timed questions per measurement (default 100)")
    parser.add_argument("--change", type=float, default=0.2,
                        help="share of articles changed per cycle (default 0.2)")
    args = parser.parse_args()
    n = args.articles or (60 if args.quick else 200)
    cycles = args.cycles or (5 if args.quick else 200)
    # 30 asks gave p50 ratios from 0.76 to 1.40 in runs of the same code: too few.
    asks = args.asks or (15 if args.quick else 100)

    articles = bbc_articles()
    random.Random(2).shuffle(articles)
    articles = articles[:n]
    if CYC.exists():
        shutil.rmtree(CYC)
    corpus, store, fresh_store = CYC / "corpus", CYC / "store", CYC / "store-fresh"
    corpus.mkdir(parents=True)
    for a in articles:
        (corpus / file_name(a)).write_text(file_text(a), encoding="utf-8")
    appended: dict[str, str] = {a["id"]: "" for a in articles}
    questions = _questions(articles, asks)
    # The rows that the ratios compare pool three rounds of distinct questions: a p95 of 100
    # asks moved from 24 to 44 ms between neighbouring cycles of one run (noise, not trend).
    pooled = [_questions(articles, asks, seed) for seed in (3, 5, 7)]
    print(f"bench_cycles: {n} BBC articles as .txt, {cycles} cycles changing "
          f"{args.change:.0%} each, {asks} timed asks per row; {load_note()}", flush=True)

    from qa import Library

    lib = Library(store)
    lib.load_model()
    rows, figures = [], []

    started = time.perf_counter()
    report = lib.sync(corpus)
    first_sync = time.perf_counter() - started
    m = _measure(lib, store, pooled)
    figures.append(m)
    rows.append(("first sync", len(report.added), report.embedded, f"{first_sync:.1f}", m))

    started = time.perf_counter()
    same = lib.sync(corpus)
    same_s = time.perf_counter() - started
    checks = [f"re-sync of the unchanged corpus after the first sync: embedded {same.embedded}, "
              f"{len(same.unchanged)} unchanged, {same_s:.2f} s "
              f"({'ok' if same.embedded == 0 else 'NOT ZERO'})"]

    rng = random.Random(4)
    k = max(1, round(args.change * n))
    compactions = 0
    collection = _chunks_collection(store)
    for cycle in range(1, cycles + 1):
        for a in rng.sample(articles, k):
            appended[a["id"]] = (f" In an update on day {cycle}, officials said further "
                                 f"details about the matter would follow.")
            (corpus / file_name(a)).write_text(file_text(a, appended[a["id"]]), encoding="utf-8")
        started = time.perf_counter()
        report = lib.sync(corpus)
        took = time.perf_counter() - started
        compactions += _chunks_collection(store) != collection
        collection = _chunks_collection(store)
        if cycle % args.every and cycle != cycles:
            print(f"  cycle {cycle}/{cycles}: {took:.1f} s sync, "
                  f"{dir_size(store) / 2**20:.1f} MB", file=sys.stderr, flush=True)
            continue
        m = _measure(lib, store, pooled if cycle == cycles else [questions])
        figures.append(m)
        rows.append((f"cycle {cycle}", len(report.updated), report.embedded, f"{took:.1f}", m))
        print(f"  cycle {cycle}/{cycles}: {took:.1f} s sync, {m['size'] / 2**20:.1f} MB",
              file=sys.stderr, flush=True)

    started = time.perf_counter()
    same = lib.sync(corpus)
    same_s = time.perf_counter() - started
    checks.append(f"re-sync of the unchanged corpus after the last cycle: embedded "
                  f"{same.embedded}, {len(same.unchanged)} unchanged, {same_s:.2f} s "
                  f"({'ok' if same.embedded == 0 else 'NOT ZERO'})")

    # The cycled store opened anew in this process: what the store holds, apart from what
    # the long-lived Library object holds.
    reopened = _measure(Library(store, embedder=lib.embedder), store, pooled)
    rows.append(("cycled store, reopened", 0, 0, "-", reopened))

    # Baseline: a fresh store of the final corpus (same model instance: nothing reloaded).
    fresh_lib = Library(fresh_store, embedder=lib.embedder)
    started = time.perf_counter()
    report = fresh_lib.sync(corpus)
    fresh_s = time.perf_counter() - started
    fresh = _measure(fresh_lib, fresh_store, pooled)

    table_rows = [(label, changed, embedded, sync_s, f"{m['chunks']:,}",
                   f"{m['size'] / 2**20:.1f}", f"{m['first']:.2f}", f"{m['p50'] * 1000:.0f}",
                   f"{m['p95'] * 1000:.0f}")
                  for label, changed, embedded, sync_s, m in rows]
    table_rows.append(("fresh store, final corpus", len(report.added), report.embedded,
                       f"{fresh_s:.1f}", f"{fresh['chunks']:,}", f"{fresh['size'] / 2**20:.1f}",
                       f"{fresh['first']:.2f}", f"{fresh['p50'] * 1000:.0f}",
                       f"{fresh['p95'] * 1000:.0f}"))
    print()
    print(table(table_rows, ("after", "articles synced", "sentences embedded", "sync s",
                             "chunks", "store MB", "first ask s", "p50 ms", "p95 ms")))
    first, last = figures[0], figures[-1]
    print()
    print(table([
        ("store size", f"{last['size'] / first['size']:.2f}",
         f"{last['size'] / fresh['size']:.2f}"),
        ("ask p50", f"{last['p50'] / first['p50']:.2f}", f"{last['p50'] / fresh['p50']:.2f}"),
        ("ask p95", f"{last['p95'] / first['p95']:.2f}", f"{last['p95'] / fresh['p95']:.2f}"),
        ("first ask after a sync", f"{last['first'] / first['first']:.2f}",
         f"{last['first'] / fresh['first']:.2f}"),
    ], ("ratio", "last / first sync", "last / fresh store")))
    print(f"store after {cycles} cycles: {_breakdown(store)}; fresh store: "
          f"{_breakdown(fresh_store)}; {compactions} compactions")
    print(f"targets (last / fresh store): size {last['size'] / fresh['size']:.2f}x (<= 1.2x: "
          f"{_met(last['size'] <= 1.2 * fresh['size'])}), ask p50 "
          f"{last['p50'] / fresh['p50']:.2f}x and p95 {last['p95'] / fresh['p95']:.2f}x "
          f"(<= 1.1x: {_met(max(last['p50'] / fresh['p50'], last['p95'] / fresh['p95']) <= 1.1)})")
    for line in checks:
        print(line)
    print(load_note(), flush=True)
    return 0 if "NOT ZERO" not in " ".join(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
