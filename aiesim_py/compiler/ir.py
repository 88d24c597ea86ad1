"""The compiler's graph: a chain of layers with fixed-point types and integer weights.

Frontends produce a :class:`Graph`; passes rewrite it and finally build a
:class:`~aiesim_py.design.Design`. Weights and biases are held as the exact integers the
source framework computes with (value x 2**F of their type). Layers of a float model
compiled to bfloat16 (``frontends.float_model``) carry :class:`~aiesim_py.isa.bf16.FloatType`
types instead: weights as uint16 bf16 bit patterns, biases as float32 values.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from aiesim_py.isa.fixed_point import FixedType


@dataclass
class DenseNode:
    """``y = x @ W + b`` with ``W`` of shape (in_features, out_features).

    Attributes:
        weight: int64 (K, N) integer weights in ``weight_type`` units (bf16 layers: uint16
            bit patterns).
        bias: int64 (N,) integer biases in ``bias_type`` units, or None (bf16 layers:
            float32 values, ``bias_type`` fp32).
        accum_type: the framework's accumulator type (exactness is checked against it).
        output_type: type of the layer's result (the SRS target).
        relu: set by the fuse pass when a following ReLU is folded in.
        inner_type: set by the fuse pass when a following requantization (a ReLU or linear
            activation with its own type) replaces ``output_type``: the Dense layer's own
            result type, which the quantize pass must prove holds the sum exactly.
    """
    name: str
    weight: np.ndarray
    bias: np.ndarray | None
    weight_type: FixedType
    bias_type: FixedType | None
    accum_type: FixedType | None
    output_type: FixedType
    relu: bool = False
    inner_type: FixedType | None = None

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
class RequantNode:
    """A linear activation that only casts to ``output_type`` (hls4ml's QONNX Quant layers)."""
    name: str
    output_type: FixedType


@dataclass
class Graph:
    """A chain of nodes fed by one input of ``input_features`` elements of ``input_type``.

    ``host_input_types``: casts applied to float inputs before ``input_type`` (outermost
    first), e.g. hls4ml's Input type ahead of a QONNX input quantizer; they run on the host
    in ``predict`` (the array receives ``input_type`` integers).
    """
    name: str
    input_features: int
    input_type: FixedType
    nodes: list = field(default_factory=list)
    source: str = ""
    host_input_types: tuple = ()

    def dense_nodes(self) -> list[DenseNode]:
        return [n for n in self.nodes if isinstance(n, DenseNode)]
