"""Sample delay (DSPLib ``sample_delay``): a data-movement kernel, ``out[i] = in[i - d]``.

Loop structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/sample_delay.cpp``; schedule facts only), per 256-bit vector:

* buffer interface (TP_API 0): two vector loads (the current and the previous vector of a
  circular input buffer), one shuffle (``shuffle_up_fill``, vector ALU) and one store; the
  loop is software pipelined: II from the slots (:func:`~aiesim_py.isa.timing.resource_ii`);
* stream interface (TP_API 1): the core reads the vector from its 32-bit input stream
  (one word per cycle, AM020-IF), stores it into a small circular cache, loads the delayed
  vector back from the cache, shuffles and writes 8 words to its output stream. The load
  may alias the store (circular iterators), so iterations do not overlap: the loop costs
  the sum of the chain latencies (:func:`~aiesim_py.isa.timing.critical_path`).

The delay value is a run-time parameter (RTP): one more lock-guarded port per call.

Known gap (validation C5): aiesimulator's sample_delay calls cost about 125 + 4.7 cycles per
256-bit vector (window rows: int8 161, int16 198, 32-bit 274 cycles; stream rows ~120 + 27
per vector), against 65-125 cycles here. DSPLib's benchmark declares an input circular
buffer with a 256-sample margin (MAX_DELAY) and an RTP; their per-call handling is the
likely cost and is not modelled.
No functional model or firmware template here: the functional runner and the firmware
writer refuse the family (:data:`TEMPLATE` is None).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "sample_delay"
STREAM_WORD_BYTES = 4            # core stream port: one 32-bit word per cycle (AM020-IF)


@dataclass(frozen=True)
class SampleDelayParams:
    """Attributes: ``dtype`` sample type name; ``window`` samples per call
    (``TP_WINDOW_VSIZE``); ``interface`` "buffer" (TP_API 0) or "stream" (TP_API 1)."""
    dtype: str
    window: int
    interface: str = "buffer"

    def __post_init__(self):
        sample_type(self.dtype, "sample_delay")
        if self.window <= 0:
            raise ValueError(f"sample_delay: window must be positive, got {self.window}")

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.window * sample_type(self.dtype).bytes
        return (KernelPort("in", self.interface, n), KernelPort("out", self.interface, n))


def sample_delay_cycles(p: SampleDelayParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call (see the module docstring)."""
    nbytes = p.window * sample_type(p.dtype).bytes
    trips = -(-nbytes // t.load_bytes)
    if p.interface == "buffer":
        body = SlotUse(load_any=2, vector_alu=1, store=1)
        ii = resource_ii(body, t)
        depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency), (1, 0))
        loop = loop_cycles(trips, ii, depth, pipelined=True) + loop_setup_cycles(t, trips)
        first = depth
    else:
        words = t.load_bytes // STREAM_WORD_BYTES
        # stream read (a word per cycle) -> cache store -> (store-to-load, next cycle) two
        # loads -> shuffle -> stream write (a word per cycle)
        depth = critical_path((words, 1), (1, 1), (1, t.vload_latency), (1, t.vector_alu_latency), (words, 0))
        ii = depth
        loop = loop_cycles(trips, ii, depth, pipelined=False) + loop_setup_cycles(t, trips)
        first = depth - words + 1
    locked = sum(port.interface == "buffer" for port in p.ports()) + 1      # + the RTP port
    call = adf_call_overhead(t, locked)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=p.interface == "buffer",
                      function_cycles=loop + call - 2 * locked * t.lock_op_cycles,
                      first_output_cycles=call // 2 + first)
