"""SolverLib ``substitution`` (forward / backward substitution, ``L x = y``), one kernel (TP_GRID_DIM 1), AIE-ML.

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis_Libraries ``solver/L1/src/aie/substitution.cpp``
and ``solver/L1/include/aie/substitution{,_traits,_utils}.hpp`` @8231c7a1 (the stored version): one vector is
``kMaxReadInBytes`` = 32 bytes, ``m_kvecSampleNum`` = 8 float / 4 cfloat lanes (:data:`LANES`), the accumulator
``accfloat`` / ``caccfloat``; with TP_GRID_DIM 1 the single kernel is a diagonal one (TP_X = TP_Y = 0) and
``B = TP_DIM / lanes`` blocks of rows. Per frame (``TP_NUM_FRAMES`` frames per call):

* the output zeroed: ``B`` vector stores, unrolled (``#pragma unroll kVecPerRow``);
* the diagonal collected: a loop of ``TP_DIM`` trips, each a scalar load of ``L[i][i]`` and, for TP_DIAG_INV 0,
  ``fnMyInv`` = ``aie::inv`` of that float (the real part for cfloat) stored to ``m_invX``; TP_DIAG_INV 1 copies it;
* the block loop, ``B`` trips (forward from block 0 up, backward from the last block down): ``acc`` zeroed, then the
  ``k`` loop over the blocks left of the diagonal (forward: ``k < i``, ``i`` trips; backward: all ``B`` blocks with
  ``if (k > i)``, ``B - 1 - i`` of them doing work): one vector load of ``x`` and ``lanes`` unrolled
  ``aie::mac(acc, lVec, xVec.get(p))`` (a vector of L times one x value, all on the one accumulator); then the
  diagonal block: loads of the ``y`` and inverse vectors, ``acc.to_vector``, and the ``j`` loop of ``lanes`` trips,
  each ``newX = (y[j] - sum[j]) * inv[j]`` on scalars, ``xCache.set(newX, j)``, ``acc = aie::mac(acc, lVec, newX)``
  and ``sumv = acc.to_vector()``: every trip needs the previous trip's accumulator (a serial chain); then one vector
  store of ``xCache``.

Cost (slot / chain model of :mod:`aiesim_py.isa.timing`; every rule reused from an existing module, no new constant):

* the float ``aie::mac`` of a vector by a scalar: :func:`aiesim_py.kernels.matrix_vector_mul.mac_ops` (the fp32
  emulation of kernels.hadamard, 'fast' accuracy: 10 bf16 MAC-slot ops, 9 moves, the splitting chain and the
  20-cycle rounding-mode recurrence per MAC). The ``k`` loop's ``lanes`` MACs chain on ``acc``: a software-pipelined
  loop at II = max(``lanes`` x :attr:`MacOps.chain_cycles`, its MAC / move slots) (kernels.matrix_vector_mul's rule);
* the scalar float arithmetic of the ``j`` loop: AIE-ML's scalar unit has no floating point (UG1603 "Floating-Point
  Operations", as kernels.softmax / zscore_norm take it); the subtraction and the multiplication each cost
  :data:`aiesim_py.kernels.zscore_norm.SOFT_FLOAT_MUL_CYCLES` (ASSUMPTION: the project's only soft-float arithmetic
  figure, an unsourced round number there, taken for the subtraction too), ``aie::inv`` of a float
  :data:`aiesim_py.kernels.zscore_norm.SOFT_FLOAT_DIV_CYCLES` (zscore_norm costs its ``1 / dev`` so).
  SOFTFLOAT_COST_CHANGE (:mod:`aiesim_py.kernels.softfloat`, helper softfloat, session 16; False restores the above
  exactly): the three cost the op counts of the compiler-rt routines Xilinx/llvm-aie links for AIE2 scalar floats,
  ``__subsf3``, ``__mulsf3`` and ``__divsf3`` (the AIE API's ``aie::inv`` of a float is ``T(1) / a`` on aie2:
  detail/elementary.hpp, read), derived and labelled in kernels.softfloat;
* loops holding a library call are not software-pipelined (kernels.softmax SOFTFLOAT_CALL_CHANGE: llvm-aie PR #1017,
  no hardware loop around a libcall): the ``j`` loop runs ``lanes`` x its chain (:func:`j_trip_chain`), the inverse
  loop ``TP_DIM`` x (scalar load, routine, store);
* ``acc.to_vector`` is one accumulator -> vector move (``vector_alu_latency``, as kernels.hadamard's fp32 result
  move), ``get(j)`` one VEXTRACT (move slot, ``vector_alu_latency``, kernels.matrix_vector_mul), ``set`` one insert
  off the chain;
* backward: the ``k`` loop's trips with ``k <= i`` do no work; each costs a compare and a taken branch
  (``1 + branch_delay_slots``: ASSUMPTION, no source for how the compiler lays out the skipped trips);
* hardware loops pay :func:`~aiesim_py.kernels.kernel_io.loop_setup_cycles`, the call
  :func:`~aiesim_py.kernels.kernel_io.adf_call_overhead` with three buffer ports.

Not modelled (:class:`SubstitutionParams` / :func:`substitution_cycles` raise ValueError): cfloat (its emulated
``caccfloat`` MAC is not in kernels.hadamard's EMULATED_MUL: kernels.matrix_vector_mul.mac_ops refuses it), a
TP_DIM that is not a multiple of the lanes (the ``continue`` path), the TP_GRID_DIM > 1 kernels (stream and cascade
roles: not a parameter here). No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles,
                                         sample_type)
from aiesim_py.kernels import softfloat
from aiesim_py.kernels.matrix_vector_mul import MacOps, mac_ops
from aiesim_py.kernels.zscore_norm import SOFT_FLOAT_DIV_CYCLES, SOFT_FLOAT_MUL_CYCLES

TEMPLATE = None
KIND = "substitution"
VECTOR_BYTES = 32                       # substitution_traits.hpp kMaxReadInBytes = 256 / 8
DATA_TYPES = ("float", "cfloat")        # the AIE-ML types of the SolverLib graph (float modelled)
#: scalar soft-float subtraction (y[j] - sum[j]): the project's soft-float arithmetic figure (module docstring); used
#: only with kernels.softfloat.SOFTFLOAT_COST_CHANGE False (True: compiler-rt op counts, :func:`soft_float_cycles`)
SOFT_FLOAT_SUB_CYCLES = SOFT_FLOAT_MUL_CYCLES


def soft_float_cycles(t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(subtraction, multiplication, ``aie::inv`` of a float) cycles: kernels.softfloat's ``__subsf3`` /
    ``__mulsf3`` / ``__divsf3`` (SOFTFLOAT_COST_CHANGE), else the round numbers of kernels.zscore_norm."""
    if softfloat.SOFTFLOAT_COST_CHANGE:
        return softfloat.subsf3_cycles(t), softfloat.mulsf3_cycles(t), softfloat.divsf3_cycles(t)
    return SOFT_FLOAT_SUB_CYCLES, SOFT_FLOAT_MUL_CYCLES, SOFT_FLOAT_DIV_CYCLES


