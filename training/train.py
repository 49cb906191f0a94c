"""Training the reader's last layer and heads on cached vectors, with transformers' Trainer.

Each training item is a group: a question, the window holding its gold sentence and up to
``NEGATIVES`` windows retrieval read for it that do not hold the answer; and, for half of the
questions, a second group with the gold window's answer removed, whose right answer is
"none". The frozen layers' output comes from training/cache.py.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cache import FROZEN, Item  # noqa: E402

from index.embeddings import model_path  # noqa: E402
from qa.evaluation import contains_answer_squad as contains_answer  # noqa: E402

NEGATIVES = 3
REMOVED_SHARE = 0.5


def sentence_ids(item: Item, w: int, base: int) -> np.ndarray:
    """For each piece of window ``w``: the sentence it belongs to, numbered from ``base``."""
    spans = item.spans[w]
    out = np.full(len(spans), -1)
    for si, (s0, s1) in enumerate(item.windows[w].sentences):
        out[(spans[:, 0] >= s0) & (spans[:, 1] <= s1)] = base + si
    return out


def hard_negatives(item: Item, rng: random.Random) -> list[int]:
    """Up to NEGATIVES of the windows retrieval read for ``item`` that do not hold the
    answer, chosen at random."""
    negatives = [w for w, k in enumerate(item.kinds)
                 if k == "read" and not contains_answer(item.windows[w].text, item.answers)]
    rng.shuffle(negatives)
    return negatives[:NEGATIVES]


def groups_of(items: list[Item], seed: int, source: int = 0) -> list[dict]:
    """The training groups of ``items`` (see the module's docstring), whose vectors are in
    cache number ``source``."""
    rng = random.Random(seed)
    out = []
    for item in items:
        if item.gold is None:
            continue
        gw, a, _ = item.gold
        negatives = hard_negatives(item, rng)
        holding = [si for si, (s0, s1) in enumerate(item.windows[gw].sentences)
                   if s0 <= a < s1]
        group = _group(item, [gw, *negatives], gw, holding[0] if holding else None)
        if group is not None:
            out.append(dict(group, source=source))
        removed = [w for w, k in enumerate(item.kinds) if k == "removed"]
        if removed and negatives and rng.random() < REMOVED_SHARE:
            group = _group(item, [removed[0], *negatives], None, None)
            if group is not None:
                out.append(dict(group, source=source))
    rng.shuffle(out)
    return out


def _group(item: Item, windows: list[int], gold_window: int | None,
           gold_sentence: int | None) -> dict | None:
    rows, sentence_of, base, target, first, last = [], [], 0, -1, None, None
    for i, w in enumerate(windows):
        ids = sentence_ids(item, w, base)
        if w == gold_window and gold_sentence is not None:
            target = base + gold_sentence
            _, a, b = item.gold  # type: ignore[misc]
            spans = item.spans[w]
            inside = np.flatnonzero((spans[:, 1] > a) & (spans[:, 0] < b) & (ids == target))
            if len(inside):
                first, last = (i, int(inside[0])), (i, int(inside[-1]))
        rows.append(item.rows[w + 1])
        sentence_of.append(ids)
        base += len(item.windows[w].sentences)
    if gold_window is not None and target < 0:
        return None
    return {"question": item.rows[0], "windows": rows, "sentence_of": sentence_of,
            "target": target, "first": first, "last": last}


def by_length(groups: list[dict], batch: int, seed: int) -> list[dict]:
    """``groups`` in batches of similar window lengths (less padding), the batches in a
    random order (the Trainer then reads them in sequence)."""
    rng = random.Random(seed)
    groups = list(groups)
    rng.shuffle(groups)
    batches: list[list[dict]] = []
    for i in range(0, len(groups), batch * 50):
        part = sorted(groups[i : i + batch * 50], key=lambda g: max(n for _, n in g["windows"]))
        batches.extend(part[k : k + batch] for k in range(0, len(part), batch))
    rng.shuffle(batches)
    return [g for b in batches for g in b]


class Collate:
    """Pads the cached vectors of a batch of groups into tensors."""

    def __init__(self, vectors: list[np.ndarray]) -> None:
        self.vectors = vectors

    def _pad(self, rows: list[tuple[int, int, int]]):
        import torch

        width = max(n for _, _, n in rows)
        out = torch.zeros((len(rows), width, self.vectors[0].shape[1]))
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, (src, off, n) in enumerate(rows):
            out[i, :n] = torch.from_numpy(np.asarray(self.vectors[src][off : off + n],
                                                     dtype=np.float32))
            mask[i, :n] = 1
        return out, mask

    def __call__(self, items: list[dict]) -> dict:
        import torch

        q, q_mask = self._pad([(it["source"], *it["question"]) for it in items])
        windows = [(g, r) for g, it in enumerate(items) for r in it["windows"]]
        w, w_mask = self._pad([(items[g]["source"], *r) for g, r in windows])
        sentence_of = torch.full(w_mask.shape, -1, dtype=torch.long)
        row = 0
        row_of = {}
        for g, it in enumerate(items):
            for i, ids in enumerate(it["sentence_of"]):
                sentence_of[row, : len(ids)] = torch.from_numpy(ids)
                row_of[(g, i)] = row
                row += 1

        def place(g: int, at) -> list[int]:
            return [row_of[(g, at[0])], at[1]] if at else [-1, -1]

        return {"q_hidden": q, "q_mask": q_mask, "w_hidden": w, "w_mask": w_mask,
                "sentence_of": sentence_of,
                "groups": torch.tensor([g for g, _ in windows]),
                "targets": torch.tensor([it["target"] for it in items]),
                "span_start": torch.tensor([place(g, it["first"]) for g, it in enumerate(items)]),
                "span_end": torch.tensor([place(g, it["last"]) for g, it in enumerate(items)])}


def train(vectors: np.ndarray, items: list[Item], target: Path, **kwargs) -> Path:
    """Train the last layer and the heads on ``items`` (their vectors: ``vectors``) and save
    them in ``target`` (``top.pt``)."""
    return train_many([vectors], [items], target, **kwargs)


def train_many(vectors: list[np.ndarray], items: list[list[Item]], target: Path, *,
               epochs: float = 2.0, learning_rate: float = 5e-5, head_rate: float = 2e-3,
               batch: int = 16, seed: int = 13, train_layer: bool = True) -> Path:
    """:func:`train` on several caches at once."""
    import copy

    import torch
    from model import TopReader
    from transformers import AutoModel, Trainer, TrainingArguments, set_seed
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    torch.set_num_threads(os.cpu_count() or 2)
    set_seed(seed)
    encoder = AutoModel.from_pretrained(str(model_path()), local_files_only=True,
                                        add_pooling_layer=False)
    model = TopReader(copy.deepcopy(encoder.encoder.layer[FROZEN]), encoder.config)
    model.layer.requires_grad_(train_layer)
    rows = by_length([g for src, part in enumerate(items)
                      for g in groups_of(part, seed + src, src)], batch, seed)
    args = TrainingArguments(
        output_dir=str(target / "checkpoints"), per_device_train_batch_size=batch,
        learning_rate=learning_rate, num_train_epochs=epochs, warmup_steps=0.05,
        lr_scheduler_type="linear", logging_steps=100, save_strategy="no", report_to=[],
        seed=seed, data_seed=seed, use_cpu=True, dataloader_num_workers=0, disable_tqdm=True,
        remove_unused_columns=False, train_sampling_strategy="sequential")
    # The heads start from scratch, the layer does not: they learn at different rates.
    optimizer = torch.optim.AdamW(
        [{"params": [p for p in model.layer.parameters() if p.requires_grad],
          "weight_decay": 0.01},
         {"params": list(model.heads.parameters()), "lr": head_rate, "weight_decay": 0.0}],
        lr=learning_rate)
    Trainer(model=model, args=args, train_dataset=rows, data_collator=Collate(vectors),
            optimizers=(optimizer, None)).train()
    target.mkdir(parents=True, exist_ok=True)
    torch.save({"layer": model.layer.state_dict(), "heads": model.heads.state_dict()},
               target / "top.pt")
    return target
