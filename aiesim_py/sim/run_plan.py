"""Fast functional path: the Design's kernels and tilings folded into one GEMM per layer.

Built once per Design from the same data the per-kernel runner uses (each tile's packed
weights and bias, each kernel's SRS parameters, every port's tiling), so it reproduces
:func:`~aiesim_py.sim.functional.run_design_per_kernel` bit for bit:

* the K slices of a cascade add their partial sums into acc32 lanes; addition modulo
  2**32 is associative, so summing the whole K at once and wrapping once is identical;
* each memory-tile read / write tiling becomes one precomputed gather / scatter index
  (zero padding = index into an appended zero column);
* the int8 GEMM runs through float BLAS, exact by :func:`~aiesim_py.isa.mmul.matmul_int8_exact`
  (activations stay in float arrays between layers, weights are converted once);
* bias, acc32 wrap, SRS and ReLU run in one numba pass (``_dense_epilogue``) when a layer
  needs no extra conversion ops; otherwise ``kernels.dense.finish_output``.

bf16 designs (``DenseParams.arith == "bf16"``) keep activations as float32 values of bf16
numbers; each layer folds its whole K in order from the fp32 bias
(:func:`~aiesim_py.isa.bf16.matmul_bf16_values`): a cascade hands its accfloat lanes on
unchanged, so tile by tile in K order is the same sequence of fp32 additions; then the RNE
conversion to bf16 and the ReLU (``kernels.dense_bf16.finish_bf16``). Zero-padded K columns
are part of the fold, as on the array.

Several PLIOs and shared buffers per layer boundary (input PLIO groups of K slices,
output PLIO groups of chains) fold the same way: every shared buffer gets a base offset in
one flat address space, and the host rows of all PLIOs sit side by side.

Designs whose chains of one layer read different data (no broadcast) are not folded;
:func:`build_run_plan` then returns a plan that defers to the per-kernel runner.
"""
from __future__ import annotations

from dataclasses import dataclass

import numba
import numpy as np

from aiesim_py.design import Design, direct_buffers

from aiesim_py.isa.bf16 import bf16_to_float32, matmul_bf16_values
from aiesim_py.isa.mmul import F32_EXACT_MAX_K, wrap_signed
from aiesim_py.isa.modes import RoundingMode, SaturationMode
from aiesim_py.kernels.dense import finish_output, unpack_weights
from aiesim_py.kernels.dense_bf16 import finish_bf16
from aiesim_py.kernels.layout import from_tile_order, to_tile_order
from aiesim_py.sim.weights import kernel_weights


@dataclass
class _Port:
    buffer: str
    offsets: np.ndarray
    base: int = 0               # offset of the buffer in the flat space of all buffers

    @property
    def flat(self) -> np.ndarray:
        """Offsets in the flat space; -1 (padding) stays -1."""
        return np.where(self.offsets >= 0, self.offsets + self.base, -1)


def _bases(design: Design) -> tuple[dict[str, int], int]:
    """Base offset of every shared buffer in one flat space, and its size."""
    bases, pos = {}, 0
    for b in design.shared_buffers:
        if b.initial is not None:       # static weight buffer: read through sim.weights
            continue
        bases[b.name] = pos
        pos += int(np.prod(b.dimension))
    for db in direct_buffers(design):   # direct kernel-to-kernel buffers (identity order)
        bases[db.name] = pos
        pos += db.elements
    return bases, pos


def _ports(design: Design):
    bases, _ = _bases(design)
    readers, writers = {}, {}
    for b in design.shared_buffers:
        if b.initial is not None:       # static weight buffer: read through sim.weights
            continue
        for p in b.outputs:
            for peer in p.peers:
                readers[peer] = _Port(b.name, p.tiling.element_offsets(), bases[b.name])
        for p in b.inputs:
            for peer in p.peers:
                writers[peer] = _Port(b.name, p.tiling.element_offsets(), bases[b.name])
    from aiesim_py.sim.functional import direct_offsets
    for db in direct_buffers(design):
        ident = direct_offsets(db.elements)
        writers[db.name] = _Port(db.name, ident, bases[db.name])
        for r in db.readers:
            readers[f"{r}.in"] = _Port(db.name, ident, bases[db.name])
    return readers, writers


