"""Replay every kept question through the answering rules as they are now, question by
question, and compare two replays: what a rule moved, on every set at once, in seconds.

    .venv/bin/python bench/replay_all.py --capture [SET ...]
    .venv/bin/python bench/replay_all.py OUT.json [SET ...]
    .venv/bin/python bench/replay_all.py --compare BEFORE.json AFTER.json

The sets: ``n0``-``n11``, the news development and held-out sets (captured by
``bench/replay_news.py --capture``, whose captures this reads); ``sq``, 800 SQuAD questions
over all 44 articles read by the shipped reader (in-sample: for comparing rules, never for
reporting); and each new user's trial kept in ``bench/trials/<name>/`` (its stories in
``stories/``, its questions in ``questions.jsonl``; see ``bench/trials/README.md``).
``--capture`` asks a set's questions through ``Library.ask`` and keeps what
``qa.answering.compose_read`` was given in .bench/replay/ (like ``bench/replay_news.py``);
a replay composes each captured question again and writes, per question, whether it was
refused, whether its first citation holds a gold answer and its short answer, with the
figures per set (``--as-captured``: the answers as captured, a baseline). ``--compare``
prints the questions whose answer changed between two replays, marked ``+`` (now right) or
``-`` (now wrong), then the totals.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from replay_news import CAPTURES, capture_to, upstream_digest  # noqa: E402

import qa.answering  # noqa: E402
import qa.library  # noqa: E402
from qa import Library  # noqa: E402
from qa.evaluation import (  # noqa: E402
    EvalQuestion,
    contains_answer,
    load_questions,
    short_answer_scores,
)

ROOT = Path(__file__).resolve().parents[1]
TRIALS = ROOT / "bench" / "trials"
NEWS = [f"n{k}" for k in range(12)]


def all_sets() -> list[str]:
    trials = sorted(p.name for p in TRIALS.iterdir() if (p / "questions.jsonl").is_file()) \
        if TRIALS.is_dir() else []
    return [*NEWS, "sq", *trials]


def _capture_path(name: str) -> Path:
    return CAPTURES / (f"set{name[1:]}.pkl" if name in NEWS else f"{name}.pkl")


def _library_and_questions(name: str) -> tuple[Library, list[EvalQuestion]]:
    if name == "sq":
        from eval_answers import _library, _questions
        from shared_data import squad_articles
        articles = squad_articles()
        return _library("all", articles), _questions(articles, 800, 1)
    trial = TRIALS / name
    lib = Library(CAPTURES.parent / "trials" / f"{name}-store")
    lib.ingest([trial / "stories"])
    return lib, load_questions(trial / "questions.jsonl")


def capture(name: str) -> None:
    if name in NEWS:
        from replay_news import capture as capture_news
        capture_news(int(name[1:]))
        return
    lib, questions = _library_and_questions(name)
    n = capture_to(_capture_path(name), lib, questions)
    print(f"{name}: {n} questions captured", file=sys.stderr)


def replay(name: str, as_captured: bool = False) -> dict:
    path = _capture_path(name)
    if not path.is_file():
        raise SystemExit(f"error: no capture of {name}; run with --capture {name} first")
    with path.open("rb") as f:
        saved = pickle.load(f)  # our own file, written by --capture
    if saved["digest"] != upstream_digest():
        print(f"warning: {name}'s capture is stale (code before compose_read changed): "
              f"capture again", file=sys.stderr)
    rows = []
    for q, args, kwargs, old in saved["rows"]:
        new = old if args is None or as_captured else qa.answering.compose_read(*args, **kwargs)
        first = new.citations[0].quote if new.citations else ""
        short = new.short.text if new.short else None
        rows.append({"q": q.question, "near": q.unanswerable, "answers": list(q.answers),
                     "refused": new.abstained,
                     "first": bool(first) and contains_answer(first, q.answers),
                     "short": short,
                     "em": bool(short) and short_answer_scores(short, q.answers)[0] == 1.0,
                     "quote": first[:160]})
    return {"rows": rows, **figures(rows)}


def figures(rows: list[dict]) -> dict:
    answerable = [r for r in rows if not r["near"]]
    near = [r for r in rows if r["near"]]
    n = max(len(answerable), 1)
    return {"first": sum(r["first"] for r in answerable) / n,
            "answered": sum(not r["refused"] for r in answerable) / n,
            "em": sum(r["em"] and not r["refused"] for r in answerable) / n,
            "near_refused": sum(r["refused"] for r in near) / max(len(near), 1)}


def _right(row: dict) -> bool:
    if row["near"]:
        return row["refused"]
    return row["first"] and not row["refused"]


def compare(before: dict, after: dict) -> None:
    gained = lost = 0
    for name in after:
        if name not in before:
            continue
        for old, new in zip(before[name]["rows"], after[name]["rows"], strict=True):
            if (old["refused"], old["first"], old["short"]) == \
                    (new["refused"], new["first"], new["short"]):
                continue
            mark = "+" if _right(new) > _right(old) else "-" if _right(new) < _right(old) else \
                "+" if new["em"] > old["em"] else "-" if new["em"] < old["em"] else "~"
            gained += mark == "+"
            lost += mark == "-"
            shown = lambda r: "refused" if r["refused"] else f"**{r['short']}** {r['quote'][:90]}"  # noqa: E731
            print(f"{mark} {name}: {'near miss' if new['near'] else 'answerable'}: {new['q']}"
                  f"  (gold {new['answers'][:2]})\n    was {shown(old)}\n    now {shown(new)}")
    print(f"{gained} better, {lost} worse")
    for name in after:
        if name in before:
            a, b = before[name], after[name]
            moved = [f"{k} {a[k]:.3f}->{b[k]:.3f}" for k in ("first", "answered", "em",
                                                              "near_refused") if a[k] != b[k]]
            if moved:
                print(f"  {name}: {', '.join(moved)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="write the replay to this file")
    parser.add_argument("sets", nargs="*", help="sets (default: all)")
    parser.add_argument("--capture", nargs="*", metavar="SET", help="capture these sets")
    parser.add_argument("--as-captured", action="store_true",
                        help="write the answers as captured, not composed again")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text()) for p in args.compare)
        compare(before, after)
        return 0
    if args.capture is not None:
        for name in args.capture or all_sets():
            capture(name)
        return 0
    if args.out is None:
        parser.error("give OUT.json, --capture or --compare")
    result = {name: replay(name, args.as_captured) for name in (args.sets or all_sets())}
    args.out.write_text(json.dumps(result, indent=1))
    for name, r in result.items():
        print(f"{name:<6} first {r['first']:.3f}  answered {r['answered']:.3f}  "
              f"EM {r['em']:.3f}  near misses refused {r['near_refused']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
