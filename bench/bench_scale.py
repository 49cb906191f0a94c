"""An archive that keeps growing (issue 16): each figure beside its baseline from this run.

    .venv/bin/python bench/bench_scale.py [--quick] [--store DIR] [--only a,b,...]

Parts (``--only``), each in fresh processes:

* ``splitter``: the sentence splitter's start-up in a new process (import to the first
  split done, median of 5) against the old way, NLTK's ``PunktTokenizer`` (``import nltk``).
  Target: 0.3 s or less.
* ``sync``: ``Library.sync`` of the copied files of the largest bench_latency store (about
  21k articles at 100k chunks), nothing changed, against walking the same files and reading
  their size and time (``find_files`` + ``os.stat``), in the same process. Target: at most
  1 s beyond the walk. The whole ``qa sync`` process is shown too, beside
  ``python -c "import chromadb"``.
* ``remove``: removing a folder of 100 articles (``qa remove FOLDER``) from the largest store
  and from the smallest, then putting them back (``qa sync FOLDER``, untimed): the ratio
  shows whether the cost follows what is removed or the library's size.
* ``reader``: what a new reader pays on its first question: ``qa ask --server URL`` against a
  ``chroma run`` serving the largest store, with an empty cache (it builds the BM25 segments
  from the server), against the same with the cache it left (median of 3).
* ``writers``: ``Library.connect(URL, name).ingest(...)`` (what ``qa ingest --server URL``
  runs) of 200 BBC articles in two folders of 100 into a
  fresh ``chroma run``: one writer for both, against two writers at once (one folder each),
  and two writers both given both folders (every article written twice over).

The stores come from ``bench/bench_latency.py`` (run it first). Quick: the smallest parts
only (splitter, writers on 40 articles).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_latency import copies_folder  # noqa: E402
from bench_memory import largest_store  # noqa: E402
from benchlib import REPO, WORK, bbc_articles, load_note, table, write_txt_folder  # noqa: E402

PARTS = ("splitter", "sync", "remove", "reader", "writers")
QUESTION = "What did the chancellor say about the economy?"
PY = sys.executable


def _run(cmd: list[str], env: dict | None = None, check: bool = True) -> tuple[float, str]:
    """Wall seconds of a fresh process, and its stdout."""
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, **(env or {})})
    wall = time.perf_counter() - started
    if check and proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:5])}... failed: {proc.stderr.strip()[-800:]}")
    return wall, proc.stdout


def _median(cmd: list[str], runs: int, env: dict | None = None) -> tuple[float, float, float]:
    walls = [_run(cmd, env)[0] for _ in range(runs)]
    return statistics.median(walls), min(walls), max(walls)


# -- splitter --------------------------------------------------------------------------------

_OURS = ("import time; t = time.perf_counter(); from index.chunks import split_sentences; "
         "split_sentences('Mr. Smith left. He came back.'); print(time.perf_counter() - t)")
_NLTK = ("import time, importlib.util; from pathlib import Path; t = time.perf_counter(); "
         "import nltk.data; from nltk.tokenize.punkt import PunktTokenizer; "
         "spec = importlib.util.find_spec('llama_index.core'); "
         "nltk.data.path.append(str(Path(next(iter(spec.submodule_search_locations)), "
         "'_static', 'nltk_cache'))); "
         "list(PunktTokenizer('english').span_tokenize('Mr. Smith left. He came back.')); "
         "print(time.perf_counter() - t)")


def splitter(runs: int) -> list[tuple]:
    ours = [float(_run([PY, "-c", _OURS])[1]) for _ in range(runs)]
    base = [float(_run([PY, "-c", _NLTK])[1]) for _ in range(runs)]
    o, b = statistics.median(ours), statistics.median(base)
    rows = [("splitter start-up in a new process (import to first split)", f"{o:.3f} s",
             f"NLTK PunktTokenizer: {b:.3f} s", f"{o / b:.2f}x",
             "<= 0.3 s: " + ("met" if o <= 0.3 else "NOT met"))]
    return rows + [_long_paragraph()]


def _long_paragraph() -> tuple:
    """Splitting one paragraph of 4,000 sentences (a book or a PDF without line breaks)
    against the same sentences as 40 texts of 100, split one by one: the splitter's work
    should follow the text's length, not its square (stop 37's first check of a title's "!"
    searched from the text's start for every sentence: 5.5 s against 0.2 s here)."""
    from index.chunks import split_sentences

    sentences = [f"Sentence number {i} says something about the council's budget."
                 for i in range(4000)]
    one = " ".join(sentences)
    pieces = [" ".join(sentences[i : i + 100]) for i in range(0, 4000, 100)]
    split_sentences("Warm up. Twice.")
    started = time.perf_counter()
    assert len(split_sentences(one)) == 4000
    whole = time.perf_counter() - started
    started = time.perf_counter()
    assert sum(len(split_sentences(p)) for p in pieces) == 4000
    apart = time.perf_counter() - started
    return ("splitting one paragraph of 4,000 sentences (255 KB)", f"{whole:.2f} s",
            f"the same as 40 texts: {apart:.2f} s", f"{whole / apart:.2f}x", "about 1x: linear")


