"""Element-wise vector multiply (DSPLib ``hadamard``): ``out[i] = a[i] * b[i]`` (>> shift).

Loop structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/hadamard.cpp``; the schedule facts only): the frames loop is software
pipelined (``chess_prepare_for_pipelining``) and the vectors of one frame are unrolled, so
the compiler overlaps all ``frames x vectors`` iterations: a pipelined loop of that many
trips. One iteration handles ``V = 32 / bytes of the output type`` samples (DSPLib
``kSamplesInVect``: one 256-bit output vector; 4-byte lanes for int16 x cint32), accumulated
in acc48 / cacc48 / acc80, i.e. AIE-ML's 64-bit lanes (API-ACC):

* loads: ``ceil(V * bytes_A / 32)`` on load port A, ``ceil(V * bytes_B / 32)`` on port B;
* multiplies (MAC slot): real products per sample (4 complex x complex, 2 complex x real,
  1 real) x 16-bit parts of each operand (a 32-bit operand is two 16-bit halves: AM020-SUM
  int32 rates 32 / 16 MACs per cycle, aieml-facts.md 2.4), at 64 16x16 products per VMUL,
  and at least one VMUL per accumulator register of lanes (32 acc32 / 16 acc64 lanes per
  1024 bits: element-wise ops are lane-bound, MLIR-4C);
* SRS to the output type: fused into the store (VST.SRS) where the SRS unit writes that
  width (``CoreTiming.native_srs``), else one move-slot SRS per 1024 bits of lanes;
* stores: ``ceil(V * bytes_out / 32)`` on the store port.

II = the busiest slot (:func:`~aiesim_py.isa.timing.resource_ii`); depth = vector load ->
VMULs -> (SRS) -> stores.

Emulated multiplies (:data:`EMULATED_MUL`, AIE API ``detail/aie2/emulated_mul_intrinsics.hpp``,
read for its instruction counts only): AIE-ML has no 32b x 32b or real 32b x 16b element-wise
mode, so the AIE API splits each 32-bit operand into 16-bit halves with two VSHUFFLEs (lo,
hi) and chains one multiply per pair of halves into one acc64 register of 16 lanes
(32x32: 4 shuffles, 4 VMUL/VMAC; 32x16: 2 and 2); cint32 x cint32 splits B into two cint16
halves (2 shuffles) and runs the native cint32 x cint16 ``mul_elem_8`` twice on 8 complex
lanes. An iteration pays whole blocks (DSPLib's 256-bit int32 vector of 8 lanes still takes
one 16-lane block). The chained VMACs of one block are ``acc_chain_ii`` apart; the shuffles
run on the vector-ALU slot. Other emulated pairs (cint32 x int32, int16 x cint32 widened by
DSPLib) are not in the table: their cost below is the native slot estimate, a lower bound. Floating-point types are emulated on AIE-ML (bf16 passes, UG1603-
FPACC) with a schedule the timing table does not hold: :func:`hadamard_cycles` refuses them.

No functional model or firmware template in this package: the functional runner and the
firmware writer refuse the family (:data:`TEMPLATE` is None).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "hadamard"
PRODUCTS_PER_VMUL = 64          # 16x16-bit multipliers per VMUL (AM020-SUM int16 x int16)
ACC_LANES = {32: 32, 64: 16}    # lanes of one 1024-bit accumulator register (UG1603-AREG)


def output_type(a: str, b: str) -> str:
    """DSPLib's output type: complex if either input is, the wider part width of the two."""
    ta, tb = sample_type(a, "hadamard"), sample_type(b, "hadamard")
    if ta.floating or tb.floating:
        return "cfloat" if (ta.complex or tb.complex) else "float"
    bits = max(ta.part_bits, tb.part_bits, 16)
    return f"{'c' if (ta.complex or tb.complex) else ''}int{bits}"


@dataclass(frozen=True)
class EmulatedMul:
    """One emulated element-wise multiply block: MAC-slot ops, vector-ALU shuffles, lanes."""
    macs: int
    shuffles: int
    lanes: int


#: (A is complex, A part bits, B is complex, B part bits) -> emulation block (AIE API
#: ``detail/aie2/emulated_mul_intrinsics.hpp``: ``mul_conv_16x4`` for the real pairs,
#: ``mac_elem_8_conf(v8cint32, v8cint32)`` for cint32 x cint32).
EMULATED_MUL = {
    (False, 32, False, 32): EmulatedMul(macs=4, shuffles=4, lanes=16),
    (False, 32, False, 16): EmulatedMul(macs=2, shuffles=2, lanes=16),
    (False, 16, False, 32): EmulatedMul(macs=2, shuffles=2, lanes=16),
    (True, 32, True, 32): EmulatedMul(macs=2, shuffles=2, lanes=8),
}


