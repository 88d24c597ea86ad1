"""The compiler's graph: a chain of layers with fixed-point types and integer weights.

Frontends produce a :class:`Graph`; passes rewrite it and finally build a
:class:`~aiesim_py.design.Design`. Weights and biases are held as the exact integers the
source framework computes with (value x 2**F of their type).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from aiesim_py.isa.fixed_point import FixedType


@dataclass
class DenseNode:
    """``y = x @ W + b`` with ``W`` of shape (in_features, out_features).

    Attributes:
        weight: int64 (K, N) integer weights in ``weight_type`` units.
        bias: int64 (N,) integer biases in ``bias_type`` units, or None.
        accum_type: the framework's accumulator type (exactness is checked against it).
        output_type: type of the layer's result (the SRS target).
        relu: set by the fuse pass when a following ReLU is folded in.
    """
    name: str
    weight: np.ndarray
    bias: np.ndarray | None
    weight_type: FixedType
    bias_type: FixedType | None
    accum_type: FixedType | None
    output_type: FixedType
    relu: bool = False

    @property
    def in_features(self) -> int:
        return int(self.weight.shape[0])

    @property
    def out_features(self) -> int:
        return int(self.weight.shape[1])


@dataclass
class ReluNode:
    """``y = max(x, 0)`` cast to ``output_type``."""
    name: str
    output_type: FixedType


@dataclass
class Graph:
    """A chain of nodes fed by one input of ``input_features`` elements of ``input_type``."""
    name: str
    input_features: int
    input_type: FixedType
    nodes: list = field(default_factory=list)
    source: str = ""

    def dense_nodes(self) -> list[DenseNode]:
        return [n for n in self.nodes if isinstance(n, DenseNode)]
