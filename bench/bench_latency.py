"""Warm ``Library.ask`` latency at 1k, 10k and 100k chunks, against the 1k store as baseline.

    .venv/bin/python bench/bench_latency.py [--quick] [--questions N] [--sizes 1000,10000]

Stores are made from BBC News (in a fixed shuffled order) and kept in .bench/latency/, so a
rerun only measures. The articles are written as .txt files and embedded once, by
``Library.ingest`` into a source store (quick: the first 300 articles; default: all 2,225);
every measured store is then filled with copies of those files (``copy-<n>/<name>.txt``
beside the store), each written to the store through ``Store.put_articles`` with the source's
sentence vectors (no model call) and entered in the store's file table, as an ingest of the
copies would: ``qa sync`` of the copies' folder finds them all unchanged. Copies repeat
texts; paths, and so ids and records, are distinct.

Each store is measured in a fresh process: open the library, load the model, one first
question (which builds the BM25 index: reported as the cold first ask), two more warm-up
questions, then N timed questions (default 200, quick 50): the first sentence of, or the
title as a question about, random articles that every store holds.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (  # noqa: E402
    WORK,
    bbc_articles,
    file_name,
    first_sentence,
    load_note,
    percentile,
    table,
    write_txt_folder,
)
from shared_data import cached_store  # noqa: E402

LAT = WORK / "latency"
SOURCE = LAT / "source-store"
QUICK_SOURCE_ARTICLES = 300
NAME = "qa"  # the library name Library() uses by default: collections qa-articles, qa-chunks


def shuffled_bbc() -> list[dict]:
    articles = bbc_articles()
    random.Random(0).shuffle(articles)
    return articles


# -- the source store (embedded once) --------------------------------------------------------


def build_source(articles: list[dict], full: bool) -> list[str]:
    """Embed the first 300 (quick) or all articles into the source store, from .txt files
    in two folders (the first 300 and the rest, so that a quick run after a full one
    ingests only the first and removes nothing); their file names, in order."""
    from qa import Library

    parts = [articles[:QUICK_SOURCE_ARTICLES]]
    if full:
        parts.append(articles[QUICK_SOURCE_ARTICLES:])
    lib = Library(cached_store(SOURCE))
    for i, part in enumerate(parts):
        folder = write_txt_folder(LAT / "source" / f"part-{i}", part)
        started = time.perf_counter()

        def progress(stage, done, total, _last=[0.0], i=i, started=started):  # noqa: B006
            now = time.perf_counter()
            if stage == "embedding" and (now - _last[0] > 30 or done == total):
                _last[0] = now
                print(f"    source part {i}: embedded {done}/{total} articles "
                      f"({now - started:.0f} s)", file=sys.stderr, flush=True)

        report = lib.ingest([folder], progress=progress)
        if report.changed:
            print(f"  source part {i}: {report.summary()} in "
                  f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return [str((LAT / "source" / f"part-{i}" / file_name(a)).resolve())
            for i, part in enumerate(parts) for a in part]


# -- cloned stores ---------------------------------------------------------------------------


def _read_source(paths: list[str]) -> dict[str, list]:
    """The listed chunks (spans and sentence vectors) of each source article, by path."""
    from index.store import Store

    store = Store.open_directory(SOURCE, create=False)
    records = store.article_records(ids=paths)
    chunks = {c.chunk_id: c for c in store.get_chunks(
        sorted(c for r in records for c in r.chunk_ids))}
    return {r.article_id: sorted((chunks[c] for c in r.chunk_ids), key=lambda c: c.start)
            for r in records}


def _clone_items(path: Path, source: list) -> tuple:
    """The article read from a copied file, with chunk records made from the source's."""
    import numpy as np

    from index.articles import load_file
    from index.chunks import Chunk
    from index.records import ChunkRecord, chunk_key

    [article], _ = load_file(path)
    records = []
    for i, c in enumerate(source):
        chunk = Chunk(index=i, start=c.start, end=c.end, sentences=c.sentences)
        mean = c.sentence_vectors.mean(axis=0)
        records.append(ChunkRecord(chunk=chunk, key=chunk_key(article, chunk),
                                   text=article.text[c.start : c.end],
                                   vector=mean / max(float(np.linalg.norm(mean)), 1e-12),
                                   sentence_vectors=c.sentence_vectors))
    return article, records, [r.key for r in records]


