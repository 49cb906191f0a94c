"""How well the check of written answers agrees with a hand judgement (issue 14).

    python bench/eval_llm_support.py generate [--llm MODEL@URL]
    python bench/eval_llm_support.py measure

``generate`` asks the 30 questions of ``bench/llm_questions.jsonl`` (10 on the seed article,
4 on each of 5 SQuAD articles: questions 0, 15, 30 and 45 of each) of a library holding the
seed article and those 5 articles, with a language model (by default SmolLM2-135M-Instruct
served by ``transformers serve``, as in tests/test_llm.py), and writes each reply, its quotes
and its sentences to ``bench/llm_support.jsonl``. Sentences already judged there keep their
judgement (matched by question and text).

The judgement is made by hand in that file, per sentence, without the checker's verdict in
view: ``"judge": "supported"`` when the sentence carries a marker to a given quote and the
quotes it cites state everything it says (a paraphrase counts; anything added, or a fact
taken from an uncited quote, does not), else ``"unsupported"``, with ``why``.

``measure`` runs the check on those sentences and quotes (no server needed) and prints the
precision and recall of "unsupported" against the hand judgement, for the check as shipped
and for the alternatives it was chosen over, and the time the check adds per answer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

QUESTIONS = HERE / "llm_questions.jsonl"
JUDGED = HERE / "llm_support.jsonl"
SQUAD_TITLES = ("Genome", "Wayback_Machine", "Dutch_Republic", "Symbiosis",
                "Saint_Barth%C3%A9lemy")


def _library(folder: Path, embedder, llm=None):
    from shared_data import squad_articles, write_jsonl

    from qa import Library

    articles = [a for a in squad_articles() if a["id"] in SQUAD_TITLES]
    source = write_jsonl(folder / "articles" / "squad5.jsonl", articles,
                         ("id", "title", "text"))
    lib = Library(folder / "store", embedder=embedder, llm=llm)
    lib.ingest([HERE.parent / "seeds", source])
    return lib


def generate(llm_spec: str | None) -> None:
    from qa import Embedder

    judged = _load(JUDGED)
    known = {(r["question"], s["text"]): s for r in judged for s in r["sentences"]}
    server = None
    if llm_spec is None:
        from tests.helpers import free_port
        from tests.llm_server import model_folder, start_server

        folder, port = model_folder(), free_port()
        server = start_server(folder, port, Path(tempfile.gettempdir()) / "llm-bench.log")
        llm_spec = f"{folder}@http://127.0.0.1:{port}/v1"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lib = _library(Path(tmp), Embedder(), llm=llm_spec)
            records = [_record(lib, q, known) for q in _load(QUESTIONS)]
    finally:
        if server is not None:
            from tests.llm_server import stop

            stop(server)
    with JUDGED.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {JUDGED}: {sum(len(r['sentences']) for r in records)} sentences")


def _record(lib, q: dict, known: dict) -> dict:
    started = time.perf_counter()
    answer = lib.ask(q["question"])
    seconds = time.perf_counter() - started
    written = answer.written
    quotes = [c.quote for c in answer.citations] if written and not answer.abstained else []
    if written and answer.abstained:  # the quotes were given, then dropped by the abstention
        quotes = _quotes_given(lib, q["question"])
    sentences = []
    for s in written.sentences if written else ():
        judged = known.get((q["question"], s.text), {})
        sentences.append({"text": s.text, "judge": judged.get("judge"),
                          "why": judged.get("why")})
    print(f"{seconds:5.1f} s  {q['question'][:60]}", file=sys.stderr)
    return {"question": q["question"], "article": q["article"], "quotes": quotes,
            "reply": written.text if written else None, "notice": answer.notice,
            "seconds": round(seconds, 2), "sentences": sentences}


def _quotes_given(lib, question: str) -> list[str]:
    """The quotes the model was given, when the answer abstained (they are not kept)."""
    answer, ranked = lib._extractive(question, None, (), ())
    from qa.writing import more_quotes

    return [c.quote for c in more_quotes(answer, ranked, lib._retriever.sentence_count)]


def _load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def measure() -> None:
    from qa import Embedder
    from qa.checking import (
        AlignmentScorer,
        check_sentences,
        markers,
        missing_facts,
        strip_markers,
    )

    records = [r for r in _load(JUDGED) if r["sentences"]]
    items = [(r, s) for r in records for s in r["sentences"]]
    unjudged = [s["text"] for _, s in items if s.get("judge") not in ("supported", "unsupported")]
    if unjudged:
        sys.exit(f"{len(unjudged)} sentences are not judged yet, e.g. {unjudged[0]!r}")
    truth = [s["judge"] == "unsupported" for _, s in items]
    embedder = Embedder()
    embedder.load()
    print(f"{len(records)} answers, {len(items)} written sentences, "
          f"{sum(truth)} judged unsupported by hand\n")
    print(f"{'check':<52} {'flagged':>7} {'precision':>9} {'recall':>6} {'accuracy':>8}")

    def cited(r, s):
        return [r["quotes"][n - 1] for n in dict.fromkeys(markers(s["text"]))
                if 1 <= n <= len(r["quotes"])]

    has_marker = [bool(cited(r, s)) for r, s in items]
    facts_ok = [bool(c) and not missing_facts(s["text"], c)
                for (r, s), c in zip(items, (cited(r, s) for r, s in items), strict=True)]
    _row("a valid [n] marker", [not ok for ok in has_marker], truth)
    _row("marker, numbers and names in the cited quotes", [not ok for ok in facts_ok], truth)
    for name, score in _scores(items, cited, embedder).items():
        for threshold in _THRESHOLDS[name]:
            flagged = [not (ok and sc >= threshold) for ok, sc in zip(has_marker, score,
                                                                       strict=True)]
            _row(f"marker, {name} >= {threshold}", flagged, truth)
            flagged = [not (ok and sc >= threshold) for ok, sc in zip(facts_ok, score,
                                                                      strict=True)]
            _row(f"marker, facts, {name} >= {threshold}", flagged, truth)
    _content(items, embedder)
    scorer = AlignmentScorer(embedder)
    shipped = []
    times = []
    for r in records:
        started = time.perf_counter()
        verdicts = check_sentences([s["text"] for s in r["sentences"]], r["quotes"], scorer)
        times.append(time.perf_counter() - started)
        shipped += [not v.supported for v in verdicts]
    print()
    _row("as shipped (qa.checking.check_sentences)", shipped, truth)
    _times("time the check adds per answer, as written (warm model)", times)
    # Most of the small model's sentences carry no marker and are not read at all; a model
    # that cites properly makes every sentence read. As if each cited every quote given:
    cite_all = " " + "".join(f"[{n}]" for n in range(1, 6))
    times = []
    for r in records:
        sentences = [strip_markers(s["text"]) + cite_all for s in r["sentences"]]
        started = time.perf_counter()
        check_sentences(sentences, r["quotes"], scorer)
        times.append(time.perf_counter() - started)
    _times("the same, every sentence citing every quote it was given", times)


def _times(what: str, times: list[float]) -> None:
    times = sorted(times)
    print(f"\n{what} ({len(times)} answers): p50 {1000 * statistics.median(times):.1f} ms, "
          f"p95 {1000 * times[int(0.95 * (len(times) - 1))]:.1f} ms, "
          f"max {1000 * times[-1]:.1f} ms")


def _content(items, embedder) -> None:
    """The quote check alone, markers aside (the small model leaves most sentences without
    one): each sentence against the quotes that support it by hand (``by``, as if it had
    cited them), or, when none does, against each quote it was given in turn, keeping the
    most favourable (as if it had cited the quote closest to it). The truth is "no quote
    supports it"."""
    from qa.checking import AlignmentScorer, missing_facts, strip_markers

    truth = [not s["by"] for _, s in items]
    options = [[[r["quotes"][n - 1] for n in s["by"]]] if s["by"] else [[q] for q in r["quotes"]]
               for r, s in items]
    claims = [strip_markers(s["text"]) for _, s in items]
    scorer = AlignmentScorer(embedder)
    facts, cosine, share = [], [], []
    for claim, (_, s), evidence in zip(claims, items, options, strict=True):
        joined = ["\n".join(e) for e in evidence]
        vectors = embedder.encode([claim, *joined])
        facts.append(any(not missing_facts(s["text"], e) for e in evidence))
        cosine.append(max(float(vectors[0] @ v) for v in vectors[1:]))
        share.append(max(scorer.support([claim] * len(joined), joined)))
    print(f"\nthe quote check alone, markers aside: {sum(truth)} of {len(truth)} sentences "
          "supported by no quote, by hand")
    _row("numbers and names in the quotes", [not f for f in facts], truth)
    for t in (0.5, 0.6, 0.7):
        _row(f"sentence cosine >= {t}", [c < t for c in cosine], truth)
        _row(f"facts, sentence cosine >= {t}",
             [not (f and c >= t) for f, c in zip(facts, cosine, strict=True)], truth)
    for t in _THRESHOLDS["share of content pieces matched"]:
        _row(f"share matched >= {t}", [x < t for x in share], truth)
        _row(f"facts, share matched >= {t}",
             [not (f and x >= t) for f, x in zip(facts, share, strict=True)], truth)
    threshold = AlignmentScorer.threshold
    print(f"\nwhere the shipped check (facts, share matched >= {threshold}) and the hand "
          "judgement disagree:")
    for (_, s), f, x, t in zip(items, facts, share, truth, strict=True):
        if (not (f and x >= threshold)) != t:
            print(f"  {'missed' if t else 'false alarm'} ({x:.2f}): {s['text']}")
    print()


