"""How the two readers are best run on this machine's cores, on the batches real questions make.

    .venv/bin/python bench/bench_reader_threads.py [--articles 60] [--questions 50]

A store of the first N BBC articles is kept in .bench/reader-threads/. Each question (the
first sentence of, or the title as a question about, one of those articles) is asked once
through ``Library.ask``, and the windows the reader is given are kept. Those batches are then
read three ways, each over every question twice:

- ``before``: one reader after the other, each with onnxruntime's default threads (a thread
  a core), as the program read until stop 28;
- ``one thread, in turn``: one reader after the other, one thread each;
- ``side by side`` (shipped): ``Reader.read``, the pair reader in a thread of its own beside
  the first, one onnxruntime thread each.

It prints p50 / p95 of a question's reading, their ratios to ``before`` (from the same run),
and the largest difference between the readers' vectors read the shipped way and ``before``
(0 means the answers cannot change).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (  # noqa: E402
    WORK,
    bbc_articles,
    first_sentence,
    load_note,
    percentile,
    table,
    write_txt_folder,
)
from shared_data import cached_store  # noqa: E402


def questions(articles: list[dict], n: int) -> list[str]:
    """Half first sentences, half "What is the news about <title>?", in a fixed order."""
    rng = random.Random(0)
    picked = rng.sample(articles, min(n, len(articles)))
    return [first_sentence(a["text"]) if i % 2 else f"What is the news about {a['title']}?"
            for i, a in enumerate(picked)]


def batches(store: Path, asked: list[str]) -> list[tuple[str, list]]:
    """The (question, windows) the reader is given when each question is asked."""
    from qa import Library
    from qa import reader as reader_module

    seen: list[tuple[str, list]] = []
    original = reader_module.Reader.read

    def keep(self, question, windows):
        if self.second is not None:  # the first reader's call, not the pair reader's
            seen.append((question, list(windows)))
        return original(self, question, windows)

    reader_module.Reader.read = keep
    try:
        library = Library(store)
        for q in asked:
            library.ask(q)
    finally:
        reader_module.Reader.read = original
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--questions", type=int, default=50)
    args = parser.parse_args()

    import numpy as np
    import onnxruntime

    from qa import Library
    from qa.reader import PAIRS, WEIGHTS, Reader, encode, encode_pairs, session_options

    articles = bbc_articles(args.articles)
    folder = WORK / "reader-threads"
    store = cached_store(folder / f"store-{args.articles}")
    Library(store).ingest([write_txt_folder(folder / f"articles-{args.articles}", articles)])
    read = batches(store, questions(articles, args.questions))
    if not read:
        raise SystemExit("error: no question reached the reader; is qa/weights/ there?")

    shipped = Reader()
    shipped.load()
    pair = shipped.second
    assert pair is not None, "the pair reader (qa/weights/pairs/) is missing"

    def session(folder: Path, threads: int):
        return onnxruntime.InferenceSession(str(folder / "reader.onnx"),
                                            session_options(threads),
                                            providers=["CPUExecutionProvider"])

    def run(sess, enc):
        types = enc.types if enc.types is not None else np.zeros_like(enc.ids)
        return sess.run(None, {"input_ids": enc.ids, "attention_mask": enc.mask,
                               "token_type_ids": types})[0]

    def in_turn(threads: int):
        first, second = session(WEIGHTS, threads), session(WEIGHTS / PAIRS, threads)

        def go(question, windows):
            return (run(first, encode(shipped._tok, question, windows)),
                    run(second, encode_pairs(pair._tok, question, windows)))
        return go

    ways = {"before": in_turn(0), "one thread, in turn": in_turn(1),
            "side by side (shipped)": shipped.read}
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(2):
        for name, go in ways.items():
            for question, windows in read:
                started = time.perf_counter()
                go(question, windows)
                times[name].append(time.perf_counter() - started)

    before = ways["before"]
    diff = 0.0
    for question, windows in read:
        a, b = before(question, windows)
        diff = max(diff, float(np.abs(a - shipped.hidden(question, windows)[1]).max()),
                   float(np.abs(b - pair.hidden(question, windows)[1]).max()))

    base50 = percentile(times["before"], 50)
    base95 = percentile(times["before"], 95)
    rows = []
    for name, ts in times.items():
        p50, p95 = percentile(ts, 50), percentile(ts, 95)
        rows.append((name, f"{p50 * 1000:.1f}", f"{p95 * 1000:.1f}",
                     f"{p50 / base50:.2f}x", f"{p95 / base95:.2f}x"))
    tokens = [sum(len(w.context.split()) for w in ws) for _, ws in read]
    print(f"{len(read)} questions' batches ({percentile(tokens, 50):.0f} words a batch, p50), "
          f"{load_note()}")
    print(table(rows, ("reading a question", "p50 ms", "p95 ms", "p50 vs before",
                       "p95 vs before")))
    print(f"largest difference in the readers' vectors, shipped vs before: {diff:g}")
    print(json.dumps({"p50_ratio": round(percentile(times['side by side (shipped)'], 50)
                                         / base50, 3), "max_diff": diff}))


if __name__ == "__main__":
    main()
