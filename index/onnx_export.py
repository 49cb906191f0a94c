"""Exporting the bundled model to ONNX: the one module that imports torch.

Run once per installation (``qa prepare``, or the first question): the query path then runs
the export on onnxruntime and never imports torch. :func:`index.embeddings.export_onnx`
imports this module only when there is no export yet.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import torch
from transformers import AutoModel
from transformers.utils import logging as transformers_logging

__all__ = ["write_onnx"]

_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class KeywordEncoder(torch.nn.Module):
    """The transformer called with keyword arguments, as ONNX export passes them by
    position; it gives the last hidden state (pooling is done after, in numpy)."""

    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> torch.Tensor:
        """The hidden state of every token."""
        out: torch.Tensor = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                       token_type_ids=token_type_ids).last_hidden_state
        return out


def write_onnx(model_dir: Path, target: Path) -> None:
    """Trace the model in ``model_dir`` and write it to ``target``, all or nothing."""
    transformers_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    # The example batch has padding, so that the traced graph handles padded batches.
    ids = torch.tensor([[101, 7592, 2088, 102, 0, 0], [101, 1037, 2146, 6251, 2182, 102]])
    mask = (ids != 0).long()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer chatter about constant shapes
        torch.onnx.export(
            KeywordEncoder(model), (ids, mask, torch.zeros_like(ids)), str(partial),
            input_names=list(_INPUTS), output_names=["last_hidden_state"], opset_version=17,
            dynamo=False, dynamic_axes={n: {0: "batch", 1: "tokens"}
                                        for n in (*_INPUTS, "last_hidden_state")})
    os.replace(partial, target)  # atomic: a concurrent process sees all or nothing
