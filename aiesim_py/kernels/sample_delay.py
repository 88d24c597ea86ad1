"""Sample delay (DSPLib ``sample_delay``): a data-movement kernel, ``out[i] = in[i - d]``.

What one call does (DSPLib AIE-ML kernel, read in Xilinx/Vitis_Libraries
``dsp/L1/src/aie/sample_delay.cpp`` / ``sample_delay.hpp`` / ``dsp/L2/include/aie/
sample_delay_graph.hpp``; schedule facts only), and what each piece costs here:

* **ADF wrapper** (both interfaces): the call (``CoreTiming.call_overhead_cycles``), a lock
  acquire + release per buffer port (:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`)
  and the run-time parameter ``sampleDelayValue``: the graph connects it ``async`` (the
  kernel keeps the last value), read each call under the RTP buffer's lock:
  :func:`rtp_read_cycles` = acquire + release + one scalar load (PEANO-SCHED ACQ/REL, LDA 7).
* **Margin copy** (buffer interface only): the input is an ``input_circular_buffer`` with a
  margin of ``TP_MAX_DELAY`` samples (``margin<bufMargin>``, multi_params.json MAX_DELAY 256;
  the benchmark's DATA_MEMORY grows by 2 x the margin). The ADF runtime copies the margin,
  i.e. the last ``margin`` bytes of the buffer just consumed, to the head of the other
  ping-pong buffer before each call, with the core: ``window_margin_copy`` in the ADF runtime
  header ``adf/window/window_internal.h`` (AIE tools; copies are public on GitHub): one
  256-bit load and one 256-bit store per 32 bytes, both pointers advanced with
  ``cyclic_add``, the loop flattened (:func:`margin_copy_cycles`, kept for the FIR models).
  Since LINEAR_MARGIN_COPY_CHANGE (session 15, after C34) this kernel's copy is a linear
  one, one load + one store per cycle (:func:`linear_margin_copy_cycles`; see the flag).
* **cyclic_add on AIE-ML**: the same header implements ``cyclic_add`` with a 3D pointer add
  (``add_3d_byte``) whose counters are loaded from the pointer itself; the AIE API's
  ``vector_random_circular_iterator::operator+=`` calls the same emulation ("Emulated version
  of the cyclic_add intrinsic from AIE1", AIE API ``detail/aie2/array_helpers.hpp``). A 3D add reads 7 pointer-file
  registers (modifier ``off``, two sizes ``dn``, two increments ``dj``, two counters ``dc``:
  llvm-aie ``__builtin_aiev2_add_3d`` operands), written by moves through the one move slot
  (UG1603-ARCH, ``CoreTiming.move_slots``). A ``cyclic_add`` outside a loop sets all 7 then
  runs the PADD_3D (:func:`fresh_cyclic_add_cycles`); in a loop the 5 invariant registers are
  set once before it (:data:`LOOP_INVARIANT_REGS`) and each step reloads the counter from the
  pointer and adds: a loop recurrence of one move + one PADD_3D (:func:`cyclic_add_cycles`,
  PEANO-SCHED II_MOV_SCL_DC 1, II_PADD_3D 1). C5's assumption was one counter move per step;
  since COUNTER_MOVE_CHANGE (session 15, after C34) the delay loop's output iterator takes two
  (the emulation sets both counters from the pointer: :func:`iterator_step_cycles`).
* **Preamble** (:func:`preamble_cycles`): the clamp of the delay to ``TP_MAX_DELAY``
  (compare + select), the branch on "delay changed / first call" (its delay slots), the
  vector and element offsets (``% vecSize`` and ``/ vecSize`` with a power-of-two
  ``vecSize``: an AND and a shift, not the iterative DIVS sequence), then moving the
  circular read iterator(s) by the offset with ``cyclic_add``: one on the buffer interface,
  four on the stream interface's mini cache (write, read, read0 by the offset, read0 by -1),
  then the loop descriptors of the circular iterators the loop steps.
* **Loop**, per 256-bit vector:

  - buffer interface (TP_API 0): two vector loads (current and previous vector of the
    circular input, read through plain ``t_vect*`` pointers), one ``shuffle_up_fill`` (vector
    ALU), one store through the circular output iterator; software pipelined
    (``chess_prepare_for_pipelining``): II from the slots or the output iterator's ``cyclic_add``
    recurrence (:func:`~aiesim_py.isa.timing.resource_ii`, :func:`iterator_step_cycles`: 3);
  - stream interface (TP_API 1): the core reads the vector from its 32-bit input stream (one
    word per cycle, AM020-IF: one input and one output stream per AIE-ML core), stores it
    into the mini cache, loads the delayed vector back, shuffles and writes 8 words to its
    output stream. The load may alias the store (circular iterators on one array), so
    iterations do not overlap: the loop costs the sum of the chain latencies
    (:func:`~aiesim_py.isa.timing.critical_path`).

Checked on validation C5 (DSPLib AIE-ML benchmark, aiesimulator; no constant here is fitted
to it): all 24 sample_delay figures within 10 % (identical with and without the two session-15
changes: every C5 row has window = TP_MAX_DELAY, so the loop gains what the copy loses). The
model is faster than aiesimulator on the stream interface by 5-9 % on every row (about 40 cycles per call short at 8 vectors, 90 at
64: the measured loop is ~27.1 cycles per vector against 26 here, and the per-call part ~131
against 104), so the stream preamble or loop still misses something; the buffer rows scatter
-6..+7 %. Assumptions that carry most of the per-call cost and could not be checked without the
compiled code: all 7 descriptor moves through one move slot outside loops, and the linear margin
copy (LINEAR_MARGIN_COPY_CHANGE; C34's SINGLE_BUF 1 rows measure 2 cycles per 32 bytes, not 1).
No functional model or firmware template here: the functional runner and the firmware
writer refuse the family (:data:`TEMPLATE` is None).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.kernel_io import (INTERFACES, KernelCost, KernelPort, adf_call_overhead,
                                         loop_setup_cycles, pipelined_loop_setup_cycles, sample_type)

TEMPLATE = None
KIND = "sample_delay"
STREAM_WORD_BYTES = 4            # core stream port: one 32-bit word per cycle (AM020-IF)
MARGIN_COPY_BYTES = 32           # window_margin_copy moves one v8int32 (256 bits) per step
ADD_3D_REGS = 7                  # off (m), size1/size2 (dn), inc1/inc2 (dj), count1/count2 (dc)
LOOP_INVARIANT_REGS = 5          # ... of which all but the two counters stay fixed in a loop
DEFAULT_MAX_DELAY = 256          # DSPLib benchmark TP_MAX_DELAY (multi_params.json MAX_DELAY)

#: COUNTER_MOVE_CHANGE (session 15, made after the held-out C34 comparison; False restores C5's model): the buffer
#: loop's output-iterator step costs two counter moves + the PADD_3D, not one move. Source: the loop's ``*outItr++``
#: (DSPLib ``sample_delay.cpp`` @0d8795bc: ``begin_vector_random_circular`` on ``outBuff``; the input side uses raw
#: ``t_vect*`` pointers) is AIE API ``vector_random_circular_iterator::operator+=`` -> ``::cyclic_add``, whose AIE-ML
#: version (``detail/aie2/array_helpers.hpp``, "Emulated version of the cyclic_add intrinsic from AIE1") sets BOTH
#: 3D counters from the pointer (``addr_t c0 = (long)ptr; addr_t c1 = (long)ptr;``) before ``add_3d_ptr``: two
#: moves through the one move slot (UG1603-ARCH) then the PADD_3D, a 3-cycle recurrence (C5's stated assumption was
#: one move). C34 measures 2.92-3.01 cycles per 256-bit vector (validation/cases_c34.py DATA_PATH_DIAGNOSTIC).
COUNTER_MOVE_CHANGE = True
#: LINEAR_MARGIN_COPY_CHANGE (session 15, made after the held-out C34 comparison; False restores C5's model): the
#: runtime's margin copy is a plain linear copy at one 256-bit load + one store per 32 bytes (II 1, the one store
#: unit's bound, AM020), not ADF ``window_margin_copy``'s cyclic_add-stepped loop. Inferred, not public code: UG1079
#: ("Linear and Circular Addressing of Buffer Ports": the margin data is copied at the consumer port after the
#: consumer kernel returns) - the source (the consumed buffer's last TP_MAX_DELAY samples) and the destination (the
#: next buffer's head) are contiguous, so no wrap-around addressing is needed; under COUNTER_MOVE_CHANGE's rule the
#: legacy window_margin_copy (two emulated cyclic_adds per step) would cost 4 cycles per 32 bytes, which no C34 row
#: shows (ping-pong 1.00, SINGLE_BUF 1 2.00 per 32 bytes). The pointer set-up around the copy is C5's, unchanged.
#: Only sample_delay_cycles uses it: :func:`margin_copy_cycles` (shared with the FIR models) is not changed.
LINEAR_MARGIN_COPY_CHANGE = True
#: SAME_POINTER_COPY_CHANGE (session 16, made after the held-out C34 comparison; False restores the session-15 model):
#: on a single-buffered input port (ADF ``single_buffer``, UG1079) the margin copy's load and store fall in
#: different cycles, so the linear copy runs at II 2 per 32 bytes instead of 1. Rule sourced, its use here inferred:
#: UG1079 ("Load and Store with Virtual Resource Annotations": "Memory accesses coming from the same pointer are
#: scheduled on different cycles"); a single buffer is one allocation of margin + window samples whose tail is copied
#: to its own head, taken as addressed from the one buffer pointer (the runtime's copy code is not public), where the
#: ping-pong copy reads one buffer and writes the other. A bank conflict does not explain it: source and destination
#: are a window apart, in different 16 KB banks (AM020) for the 16-32 KiB windows that measure 2 cycles per 32 B too
#: (validation/cases_c34.py SINGLE_BUF_COPY_DIAGNOSTIC). Applies to :func:`sample_delay_cycles` only.
SAME_POINTER_COPY_CHANGE = True


@dataclass(frozen=True)
class SampleDelayParams:
    """Attributes: ``dtype`` sample type name; ``window`` samples per call
    (``TP_WINDOW_VSIZE``); ``interface`` "buffer" (TP_API 0) or "stream" (TP_API 1);
    ``max_delay`` samples (``TP_MAX_DELAY``: the input buffer's margin on the buffer
    interface, the mini cache's size on the stream interface); ``single_buffer``: one buffer
    behind the input and the output port instead of ping-pong (ADF ``single_buffer``, UG1079;
    buffer interface only; the margin copy then runs at SAME_POINTER_COPY_CHANGE's II 2).

    Raises:
        ValueError: unknown sample type or interface, non-positive window, negative max_delay, a
            window / max_delay that is not a whole number of 256-bit vectors (DSPLib's
            static_asserts), or single_buffer on the stream interface.
    """
    dtype: str
    window: int
    interface: str = "buffer"
    max_delay: int = DEFAULT_MAX_DELAY
    single_buffer: bool = False

    def __post_init__(self):
        t = sample_type(self.dtype, "sample_delay")
        if self.interface not in INTERFACES:
            raise ValueError(f"sample_delay: interface must be one of {INTERFACES}, got {self.interface!r}")
        if self.window <= 0:
            raise ValueError(f"sample_delay: window must be positive, got {self.window}")
        if self.max_delay < 0:
            raise ValueError(f"sample_delay: max_delay must be >= 0, got {self.max_delay}")
        vec = 32 // t.bytes
        for what, n in (("window", self.window), ("max_delay", self.max_delay)):
            if n % vec:
                raise ValueError(f"sample_delay: {what} ({n} samples) must be a multiple of the vector "
                                 f"size ({vec} {self.dtype} samples in 256 bits), as DSPLib requires")
        if self.single_buffer and self.interface != "buffer":
            raise ValueError("sample_delay: single_buffer applies to the buffer interface (TP_API 0) only")

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.window * sample_type(self.dtype).bytes
        buffers = 1 if self.single_buffer else 2
        return (KernelPort("in", self.interface, n, buffers=buffers),
                KernelPort("out", self.interface, n, buffers=buffers))


def cyclic_add_cycles(t: CoreTiming) -> int:
    """Loop-carried cycles of one ``cyclic_add`` pointer step on AIE-ML: a move of the
    pointer into a counter register and a PADD_3D (ADF window_internal.h; PEANO-SCHED)."""
    return t.pointer_move_latency + t.padd_latency


def iterator_step_cycles(t: CoreTiming) -> int:
    """Loop-carried cycles of one ``vector_random_circular_iterator`` step in the delay loop: the emulated
    ``cyclic_add`` (COUNTER_MOVE_CHANGE: two counter moves through the move slot(s), then the PADD_3D; else C5's
    :func:`cyclic_add_cycles`)."""
    if not COUNTER_MOVE_CHANGE:
        return cyclic_add_cycles(t)
    return -(-2 // t.move_slots) * t.pointer_move_latency + t.padd_latency


def fresh_cyclic_add_cycles(t: CoreTiming) -> int:
    """Cycles of one ``cyclic_add`` outside a loop: its 7 descriptor registers moved in
    through the move slot(s), then the PADD_3D."""
    return -(-ADD_3D_REGS * t.pointer_move_latency // t.move_slots) + t.padd_latency


def loop_descriptor_cycles(pointers: int, t: CoreTiming) -> int:
    """Cycles before a loop that steps ``pointers`` circular pointers with ``cyclic_add``:
    the loop-invariant descriptor registers of each, through the move slot(s)."""
    return -(-pointers * LOOP_INVARIANT_REGS * t.pointer_move_latency // t.move_slots)


def rtp_read_cycles(t: CoreTiming) -> int:
    """Cycles to read an async run-time parameter each call: lock acquire + release of the
    RTP buffer and one scalar load (PEANO-SCHED ACQ/REL ``lock_op_cycles``, LDA 7)."""
    return 2 * t.lock_op_cycles + t.scalar_load_latency


def margin_copy_cycles(margin_bytes: int, t: CoreTiming) -> int:
    """Cycles of ADF's ``window_margin_copy`` of ``margin_bytes`` (core side, before the
    call): advance the source pointer past the window (one ``cyclic_add``), copy 32 bytes per
    step (load -> store, pointers stepped by ``cyclic_add``; flattened: steps overlap at the
    pointer recurrence or the slots), rewind both pointers (two parallel ``cyclic_add``)."""
    steps = -(-margin_bytes // MARGIN_COPY_BYTES)
    if steps == 0:
        return 0
    ii = resource_ii(SlotUse(load_any=1, store=1, move=2), t, recurrence=cyclic_add_cycles(t))
    depth = critical_path((1, t.vload_latency), (1, 0))
    fresh = fresh_cyclic_add_cycles(t)
    rewind = fresh + (ADD_3D_REGS * t.pointer_move_latency) // t.move_slots      # two, one move slot
    return fresh + loop_descriptor_cycles(2, t) + loop_cycles(steps, ii, depth, pipelined=True) + rewind


def linear_margin_copy_cycles(margin_bytes: int, t: CoreTiming, same_pointer: bool = False) -> int:
    """LINEAR_MARGIN_COPY_CHANGE's margin copy: C5's pointer set-up and rewind around a pipelined loop of one
    256-bit load and one store per 32 bytes with post-incremented pointers (II from the slots, no recurrence).
    ``same_pointer``: source and destination addressed from one pointer, whose accesses the compiler puts in
    different cycles (UG1079; SAME_POINTER_COPY_CHANGE): II at least the 2 accesses per step."""
    steps = -(-margin_bytes // MARGIN_COPY_BYTES)
    if steps == 0:
        return 0
    ii = resource_ii(SlotUse(load_any=1, store=1), t)
    if same_pointer:
        ii = max(ii, 2)
    depth = critical_path((1, t.vload_latency), (1, 0))
    fresh = fresh_cyclic_add_cycles(t)
    rewind = fresh + (ADD_3D_REGS * t.pointer_move_latency) // t.move_slots
    return fresh + loop_descriptor_cycles(2, t) + loop_cycles(steps, ii, depth, pipelined=True) + rewind


def preamble_cycles(p: SampleDelayParams, t: CoreTiming) -> int:
    """Cycles from the kernel function's entry to its loop (see the module docstring): the
    kernel state load, the clamp (compare, select), the branch on a changed delay (its delay
    slots), the offsets (AND / shift, sub, select) and the circular read iterator moves."""
    s, fresh = t.scalar_alu_latency, fresh_cyclic_add_cycles(t)
    head = ((1, t.scalar_load_latency), (1, s), (1, s), (1, t.branch_delay_slots))
    if p.interface == "buffer":
        # rdItrOffset kept from the last call; inItr += rdItrOffset (a fresh cyclic_add);
        # vPtrPast = vPtrCurrent - 1; the output iterator's loop descriptor
        return critical_path(*head, (1, s), (1, fresh), (1, t.padd_latency), (1, 0)) + loop_descriptor_cycles(1, t)
    # rdItrOffsetV = d % vec; rdItrOffset = (cacheMrgn - d) / vec (+1): sub, shift, select;
    # four fresh cyclic_add (write, read, read0 += offset, read0--), their 28 descriptor moves
    # sharing the move slot(s); then the three cache iterators' loop descriptors
    moves = -(-4 * ADD_3D_REGS * t.pointer_move_latency // t.move_slots)
    return (critical_path(*head, (1, s), (1, s), (1, s), (1, moves + t.padd_latency), (1, 0))
            + loop_descriptor_cycles(3, t))


def sample_delay_cycles(p: SampleDelayParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call (see the module docstring). ``call_overhead_cycles`` holds
    everything outside the delay loop (wrapper, locks, RTP read, margin copy, preamble)."""
    nbytes = p.window * sample_type(p.dtype).bytes
    trips = -(-nbytes // t.load_bytes)
    if p.interface == "buffer":
        body = SlotUse(load_any=2, vector_alu=1, store=1)
        ii = resource_ii(body, t, recurrence=iterator_step_cycles(t))
        depth = critical_path((1, t.vload_latency), (1, t.vector_alu_latency), (1, 0))
        loop = loop_cycles(trips, ii, depth, pipelined=True) + pipelined_loop_setup_cycles(trips, ii, depth, t)
        first = depth
        margin_bytes = p.max_delay * sample_type(p.dtype).bytes
        if not LINEAR_MARGIN_COPY_CHANGE:
            margin = margin_copy_cycles(margin_bytes, t)
        else:
            margin = linear_margin_copy_cycles(margin_bytes, t,
                                               same_pointer=SAME_POINTER_COPY_CHANGE and p.single_buffer)
    else:
        words = t.load_bytes // STREAM_WORD_BYTES
        # stream read (a word per cycle) -> cache store -> (store-to-load, next cycle) two
        # loads -> shuffle -> stream write (a word per cycle)
        depth = critical_path((words, 1), (1, 1), (1, t.vload_latency), (1, t.vector_alu_latency), (words, 0))
        ii = depth
        loop = loop_cycles(trips, ii, depth, pipelined=False) + loop_setup_cycles(t, trips)
        first = depth - words + 1
        margin = 0
    buffers = sum(port.interface == "buffer" for port in p.ports())
    wrapper = adf_call_overhead(t, buffers) + rtp_read_cycles(t)
    pre = preamble_cycles(p, t)
    call = wrapper + margin + pre
    before_loop = wrapper // 2 + margin + pre
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=trips, pipelined=p.interface == "buffer",
                      function_cycles=loop + pre + t.call_overhead_cycles,
                      first_output_cycles=before_loop + first)
