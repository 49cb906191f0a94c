"""An experiment for issue 12 (nothing it makes is shipped): can a model of the whole question
refuse more of the answer-removed questions than one cut-off on the best sentence's
probability, at the same share of answerable questions answered?

Each SQuAD half's readings by the readers trained on the other half (``make reader``'s
``crossfit-*/readings.pkl`` and ``cross-*/readings.pkl``, merged as at answer time) give one
row per question: the best probability of the shipped kind of combination (fitted on the
other half's readings), the second best, each reader's best score, retrieval's margin over
its abstention line, the best span's form, the best sentence's place in the article and in
retrieval's order, the answer-type cue, and the question's kind. Gradient boosting, fitted on
one half's questions, decides the other half's; then the halves swap. Printed per half:
answerable answered, answer-removed and absent-article questions refused, and the news
development set, for the single cut-off and for the model, each at several thresholds (both
with retrieval's line and evidence rule, as answering has them).

    .venv/bin/python training/question_refusal.py [--leaky]

The cached refusal sets keep every candidate in the candidate list and skip the taken-out
ones (the absent article's sentences, those holding the answer) only when windows are cut, so
a row's rank counts sentences that are not there at answer time. ``--leaky`` uses that rank
and the number of sentences read as they are: the model then seems to refuse 0.38-0.39 of the
answer-removed questions at 0.970-0.974 answered, where the cut-off refuses 0.23 (stop 26, at
model threshold 0.1 and cut-off 0.06). By default the rank
is counted among the sentences kept, and the number read is left out; the model's trade-off is
then the cut-off's (stop 26: answered 0.955 with removed refused 0.375, against 0.962 with
0.341 for the cut-off at 0.1, even half).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import calibrate  # noqa: E402
import candidates  # noqa: E402
import reader as pipeline  # noqa: E402

from qa.answering import abstain_below  # noqa: E402
from qa.cues import answer_type, type_match  # noqa: E402
from qa.evaluation import contains_answer_squad as contains_answer  # noqa: E402
from qa.forms import asked_for, short_fits  # noqa: E402

WORK = pipeline.WORK
FITTED = ("read-all", "read-absent", "read-removed")
MODE = {"read-all": "read", "read-absent": "absent", "read-removed": "removed", "news": "read"}
KINDS = ("number", "date", "name", None)
THRESHOLDS = {"cut-off": (0.045, 0.06, 0.08, 0.1, 0.15), "model": (0.1, 0.2, 0.3, 0.4)}


def load() -> dict:
    """Per judged half: each reading set's first-reader rows and merged rows."""
    sets = {}
    for half, other in (("even", "odd"), ("odd", "even")):
        first = pickle.loads((WORK / f"crossfit-{half}" / "readings.pkl").read_bytes())
        pairs = pickle.loads((WORK / f"cross-{half}" / "readings.pkl").read_bytes())
        sets[other] = pipeline.paired(first, pairs, pipeline.PAIR_WEIGHT)
    return sets


class Ranks:
    """A row's rank in retrieval's order, counted among the candidates there at answer time."""

    def __init__(self) -> None:
        articles = json.loads((WORK / "squad.json").read_text())
        self.texts = {a["id"]: a["text"] for a in articles}
        self.by_question = {}
        with (WORK / "candidates-all.jsonl").open(encoding="utf-8") as f:
            for line in f:
                q = json.loads(line)
                self.by_question[q["question"]] = q

    def rank(self, row, mode: str, leaky: bool) -> int:
        q = self.by_question.get(row.question)
        if row.rank == 99 or leaky or mode == "read" or q is None:
            return min(row.rank, 20)
        kept = 0
        for c in q["candidates"][: row.rank]:
            if mode == "absent" and c["article"] == q["article"]:
                continue
            text = self.texts[c["article"]][c["start"] : c["end"]]
            if mode == "removed" and contains_answer(text, q["answers"]):
                continue
            kept += 1
        return min(kept, 20)


