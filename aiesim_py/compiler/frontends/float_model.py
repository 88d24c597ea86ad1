"""Float models compiled to bfloat16: PyTorch ``nn.Sequential`` and float ONNX -> Graph.

``aiesim_py.compile(model, precision="bf16")`` with a float model (no quantizers) gives a
bf16 datapath (kernels/dense_bf16.py): weights and activations rounded to bfloat16 with
round-to-nearest-even (from float32; the host rounds the float inputs the same way), biases
kept in fp32 and loaded into the accfloat accumulator, bf16 x bf16 products accumulated in
fp32 (accfloat) in K order, the result converted to bfloat16 (round-to-nearest-even), ReLU
fused. The result is bit-exact against aiesim's own AIE accfloat model; against the float
framework it differs by rounding (bf16 storage of every activation, fp32 accumulation in
another order), so the tests bound it in bf16 ulps rather than compare with ==.

Accepted layers:

* PyTorch: ``nn.Sequential`` (nested Sequentials are flattened) of ``nn.Linear`` (with or
  without bias), ``nn.ReLU``, ``nn.Identity``, ``nn.Dropout`` (inference: nothing), or a
  single ``nn.Linear``.
* ONNX (float32 tensors, opset any): one chain ``{MatMul [-> Add bias] | Gemm} [-> Relu]``
  repeated, with ``Identity`` anywhere; Gemm with transA=0, alpha=beta=1, transB 0 or 1;
  constant weights and biases (initializers or Constant nodes).

Refused, naming the layer or node: other layers/ops, a ReLU not after a linear layer, two
biases, non-constant weights, weights or biases that are not finite, Quant nodes (compile a
QONNX model without ``precision``).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
from aiesim_py.errors import ModelError, UnsupportedLayerError
from aiesim_py.isa.bf16 import BF16, FP32

PRECISIONS = ("bf16",)


def _dense(name: str, w_kn: np.ndarray, bias: np.ndarray | None, where: str) -> DenseNode:
    """A bf16 DenseNode from a float ``(K, N)`` weight and an optional ``(N,)`` bias."""
    w = np.asarray(w_kn, dtype=np.float64)
    if w.ndim != 2 or min(w.shape) < 1:
        raise UnsupportedLayerError(f"{where}: weight shape {list(w.shape)} is not a 2-D matrix")
    if not np.all(np.isfinite(w)):
        raise UnsupportedLayerError(f"{where}: weights contain NaN or infinity")
    b = None
    if bias is not None:
        b = np.asarray(bias, dtype=np.float32).reshape(-1)
        if b.size != w.shape[1]:
            raise UnsupportedLayerError(f"{where}: bias has {b.size} values for {w.shape[1]} outputs")
        if not np.all(np.isfinite(b)):
            raise UnsupportedLayerError(f"{where}: bias contains NaN or infinity")
    patterns = BF16.from_float(w.astype(np.float32)).astype(np.uint16)
    return DenseNode(name, patterns, b, BF16, FP32 if b is not None else None, None, BF16)


def _check_precision(precision, what: str) -> None:
    if precision not in PRECISIONS:
        raise ModelError(f"{what} is a float model; compile it with precision='bf16' (bfloat16 weights and "
                         "activations, fp32 accumulation), or quantize it first (hls4ml or QONNX/Brevitas)")


# ------------------------------------------------------------------------------------------
# PyTorch
# ------------------------------------------------------------------------------------------
def _torch_layers(module, prefix: str = ""):
    import torch.nn as nn
    if isinstance(module, nn.Sequential):
        for name, child in module.named_children():
            yield from _torch_layers(child, f"{prefix}{name}.")
    else:
        yield prefix.rstrip(".") or type(module).__name__.lower(), module


def graph_from_torch(module, precision=None) -> Graph:
    """A PyTorch ``nn.Sequential`` (or ``nn.Linear``) of float layers -> bf16 Graph.

    Args:
        module: the model (its parameters are read as float32; the module is not modified).
        precision: must be ``"bf16"``.
    Raises:
        ModelError: no precision given, or no Linear layer.
        UnsupportedLayerError: a layer other than Linear / ReLU / Identity / Dropout, or a
            ReLU that does not follow a Linear.
    """
    import torch.nn as nn
    _check_precision(precision, f"PyTorch {type(module).__name__}")
    nodes, features = [], None
    for name, layer in _torch_layers(module):
        where = f"layer {name!r} ({type(layer).__name__})"
        if isinstance(layer, nn.Linear):
            w = layer.weight.detach().to("cpu").float().numpy().T
            b = None if layer.bias is None else layer.bias.detach().to("cpu").float().numpy()
            if features is not None and w.shape[0] != features:
                raise ModelError(f"{where}: takes {w.shape[0]} features but the previous layer gives {features}")
            if features is None:
                first_in = w.shape[0]
            nodes.append(_dense(name.replace(".", "_"), w, b, where))
            features = w.shape[1]
        elif isinstance(layer, nn.ReLU):
            if not nodes or not isinstance(nodes[-1], DenseNode):
                raise UnsupportedLayerError(f"{where}: a ReLU is mapped only right after a Linear layer")
            nodes.append(ReluNode(name.replace(".", "_"), BF16))
        elif isinstance(layer, (nn.Identity, nn.Dropout)):
            continue
        else:
            raise UnsupportedLayerError(f"{where}: not supported in a float model; supported: Linear, ReLU, "
                                        "Identity, Dropout (nn.Sequential)")
    if features is None:
        raise ModelError(f"PyTorch {type(module).__name__}: the model has no Linear layer")
    g = Graph(name=type(module).__name__.lower(), input_features=int(first_in), input_type=BF16,
              nodes=nodes, source=f"torch:{type(module).__name__}")
    return g


# ------------------------------------------------------------------------------------------
# float ONNX
# ------------------------------------------------------------------------------------------
def _load_onnx(model):
    import onnx
    if isinstance(model, (str, Path)):
        try:
            return onnx.load(str(model)), str(model)
        except Exception as exc:
            raise ModelError(f"{model}: not a readable ONNX model ({type(exc).__name__})") from None
    if type(model).__name__ == "ModelWrapper":
        return model.model, "ONNX model"
    return model, "ONNX model"


def graph_from_float_onnx(model, precision=None) -> Graph:
    """A float ONNX model (path or ``onnx.ModelProto``) -> bf16 Graph (see module docstring).

    Raises:
        ModelError: no precision, unreadable file, not one chain from input to output.
        UnsupportedLayerError: an op or attribute outside the accepted set, naming the node.
    """
    from onnx import numpy_helper
    proto, source = _load_onnx(model)
    _check_precision(precision, source)
    g = proto.graph
    consts = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    for n in g.node:
        if n.op_type == "Constant":
            for a in n.attribute:
                if a.name == "value":
                    consts[n.output[0]] = numpy_helper.to_array(a.t)
    inputs = [i for i in g.input if i.name not in consts]
    if len(inputs) != 1 or len(g.output) != 1:
        raise ModelError(f"{source}: the graph needs exactly one input and one output "
                         f"(has {len(inputs)} and {len(g.output)})")
    shape = [d.dim_value for d in inputs[0].type.tensor_type.shape.dim]
    if len(shape) not in (1, 2) or shape[-1] < 1:
        raise UnsupportedLayerError(f"{source}: input {inputs[0].name!r} has shape {shape}; only flat "
                                    "(batch, N) inputs are supported")
    consumers: dict[str, list] = {}
    for n in g.node:
        if n.op_type == "Constant":
            continue
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    cur, out_name = inputs[0].name, g.output[0].name
    nodes: list = []
    features = int(shape[-1])
    open_dense = False          # the last node is a Dense that may still take a bias Add

    def attr(node, name, default):
        for a in node.attribute:
            if a.name == name:
                from onnx import helper
                return helper.get_attribute_value(a)
        return default

    while cur != out_name:
        users = consumers.get(cur, [])
        if len(users) != 1:
            raise ModelError(f"{source}: tensor {cur!r} feeds {len(users)} nodes; aiesim maps one chain "
                             "from the input to the output")
        node = users[0]
        where = f"node {node.name or node.op_type!r} ({node.op_type})"
        op = node.op_type
        others = [i for i in node.input if i and i != cur]
        if any(o not in consts for o in others) or cur not in node.input:
            raise UnsupportedLayerError(f"{where}: its parameters must be constants (initializers)")
        if op == "Identity":
            pass
        elif op in ("MatMul", "Gemm"):
            if node.input[0] != cur:
                raise UnsupportedLayerError(f"{where}: aiesim maps x @ W (activation as the first input) only")
            w = np.asarray(consts[node.input[1]], dtype=np.float32)
            bias = None
            if op == "Gemm":
                alpha, beta = float(attr(node, "alpha", 1.0)), float(attr(node, "beta", 1.0))
                if int(attr(node, "transA", 0)) or alpha != 1.0 or beta != 1.0:
                    raise UnsupportedLayerError(f"{where}: Gemm with transA/alpha/beta other than 0/1/1")
                if int(attr(node, "transB", 0)):
                    w = w.T
                if len(node.input) > 2 and node.input[2]:
                    bias = consts[node.input[2]]
            if w.ndim != 2 or w.shape[0] != features:
                raise ModelError(f"{where}: weight shape {list(w.shape)} does not take {features} input features")
            nodes.append(_dense(node.name or f"dense{len(nodes)}", w, bias, where))
            features = w.shape[1]
            open_dense = bias is None
        elif op == "Add":
            if not open_dense:
                raise UnsupportedLayerError(f"{where}: an Add is mapped only as the bias right after MatMul")
            d = nodes[-1]
            # the weights are bf16 values already: rounding them again changes nothing
            nodes[-1] = _dense(d.name, BF16.to_float(d.weight), consts[others[0]], where)
            open_dense = False
        elif op == "Relu":
            if not nodes or not isinstance(nodes[-1], DenseNode):
                raise UnsupportedLayerError(f"{where}: a Relu is mapped only right after MatMul/Gemm (+ bias)")
            nodes.append(ReluNode(node.name or f"relu{len(nodes)}", BF16))
            open_dense = False
        else:
            raise UnsupportedLayerError(f"{where}: op {op!r} is not supported in a float model; supported: "
                                        "MatMul, Gemm, Add (bias), Relu, Identity")
        cur = node.output[0]
    if not any(isinstance(n, DenseNode) for n in nodes):
        raise ModelError(f"{source}: the model has no MatMul/Gemm layer")
    name = (g.name or Path(str(source)).stem or "onnx_model").replace(" ", "_")
    return Graph(name=name, input_features=int(shape[-1]), input_type=BF16, nodes=nodes, source=str(source))
