"""Frontends: hls4ml ModelGraph (or saved .fml), QONNX (.onnx), topology spec -> :class:`~aiesim_py.compiler.ir.Graph`."""
from __future__ import annotations

from pathlib import Path

from aiesim_py.compiler.ir import Graph
from aiesim_py.errors import ModelError


def load_model(model, precision=None) -> Graph:
    """Dispatch on what ``model`` is.

    Args:
        model: an hls4ml ``ModelGraph``; a path to a saved hls4ml model (``.fml``); a QONNX
            model (``.onnx`` path, ``onnx.ModelProto`` or qonnx ``ModelWrapper``); a
            topology spec string ``"mlp:16-64-32-32-8"``; a float PyTorch ``nn.Sequential``
            or float ONNX model with ``precision="bf16"``; or an already built Graph.
        precision: None (the model's own fixed-point types) or ``"bf16"`` (a float model
            compiled to bfloat16, :mod:`~aiesim_py.compiler.frontends.float_model`).
    Raises:
        ModelError: unknown kind of model, missing or malformed file, a precision the kind
            of model does not take.
    """
    if precision is not None:
        from aiesim_py.compiler.frontends.float_model import PRECISIONS
        if precision not in PRECISIONS:
            raise ModelError(f"precision {precision!r} is not supported; use None (the model's own "
                             f"fixed-point types) or one of {', '.join(PRECISIONS)}")
    if isinstance(model, Graph):
        return model
    if type(model).__module__.startswith("torch."):
        from aiesim_py.compiler.frontends.float_model import graph_from_torch
        return graph_from_torch(model, precision)
    if precision is not None:
        is_onnx = (isinstance(model, (str, Path)) and str(model).endswith(".onnx")) or type(
            model).__name__ in ("ModelWrapper", "ModelProto")
        if not is_onnx:
            raise ModelError(f"precision={precision!r} applies to float PyTorch and ONNX models; "
                             "compile a quantized model without it")
        if isinstance(model, (str, Path)) and not Path(model).exists():
            raise ModelError(f"{model}: no such model file")
        from aiesim_py.compiler.frontends.float_model import graph_from_float_onnx
        return graph_from_float_onnx(model, precision)
    if isinstance(model, (str, Path)):
        text = str(model)
        if text.startswith("mlp:"):
            from aiesim_py.compiler.frontends.topology import graph_from_spec
            return graph_from_spec(text)
        path = Path(text)
        if not path.exists():
            raise ModelError(f"{path}: no such model file; give a .fml file saved by hls4ml "
                             "(hls4ml.utils.serialization.serialize_model) or a spec like 'mlp:16-64-32-8'")
        if path.suffix == ".fml":
            from aiesim_py.compiler.frontends.hls4ml import graph_from_fml
            return graph_from_fml(path)
        if path.suffix == ".onnx":
            from aiesim_py.compiler.frontends.qonnx import graph_from_qonnx
            return graph_from_qonnx(path)
        raise ModelError(f"{path}: unsupported model file type {path.suffix!r}; supported: .fml "
                         "(hls4ml serialize_model), .onnx (QONNX) and topology specs 'mlp:A-B-C'")
    if type(model).__name__ == "ModelGraph":
        from aiesim_py.compiler.frontends.hls4ml import graph_from_hls4ml
        return graph_from_hls4ml(model)
    if type(model).__name__ in ("ModelWrapper", "ModelProto"):
        from aiesim_py.compiler.frontends.qonnx import graph_from_qonnx
        return graph_from_qonnx(model)
    raise ModelError(f"cannot compile a {type(model).__name__}; pass an hls4ml ModelGraph, a .fml path "
                     "or a topology spec such as 'mlp:16-64-32-32-8'")