# -- sync of an unchanged folder ---------------------------------------------------------------

_SYNC = """
import json, os, sys, time
from pathlib import Path
from index.articles import find_files
from qa import Library
folder = Path(sys.argv[2])
lib = Library(sys.argv[1], create=False)
t = time.perf_counter()
files = [f for f in find_files(folder)]
stats = [os.stat(f) for f in files]
walk = time.perf_counter() - t
t = time.perf_counter()
report = lib.sync(folder)
sync = time.perf_counter() - t
print(json.dumps({"files": len(files), "walk": walk, "sync": sync,
                  "unchanged": len(report.unchanged), "changed": report.changed}))
"""


def sync(store: Path, runs: int) -> list[tuple]:
    folder = copies_folder(store)
    got = [json.loads(_run([PY, "-c", _SYNC, str(store), str(folder)])[1]) for _ in range(runs)]
    walk = statistics.median(g["walk"] for g in got)
    took = statistics.median(g["sync"] for g in got)
    cli = _median([PY, "-m", "qa.cli", "sync", "--store", str(store), str(folder)], runs)[0]
    chroma = _median([PY, "-c", "import chromadb"], runs)[0]
    assert not any(g["changed"] for g in got)
    return [(f"qa sync, unchanged folder of {got[0]['files']:,} files (Library.sync)",
             f"{took:.2f} s", f"walk + stat: {walk:.2f} s", f"+{took - walk:.2f} s",
             "<= +1 s: " + ("met" if took - walk <= 1 else "NOT met")),
            ("  the whole 'qa sync' process", f"{cli:.2f} s", f"import chromadb: {chroma:.2f} s",
             f"{cli / chroma:.2f}x", "")]


# -- removing a folder -----------------------------------------------------------------------


def remove(big: Path, small: Path) -> list[tuple]:
    rows, took = [], {}
    for store in (small, big):
        folder = copies_folder(store) / "copy-0" / "part-01"
        cmd = [PY, "-m", "qa.cli", "remove", "--store", str(store), str(folder)]
        walls = []
        for _ in range(2):
            wall, out = _run(cmd)
            walls.append(wall)
            _run([PY, "-m", "qa.cli", "sync", "--store", str(store), str(folder)])
        took[store] = statistics.median(walls)
        rows.append((f"  qa remove FOLDER (100 articles), {_chunks(store):,}-chunk store",
                     f"{took[store]:.2f} s", "", "", ""))
    ratio = took[big] / took[small]
    rows.insert(0, ("removing a folder of 100 articles: large store / small store",
                    f"{took[big]:.2f} s", f"small store: {took[small]:.2f} s", f"{ratio:.2f}x",
                    f"library x{_chunks(big) / _chunks(small):.0f}"))
    return rows


def _chunks(store: Path) -> int:
    return json.loads(store.with_suffix(".built.json").read_text())["chunks"]


# -- a new reader on a server ----------------------------------------------------------------


def reader(store: Path, runs: int) -> list[tuple]:
    sys.path.insert(0, str(REPO))
    from tests.helpers import free_port, start_chroma

    port = free_port()
    served = Path(tempfile.mkdtemp(prefix="bench-scale-served-")) / "data"
    shutil.copytree(store, served, ignore=shutil.ignore_patterns("derived-*", "write.lock"))
    proc = start_chroma(served, port)
    url = f"http://127.0.0.1:{port}"
    try:
        cache = Path(tempfile.mkdtemp(prefix="bench-scale-cache-"))
        env = {"XDG_CACHE_HOME": str(cache)}
        cmd = [PY, "-m", "qa.cli", "ask", "--server", url, QUESTION]
        first = _run(cmd, env)[0]
        warm = _median(cmd, runs, env)[0]
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        shutil.rmtree(served.parent, ignore_errors=True)
    return [(f"new reader's first question, server with {_chunks(store):,} chunks "
             "(builds BM25)", f"{first:.1f} s", f"the next cold ask: {warm:.1f} s",
             f"{first / warm:.1f}x", "")]


