"""The pair reader: it reads the question *with* each window (a cross-encoder).

The first reader (training/model.py) reads the question and each window apart and compares
them, over frozen int8 layers. This one fine-tunes every layer of the bundled encoder on
``[CLS] question [SEP] title / passage [SEP]``, so that a sentence's score can depend on
what the question asks of it. Heads over the last layer:

- a sentence's answer score: linear in the mean of its pieces;
- the no-answer score: linear in each window's [CLS], averaged over the question's windows;
- the span: a start and an end score per piece.

Same groups and loss as training/train.py (one softmax per question over "none" and every
sentence of its windows; the span's cross-entropy on the answering sentence), from the same
caches' windows (training/cache.py; only the windows and answers are used, not the
vectors). The positive is the window answering reads when retrieval found the gold sentence
(about 0.88 of the questions), else the gold window cut as answering cuts windows
(:func:`as_read`): a first version trained on the caches' whole-sentence gold windows learnt
to tell those from read windows and chose the first sentence right for 0.39 of held-out
questions.

Its score joins the first reader's, and its span is the short answer
(qa.reader.merge_readings); make reader runs it (training/reader.py pair_readings, ship).

    .venv/bin/python training/cross.py train --half even|odd|final [--epochs N]
    .venv/bin/python training/cross.py read --half even      # reads a sample of the odd half
    .venv/bin/python training/cross.py export --half even
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from examples import ArticleChunk  # noqa: E402

from qa.reader import (  # noqa: E402
    CONTEXT_WORDS,
    PairHeads,
    Window,
    WindowReading,
    encode_pairs,
    judge_pairs,
    pair_tokenizer,
    window_of,
)

WORK = Path(__file__).resolve().parents[1] / ".bench" / "reader"
REMOVED_SHARE = 0.5
SEED = 13


def tokenizer():
    from index.embeddings import model_path

    return pair_tokenizer(model_path() / "tokenizer.json")


def encode_pair(tok, question: str, window: Window):
    """As qa.reader.encode_pairs reads one window: ids, type ids, and per piece the
    sentence it belongs to in the window (-1 elsewhere) and its span in the passage."""
    enc = encode_pairs(tok, question, [window])
    spans = enc.spans[0]
    sent = np.full(len(spans), -1, dtype=np.int64)
    for si, (s0, s1) in enumerate(window.sentences):
        sent[(spans[:, 0] >= s0) & (spans[:, 1] <= s1) & (spans[:, 1] > spans[:, 0])] = si
    return enc.ids[0], enc.types[0], sent, spans


class _Span:
    """A window seen as the chunk it was cut from (what qa.reader.window_of takes)."""

    def __init__(self, w: Window) -> None:
        self.article_id, self.title, self.text = w.article_id, w.title, w.text
        self.start = 0
        self.sentences = w.sentences


def as_read(w: Window, first_picked: bool) -> Window:
    """``w`` as answer time reads it: a first sentence that is only the context of the next
    (not picked by retrieval) keeps its last words (qa.reader.windows_for). The gold and
    answer-removed windows of the caches hold whole sentences; read windows never do, and a
    reader that sees both learns to tell them apart instead of reading the question."""
    if first_picked or len(w.sentences) < 2:
        return w
    cut = window_of(_Span(w), 0, len(w.sentences) - 1, CONTEXT_WORDS)  # type: ignore[arg-type]
    shift = len(w.text) - len(cut.text)
    return Window(w.article_id, w.title, cut.text, cut.sentences,
                  None if w.offset is None else w.offset + shift)


def _read_positive(item, a: int, b: int) -> tuple[Window, int, int, int] | None:
    """The window read at answer time that holds the gold span (given in the gold window),
    with the sentence holding it and the span in that window: the positive exactly as
    answering will read it, when retrieval found it."""
    gw = item.gold[0]
    start = item.windows[gw].offset + a
    for w, kind in zip(item.windows, item.kinds, strict=True):
        if kind != "read" or w.article_id != item.article or w.offset is None:
            continue
        at = start - w.offset
        for si, (s0, s1) in enumerate(w.sentences):
            if s0 <= at < s1 and at + (b - a) <= s1:
                return w, si, at, at + (b - a)
    return None


def groups_of(items: list, seed: int) -> list[dict]:
    """As training/train.py: the gold window among up to NEGATIVES read windows without the
    answer; for half of the questions also the answer-removed window among them."""
    from train import hard_negatives

    rng = random.Random(seed)
    out = []
    for item in items:
        if item.gold is None:
            continue
        gw, a, b = item.gold
        negatives = hard_negatives(item, rng)
        positive = _read_positive(item, a, b)
        if positive is None:
            gold_win = item.windows[gw]
            holding = [si for si, (s0, s1) in enumerate(gold_win.sentences) if s0 <= a < s1]
            if not holding:
                continue
            gold_read = as_read(gold_win, holding[0] == 0)
            shift = len(gold_win.text) - len(gold_read.text)
            positive = (gold_read, holding[0], a - shift, b - shift)
        wins = {gw: positive[0], **{w: item.windows[w] for w in negatives}}
        ws = [gw, *negatives]
        rng.shuffle(ws)
        out.append({"question": item.question, "windows": [wins[w] for w in ws],
                    "gold": (ws.index(gw), *positive[1:])})
        removed = [w for w, k in enumerate(item.kinds) if k == "removed"]
        if removed and negatives and rng.random() < REMOVED_SHARE:
            wins[removed[0]] = as_read(item.windows[removed[0]], False)
            ws = [removed[0], *negatives]
            rng.shuffle(ws)
            out.append({"question": item.question, "windows": [wins[w] for w in ws],
                        "gold": None})
    rng.shuffle(out)
    return out


def make_model():
    import torch
    from torch import nn
    from transformers import AutoModel

    from index.embeddings import model_path

    class Cross(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(model_path()), local_files_only=True,
                                                     add_pooling_layer=False)
            dim = self.encoder.config.hidden_size
            self.sentence = nn.Linear(dim, 1)
            self.null = nn.Linear(dim, 1)
            self.start = nn.Linear(dim, 1)
            self.end = nn.Linear(dim, 1)

        def hidden(self, ids, types, mask):
            return self.encoder(input_ids=ids, token_type_ids=types,
                                attention_mask=mask).last_hidden_state

        def scores(self, h, sent, n_sent):
            """Per window: sentence scores (n_windows, n_sent) and the null score."""
            one_hot = (sent[..., None] == torch.arange(n_sent)[None, None, :]).to(h.dtype)
            count = one_hot.sum(1).clamp(min=1)  # (w, s)
            mean = torch.einsum("wts,wtd->wsd", one_hot, h) / count[..., None]
            sc = self.sentence(mean).squeeze(-1)
            sc = sc.masked_fill(one_hot.sum(1) == 0, -1e4)
            return sc, self.null(h[:, 0]).squeeze(-1)

        def forward(self, ids, types, mask, sent, group, n_groups, target, span_row,
                    span_start, span_end, width):
            """The group loss (one softmax per question over "none" and every sentence of
            its windows, ``width`` slots a window) plus the span's on the answering
            sentence."""
            h = self.hidden(ids, types, mask)
            sc, null = self.scores(h, sent, int(width))
            losses = []
            for g in range(int(n_groups)):
                rows = torch.nonzero(group == g).squeeze(-1)
                logits = torch.cat([null[rows].mean()[None], sc[rows].reshape(-1)])
                losses.append(nn.functional.cross_entropy(logits[None], target[g][None]))
            loss = torch.stack(losses).mean()
            has = span_row >= 0
            if has.any():
                r = span_row[has]
                hs = h[r]
                for head, pos in ((self.start, span_start), (self.end, span_end)):
                    logit = head(hs).squeeze(-1).masked_fill(mask[r] == 0, -1e4)
                    loss = loss + 0.5 * nn.functional.cross_entropy(logit, pos[has])
            return {"loss": loss}

    return Cross()


class Collate:
    def __init__(self, tok) -> None:
        self.tok = tok

    def __call__(self, groups: list[dict]) -> dict:
        import torch

        encs, group_of = [], []
        width = max(len(w.sentences) for g in groups for w in g["windows"])
        targets, span_row, span_start, span_end = [], [], [], []
        for g, grp in enumerate(groups):
            base = len(encs)
            for w in grp["windows"]:
                encs.append(encode_pair(self.tok, grp["question"], w))
                group_of.append(g)
            # The target indexes [none, window 0's sentences, window 1's...], ``width``
            # sentence slots a window.
            row = start = end = -1
            if grp["gold"] is not None:
                wi, si, a, b = grp["gold"]
                targets.append(1 + wi * width + si)
                _, _, sent, spans = encs[base + wi]
                inside = np.flatnonzero((spans[:, 1] > a) & (spans[:, 0] < b) & (sent == si))
                if len(inside):
                    row, start, end = base + wi, int(inside[0]), int(inside[-1])
            else:
                targets.append(0)
            span_row.append(row)
            span_start.append(max(start, 0))
            span_end.append(max(end, 0))
        n = max(len(e[0]) for e in encs)
        ids = np.zeros((len(encs), n), dtype=np.int64)
        types, mask, sent = np.zeros_like(ids), np.zeros_like(ids), np.full_like(ids, -1)
        for i, (a, t, s, _) in enumerate(encs):
            ids[i, : len(a)], types[i, : len(a)], mask[i, : len(a)] = a, t, 1
            sent[i, : len(a)] = s
        return {"ids": torch.from_numpy(ids), "types": torch.from_numpy(types),
                "mask": torch.from_numpy(mask), "sent": torch.from_numpy(sent),
                "group": torch.tensor(group_of), "n_groups": torch.tensor(len(groups)),
                "target": torch.tensor(targets), "span_row": torch.tensor(span_row),
                "span_start": torch.tensor(span_start), "span_end": torch.tensor(span_end),
                "width": torch.tensor(width)}


def load_items(name: str) -> list:
    _, _, items = pickle.loads((WORK / f"cache-{name}.pkl").read_bytes())
    return items


def train(names: list[str], target: Path, epochs: float = 1.0, batch: int = 8,
          lr: float = 5e-5, limit: int = 0) -> Path:
    """Train on the questions of the training caches ``names``; saved in ``target``."""
    import torch
    from transformers import Trainer, TrainingArguments, set_seed

    torch.set_num_threads(os.cpu_count() or 2)
    set_seed(SEED)
    items = [it for name in names for it in load_items(f"train-{name}")]
    if limit:
        items = random.Random(SEED).sample(items, limit)
    groups = groups_of(items, SEED)
    # Batches of similar lengths, in random order.
    rng = random.Random(SEED)
    groups.sort(key=lambda g: max(len(w.context) for w in g["windows"]))
    batches = [groups[i : i + batch] for i in range(0, len(groups), batch)]
    rng.shuffle(batches)
    rows = [g for b in batches for g in b]
    model = make_model()
    args = TrainingArguments(
        output_dir=str(target / "checkpoints"), per_device_train_batch_size=batch,
        learning_rate=lr, num_train_epochs=epochs, warmup_steps=0.06,
        lr_scheduler_type="linear", logging_steps=50, save_strategy="no", report_to=[],
        seed=SEED, data_seed=SEED, use_cpu=True, dataloader_num_workers=0, disable_tqdm=True,
        remove_unused_columns=False, train_sampling_strategy="sequential", weight_decay=0.01)
    heads = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    body = [p for n, p in model.named_parameters() if n.startswith("encoder.")]
    optimizer = torch.optim.AdamW([{"params": body}, {"params": heads, "lr": lr * 20}], lr=lr,
                                  weight_decay=0.01)
    Trainer(model=model, args=args, train_dataset=rows, data_collator=Collate(tokenizer()),
            optimizers=(optimizer, None)).train()
    target.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), target / "cross.pt")
    return target


class CrossReader:
    """Reads (question, windows) as qa.reader.Reader does, with the cross-encoder."""

    def __init__(self, folder: Path) -> None:
        import torch

        self.torch = torch
        self.model = make_model()
        self.model.load_state_dict(torch.load(folder / "cross.pt"))
        self.model.eval()
        self.tok = tokenizer()

    @property
    def heads(self) -> PairHeads:
        """The trained heads as the shipped reader runs them (qa.reader.judge_pairs)."""
        m = self.model

        def vec(lin) -> np.ndarray:
            return lin.weight.detach().numpy()[0].astype(np.float32)

        def bias(lin) -> float:
            return float(lin.bias.detach()[0])

        return PairHeads(vec(m.sentence), bias(m.sentence), vec(m.null), bias(m.null),
                         vec(m.start), bias(m.start), vec(m.end), bias(m.end))

    def read(self, question: str, windows: list[Window]) -> list[WindowReading]:
        """The windows read as the shipped pair reader reads them, by the torch model."""
        t = self.torch
        enc = encode_pairs(self.tok, question, windows)
        assert enc.types is not None
        with t.inference_mode():
            hidden = self.model.hidden(t.from_numpy(enc.ids), t.from_numpy(enc.types),
                                       t.from_numpy(enc.mask)).numpy()
        return judge_pairs(self.heads, windows, enc, hidden)


def read_items(reader, items: list) -> list:
    """Rows as training/readings.py read_cache makes them."""
    from readings import rows_of

    out = []
    for k, item in enumerate(items):
        windows = [w for w, kind in zip(item.windows, item.kinds, strict=True) if kind == "read"]
        rows = rows_of(item, reader.read(item.question, windows) if windows else [])
        out.append(rows)
        if k % 500 == 0:
            print(f"  read {k}/{len(items)}", flush=True)
    return out


SAMPLES = {"read-all": 2500, "read-absent": 1000, "read-removed": 1000}


def read(half: str, limit: int) -> None:
    """The reader trained on ``half`` reads the news set and a sample of the other half's
    questions (answerable, article absent, answer removed), as reader.py's cross-fitting
    does; saved after each set in ``readings.pkl``."""
    import json

    from readings import summary

    other = "odd" if half == "even" else "even"
    folder = WORK / f"cross-{half}"
    reader = CrossReader(folder)
    articles = json.loads((WORK / "squad.json").read_text(encoding="utf-8"))
    held = {a["id"] for a in articles if a["half"] == other}
    kept = folder / "readings.pkl"
    got = pickle.loads(kept.read_bytes()) if kept.exists() else {}
    for name in ("read-news", "read-all", "read-absent", "read-removed"):
        if name in got:
            continue
        items = [it for it in load_items(name) if name == "read-news" or it.article in held]
        n = limit or SAMPLES.get(name, 0)
        picked = sorted(random.Random(SEED).sample(range(len(items)), min(n, len(items)))) \
            if n else range(len(items))
        t = time.time()
        got[name] = read_items(reader, [items[i] for i in picked])
        got[name + ":picked"] = list(picked)
        print(name, len(got[name]), f"{time.time() - t:.0f} s", summary(got[name]), flush=True)
        kept.write_bytes(pickle.dumps(got))


def export(folder: Path, target: Path) -> Path:
    """The trained pair reader to ``target``: ``reader.onnx`` (the encoder, int8 weights,
    dynamic quantization per channel) and ``reader.npz`` (the heads, run in numpy)."""
    from export import onnx_encoder
    from onnxruntime.quantization import QuantType, quantize_dynamic

    reader = CrossReader(folder)
    target.mkdir(parents=True, exist_ok=True)
    write_check(reader, target)
    plain = onnx_encoder(reader.model.encoder, target / "reader.float.onnx")
    quantize_dynamic(str(plain), str(target / "reader.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True)
    plain.unlink()
    h = reader.heads
    np.savez(target / "reader.npz", sentence=h.sentence, null=h.null, start=h.start, end=h.end,
             **{f"{k}_bias": np.float32(getattr(h, f"{k}_bias"))
                for k in ("sentence", "null", "start", "end")})
    return target


CHECK_QUESTIONS = ("Who is the police spokesman?", "How much of the drug was seized?",
                   "When will the Rock Entertainment Centre reopen?")


def write_check(reader: CrossReader, target: Path) -> None:
    """``check.json``: the float torch model's scores for the seed article's first windows
    and a few questions, so that a test can check that the ONNX file agrees with the model
    it was exported from (the float weights are not shipped: 90 MB)."""
    import json

    from index.articles import load_file
    from index.chunks import chunk_text
    seed = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))[0]
    article = load_file(seed)[0][0]
    chunks = [ArticleChunk("seed", article.title, article.text[c.start : c.end], c.start,
                           c.sentences) for c in chunk_text(article.text)]
    windows = [window_of(c, 0, min(2, len(c.sentences) - 1)) for c in chunks[:8]]
    checks = [{"question": q,
               "scores": [s.score for w in reader.read(q, windows) for s in w.sentences]}
              for q in CHECK_QUESTIONS]
    (target / "check.json").write_text(json.dumps({
        "windows": [[w.article_id, w.title, w.text, w.sentences, w.offset] for w in windows],
        "checks": checks}) + "\n")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("what", choices=["train", "read", "export"])
    p.add_argument("--half", default="even")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--limit", type=int, default=0)
    a = p.parse_args()
    if a.what == "train" and a.half == "final":
        train(["even", "odd"], WORK / "cross-final", a.epochs, a.batch, a.lr, a.limit)
    elif a.what == "train":
        train([a.half], WORK / f"cross-{a.half}", a.epochs, a.batch, a.lr, a.limit)
    elif a.what == "export":
        export(WORK / f"cross-{a.half}", WORK / f"cross-{a.half}" / "export")
    else:
        read(a.half, a.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