@dataclass
class _LayerPlan:
    in_buffer: str              # (unused by the fold: gather and scatter use the flat space)
    gather: np.ndarray          # (batch * K_total,) index into the flat buffer space + zero
    weights: np.ndarray         # (K_total, N_total) int8 or int16
    bias: np.ndarray            # (N_total,) int64
    chains: list                # (n0, n1, DenseParams of the SRS) per chain
    out_buffer: str
    scatter_dst: np.ndarray     # flat buffer-space offsets
    scatter_src: np.ndarray     # flat index into the (batch, N_total) result
    batch: int
    k_total: int
    n_total: int

    def __post_init__(self):
        self.arith = self.chains[0][2].arith
        if self.arith == "bf16":
            self.float_dtype = np.float32
            self.weights_float = bf16_to_float32(self.weights)
            self.bias_f32 = self.bias.astype(np.float32)
            self.epilogue_groups = [(self.chains[0][0], self.chains[-1][1], self.chains[0][2])]
            return
        # float BLAS is exact for int8 x int8 sums up to F32_EXACT_MAX_K terms in float32;
        # int16 operands (|product| <= 2**30) need float64, exact up to 2**23 terms
        int8_pair = self.weights.dtype == np.int8 and self.chains[0][2].a_bits == 8
        if int8_pair and self.k_total <= F32_EXACT_MAX_K:
            self.float_dtype = np.float32
        elif self.k_total <= 2 ** 23:
            self.float_dtype = np.float64
        else:  # pragma: no cover - no tile holds such a K
            raise ValueError("K too large for an exact float GEMM")
        self.weights_float = self.weights.astype(self.float_dtype)
        # neighbouring chains with the same conversion run as one epilogue call
        groups = []
        for n0, n1, p in self.chains:
            if groups and groups[-1][2] == p and groups[-1][1] == n0:
                groups[-1] = (groups[-1][0], n1, p)
            else:
                groups.append((n0, n1, p))
        self.epilogue_groups = groups


class _Gather:
    """Rows of a consumer matrix ``(batch, cols)`` taken from a producer matrix
    ``(batch, width)`` of the same iteration through a flat index (``sentinel`` = zero).

    Where the index is the identity on the first ``valid`` columns (the usual case: the
    memory-tile scatter and gather undo each other) a slice replaces the gather.
    """

    def __init__(self, index: np.ndarray, batch: int, cols: int, width: int):
        self.index, self.batch, self.cols, self.width = index, batch, cols, width
        sentinel = batch * width
        m = index.reshape(batch, cols)
        self.valid = None
        for valid in range(min(cols, width), -1, -1):
            ident = (np.arange(batch)[:, None] * width + np.arange(valid)[None, :])
            if np.array_equal(m[:, :valid], ident) and np.all(m[:, valid:] == sentinel):
                self.valid = valid
                break

    def __call__(self, prev: np.ndarray) -> np.ndarray:
        """``prev``: ``(iterations * batch, width)`` -> ``(iterations * batch, cols)``."""
        rows = prev.shape[0]
        if self.valid is not None:
            if self.valid == self.cols == self.width:
                return prev
            out = np.zeros((rows, self.cols), dtype=prev.dtype)
            out[:, :self.valid] = prev[:, :self.valid]
            return out
        iters = rows // self.batch
        flat = np.zeros((iters, self.batch * self.width + 1), dtype=prev.dtype)
        flat[:, :-1] = prev.reshape(iters, -1)
        return np.take(flat, self.index, axis=1).reshape(rows, self.cols)


