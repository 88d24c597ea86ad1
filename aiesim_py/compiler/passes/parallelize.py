"""Parallelize: choose cas_length x cas_num and the microtile (mmul shape) of every dense layer.

cas_length tiles along a cascade split the input features K; cas_num chains split the
output features N. A choice is feasible when every tile's buffers fit its data memory
(:func:`~aiesim_py.compiler.passes.memory.allocate_tile_memory`), its DMA BD and lock
budget holds, the memory-tile DMA channels that feed and collect the layer exist (a shared
buffer is served by its own memory tile's 6 + 6 channels and by channels 0-3 of its east
and west neighbours, which reach its memory: aieml-facts.md 5.1, UG1603-MT, MLIR-TM
``getMaxChannelNumForAdjacentMemTile``), a chain fits a grid row and the chains fit the rows.

Microtile: every layer's candidates are the ``microtile`` knob's shapes (default "auto": the
default shape of its type pair and the device's native shapes, :func:`microtiles`), each
costed with the device's core timing (:func:`~aiesim_py.kernels.dense_cost.device_core_timing`:
MAC rate per type pair, load/store widths), so AIE-MLv2 layers take the 512-MAC int8 8x8x8
where it is faster and AIE-ML layers keep 4x8x8.

Cost of a choice: the *stage* cycles = max(kernel cycles of its slowest role from the
kernel cost model, memory-tile MM2S cycles of one input slice, tile MM2S cycles of one
output slice); the stage of the slowest layer, or the PLIO transfer of one iteration,
sets the pipeline interval.

Joint search (objective ``"interval"``): the layers share the 2D grid, so the search looks
for the smallest interval ``T`` for which giving every layer its fewest tiles with stage
<= ``T`` fits the grid (total tiles and the placement), by bisection over the candidate
stage values; then, within ``tolerance`` (relative) of that interval, the ``T`` that uses
the fewest tiles. Every layer thus gets just enough tiles to keep up with the slowest
one (a balanced pipeline), never more.

Relays: a layer after the first may have up to :func:`relay_max_cas_length` K slices (27 on
a VE2802), reading those past one shared buffer's read channels through a memory-tile relay
(``passes.plan``); the relay copy (4 B/cycle) is part of its stage and, for the latency
objective, of its latency (``relay_cycles``). Such choices are among a layer's options only
where they are not dominated, so the search takes them where the channel limit would
otherwise cap the layer: its weights fit no shorter cascade (without the relay they would be
streamed from memory tiles, several times slower), or it needs a lower stage than 14 slices
give. When the fewest tiles per layer do not pack into the grid, :func:`_fewest_placed`
swaps rectangles (a relayed 16-wide layer leaves odd column counts free).

PLIOs: one input and one output PLIO move 4 B/cycle each (min(PLIO width x PL clock, one
stream word per cycle)). When they, not the layers, would set the interval, the search is
repeated with several PLIOs (:func:`plio_groups`: one input PLIO per group of the first
layer's K slices, each into its own memory tile, so that layer's cascade is no longer held to
one buffer's read channels; one output PLIO per group of the last layer's chains) and taken
when it shortens the interval by more than :data:`PLIO_SPLIT_FACTOR` without more
tile-cycles per iteration. Small models keep one PLIO each way.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Callable

from aiesim_py.arch.device import Device
from aiesim_py.compiler.passes.memory import allocate_tile_memory
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.errors import ResourceError
from aiesim_py.isa.mmul import AIE_ML_V2_MMUL_MODES, EMULATED_MMUL_SHAPES, NATIVE_MMUL_SHAPES
from aiesim_py.isa.timing import CoreTiming
from aiesim_py.kernels.dense import DenseParams, dense_cycles
from aiesim_py.kernels.dense_cost import device_core_timing
from aiesim_py.units import ceil_div, round_up

#: default mmul shape per (activation bits, weight bits) (the first candidate of every microtile
#: set; the dense template emits any aie::mmul shape): native AIE-ML shapes with N = 8 (API-MMUL; int8 x int16 has no native shape, 4x4x8 is
#: the API's emulated one); bf16 x bf16: the native 4x8x4 into accfloat (key
#: ``LayerQuant.mmul_key``)
MMUL_SHAPES = {(8, 8): (4, 8, 8), (16, 8): (4, 4, 8), (8, 16): (4, 4, 8), (16, 16): (4, 2, 8),
               ("bf16", "bf16"): (4, 8, 4)}
MMUL = MMUL_SHAPES[(8, 8)]
#: microtile sets the search may consider: "auto" (the default shape of :data:`MMUL_SHAPES`
#: and the device's native shapes of the type pair, device file ``[mmul.*] native_shapes``),
#: "firmware" (the default shape alone) or "all" ("auto" plus every emulated aie::mmul shape,
#: API-MMUL). A shape "MxKxN" (or one entry per dense layer, :func:`parse_microtiles`) pins it.
MICROTILE_SETS = ("auto", "firmware", "all")
#: memory-tile DMA channels 0-3 also reach the east and west neighbour's memory (aieml-facts 5.1)
MEMTILE_NEIGHBOUR_CHANNELS = 4
#: BDs and locks of one ping-pong buffer port: one BD and one lock pair per buffer (UG1603-MT)
BDS_PER_PORT = 2
LOCKS_PER_BUFFER = 2
DEFAULT_TOLERANCE = 0.1
#: an extra PLIO costs a memory tile, a shim-PL port and a PL data mover: several PLIOs per
#: direction are used only when one PLIO would stretch the interval by more than this factor
PLIO_SPLIT_FACTOR = 1.5
#: cycles a pipeline stage pays per iteration besides its work: BD setup, lock release and the
#: lock hand-off to a blocked waiter (the timing model's assumptions DMA_BD_SETUP_CYCLES 4,
#: DMA_LOCK_RELEASE_CYCLES 1, LOCK_WAKEUP_CYCLES 10; aieml-facts.md section 10 gap 1)
STAGE_OVERHEAD_CYCLES = 15


@dataclass(frozen=True)
class LayerParallelism:
    """The parallelism of one layer and its per-tile slice sizes (padded).

    ``stage_cycles``: cycles per iteration of the layer's slowest unit (kernel or DMA);
    ``kernel_cycles``: cost-model cycles of its slowest kernel role; ``mmul``: (M, K, N);
    ``relay_cycles``: cycles of the memory-tile relay copy per iteration (DMA bytes / 4 B
    per cycle + :data:`STAGE_OVERHEAD_CYCLES`; the relayed K slices start that much later),
    0 when the layer reads every K slice from its own shared buffer.
    """
    cas_length: int
    cas_num: int
    k_slice: int
    n_slice: int
    stage_cycles: int
    kernel_cycles: int
    mmul: tuple[int, int, int] = MMUL
    weights: str = "tile"       # "tile" (resident) or "memtile" (streamed, passes/weights.py)
    chunk_n: int = 0            # streamed: weight chunk columns (DenseParams.weight_chunk_n)
    relay_cycles: int = 0       # memory-tile relay copy per iteration (cycles), 0: no relay
    w_bits: int = 8             # weight element bits (memory-tile bytes of a streamed slice)

    @property
    def relayed(self) -> bool:
        """Whether the layer reads its last K slices through a memory-tile relay."""
        return self.relay_cycles > 0

    @property
    def tiles(self) -> int:
        return self.cas_length * self.cas_num


def device_native_shapes(mmul_key, device: Device | None) -> list[tuple[int, int, int]]:
    """Native (M, K, N) shapes of a type pair on ``device`` (device file ``[mmul.<a>x<b>]
    native_shapes``); the AIE-ML table of ``isa.mmul`` (API-MMUL) when the device file does
    not list the pair or no device is given."""
    key = tuple("bfloat16" if x == "bf16" else f"int{x}" for x in mmul_key)
    spec = device.mmul.get(f"{key[0]}x{key[1]}") if device is not None else None
    if spec is not None:
        return [tuple(s) for s in spec.native_shapes]
    return [tuple(s) for s in NATIVE_MMUL_SHAPES.get(key, [])]


def microtiles(mmul_key, which: str = "firmware", device: Device | None = None) -> list[tuple[int, int, int]]:
    """Candidate (M, K, N) shapes for a type pair (``LayerQuant.mmul_key``: (a_bits, w_bits)
    or ("bf16", "bf16")): the default shape (:data:`MMUL_SHAPES`) first, then the device's
    native ones (:func:`device_native_shapes`), then ("all") the API-MMUL emulated ones: on
    an AIE-ML v2 device (``arch = "aie-ml-v2"``) every shape of the AIE API's AIE-MLv2 row
    (``isa.mmul.AIE_ML_V2_MMUL_MODES``; it lacks AIE-ML shapes such as int8 2x8x8 and 4x16x8,
    which do not compile there) except those it gives only a 64-bit accumulator (int16 2x4x8,
    4x4x8): the dense template accumulates in acc32.

    Raises:
        ResourceError: ``which`` is not one of :data:`MICROTILE_SETS`.
    """
    if which not in MICROTILE_SETS:
        raise ResourceError(f"unknown microtile set {which!r}; choose one of {', '.join(MICROTILE_SETS)}")
    first = MMUL_SHAPES[mmul_key]
    if which == "firmware" or mmul_key == ("bf16", "bf16"):     # the bf16 template has one shape
        return [first]
    key = tuple(f"int{x}" for x in mmul_key)
    shapes = [first] + device_native_shapes(mmul_key, device)
    if which == "all" and device is not None and device.arch == "aie-ml-v2":
        # the dense template accumulates in acc32: shapes the table gives acc64 only are out
        shapes += [s for s, tags in AIE_ML_V2_MMUL_MODES.get(key, {}).items() if "acc64" not in tags.split()]
    elif which == "all":
        shapes += list(NATIVE_MMUL_SHAPES.get(key, [])) + list(EMULATED_MMUL_SHAPES.get(key, []))
    # the memory-tile DMA moves whole 32-bit words (AM020 memory-tile DMA; the firmware writer
    # refuses sub-word tilings): a microtile row of A (K elements) must be whole words
    shapes = [s for s in shapes if s[1] * mmul_key[0] % 32 == 0]
    return list(dict.fromkeys(tuple(s) for s in shapes))


def _shape_name(shape) -> str:
    return "x".join(map(str, shape))


def parse_microtiles(spec, plans: list[LayerQuant], device: Device | None = None) -> list[list[tuple[int, int, int]]]:
    """The candidate shapes of every dense layer from the ``microtile`` knob.

    ``spec``: a set name of :data:`MICROTILE_SETS` for every layer (``"auto"``: cost-picked
    among the device's native shapes); a shape ``"8x8x8"`` for every layer; or one entry per
    dense layer, comma separated (``"8x8x8,auto,4x8x8"``) or as a list, each a set name or a
    shape. A shape must be an ``aie::mmul`` shape of the layer's type pair
    (``microtiles(key, "all", device)``).

    Raises:
        ResourceError: wrong entry count, a malformed entry, or a shape the layer's type pair
            has no aie::mmul for (the message names the knob and the allowed values).
    """
    if spec is None:
        spec = "auto"
    if isinstance(spec, str):
        parts = [x.strip().lower() for x in spec.split(",")]
    elif isinstance(spec, (list, tuple)) and spec and all(isinstance(x, int) for x in spec):
        parts = [_shape_name(spec)]
    else:
        parts = [x if isinstance(x, str) else _shape_name(x) for x in spec]
        parts = [x.strip().lower() for x in parts]
    if len(parts) == 1:
        parts = parts * len(plans)
    if len(parts) != len(plans):
        raise ResourceError(f"microtile {spec!r} has {len(parts)} entries but the model has {len(plans)} dense "
                            f"layers; give one of {', '.join(MICROTILE_SETS)} or an MxKxN shape for all layers, "
                            "or one entry per layer")
    out = []
    for i, (q, part) in enumerate(zip(plans, parts)):
        if part in MICROTILE_SETS:
            out.append(microtiles(q.mmul_key, part, device))
            continue
        allowed = microtiles(q.mmul_key, "all", device)
        try:
            shape = tuple(int(v) for v in part.split("x"))
            if len(shape) != 3:
                raise ValueError
        except ValueError:
            raise ResourceError(f"microtile entry {i} {part!r} (layer {q.name!r}) is neither one of "
                                f"{', '.join(MICROTILE_SETS)} nor an MxKxN shape such as "
                                f"{_shape_name(allowed[0])}") from None
        if shape not in allowed:
            pair = "bfloat16 x bfloat16" if q.mmul_key == ("bf16", "bf16") else \
                f"int{q.mmul_key[0]} x int{q.mmul_key[1]}"
            raise ResourceError(f"microtile {part} for layer {q.name!r} is not an aie::mmul shape of {pair} the "
                                f"dense kernel takes{'' if device is None else ' on ' + device.name}; "
                                f"allowed: {', '.join(_shape_name(x) for x in allowed)} or auto")
        out.append([shape])
    return out


def slice_params(q: LayerQuant, batch: int, cas_length: int, cas_num: int, cas_index: int = 0,
                 mmul: tuple[int, int, int] | None = None) -> DenseParams:
    """DenseParams of one tile for a layer split ``cas_length x cas_num`` (microtile ``mmul``,
    default :data:`MMUL_SHAPES` of the layer's type pair)."""
    k_dim, n_dim = q.weight.shape
    mm, mk, mn = mmul or MMUL_SHAPES[q.mmul_key]
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
                       relu=q.relu, ops=q.ops, out_bits=q.out_bits, a_bits=q.a_bits, w_bits=q.w_bits,
                       arith=q.arith)


@functools.lru_cache(maxsize=65536)
def _kernel_cycles(p: DenseParams, core: CoreTiming) -> int:
    return dense_cycles(p, core).total_cycles


_MEMORY_CACHE: dict = {}


def _fits_memory(p: DenseParams, device: Device) -> str | None:
    """None when a tile of ``p`` fits the data memory, else the reason (cached)."""
    key = (p, device.name, device.compute_tile)
    if key not in _MEMORY_CACHE:
        try:
            allocate_tile_memory(p, device, "")
            _MEMORY_CACHE[key] = None
        except ResourceError as exc:
            _MEMORY_CACHE[key] = str(exc)
    return _MEMORY_CACHE[key]


def memtile_ports(device: Device, direction: str) -> int:
    """DMA channels that can serve one shared buffer in ``direction`` ("mm2s"/"s2mm"):
    the buffer's own memory tile's channels plus channels 0-3 of each neighbour."""
    mt = device.memtile
    own = mt.dma_mm2s_channels if direction == "mm2s" else mt.dma_s2mm_channels
    return own + 2 * min(MEMTILE_NEIGHBOUR_CHANNELS, own)


def filled_slices(dim: int, parts: int, step: int) -> int:
    """Slices of ``dim`` features that hold data when split in ``parts`` slices, each
    rounded up to a multiple of ``step`` (the microtile K or N, :func:`slice_params`):
    ``ceil(dim / slice)``; fewer than ``parts`` when the rounding leaves slices of padding
    only (e.g. K = 216 in 20 slices of 16 fills 14)."""
    return ceil_div(dim, round_up(ceil_div(dim, parts), step))


def relay_max_cas_length(device: Device) -> int:
    """Largest cas_length of a non-first layer with one memory-tile relay: the home buffer
    keeps ``memtile_ports - 1`` direct read channels, its last one feeds the relay buffer,
    whose read channels serve up to ``memtile_ports`` more K slices. Counts are memory-tile
    MM2S (read) channels, :func:`memtile_ports`."""
    return 2 * memtile_ports(device, "mm2s") - 1


def relay_direct_ports(device: Device) -> int:
    """Read channels (memory-tile MM2S, :func:`memtile_ports`) a relayed layer's home buffer
    serves directly: K slices ``0 .. relay_direct_ports - 1``; its next channel feeds the
    relay buffer."""
    return memtile_ports(device, "mm2s") - 1


#: the memory-tile DMA addresses whole 32-bit words: dimension-0 sizes, offsets and strides
#: are whole words (AM020 memory-tile DMA; UG1603 memory-tile tiling limitations)
DMA_WORD_BYTES = 4


def relay_columns(k_dim: int, k_slice: int, a_bits: int, device: Device) -> tuple[int, int]:
    """Columns ``[c0, c1)`` (elements) of a relayed layer's input that the relay copies per
    batch row: from the first relayed K slice (``relay_direct_ports x k_slice``) to the real
    K rounded up to whole DMA words (:data:`DMA_WORD_BYTES`), not to the previous layer's
    padded width (the relay buffer's read tiling zero-pads past ``c1``). ``c1 <= c0`` when
    the relayed slices hold only padding."""
    c0 = relay_direct_ports(device) * k_slice
    c1 = round_up(k_dim, max(1, DMA_WORD_BYTES * 8 // a_bits))
    return c0, c1


def evaluate(q: LayerQuant, batch: int, cas_length: int, cas_num: int, device: Device,
             mmul: tuple[int, int, int] | None = None, split_input: bool = False,
             weights: str = "tile", relay: bool = False) -> LayerParallelism:
    """Cost of one choice; raises ResourceError naming the limit when it does not fit.

    ``split_input``: the layer reads the host input, which several input PLIOs may bring
    into several memory tiles (one shared buffer per group of K slices,
    :func:`plio_groups`), so its cascade is not limited by one buffer's read channels.
    ``relay``: a non-first layer may read more K slices than one shared buffer has read
    channels through one memory-tile relay (:func:`relay_max_cas_length`; the buffer's
    last read channel streams the remaining columns into a second memory tile, see
    ``passes.plan``); its stage then also covers that copy (bytes / DMA bytes per cycle
    + :data:`STAGE_OVERHEAD_CYCLES`; the copy is the real K rounded up to whole DMA words,
    :func:`relay_columns`). Tile-resident weights only.

    Refused (ResourceError, one line naming the layer): K slices that hold only padding
    (:func:`filled_slices` below ``cas_length``: their tiles would compute zeros; the message
    names the largest cas_length below it that fills its slices); a cascade past one shared
    buffer's read channels on a streamed layer (a relay serves tile-resident weights only).
    """
    k_dim, n_dim = q.weight.shape
    mmul = tuple(mmul or MMUL_SHAPES[q.mmul_key])
    mm, mk, mn = mmul
    where = f"layer {q.name!r} ({k_dim}x{n_dim}) at {cas_length}x{cas_num}"
    if cas_length < 1 or cas_num < 1:
        raise ResourceError(f"{where}: cas_length and cas_num must be >= 1")
    if batch % mm:
        raise ResourceError(f"{where}: batch {batch} is not a multiple of the microtile M {mm}")
    if cas_length > ceil_div(k_dim, mk):
        raise ResourceError(f"{where}: cas_length {cas_length} leaves tiles without input features "
                            f"(at most {ceil_div(k_dim, mk)} for K={k_dim})")
    if cas_num > ceil_div(n_dim, mn):
        raise ResourceError(f"{where}: cas_num {cas_num} leaves chains without output features "
                            f"(at most {ceil_div(n_dim, mn)} for N={n_dim})")
    ports = memtile_ports(device, "mm2s")
    relayed = (relay and weights == "tile" and not split_input and ports < cas_length <= relay_max_cas_length(device))
    if cas_length > ports and not split_input and not relayed:
        if relay and weights == "tile":
            raise ResourceError(f"{where}: cas_length {cas_length} needs {cas_length} memory-tile MM2S channels; "
                                f"a shared buffer reaches at most {ports} and one relay "
                                f"through a second memory tile at most {relay_max_cas_length(device)}")
        streamed = (f" (a memory-tile relay serves tile-resident weights only: --weights tile for this layer, "
                    f"or cas_length <= {ports})" if relay and cas_length <= relay_max_cas_length(device) else "")
        raise ResourceError(f"{where}: cas_length {cas_length} needs {cas_length} memory-tile MM2S channels; "
                            f"a shared buffer reaches at most {ports} (its memory tile's "
                            f"{device.memtile.dma_mm2s_channels} and channels 0-3 of both neighbours; only the "
                            f"first layer, fed by input PLIOs, may split its input over several memory tiles)"
                            f"{streamed}")
    if cas_num > memtile_ports(device, "s2mm"):
        raise ResourceError(f"{where}: cas_num {cas_num} needs {cas_num} memory-tile S2MM channels; "
                            f"a shared buffer reaches at most {memtile_ports(device, 's2mm')}")
    if cas_num > device.grid.compute_rows:
        raise ResourceError(f"{where}: cas_num {cas_num} chains exceed the {device.grid.compute_rows} compute rows")
    if cas_length > device.grid.columns:
        raise ResourceError(f"{where}: a cascade of {cas_length} exceeds the {device.grid.columns} columns")
    filled = filled_slices(k_dim, cas_length, mk)
    if filled < cas_length:     # K slices past ``filled`` hold only padding: their tiles compute zeros
        most = max(x for x in range(1, cas_length) if filled_slices(k_dim, x, mk) == x)
        raise ResourceError(f"{where}: K={k_dim} fills only {filled} of {cas_length} K slices of "
                            f"{round_up(ceil_div(k_dim, cas_length), mk)} (microtile K {mk}), the other "
                            f"{cas_length - filled} would compute zeros; use cas_length {most} (the largest "
                            f"below {cas_length} whose K slices all hold features)")
    ct = device.compute_tile
    # a tile: input ping-pong (+ output ping-pong): one BD and one lock pair per port
    if 2 * BDS_PER_PORT > ct.bds or 2 * LOCKS_PER_BUFFER > ct.locks:
        raise ResourceError(f"{where}: a tile needs {2 * BDS_PER_PORT} BDs and {2 * LOCKS_PER_BUFFER} locks, "
                            f"it has {ct.bds} and {ct.locks}")
    if weights == "memtile":        # weights streamed from memory tiles (passes/weights.py)
        from aiesim_py.compiler.passes.weights import streamed_stage
        return streamed_stage(q, batch, cas_length, cas_num, device, mmul, where, STAGE_OVERHEAD_CYCLES)
    worst = 0
    for idx in {0, cas_length - 1}:
        p = slice_params(q, batch, cas_length, cas_num, idx, mmul)
        err = _fits_memory(p, device)
        if err is not None:
            raise ResourceError(f"{where}: {err}")
        worst = max(worst, _kernel_cycles(p, device_core_timing(device)))
    p = slice_params(q, batch, cas_length, cas_num, 0, mmul)
    bpc = device.stream.dma_bytes_per_cycle
    dma_in = ceil_div(p.input_bytes, bpc)
    dma_out = ceil_div(p.batch * p.n * p.out_bits // 8, bpc)
    stage = max(worst, dma_in, dma_out) + STAGE_OVERHEAD_CYCLES
    relay_cycles = 0
    if relayed:     # the relay copy of the columns past the direct read channels
        c0, c1 = relay_columns(k_dim, p.k, p.a_bits, device)
        relay_bytes = p.batch * max(0, c1 - c0) * p.a_bits // 8
        relay_cycles = ceil_div(relay_bytes, bpc) + STAGE_OVERHEAD_CYCLES
        stage = max(stage, relay_cycles)
    return LayerParallelism(cas_length, cas_num, p.k, p.n, stage, worst, mmul, relay_cycles=relay_cycles,
                            w_bits=p.w_bits)


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


def layer_options(q: LayerQuant, batch: int, device: Device, which="auto",
                  split_input: bool = False, weights: str = "tile",
                  relay: bool = False) -> list[LayerParallelism]:
    """A layer's feasible choices that are not dominated for their cas_num (fewer tiles vs
    lower stage cycles; ties: lower kernel cycles, the default microtile), sorted by tiles.
    Keeping every cas_num lets the joint search pick the rectangle that packs.
    ``which``: a microtile set name (:func:`microtiles`) or the list of candidate shapes;
    every shape is costed with the device's core timing (:func:`device_core_timing`).
    ``relay`` (a layer after the first, tile-resident weights): cas_length may exceed one
    shared buffer's read channels up to :func:`relay_max_cas_length` through a memory-tile
    relay, whose copy :func:`evaluate` costs; such a choice is kept only where it is not
    dominated, i.e. where the channel limit would otherwise cap the layer (its weights fit
    no shorter cascade, or a longer cascade is faster than every shorter one of its cas_num).

    Raises:
        ResourceError: no choice fits (the message says what limits and what would fit).
    """
    k_dim, n_dim = q.weight.shape
    best: dict[tuple[int, int], LayerParallelism] = {}
    last_error = None
    rows = device.grid.compute_rows
    shapes = which if isinstance(which, list) else microtiles(q.mmul_key, which, device)
    if all(batch % shape[0] for shape in shapes):
        raise ResourceError(f"layer {q.name!r}: batch {batch} is not a multiple of the M of any microtile "
                            f"it may use ({', '.join(_shape_name(x) for x in shapes)}); change the batch or "
                            "the microtile")
    if split_input:
        a_cap = device.grid.columns
    elif relay and weights == "tile":
        a_cap = min(device.grid.columns, relay_max_cas_length(device))
    else:
        a_cap = memtile_ports(device, "mm2s")
    for shape in shapes:
        if batch % shape[0]:
            continue
        a_max = min(device.grid.columns, ceil_div(k_dim, shape[1]), a_cap)
        b_max = min(rows, ceil_div(n_dim, shape[2]), memtile_ports(device, "s2mm"))
        for b in range(1, b_max + 1):
            for a in range(1, a_max + 1):
                try:
                    o = evaluate(q, batch, a, b, device, shape, split_input, weights, relay=relay)
                except ResourceError as exc:
                    if weights != "memtile" or last_error is None or "north stream-switch" not in str(exc):
                        last_error = exc        # streamed: keep a reason other than the column ports
                    continue
                cur = best.get((o.tiles, b))
                if cur is None or (o.stage_cycles, o.kernel_cycles) < (cur.stage_cycles, cur.kernel_cycles):
                    best[(o.tiles, b)] = o
    if not best and weights == "memtile":
        raise ResourceError(f"layer {q.name!r} ({k_dim}x{n_dim}) fits no cas_length x cas_num at batch {batch} "
                            f"even with its weights streamed from memory tiles ({last_error}); a streamed layer "
                            f"reaches at most {a_cap} x {min(rows, device.stream.link_ports_north - 1)} tiles "
                            "(one shared buffer's read channels x the chains a column's north ports feed), so "
                            "lower the batch or split the layer")
    if not best:
        weights = k_dim * n_dim * q.w_bits // 8
        usable = device.compute_tile.data_memory_bytes - device.compute_tile.stack_bytes
        raise ResourceError(
            f"layer {q.name!r} ({k_dim}x{n_dim}, {weights} bytes of weights) fits no cas_length x cas_num "
            f"at batch {batch} ({last_error}); weights stay in the tiles, so a layer needs about "
            f"{ceil_div(weights, usable)} tiles of {usable} bytes plus buffers, and one layer reaches at most "
            f"{a_cap} x {rows} tiles{' (through a memory-tile relay)' if relay and not split_input else ''}: "
            f"split the layer, lower the batch, or lower K x N to about {a_cap * rows * usable // 2} bytes "
            "of weights")
    out = []
    for b in range(1, rows + 1):
        stage = None
        for key in sorted(k for k in best if k[1] == b):
            o = best[key]
            if stage is None or o.stage_cycles < stage:
                out.append(o)
                stage = o.stage_cycles
    return sorted(out, key=lambda o: _preference(o, rows))


def _preference(o: LayerParallelism, rows: int):
    """Fewest tiles; then no memory-tile relay (it costs a memory tile and a copy); then
    rectangles that stack in the rows (full height first); faster."""
    return (o.tiles, o.relayed, rows % o.cas_num != 0, -o.cas_num, o.stage_cycles, o.kernel_cycles)


def _pick(opts: list[LayerParallelism], target: int) -> LayerParallelism | None:
    """The preferred choice with stage <= target (``opts`` sorted by :func:`_preference`)."""
    for o in opts:
        if o.stage_cycles <= target:
            return o
    return None


def _fits(pars: list[LayerParallelism], capacity: int, fits: Callable | None) -> bool:
    if sum(p.tiles for p in pars) > capacity:
        return False
    return fits is None or fits(pars)


def choose_parallelism(plans: list[LayerQuant], batch: int, device: Device,
                       user: list[tuple[int, int]] | None = None,
                       objective: str = "interval", fits: Callable | None = None,
                       tolerance: float = DEFAULT_TOLERANCE,
                       microtile_set="auto", weights="auto") -> list[LayerParallelism]:
    """Pick (or check the user's) cas_length x cas_num and microtile for every layer.

    Args:
        plans: quantized dense layers in order.
        batch: samples per iteration.
        user: one (cas_length, cas_num) per layer, or None to search.
        objective: ``"interval"`` (joint search above), ``"latency"`` (every layer its
            fastest kernel plus its relay copy, ties: fewer tiles, when the grid holds it;
            else as interval),
            ``"tiles"`` (every layer its fewest tiles, ties: faster).
        fits: ``fits(pars) -> bool``: whether a choice can be placed (the place pass);
            None: only the tile count is checked.
        tolerance: the interval objective accepts an interval up to ``1 + tolerance``
            times the best one when that saves tiles.
        microtile_set: the ``microtile`` knob (:func:`parse_microtiles`): "auto" (every
            layer picks among the device's native shapes by cost), "firmware", "all", a
            shape "MxKxN", or one entry per layer.
        weights: weight placement per layer (``passes.weights.parse_weights``): "auto"
            (resident when it fits; streamed from memory tiles when a layer, or the whole
            model, does not fit the tiles, and further while that shortens the interval
            realised with placement and routing: ``weights.stream_to_fit``), "tile",
            "memtile", or one entry per layer.
    Returns:
        one LayerParallelism per layer.
    Raises:
        ResourceError: a user choice that does not fit (naming layer and limit), a layer
            with no feasible choice, or a model that needs more tiles than the device has
            (the message says how many it needs and what would fit).
    """
    if objective not in OBJECTIVES:
        raise ResourceError(f"unknown objective {objective!r}; choose one of {', '.join(OBJECTIVES)}")
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not tolerance >= 0:
        raise ResourceError(f"tolerance {tolerance!r} must be a number >= 0 (the relative interval slack the "
                            f"interval objective accepts to save tiles, default {DEFAULT_TOLERANCE})")
    capacity = device.grid.compute_tiles
    layer_shapes = parse_microtiles(microtile_set, plans, device)
    from aiesim_py.compiler.passes.weights import options_for, parse_weights, resident_fits
    modes = parse_weights(weights, len(plans))
    # layers after the first may read K slices past one shared buffer's read channels
    # through a memory-tile relay (the first layer splits its input over PLIOs instead)
    opts_of = [layer_options] + [functools.partial(layer_options, relay=True)] * (len(plans) - 1)
    if user is not None:
        pars = []
        for i, (q, (a, b)) in enumerate(zip(plans, user)):
            cands, errs = [], []
            for mode in (("tile", "memtile") if modes[i] == "auto" else (modes[i],)):
                if cands or (mode == "memtile" and modes[i] == "auto"
                             and resident_fits(q, batch, device, layer_shapes[i], i == 0, opts_of[i])):
                    break
                for shape in layer_shapes[i]:
                    try:
                        cands.append(evaluate(q, batch, a, b, device, shape, split_input=i == 0, weights=mode,
                                              relay=i > 0))
                    except ResourceError as exc:
                        errs.append(exc)
            if not cands:
                raise errs[0]
            pars.append(min(cands, key=lambda o: (o.stage_cycles, o.kernel_cycles)))
        need = sum(p.tiles for p in pars)
        if need > capacity:
            raise ResourceError(f"parallelism {','.join(f'{a}x{b}' for a, b in user)} does not fit: it needs "
                                f"{need} tiles; {device.name} has {capacity}")
        return pars
    options = [options_for(q, batch, device, shapes, mode, False, opts)
               for q, shapes, mode, opts in zip(plans, layer_shapes, modes, opts_of)]
    from aiesim_py.compiler.passes.weights import packable
    options = packable(options, plans, device)      # streamed slices must pack into the memory tiles
    # the first layer's weights fit no cascade one input buffer feeds (at most memtile_ports
    # slices), but do fit a longer one fed by several input PLIOs: auto streams it for the
    # single-PLIO search, and the multi-PLIO search below keeps it resident
    first_capped = (modes[0] == "auto" and options[0][0].weights == "memtile"
                    and resident_fits(plans[0], batch, device, layer_shapes[0], True, layer_options))
    if "auto" in modes:     # auto on grid overflow: stream the layers that save most tiles (passes/weights.py)
        from aiesim_py.compiler.passes.weights import stream_to_fit
        options = stream_to_fit(options, plans, batch, device, layer_shapes, modes,
                                lambda opts: _fewest_placed(opts, capacity, fits, device) is not None,
                                layer_options,
                                None if objective == "tiles" else
                                functools.partial(_estimate, plans=plans, batch=batch, device=device,
                                                  capacity=capacity, tolerance=tolerance),
                                tolerance,
                                # the best-estimated lists, realised with placement and routing
                                None if objective == "tiles" or fits is None else
                                functools.partial(_realised, fits=fits, plans=plans, batch=batch, device=device,
                                                  capacity=capacity, tolerance=tolerance))
    fewest = _fewest_placed(options, capacity, fits, device) or [opts[0] for opts in options]
    min_stage = [min(o.stage_cycles for o in opts) for opts in options]
    if fits is not None and sum(p.tiles for p in fewest) <= capacity and not _fits(fewest, capacity, fits):
        # the fewest tiles do not place or route (``fits`` places and routes): take the first
        # other candidate of the interval search that does (passes/place_route.py)
        alt = _search(options, max(min_stage), capacity, fits, tolerance, device)
        fewest = alt if _fits(alt, capacity, fits) else fewest
    if not _fits(fewest, capacity, fits):
        need = sum(p.tiles for p in fewest)
        per_layer = ", ".join(f"{q.name} {p.tiles}" for q, p in zip(plans, fewest))
        scale = min(1.0, 0.9 * capacity / max(need, 1))
        raise ResourceError(
            f"the model does not fit {device.name}: at its fewest tiles per layer ({per_layer}) it needs "
            f"{need} compute tiles{' whose rectangles do not pack into the grid' if need <= capacity else ''}; "
            f"the device has {capacity} ({device.grid.columns} columns x {device.grid.compute_rows} rows). "
            f"What would fit: about {int(scale * 100)} % of these weights (hidden widths x {scale ** 0.5:.2f}), "
            "or a smaller batch (smaller tile buffers)"
            + (", or weights streamed from memory tiles (weights auto or memtile for the layers now 'tile')"
               if "tile" in modes else ""))
    if objective == "tiles":
        return fewest
    if objective == "latency":
        # a relayed layer's last K slices start after the relay copy
        fastest = [min(opts, key=lambda o: (o.kernel_cycles + o.relay_cycles, o.tiles)) for opts in options]
        if _fits(fastest, capacity, fits):
            return fastest
    k0, n_last = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    floor = max(plio_stage_cycles(k0, batch, device, plans[0].a_bits // 8) + STAGE_OVERHEAD_CYCLES,
                plio_stage_cycles(n_last, batch, device, plans[-1].out_bits // 8) + STAGE_OVERHEAD_CYCLES,
                max(min_stage))
    choice = _search(options, floor, capacity, fits, tolerance, device)
    choice = choice if _fits(choice, capacity, fits) else fewest
    if ((floor <= max(min_stage) and not first_capped)
            or device.plio.plios_per_column("in", device.plio.width_bits) == 0):
        return choice
    # one PLIO each way sets the interval: with several PLIOs (one per K-slice group of the
    # first layer, one per chain group of the last, :func:`plio_groups`) the floor is one
    # slice per PLIO. Taken when it shortens the interval by more than PLIO_SPLIT_FACTOR
    # without costing more tile-cycles per iteration (tiles x interval): the single-PLIO
    # design's tiles then mostly wait for the PLIO. Small models keep one PLIO each way.
    # auto may have streamed it (to fit the grid: keep it streamed; for one buffer's channels: not)
    mode0 = "memtile" if options[0][0].weights == "memtile" and not first_capped else modes[0]
    multi = [options_for(plans[0], batch, device, layer_shapes[0], mode0, True, layer_options)] + options[1:]
    multi[0] = [_with_plio(o, plans[0], batch, device, "in") for o in multi[0]]
    multi[-1] = [_with_plio(o, plans[-1], batch, device, "out") for o in multi[-1]]
    multi_floor = max(min(o.stage_cycles for o in opts) for opts in multi)
    t_single = max(floor, max(o.stage_cycles for o in choice))
    if not _multi_can_win(multi, multi_floor, t_single, sum(o.tiles for o in choice)):
        return choice       # no multi-PLIO choice could pass the test below: skip placing them
    multi_choice = _search(multi, multi_floor, capacity, fits, tolerance, device)
    t_multi = max(o.stage_cycles for o in multi_choice)
    if (_fits(multi_choice, capacity, fits) and t_multi * PLIO_SPLIT_FACTOR < t_single
            and t_multi * sum(o.tiles for o in multi_choice) <= t_single * sum(o.tiles for o in choice)):
        return multi_choice
    return choice


def _multi_can_win(multi, multi_floor: int, t_single: int, tiles_single: int) -> bool:
    """Whether some multi-PLIO choice could pass :func:`choose_parallelism`'s test (interval
    below ``t_single / PLIO_SPLIT_FACTOR`` and tiles x interval at most the single-PLIO
    design's): a choice whose slowest stage is ``s`` has at least the tiles of every layer's
    fewest-tile option with stage <= ``s``, so the least ``s x tiles`` over the stages is a
    lower bound. Cheap (no placement); only skips searches that cannot change the result."""
    if multi_floor * PLIO_SPLIT_FACTOR >= t_single:
        return False
    stages = sorted({o.stage_cycles for opts in multi for o in opts if o.stage_cycles >= multi_floor})
    for s in stages:
        if s * PLIO_SPLIT_FACTOR >= t_single:
            break
        picks = [_pick(opts, s) for opts in multi]
        if all(p is not None for p in picks) and s * sum(p.tiles for p in picks) <= t_single * tiles_single:
            return True
    return False


def plio_slice_cycles(slice_elements: int, batch: int, device: Device, element_bytes: int) -> int:
    """Stage cycles of one PLIO carrying ``slice_elements`` per row (one iteration, with
    :data:`STAGE_OVERHEAD_CYCLES`)."""
    return plio_stage_cycles(slice_elements, batch, device, element_bytes) + STAGE_OVERHEAD_CYCLES


def _with_plio(o: LayerParallelism, q: LayerQuant, batch: int, device: Device, side: str) -> LayerParallelism:
    """``o`` with its stage raised to one PLIO per K slice ("in") or per chain ("out")."""
    if side == "in":
        cyc = plio_slice_cycles(o.k_slice, batch, device, q.a_bits // 8)
    else:
        cyc = plio_slice_cycles(o.n_slice, batch, device, q.out_bits // 8)
    return dataclasses.replace(o, stage_cycles=max(o.stage_cycles, cyc))


def _estimate(options, plans, batch: int, device: Device, capacity: int, tolerance: float,
              fits: Callable | None = None) -> int | None:
    """Interval (cycles) of the joint search over ``options`` (one PLIO each way) with the
    tile count and the rectangle packing as the only checks (no memory tiles, no routing:
    cheap); None when no choice packs. With ``fits`` (the search's place-and-route check)
    the same search realised: the interval of the choice that places and routes, None when
    none does. Used to compare weight placements (``weights.stream_to_fit``)."""
    from aiesim_py.compiler.passes.place import pack_rectangles

    def packs(pars):
        return pack_rectangles(pars, device) is not None

    check = packs if fits is None else fits
    k0, n_last = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    floor = max([plio_slice_cycles(k0, batch, device, plans[0].a_bits // 8),
                 plio_slice_cycles(n_last, batch, device, plans[-1].out_bits // 8)]
                + [min(o.stage_cycles for o in opts) for opts in options])
    choice = _search(options, floor, capacity, check, tolerance, device)
    if not _fits(choice, capacity, check):
        choice = _fewest_placed(options, capacity, check, device)
        if choice is None:
            return None
    return max([floor] + [o.stage_cycles for o in choice])


#: packed candidates :func:`_realised` lets the search place and route per option lists
REALISE_TRIALS = 1


def _realised(options, fits: Callable, plans, batch: int, device: Device, capacity: int,
              tolerance: float) -> int | None:
    """:func:`_estimate` with the place-and-route check ``fits``, cut after
    :data:`REALISE_TRIALS` packed candidates (later ones count as not fitting; a count, so
    the result does not depend on the machine): the interval (cycles) the search reaches
    with placement and routing when it gets there within those trials, else None. Used by
    ``weights.stream_to_fit`` to check the best-estimated weight placements."""
    from aiesim_py.compiler.passes.place import pack_rectangles
    asked: dict = {}

    def capped(pars):
        key = tuple(pars)
        if key not in asked:
            if pack_rectangles(pars, device) is not None:
                if sum(1 for v in asked.values() if v is not None) >= REALISE_TRIALS:
                    return False
                asked[key] = fits(pars)
            else:
                asked[key] = None       # refused without planning
        return bool(asked[key])

    return _estimate(options, plans, batch, device, capacity, tolerance, fits=capped)


#: routed trials of :func:`_fewest_placed` per call (each may plan and route a design)
REPACK_TRIALS = 2
#: options per layer :func:`_fewest_placed` swaps in (in preference order, fewest tiles first)
REPACK_OPTIONS = 24


def _fewest_placed(options, capacity: int, fits, device: Device) -> list[LayerParallelism] | None:
    """Every layer its fewest tiles (``opts[0]``) when that places (``fits``); else, when
    its rectangles do not pack, the nearest choices that do: the base choices
    are the fewest-tile one and the "stacking" one (every layer its fewest tiles among the
    rectangles whose cas_num divides the compute rows, so that they stack in the columns),
    each also with one layer's rectangle swapped for another of its first
    :data:`REPACK_OPTIONS` options. Those whose rectangles pack
    (``place.pack_rectangles``, cheap) are ranked by total tiles, then the interval (the
    largest stage), then the base, later layer and preference order; at most
    :data:`REPACK_TRIALS` of them are placed and routed. None when none fits.

    Example (VE2802, batch 32, ``mlp:256-2048-2048-2048-256``): the fewest tiles per layer
    2x8, 16x8, 16x8, 8x2 (288) leave four free columns, too narrow for 8x2; 4x7 for the
    last layer packs (300 tiles)."""
    fewest = [opts[0] for opts in options]
    if _fits(fewest, capacity, fits):
        return fewest
    from aiesim_py.compiler.passes.place import pack_rectangles
    if fits is None or pack_rectangles(fewest, device) is not None:
        return None         # it packs but does not place or route: other rectangles rarely help
    rows = device.grid.compute_rows
    stacked = [next((o for o in opts if rows % o.cas_num == 0), opts[0]) for opts in options]
    bases = [fewest] + ([stacked] if stacked != fewest else [])
    trials = []
    for b, base in enumerate(bases):
        total = sum(p.tiles for p in base)
        if b > 0 and total <= capacity and pack_rectangles(base, device) is not None:
            trials.append(((total, max(p.stage_cycles for p in base), b, 0, 0), base))
        for i, opts in enumerate(options):
            for j, o in enumerate(opts[:REPACK_OPTIONS]):
                tiles = total - base[i].tiles + o.tiles
                if tiles > capacity or (o.cas_length, o.cas_num) == (base[i].cas_length, base[i].cas_num):
                    continue
                trial = base[:i] + [o] + base[i + 1:]
                if pack_rectangles(trial, device) is not None:
                    trials.append(((tiles, max(p.stage_cycles for p in trial), b, -i, j), trial))
    for _key, trial in sorted(trials, key=lambda t: t[0])[:REPACK_TRIALS]:
        if _fits(trial, capacity, fits):
            return trial
    return None


#: interval values at which :func:`_search` tries :func:`_fewest_placed` when the choice
#: fits the tile count but its rectangles do not pack
REPACK_INTERVALS = 1


def _search(options, floor: int, capacity: int, fits, tolerance: float,
            device: Device | None = None) -> list[LayerParallelism]:
    """The joint interval search (module docstring) over per-layer ``options`` from ``floor``;
    with ``device``, at the first :data:`REPACK_INTERVALS` intervals ``T`` whose choice has
    few enough tiles but does not pack, :func:`_fewest_placed` among the options with
    stage <= ``T`` (so the interval holds)."""
    cands = sorted({o.stage_cycles for opts in options for o in opts if o.stage_cycles >= floor} | {floor})
    choice = [_pick(opts, cands[-1]) for opts in options]     # every layer its fewest tiles

    def at(t):
        return [_pick(opts, t) for opts in options]

    # bisection on the tile count (non-increasing in T), then upwards until it places
    lo, hi = 0, len(cands) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(p.tiles for p in at(cands[mid])) <= capacity:
            hi = mid
        else:
            lo = mid + 1
    from aiesim_py.compiler.passes.place import pack_rectangles
    best_t = None
    repacks = REPACK_INTERVALS if device is not None and fits is not None else 0
    for t in cands[lo:]:
        pars = at(t)
        if _fits(pars, capacity, fits):
            best_t, choice = t, pars
            break
        if repacks and sum(p.tiles for p in pars) <= capacity and pack_rectangles(pars, device) is None:
            repacks -= 1
            alt = _fewest_placed([[o for o in opts if o.stage_cycles <= t] for opts in options],
                                 capacity, fits, device)
            if alt is not None:
                best_t, choice = t, alt
                break
    if best_t is None:
        return choice
    limit = best_t * (1 + tolerance)
    for t in cands:
        if best_t < t <= limit:
            pars = at(t)
            if sum(p.tiles for p in pars) < sum(p.tiles for p in choice) and _fits(pars, capacity, fits):
                choice = pars
    return choice


@dataclass(frozen=True)
class PlioGroups:
    """How the design's PLIOs split the host data.

    ``inputs``: per input PLIO, the range ``[l0, l1)`` of the first layer's cascade
    positions (K slices) whose features it carries into its own memory-tile shared buffer;
    ``outputs``: per output PLIO, the range ``[c0, c1)`` of the last layer's chains (N
    slices) whose outputs it takes from its own shared buffer.
    """
    inputs: tuple[tuple[int, int], ...]
    outputs: tuple[tuple[int, int], ...]


def _split(count: int, per: int) -> tuple[tuple[int, int], ...]:
    return tuple((g, min(count, g + per)) for g in range(0, count, per))


def _groups_for(count: int, slice_elems: int, real: int, batch: int, el: int, device: Device,
                target: int, max_per_group: int, max_groups: int) -> tuple[tuple[int, int], ...]:
    """Fewest groups of consecutive slices whose PLIO keeps up with ``target`` cycles (a
    single PLIO carries the unsliced ``real`` features, rows padded to whole words; it is
    kept while it stretches the interval by at most :data:`PLIO_SPLIT_FACTOR`)."""
    if count <= max_per_group and plio_slice_cycles(real, batch, device, el) <= target * PLIO_SPLIT_FACTOR:
        return ((0, count),)
    best = None
    for per in range(min(count, max_per_group), 0, -1):
        groups = _split(count, per)
        groups = tuple(g for g in groups if g[0] * slice_elems < real)      # no all-padding group
        groups = groups[:-1] + ((groups[-1][0], count),)
        if len(groups) > max_groups:
            break
        best = groups
        if plio_slice_cycles(per * slice_elems, batch, device, el) <= target:
            return groups
    if best is None:
        raise ResourceError(f"{count} slices need more than the {max_groups} PLIOs the device's shim-PL "
                            "columns offer; lower cas_length")
    return best


def plio_groups(plans: list[LayerQuant], pars: list[LayerParallelism], batch: int,
                device: Device) -> PlioGroups:
    """How many input / output PLIOs the design needs: only as many as the interval (the
    slowest layer's stage) needs; one PLIO each way when it keeps up or stretches the
    interval by at most :data:`PLIO_SPLIT_FACTOR` (every small model).

    A group's PLIO moves ``batch x (its slices' features)`` elements per iteration at
    min(PLIO width x PL clock, one stream word per cycle) (:func:`plio_stage_cycles`); a
    group holds at most :func:`memtile_ports` K slices (one shared buffer's read channels).
    The PLIO count is bounded by the shim-PL columns x PLIOs per column (AM020: 8 in / 6 out
    64-bit streams, two per 128-bit PLIO).

    Raises:
        ResourceError: the first layer's cascade needs more input PLIOs than the device has.
    """
    target = max(p.stage_cycles for p in pars)
    width = device.plio.width_bits
    cols = len(device.grid.shim_pl_columns)
    first, last = pars[0], pars[-1]
    k_real, n_real = plans[0].weight.shape[0], plans[-1].weight.shape[1]
    ins = _groups_for(first.cas_length, first.k_slice, k_real, batch, plans[0].a_bits // 8, device, target,
                      memtile_ports(device, "mm2s"), max(1, cols * device.plio.plios_per_column("in", width)))
    outs = _groups_for(last.cas_num, last.n_slice, n_real, batch, plans[-1].out_bits // 8, device, target,
                       memtile_ports(device, "s2mm"), max(1, cols * device.plio.plios_per_column("out", width)))
    return PlioGroups(ins, outs)
