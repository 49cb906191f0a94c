"""``make reader``: rebuild the shipped reader from the bundled weights and ../shared/data,
and print its cross-fitted figures.

    .venv/bin/python training/reader.py [--skip-final] [--synthetic]

1. Stores of the SQuAD articles (all 44; the 22 even-numbered; the 22 odd-numbered) and of
   the news set's 300 BBC articles; retrieval's candidates for every question
   (training/candidates.py).
2. What the frozen layers make of every question and window, once (training/cache.py).
3. Cross-fitting: a reader trained on the even half's questions reads the odd half's, asked
   of all 44 articles, and the other way round. The combination with retrieval and the
   cut-offs for one half are fitted on the other half's readings, so no figure comes from a
   model or a constant fitted on the questions it is measured on.
4. The shipped reader: trained on every SQuAD question, its combination fitted on both
   halves' cross-fitted readings; exported to qa/weights/ (ONNX, int8) with reader.json.

Everything is seeded; intermediate results are kept in .bench/reader/ and reused.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cache  # noqa: E402
import calibrate  # noqa: E402
import candidates  # noqa: E402
import synthetic  # noqa: E402
from examples import Articles  # noqa: E402
from readings import CachedReader, merge_rows, read_cache, retrieval_first  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / ".bench" / "reader"
SHIPPED = REPO / "qa" / "weights"
SEED = 13
# Cut-offs tried (probability that the best sentence answers) and the one chosen: see
# choose_cutoffs.
ANSWER_CUTOFFS = (0.0, 0.045, 0.05, 0.055, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
# An answer needs retrieval's abstention line cleared *and* the reader's probability at
# least ANSWER_CUTOFF. Refusing more (0.15 refuses 0.93 of the questions about absent
# articles and 0.36-0.40 of the answer-removed ones, against 0.80 and 0.18 here) costs
# answerable questions (0.95 answered instead of 0.98) and refuses paraphrased questions the
# reader reads badly: on the seed article, 4 of the 8 answerable questions of
# ../shared/data/seed_dev.jsonl get 0.06-0.17, and "What was the owner charged with?" 0.051,
# while "When will the Rock Entertainment Centre reopen?" (not in the article) gets
# 0.038-0.040 (with the sentences of index/punkt.py, quotations whole). Chosen with the seed
# article in view, in that thin gap; the table printed by make reader shows the other points.
ANSWER_CUTOFF = 0.045
CITE_CUTOFF = 0.15
# ...unless retrieval's best score clears its line by this much: then the reader's low
# probability does not refuse (on the held-out halves this changes nothing; it keeps "Who is
# the engineer?" answered from "...said engineer Mara Lind.", which the reader scores low).
EVIDENCE = 0.15
# At answer time the citations follow retrieval's order re-read word by word (what answered
# before the reader), and the reader's best sentence goes first from this probability. With
# the first reader alone (stop 19), on the news development set: first citation 0.674 in
# the word-by-word order, 0.712 in the reader's, 0.738 with the reader leading from
# 0.15-0.2, 0.728 from 0.3, 0.684 from 0.5; and every citation together 0.837-0.843
# against 0.751 in the reader's order. With both readers (stop 25; first citation, SQuAD
# even / odd half cross-fitted, 1,000 questions each, and the news development set):
#   0.05: 0.761 / 0.786 / 0.773   0.1: 0.759 / 0.787 / 0.770   0.2: 0.759 / 0.781 / 0.764
#   0.3: 0.757 / 0.776 / 0.757    0.5: news 0.719             1 (never): news 0.681
# 0.05 also gets every seed_dev.jsonl item right (0.3 cited the youths sentence second).
# Follow-up questions keep 0.3: at 0.05 the follow-up set fell from 33 of 35 to 28.
LEAD_CUTOFF = 0.05
LEAD_FOLLOW_UP = 0.3
REFUSALS_SAMPLE = 3000
# Where a reader trained with the synthetic news questions is kept, beside one without.
SUFFIX = {True: "-synthetic", False: ""}
SHORT_F1 = 0.5
# The pair reader (training/cross.py): one epoch over a half's questions for the cross-fitted
# readers, half an epoch over both for the shipped one (the same number of steps); its score
# joins the first reader's with this weight (see pair_readings; chosen in session 22 on the
# even half's reader reading the odd half and the news set: first sentence 0.703 -> 0.732
# and 0.703 -> 0.744 at 0.5, 0.730 / 0.751 at 0.25, 0.721 / 0.744 at 1).
PAIR_EPOCHS = 1.0
PAIR_FINAL_EPOCHS = 0.5
PAIR_WEIGHT = 0.5


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def sentence_count(articles: list[dict]) -> int:
    """Sentences in a library of ``articles`` (what the abstention line depends on)."""
    index = Articles(articles)
    return sum(len(c.sentences) for chunks in index.chunks.values() for c in chunks)


def build_caches(articles: list[dict], news: list[dict], synthetic: bool) -> None:
    def qs(name: str) -> list[dict]:
        return list(candidates_of(name))

    if synthetic:
        log("cache train-synthetic")
        made = json.loads((WORK / "synthetic.json").read_text())
        cache.build("train-synthetic", qs("synthetic"), Articles(made), WORK, depth=4,
                    training=True)

    halves = {h: [a for a in articles if a["half"] == h] for h in ("even", "odd")}
    for h, arts in halves.items():
        log(f"cache train-{h}")
        cache.build(f"train-{h}", qs(h), Articles(arts), WORK, depth=4, training=True)
    everything = Articles(articles)
    log("cache read-all")
    cache.build("read-all", qs("all"), everything, WORK, depth=6, training=False)
    sample = random.Random(17).sample(qs("all"), REFUSALS_SAMPLE)
    for mode in ("absent", "removed"):
        log(f"cache read-{mode}")
        cache.build(f"read-{mode}", sample, everything, WORK, depth=6, training=False,
                    mode=mode)
    log("cache read-news")
    cache.build("read-news", qs("news"), Articles(news), WORK, depth=6, training=False)


def candidates_of(name: str):
    with (WORK / f"candidates-{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def read(reader: CachedReader, name: str, keep=lambda item: True, sentences: int = 0):
    vectors, items = cache.load(WORK / f"cache-{name}")
    return read_cache(reader, vectors, [it for it in items if keep(it)], sentences)


def training_caches(names: list[str], synthetic: bool):
    """The vectors and items of the training caches ``names`` (plus the synthetic news
    questions': training/synthetic.py)."""
    loaded = [cache.load(WORK / f"cache-train-{n}")
              for n in [*names, *(["synthetic"] if synthetic else [])]]
    return [v for v, _ in loaded], [i for _, i in loaded]


def cross_fit(articles: list[dict], news: list[dict], epochs: float, synthetic: bool) -> dict:
    """Train on each half, read the other; returns the readings of every held-out set."""
    import train

    out: dict = {}
    for half, other in (("even", "odd"), ("odd", "even")):
        folder = WORK / f"crossfit-{half}{SUFFIX[synthetic]}"
        if not (folder / "top.pt").exists():
            log(f"training on the {half} half")
            vectors, items = training_caches([half], synthetic)
            train.train_many(vectors, items, folder, epochs=epochs, seed=SEED)
        kept = folder / "readings.pkl"
        if kept.exists() and kept.stat().st_mtime > (folder / "top.pt").stat().st_mtime:
            out[other] = pickle.loads(kept.read_bytes())
            continue
        reader = CachedReader(folder)
        held = {a["id"] for a in articles if a["half"] == other}
        log(f"reading the {other} half with the reader trained on the {half} half")
        out[other] = {name: read(reader, name, lambda it, held=held: it.article in held)
                      for name in ("read-all", "read-absent", "read-removed")}
        out[other]["news"] = read(reader, "read-news")
        kept.write_bytes(pickle.dumps(out[other]))
    return out


def pair_readings(readings: dict) -> dict:
    """The pair reader (training/cross.py) trained on each half reads a sample of the other
    half's questions and the news set; each sentence read gets the first reader's score plus
    PAIR_WEIGHT times the pair reader's, and the pair reader's span (qa.reader.merge_readings).
    Returns the merged readings, per held-out half, of the sampled questions."""
    import cross

    out = {}
    for half, other in (("even", "odd"), ("odd", "even")):
        folder = WORK / f"cross-{half}"
        if not (folder / "cross.pt").exists():
            log(f"training the pair reader on the {half} half")
            cross.train([half], folder, epochs=PAIR_EPOCHS)
        log(f"the pair reader trained on the {half} half reads the {other} half")
        cross.read(half, 0)
        got = pickle.loads((folder / "readings.pkl").read_bytes())
        out[other] = {name: merged for name, (_, merged, _) in
                      paired(readings[other], got, PAIR_WEIGHT).items()}
    return out


# The first reader's reading sets and the pair reader's (training/cross.py read) names.
PAIR_SETS = (("read-all", "read-all"), ("read-absent", "read-absent"),
             ("read-removed", "read-removed"), ("news", "read-news"))


def paired(first: dict, pairs: dict, weight: float) -> dict:
    """Per reading set: the first reader's rows of the questions the pair reader read
    (``pairs``: its readings.pkl), the two merged, and those questions' places in the set."""
    out = {}
    for name, key in PAIR_SETS:
        picked = pairs[f"{key}:picked"]
        rows = [first[name][i] for i in picked]
        out[name] = (rows, merge_rows(rows, pairs[key], weight), picked)
    return out


def choose_cutoffs(readings: dict, combo: calibrate.Combination, sentences: int) -> dict:
    """The answer cut-off is ``ANSWER_CUTOFF`` (see there); the trade-off table shows the
    others. Further citations need ``CITE_CUTOFF``; the short answer (only ever shown for a
    question asking for a name, number or date, with a span of that form:
    qa.forms.short_fits) is shown from the lowest cut-off at which the shown ones are
    right (F1) at least ``SHORT_F1`` of the time."""
    answerable = [q for q in readings["read-all"] if q and not q[0].unanswerable]
    refusals = {"absent": readings["read-absent"], "removed": readings["read-removed"]}
    table = [(at, calibrate.report(answerable, refusals, sentences, combo, at, at, 1.0,
                                   evidence=EVIDENCE)) for at in ANSWER_CUTOFFS]
    short_at = 1.0
    for s in (CITE_CUTOFF, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        r = calibrate.report(answerable, {}, sentences, combo, ANSWER_CUTOFF, CITE_CUTOFF, s,
                             evidence=EVIDENCE)
        if r["f1_given"] >= SHORT_F1:
            short_at = s
            break
    return {"answer": ANSWER_CUTOFF, "cite": CITE_CUTOFF, "short": short_at, "table": table}


def figures(readings: dict, combos: dict, cutoffs: dict, sizes: dict) -> dict:
    """Every cross-fitted figure, per held-out half."""
    out = {}
    for half, got in readings.items():
        combo, cut = combos[half], cutoffs[half]
        answerable = [q for q in got["read-all"] if q and not q[0].unanswerable]
        squad = calibrate.report(answerable, {"absent": got["read-absent"],
                                              "removed": got["read-removed"]},
                                 sizes["all"], combo, cut["answer"], cut["cite"], cut["short"],
                                 evidence=EVIDENCE)
        news_ok = [q for q in got["news"] if q and not q[0].unanswerable]
        near = [q for q in got["news"] if q and q[0].unanswerable]
        news = calibrate.report(news_ok, {"near_miss": near}, sizes["news"], combo,
                                cut["answer"], cut["cite"], cut["short"],
                                evidence=EVIDENCE)
        squad["retrieval_first"] = retrieval_first(answerable)
        news["retrieval_first"] = retrieval_first(news_ok)
        out[half] = {"squad": squad, "news": news}
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=float, default=2.0)
    p.add_argument("--final-epochs", type=float, default=1.0,
                   help="epochs over both halves for the shipped reader (as many steps as "
                        "two epochs over one half)")
    p.add_argument("--skip-final", action="store_true", help="cross-fit only")
    p.add_argument("--refit-final", action="store_true",
                   help="cross-fit, then fit the shipped reader.json on both halves' readings "
                        "without training or exporting the shipped readers again")
    p.add_argument("--no-pairs", action="store_true",
                   help="the first reader alone, without the pair reader beside it")
    p.add_argument("--synthetic", action="store_true",
                   help="train with training/synthetic.py's news questions too (an experiment:"
                        " the shipped reader is trained on SQuAD alone; see synthetic.py)")
    args = p.parse_args()
    started = time.time()
    WORK.mkdir(parents=True, exist_ok=True)
    log("stores and retrieval's candidates")
    candidates.main([])
    candidates.main(["news"])
    if args.synthetic:
        synthetic.main()
        candidates.main(["synthetic"])
    articles = json.loads((WORK / "squad.json").read_text())
    news = candidates.news_articles()
    build_caches(articles, news, args.synthetic)
    sizes = {"all": sentence_count(articles), "news": sentence_count(news)}
    readings = cross_fit(articles, news, args.epochs, args.synthetic)
    if not args.no_pairs:
        readings = pair_readings(readings)
    combos, cutoffs = {}, {}
    for half, other in (("even", "odd"), ("odd", "even")):
        # Half ``half`` is judged with what was fitted on the other half's readings.
        fitted = readings[other]
        combos[half] = calibrate.fit([(fitted["read-all"], sizes["all"]),
                                      (fitted["read-absent"], sizes["all"]),
                                      (fitted["read-removed"], sizes["all"])])
        cutoffs[half] = choose_cutoffs(fitted, combos[half], sizes["all"])
    result = figures(readings, combos, cutoffs, sizes)
    print_figures(result, cutoffs)
    (WORK / "figures.json").write_text(json.dumps(
        {"figures": result, "cutoffs": cutoffs}, indent=1) + "\n")
    export_cross_fitted(combos, cutoffs, args.synthetic, pairs=not args.no_pairs)
    if args.refit_final:
        write_config(readings, sizes, result, args.synthetic, pairs=not args.no_pairs)
    elif not args.skip_final:
        ship(readings, sizes, args.final_epochs, result, args.synthetic,
             pairs=not args.no_pairs)
    log(f"done in {(time.time() - started) / 60:.0f} min")
    return 0


def print_figures(result: dict, cutoffs: dict) -> None:
    print("\ncross-fitted figures (reader trained on one half, measured on the other)")
    keys = ("retrieval_first", "first", "any", "answered", "short_given", "em", "f1",
            "em_given", "f1_given", "refused_absent", "refused_removed", "refused_near_miss")
    for half, r in result.items():
        print(f"  held-out {half} half; cut-offs {cutoffs[half]['answer']}/"
              f"{cutoffs[half]['short']}")
        for corpus in ("squad", "news"):
            shown = ", ".join(f"{k} {r[corpus][k]:.3f}" for k in keys if k in r[corpus])
            print(f"    {corpus}: {shown}")
    for half, cut in cutoffs.items():
        print(f"  answer cut-off trade-off (fitted on the half other than {half}):")
        for at, row in cut["table"]:
            print(f"    {at:.2f}: answered {row['answered']:.3f}, first {row['first']:.3f}, "
                  f"absent refused {row['refused_absent']:.3f}, "
                  f"removed refused {row['refused_removed']:.3f}")


def config(combo: calibrate.Combination, cut: dict, **more) -> dict:
    """What qa/reader.py reads from reader.json."""
    return {"before": 1, "after": 0, "combine": combo.to_json(),
            "cutoffs": {"answer": cut["answer"], "cite": cut["cite"], "short": cut["short"],
                        "lead": LEAD_CUTOFF, "lead_follow_up": LEAD_FOLLOW_UP,
                        "evidence": EVIDENCE},
            **more}


def export_pairs(folder: Path, target: Path) -> None:
    """The pair reader trained into ``folder``, exported beside a first reader in ``target``
    (qa.reader.PAIRS), with the reader.json that names its kind."""
    import cross

    from qa.reader import PAIRS

    out = target / PAIRS
    cross.export(folder, out)
    (out / "reader.json").write_text(json.dumps({"kind": "pairs"}) + "\n")


def export_cross_fitted(combos: dict, cutoffs: dict, synthetic: bool,
                        pairs: bool = False) -> None:
    """Each half's reader, exported with the combination and cut-offs its held-out half is
    judged with, for bench/eval_answers.py and bench/eval_news.py."""
    from export import export

    for trained_on, held in (("even", "odd"), ("odd", "even")):
        folder = WORK / f"crossfit-{trained_on}{SUFFIX[synthetic]}"
        target = folder / "export"
        if not (target / "reader.onnx").exists():
            export(folder, target)
        (target / "reader.json").write_text(json.dumps(
            config(combos[held], cutoffs[held], trained_on=trained_on, synthetic=synthetic,
                   **({"pair_weight": PAIR_WEIGHT} if pairs else {})),
            indent=1) + "\n")
        if pairs:
            export_pairs(WORK / f"cross-{trained_on}", target)


def ship(readings: dict, sizes: dict, epochs: float, result: dict, synthetic: bool,
         pairs: bool = False) -> None:
    import train
    from export import export

    folder = WORK / f"final{SUFFIX[synthetic]}"
    if not (folder / "top.pt").exists():
        log("training the shipped reader on every question")
        vectors, items = training_caches(["even", "odd"], synthetic)
        train.train_many(vectors, items, folder, epochs=epochs, seed=SEED)
    export(folder, SHIPPED)
    if pairs:
        import cross

        final = WORK / "cross-final"
        if not (final / "cross.pt").exists():
            log("training the shipped pair reader on every question")
            cross.train(["even", "odd"], final, epochs=PAIR_FINAL_EPOCHS)
        export_pairs(final, SHIPPED)
    write_config(readings, sizes, result, synthetic, pairs)
    log(f"shipped: {SHIPPED}")


def write_config(readings: dict, sizes: dict, result: dict, synthetic: bool,
                 pairs: bool) -> None:
    """The shipped reader.json: the combination and cut-offs fitted on both halves'
    cross-fitted readings, with the cross-fitted figures and the trade-off."""
    both = [(readings[h][name], sizes["all"]) for h in readings
            for name in ("read-all", "read-absent", "read-removed")]
    combo = calibrate.fit(both)
    merged = {name: readings["even"][name] + readings["odd"][name]
              for name in ("read-all", "read-absent", "read-removed")}
    cut = choose_cutoffs(merged, combo, sizes["all"])
    more: dict = {"pair_weight": PAIR_WEIGHT} if pairs else {}
    table = [[at, row] for at, row in cut["table"]]
    (SHIPPED / "reader.json").write_text(json.dumps(
        config(combo, cut, figures=result, trade_off=table, synthetic=synthetic, **more),
        indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main())