_THRESHOLDS = {"sentence cosine": (0.5, 0.6, 0.7),
               "mean best piece cosine": (0.7, 0.8, 0.85),
               "share of content pieces matched": (0.6, 0.7, 0.75, 0.8, 0.9)}


def _scores(items, cited, embedder) -> dict[str, list[float]]:
    import numpy as np

    from qa.checking import AlignmentScorer, strip_markers

    claims = [strip_markers(s["text"]) for _, s in items]
    evidence = ["\n".join(cited(r, s)) or "-" for r, s in items]
    a, b = embedder.encode(claims), embedder.encode(evidence)
    cosine = [float(x @ y) for x, y in zip(a, b, strict=True)]
    share = AlignmentScorer(embedder).support(claims, evidence)
    mean = []
    for c, e in zip(embedder.encode_tokens(claims), embedder.encode_tokens(evidence),
                    strict=True):
        mean.append(float((c.vectors @ e.vectors.T).max(axis=1).mean()) if len(c.vectors)
                    and len(e.vectors) else 0.0)
    return {"sentence cosine": cosine, "mean best piece cosine": mean,
            "share of content pieces matched": [float(np.float32(x)) for x in share]}


def _row(name: str, flagged: list[bool], truth: list[bool]) -> None:
    tp = sum(f and t for f, t in zip(flagged, truth, strict=True))
    precision = tp / max(sum(flagged), 1)
    recall = tp / max(sum(truth), 1)
    accuracy = sum(f == t for f, t in zip(flagged, truth, strict=True)) / len(truth)
    print(f"{name:<52} {sum(flagged):>7} {precision:>9.2f} {recall:>6.2f} {accuracy:>8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("generate", "measure"))
    parser.add_argument("--llm", metavar="MODEL@URL",
                        help="the model to ask (default: SmolLM2-135M served here)")
    args = parser.parse_args()
    generate(args.llm) if args.what == "generate" else measure()


if __name__ == "__main__":
    main()