# -- several writers on one server -----------------------------------------------------------


def writers(n: int) -> list[tuple]:
    sys.path.insert(0, str(REPO))
    from tests.helpers import free_port, start_chroma

    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-writers-"))
    articles = bbc_articles(n)
    a = write_txt_folder(tmp / "a", articles[: n // 2])
    b = write_txt_folder(tmp / "b", articles[n // 2 :])
    port = free_port()
    proc = start_chroma(tmp / "data", port)
    url = f"http://127.0.0.1:{port}"

    def ingest(name: str, *folders: Path) -> list[str]:
        code = ("import sys; from qa import Library; "
                "Library.connect(sys.argv[1], name=sys.argv[2]).ingest(sys.argv[3:])")
        return [PY, "-c", code, url, name, *map(str, folders)]

    def at_once(cmds: list[list[str]], name: str) -> float:
        started = time.perf_counter()
        procs = [subprocess.Popen(c, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for c in cmds]
        for p in procs:
            _, err = p.communicate()
            if p.returncode != 0:
                raise SystemExit(f"a writer failed: {err.decode()[-800:]}")
        return time.perf_counter() - started

    try:
        one = _timed_library(url, "one", lambda: at_once([ingest("one", a, b)], "one"))
        two = _timed_library(url, "two", lambda: at_once([ingest("two", a),
                                                           ingest("two", b)], "two"))
        both = _timed_library(url, "both", lambda: at_once([ingest("both", a, b),
                                                             ingest("both", a, b)], "both"))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)
    rate = {k: n / v for k, v in (("one", one), ("two", two), ("both", both))}
    return [(f"ingest --server, {n} articles: 1 writer", f"{rate['one']:.2f} articles/s",
             "", "1.00x", f"{one:.0f} s"),
            ("  2 writers at once, a folder each", f"{rate['two']:.2f} articles/s",
             "1 writer", f"{rate['two'] / rate['one']:.2f}x", f"{two:.0f} s"),
            ("  2 writers at once, both folders each", f"{rate['both']:.2f} articles/s",
             "1 writer", f"{rate['both'] / rate['one']:.2f}x", f"{both:.0f} s")]


def _timed_library(url: str, name: str, run) -> float:
    """Run the writers for library ``name`` and check it holds each article once."""
    seconds = run()
    code = ("import sys; from qa import Library; lib = Library.connect(sys.argv[1], "
            "name=sys.argv[2]); a = lib.articles(); "
            "print(len(a), len({x.article_id for x in a}))")
    _, out = _run([PY, "-c", code, url, name])
    total, distinct = map(int, out.split())
    if total != distinct:
        raise SystemExit(f"library {name}: {total} articles but {distinct} distinct")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="splitter and 40-article writers")
    parser.add_argument("--store", type=Path, help="the large store (default: the largest "
                        "bench_latency store)")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(PARTS)}")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else (
        ["splitter", "writers"] if args.quick else list(PARTS))
    runs = 3 if args.quick else 5
    big = args.store or largest_store()
    small = min((p.with_suffix("").with_suffix("")
                 for p in (WORK / "latency").glob("bbc-*.built.json")), key=_chunks_of,
                default=None)
    print(f"bench_scale: {', '.join(chosen)}; {load_note()}", flush=True)
    rows = []
    for part in chosen:
        print(f"  {part} ...", file=sys.stderr, flush=True)
        if part == "splitter":
            rows += splitter(runs)
        elif part == "writers":
            rows += writers(40 if args.quick else 200)
        elif big is None or small is None:
            print(f"  {part}: no bench store; run bench/bench_latency.py first", file=sys.stderr)
        elif part == "sync":
            rows += sync(big, 3)
        elif part == "remove":
            rows += remove(big, small)
        elif part == "reader":
            rows += reader(big, 3)
    print()
    print(table(rows, ("measure", "ours", "baseline (same run)", "ratio", "target / note")))
    print(load_note(), flush=True)
    return 0


def _chunks_of(store: Path) -> int:
    return json.loads(store.with_suffix(".built.json").read_text())["chunks"]


if __name__ == "__main__":
    sys.exit(main())