def question_row(first, merged, combo, sentences: int, mode: str, ranks: Ranks,
                 leaky: bool) -> tuple[list[float], float, float]:
    """The question's features, its best probability and retrieval's margin."""
    p = combo.probabilities(calibrate.question_features(merged, sentences))
    order = np.argsort(-p, kind="stable")
    best = merged[order[0]]
    weight = pipeline.PAIR_WEIGHT
    pair = [(m.reader - f.reader) / weight for f, m in zip(first, merged, strict=True)]
    own = [f.reader for f in first]
    kind = asked_for(best.question)
    margin = max(r.retrieval for r in merged) - abstain_below(sentences)
    top = np.sort(p)[::-1]

    def clip(x: float) -> float:
        return max(-20.0, min(20.0, x))

    row = [top[0], top[1] if len(top) > 1 else 0.0, clip(best.reader), clip(max(own)),
           clip(max(pair)), clip(pair[order[0]]), clip(own[order[0]]), margin,
           best.retrieval, float(bool(kind) and short_fits(best.question, best.answer)),
           float(best.start < 5), float(ranks.rank(best, mode, leaky)),
           type_match(answer_type(best.question), best.question, best.text),
           float(np.sum(p > 0.1))]
    if leaky:
        row.append(float(len(merged)))
    return row + [float(kind == k) for k in KINDS], float(top[0]), margin


def table(got: dict, names: tuple[str, ...], combo, sentences: int, ranks: Ranks,
          leaky: bool):
    """Features, labels (1: answerable), best probabilities, margins and set names."""
    xs, ys, ps, ms, sets = [], [], [], [], []
    for name in names:
        first_rows, merged_rows, _ = got[name]
        for first, merged in zip(first_rows, merged_rows, strict=True):
            if not merged:
                continue
            x, p, m = question_row(first, merged, combo, sentences, MODE[name], ranks, leaky)
            xs.append(x)
            ys.append(0.0 if merged[0].unanswerable else 1.0)
            ps.append(p)
            ms.append(m)
            sets.append(name)
    return np.array(xs), np.array(ys), np.array(ps), np.array(ms), np.array(sets)


def main() -> int:
    from sklearn.ensemble import HistGradientBoostingClassifier

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaky", action="store_true",
                        help="ranks as the caches have them, and the number of sentences read")
    args = parser.parse_args()
    sets, ranks = load(), Ranks()
    squad = pipeline.sentence_count(json.loads((WORK / "squad.json").read_text()))
    news = pipeline.sentence_count(candidates.news_articles())
    for judged, fitted in (("even", "odd"), ("odd", "even")):
        combo = calibrate.fit([(sets[fitted][n][1], squad) for n in FITTED])
        x, y, _, _, _ = table(sets[fitted], FITTED, combo, squad, ranks, args.leaky)
        model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                               max_leaf_nodes=15, random_state=0).fit(x, y)
        sq = table(sets[judged], FITTED, combo, squad, ranks, args.leaky)
        nw = table(sets[judged], ("news",), combo, news, ranks, args.leaky)
        print(f"SQuAD {judged} half (fitted on the {fitted} half's questions)")
        for how, thresholds in THRESHOLDS.items():
            for t in thresholds:
                line = []
                for xs, ys, ps, ms, names in (sq, nw):
                    score = model.predict_proba(xs)[:, 1] if how == "model" else ps
                    answered = ((score >= t) | (ms >= pipeline.EVIDENCE)) & (ms >= 0)
                    line.append((answered[ys == 1].mean(), names, answered, ys))
                (a, names, answered, _), (na, _, nanswered, nys) = line
                print(f"  {how} {t:<5}: answered {a:.3f}, removed refused "
                      f"{1 - answered[names == 'read-removed'].mean():.3f}, absent refused "
                      f"{1 - answered[names == 'read-absent'].mean():.3f}; news answered "
                      f"{na:.3f}, near misses refused {1 - nanswered[nys == 0].mean():.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
