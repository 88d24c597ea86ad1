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
from aiesim_py.isa.bf16 import FloatType
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.apfixed import UnsupportedConversion, srs_plan



@dataclass(frozen=True)
class LayerQuant:
    """Integer plan of one layer: weights, bias in accumulator units, SRS."""
    name: str
    input_type: FixedType
    weight: np.ndarray          # (K, N) int8
    bias_acc: np.ndarray        # (N,) int32, units 2**-(Fi+Fw); bf16 layers: float32 values
    shift: int
    rounding: str
    saturation: str
    relu: bool
    node: DenseNode
    ops: tuple = ()
    a_bits: int = 8
    w_bits: int = 8
    out_bits: int = 8
    arith: str = "int"          # "int" (acc32, SRS) or "bf16" (accfloat, kernels.dense_bf16)

    @property
    def a_type(self) -> str:
        """Element type name of the layer's input (``"int8"``, ``"int16"``, ``"bfloat16"``)."""
        return "bfloat16" if self.arith == "bf16" else f"int{self.a_bits}"

    @property
    def out_type(self) -> str:
        """Element type name of the layer's output."""
        return "bfloat16" if self.arith == "bf16" else f"int{self.out_bits}"

    @property
    def mmul_key(self):
        """Key of ``parallelize.MMUL_SHAPES``: (a_bits, w_bits), or ("bf16", "bf16")."""
        return ("bf16", "bf16") if self.arith == "bf16" else (self.a_bits, self.w_bits)


def storage_bits(t: FixedType, where: str) -> int:
    """int8 (8) or int16 (16) storage: signed types of at most 8 / 16 bits; unsigned types
    (ap_ufixed<W>, values 0..2**W - 1) in the signed element one bit wider, i.e. W <= 7 in
    int8 and W <= 15 in int16 (a uint8 activation is stored as int16 and multiplied on the
    int16 x int8 / int16 x int16 mmul: AIE-ML's uint8 mmul modes are not used, their shapes
    are unverified, isa.mmul.NATIVE_MMUL_SHAPES).

    Raises:
        UnsupportedLayerError: wider than 16 bits signed / 15 bits unsigned.
    """
    need = t.width if t.signed else t.width + 1
    if need > 16:
        kind = f"unsigned {t.width}-bit" if not t.signed else f"{t.width}-bit"
        raise UnsupportedLayerError(
            f"{where}: type {t} is {kind}; activations and weights are stored as int8 or int16 on "
            "the array: use at most 16 bits signed (ap_fixed<16,I>) or 15 bits unsigned (ap_ufixed<15,I>)")
    return 8 if need <= 8 else 16


def _int32_result(node: DenseNode, f_acc: int, bound: int, where: str) -> bool:
    """True when a result wider than 16 bits holds every accumulator value exactly (same
    fraction bits, enough integer bits, no later cast): the last layer then writes its acc32
    lanes as int32 (shift 0, no rounding, no saturation can act). Raises otherwise."""
    t = node.output_type
    fix = ("give this layer a result precision of at most 16 bits, e.g. ap_fixed<16,6>, or (last layer) "
           f"a signed result with exactly {f_acc} fraction bits that holds the whole sum")
    if not t.signed or t.frac != f_acc or node.inner_type is not None or bound > t.int_max:
        why = ("it is unsigned" if not t.signed else
               f"it has {t.frac} fraction bits, the accumulator {f_acc}" if t.frac != f_acc else
               "a later cast follows" if node.inner_type is not None else
               f"the worst-case sum {bound} does not fit it")
        raise UnsupportedLayerError(
            f"{where}: result type {t} is {t.width}-bit and cannot be written as the exact int32 "
            f"accumulator ({why}); {fix}")
    return True


#: Overflow modes whose cast commutes with a ReLU (monotone, 0 -> 0).
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


