"""What the frozen part of the reader reads, computed once and kept on disk.

The reader fine-tunes only the encoder's last layer and its heads (training/model.py). The
first layers are frozen, so what they make of each question and window never changes: it is
computed once here, with onnxruntime, and training and measuring read it back. This is what
lets ``make reader`` train on every question within its time budget on two cores.

A cache holds, for each question, the question and its windows as the reader reads them at
answer time (the windows around retrieval's best sentences), and for training also the
window around the gold sentence and the same window with the gold sentence taken out.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from examples import Articles, removed_window  # noqa: E402

from qa.evaluation import contains_answer_squad as contains_answer  # noqa: E402
from qa.reader import Window, encode, session_options, tokenizer, window_of, windows_for  # noqa: E402

FROZEN = 5  # layers computed once; the 6th is trained


@dataclass
class Item:
    """One question and what was read for it."""

    question: str
    answers: list[str]
    article: str
    unanswerable: bool
    rows: list[tuple[int, int]]  # (offset, length) in the token array; row 0 the question
    windows: list[Window]  # windows[i] is row i + 1
    spans: list[np.ndarray]  # per window, each piece's span in the passage
    kinds: list[str]  # "read", "gold" or "removed"
    gold: tuple[int, int, int] | None = None  # window index, answer span in its text
    candidates: list[dict] = field(default_factory=list)


def lower_model(target: Path) -> Path:
    """The bundled encoder's first :data:`FROZEN` layers as ONNX with int8 weights, made once:
    quantized as the shipped reader is, so that training sees what answering will see."""
    if target.exists():
        return target
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    from index.embeddings import model_path

    model = AutoModel.from_pretrained(str(model_path()), num_hidden_layers=FROZEN,
                                      add_pooling_layer=False).eval()

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    ids = torch.tensor([[101, 7592, 2088, 102, 0, 0], [101, 1037, 2146, 6251, 2182, 102]])
    target.parent.mkdir(parents=True, exist_ok=True)
    plain = target.with_suffix(".float.onnx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(Hidden(), (ids, (ids != 0).long(), torch.zeros_like(ids)), str(plain),
                          input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["hidden"], opset_version=17, dynamo=False,
                          dynamic_axes={n: {0: "batch", 1: "tokens"} for n in (
                              "input_ids", "attention_mask", "token_type_ids", "hidden")})
    quantize_dynamic(str(plain), str(target), weight_type=QuantType.QInt8, per_channel=True)
    plain.unlink()
    return target


def _windows(q: dict, articles: Articles, depth: int, training: bool, mode: str = "read"):
    """The windows read for ``q``: retrieval's best ``depth`` sentences as at answer time,
    plus (training) the gold window and the answer-removed one.

    ``mode`` "absent" reads as if the question's article were not indexed (its sentences
    are left out of retrieval's list); "removed" as if every sentence holding a gold answer
    had been taken out of the articles.
    """
    picks, seen = [], set()
    for c in q["candidates"]:
        got = articles.locate(c["article"], c["start"])
        if got is None or (c["article"], c["start"]) in seen:
            continue
        if mode == "absent" and c["article"] == q["article"]:
            continue
        if mode == "removed" and contains_answer(_sentence(*got), q["answers"]):
            continue
        seen.add((c["article"], c["start"]))
        picks.append(got)
        if len(picks) == depth:
            break
    windows = windows_for(picks, before=1, after=0)
    if mode == "removed":
        windows = [w for w in windows if not contains_answer(w.text, q["answers"])]
    kinds = ["read"] * len(windows)
    gold = None
    if training and q.get("spans"):
        span = tuple(q["spans"][0])
        holding = articles.holding(q["article"], span)
        if holding and len({id(c) for c, _ in holding}) == 1:
            chunk, first, last = holding[0][0], holding[0][1], holding[-1][1]
            w = window_of(chunk, max(0, first - 1), last)
            assert w.offset is not None
            gold = (len(windows), span[0] - w.offset, span[1] - w.offset)
            windows.append(w)
            kinds.append("gold")
            removed = removed_window(chunk, first, last)
            if removed is not None and not contains_answer(removed.text, q["answers"]):
                windows.append(removed)
                kinds.append("removed")
    return windows, kinds, gold


def _sentence(chunk, si: int) -> str:
    s, e = chunk.sentences[si]
    return chunk.text[s - chunk.start : e - chunk.start]


def build(name: str, questions: list[dict], articles: Articles, target_dir: Path,
          depth: int, training: bool, mode: str = "read") -> Path:
    """Encode every question's windows with the frozen layers; writes ``{name}.f16`` (the
    vectors, float16, one row per word piece) and ``{name}.pkl`` (the items)."""
    import onnxruntime

    from index.embeddings import model_path

    out = target_dir / f"cache-{name}"
    if (out.with_suffix(".pkl")).exists():
        return out
    session = onnxruntime.InferenceSession(str(lower_model(target_dir / "lower.int8.onnx")),
                                           session_options(threads=os.cpu_count() or 1),
                                           providers=["CPUExecutionProvider"])
    tok = tokenizer(model_path() / "tokenizer.json")
    items, total = [], 0
    started = time.time()
    vectors = out.with_suffix(".f16").open("wb")
    for n, q in enumerate(questions, start=1):
        windows, kinds, gold = _windows(q, articles, depth, training, mode)
        enc = encode(tok, q["question"], windows)
        hidden = session.run(None, {"input_ids": enc.ids, "attention_mask": enc.mask,
                                    "token_type_ids": np.zeros_like(enc.ids)})[0]
        rows = []
        for r in range(len(enc.ids)):
            length = int(enc.mask[r].sum())
            vectors.write(hidden[r, :length].astype(np.float16).tobytes())
            rows.append((total, length))
            total += length
        items.append(Item(q["question"], q["answers"], q["article"],
                          bool(q.get("unanswerable")) or mode != "read", rows, windows,
                          [enc.spans[r, : rows[r][1]] for r in range(1, len(rows))], kinds,
                          gold, q["candidates"]))
        if n % 1000 == 0:
            print(f"  cache {name}: {n}/{len(questions)} questions, "
                  f"{time.time() - started:.0f} s", file=sys.stderr, flush=True)
    vectors.close()
    out.with_suffix(".pkl").write_bytes(pickle.dumps((total, hidden.shape[-1], items)))
    return out


def load(path: Path) -> tuple[np.ndarray, list[Item]]:
    """A cache written by :func:`build`: the vectors (memory-mapped) and the items."""
    total, dim, items = pickle.loads(path.with_suffix(".pkl").read_bytes())
    return np.memmap(path.with_suffix(".f16"), dtype=np.float16, mode="r",
                     shape=(total, dim)), items
