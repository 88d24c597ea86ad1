"""Rounding and saturation modes with AMD's names and control-register encodings.

Sources: crRnd / crSat encodings PEANO-DEF, UG1583-MODE, API-TYPES; defaults UG1603-RND
(floor, no saturation). ap_fixed names are those of the AMD/Xilinx ap_fixed headers.
"""
from __future__ import annotations

import enum


class RoundingMode(enum.Enum):
    """AIE-ML SRS rounding modes (``aie::rounding_mode``); value = crRnd encoding."""
    floor = 0
    ceil = 1
    symmetric_floor = 2
    symmetric_ceil = 3
    negative_inf = 8
    positive_inf = 9
    symmetric_zero = 10
    symmetric_inf = 11
    conv_even = 12
    conv_odd = 13


class SaturationMode(enum.Enum):
    """AIE-ML saturation modes (``aie::saturation_mode``); value = crSat encoding."""
    none = 0
    saturate = 1
    symmetric = 3


#: Tile state after reset: floor rounding, no saturation (UG1603-RND).
DEFAULT_ROUNDING = RoundingMode.floor
DEFAULT_SATURATION = SaturationMode.none


class ApQuantization(enum.Enum):
    """ap_fixed quantization modes (the ``Q`` template argument)."""
    TRN = "TRN"
    TRN_ZERO = "TRN_ZERO"
    RND = "RND"
    RND_ZERO = "RND_ZERO"
    RND_MIN_INF = "RND_MIN_INF"
    RND_INF = "RND_INF"
    RND_CONV = "RND_CONV"
    #: Not ap_fixed modes: QONNX ``Quant`` roundings with no ap_fixed equivalent, carried in the
    #: same types so that one cast is one SRS. CEIL rounds toward +infinity (``np.ceil``), UP
    #: away from zero (``sign(x) * ceil(|x|)``, qonnx intquant.resolve_rounding_mode).
    CEIL = "CEIL"
    UP = "UP"


#: The seven quantization modes of the ap_fixed headers (CEIL and UP are QONNX-only).
AP_FIXED_QUANTIZATIONS = tuple(q for q in ApQuantization if q.name not in ("CEIL", "UP"))


class ApOverflow(enum.Enum):
    """ap_fixed overflow modes (the ``O`` template argument)."""
    WRAP = "WRAP"
    SAT = "SAT"
    SAT_ZERO = "SAT_ZERO"
    SAT_SYM = "SAT_SYM"
    WRAP_SM = "WRAP_SM"


#: ap_fixed quantization -> the AIE rounding mode that rounds identically (design.md).
AP_TO_AIE_ROUNDING = {
    ApQuantization.TRN: RoundingMode.floor,
    ApQuantization.TRN_ZERO: RoundingMode.symmetric_floor,
    ApQuantization.RND: RoundingMode.positive_inf,
    ApQuantization.RND_ZERO: RoundingMode.symmetric_zero,
    ApQuantization.RND_MIN_INF: RoundingMode.negative_inf,
    ApQuantization.RND_INF: RoundingMode.symmetric_inf,
    ApQuantization.RND_CONV: RoundingMode.conv_even,
    # QONNX-only: ceil adds 1 when any bit shifted out is set; symmetric_ceil does so for
    # x >= 0 and floors (away from zero) for x < 0 (aieml-facts 3.3, DSP-REF)
    ApQuantization.CEIL: RoundingMode.ceil,
    ApQuantization.UP: RoundingMode.symmetric_ceil,
}

#: ap_fixed overflow -> AIE saturation mode; SAT_ZERO and WRAP_SM have no single AIE mode.
AP_TO_AIE_SATURATION = {
    ApOverflow.WRAP: SaturationMode.none,
    ApOverflow.SAT: SaturationMode.saturate,
    ApOverflow.SAT_SYM: SaturationMode.symmetric,
}


def parse_quantization(name: str) -> ApQuantization:
    """Parse ``"RND_CONV"`` or ``"AP_RND_CONV"``; raises ``ValueError`` on unknown names."""
    key = str(name).upper().removeprefix("AP_")
    return ApQuantization(key)


def parse_overflow(name: str) -> ApOverflow:
    """Parse ``"SAT"`` or ``"AP_SAT"``; raises ``ValueError`` on unknown names."""
    key = str(name).upper().removeprefix("AP_")
    return ApOverflow(key)
