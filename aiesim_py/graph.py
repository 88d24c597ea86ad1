"""Hand-built kernel graphs: time an ADF graph of library kernels without a model to compile.

:func:`aiesim_py.compile` builds Designs from neural networks. DSP-style graphs (a DSPLib
hadamard, matrix_mult or matrix_vector_mul with its PLIOs, SSR ranks and cascade chains)
are written by hand in ADF; :class:`KernelGraph` is the Python equivalent: kernels of the
families in :data:`aiesim_py.kernels.families.FAMILIES` placed on compute tiles, PLIOs
wired to their ports, kernel-to-kernel buffers and cascades. :meth:`KernelGraph.design`
routes every stream with the compiler's router (the hop count of each route comes from it)
and returns a :class:`~aiesim_py.design.Design`; :meth:`KernelGraph.simulate` runs the
timing model on it (:func:`aiesim_py.sim.timing.simulate`).

    from aiesim_py.graph import KernelGraph, dsplib_latency
    from aiesim_py.kernels.hadamard import HadamardParams

    g = KernelGraph("ve2802")
    g.add_kernel("had0", "hadamard", HadamardParams("cint16", "cint16", 256, 1, "buffer"), tile=(0, 2))
    g.add_plio_in("in_a", "had0.in[0]", "cint16")       # 64-bit PLIO at 625 MHz by default
    g.add_plio_in("in_b", "had0.in[1]", "cint16")
    g.add_plio_out("out", "had0.out[0]", "cint16")
    r = g.simulate(iterations=16)
    iteration, latency_ns = dsplib_latency(r, first_input="in_a", first_output="out")

What the timing model does with each connection is in :mod:`aiesim_py.sim.timing.kernel_graph`
(buffer ports: tile DMA into ping-pong buffers; stream ports: the core's 32-bit stream ports;
kernels sharing a tile run one after the other; cascade: 512-bit words through 2 + 2-deep
FIFOs). Tiles are ``(column, row)`` with row 0 the compute row above the memory tiles, rows
counting northward. PLIOs may sit in any shim column, the device file's NoC columns included (the
DSPLib placements the validation reproduces put PLIOs there; the compiler's own placer keeps to
the shim-PL columns); a column takes as many PLIOs as it has 64-bit PL streams of that direction
(two per 128-bit PLIO) and its shim switch has north (inputs) / south (outputs) ports.
"""
from __future__ import annotations

import re

import numpy as np

from aiesim_py.arch import load_device
from aiesim_py.compiler.passes.route import route_design
from aiesim_py.design import Design, KernelInstance, Net, Plio
from aiesim_py.errors import CompileError, SimulationError
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels.families import FAMILIES, kernel_cost
from aiesim_py.kernels.kernel_io import sample_type
from aiesim_py.sim.timing import TimingParams, simulate
from aiesim_py.sim.timing.buffer_kernels import cores_share_memory

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PORT = re.compile(r"^(?P<kernel>[A-Za-z_][A-Za-z0-9_]*)\.(?P<dir>in|out)\[(?P<index>\d+)\]$")
#: first iteration and stability threshold of DSPLib's latency script (Xilinx/Vitis_Libraries
#: dsp/L2/tests/aie/common/scripts/get_latency.tcl: minNumberOfIterations 4, stabilityThreshold 5)
DSPLIB_FIRST_ITERATION, DSPLIB_STABILITY_PCT = 4, 5.0
#: ``Design.metadata`` key of :meth:`KernelGraph.design`'s buffer placement: DMA-served kernel
#: buffer port -> the compute tile ``(column, row)`` whose data memory (and DMA) holds it
BUFFER_MEMORIES = "buffer_memories"


