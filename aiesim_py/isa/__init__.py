"""The AIE-ML datapath's arithmetic (bit-exact) and the core's timing table."""
from aiesim_py.isa.modes import (
    RoundingMode, SaturationMode, ApQuantization, ApOverflow, AP_TO_AIE_ROUNDING, AP_TO_AIE_SATURATION,
)
from aiesim_py.isa.srs import srs, srs_reference, saturate_reference
from aiesim_py.isa.mmul import mmul_reference, matmul_acc32, wrap_signed
from aiesim_py.isa.fixed_point import FixedType, quantize_float, weights_as_written_by_hls4ml
from aiesim_py.isa.timing import CoreTiming, AIE_ML_CORE

__all__ = [
    "RoundingMode", "SaturationMode", "ApQuantization", "ApOverflow", "AP_TO_AIE_ROUNDING",
    "AP_TO_AIE_SATURATION", "srs", "srs_reference", "saturate_reference", "mmul_reference",
    "matmul_acc32", "wrap_signed", "FixedType", "quantize_float", "weights_as_written_by_hls4ml",
    "CoreTiming", "AIE_ML_CORE",
]