def quantize_bf16_layer(node: DenseNode, in_t) -> LayerQuant:
    """A bf16 layer (float model, ``frontends.float_model``): bf16 weights as they are, the fp32
    bias as the initial accfloat lanes, conversion to bf16 with conv_even (kernels.dense_bf16).

    Raises:
        UnsupportedLayerError: a bf16 layer fed by a fixed-point one or the reverse.
    """
    where = f"layer {node.name!r} (Dense)"
    if not (isinstance(in_t, FloatType) and in_t.name == "bfloat16" and node.output_type == in_t
            and node.inner_type is None):
        raise UnsupportedLayerError(f"{where}: bfloat16 layers take and give bfloat16 activations "
                                    f"(input {in_t}, output {node.output_type}); mixed models are not mapped")
    bias = (np.zeros(node.out_features, dtype=np.float32) if node.bias is None
            else np.asarray(node.bias, dtype=np.float32))
    return LayerQuant(node.name, in_t, np.asarray(node.weight, dtype=np.uint16), bias, 0, "conv_even",
                      "none", node.relu, node, (), 16, 16, 16, "bf16")


def quantize_layer(node: DenseNode, in_t: FixedType, last: bool = False) -> LayerQuant:
    """Plan one Dense layer; ``last``: it writes the model output (which may be int32).

    Raises:
        UnsupportedLayerError: naming the layer and the mode or limit.
    """
    where = f"layer {node.name!r} (Dense)"
    if isinstance(node.weight_type, FloatType) or isinstance(in_t, FloatType):
        return quantize_bf16_layer(node, in_t)
    a_bits = storage_bits(in_t, f"{where} input")
    w_bits = storage_bits(node.weight_type, f"{where} weight")
    wide = node.output_type.width > (16 if node.output_type.signed else 15)
    if wide and not last:
        raise UnsupportedLayerError(
            f"{where}: result type {node.output_type} is {node.output_type.width}-bit (hls4ml's 'auto' "
            "result keeps the whole accumulator); results between layers are stored as int8 or int16 "
            "on the array: give this layer a result precision of at most 16 bits, e.g. ap_fixed<16,6>")
    out_bits = 32 if wide else storage_bits(node.output_type, f"{where} result")
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
    w_lo, w_hi = -(1 << (w_bits - 1)), (1 << (w_bits - 1)) - 1
    if not (node.weight.min() >= w_lo and node.weight.max() <= w_hi):
        raise UnsupportedLayerError(f"{where}: weights do not fit int{w_bits}")
    w_dtype = np.int8 if w_bits == 8 else np.int16
    if out_bits == 32 and _int32_result(node, f_acc, bound, where):
        # the acc32 lanes are the result: no SRS rounding or saturation can act (shift 0, the
        # worst-case sum fits), written as int32 (kernels.dense.finish_output)
        return LayerQuant(node.name, in_t, node.weight.astype(w_dtype), bias.astype(np.int32), 0, "floor",
                          "none", node.relu, node, (), a_bits, w_bits, 32)
    try:
        plan = srs_plan(f_acc, 32, node.output_type, storage_bits=out_bits)
    except UnsupportedConversion as exc:
        raise UnsupportedLayerError(f"{where}: result conversion refused: {exc}") from None
    ops, relu = plan.ops, node.relu
    if node.inner_type is not None and relu and node.output_type.overflow not in MONOTONE_OVERFLOW:
        # ReLU before a non-monotone cast: cast(max(acc, 0)) is cast(acc) zeroed where acc < 0
        ops, relu = ops + (("zero_if_acc_negative",),), False
    return LayerQuant(node.name, in_t, node.weight.astype(w_dtype), bias.astype(np.int32), plan.shift,
                      plan.rounding.name, plan.saturation.name, relu, node, ops,
                      a_bits, w_bits, out_bits)


def quantize(graph: Graph) -> list[LayerQuant]:
    """Plan the integer datapath of every Dense layer (after :func:`fuse_relu`).

    Raises:
        UnsupportedLayerError: naming the layer and the mode or limit.
    """
    plans = []
    in_t = graph.input_type
    dense = graph.dense_nodes()
    for i, node in enumerate(dense):
        plans.append(quantize_layer(node, in_t, last=i == len(dense) - 1))
        in_t = node.output_type
    return plans
