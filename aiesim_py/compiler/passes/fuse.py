"""Fuse ReLU and requantization layers into the preceding dense layer.

* ReLU with the Dense result's width, integer bits and signedness: ``max(x, 0)`` after the
  Dense conversion (the ReLU's own cast changes nothing).
* ReLU or linear requantization with another type, after a Dense whose own result type is
  wide (hls4ml's QONNX import keeps the accumulator type there): the Dense result becomes
  the requantization's type and the Dense type is kept as ``inner_type``; the quantize pass
  proves that inner cast exact and, for a ReLU, that the outer cast is monotone so that
  ``cast(max(acc, 0)) == max(cast(acc), 0)``.
* An unsigned saturating ReLU type (QONNX unsigned activations) becomes the signed type one
  bit wider, which gives the same values after the ReLU.
"""
from __future__ import annotations

from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode, RequantNode
from aiesim_py.errors import UnsupportedLayerError
from aiesim_py.isa.bf16 import FloatType
from aiesim_py.isa.fixed_point import FixedType


def _same_grid(a, b) -> bool:
    if isinstance(a, FloatType) or isinstance(b, FloatType):
        return a == b
    return (a.width, a.integer, a.signed) == (b.width, b.integer, b.signed)


def _signed_after_relu(t: FixedType) -> FixedType:
    """An unsigned saturating type after a ReLU as the signed type one bit wider: for the
    non-negative values a ReLU leaves, both round the same (same fraction bits) and
    saturate at the same bound 2**W - 1, so ``max(cast_signed(x), 0) == cast_unsigned(max(x, 0))``."""
    if isinstance(t, FloatType) or t.signed or t.o_mode.value not in ("SAT", "SAT_SYM"):
        return t
    return FixedType(t.width + 1, t.integer + 1, True, t.quantization, "SAT")


def fuse_relu(graph: Graph) -> Graph:
    """Fold every ReLU / requantization into the Dense before it.

    Raises:
        UnsupportedLayerError: a ReLU or requantization not after a Dense, or two
            requantizations in a row.
    """
    out: list = []
    for node in graph.nodes:
        if not isinstance(node, (ReluNode, RequantNode)):
            out.append(node)
            continue
        kind = "ReLU" if isinstance(node, ReluNode) else "requantization"
        prev = out[-1] if out else None
        if not isinstance(prev, DenseNode) or prev.relu:
            raise UnsupportedLayerError(f"layer {node.name!r} ({kind}): must follow a Dense layer")
        a, b = prev.output_type, node.output_type
        if isinstance(node, ReluNode):
            b = _signed_after_relu(b)
        if isinstance(node, ReluNode) and _same_grid(a, b):
            prev.relu = True
            continue
        if prev.inner_type is not None:
            raise UnsupportedLayerError(
                f"layer {node.name!r} ({kind}): a second cast after Dense {prev.name!r} "
                f"({prev.inner_type} -> {a} -> {b}) is not supported; give the ReLU the same "
                "precision as its Dense layer")
        prev.inner_type = a
        prev.output_type = b
        prev.relu = isinstance(node, ReluNode)
    graph.nodes = out
    return graph
