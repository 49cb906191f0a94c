"""Peak memory (RSS) of a fresh ``qa ask`` process and of the chat app answering one question.

    .venv/bin/python bench/bench_memory.py [--quick] [--store DIR]

The store is the largest one bench_latency.py built in .bench/latency/ (100k chunks after a
full run, else 10k), or ``--store``. Each process is started fresh and its own peak RSS is
read from ``os.wait4`` (ru_maxrss of that child alone):

* ``python -m qa.cli ask --store <store> "<question>"``, and the same on a store of the
  seed article (built untimed first): a cold question on a big and on a small library
* the chat app: ``tui.app.make_app(store=...)`` run headless with ``app.run_test()``, asking
  one question and waiting for its answer
* ``python -m qa.cli ingest --store <store> <one new article>``: adding one article to the
  big store, from a fresh process to a store answerable with it (BM25 index included); the
  article is removed again after each try (untimed). The same command on an empty store is
  shown beside it: what the store's size adds.
* baseline: ``python -c "import sentence_transformers"``, in the same run; ratios are
  against it. ``python -c pass`` is shown as the interpreter's floor.

Quick: each process once; default: five times each, median shown. At the end, the targets of
issue 16: adding one article at 100k chunks within 1.3x the same on an empty store (time and
memory), and a cold ``qa ask`` at 100k chunks in 2.0 s or less.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import REPO, WORK, load_note, table  # noqa: E402

QUESTION = "What did the chancellor say about the economy?"
SEED_QUESTION = "Who owns the Rock Entertainment Centre?"
NEW_ARTICLE = """Harbour bridge reopens

The harbour bridge reopened on Monday after six months of repairs. Mara Lind, the city
engineer, said the steel cables had been replaced and the deck resurfaced. Traffic was
light in the morning, but queues formed by the evening rush hour. The council said the
repairs cost 4.2m pounds, slightly under budget. Ferry operators, who carried extra
passengers while the bridge was closed, said they would return to their normal timetable.
"""


def largest_store() -> Path | None:
    """The bench_latency store with the most chunks."""
    best = None
    for done in (WORK / "latency").glob("bbc-*.built.json"):
        store = done.with_suffix("").with_suffix("")
        if store.is_dir():
            chunks = json.loads(done.read_text())["chunks"]
            if best is None or chunks > best[0]:
                best = (chunks, store)
    return best[1] if best else None


def tui_worker(store: str, question: str) -> int:
    """Run the chat app headless, ask one question, wait for the answer."""
    import asyncio

    from textual.widgets import Input

    from tui.app import make_app
    from tui.widgets.exchange import Exchange

    async def body() -> str:
        app = make_app(store=store)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            box = app.screen.query_one("#question", Input)
            box.focus()
            box.value = question
            await pilot.press("enter")
            deadline = time.monotonic() + 900
            while True:
                found = app.screen.query(Exchange)
                if found and (found.last().answer is not None or found.last().has_class("failed")):
                    break
                if time.monotonic() > deadline:
                    return "timed out"
                await pilot.pause(0.05)
            ex = found.last()
            if ex.answer is None:
                return "failed"
            return "abstained" if ex.answer.abstained else f"{len(ex.answer.citations)} citations"

    print(asyncio.run(body()))
    return 0


def peak_rss(cmd: list[str]) -> tuple[float, float, int, str]:
    """Run ``cmd`` fresh; (peak RSS MB of that process, wall s, exit code, last output line)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=REPO)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode(errors="replace").strip().splitlines()
        if proc.returncode != 0:
            tail = err.read().decode(errors="replace").strip().splitlines()[-3:]
            print(f"  {' '.join(cmd[:4])}... exit {proc.returncode}: {' | '.join(tail)}",
                  file=sys.stderr)
        return usage.ru_maxrss / 1024, wall, proc.returncode, (text[-1] if text else "")


