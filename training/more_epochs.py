"""An experiment for issue 12 (nothing it makes is shipped): does the even half's pair reader
gain from more training?

From ``.bench/reader/cross-even`` (one epoch: ``training/cross.py train --half even``), half an
epoch more over the first half of the same order of groups (``cross-even-e2``), then half an
epoch over the second half (``cross-even-e3``: two epochs in all), at half the learning rate.
Each reads the news set and the odd half's SQuAD sample as ``cross.py read`` does, and the
figures are those of ``training/reader.py``: merged with the first reader, through the
combination fitted on the odd half's readers' readings (not refitted).

    .venv/bin/python training/more_epochs.py

Needs make reader's caches and readings (``training/reader.py``) and ``cross-even``. About 45
minutes on 2 cores. Stop 24 measured (news first citation / SQuAD odd half first citation):
one epoch 0.732 / 0.725, 1.5 epochs 0.748 / 0.732, 2 epochs 0.757 / 0.733.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import calibrate  # noqa: E402
import candidates  # noqa: E402
import cross  # noqa: E402
import reader as pipeline  # noqa: E402
from readings import merge_rows  # noqa: E402

WORK = cross.WORK
STEPS = (("cross-even", "cross-even-e2", False), ("cross-even-e2", "cross-even-e3", True))
SQUAD_SETS = ("read-all", "read-absent", "read-removed")


def train_more(source: str, target: str, second_half: bool) -> None:
    """Half an epoch from ``source``'s weights (over the second half of the groups' order
    when ``second_half``), saved in ``target``."""
    import torch
    import transformers

    if (WORK / target / "cross.pt").exists():
        return
    make_model, init = cross.make_model, transformers.Trainer.__init__

    def loaded():
        model = make_model()
        model.load_state_dict(torch.load(WORK / source / "cross.pt"))
        return model

    def reordered(self, *args, **kwargs):
        if second_half:
            kwargs["train_dataset"] = list(reversed(kwargs["train_dataset"]))
        init(self, *args, **kwargs)

    cross.make_model, transformers.Trainer.__init__ = loaded, reordered
    try:
        cross.train(["even"], WORK / target, epochs=0.5, lr=2.5e-5)
    finally:
        cross.make_model, transformers.Trainer.__init__ = make_model, init


def read(folder: str) -> dict:
    """The news set and the odd half's sample (the questions ``cross-even`` read)."""
    kept = WORK / folder / "more.pkl"
    if kept.exists():
        return pickle.loads(kept.read_bytes())
    base = pickle.loads((WORK / "cross-even" / "readings.pkl").read_bytes())
    articles = json.loads((WORK / "squad.json").read_text(encoding="utf-8"))
    held = {a["id"] for a in articles if a["half"] == "odd"}
    model = cross.CrossReader(WORK / folder)
    out = {"news": cross.read_items(model, cross.load_items("read-news"))}
    for name in SQUAD_SETS:
        items = [it for it in cross.load_items(name) if it.article in held]
        out[name] = cross.read_items(model, [items[i] for i in base[f"{name}:picked"]])
    kept.write_bytes(pickle.dumps(out))
    return out


def main() -> int:
    articles = json.loads((WORK / "squad.json").read_text())
    news = candidates.news_articles()
    sizes = {"all": pipeline.sentence_count(articles), "news": pipeline.sentence_count(news)}
    first = pipeline.cross_fit(articles, news, 2.0, False)
    readings = pipeline.pair_readings(first)
    combos = {}
    for half, other in (("even", "odd"), ("odd", "even")):
        fitted = readings[other]
        combos[half] = calibrate.fit([(fitted[name], sizes["all"]) for name in SQUAD_SETS])
    cut = {"answer": 0.045, "cite": 0.15, "short": 0.15}
    base = pickle.loads((WORK / "cross-even" / "readings.pkl").read_bytes())
    shown = [("cross-even", readings)]
    for source, target, second_half in STEPS:
        train_more(source, target, second_half)
        got = read(target)
        merged = {h: dict(v) for h, v in readings.items()}
        merged["odd"]["news"] = merge_rows(first["odd"]["news"], got["news"],
                                           pipeline.PAIR_WEIGHT)
        for name in SQUAD_SETS:
            merged["odd"][name] = merge_rows([first["odd"][name][i]
                                              for i in base[f"{name}:picked"]],
                                             got[name], pipeline.PAIR_WEIGHT)
        shown.append((target, merged))
    for folder, got in shown:
        result = pipeline.figures(got, combos, {h: cut for h in combos}, sizes)["odd"]
        print(folder, *(f"{corpus}: " + ", ".join(
            f"{k} {result[corpus][k]:.3f}" for k in ("first", "any", "answered", "em_given")
            if k in result[corpus]) for corpus in ("news", "squad")),
            f"squad refused: absent {result['squad']['refused_absent']:.3f}, "
            f"removed {result['squad']['refused_removed']:.3f}", sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
