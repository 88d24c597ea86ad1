"""DSPLib matrix_mult tiler and untiler kernels (``TP_ADD_TILING_A/B``, ``TP_ADD_DETILING_OUT``).

With tiling enabled DSPLib's ``matrix_mult_graph`` (Xilinx/Vitis_Libraries
``dsp/L2/include/aie/matrix_mult_graph.hpp``) puts a tiler kernel in front of A and of B of
every matrix_mult kernel and an untiler behind the last kernel of every cascade chain; they
re-order samples between row / column major and the mmul tile order
(:data:`aiesim_py.kernels.matrix_mult.TILING`). Run-time ratios: matrix_mult 0.8, every
tiler / untiler 0.4 (the mapper packs kernels whose ratios sum to at most 1 on one core).

Kernel structure on AIE-ML (``__SUPPORTS_ACC64__``; read in ``dsp/L1/src/aie/
matrix_mult_tiler.cpp`` ``shuffleTile`` and ``matrix_mult_untiler.cpp`` ``doUnTile``;
schedule facts only). Both kernels walk the matrix in vectors of ``vector_size`` samples
(512 bits, 1024 bits when one M x N tile is larger): an outer loop over vector rows, an inner
loop over vector columns (both ``chess_prepare_for_pipelining``; only the inner one is a
leaf loop). Per vector: ``loads_per_vector`` loads of ``load_size`` samples (128 bits or one
row of a tile), the re-ordering on the vector-ALU (``aie::filter_even`` / ``filter_odd`` /
``transpose`` / ``interleave_zip``: VSHUFFLE, one per 512-bit result, AIE API
``detail/aie2``), and stores (tiler: ``rowTilesPerVector`` stores of the vector's parts;
untiler: one store of ``load_size`` samples per output row segment). A 128-bit load has no
register of its own (256-bit w registers, UG1603-VREG): ``chunk.insert`` moves each 128-bit part
above the bottom of its 512-bit register with vector-ALU ops (:data:`INSERT_OPS`), and a 128-bit
store of such a part first shifts it down (:data:`EXTRACT_OPS`).

Cost (:func:`tiler_cycles`): the inner loop pipelined at the slot-bound II (two load units, but a
vector's loads all go through the one input pointer, one a cycle under :data:`TILER_SAME_POINTER`, kept False;
one 256-bit store unit, one vector-ALU op per cycle, :mod:`aiesim_py.isa.timing`) with one
vector's critical path (load latency, inserts, shuffle levels, extracts) as depth; every outer trip pays the
inner loop's fill and its hardware-loop setup; an inner loop of one trip is straight-line
code, then the outer loop is the pipelined leaf. Plus the ADF wrapper of two buffer ports.
No functional model: :data:`TEMPLATE` is None.
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii, same_pointer_load_cycles
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles,
                                         sample_type)

TEMPLATE = None
KIND = "matrix_mult_tiler"
ROW_MAJOR, COL_MAJOR = 0, 1
SHUFFLE_BYTES = 64          # one VSHUFFLE writes one 512-bit vector register (UG1603-VREG x registers)
QUARTER_BITS = 128          # a 128-bit part of a 512-bit register: no register of its own (UG1603-VREG: 256-bit w)
#: vector-ALU ops to put a 128-bit load into part ``idx`` > 0 of a 512-bit register (``chunk.insert``
#: of the DSPLib tiler / untiler; part 0 is a plain register write into the undefined vector): the
#: generic AIE-ML sequence, VSHIFT to its place then VSEL under a 4-lane mask (llvm-aie
#: clang/lib/Headers/aiev2_upd_ext.h, "Insert 128-bit in 512-bit register" / ``set_v32int16``).
#: With it the int16, cint16 and int32 x int16 tiled figures are 17-26 % slow (21-31 % with
#: TILER_SAME_POINTER; validation/cases_c7.py TILED_OFF); 1 op per part would put 8 of the ten within 10 %
#: (with TILER_SAME_POINTER or without; session 16 what-if), but nothing public says the compiler
#: emits one, so the held-out rows do not choose it.
INSERT_OPS = 2
#: vector-ALU ops to take part ``idx`` > 0 out for a 128-bit store: one VSHIFT (same header,
#: ``extract_v8int16``)
EXTRACT_OPS = 1
#: TILER_SAME_POINTER (session 16, a survey of the UG1079 rule, timing.SAME_POINTER_CHANGE; not made on C7's errors):
#: every load of a vector goes through the one input pointer (``aie::load_v<loadSize>(inPtr + pointerLoc)`` in
#: ``shuffleTile`` and ``doUnTile``, Xilinx/Vitis_Libraries @0d8795bc), so they issue one a cycle (UG1079 / UG1603 "Load
#: and Store with Virtual Resource Annotations": "Memory accesses coming from the same pointer are scheduled on
#: different cycles"): II at least the loads, the depth's load step the loads. False restores the figures before it.
#: Kept False by the lead (session 16): on C7 it moves 9 tiled figures, 6 of them further off and none in or out, and
#: the AIE API's own FFT stages load through one pointer with an offset register each and name load unit B for the
#: second load (validation/cases_c20.py SAME_POINTER_DIAGNOSTIC), i.e. the rule may not bind on such loads.
TILER_SAME_POINTER = False


@dataclass(frozen=True)
class TilerParams:
    """One DSPLib tiler (``untile`` False) or untiler (``untile`` True) kernel.

    Attributes:
        dtype: sample type (int16, int32, cint16, cint32).
        m, n: the tile (tiler of A: Atile x ABtile; of B: ABtile x Btile; untiler: Atile x
            Btile of :data:`aiesim_py.kernels.matrix_mult.TILING`).
        rows, cols: the matrix this kernel re-orders (``inRow`` x ``inCol``).
        leading: ROW_MAJOR (0) or COL_MAJOR (1) of the untiled side.
        untile: True for ``untilerKernelClass`` (tiled -> row / column major).
    """
    dtype: str
    m: int
    n: int
    rows: int
    cols: int
    leading: int = ROW_MAJOR
    untile: bool = False

    def __post_init__(self):
        t = sample_type(self.dtype, KIND)
        if t.floating:
            raise ValueError(f"{KIND}: {self.dtype} is not modelled (integer types only)")
        if self.leading not in (ROW_MAJOR, COL_MAJOR):
            raise ValueError(f"{KIND}: leading must be 0 (row major) or 1 (column major), got {self.leading}")
        if self.dtype == "int16" and self.leading == COL_MAJOR and (self.untile or self.n == 4):
            raise ValueError(f"{KIND}: DSPLib does not support column-major int16 here (static_assert in "
                             "matrix_mult_tiler.cpp / matrix_mult_untiler.cpp); use leading=0")
        if self.rows % self.m or self.cols % self.n or self.rows <= 0 or self.cols <= 0:
            raise ValueError(f"{KIND}: a {self.rows} x {self.cols} matrix is not a whole number of "
                             f"{self.m} x {self.n} tiles")
        s = self.schedule()
        if s.outer_trips < 1 or s.inner_trips < 1:
            raise ValueError(f"{KIND}: a {self.rows} x {self.cols} {self.dtype} matrix is smaller than one "
                             f"{s.vector_size}-sample vector (DSPLib requires at least 512 bits)")

    @property
    def nbytes(self) -> int:
        return self.rows * self.cols * sample_type(self.dtype).bytes

    def ports(self) -> tuple[KernelPort, ...]:
        return (KernelPort("in", "buffer", self.nbytes), KernelPort("out", "buffer", self.nbytes))

    def schedule(self) -> "TilerSchedule":
        return _tiler_schedule(self) if not self.untile else _untiler_schedule(self)


@dataclass(frozen=True)
class TilerSchedule:
    """Loop nest of one call: ``outer_trips`` x ``inner_trips`` vectors of ``vector_size``
    samples; per vector ``loads`` load ops, ``inserts`` vector-ALU ops placing 128-bit loads,
    ``shuffles`` VSHUFFLEs in ``shuffle_levels`` dependent levels, ``extracts`` vector-ALU ops
    taking 128-bit parts out for their stores, ``stores`` store ops."""
    vector_size: int
    outer_trips: int
    inner_trips: int
    loads: int
    shuffles: int
    shuffle_levels: int
    stores: int
    inserts: int = 0
    extracts: int = 0


def _ops(samples: int, bytes_per_sample: int, port_bytes: int) -> int:
    return -(-samples * bytes_per_sample // port_bytes)


def _quarter_moves(vector: int, part: int, bytes_per_sample: int) -> int:
    """128-bit parts of a ``vector``-sample vector that sit above the bottom of their 512-bit
    register: the parts :data:`INSERT_OPS` / :data:`EXTRACT_OPS` are charged for (0 unless
    ``part`` samples are 128 bits; 256-bit halves are register halves, no op)."""
    if part * bytes_per_sample * 8 != QUARTER_BITS:
        return 0
    vector_bits = vector * bytes_per_sample * 8
    registers = max(1, vector_bits // (8 * SHUFFLE_BYTES))
    per_register = min(vector_bits, 8 * SHUFFLE_BYTES) // QUARTER_BITS
    return registers * (per_register - 1)


def _tiler_schedule(p: TilerParams) -> TilerSchedule:
    """``shuffleTile`` (matrix_mult_tiler.cpp, AIE-ML branch)."""
    b = sample_type(p.dtype).bytes
    m, n = p.m, p.n
    min_gran = 16 // b
    row = p.leading == ROW_MAJOR
    load = (n if n >= min_gran else min_gran) if row else (m if m >= min_gran else min_gran)
    min_v = 64 // b
    v = 2 * min_v if min_v < m * n else min_v
    loads_per_vector = v // load
    if row:
        cols_per_vector = load * loads_per_vector // m if v // m <= p.cols else p.cols
        rows_per_vector = m if v // m <= p.cols else v // p.cols
    else:
        cols_per_vector = (p.cols if load >= p.cols else loads_per_vector if load >= m
                           else loads_per_vector // (m // load))
        rows_per_vector = load if load >= m else m
    tiles_per_load = load // n
    tiles_in_vector = v // (n * m)
    row_tiles = max(rows_per_vector // m, 1)
    shuffles, levels = 0, 0
    full, half, quarter = _ops(v, b, SHUFFLE_BYTES), _ops(v // 2, b, SHUFFLE_BYTES), _ops(v // 4, b, SHUFFLE_BYTES)
    if n < min_gran or not row:
        if row:
            if tiles_in_vector == 4 and tiles_per_load == 4:
                shuffles, levels = 2 * half + 4 * quarter, 2     # filter even/odd, then again on each half
            elif tiles_in_vector == 4 and tiles_per_load == 2:
                shuffles, levels = 4 * quarter, 1                # filter even/odd of each half
            elif tiles_in_vector == 2 and tiles_per_load == 2:
                shuffles, levels = 2 * half, 1
        else:
            shuffles, levels = (full, 1) if (tiles_in_vector > 1 or m > 1) else (0, 0)   # transpose
            if tiles_in_vector == 4:
                shuffles, levels = shuffles + 4 * quarter, levels + 1
            elif tiles_in_vector == 2:
                shuffles, levels = shuffles + 2 * half, levels + 1
    return TilerSchedule(vector_size=v, outer_trips=p.rows // rows_per_vector,
                         inner_trips=p.cols // cols_per_vector,
                         loads=loads_per_vector * _ops(load, b, 32), shuffles=shuffles, shuffle_levels=levels,
                         stores=row_tiles * _ops(v // row_tiles, b, 32),
                         inserts=INSERT_OPS * _quarter_moves(v, load, b),
                         extracts=EXTRACT_OPS * _quarter_moves(v, v // row_tiles, b))


def _untiler_schedule(p: TilerParams) -> TilerSchedule:
    """``doUnTile`` (matrix_mult_untiler.cpp, ``__SUPPORTS_ACC64__`` branch)."""
    b = sample_type(p.dtype).bytes
    m, n = p.m, p.n
    row = p.leading == ROW_MAJOR
    min_gran = 16 // b
    load = n if n >= min_gran else min_gran
    mul_loads = load <= n and row
    min_v = 64 // b
    v = 2 * min_v if min_v < m * n else min_v
    loads_per_vector = v // load
    tiles_per_vector = v // (m * n)
    cols_per_vector = (v if v <= p.cols else p.cols) if mul_loads else tiles_per_vector * n
    rows_per_vector = (1 if v <= p.cols else v // p.cols) if mul_loads else m
    vectors_per_col, vectors_per_row = p.rows // rows_per_vector, p.cols // cols_per_vector
    outer, inner = (vectors_per_col, vectors_per_row) if row else (vectors_per_row, vectors_per_col)
    outer_dim, inner_dim = (rows_per_vector, cols_per_vector) if row else (cols_per_vector, rows_per_vector)
    shuffle = (not row) or load > n
    stores = outer_dim * max(inner_dim // load, 1)
    return TilerSchedule(vector_size=v, outer_trips=outer, inner_trips=inner,
                         loads=loads_per_vector * _ops(load, b, 32),
                         shuffles=_ops(v, b, SHUFFLE_BYTES) if shuffle else 0, shuffle_levels=1 if shuffle else 0,
                         stores=stores * _ops(load, b, 32),
                         inserts=INSERT_OPS * _quarter_moves(v, load, b),
                         extracts=EXTRACT_OPS * min(stores - 1, _quarter_moves(v, load, b)))


def tiler_cycles(p: TilerParams, t: CoreTiming) -> KernelCost:
    """Cycles of one call of a tiler / untiler (see the module docstring).

    Per vector: :attr:`TilerSchedule.loads` on either load unit, the inserts, shuffles and
    extracts on the vector-ALU slot, the stores on the store unit; II = the busiest slot.
    Depth = loads (``vload_latency``), the inserts, each shuffle level and the extracts
    (``vector_alu_latency`` each), stores.

    Raises:
        ValueError: never for a valid :class:`TilerParams` (checked at construction).
    """
    s = p.schedule()
    body = SlotUse(load_any=s.loads, vector_alu=s.shuffles + s.inserts + s.extracts, store=s.stores)
    ii = resource_ii(body, t)
    load_issue = -(-s.loads // t.load_slots)
    if TILER_SAME_POINTER:
        load_issue = same_pointer_load_cycles((s.loads,), t)     # one pointer (TILER_SAME_POINTER)
        ii = max(ii, load_issue)
    steps = [(load_issue, t.vload_latency)]
    if s.inserts:
        steps.append((s.inserts, t.vector_alu_latency))
    per_level = -(-s.shuffles // s.shuffle_levels) if s.shuffle_levels else 0
    steps += [(per_level, t.vector_alu_latency)] * s.shuffle_levels
    if s.extracts:
        steps.append((s.extracts, t.vector_alu_latency))
    steps.append((s.stores, 0))
    depth = critical_path(*steps)
    if s.inner_trips > 1:
        per_outer = loop_cycles(s.inner_trips, ii, depth, pipelined=True) + loop_setup_cycles(t, s.inner_trips)
        loop = s.outer_trips * per_outer + loop_setup_cycles(t, s.outer_trips)
    else:
        loop = loop_cycles(s.outer_trips, ii, depth, pipelined=True) + loop_setup_cycles(t, s.outer_trips)
    call = adf_call_overhead(t, 2)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=s.outer_trips * s.inner_trips, pipelined=True,
                      function_cycles=loop + t.call_overhead_cycles, first_output_cycles=call // 2 + depth)