@dataclass(frozen=True)
class SubstitutionParams:
    """One SolverLib substitution kernel of a TP_GRID_DIM 1 graph.

    Attributes:
        data_type: ``TT_DATA`` ("float"; "cfloat" is refused).
        dim: ``TP_DIM`` (a multiple of the lanes).
        subst_type: ``TP_SUBST_TYPE`` (0 forward, 1 backward).
        l_leading: ``TP_L_LEADING`` (the graph's layout of L; the kernel code does not depend on it).
        frames: ``TP_NUM_FRAMES``.
        diag_inv: ``TP_DIAG_INV`` (1: the diagonal holds inverses already).
    """
    data_type: str = "float"
    dim: int = 8
    subst_type: int = 0
    l_leading: int = 0
    frames: int = 1
    diag_inv: int = 0

    def __post_init__(self):
        if self.data_type not in DATA_TYPES:
            raise ValueError(f"substitution: TT_DATA must be one of {DATA_TYPES}, got {self.data_type!r}")
        if self.data_type != "float":
            raise ValueError("substitution: cfloat is not costed: its emulated caccfloat MAC is not in "
                             "kernels.hadamard.EMULATED_MUL (kernels.matrix_vector_mul.mac_ops refuses it)")
        if not isinstance(self.dim, int) or self.dim < self.lanes or self.dim % self.lanes:
            raise ValueError(f"substitution: TP_DIM must be a multiple of {self.lanes}, got {self.dim!r}")
        if self.subst_type not in (0, 1) or self.l_leading not in (0, 1) or self.diag_inv not in (0, 1):
            raise ValueError("substitution: TP_SUBST_TYPE, TP_L_LEADING and TP_DIAG_INV are 0 or 1")
        if not isinstance(self.frames, int) or self.frames < 1:
            raise ValueError(f"substitution: TP_NUM_FRAMES must be a positive integer, got {self.frames!r}")

    @property
    def sample_bytes(self) -> int:
        return sample_type(self.data_type).bytes

    @property
    def lanes(self) -> int:
        """``m_kvecSampleNum``: samples of one 32-byte vector."""
        return VECTOR_BYTES // sample_type(self.data_type).bytes

    @property
    def blocks(self) -> int:
        """``kVecPerRow``: blocks of rows (and of columns)."""
        return self.dim // self.lanes

    def ports(self) -> tuple[KernelPort, ...]:
        """L (``single_buffer`` in the L2 test harness, test.hpp), y, x: buffer ports."""
        b = self.sample_bytes * self.frames
        return (KernelPort("in", "buffer", self.dim * self.dim * b, buffers=1),
                KernelPort("in", "buffer", self.dim * b),
                KernelPort("out", "buffer", self.dim * b))