class KernelGraph:
    """A graph of library kernels, PLIOs, buffers and cascades on one device.

    Args:
        device: device name (``ve2802``, ``ve2302``, ``phoenix``, ``ve3858``).
        name: the design's name (traces, error messages).
    Raises:
        DeviceError: unknown device.
    """

    def __init__(self, device: str = "ve2802", name: str = "kernel_graph"):
        self.device = load_device(device)
        self.name = name
        self._kernels: dict[str, KernelInstance] = {}
        self._plios: dict[str, Plio] = {}
        self._nets: list[Net] = []
        self._taken: set[str] = set()              # kernel ports already connected
        self._plio_in_columns: dict[int, int] = {}
        self._plio_out_columns: dict[int, int] = {}

    # --- building ---------------------------------------------------------------------------
    def add_kernel(self, name: str, kind: str, params, tile: tuple[int, int]) -> "KernelGraph":
        """Place a kernel of family ``kind`` with ``params`` (that family's parameter class) on
        compute tile ``tile = (column, row)``. Several kernels on one tile share its core and
        run one after the other each iteration, in the order they were added.

        Raises:
            CompileError: a bad or repeated name, an unknown family, parameters of another
                class, a configuration the family's cost model refuses (the reason given), or
                a tile outside the device's compute grid.
        """
        self._check_name(name)
        if kind not in FAMILIES:
            raise CompileError(f"kernel {name}: no kernel family {kind!r}; known: {sorted(FAMILIES)} "
                               "(dense layers come from aiesim_py.compile)")
        cls = FAMILIES[kind][0]
        if not isinstance(params, cls):
            raise CompileError(f"kernel {name}: family {kind!r} takes {cls.__name__} parameters, "
                               f"got {type(params).__name__}")
        g = self.device.grid
        if (not isinstance(tile, (tuple, list)) or len(tile) != 2
                or not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in tile)):
            raise CompileError(f"kernel {name}: tile {tile!r} must be a (column, row) pair of integers")
        tile = (int(tile[0]), int(tile[1]))
        if not (0 <= tile[0] < g.columns and 0 <= tile[1] < g.compute_rows):
            raise CompileError(f"kernel {name}: tile {tile!r} is outside {self.device.name}'s compute grid "
                               f"(columns 0..{g.columns - 1}, rows 0..{g.compute_rows - 1})")
        try:
            kernel_cost(kind, params, AIE_ML_CORE)
        except ValueError as e:
            raise CompileError(f"kernel {name}: {e}") from None
        self._kernels[name] = KernelInstance(name, kind, 0, 0, 0, tile, params, np.zeros(0, np.int8), None)
        return self

    def add_plio_in(self, name: str, dst, dtype: str, width_bits: int = 64, freq_mhz: float = 625.0,
                    column: int | None = None) -> "KernelGraph":
        """An input PLIO feeding kernel port ``dst`` (``"<kernel>.in[i]"``), or broadcast to
        several buffer ports (a list of them: one stream, the route forks, every tile DMA takes
        the same words). ``column``: its shim column; default the first kernel's own, or the
        nearest one with a free PL -> array stream (device [plio] in_streams_per_column, at most
        the shim switch's north ports).

        Raises:
            CompileError: a bad name, an unknown port or one already connected, a stream port in
                a broadcast, an unknown sample type, a PLIO width the device does not offer, a
                column off the array.
        """
        dsts = [dst] if isinstance(dst, str) else list(dst)
        if not dsts:
            raise CompileError(f"PLIO {name}: give at least one kernel input port")
        kernels = [self._port(d, "in", f"PLIO {name}") for d in dsts]
        if len(set(dsts)) != len(dsts):
            raise CompileError(f"PLIO {name}: port listed twice in {dsts}")
        if len(dsts) > 1 and any(self._interface(k, "in", d) == "stream" for k, d in zip(kernels, dsts)):
            raise CompileError(f"PLIO {name}: a broadcast feeds buffer ports only; the timing model connects a "
                               "stream port to exactly one PLIO")
        sizes = {self._kernel_port(k, "in", d).bytes_per_call for k, d in zip(kernels, dsts)}
        if len(sizes) > 1:
            raise CompileError(f"PLIO {name}: a broadcast feeds ports of one size; {dsts} take "
                               f"{sorted(sizes)} bytes per call")
        self._add_plio(name, "in", dtype, width_bits, freq_mhz, column, kernels[0])
        self._nets.append(Net(name, tuple(dsts), "stream", 1))
        self._taken.update(dsts)
        return self

    def add_plio_out(self, name: str, src: str, dtype: str, width_bits: int = 64, freq_mhz: float = 625.0,
                     column: int | None = None) -> "KernelGraph":
        """An output PLIO fed by kernel port ``src`` (``"<kernel>.out[j]"``); ``column`` as in
        :meth:`add_plio_in` (array -> PL streams, at most the shim switch's south ports).

        Raises:
            CompileError: as :meth:`add_plio_in`.
        """
        kernel = self._port(src, "out", f"PLIO {name}")
        self._add_plio(name, "out", dtype, width_bits, freq_mhz, column, kernel)
        self._nets.append(Net(src, (name,), "stream", 1))
        self._taken.add(src)
        return self

    def connect(self, src: str, dst: str) -> "KernelGraph":
        """Kernel output port ``src`` to kernel input port ``dst``: a ping-pong buffer in a
        memory both cores reach (same or neighbouring tiles), else tile DMA to tile DMA.

        Calling it again with the same ``src`` and another ``dst`` forks the connection (every
        destination gets a copy of each call's output).

        Raises:
            CompileError: unknown ports, an input port already connected, an output port already
                going to a PLIO, or a stream port.
        """
        if src in self._plios:
            raise CompileError(f"connection {src} -> {dst}: {src} is a PLIO; give add_plio_in a list of ports "
                               "to broadcast it")
        fork = next((i for i, n in enumerate(self._nets) if n.src == src and n.kind == "stream"), None)
        if fork is not None and any(d in self._plios for d in self._nets[fork].dsts):
            raise CompileError(f"connection {src} -> {dst}: {src} already feeds a PLIO; a kernel output forks "
                               "to kernels only")
        sizes = []
        for ep, direction in ((src, "out"), (dst, "in")):
            if ep == src and fork is not None:
                kernel = _PORT.match(src)["kernel"]     # a fork of an existing connection
                sizes.append(self._kernel_port(kernel, "out", src).bytes_per_call)
                continue
            kernel = self._port(ep, direction, f"connection {src} -> {dst}")
            sizes.append(self._kernel_port(kernel, direction, ep).bytes_per_call)
            if self._interface(kernel, direction, ep) == "stream":
                raise CompileError(f"connection {src} -> {dst}: {ep} is a stream port; the timing model "
                                   "connects stream ports to PLIOs only (give the kernel buffer ports, or "
                                   "connect the stream to a PLIO)")
        if sizes[0] != sizes[1]:
            raise CompileError(f"connection {src} -> {dst}: {src} writes {sizes[0]} bytes per call, {dst} reads "
                               f"{sizes[1]}; a kernel-to-kernel buffer has one size (match the kernels' parameters)")
        if fork is None:
            self._nets.append(Net(src, (dst,), "stream", 1))
        else:
            self._nets[fork] = Net(src, (*self._nets[fork].dsts, dst), "stream", 1)
        self._taken.update((src, dst))
        return self

    def cascade(self, src_kernel: str, dst_kernel: str) -> "KernelGraph":
        """Cascade from ``src_kernel`` to ``dst_kernel`` (512-bit, AM020: horizontal or
        vertical neighbours on AIE-ML).

        Raises:
            CompileError: unknown kernels, a kernel with a second cascade in or out, or tiles
                that are not neighbours.
        """
        for k in (src_kernel, dst_kernel):
            if k not in self._kernels:
                raise CompileError(f"cascade {src_kernel} -> {dst_kernel}: no kernel {k!r}; add it first")
        for ep in (f"{src_kernel}.cascade_out", f"{dst_kernel}.cascade_in"):
            if ep in self._taken:
                raise CompileError(f"cascade {src_kernel} -> {dst_kernel}: {ep} is already connected")
        for k, flag in ((src_kernel, "cascade_out"), (dst_kernel, "cascade_in")):
            params = self._kernels[k].params
            if not getattr(params, flag, False):
                raise CompileError(f"cascade {src_kernel} -> {dst_kernel}: kernel {k}'s parameters "
                                   f"({type(params).__name__}) have no {flag}; set {flag}=True on a family "
                                   "that passes partial sums on the cascade (matrix_mult, matrix_vector_mul)")
            if any(q.interface == "stream" for q in params.ports()):
                raise CompileError(f"cascade {src_kernel} -> {dst_kernel}: kernel {k} has stream ports; the "
                                   "timing model runs cascades between buffer-port kernels only")
        (c0, r0), (c1, r1) = self._kernels[src_kernel].tile, self._kernels[dst_kernel].tile
        if (c1, r1) not in ((c0 + 1, r0), (c0, r0 - 1)):
            raise CompileError(f"cascade {src_kernel} -> {dst_kernel}: tile {(c1, r1)} is not the east or south "
                               f"neighbour of {(c0, r0)}; an AIE-ML cascade enters a core from the north or west "
                               "and leaves it to the south or east (aie-rt core cascade direction register)")
        self._nets.append(Net(f"{src_kernel}.cascade_out", (f"{dst_kernel}.cascade_in",), "cascade", 1))
        self._taken.update((f"{src_kernel}.cascade_out", f"{dst_kernel}.cascade_in"))
        return self

    # --- results ----------------------------------------------------------------------------
    def design(self) -> Design:
        """The routed Design.

        Raises:
            CompileError: no kernel, no input or output PLIO, a kernel port (or a cascade its
                parameters ask for) left unconnected, or a stream-port kernel sharing its tile.
            ResourceError: a stream the router cannot fit in the ports per link.
        """
        if not self._kernels:
            raise CompileError(f"graph {self.name}: add a kernel first")
        for direction in ("in", "out"):
            if not any(p.direction == direction for p in self._plios.values()):
                raise CompileError(f"graph {self.name}: no {direction}put PLIO; add one with add_plio_{direction}")
        open_ports = [f"{k}.{d}[{i}]" for k, inst in self._kernels.items()
                      for d, n in self._port_counts(inst).items() for i in range(n)
                      if f"{k}.{d}[{i}]" not in self._taken]
        for k, inst in self._kernels.items():
            for flag, ep in (("cascade_in", f"{k}.cascade_in"), ("cascade_out", f"{k}.cascade_out")):
                if getattr(inst.params, flag, False) and ep not in self._taken:
                    open_ports.append(ep)
            if any(q.interface == "stream" for q in inst.params.ports()):
                shared = [o for o, other in self._kernels.items() if o != k and other.tile == inst.tile]
                if shared:
                    raise CompileError(f"graph {self.name}: kernel {k} has stream ports and shares tile {inst.tile} "
                                       f"with {', '.join(shared)}; give it a tile of its own (the timing model "
                                       "runs a stream kernel alone on its core)")
        if open_ports:
            raise CompileError(f"graph {self.name}: unconnected kernel ports {', '.join(open_ports)}; connect each "
                               "to a PLIO (add_plio_in / add_plio_out), another kernel (connect) or, for "
                               "cascade_in / cascade_out, a neighbour (cascade)")
        t = FixedType(16, 0)
        memories = self._buffer_memories()
        d = Design(device=self.device.name, name=self.name, batch=1, input_features=1, output_features=1,
                   input_type=t, output_type=t, layers=(), kernels=tuple(self._kernels.values()),
                   shared_buffers=(), plios=tuple(self._plios.values()), nets=tuple(self._nets),
                   metadata={BUFFER_MEMORIES: memories})
        return route_design(d, self.device)

    def _buffer_memories(self) -> dict[str, tuple[int, int]]:
        """The data memory (compute tile ``(column, row)``) holding each DMA-served buffer port,
        ``"<kernel>.in[i]" / "<kernel>.out[j]"`` -> tile: the buffers a tile DMA fills (input
        ports fed by a PLIO, or by a kernel whose core does not share a memory with this one)
        or drains (output ports going to a PLIO, or by DMA to another kernel).

        A tile DMA moves data between the streams and its own data memory only, through
        ``dma_s2mm_channels`` / ``dma_mm2s_channels`` channels (device file ``[compute_tile]``,
        RT-INIT: 2 + 2), one channel per buffer (ping-pong pair: the channel alternates the two
        BDs). A core reaches four data memories: its own and its north, south and west
        neighbours' (UG1603-ARCH / UG1603-DM, aieml-facts 2.2), so a tile running kernels with
        more DMA-served buffers than its own channels has the rest in its neighbours' memories,
        filled / drained by their DMAs, and the streams end at those tiles' switches (the router
        takes the route from here: :func:`~aiesim_py.compiler.passes.route.endpoint_switches`).

        Assumption (the ADF mapper's buffer placement is not published): kernels in the order
        they were added, each kernel's buffer ports in port order, each into the first of own,
        north, south, west memory that has a free channel of its direction (channels taken by
        earlier tiles' buffers count: a memory is shared by up to four cores). Not fitted to any
        measurement.

        Raises:
            CompileError: a buffer port finds no reachable memory with a free channel (name the
                kernel and tile: spread the kernels, or leave a free neighbour).
        """
        g = self.device.grid
        limit = {"in": self.device.compute_tile.dma_s2mm_channels,
                 "out": self.device.compute_tile.dma_mm2s_channels}
        plios = self._plios
        dma_ports: set[str] = set()
        for net in self._nets:
            if net.kind != "stream":
                continue
            if net.src in plios:
                dma_ports.update(net.dsts)
                continue
            src_kernel = _PORT.match(net.src)["kernel"]
            if any(d in plios for d in net.dsts):
                dma_ports.add(net.src)
                continue
            shared = len(net.dsts) == 1 and cores_share_memory(self._kernels[src_kernel].tile,
                                                          self._kernels[_PORT.match(net.dsts[0])["kernel"]].tile)
            if not shared:
                dma_ports.add(net.src)
                dma_ports.update(net.dsts)
        wanted: list[tuple[str, str, tuple, list]] = []      # (port, direction, tile, reachable memories)
        for name, inst in self._kernels.items():
            c, r = inst.tile
            reach = [m for m in ((c, r), (c, r + 1), (c, r - 1), (c - 1, r))
                     if 0 <= m[0] < g.columns and 0 <= m[1] < g.compute_rows]
            counts = {"in": 0, "out": 0}
            for port in inst.params.ports():
                ep = f"{name}.{port.direction}[{counts[port.direction]}]"
                counts[port.direction] += 1
                if port.interface == "buffer" and ep in dma_ports:
                    wanted.append((ep, port.direction, tuple(inst.tile), reach))
        used: dict[tuple[tuple[int, int], str], int] = {}
        out: dict[str, tuple[int, int]] = {}
        for ep, direction, _, reach in wanted:           # the rule above: first fit in port order
            mem = next((m for m in reach if used.get((m, direction), 0) < limit[direction]), None)
            if mem is None:
                return self._match_buffer_memories(wanted, limit)
            used[(mem, direction)] = used.get((mem, direction), 0) + 1
            out[ep] = mem
        return out

    def _match_buffer_memories(self, wanted, limit) -> dict[str, tuple[int, int]]:
        """Fallback of :meth:`_buffer_memories` when first fit in port order leaves a buffer
        without a channel although another assignment fits: a bipartite matching of buffer ports
        to memory channels (augmenting paths, each port trying its memories in the same order).

        Raises:
            CompileError: no assignment gives every buffer a channel in a memory its core reaches.
        """
        owner: dict[tuple, str] = {}                      # (memory, direction, channel) -> port
        cands = {ep: [(m, d, k) for m in reach for k in range(limit[d])] for ep, d, _, reach in wanted}

        def place(ep: str, seen: set) -> bool:
            for slot in cands[ep]:
                if slot in seen:
                    continue
                seen.add(slot)
                if slot not in owner or place(owner[slot], seen):
                    owner[slot] = ep
                    return True
            return False

        for ep, direction, tile, reach in wanted:
            if not place(ep, set()):
                kind = "S2MM" if direction == "in" else "MM2S"
                raise CompileError(
                    f"graph {self.name}: buffer {ep} of the kernel on tile {tile} finds no free {kind} channel "
                    f"in the memories its core reaches ({', '.join(map(str, reach))}: {limit[direction]} per "
                    "tile), in any placement of this graph's buffers; spread the kernels over more tiles or "
                    "leave their neighbours free")
        return {ep: slot[0] for slot, ep in owner.items()}

    def simulate(self, iterations: int = 16, trace: bool = False, params: TimingParams | None = None):
        """Simulate ``iterations`` graph iterations of :meth:`design`; returns the
        :class:`~aiesim_py.sim.timing.metrics.TimingResult` (per-iteration first-beat times of
        the first input and output PLIOs in ``input_times_cycles`` / ``output_times_cycles``,
        kernel and DMA-channel statistics, the trace with ``trace=True``).

        Raises:
            CompileError / ResourceError: as :meth:`design`.
            SimulationError: iterations < 2, a configuration a kernel's cost model refuses,
                or a deadlock (named with its cycle of waits).
        """
        return simulate(self.design(), iterations=iterations, trace=trace, params=params)

    # --- helpers ----------------------------------------------------------------------------
    def _check_name(self, name: str) -> None:
        if not isinstance(name, str) or not _NAME.match(name):
            raise CompileError(f"name {name!r}: use letters, digits and '_' (not starting with a digit)")
        if name in self._kernels or name in self._plios:
            raise CompileError(f"name {name!r} is already used in graph {self.name}")

    @staticmethod
    def _port_counts(inst: KernelInstance) -> dict[str, int]:
        ports = inst.params.ports()
        return {d: sum(1 for p in ports if p.direction == d) for d in ("in", "out")}

    def _port(self, endpoint: str, direction: str, where: str) -> str:
        m = _PORT.match(endpoint) if isinstance(endpoint, str) else None
        if not m or m["dir"] != direction:
            raise CompileError(f"{where}: {endpoint!r} is not a kernel {direction}put port; write "
                               f"'<kernel>.{direction}[i]'")
        if m["kernel"] not in self._kernels:
            raise CompileError(f"{where}: no kernel {m['kernel']!r}; add it with add_kernel first")
        n = self._port_counts(self._kernels[m["kernel"]])[direction]
        if int(m["index"]) >= n:
            raise CompileError(f"{where}: kernel {m['kernel']} has {n} {direction}put port(s), "
                               f"{direction}[0]..{direction}[{n - 1}]")
        if endpoint in self._taken:
            raise CompileError(f"{where}: {endpoint} is already connected")
        return m["kernel"]

    def _kernel_port(self, kernel: str, direction: str, endpoint: str):
        idx = int(_PORT.match(endpoint)["index"])
        return [q for q in self._kernels[kernel].params.ports() if q.direction == direction][idx]

    def _interface(self, kernel: str, direction: str, endpoint: str) -> str:
        return self._kernel_port(kernel, direction, endpoint).interface

    def _add_plio(self, name, direction, dtype, width_bits, freq_mhz, column, kernel) -> None:
        self._check_name(name)
        try:
            sample_type(dtype, f"PLIO {name}")
        except ValueError as e:
            raise CompileError(str(e)) from None
        allowed = self.device.plio.allowed_width_bits
        if width_bits not in allowed:
            raise CompileError(f"PLIO {name}: width {width_bits!r} bits; {self.device.name} offers {list(allowed)}")
        fmax = self.device.clock_hz / 2 / 1e6
        if not (isinstance(freq_mhz, (int, float)) and not isinstance(freq_mhz, bool) and 0 < freq_mhz <= fmax):
            raise CompileError(f"PLIO {name}: frequency {freq_mhz!r} MHz; give MHz, at most half the array clock "
                               f"({fmax:g} MHz on {self.device.name}, UG1603-PL)")
        columns = self.device.grid.columns
        used = self._plio_in_columns if direction == "in" else self._plio_out_columns
        limit = self._column_limit(direction, width_bits)
        if column is None:
            column = self._free_column(self._kernels[kernel].tile[0], used, limit, direction)
        elif not (isinstance(column, (int, np.integer)) and not isinstance(column, bool) and 0 <= column < columns):
            raise CompileError(f"PLIO {name}: column {column!r} is off the array (0..{columns - 1})")
        elif used.get(int(column), 0) >= limit:
            raise CompileError(f"PLIO {name}: shim column {column} has no {width_bits}-bit {direction}put stream "
                               f"left ({limit} per column); choose another column or leave column=None")
        else:
            column = int(column)
            used[column] = used.get(column, 0) + 1
        self._plios[name] = Plio(name, direction, width_bits, freq_mhz * 1e6, column, f"{name}.txt", dtype)

    def _column_limit(self, direction: str, width_bits: int) -> int:
        """PLIOs of ``width_bits`` one shim column takes: its 64-bit PL streams of that direction
        (two per 128-bit PLIO, AM020) and no more than its shim switch's north (inputs) / south
        (outputs) ports (RT-INIT)."""
        ports = self.device.stream.link_ports_north if direction == "in" else self.device.stream.link_ports_south
        return min(self.device.plio.plios_per_column(direction, width_bits), ports)

    def _free_column(self, kernel_column: int, used: dict, limit: int, direction: str) -> int:
        """The kernel's column while it has room for the PLIO, else the nearest one that has
        (east before west at equal distance)."""
        columns = self.device.grid.columns
        for d in range(columns):
            for col in ((kernel_column,) if d == 0 else (kernel_column + d, kernel_column - d)):
                if 0 <= col < columns and used.get(col, 0) < limit:
                    used[col] = used.get(col, 0) + 1
                    return col
        raise CompileError(f"no shim column has a free PL {direction}put stream left on {self.device.name}")


