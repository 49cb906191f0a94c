"""How stop 22's reader.json with the pair reader was fitted: one direction of make reader's
cross-fitting. (Since stop 23 the shipped one is fitted on both directions by
``training/reader.py --refit-final``; this script still compares the first reader alone
with both readers on the odd half.)

The even half's two readers (training/reader.py's first reader, training/cross.py's pair
reader) read a sample of the odd half's questions (2,500 answerable, 1,000 with the article
absent, 1,000 with the answer removed) and the news set. The combination is measured by
article quarters of the odd half (fitted on one, measured on the other, then swapped), for
the first reader alone and merged with the pair reader; then fitted on the whole sample and,
given a folder, written to its reader.json.

    .venv/bin/python training/pair_fit.py [WEIGHT [FOLDER]]

Needs .bench/reader/crossfit-even/readings.pkl (make reader) and .bench/reader/cross-even
(``training/cross.py train --half even``, then ``read --half even``).
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import calibrate  # noqa: E402
import candidates  # noqa: E402
import cross  # noqa: E402
import reader  # noqa: E402

FITTED = ("read-all", "read-absent", "read-removed")


def load(weight: float) -> tuple[dict, dict, set[str]]:
    """Per set: the first reader's rows, the merged rows and each question's article."""
    work = reader.WORK
    articles = json.loads((work / "squad.json").read_text())
    sizes = {"all": reader.sentence_count(articles),
             "news": reader.sentence_count(candidates.news_articles())}
    base = pickle.loads((work / "crossfit-even" / "readings.pkl").read_bytes())
    got = pickle.loads((work / "cross-even" / "readings.pkl").read_bytes())
    held = {a["id"] for a in articles if a["half"] == "odd"}
    quarter = set(sorted(held)[0::2])
    sets = {}
    for (name, key), (rows, merged, picked) in zip(
            reader.PAIR_SETS, reader.paired(base, got, weight).values(), strict=True):
        items = [it for it in cross.load_items(key) if key == "read-news" or it.article in held]
        sets[name] = {"first": rows, "merged": merged,
                      "quarter": [items[i].article in quarter for i in picked]}
    return sets, sizes, quarter


def pick(sets: dict, name: str, which: str, quarter: bool | None = None) -> list:
    s = sets[name]
    if quarter is None:
        return s[which]
    return [r for r, q in zip(s[which], s["quarter"], strict=True) if q == quarter]


def fit(sets: dict, which: str, sizes: dict, quarter: bool | None = None):
    part = {n: pick(sets, n, which, quarter) for n in FITTED}
    combo = calibrate.fit([(part[n], sizes["all"]) for n in FITTED])
    return combo, reader.choose_cutoffs(part, combo, sizes["all"])


def measure(sets: dict, which: str, sizes: dict, combo, cut: dict,
            quarter: bool | None = None) -> dict:
    part = {n: pick(sets, n, which, quarter) for n in FITTED}
    answerable = [x for x in part["read-all"] if x and not x[0].unanswerable]
    return calibrate.report(answerable, {"absent": part["read-absent"],
                                         "removed": part["read-removed"]},
                            sizes["all"], combo, cut["answer"], cut["cite"], cut["short"],
                            evidence=reader.EVIDENCE)


def main(argv: list[str]) -> int:
    weight = float(argv[0]) if argv else reader.PAIR_WEIGHT
    sets, sizes, _ = load(weight)
    for which in ("first", "merged"):
        got = []
        for q in (True, False):
            combo, cut = fit(sets, which, sizes, q)
            got.append(measure(sets, which, sizes, combo, cut, not q))
        mean = {k: round(float(np.mean([g[k] for g in got])), 3) for k in got[0]}
        print(f"{which}: SQuAD odd half, combination cross-fitted by quarters: {mean}")
        combo, cut = fit(sets, which, sizes)
        news = sets["news"][which]
        ok = [x for x in news if x and not x[0].unanswerable]
        near = [x for x in news if x and x[0].unanswerable]
        r = calibrate.report(ok, {"near_miss": near}, sizes["news"], combo, cut["answer"],
                             cut["cite"], cut["short"], evidence=reader.EVIDENCE)
        print(f"  news, readers and combination only: "
              f"{ {k: round(v, 3) for k, v in r.items()} }")
        print(f"  combination {combo.to_json()}; answer cut-off trade-off:")
        for at, row in cut["table"]:
            print(f"    {at:.3f}: answered {row['answered']:.3f}, first {row['first']:.3f}, "
                  f"absent refused {row['refused_absent']:.3f}, "
                  f"removed refused {row['refused_removed']:.3f}")
        if which == "merged" and len(argv) > 1:
            target = Path(argv[1])
            cfg = reader.config(combo, cut, pair_weight=weight,
                                trade_off=[[a, b] for a, b in cut["table"]],
                                fitted_on="the even half's readers reading a sample of the "
                                          "odd half (training/pair_fit.py)")
            (target / "reader.json").write_text(json.dumps(cfg, indent=1) + "\n")
            print(f"wrote {target / 'reader.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
