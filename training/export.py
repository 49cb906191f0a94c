"""Export a trained reader: the bundled encoder with its trained last layer, to ONNX with
int8 weights (onnxruntime's dynamic quantization: a quarter of the float size), and the
heads to numpy (qa/reader.py runs them)."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cache import FROZEN  # noqa: E402

from index.embeddings import model_path  # noqa: E402


def encoder_with(trained: Path):
    """The bundled encoder with the last layer trained into ``trained/top.pt``."""
    import torch
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(model_path()), add_pooling_layer=False,
                                        local_files_only=True).eval()
    state = torch.load(trained / "top.pt")
    encoder.encoder.layer[FROZEN].load_state_dict(state["layer"])
    return encoder, state["heads"]


def onnx_encoder(encoder, plain: Path) -> Path:
    """``encoder`` to ONNX at ``plain`` (float): ids, mask and segment ids in, the last hidden
    state out, any batch and length. The wrapper is put in eval mode: the export restores the
    wrapper's mode on everything under it, and a new module is in training mode."""
    import torch

    class Hidden(torch.nn.Module):
        """Positional inputs, the last hidden state out, as the ONNX graph takes them."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state

    ids = torch.tensor([[101, 7592, 2088, 102, 0, 0], [101, 1037, 2146, 6251, 2182, 102]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Hidden().eval(), (ids, (ids != 0).long(), torch.zeros_like(ids)), str(plain),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"], opset_version=17, dynamo=False,
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in (
                "input_ids", "attention_mask", "token_type_ids", "last_hidden_state")})
    return plain


def export(trained: Path, target: Path) -> Path:
    """Write the reader trained into ``trained`` to ``target/reader.onnx`` (int8) and
    ``target/reader.npz`` (the heads); returns ``target``."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    encoder, heads = encoder_with(trained)

    target.mkdir(parents=True, exist_ok=True)
    plain = target / "reader.float.onnx"
    onnx_encoder(encoder, plain)
    # The frozen layers in int8, as training/cache.py ran them when the last layer was
    # trained on their output; the trained layer stays float.
    import onnx

    trained = [n.name for n in onnx.load(str(plain)).graph.node
               if f"layer.{FROZEN}/" in n.name and n.op_type in ("MatMul", "Gemm")]
    quantize_dynamic(str(plain), str(target / "reader.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True, nodes_to_exclude=trained)
    plain.unlink()
    # The trained layer's float weights ride along (about 7 MB) so that a test can rebuild
    # the torch model the ONNX file came from and check that the two agree.
    layer = {f"layer.{k}": v.numpy() for k, v in
             encoder.encoder.layer[FROZEN].state_dict().items()}
    np.savez(target / "reader.npz", scale=heads["scale"].numpy(), mix=heads["mix"].numpy(),
             no_answer_weight=heads["no_answer.weight"].numpy()[0],
             no_answer_bias=heads["no_answer.bias"].numpy()[0],
             start=heads["start.weight"].numpy(), end=heads["end.weight"].numpy(), **layer)
    return target