def dsplib_latency(result, first_input: str | None = None, first_output: str | None = None,
                   first: int = DSPLIB_FIRST_ITERATION, threshold_pct: float = DSPLIB_STABILITY_PCT
                   ) -> tuple[int, float]:
    """``(iteration, latency_ns)`` read like DSPLib's ``get_latency.tcl``: the last iteration,
    from the ``first``-th (1-based) on, whose latency from ``first_input``'s first beat to
    ``first_output``'s is within ``threshold_pct`` % of the previous iteration's; the last
    iteration if none is.

    Args:
        result: a TimingResult (``plio_times_cycles``, ``clock_hz``).
        first_input / first_output: PLIO names (default: the design's first input and first
            output PLIO, ``input_times_cycles`` / ``output_times_cycles``).
    Raises:
        SimulationError: an unknown PLIO name, or fewer than two iterations reached the output.
    """
    def times(name, default, direction):
        if name is None:
            return default
        if name not in result.plio_times_cycles:
            raise SimulationError(f"no {direction}put PLIO {name!r} in the result; known: "
                                  f"{sorted(result.plio_times_cycles)}")
        return result.plio_times_cycles[name]
    t_in = times(first_input, result.input_times_cycles, "in")
    t_out = times(first_output, result.output_times_cycles, "out")
    lat = [o - t for t, o in zip(t_in, t_out)]
    if len(lat) < 2:
        raise SimulationError(f"{len(lat)} iteration(s) reached the output; simulate at least 2")
    i = stable_iteration(lat, first, threshold_pct)
    return i, lat[i] * 1e9 / result.clock_hz


def stable_iteration(latencies, first: int = DSPLIB_FIRST_ITERATION,
                     threshold_pct: float = DSPLIB_STABILITY_PCT) -> int:
    """Index of the iteration DSPLib's ``get_latency.tcl`` reports: the last one, from the
    ``first``-th (1-based) on, whose latency is within ``threshold_pct`` % of the previous
    iteration's; the last iteration if none is."""
    found = None
    for i in range(max(1, first - 1), len(latencies)):
        if latencies[i] and 100.0 * abs(latencies[i] - latencies[i - 1]) / latencies[i] < threshold_pct:
            found = i
    return len(latencies) - 1 if found is None else found
