"""Fuse ReLU into the preceding dense layer when the composition stays exact."""
from __future__ import annotations

from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
from aiesim_py.errors import UnsupportedLayerError


def fuse_relu(graph: Graph) -> Graph:
    """Fold every ReLU into the Dense before it.

    ``relu(cast_dense(acc))`` cast to the ReLU's type equals ``max(cast_dense(acc), 0)``
    when the ReLU type has the same width, integer bits and signedness as the Dense result:
    then no value changes in the second cast. Other combinations are refused.

    Raises:
        UnsupportedLayerError: a ReLU not after a Dense, or with a different type.
    """
    out: list = []
    for node in graph.nodes:
        if isinstance(node, ReluNode):
            prev = out[-1] if out else None
            if not isinstance(prev, DenseNode) or prev.relu:
                raise UnsupportedLayerError(f"layer {node.name!r} (ReLU): must follow a Dense layer")
            a, b = prev.output_type, node.output_type
            if (a.width, a.integer, a.signed) != (b.width, b.integer, b.signed):
                raise UnsupportedLayerError(
                    f"layer {node.name!r} (ReLU): result type {b} differs from the Dense result type {a} "
                    f"of {prev.name!r}; give the ReLU the same precision as its Dense layer")
            prev.relu = True
        else:
            out.append(node)
    graph.nodes = out
    return graph