def build_clone(target: int, paths: list[str], source: dict[str, list]) -> Path:
    """A store holding ``target`` chunks (at least; whole articles) of copied files."""
    import shutil

    from index.file_table import FileEntry, file_stat
    from index.store import Store

    path = cached_store(LAT / f"bbc-{target}-of-{len(paths)}")
    done = path.with_suffix(".built.json")
    files = copies_folder(path)
    if done.exists() and path.exists():
        return path
    shutil.rmtree(path, ignore_errors=True)  # an unfinished build
    shutil.rmtree(files, ignore_errors=True)
    started = time.perf_counter()
    store = Store.open_directory(path, name=NAME)
    written = n_articles = copy = 0
    pending: list[tuple] = []
    entries: list = []

    def flush() -> None:
        store.put_articles(pending)
        store.put_file_entries(entries)
        store.commit()
        store.compact(force=False)  # merges the recent chunks when due, as ingest does
        pending.clear()
        entries.clear()

    with store.writing():
        while written < target:
            for n, original in enumerate(paths):
                if written >= target:
                    break
                # Folders of 100 articles: bench_scale.py removes and restores one.
                folder = files / f"copy-{copy}" / f"part-{n // 100:02d}"
                folder.mkdir(parents=True, exist_ok=True)
                clone = folder / Path(original).name
                shutil.copyfile(original, clone)
                article, records, keys = _clone_items(clone, source[original])
                pending.append((article, records, keys))
                entries.append(FileEntry(str(clone), file_stat(str(clone)),
                                         (article.article_id,)))
                written += len(records)
                n_articles += 1
                if len(pending) >= 1000:
                    flush()
                    print(f"    {path.name}: {written:,}/{target:,} chunks "
                          f"({time.perf_counter() - started:.0f} s)", file=sys.stderr,
                          flush=True)
            copy += 1
        if pending:
            flush()
    seconds = time.perf_counter() - started
    done.write_text(json.dumps({"chunks": written, "articles": n_articles, "copies": copy,
                                "build_s": seconds}) + "\n")
    print(f"  built {path.name}: {n_articles:,} articles, {written:,} chunks, {copy} copies, "
          f"{seconds:.0f} s", file=sys.stderr, flush=True)
    return path


def copies_folder(store: Path) -> Path:
    """Where the copied files of a clone store are."""
    return store.with_name(f"{store.name}.files")


def questions(articles: list[dict], pool: int, n: int) -> list[str]:
    """``n`` questions about random articles among the first ``pool`` (held by every store)."""
    rng = random.Random(1)
    picked = [articles[rng.randrange(pool)] for _ in range(n)]
    out = []
    for i, a in enumerate(picked):
        if i % 2 == 0:
            out.append(first_sentence(a["text"]))
        else:
            out.append(f"What is the news about {a['title'].strip().rstrip('?.!')}?")
    return out


# -- measuring (in a fresh process per store) ------------------------------------------------


def _vm_hwm_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss would include the parent's at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _files(path: Path) -> set[str]:
    return {str(p) for p in path.rglob("*")}