class RunPlan:
    """Precomputed fast execution of one Design (see module docstring)."""

    def __init__(self, design: Design, layers: list[_LayerPlan] | None, in_port: dict | None,
                 out_port: dict | None):
        self.design = design
        self.layers = layers
        self.gathers: list[_Gather] = []
        self.out_gather: _Gather | None = None
        if layers is not None:
            self._compose(in_port, out_port)

    def _compose(self, in_ports: dict, out_ports: dict) -> None:
        """Fold every scatter (producer -> buffer) into the next gather (buffer -> consumer).

        ``in_ports`` / ``out_ports``: PLIO name -> its shared-buffer port. The producer of the
        first layer is the input PLIOs' rows side by side (``functional.plio_input_stream``);
        the output gather yields the output PLIOs' rows side by side."""
        from aiesim_py.sim.functional import plio_layout
        d = self.design
        _, total = _bases(d)
        layout = plio_layout(d, "in")
        width = sum(row for _, row, _, _, _ in layout)
        src_of = np.full(total + 1, d.batch * width, dtype=np.int64)
        for pl, row, pos, _, _ in layout:
            port = in_ports[pl.name]
            keep = port.offsets >= 0
            e = np.arange(port.offsets.size)[keep]
            src_of[port.flat[keep]] = (e // row) * width + pos + e % row
        relays = _relay_copies(d)
        for lp in self.layers:
            for dst, src in relays:     # memory-tile relays: the relay holds the home's elements
                src_of[dst] = src_of[src]
            self.gathers.append(_Gather(src_of[lp.gather], lp.batch, lp.k_total, width))
            width = lp.n_total
            src_of = np.full(total + 1, lp.batch * width, dtype=np.int64)
            src_of[lp.scatter_dst] = lp.scatter_src
        layout = plio_layout(d, "out")
        w_out = sum(row for _, row, _, _, _ in layout)
        idx = np.empty((d.batch, w_out), dtype=np.int64)
        for pl, row, pos, _, _ in layout:
            flat = out_ports[pl.name].flat
            idx[:, pos:pos + row] = np.where(flat >= 0, flat, total).reshape(d.batch, row)
        self.out_gather = _Gather(src_of[idx.reshape(-1)], d.batch, w_out, width)

    def run(self, x: np.ndarray) -> np.ndarray:
        """``(samples, input_features)`` ints -> ``(samples, output_features)`` int64."""
        d = self.design
        if self.layers is None:
            from aiesim_py.sim.functional import run_design_per_kernel
            return run_design_per_kernel(d, x)
        from aiesim_py.sim.functional import plio_input_stream
        samples = x.shape[0]
        iterations = max(1, -(-samples // d.batch))
        stream = plio_input_stream(d, x, iterations).reshape(iterations * d.batch, -1)
        if self.layers[0].arith == "bf16":
            from aiesim_py.sim.functional import plio_output_rows
            return plio_output_rows(d, self._run_bf16(stream), samples)
        # activations stay in float arrays between layers: int8 values are exact there and
        # the next GEMM needs them as floats anyway
        h = stream.astype(self.layers[0].float_dtype)
        for lp, gather in zip(self.layers, self.gathers):
            xk = gather(h)
            if xk.dtype != lp.float_dtype:
                xk = xk.astype(lp.float_dtype)
            prod = xk @ lp.weights_float            # exact integer sums (see matmul_int8_exact)
            # int8/int16 values are exact in float32, int32 outputs (last layer) need float64
            y = np.empty(prod.shape, dtype=np.float64 if lp.chains[0][2].out_bits == 32 else np.float32)
            for n0, n1, p in lp.epilogue_groups:
                if not p.ops and p.shift >= 0 and p.out_bits == 8:
                    sat = SaturationMode[p.saturation]
                    ca, cb, cc = _rounding_constants(p.shift, RoundingMode[p.rounding].value)
                    lo = -127 if sat is SaturationMode.symmetric else -128
                    _dense_epilogue(prod[:, n0:n1], lp.bias[n0:n1], p.shift, ca, cb, cc, lo, 127,
                                    sat is SaturationMode.none, p.relu, y[:, n0:n1])
                else:
                    acc = wrap_signed(prod[:, n0:n1].astype(np.int64) + lp.bias[n0:n1], 32)
                    y[:, n0:n1] = finish_output(acc, p)
            h = y
        from aiesim_py.sim.functional import plio_output_rows
        return plio_output_rows(d, self.out_gather(h), samples)


    def _run_bf16(self, stream: np.ndarray) -> np.ndarray:
        """bf16 patterns ``(rows, row)`` -> output bf16 patterns ``(rows, out_row)`` int64."""
        h = bf16_to_float32(stream)
        for lp, gather in zip(self.layers, self.gathers):
            xk = gather(h)
            acc = matmul_bf16_values(xk, lp.weights_float, lp.bias_f32[None, :])
            relus = {p.relu for _, _, p in lp.chains}
            if len(relus) != 1:      # pragma: no cover - one layer has one ReLU setting
                raise ValueError("chains of one bf16 layer differ in their ReLU")
            h = bf16_to_float32(finish_bf16(acc, relus.pop()))
        out = self.out_gather(h)
        return (np.ascontiguousarray(out, dtype=np.float32).view(np.uint32) >> 16).astype(np.int64)


def _rounding_constants(shift: int, rnd: int) -> tuple[int, int, int]:
    """(A, B, C) with rounding constant ``c = A + B*negative + C*odd(q)`` for an SRS by
    ``shift`` in crRnd mode ``rnd``; the same table as ``isa.srs.round_shift_kernel``
    written branch-free (tested equal through the per-kernel runner)."""
    if shift <= 0:
        return 0, 0, 0
    low, half = (1 << shift) - 1, 1 << (shift - 1)
    return {0: (0, 0, 0), 1: (low, 0, 0), 2: (0, low, 0), 3: (low, -low, 0), 9: (half, 0, 0),
            8: (half - 1, 0, 0), 11: (half, -1, 0), 10: (half - 1, 1, 0), 12: (half - 1, 0, 1),
            13: (half, 0, -1)}[rnd]


@numba.njit(cache=True)
def _dense_epilogue(prod, bias, shift, ca, cb, cc, lo, hi, wrap8, relu, out):
    """acc32 lanes (exact float sums + bias, wrapped) -> SRS to int8 -> ReLU over ``prod``
    (rows x columns; a column slice of a layer is passed as a view). Rounding constant ``ca + cb*negative + cc*odd``; saturation clamps to
    [lo, hi] or, with ``wrap8``, keeps the low 8 bits."""
    one = np.int64(1)
    low_mask = (one << shift) - one
    for i in range(prod.shape[0]):
        for j in range(prod.shape[1]):      # (range(n0, n1) here defeats vectorisation)
            v = np.int64(prod[i, j]) + bias[j]
            v = ((v + (one << 31)) & ((one << 32) - one)) - (one << 31)      # acc32 wrap
            if shift > 0:
                q = v >> shift
                c = ca + cb * np.int64(v < 0) + cc * (q & one)
                v = q + (((v & low_mask) + c) >> shift)
            if wrap8:
                v = ((v + 128) & 255) - 128
            else:
                v = min(max(v, lo), hi)
            if relu:
                v = max(v, np.int64(0))
            out[i, j] = v


def _relay_copies(design: Design) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per memory-tile relay (``functional.relay_ports``): (relay flat offsets, home flat
    offsets) of the elements it copies, in stream order; a padding element of the home's
    read (-1) maps to the zero element past the flat space."""
    from aiesim_py.sim.functional import relay_ports
    readers, writers = _ports(design)
    _, total = _bases(design)
    out = []
    for _b, src, dst in relay_ports(design):
        w, r = writers[src], readers[dst]     # the relay's write port, the home's read port
        keep = w.offsets >= 0
        home = r.flat[keep]
        out.append((w.flat[keep], np.where(home >= 0, home, total)))
    return out


def _layer_plan(design: Design, layer, readers, writers, sizes: int) -> _LayerPlan | None:
    """``sizes``: elements of the flat buffer space (the index of the zero element)."""
    kernels = design.layer_kernels(layer.index)
    L, C = layer.cas_length, layer.cas_num
    grid = {(k.chain, k.cas_index): k for k in kernels}
    if len(grid) != L * C:
        return None
    p0 = grid[(0, 0)].params
    k_s, n_s, batch = p0.k, p0.n, p0.batch
    in_buffer = readers[f"{grid[(0, 0)].name}.in"].buffer
    zero = sizes                                 # the zero element past the flat space
    cols = []
    for l in range(L):
        offs = [readers[f"{grid[(c, l)].name}.in"].flat for c in range(C)]
        if any(not np.array_equal(offs[0], o) for o in offs[1:]):
            return None                          # chains read different data: no folding
        m = from_tile_order(offs[0][None], batch, k_s, p0.mmul_m, p0.mmul_k)[0]
        cols.append(np.where(m >= 0, m, zero))
    gather = np.concatenate(cols, axis=1).reshape(-1)
    w = np.zeros((L * k_s, C * n_s), dtype=grid[(0, 0)].params.weight_dtype)
    bias = np.zeros(C * n_s, dtype=np.float32 if p0.arith == "bf16" else np.int64)
    chains, dsts, srcs = [], [], []
    index = np.arange(batch * C * n_s).reshape(batch, C * n_s)
    out_buffers = set()
    for c in range(C):
        for l in range(L):
            k = grid[(c, l)]
            if (k.params.k, k.params.n, k.params.batch) != (k_s, n_s, batch):
                return None
            w[l * k_s:(l + 1) * k_s, c * n_s:(c + 1) * n_s] = unpack_weights(kernel_weights(design, k), k.params)
            if k.params.has_bias:
                bias[c * n_s:(c + 1) * n_s] = k.bias
        last = grid[(c, L - 1)]
        chains.append((c * n_s, (c + 1) * n_s, last.params))
        port = writers[f"{last.name}.out"]
        out_buffers.add(port.buffer)
        src_stream = to_tile_order(index[:, c * n_s:(c + 1) * n_s], last.params.mmul_m, last.params.mmul_n)
        keep = port.offsets >= 0
        dsts.append(port.flat[keep])
        srcs.append(src_stream[keep])
    return _LayerPlan(in_buffer, gather, w, bias, chains, ",".join(sorted(out_buffers)), np.concatenate(dsts),
                      np.concatenate(srcs), batch, L * k_s, C * n_s)


def build_run_plan(design: Design) -> RunPlan:
    """Fold the Design into a :class:`RunPlan` (falls back to per-kernel when it cannot)."""
    readers, writers = _ports(design)
    _, total = _bases(design)
    layers = []
    for layer in design.layers:
        lp = _layer_plan(design, layer, readers, writers, total)
        if lp is None:
            return RunPlan(design, None, None, None)
        layers.append(lp)
    return RunPlan(design, layers,
                   {pl.name: writers[pl.name] for pl in design.plios if pl.direction == "in"},
                   {pl.name: readers[pl.name] for pl in design.plios if pl.direction == "out"})
