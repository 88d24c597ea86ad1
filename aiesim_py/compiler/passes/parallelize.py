"""Parallelize: choose cas_length x cas_num per dense layer.

cas_length tiles along a cascade split the input features K; cas_num chains split the
output features N. A choice is feasible when every tile's buffers fit its data memory
(:func:`~aiesim_py.compiler.passes.memory.allocate_tile_memory`), the memory tiles that
feed and collect the layer have enough DMA channels (cas_length MM2S, cas_num S2MM), a
chain fits a grid row and the chains fit the rows. Among feasible choices the slowest
stage sets the interval, so the search first finds the smallest achievable interval
``T* = max over layers of (min stage cycles)``, then gives every layer the fewest tiles
that keep its stage within ``T*`` (ties: lower latency).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.memory import allocate_tile_memory
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.errors import ResourceError
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.dense import DenseParams, dense_cycles
from aiesim_py.units import ceil_div, round_up

#: mmul shape per (activation bits, weight bits): native AIE-ML shapes with N = 8 (API-MMUL;
#: int8 x int16 has no native shape, 4x4x8 is the API's emulated one)
MMUL_SHAPES = {(8, 8): (4, 8, 8), (16, 8): (4, 4, 8), (8, 16): (4, 4, 8), (16, 16): (4, 2, 8)}
MMUL = MMUL_SHAPES[(8, 8)]
MAX_CANDIDATE = 8


@dataclass(frozen=True)
class LayerParallelism:
    """The parallelism of one layer and its per-tile slice sizes (padded)."""
    cas_length: int
    cas_num: int
    k_slice: int
    n_slice: int
    stage_cycles: int
    kernel_cycles: int

    @property
    def tiles(self) -> int:
        return self.cas_length * self.cas_num


def slice_params(q: LayerQuant, batch: int, cas_length: int, cas_num: int, cas_index: int = 0) -> DenseParams:
    """DenseParams of one tile for a layer split ``cas_length x cas_num``."""
    k_dim, n_dim = q.weight.shape
    mm, mk, mn = MMUL_SHAPES[(q.a_bits, q.w_bits)]
    k_slice = round_up(ceil_div(k_dim, cas_length), mk)
    n_slice = round_up(ceil_div(n_dim, cas_num), mn)
    if cas_length == 1:
        role = "single"
    elif cas_index == 0:
        role = "first"
    elif cas_index == cas_length - 1:
        role = "last"
    else:
        role = "middle"
    return DenseParams(role=role, batch=batch, k=k_slice, n=n_slice, mmul_m=mm, mmul_k=mk,
                       mmul_n=mn, shift=q.shift, rounding=q.rounding, saturation=q.saturation,
                       relu=q.relu, ops=q.ops, out_bits=q.out_bits, a_bits=q.a_bits, w_bits=q.w_bits)


def evaluate(q: LayerQuant, batch: int, cas_length: int, cas_num: int, device: Device) -> LayerParallelism:
    """Cost of one choice; raises ResourceError naming the limit when it does not fit."""
    k_dim, n_dim = q.weight.shape
    where = f"layer {q.name!r} ({k_dim}x{n_dim}) at {cas_length}x{cas_num}"
    if cas_length < 1 or cas_num < 1:
        raise ResourceError(f"{where}: cas_length and cas_num must be >= 1")
    _, mk, mn = MMUL_SHAPES[(q.a_bits, q.w_bits)]
    if cas_length > ceil_div(k_dim, mk):
        raise ResourceError(f"{where}: cas_length {cas_length} leaves tiles without input features "
                            f"(at most {ceil_div(k_dim, mk)} for K={k_dim})")
    if cas_num > ceil_div(n_dim, mn):
        raise ResourceError(f"{where}: cas_num {cas_num} leaves chains without output features "
                            f"(at most {ceil_div(n_dim, mn)} for N={n_dim})")
    mt = device.memtile
    if cas_length > mt.dma_mm2s_channels:
        raise ResourceError(f"{where}: cas_length {cas_length} needs {cas_length} memory-tile MM2S channels, "
                            f"a memory tile has {mt.dma_mm2s_channels}")
    if cas_num > mt.dma_s2mm_channels:
        raise ResourceError(f"{where}: cas_num {cas_num} needs {cas_num} memory-tile S2MM channels, "
                            f"a memory tile has {mt.dma_s2mm_channels}")
    if cas_num > device.grid.compute_rows:
        raise ResourceError(f"{where}: cas_num {cas_num} chains exceed the {device.grid.compute_rows} compute rows")
    if cas_length > device.grid.columns:
        raise ResourceError(f"{where}: a cascade of {cas_length} exceeds the {device.grid.columns} columns")
    worst = 0
    for idx in {0, cas_length - 1}:
        p = slice_params(q, batch, cas_length, cas_num, idx)
        allocate_tile_memory(p, device, where)          # raises when it does not fit
        worst = max(worst, dense_cycles(p, AIE_ML_CORE).total_cycles)
    p = slice_params(q, batch, cas_length, cas_num, 0)
    bpc = device.stream.dma_bytes_per_cycle
    dma_in = ceil_div(p.input_bytes, bpc)
    dma_out = ceil_div(p.batch * p.n * p.out_bits // 8, bpc)
    stage = max(worst, dma_in, dma_out)
    return LayerParallelism(cas_length, cas_num, p.k, p.n, stage, worst)


def parse_parallelism(spec: str | None, n_layers: int) -> list[tuple[int, int]] | None:
    """``"1x4,4x2"`` -> ``[(1, 4), (4, 2)]`` (cas_length x cas_num per dense layer)."""
    if spec is None or spec in ("", "auto"):
        return None
    parts = [s.strip() for s in str(spec).split(",")]
    if len(parts) != n_layers:
        raise ResourceError(f"parallelism {spec!r} has {len(parts)} entries but the model has "
                            f"{n_layers} dense layers; give one cas_lengthxcas_num per layer, e.g. "
                            f"{','.join(['1x1'] * n_layers)}")
    out = []
    for i, part in enumerate(parts):
        try:
            a, b = part.lower().split("x")
            out.append((int(a), int(b)))
        except ValueError:
            raise ResourceError(f"parallelism entry {i} {part!r} is not of the form "
                                "cas_lengthxcas_num, e.g. 2x4") from None
    return out


def plio_stage_cycles(features: int, batch: int, device: Device, element_bytes: int = 1) -> int:
    """Array cycles to move one iteration of ``features`` elements per row through a PLIO:
    rows padded to 32-bit words, rate min(PLIO width x PL clock, one stream word/cycle)."""
    bytes_per_iter = batch * round_up(features * element_bytes, 4)
    plio_rate = device.plio.width_bits / 8 * device.pl_clock_hz / device.clock_hz
    rate = min(plio_rate, device.stream.dma_bytes_per_cycle)
    return int(-(-bytes_per_iter // rate))


OBJECTIVES = ("interval", "latency", "tiles")


def choose_parallelism(plans: list[LayerQuant], batch: int, device: Device,
                       user: list[tuple[int, int]] | None = None,
                       objective: str = "interval") -> list[LayerParallelism]:
    """Pick (or check the user's) cas_length x cas_num for every layer.

    The PLIOs bound the interval from below too: no layer gets more tiles than it needs
    to keep up with the input and output streams.

    Objectives: ``"interval"`` (default, above), ``"latency"`` (every layer its fastest
    kernel, ties: fewer tiles), ``"tiles"`` (every layer its fewest tiles, ties: faster).

    Raises:
        ResourceError: a user choice that does not fit (naming layer and limit), or a
            layer with no feasible choice at all.
    """
    if objective not in OBJECTIVES:
        raise ResourceError(f"unknown objective {objective!r}; choose one of {', '.join(OBJECTIVES)}")
    if user is not None:
        return [evaluate(q, batch, a, b, device) for q, (a, b) in zip(plans, user)]
    options: list[list[LayerParallelism]] = []
    for q in plans:
        layer_opts = []
        last_error = None
        for a in range(1, MAX_CANDIDATE + 1):
            for b in range(1, MAX_CANDIDATE + 1):
                try:
                    layer_opts.append(evaluate(q, batch, a, b, device))
                except ResourceError as exc:
                    last_error = exc
        if not layer_opts:
            raise ResourceError(f"layer {q.name!r}: no cas_length x cas_num fits the device "
                                f"({last_error})")
        options.append(layer_opts)
    if objective == "latency":
        return [min(opts, key=lambda o: (o.kernel_cycles, o.tiles, o.cas_length)) for opts in options]
    if objective == "tiles":
        return [min(opts, key=lambda o: (o.tiles, o.stage_cycles, o.cas_length)) for opts in options]
    k0, n_last = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    target = max([min(o.stage_cycles for o in opts) for opts in options]
                 + [plio_stage_cycles(k0, batch, device, plans[0].a_bits // 8),
                    plio_stage_cycles(n_last, batch, device, plans[-1].out_bits // 8)])
    chosen = []
    for opts in options:
        ok = [o for o in opts if o.stage_cycles <= target]
        chosen.append(min(ok, key=lambda o: (o.tiles, o.kernel_cycles, o.cas_length)))
    return chosen
