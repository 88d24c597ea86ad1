"""Fractional-delay Farrow filter kernels of AMD Vitis-Tutorials AIE-ML design tutorial 06-farrow_filter, AIE-ML:
the filter kernel ``farrow_kernel1`` (one, two or four of the four 8-tap polyphase filters on cint16 samples) and the
combining kernel ``farrow_kernel2`` (Horner evaluation in the fractional delay).

Kernel structure, read (facts only, no code taken) in Xilinx/Vitis-Tutorials
AI_Engine_Development/AIE-ML/Design_Tutorials/06-farrow_filter/designs/ @87c0ca17 (README @0fb5961b):

* ``farrow_port_initial/farrow_kernel1.cpp``: one ``input_buffer<cint16>`` of 1024 samples, four
  ``output_buffer<cint16>`` of 1024 (y3, y2, y1, y0); a 32-cint16 (1024-bit) ``v_buff`` whose part 3 (8 samples)
  holds the state, the 32 int16 coefficients (4 filters x 8 taps) loaded once before the loop; one loop of
  1024 / 32 = 32 trips (``chess_prepare_for_pipelining``); per trip two halves: a 16-sample (512-bit) load into
  part 0 (then part 1) of ``v_buff``, then for each of the four filters ``aie::sliding_mul_ops<16, 8, 1, 1, 1,
  int16, cint16>::mul(f_coeffs, c, v_buff, s)`` with coefficient start c = 0 / 8 / 16 / 24 and data start s = 25
  (first half) / 9 (second half), ``to_vector<cint16>(14)`` and a 512-bit store through the filter's output
  iterator. After the loop part 3 is stored back to the state (8 samples).
* ``farrow_opt_1/farrow_kernel1.cpp``: 16 coefficients (two filters) given by the graph, two outputs; two loops of
  32 trips one after the other (the first filter with c = 0, then the input iterator and the state part rewound and
  the second filter with c = 8), each trip the same two halves with one ``sliding_mul_ops`` each.
* ``farrow_opt_2``: the kernel source is not stored in the index; the README says "Only one filter operation is
  performed ... only one output" with 8 taps per instance (``farrow_graph.h``: ``taps1`` .. ``taps4`` of 8).
  ASSUMPTION: the opt_1 kernel with one loop (c = 0).
* ``farrow_kernel2`` (the AIE-ML tutorial's ``.cpp`` is not stored; its header ``farrow_port_initial/
  farrow_kernel2.h`` has the same ports, types and ``z`` state buffer as the AIE tutorial's ``15-farrow_filter/aie/
  farrow_final/farrow_kernel2.cpp`` @1b75803c, read instead, ASSUMPTION: the same body): ``input_buffer<int32>`` del
  (1024), four ``input_buffer<cint16>`` (y3..y0), one ``output_buffer<cint16>``; three loops of 1024 / 16 = 64
  trips (``z = y2 + y3 del``, ``z = y1 + z del``, ``out = y0 + z del``), each trip two halves of 8 samples: a
  128-bit load of 4 int32 reinterpreted as 8 int16 delays (the iterator's second increment discards a value: no
  load), a 256-bit load of the added input (``from_vector`` to the accumulator with shift 14: one VUPS), a 256-bit
  load of the multiplied input, ``aie::mac`` (8 lanes cint16 x int16: one VMAC, ASSUMPTION), ``to_vector`` fused
  into a 256-bit store (cacc64 -> cint16 native, CoreTiming.native_srs).

Cost of one ``sliding_mul_ops<16, 8, 1, 1, 1, int16, cint16>`` on AIE-ML: the AIE API's int16-coefficient x
cint16-data specialisation (jgmelber/aie_api ``include/aie_api/detail/aie2/sliding_mul_acc64.hpp`` @2a408059,
``sliding_mul_bits_impl<Lanes, Points, 1, 1, 1, 64, 16, 32, ...>``; the reading kernels.fir_sr_asym's ``SLIDING``
("cint16", "int16") entry is built on): ``unzip_complex`` of the 32-sample data (1024 bits -> two 512-bit int16
vectors: :data:`UNZIP_SHUFFLES` vector-ALU shuffles), then for each of ``Points / 4`` = 2 groups g: a
``shuffle_down_rotate<int16, 32>`` of data_re and of data_im from ``s + 4 g`` (512 bits: one shift each unless
the start is a multiple of 32), a rotate of the coefficients from ``c + 4 g`` (one shift unless 0) and two
``mac_conv_16x4`` (``mul`` then ``mac``: a chain of 2 VMACs on acc_re and on acc_im: 4 VMACs a call), then
``combine_into_complex`` (kernels.fir_sr_asym :func:`~aiesim_py.kernels.fir_sr_asym.acc_interleave_ops`: with
``ACC_MOVE``, made after seeing C38's blind errors, 4 shuffles plus the 4 bm -> x moves of the accumulator registers
they read, all on the mv slot the model calls the vector-ALU slot; 4 shuffles in the blind model) and the SRS fused
into two 256-bit stores. farrow_kernel2's cint16 x int16 ``aie::mac``: :data:`FINAL_MV_CHANGE` (its int16 operand
zipped with zeros and the upper half zeroed before the VMAC, with the VUPS on the same mv slot).

ASSUMPTIONS of this model (no source beyond the above; none set on a measured figure):

* CSE: calls of one half share the unzip and the data rotates (the same ``v_buff`` value and start: the calls
  are ``__aie_inline``; identical pure expressions computed once). DSPLib's FIR (kernels.fir_sr_asym) assumes no
  sharing, but there the buffer changes between calls.
* LICM: the coefficient rotates are loop invariant (``f_coeffs`` and the starts are constants of the call) and are
  computed before the loop when the loop's live 512-bit vector registers fit the core's 12 (CoreTiming.
  vector_registers): ``v_buff`` (2), data_re / data_im (2), two rotated data vectors, and the hoisted coefficient
  vectors (one per group and filter of the loop whose start is not 0, plus ``f_coeffs`` itself when a start is 0).
  When they do not fit (the four-filter loop: 8 + 6 = 14), every call recomputes its coefficient rotates in the loop.
* No memory-bank conflict, no register spill; the II is :func:`~aiesim_py.isa.timing.resource_ii` of one trip's slots
  (no loop-carried chain: each call starts a fresh accumulator).
* Depth of a trip: load -> unzip -> rotate -> MAC chain -> combine -> store, the second half one half's II later.

Straight-line parts: the state load (256 bits) and the coefficient load (``f_coeffs``, 256-bit loads) before the
loop, the hoisted coefficient rotates, the state store after it (256 bits), :func:`loop_setup_cycles` per loop, the
ADF wrapper of the buffer ports (:func:`adf_call_overhead`).

No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels import fir_sr_asym
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, pipelined_loop_setup_cycles,
                                         nest_spacing)

TEMPLATE = None
KIND = "farrow"
ROLES = ("filter", "final")
SAMPLE_BYTES = 4                 # cint16
DELAY_BYTES = 4                  # int32 delay samples of farrow_kernel2's del_i
TRIP_SAMPLES = 32                # farrow_kernel1: two 16-sample halves per trip
HALF_SAMPLES = 16
DATA_STARTS = (25, 9)            # sliding_mul data start of the first / second half
POINTS = 8                       # taps of one filter (sliding_mul_ops<16, 8, ...>)
COLUMNS = 4                      # mac_conv_16x4
GROUPS = POINTS // COLUMNS
DATA_ELEMS = 32                  # int16 lanes of data_re / data_im (512 bits)
UNZIP_SHUFFLES = 2               # unzip_complex of a 1024-bit cint16 vector (kernels.fir_sr_asym.UNZIP_SHUFFLES)
VMACS_PER_GROUP = 2              # mac_conv_16x4 on acc_re and on acc_im
FINAL_HALF_SAMPLES = 8           # farrow_kernel2: 8-sample vectors, two per trip
FINAL_TRIP_SAMPLES = 16
FINAL_LOOPS = 3                  # z = y2 + y3 d; z = y1 + z d; out = y0 + z d
#: 512-bit registers a filter loop keeps live besides the hoisted coefficients: v_buff (2), data_re / data_im (2),
#: two rotated data vectors (LICM assumption, module docstring)
LOOP_LIVE_VECTORS = 6


@dataclass(frozen=True)
class FarrowParams:
    """One kernel of the tutorial.

    Attributes:
        role: ``"filter"`` (farrow_kernel1) or ``"final"`` (farrow_kernel2).
        coeff_starts: filter role: the coefficient start of each filter the kernel runs (0 / 8 / 16 / 24 of its
            coefficient vector), one output buffer each.
        fused: filter role: True when all filters run in one loop (farrow_port_initial), False when each filter
            has its own loop, one after the other (farrow_opt_1 / opt_2).
        buffer_size: samples per buffer (``BUFFER_SIZE``, 1024).
    """
    role: str = "filter"
    coeff_starts: tuple = (0,)
    fused: bool = False
    buffer_size: int = 1024

    def __post_init__(self):
        if self.role not in ROLES:
            raise ValueError(f"farrow: role must be one of {ROLES}, got {self.role!r}")
        if not isinstance(self.buffer_size, int) or self.buffer_size < TRIP_SAMPLES or \
                self.buffer_size % TRIP_SAMPLES:
            raise ValueError(f"farrow: buffer_size must be a positive multiple of {TRIP_SAMPLES}, "
                             f"got {self.buffer_size!r}")
        if self.role == "filter":
            cs = tuple(self.coeff_starts)
            if not cs or len(cs) > 4 or any(not isinstance(c, int) or c < 0 or c % POINTS for c in cs):
                raise ValueError(f"farrow: coeff_starts must be 1..4 multiples of {POINTS}, got {self.coeff_starts!r}")

    @property
    def filters(self) -> int:
        return len(self.coeff_starts) if self.role == "filter" else 0

    @property
    def coeff_count(self) -> int:
        return POINTS * self.filters

    def ports(self) -> tuple[KernelPort, ...]:
        b = self.buffer_size * SAMPLE_BYTES
        if self.role == "filter":
            return (KernelPort("in", "buffer", b),) + tuple(KernelPort("out", "buffer", b)
                                                            for _ in range(self.filters))
        return ((KernelPort("in", "buffer", self.buffer_size * DELAY_BYTES),)
                + tuple(KernelPort("in", "buffer", b) for _ in range(4)) + (KernelPort("out", "buffer", b),))


def _coeff_rotates(starts) -> list[int]:
    """Coefficient rotate starts of the calls of ``starts`` (one per group; start 0 needs no shift)."""
    return [c + COLUMNS * g for c in starts for g in range(GROUPS)]


def coeffs_hoisted(starts, t: CoreTiming = AIE_ML_CORE) -> bool:
    """LICM assumption (module docstring): the loop's coefficient rotates fit the registers beside the loop's own."""
    rot = _coeff_rotates(starts)
    held = sum(r != 0 for r in rot) + int(any(r == 0 for r in rot))
    return held + LOOP_LIVE_VECTORS <= t.vector_registers


def filter_trip_slots(starts, t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one 32-sample trip of a filter loop running the filters of ``starts`` (module docstring)."""
    hoisted = coeffs_hoisted(starts, t)
    acc_shuffles = fir_sr_asym.acc_interleave_ops()
    alu = 0
    for s in DATA_STARTS:
        alu += UNZIP_SHUFFLES                                                  # shared by the half's calls (CSE)
        alu += sum(2 * ((s + COLUMNS * g) % DATA_ELEMS != 0) for g in range(GROUPS))   # data_re / data_im rotates
        if not hoisted:
            alu += sum(r != 0 for r in _coeff_rotates(starts))
        alu += acc_shuffles * len(starts)                                      # combine_into_complex per call
    loads = 2 * (HALF_SAMPLES * SAMPLE_BYTES // t.load_bytes)
    stores = 2 * len(starts) * (HALF_SAMPLES * SAMPLE_BYTES // t.store_bytes)
    macs = 2 * len(starts) * GROUPS * VMACS_PER_GROUP
    return SlotUse(load_any=loads, store=stores, mac=macs, vector_alu=alu)


def filter_half_depth(t: CoreTiming = AIE_ML_CORE) -> int:
    """Critical path of one half: 512-bit load -> unzip -> rotate -> mul / mac chain -> combine -> stores."""
    return critical_path((2, t.vload_latency), (UNZIP_SHUFFLES, t.vector_alu_latency), (1, t.vector_alu_latency),
                         (1 + (GROUPS - 1) * t.acc_chain_ii, t.vmac_latency),
                         (fir_sr_asym.acc_interleave_ops(), t.vector_alu_latency),
                         (HALF_SAMPLES * SAMPLE_BYTES // t.store_bytes, 0))


def filter_loop(starts, trips: int, t: CoreTiming = AIE_ML_CORE) -> tuple[int, int, int]:
    """(cycles, II, depth) of one pipelined filter loop (set-up included)."""
    slots = filter_trip_slots(starts, t)
    ii = resource_ii(slots, t)
    half = filter_half_depth(t)
    depth = half + resource_ii(filter_trip_slots(starts, t), t) // 2
    return loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(trips, ii, depth, t), ii, depth


#: FINAL_MV_CHANGE (made after seeing C38's blind errors, 2026-12-07; validation/cases_c38.py ``FINAL_MV_CHANGE``):
#: the 8-lane cint16 x int16 ``aie::mac`` is not one bare VMAC. The AIE API (jgmelber/aie_api
#: include/aie_api/detail/aie2/mul_acc64.hpp @306ac2c1, ``mul_bits_impl<MulOp, 64, 32, cint16, 16, T2>``) makes the
#: int16 operand complex first: ``interleave_zip`` of it with a zero vector (a 256-bit zip run as one native 512-bit
#: ``::shuffle``, of which only ``.first`` is live: :data:`FINAL_ZIP_SHUFFLES`), then ``grow<16>().insert(1, z)``
#: writes zeros into the upper 256 bits of that register (one ``VMOV_mv_w``: :data:`FINAL_ZERO_MOVES`), then one
#: ``mac_elem_8_2``. On AIE-ML the shuffle, the w move and the VUPS of ``from_vector`` are all mv-slot instructions
#: (Xilinx/llvm-aie aie2/AIE2GenInstrFormats.td @ff8589af: ``AIE2_vec_shuffle_inst_mv``, ``AIE2_mv_w_inst_mv``,
#: ``AIE2_mv_ups_w2c_inst_mv``), one per bundle, so per 8-sample half three ops share the
#: resource the model calls the vector-ALU slot. False: the blind model (VUPS alone, on the move slot)
FINAL_MV_CHANGE = True
FINAL_ZIP_SHUFFLES = 1
FINAL_ZERO_MOVES = 1


def final_trip_slots(t: CoreTiming = AIE_ML_CORE) -> SlotUse:
    """Issue slots of one 16-sample trip of a farrow_kernel2 loop: per half a 128-bit delay load, two 256-bit
    loads, one VUPS, one VMAC, one SRS-fused 256-bit store; with :data:`FINAL_MV_CHANGE` the VUPS, the coefficient
    zip and the zero insert of the cint16 x int16 MAC on the one mv slot (the model's vector-ALU resource)."""
    if FINAL_MV_CHANGE:
        return SlotUse(load_any=2 * 3, vector_alu=2 * (1 + FINAL_ZIP_SHUFFLES + FINAL_ZERO_MOVES), mac=2, store=2)
    return SlotUse(load_any=2 * 3, move=2, mac=2, store=2)


def final_depth(t: CoreTiming = AIE_ML_CORE) -> int:
    """load -> VUPS (or, :data:`FINAL_MV_CHANGE`, the longer of VUPS and the coefficient zip -> zero insert) ->
    VMAC -> SRS-fused store, the second half one cycle later."""
    head = t.ups_latency
    if FINAL_MV_CHANGE:
        head = max(head, (FINAL_ZIP_SHUFFLES + FINAL_ZERO_MOVES) * t.vector_alu_latency)
    return critical_path((1, t.vload_latency), (1, head), (1, t.vmac_latency), (1, 0)) + 1


def loop_iis(p: FarrowParams, t: CoreTiming = AIE_ML_CORE) -> tuple[int, ...]:
    """The II of each loop of one call (what the compiler's ``get_II`` lists per tile)."""
    if p.role == "final":
        ii = resource_ii(final_trip_slots(t), t)
        return (ii,) * FINAL_LOOPS
    if p.fused:
        return (filter_loop(p.coeff_starts, p.buffer_size // TRIP_SAMPLES, t)[1],)
    return tuple(filter_loop((c,), p.buffer_size // TRIP_SAMPLES, t)[1] for c in p.coeff_starts)


def farrow_cycles(p: FarrowParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring); ``function_cycles`` leaves out the wrapper's locks."""
    buffers = len(p.ports())
    call = adf_call_overhead(t, buffers)
    if p.role == "final":
        trips = p.buffer_size // FINAL_TRIP_SAMPLES
        ii = resource_ii(final_trip_slots(t), t)
        depth = final_depth(t)
        one = loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(trips, ii, depth, t)
        loop = FINAL_LOOPS * one
        all_trips = FINAL_LOOPS * trips
        first_out = call // 2 + (FINAL_LOOPS - 1) * one + pipelined_loop_setup_cycles(trips, ii, depth, t) + depth
    else:
        trips = p.buffer_size // TRIP_SAMPLES
        groups = [tuple(p.coeff_starts)] if p.fused else [(c,) for c in p.coeff_starts]
        coeff_loads = -(-p.coeff_count * 2 // t.load_bytes)
        prologue = critical_path((1 + coeff_loads, t.vload_latency), (1, 0))       # state + coefficient loads
        loops = []
        for g in groups:
            cyc, ii, depth = filter_loop(g, trips, t)
            hoist = sum(r != 0 for r in _coeff_rotates(g)) if coeffs_hoisted(g, t) else 0
            loops.append((cyc + hoist, ii, depth))
        rewind = (len(groups) - 1) * critical_path((1, t.vload_latency), (1, 0))  # state part reloaded per loop
        epilogue = 1                                                               # state store
        loop = prologue + sum(c for c, _, _ in loops) + rewind + epilogue
        ii = max(i for _, i, _ in loops)
        depth = max(d for _, _, d in loops)
        all_trips = trips * len(groups)
        first_out = call // 2 + prologue + loops[0][2]
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call,
                      ii_cycles=max(loop_iis(p, t)), depth_cycles=depth if p.role == "filter" else final_depth(t),
                      trips=all_trips, pipelined=True,
                      function_cycles=loop + call - 2 * buffers * t.lock_op_cycles,
                      first_output_cycles=first_out,
                      trip_spacing_cycles=nest_spacing(loop, all_trips,
                                                       depth if p.role == "filter" else final_depth(t)))