def emulated_mul(a: str, b: str) -> EmulatedMul | None:
    """The AIE API's emulation block for ``a x b`` on AIE-ML, or None (native, or not known)."""
    ta, tb = sample_type(a, "hadamard"), sample_type(b, "hadamard")
    if ta.floating or tb.floating:
        return None
    return EMULATED_MUL.get((ta.complex, ta.part_bits, tb.complex, tb.part_bits))


@dataclass(frozen=True)
class HadamardParams:
    """One hadamard kernel (one SSR phase).

    Attributes:
        a_type, b_type: sample type names of the two inputs.
        samples: samples per frame handled by this kernel (``TP_DIM / TP_SSR``).
        frames: frames per call (``TP_NUM_FRAMES``).
        interface: ``"buffer"`` (TP_API 0) or ``"stream"`` (TP_API 1), all three ports.
    """
    a_type: str
    b_type: str
    samples: int
    frames: int = 1
    interface: str = "buffer"

    def __post_init__(self):
        sample_type(self.a_type, "hadamard")
        sample_type(self.b_type, "hadamard")
        if self.samples <= 0 or self.frames <= 0:
            raise ValueError(f"hadamard: samples and frames must be positive, got {self.samples}, {self.frames}")

    @property
    def out_type(self) -> str:
        return output_type(self.a_type, self.b_type)

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.samples * self.frames
        return (KernelPort("in", self.interface, n * sample_type(self.a_type).bytes),
                KernelPort("in", self.interface, n * sample_type(self.b_type).bytes),
                KernelPort("out", self.interface, n * sample_type(self.out_type).bytes))


def hadamard_cycles(p: HadamardParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call (see the module docstring).

    Raises:
        ValueError: a floating-point type (emulated multiply, not in the timing table).
    """
    ta, tb, to = sample_type(p.a_type), sample_type(p.b_type), sample_type(p.out_type)
    if ta.floating or tb.floating:
        raise ValueError("hadamard: float types are emulated on AIE-ML (bf16 passes); their "
                         "schedule is not in the isa timing table")
    # DSPLib (hadamard.hpp kSamplesInVect): one 256-bit vector of the *output* type per
    # iteration (int16 x cint32 and cint32 x int16 use 4-byte lanes)
    v = max(1, t.load_bytes // (4 if {p.a_type, p.b_type} == {"int16", "cint32"} else to.bytes))
    loads_a = -(-v * ta.bytes // t.load_bytes)
    loads_b = -(-v * tb.bytes // t.load_bytes)
    stores = -(-v * to.bytes // t.store_bytes)
    products = 4 if (ta.complex and tb.complex) else 2 if (ta.complex or tb.complex) else 1
    parts = max(1, ta.part_bits // 16) * max(1, tb.part_bits // 16)
    # DSPLib accumulates in acc48 / cacc48 (acc80 for 32 x 32): the AIE API rounds both up
    # to AIE-ML's native 64-bit lanes (API-ACC, aieml-facts 3.1)
    acc_bits = 64
    lanes = v * (2 if to.complex else 1)
    vmuls = max(-(-v * products * parts // PRODUCTS_PER_VMUL), -(-lanes // ACC_LANES[acc_bits]))
    emu = emulated_mul(p.a_type, p.b_type)
    shuffles = 0
    if emu is not None:
        blocks = -(-v // emu.lanes)
        vmuls, shuffles = blocks * emu.macs, blocks * emu.shuffles
    fused = t.srs_fuses_into_store(acc_bits, to.part_bits)
    srs = 0 if fused else -(-lanes * acc_bits // 1024)
    body = SlotUse(load_a=loads_a, load_b=loads_b, mac=vmuls, vector_alu=shuffles, move=srs, store=stores)
    ii = resource_ii(body, t)
    steps = [(max(loads_a, loads_b), t.vload_latency)]
    if emu is not None:
        # the shuffles feed the block's first multiply; its VMACs are chained on one accumulator
        steps += [(1, t.vector_alu_latency), (1, (emu.macs - 1) * t.acc_chain_ii)]
    steps.append((vmuls if emu is None else 1, t.vmac_latency))
    if srs:
        steps.append((srs, t.srs_latency))
    steps.append((stores, 0))
    depth = critical_path(*steps)
    trips = p.frames * -(-p.samples // v)
    # the vectors of a frame are unrolled (DSPLib kUNROLL) and only the frames loop is a
    # hardware loop: one frame is straight-line code, overlapped by the scheduler all the same
    loop = loop_cycles(trips, ii, depth, pipelined=True) + loop_setup_cycles(t, p.frames)
    buffers = sum(port.interface == "buffer" for port in p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + depth)
