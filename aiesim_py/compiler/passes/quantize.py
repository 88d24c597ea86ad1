"""Quantize: fixed-point types -> accumulator-unit biases and one SRS per layer.

For a Dense layer with input fraction bits Fi and weight fraction bits Fw, int8 x int8
products summed in acc32 hold the exact sum in units of 2**-(Fi+Fw). That equals the
framework's accumulation when (a) its accumulator keeps all Fi+Fw fraction bits and (b)
neither its accumulator nor acc32 can overflow for any input (checked with the actual
weights). The cast to the result type is then one SRS: shift = Fi + Fw - Fo, rounding and
saturation mapped by ``isa.modes.AP_TO_AIE_*`` (design.md).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiesim_py.compiler.ir import DenseNode, Graph
from aiesim_py.errors import UnsupportedLayerError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.apfixed import UnsupportedConversion, srs_plan

STORAGE_BITS = 8


@dataclass(frozen=True)
class LayerQuant:
    """Integer plan of one layer: weights, bias in accumulator units, SRS."""
    name: str
    input_type: FixedType
    weight: np.ndarray          # (K, N) int8
    bias_acc: np.ndarray        # (N,) int32, units 2**-(Fi+Fw)
    shift: int
    rounding: str
    saturation: str
    relu: bool
    node: DenseNode
    ops: tuple = ()


def _check_int8(t: FixedType, where: str) -> None:
    if not t.signed or t.width > STORAGE_BITS:
        kind = "unsigned" if not t.signed else f"{t.width}-bit"
        raise UnsupportedLayerError(
            f"{where}: type {t} is {kind}; this compiler version maps signed activations and "
            f"weights of at most {STORAGE_BITS} bits (ap_fixed<W,I> with W <= 8, stored as int8)")


MONOTONE_OVERFLOW = ("SAT", "SAT_SYM")


def _check_exact_inner(node: DenseNode, f_acc: int, bound: int, where: str) -> None:
    """The Dense's own result type must hold every sum exactly when a later cast replaces it."""
    t = node.inner_type
    magnitude_bits = t.integer - 1 + f_acc if t.signed else t.integer + f_acc
    if t.frac < f_acc or bound >= 2 ** magnitude_bits:
        raise UnsupportedLayerError(
            f"{where}: its result type {t} rounds or overflows before the following cast to "
            f"{node.output_type}; two casts in a row are not mapped; give the Dense result at least "
            f"{f_acc} fraction bits and enough integer bits, or the final type directly")
    if node.relu and node.output_type.overflow not in MONOTONE_OVERFLOW:
        raise UnsupportedLayerError(
            f"{where}: ReLU followed by a cast with AP_{node.output_type.overflow} cannot be moved after "
            "the cast (the cast is not monotone); use AP_SAT or AP_SAT_SYM")


def quantize_layer(node: DenseNode, in_t: FixedType) -> LayerQuant:
    where = f"layer {node.name!r} (Dense)"
    _check_int8(in_t, f"{where} input")
    _check_int8(node.weight_type, f"{where} weight")
    _check_int8(node.output_type, f"{where} result")
    f_acc = in_t.frac + node.weight_type.frac
    acc_t = node.accum_type
    if acc_t is not None and acc_t.frac < f_acc:
        raise UnsupportedLayerError(
            f"{where}: accumulator type {acc_t} keeps {acc_t.frac} fraction bits but products need "
            f"{f_acc}; set accum to ap_fixed<32,{32 - f_acc}> so the sum is exact")
    # worst case |sum| over all inputs of the input type, with these weights and biases
    bias = np.zeros(node.out_features, dtype=np.int64)
    if node.bias is not None:
        fb = node.bias_type.frac
        if fb > f_acc:
            raise UnsupportedLayerError(
                f"{where}: bias type {node.bias_type} has {fb} fraction bits, more than the "
                f"{f_acc} of the products; use a bias type with at most {f_acc} fraction bits")
        bias = node.bias.astype(np.int64) << (f_acc - fb)
    x_abs = max(abs(in_t.int_min), abs(in_t.int_max))
    bound = int(np.max(np.abs(node.weight).sum(axis=0) * x_abs + np.abs(bias)))
    limit_bits = 31
    if acc_t is not None:
        # the framework's accumulator holds magnitudes < 2**(I-1) in real units
        limit_bits = min(limit_bits, acc_t.integer - 1 + f_acc)
    if bound >= 2 ** limit_bits:
        raise UnsupportedLayerError(
            f"{where}: the accumulator can overflow (worst case {bound} needs more than "
            f"{limit_bits} magnitude bits); widen the accum type or reduce the weights")
    if node.inner_type is not None:
        _check_exact_inner(node, f_acc, bound, where)
    try:
        plan = srs_plan(f_acc, 32, node.output_type)
    except UnsupportedConversion as exc:
        raise UnsupportedLayerError(f"{where}: result conversion refused: {exc}") from None
    if not (node.weight.min() >= -128 and node.weight.max() <= 127):
        raise UnsupportedLayerError(f"{where}: weights do not fit int8")
    return LayerQuant(node.name, in_t, node.weight.astype(np.int8), bias.astype(np.int32), plan.shift,
                      plan.rounding.name, plan.saturation.name, node.relu, node, plan.ops)


def quantize(graph: Graph) -> list[LayerQuant]:
    """Plan the integer datapath of every Dense layer (after :func:`fuse_relu`).

    Raises:
        UnsupportedLayerError: naming the layer and the mode or limit.
    """
    plans = []
    in_t = graph.input_type
    for node in graph.dense_nodes():
        plans.append(quantize_layer(node, in_t))
        in_t = node.output_type
    return plans
