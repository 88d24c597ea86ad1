"""hls4ml frontend: a ``ModelGraph`` (or a model saved with ``serialize_model``) -> Graph.

Supported layers: ``Input``, ``Dense`` (weights and bias), ``Activation``/``ReLU`` with
``relu``, and ``linear`` activations that only cast (what hls4ml makes of QONNX Quant nodes). Types are read from each layer's ``result_t`` / ``weight_t`` / ``bias_t`` /
``accum_t``. Weights become the integers hls4ml's C++ computes with: hls4ml writes each
weight as a decimal with F digits and C++ converts it with the weight type's modes
(:func:`~aiesim_py.isa.fixed_point.weights_as_written_by_hls4ml`).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode, RequantNode
from aiesim_py.errors import ModelError, UnsupportedLayerError
from aiesim_py.isa.fixed_point import FixedType, weights_as_written_by_hls4ml


def fixed_type_of(precision, where: str) -> FixedType:
    """hls4ml precision object -> FixedType; raises UnsupportedLayerError for others."""
    kind = type(precision).__name__
    width = getattr(precision, "width", None)
    integer = getattr(precision, "integer", None)
    if width is None or integer is None or "Float" in kind or "Xnor" in kind or "Exponent" in kind:
        raise UnsupportedLayerError(f"{where}: precision {precision} ({kind}) is not a fixed-point "
                                    "type; use ap_fixed/ap_int precisions")
    sat_bits = getattr(precision, "saturation_bits", 0) or 0
    if sat_bits:
        raise UnsupportedLayerError(f"{where}: ap_fixed saturation bits N={sat_bits} are not supported; use N=0")
    rnd = getattr(precision, "rounding_mode", None)
    sat = getattr(precision, "saturation_mode", None)
    rnd_name = getattr(rnd, "name", None) or (str(rnd) if rnd is not None else "TRN")
    sat_name = getattr(sat, "name", None) or (str(sat) if sat is not None else "WRAP")
    try:
        return FixedType(int(width), int(integer), bool(precision.signed), rnd_name, sat_name)
    except ValueError as exc:
        raise UnsupportedLayerError(f"{where}: {exc}") from None


def graph_from_hls4ml(model, source: str = "") -> Graph:
    """Read an hls4ml ModelGraph.

    Raises:
        UnsupportedLayerError: a layer other than Input / Dense / ReLU, or a non-fixed type.
        ModelError: the graph is not a single chain starting with an Input layer.
    """
    layers = list(model.get_layers())
    if not layers or layers[0].class_name != "Input":
        raise ModelError("hls4ml model: the first layer must be an Input layer")
    inp = layers[0]
    shape = inp.get_attr("input_shape") or inp.get_output_variable().shape
    if len(shape) != 1:
        raise UnsupportedLayerError(f"layer {inp.name!r}: input shape {list(shape)} is not 1-D; "
                                    "only flat (N,) inputs are supported")
    in_t = fixed_type_of(inp.get_output_variable().type.precision, f"layer {inp.name!r} (Input) result")
    g = Graph(name=getattr(model.config, "get_project_name", lambda: "model")(),
              input_features=int(shape[0]), input_type=in_t, source=source or "hls4ml")
    for layer in layers[1:]:
        where = f"layer {layer.name!r} ({layer.class_name})"
        if layer.class_name == "Dense":
            w_var = layer.weights["weight"]
            w_t = fixed_type_of(w_var.type.precision, f"{where} weight")
            w = weights_as_written_by_hls4ml(np.asarray(w_var.data), w_t)
            b = b_t = None
            if "bias" in layer.weights and layer.weights["bias"].data is not None:
                b_var = layer.weights["bias"]
                b_t = fixed_type_of(b_var.type.precision, f"{where} bias")
                b = weights_as_written_by_hls4ml(np.asarray(b_var.data).reshape(-1), b_t)
            acc_t = fixed_type_of(layer.types["accum_t"].precision, f"{where} accum") \
                if "accum_t" in layer.types else None
            out_t = fixed_type_of(layer.get_output_variable().type.precision, f"{where} result")
            if w.ndim != 2:
                raise UnsupportedLayerError(f"{where}: weight shape {w.shape} is not 2-D")
            g.nodes.append(DenseNode(layer.name, w, b, w_t, b_t, acc_t, out_t))
        elif layer.class_name in ("Activation", "ReLU") and \
                str(layer.get_attr("activation", "")).lower() == "relu":
            out_t = fixed_type_of(layer.get_output_variable().type.precision, f"{where} result")
            g.nodes.append(ReluNode(layer.name, out_t))
        elif layer.class_name in ("Activation", "Quant") and \
                str(layer.get_attr("activation", "")).lower() == "linear":
            out_t = fixed_type_of(layer.get_output_variable().type.precision, f"{where} result")
            if not g.nodes:
                # a quantizer right after the input (hls4ml's QONNX import): the float input is
                # cast to the Input type, then to this one; both casts run on the host
                g.host_input_types = g.host_input_types + (g.input_type,)
                g.input_type = out_t
            else:
                g.nodes.append(RequantNode(layer.name, out_t))
        else:
            act = layer.get_attr("activation")
            what = f"{layer.class_name}" + (f" with activation {act!r}" if act else "")
            raise UnsupportedLayerError(f"{where}: {what} is not supported yet; supported layers: "
                                        "Dense, ReLU")
    return g


def load_fml(path: str | Path, output_dir: str | Path | None = None):
    """Load a ModelGraph saved by ``hls4ml.utils.serialization.serialize_model``.

    Raises:
        ModelError: the file cannot be read as an hls4ml model.
    """
    from hls4ml.utils.serialization import deserialize_model

    out = output_dir or tempfile.mkdtemp(prefix="aiesim_hls4ml_")
    try:
        return deserialize_model(str(path), output_dir=str(out))
    except Exception as exc:  # hls4ml raises many kinds for corrupt archives
        raise ModelError(f"{path}: not a readable hls4ml model file ({type(exc).__name__}: {exc}); "
                         "save models with hls4ml.utils.serialization.serialize_model") from None


def graph_from_fml(path: str | Path) -> Graph:
    return graph_from_hls4ml(load_fml(path), source=str(path))
