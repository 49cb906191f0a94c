"""What showing a short answer under "Not sure" would do: for every kept question answered
with passages under "Not sure" because the reader rated its sentence under the short-answer
cut-off, the span the reader marked (moved and trimmed as a short answer is), by how sure the
reader was of that span; how many would be right, wrong, or shown for a near miss.

    .venv/bin/python bench/unsure_spans.py [SET ...]

Reads the captures of ``bench/replay_all.py`` (``--capture`` them first); the sets as there
(default: every set). Prints, per share of the span at least 0.5/0.7/0.8/0.9, on the news sets
and on the kept trials: the answerable questions such an answer would be shown for, how many of
them exactly right, and the near misses that would be shown one. Stop 70 measured it before
deciding against it (qa/ANSWERING.md, "Stop 70's trials").
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import replay_all  # noqa: E402

import qa.answering  # noqa: E402
from qa.evaluation import short_answer_scores  # noqa: E402


def unsure_spans(sets: list[str]) -> list[dict]:
    """One row per question shown "Not sure" whose marked span would give a short answer."""
    shown = qa.answering.short_answer
    seen: dict = {}

    def spy(question, best, first, cutoff):
        given = shown(question, best, first, cutoff)
        seen.clear()
        if (given is None and best is not None and best.answer_span is not None
                and best.reading is not None and best.probability < cutoff):
            alone = shown(question, best, first, 0.0)
            if alone is not None:
                seen.update(share=best.reading.span_share, text=alone.text)
        return given

    qa.answering.short_answer = spy
    rows = []
    try:
        for name in sets:
            path = replay_all._capture_path(name)
            if not path.is_file():
                continue
            with path.open("rb") as f:
                saved = pickle.load(f)  # our own file, written by --capture
            for q, args, kwargs, _old in saved["rows"]:
                if args is None:
                    continue
                seen.clear()
                answer = qa.answering.compose_read(*args, **kwargs)
                if answer.short is None and not answer.abstained and seen:
                    right = bool(q.answers) and short_answer_scores(seen["text"],
                                                                    q.answers)[0] == 1.0
                    rows.append({"set": name, "near": q.unanswerable, "right": right,
                                 "share": seen["share"]})
    finally:
        qa.answering.short_answer = shown
    return rows


def main() -> int:
    sets = sys.argv[1:] or replay_all.all_sets()
    rows = unsure_spans(sets)
    for group, keep in (("news", lambda r: r["set"] in replay_all.NEWS),
                        ("trials", lambda r: r["set"] not in replay_all.NEWS
                         and r["set"] != "sq")):
        for at_least in (0.5, 0.7, 0.8, 0.9):
            chosen = [r for r in rows if keep(r) and r["share"] >= at_least]
            answerable = [r for r in chosen if not r["near"]]
            right = sum(r["right"] for r in answerable)
            print(f"{group:6} span share >= {at_least}: {len(answerable)} answerable, {right} "
                  f"right, {len(answerable) - right} wrong; "
                  f"{sum(r['near'] for r in chosen)} near misses shown one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