def _targets(results: dict, chunks: int) -> None:
    """Issue 16's targets, each figure beside its baseline from this run."""
    big = results["qa ingest one new article, this store"]
    empty = results["qa ingest one new article, empty store"]
    ask = results["qa ask (python -m qa.cli ask)"]
    base = results["baseline: import sentence_transformers"]
    rows = [(f"add one article at {chunks:,} chunks: time", f"{big[1]:.2f} s",
             f"empty store: {empty[1]:.2f} s", f"{big[1] / empty[1]:.2f}x",
             "<= 1.3x: " + ("met" if big[1] <= 1.3 * empty[1] else "NOT met")),
            ("  and peak RSS", f"{big[0]:.0f} MB", f"empty store: {empty[0]:.0f} MB",
             f"{big[0] / empty[0]:.2f}x",
             "<= 1.3x: " + ("met" if big[0] <= 1.3 * empty[0] else "NOT met")),
            (f"cold qa ask at {chunks:,} chunks (median)", f"{ask[1]:.2f} s",
             f"import sentence_transformers: {base[1]:.2f} s", f"{ask[1] / base[1]:.2f}x",
             "<= 2.0 s: " + ("met" if ask[1] <= 2.0 else "NOT met"))]
    print()
    print(table(rows, ("target", "ours", "baseline (same run)", "ratio", "")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="each process once")
    parser.add_argument("--store", type=Path, help="store to use (default: largest bench store)")
    parser.add_argument("--tui-worker", nargs=2, metavar=("STORE", "QUESTION"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.tui_worker:
        return tui_worker(*args.tui_worker)

    store = args.store or largest_store()
    if store is None:
        print("error: no bench store in .bench/latency; run bench/bench_latency.py --quick first",
              file=sys.stderr)
        return 1
    # The parent stays lean (no qa, chroma or torch imported here): a child's ru_maxrss
    # includes the parent's RSS at fork time, before exec.
    got = subprocess.run([sys.executable, "-c", "import sys; from qa import Library; "
                          "s = Library(sys.argv[1]).stats(); print(s.chunks, s.articles)",
                          str(store)], capture_output=True, text=True, cwd=REPO, check=True)
    chunks, articles = map(int, got.stdout.split())
    repeats = 1 if args.quick else 5
    py = sys.executable
    new_article = Path(tempfile.mkdtemp(prefix="bench-memory-article-")) / "new-article.txt"
    new_article.write_text(NEW_ARTICLE, encoding="utf-8")
    empty = Path(tempfile.mkdtemp(prefix="bench-memory-empty-")) / "store"
    seed_store = Path(tempfile.mkdtemp(prefix="bench-memory-seed-")) / "store"
    subprocess.run([sys.executable, "-m", "qa.cli", "ingest", "--store", str(seed_store),
                    str(REPO / "seeds")], capture_output=True, cwd=REPO, check=True)
    runs = [
        ("baseline: import sentence_transformers", [py, "-c", "import sentence_transformers"]),
        ("qa ask (python -m qa.cli ask)", [py, "-m", "qa.cli", "ask", "--store", str(store),
                                           QUESTION]),
        ("qa ask, seed store (one article)", [py, "-m", "qa.cli", "ask", "--store",
                                              str(seed_store), SEED_QUESTION]),
        ("chat app, one question (headless)", [py, __file__, "--tui-worker", str(store),
                                               QUESTION]),
        ("qa ingest one new article, this store", [py, "-m", "qa.cli", "ingest", "--store",
                                                    str(store), str(new_article)]),
        ("qa ingest one new article, empty store", [py, "-m", "qa.cli", "ingest", "--store",
                                                     str(empty), str(new_article)]),
        ("floor: python -c pass", [py, "-c", "pass"]),
    ]
    undo = {name: [py, "-m", "qa.cli", "remove", "--store", where, str(new_article)]
            for name, where in (("qa ingest one new article, this store", str(store)),
                                ("qa ingest one new article, empty store", str(empty)))}
    cold_cache = None
    if not args.quick:
        # A first run on a machine: the model's ONNX export is not cached yet (QA_CACHE).
        cold_cache = tempfile.TemporaryDirectory(prefix="bench-memory-cache-")
        runs.insert(2, ("qa ask, empty model cache (first run)",
                        ["env", f"QA_CACHE={cold_cache.name}", py, "-m", "qa.cli", "ask",
                         "--store", str(store), QUESTION]))
    print(f"bench_memory: peak RSS of fresh processes on {store.name} ({chunks:,} chunks, "
          f"{articles:,} articles); {'1 run' if repeats == 1 else f'median of {repeats}'}"
          f" each; {load_note()}", flush=True)
    results = {}
    for name, cmd in runs:
        got = []
        for _ in range(repeats):
            if cmd[0] == "env":  # empty the cache before each try
                for f in Path(cold_cache.name).rglob("*"):
                    if f.is_file():
                        f.unlink()
            got.append(peak_rss(cmd))
            if name in undo:
                subprocess.run(undo[name], capture_output=True, cwd=REPO, check=True)
        results[name] = (statistics.median(g[0] for g in got), statistics.median(g[1] for g in got),
                         max(g[2] for g in got), got[-1][3], min(g[0] for g in got),
                         max(g[0] for g in got))
    # Adding and removing the article moved the store to a new generation: one untimed
    # question brings its BM25 index up to date, so that the next run's first ask does not
    # time that rebuild.
    subprocess.run([py, "-m", "qa.cli", "ask", "--store", str(store), QUESTION],
                   capture_output=True, cwd=REPO)
    base = results[runs[0][0]][0]
    rows = []
    for name, (rss, wall, code, last, lo, hi) in results.items():
        rows.append((name, f"{rss:.0f}", f"{lo:.0f}-{hi:.0f}", f"{rss / base:.2f}", f"{wall:.1f}",
                     code, last[:40]))
    _targets(results, chunks)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(table(rows, ("process", "peak RSS MB", "range", "ratio to baseline", "wall s",
                       "exit", "last output line")))
    print(f"  (this measuring process peaked at {own:.0f} MB: a child's figure cannot be below "
          "what it inherits at fork)")
    print(load_note(), flush=True)
    return 0 if all(r[2] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