def measure(store: Path, qfile: Path) -> dict:
    qs = json.loads(qfile.read_text())
    t0 = time.perf_counter()
    from qa import Library

    lib = Library(store)
    lib.load_model()
    t1 = time.perf_counter()
    lib.ask("What did the government announce?")
    t2 = time.perf_counter()
    for q in ("Who won the match?", "How much did the company earn?"):
        lib.ask(q)
    times = []
    abstained = 0
    for q in qs:
        s = time.perf_counter()
        answer = lib.ask(q)
        times.append(time.perf_counter() - s)
        abstained += answer.abstained
    stats = lib.stats()
    return {"open_s": t1 - t0, "first_ask_s": t2 - t1, "times": times, "abstained": abstained,
            "chunks": stats.chunks, "articles": stats.articles,
            "maxrss_mb": _vm_hwm_mb()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="1k and 10k chunks, 50 questions, 300 embedded articles")
    parser.add_argument("--questions", type=int, help="timed questions per store (200; quick 50)")
    parser.add_argument("--sizes", help="comma-separated chunk counts (default 1000,10000,"
                        "100000; quick 1000,10000)")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--qfile", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, args.qfile)))
        return 0

    sizes = [int(s) for s in (args.sizes or ("1000,10000" if args.quick else
                                             "1000,10000,100000")).split(",")]
    n_q = args.questions or (50 if args.quick else 200)
    LAT.mkdir(parents=True, exist_ok=True)
    shown = ", ".join(f"{s:,}" for s in sizes)
    print(f"bench_latency: warm Library.ask over {n_q} questions at {shown}"
          f" chunks (BBC News, copies beyond the source); {load_note()}", flush=True)
    articles = shuffled_bbc()
    ids = build_source(articles, full=not args.quick)
    source: dict[str, list] = {}
    stores = []
    for size in sizes:
        path = cached_store(LAT / f"bbc-{size}-of-{len(ids)}")
        if not (path.with_suffix(".built.json").exists() and path.exists()):
            source = source or _read_source(ids)
        stores.append(build_clone(size, ids, source))
    # Questions about articles that every store holds: each store starts with the same
    # prefix of the source order, so the smallest store's articles are in all of them.
    # (A store of copies holds more articles than the source: its first ones are the source.)
    pool = min([len(ids)] + [json.loads(p.with_suffix(".built.json").read_text())["articles"]
                             for p in stores])
    qfile = LAT / f"questions-{n_q}.json"
    qfile.write_text(json.dumps(questions(articles, pool, n_q)))

    results = []
    for path in stores:
        print(f"  measuring {path.name} ...", file=sys.stderr, flush=True)
        before = _files(path)
        proc = subprocess.run([sys.executable, __file__, "--worker", str(path), "--qfile",
                               str(qfile)], capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
            return 1
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        # New files in the store: the first ask built what it derives (BM25) and saved it.
        results[-1]["first_kind"] = "built" if _files(path) - before else "loaded"

    base = results[0]
    b50, b95 = percentile(base["times"], 50), percentile(base["times"], 95)
    rows = []
    for r in results:
        p50, p95 = percentile(r["times"], 50), percentile(r["times"], 95)
        rows.append((f"{r['chunks']:,}", f"{r['articles']:,}", f"{p50 * 1000:.0f}",
                     f"{p95 * 1000:.0f}", f"{max(r['times']) * 1000:.0f}",
                     f"{p50 / b50:.2f}", f"{p95 / b95:.2f}",
                     f"{r['first_ask_s']:.1f} ({r['first_kind']})",
                     f"{r['open_s']:.1f}", f"{r['maxrss_mb']:.0f}", r["abstained"]))
    print()
    print(table(rows, ("chunks", "articles", "p50 ms", "p95 ms", "max ms", "p50 / 1k",
                       "p95 / 1k", "first ask s", "open s", "peak RSS MB", "abstained")))
    last = results[-1]
    l50, l95 = percentile(last["times"], 50), percentile(last["times"], 95)
    print(f"growth {last['chunks']:,} / {base['chunks']:,} chunks: p50 x{l50 / b50:.2f}, "
          f"p95 x{l95 / b95:.2f}"
          f" (chunks x{last['chunks'] / base['chunks']:.0f})")
    print("  first ask: the first question in a fresh process; it builds the BM25 index from the "
          "store and saves it\n  beside the store (built) or loads the saved one (loaded). "
          "open: imports + model load.\n  peak RSS: the measuring process's VmHWM.")
    print(load_note(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
