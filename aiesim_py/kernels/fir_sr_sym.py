"""Single-rate symmetric FIR (DSPLib ``fir_sr_sym``) on AIE-ML: the graph runs ``fir_sr_asym`` kernels.

Read (facts only, no code taken) in Xilinx/Vitis_Libraries @0d8795bc14cdc4144a4b4808b96bbf7bdf29a766:

* ``dsp/L1/include/aie/device_defs.h``: ``__HAS_SYM_PREADD__`` is 1 only for ``__AIE_ARCH__ == 10`` (AIE1)
  and 0 otherwise: AIE-ML has no symmetric pre-adder.
* ``dsp/L2/include/aie/fir_sr_sym_graph.hpp``, both constructors (static taps / coefficient reload): with
  ``__HAS_SYM_PREADD__ == 1`` and ``TP_SSR == 1`` the graph builds its own ``fir_sr_sym`` kernels
  (``lastSSRKernel = ssr_kernels<ssr_params, fir_sr_sym_tl>``, source ``fir_sr_sym.cpp``); in every other case,
  so always on AIE-ML, it expands the ``(FIR_LEN + 1) / 2`` symmetric taps to ``FIR_LEN`` asymmetric taps
  (``lastSSRKernelAsym::convert_sym_taps_to_asym``) and builds ``lastSSRKernelAsym = ssr_kernels<ssr_params,
  sr_asym::fir_sr_asym_tl>`` with ``create_connections(..., "fir_sr_asym.cpp")``. Its ``ssr_params`` (for
  TP_SSR 1: ``BTP_FIR_LEN = FIR_LEN``, ``BTP_INPUT_WINDOW_VSIZE = WINDOW``, ``BTP_CASC_LEN``, ``BTP_API``,
  ``BTP_DUAL_IP``, ``BTP_NUM_OUTPUTS``, ``BTP_USE_COEFF_RELOAD``, ``BTP_COEFF_PHASES_LEN = FIR_LEN``) are those
  of ``fir_sr_asym_graph``, so the kernels, their cascade split, the graph input connection (the PLIO into
  the first kernel, the window down the cascade) and the output are fir_sr_asym's with the full tap count.
  The AIE-ML ``fir_sr_sym`` kernel (``dsp/L1/src/aie/fir_sr_sym.cpp``: 1buff / 2buff architectures with a
  pre-add) is not used on AIE-ML.
* The coefficient-reload test bench (``dsp/L2/tests/aie/fir_sr_sym/test.cpp`` @0d8795bc) likewise converts the
  taps to asymmetric form (``convert_sym_taps_to_asym``, FIR_LEN taps) when ``P_SSR > 1 || (USING_UUT == 1 &&
  __HAS_SYM_PREADD__ == 0)``, "SSR configs call asym kernels, that require asym taps".

So the cost of a kernel is :func:`aiesim_py.kernels.fir_sr_asym.fir_sr_asym_cycles` of the same FIR_LEN, window
and cascade position, imported unchanged (C17's model with every change made after C17's runs:
``ACC_SHUFFLE_CHANGE``, ``CASC_INPUT_CHANGE``; validation/cases_c17.py). What this module adds is the
harness's ``SINGLE_BUF`` (:attr:`FirSrSymParams.single_buffer`): ``dsp/L2/tests/aie/fir_sr_sym/test.hpp``
@0d8795bc puts ``single_buffer`` on the first kernel's ``in[0]`` and the last kernel's ``out[0]`` when
``(FIR_LEN + INPUT_SAMPLES) x sizeof(DATA)`` exceeds half the data memory (32 KB on AIE-ML) or SINGLE_BUF is 1
(TP_API 0). Those are exactly the ADF-fed buffer ports of :meth:`FirSrAsymParams.ports` (the cascaded kernels'
inputs are filled over the cascade), so a single-buffered kernel has all its buffer ports with one buffer
(:class:`~aiesim_py.kernels.kernel_io.KernelPort` ``buffers=1``: the DMA and the kernel take turns). Everything
fir_sr_asym refuses is refused here with its reason (the type pairs in its NOT_MODELLED,
TP_API 1, TP_SSR > 1, dual inputs, two outputs, coefficient reload). No functional model: :data:`TEMPLATE`
is None.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming
from aiesim_py.kernels.fir_sr_asym import FirSrAsymParams, fir_sr_asym_cycles
from aiesim_py.kernels.kernel_io import KernelPort
from aiesim_py.kernels.matrix_mult import MatrixMultCost

TEMPLATE = None
KIND = "fir_sr_sym"


@dataclass(frozen=True)
class FirSrSymParams(FirSrAsymParams):
    """One kernel of DSPLib's fir_sr_sym graph on AIE-ML: a fir_sr_asym kernel (module docstring).

    Attributes (beyond :class:`FirSrAsymParams`, whose ``fir_len`` is the symmetric filter's full length):
        single_buffer: the harness's ``single_buffer`` on the graph-fed input of the first kernel and the
            output of the last (``SINGLE_BUF`` 1, or a window + margin over half the data memory).
    """
    single_buffer: bool = False

    def __post_init__(self):
        super().__post_init__()
        if not isinstance(self.single_buffer, bool):
            raise ValueError(f"fir_sr_sym: single_buffer must be True or False, got {self.single_buffer!r}")

    def ports(self) -> tuple[KernelPort, ...]:
        ports = super().ports()
        if not self.single_buffer:
            return ports
        return tuple(dataclasses.replace(p, buffers=1) for p in ports)


def fir_sr_sym_cycles(p: FirSrSymParams, t: CoreTiming = AIE_ML_CORE) -> MatrixMultCost:
    """Cycles of one call: fir_sr_asym's (module docstring; the ADF wrapper counts the same ports, whatever
    their buffer count)."""
    return fir_sr_asym_cycles(p, t)