def _mac(t: CoreTiming) -> MacOps:
    """``aie::mac(acc, vector<float, 8>, float)``: kernels.matrix_vector_mul's float MAC (fp32 emulation)."""
    return mac_ops("float", "float", t)


def mac_result_steps(t: CoreTiming = AIE_ML_CORE) -> tuple:
    """Critical-path steps of one MAC from its scalar operand to the accumulator result: the broadcast and the
    splitting chain (:attr:`MacOps.prep`), the block's chained bf16 VMACs, the last one's latency."""
    m = _mac(t)
    return tuple(m.prep) + ((1, (m.block_chain - 1) * m.chain_ii), (1, m.mac_latency))


def j_trip_chain(t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles of one ``j`` trip (module docstring): ``acc.to_vector`` -> ``get(j)`` -> soft-float subtraction ->
    soft-float multiplication -> the MAC into ``acc`` (the next trip's input)."""
    fsub, fmul, _ = soft_float_cycles(t)
    # acc.to_vector of 8 accfloat lanes: a 256-bit VMOV (AIE2Schedule.td II_VMOV_W: NoBypass, plain int)
    return critical_path((1, int(t.vector_alu_latency)), (1, t.vector_extract_latency), (1, fsub), (1, fmul),
                         *mac_result_steps(t), (1, 0))


def k_trip_ii(p: SubstitutionParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """II of the ``k`` loop (``lanes`` MACs on one accumulator per trip, one x load, ``lanes`` L loads)."""
    m = _mac(t)
    n = p.lanes
    u = SlotUse(load_a=1 + n, mac=n * m.mac, vector_alu=n * m.vector_alu, move=n * (m.move + m.extract))
    return resource_ii(u, t, recurrence=n * m.chain_cycles)


def k_trip_depth(p: SubstitutionParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """One ``k`` trip's critical path: the x load, then the first MAC and the other ``lanes - 1`` on the chain."""
    m = _mac(t)
    return critical_path((1, t.vload_latency), *mac_result_steps(t)[:-1],
                         (1, (p.lanes - 1) * m.chain_cycles + m.mac_latency), (1, 0))


def inverse_loop_cycles(p: SubstitutionParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """The diagonal loop of ``TP_DIM`` trips: with TP_DIAG_INV 0 a library call per trip (unpipelined), else a
    pipelined copy (load, store)."""
    if p.diag_inv == 0:
        trip = critical_path((1, t.scalar_load_latency), (1, soft_float_cycles(t)[2]), (1, 0))
        return loop_cycles(p.dim, trip, trip, pipelined=False)
    depth = critical_path((1, t.scalar_load_latency), (1, 0))
    return pipelined_loop_setup_cycles(p.dim, 1, depth, t) + loop_cycles(p.dim, 1, depth, pipelined=True)


def active_k_trips(p: SubstitutionParams, i: int) -> tuple[int, int]:
    """(trips doing MACs, trips skipped) of the ``k`` loop of the ``i``-th block processed."""
    if p.subst_type == 0:
        return i, 0
    row = p.blocks - 1 - i                 # backward: blocks from the last one down
    return p.blocks - 1 - row, row + 1


def frame_cycles(p: SubstitutionParams, t: CoreTiming = AIE_ML_CORE) -> int:
    """Cycles of one frame (module docstring)."""
    total = p.blocks                                   # output zeroed: unrolled vector stores
    total += inverse_loop_cycles(p, t)
    ii, depth = k_trip_ii(p, t), k_trip_depth(p, t)
    j_chain = j_trip_chain(t)
    skipped_trip = 1 + t.branch_delay_slots
    for i in range(p.blocks):
        active, skipped = active_k_trips(p, i)
        trips = active + skipped
        if trips:
            total += pipelined_loop_setup_cycles(trips, ii, depth, t) + loop_cycles(active, ii, depth, pipelined=True)
            total += skipped * skipped_trip
        # diagonal block: y and inverse vector loads (beside the accumulator), acc.to_vector, the j loop, the
        # xCache store
        total += critical_path((1, t.vload_latency), (1, 0))
        total += p.lanes * j_chain + 1
    return total


def substitution_cycles(p: SubstitutionParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring)."""
    loop = p.frames * frame_cycles(p, t)
    call = adf_call_overhead(t, 3)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call,
                      ii_cycles=j_trip_chain(t), depth_cycles=j_trip_chain(t), trips=p.frames * p.dim,
                      pipelined=False, function_cycles=loop + call - 2 * 3 * t.lock_op_cycles,
                      first_output_cycles=loop + call // 2)
