"""Measure a change to the answering rules on every news set in seconds, not minutes: the
inputs of ``qa.answering.compose_read`` (the question, the sentences the readers judged, the
cut-offs) are captured once per set, then composed again with the code as it is now.

    .venv/bin/python bench/replay_news.py --capture [--sets 0 1 2 3 4 5 6 7 8 9]
    .venv/bin/python bench/replay_news.py [--sets ...] [--set NAME=VALUE ...] [--changed]

``--capture`` asks each set's questions through ``Library.ask`` (``bench/eval_news.py``'s
stores, built on first use; about a minute a set) and keeps what ``compose_read`` was given in
.bench/replay/. Without it, each set's answers are composed again from those inputs, and the
first citation holding a gold answer, the answerable questions answered and the near misses
refused are printed (the figures of ``bench/eval_news.py``: the same for the same code);
``--set TYPED_SHARE=0.5`` sets a constant of the answering rules first (of ``qa.answering``,
``qa.fitting``, ``qa.figures``, ``qa.short_answers`` or ``qa.forms``), and ``--changed`` lists
the questions whose answer differs from the captured one (refused or not, first citation,
short answer).

What comes before ``compose_read`` (retrieval, the readers, the phrasing and subject rules:
everything but ``qa/answering.py``, ``qa/fitting.py``, ``qa/figures.py``, ``qa/ages.py``,
``qa/short_answers.py`` (``figure_asked.py``, ``name_asked.py``, ``rescues.py``, ``sides.py``,
``tidying.py``),
``qa/forms.py``, ``qa/choosing.py``,
``qa/roles.py`` and ``qa/unsaid.py``)
is not run again: after changing it, capture again. The capture records a digest of those
files and of the readers' weights, and a replay over a stale capture says so.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_news import HELDOUT, QUESTIONS, WORK, news_library  # noqa: E402

import qa.answering  # noqa: E402
import qa.figures  # noqa: E402
import qa.fitting  # noqa: E402
import qa.forms  # noqa: E402
import qa.library  # noqa: E402
import qa.short_answers  # noqa: E402
from qa.evaluation import contains_answer, load_questions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = WORK / "replay"
# The modules compose_read runs: changing them needs no new capture.
REPLAYED = {"answering.py", "short_answers.py", "figure_asked.py", "figure_times.py",
            "figure_parts.py", "figure_said.py", "sum_asked.py", "name_asked.py", "rescues.py",
            "placings.py",
            "sides.py", "forms.py", "choosing.py", "roles.py", "unsaid.py", "fitting.py",
            "figures.py", "ages.py", "tidying.py"}
# Modules that run around a question, not before compose_read: no new capture after changing
# them (stop 54's `qa ask --exit-code` flagged every capture stale; captures from before this
# line was added stay flagged, their digests holding qa/cli.py).
NOT_UPSTREAM = {"cli.py", "evaluation.py"}
# The modules whose constants --set may set.
RULES = (qa.answering, qa.fitting, qa.figures, qa.short_answers, qa.forms)


def upstream_digest() -> str:
    """A digest of the code and weights that make compose_read's inputs."""
    h = hashlib.sha256()
    files = sorted([*(ROOT / "qa").rglob("*.py"), *(ROOT / "index").rglob("*.py"),
                    *(ROOT / "qa" / "weights").rglob("*")])
    for path in files:
        if path.is_file() and not (path.parent.name == "qa"
                                   and path.name in REPLAYED | NOT_UPSTREAM):
            h.update(str(path.relative_to(ROOT)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def capture_to(path: Path, lib: qa.library.Library, questions: list) -> int:
    """Ask ``questions`` of ``lib`` and keep, for each, what ``compose_read`` was given and
    the answer, in ``path`` (with the digest of the code before it); the count kept."""
    compose = qa.library.compose_read
    seen: dict = {}

    def keep(*args, **kwargs):
        seen["args"], seen["kwargs"] = args, kwargs
        return compose(*args, **kwargs)

    rows = []
    qa.library.compose_read = keep
    try:
        for q in questions:
            seen.clear()
            answer = lib.ask(q.question)
            rows.append((q, seen.get("args"), seen.get("kwargs"), answer))
    finally:
        qa.library.compose_read = compose
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump({"digest": upstream_digest(), "rows": rows}, f)
    return len(rows)


def capture(heldout: int) -> None:
    questions = load_questions(HELDOUT[heldout][0] if heldout else QUESTIONS)
    n = capture_to(CAPTURES / f"set{heldout}.pkl", news_library(None, heldout), questions)
    print(f"set {heldout}: {n} questions captured", file=sys.stderr)


def _summary(answer) -> tuple:
    first = answer.citations[0].quote if answer.citations else None
    return answer.abstained, first, answer.short.text if answer.short else None


def _shown(answer) -> str:
    if answer.abstained:
        return "refused"
    short = f"**{answer.short.text}** " if answer.short else ""
    return f"{short}{answer.citations[0].quote[:100]}"


def replay(heldout: int, changed: bool) -> str:
    path = CAPTURES / f"set{heldout}.pkl"
    if not path.is_file():
        raise SystemExit(f"error: no capture of set {heldout}; run with --capture first")
    with path.open("rb") as f:
        saved = pickle.load(f)  # our own file, written by --capture
    stale = " (stale capture: capture again)" if saved["digest"] != upstream_digest() else ""
    first = answered = answerable = refused = near = 0
    for q, args, kwargs, old in saved["rows"]:
        new = old if args is None else qa.answering.compose_read(*args, **kwargs)
        if changed and _summary(new) != _summary(old):
            print(f"  set {heldout}: {'near miss' if q.unanswerable else 'answerable'}: "
                  f"{q.question}\n    was {_shown(old)}\n    now {_shown(new)}")
        if q.unanswerable:
            near += 1
            refused += new.abstained
        else:
            answerable += 1
            answered += not new.abstained
            first += bool(new.citations) and contains_answer(new.citations[0].quote, q.answers)
    name = "development set" if heldout == 0 else f"held-out set {heldout}"
    return (f"{name:<16} first citation {first / max(answerable, 1):.3f}  answered "
            f"{answered / max(answerable, 1):.3f}  near misses refused "
            f"{refused / max(near, 1):.3f}{stale}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--capture", action="store_true", help="capture the sets' inputs")
    parser.add_argument("--sets", type=int, nargs="+", default=[0, *HELDOUT],
                        choices=[0, *HELDOUT], help="0: the development set; 1-7: held-out")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="set a constant of the answering rules before composing")
    parser.add_argument("--changed", action="store_true",
                        help="list the questions whose answer differs from the captured one")
    args = parser.parse_args()
    if args.capture:
        for heldout in args.sets:
            capture(heldout)
        return 0
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        module = next((m for m in RULES if hasattr(m, name)), None)
        if module is None:
            raise SystemExit(f"error: no constant {name} in qa.answering, qa.short_answers or "
                             f"qa.forms; name one of theirs")
        try:
            setattr(module, name, type(getattr(module, name))(value))
        except ValueError:
            raise SystemExit(f"error: --set {assignment}: give NAME=VALUE, the value a "
                             f"{type(getattr(module, name)).__name__}") from None
    for heldout in args.sets:
        print(replay(heldout, args.changed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
