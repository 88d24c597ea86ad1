"""The AIE-ML datapath's arithmetic (bit-exact) and the core's timing table.

One readable reference definition per operation and one fast path proven equal to it
(tests/test_isa_equal.py, also without JIT):

* SRS, accumulator -> vector: ``srs_reference`` / ``srs`` (typed: ``to_vector``)
* UPS, vector -> accumulator: ``ups_reference`` / ``ups`` (typed: ``from_vector``)
* integer MAC / mmul: ``mmul_reference``, ``mac_reference`` / ``matmul_acc``, ``matmul_exact``
* fp32 -> bf16: ``float32_to_bf16_reference`` / ``float32_to_bf16``
* bf16 MAC into accfloat: ``mac_bf16_reference`` / ``matmul_bf16``
* vector ALU (add, sub, saturating add/sub, max, min, ReLU, clamp, select): ``isa.vector``
"""
from aiesim_py.isa.modes import (
    RoundingMode, SaturationMode, ApQuantization, ApOverflow, AP_TO_AIE_ROUNDING, AP_TO_AIE_SATURATION,
    DEFAULT_ROUNDING, DEFAULT_SATURATION,
)
from aiesim_py.isa.types import (
    ElementType, AccumType, INT4, UINT4, INT8, UINT8, INT16, UINT16, INT32, UINT32, BFLOAT16, FLOAT32,
    ACC32, ACC64, ACCFLOAT, element_type, accum_type, default_accum,
)
from aiesim_py.isa.srs import srs, srs_reference, saturate_reference, to_vector, SRS_SHIFT_RANGE
from aiesim_py.isa.ups import ups, ups_reference, from_vector, UPS_SHIFT_RANGE
from aiesim_py.isa.mmul import (
    mmul_reference, mac_reference, matmul_acc, matmul_acc32, matmul_exact, matmul_int8_exact, wrap_signed,
    NATIVE_MMUL_SHAPES, EMULATED_MMUL_SHAPES, mmul_shapes, exact_max_k,
)
from aiesim_py.isa.bf16 import (
    float32_to_bf16, float32_to_bf16_reference, bf16_to_float32, mac_bf16_reference, matmul_bf16,
)
from aiesim_py.isa.fixed_point import FixedType, quantize_float, weights_as_written_by_hls4ml
from aiesim_py.isa.timing import CoreTiming, AIE_ML_CORE

__all__ = [
    "RoundingMode", "SaturationMode", "ApQuantization", "ApOverflow", "AP_TO_AIE_ROUNDING",
    "AP_TO_AIE_SATURATION", "DEFAULT_ROUNDING", "DEFAULT_SATURATION",
    "ElementType", "AccumType", "INT4", "UINT4", "INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32",
    "BFLOAT16", "FLOAT32", "ACC32", "ACC64", "ACCFLOAT", "element_type", "accum_type", "default_accum",
    "srs", "srs_reference", "saturate_reference", "to_vector", "SRS_SHIFT_RANGE",
    "ups", "ups_reference", "from_vector", "UPS_SHIFT_RANGE",
    "mmul_reference", "mac_reference", "matmul_acc", "matmul_acc32", "matmul_exact", "matmul_int8_exact",
    "wrap_signed", "NATIVE_MMUL_SHAPES", "EMULATED_MMUL_SHAPES", "mmul_shapes", "exact_max_k",
    "float32_to_bf16", "float32_to_bf16_reference", "bf16_to_float32", "mac_bf16_reference", "matmul_bf16",
    "FixedType", "quantize_float", "weights_as_written_by_hls4ml",
    "CoreTiming", "AIE_ML_CORE",
]
