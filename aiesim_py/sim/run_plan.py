"""Fast functional path: the Design's kernels and tilings folded into one GEMM per layer.

Built once per Design from the same data the per-kernel runner uses (each tile's packed
weights and bias, each kernel's SRS parameters, every port's tiling), so it reproduces
:func:`~aiesim_py.sim.functional.run_design_per_kernel` bit for bit:

* the K slices of a cascade add their partial sums into acc32 lanes; addition modulo
  2**32 is associative, so summing the whole K at once and wrapping once is identical;
* each memory-tile read / write tiling becomes one precomputed gather / scatter index
  (zero padding = index into an appended zero column);
* the int8 GEMM runs through float BLAS, exact by :func:`~aiesim_py.isa.mmul.matmul_int8_exact`.

Designs whose chains of one layer read different data (no broadcast) are not folded;
:func:`build_run_plan` then returns a plan that defers to the per-kernel runner.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aiesim_py.design import Design
from aiesim_py.isa.mmul import matmul_int8_exact, wrap_signed
from aiesim_py.kernels.dense import finish_output, unpack_weights
from aiesim_py.kernels.layout import from_tile_order, to_tile_order


@dataclass
class _Port:
    buffer: str
    offsets: np.ndarray


def _ports(design: Design):
    readers, writers = {}, {}
    for b in design.shared_buffers:
        for p in b.outputs:
            for peer in p.peers:
                readers[peer] = _Port(b.name, p.tiling.element_offsets())
        for p in b.inputs:
            for peer in p.peers:
                writers[peer] = _Port(b.name, p.tiling.element_offsets())
    return readers, writers


@dataclass
class _LayerPlan:
    in_buffer: str
    gather: np.ndarray          # (batch * K_total,) index into buffer + zero column
    weights: np.ndarray         # (K_total, N_total) int8
    bias: np.ndarray            # (N_total,) int64
    chains: list                # (n0, n1, DenseParams of the SRS) per chain
    out_buffer: str
    scatter_dst: np.ndarray     # buffer offsets
    scatter_src: np.ndarray     # flat index into the (batch, N_total) result
    batch: int
    k_total: int
    n_total: int


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

    def __init__(self, design: Design, layers: list[_LayerPlan] | None, in_port: _Port | None,
                 out_port: _Port | None):
        self.design = design
        self.layers = layers
        self.gathers: list[_Gather] = []
        self.out_gather: _Gather | None = None
        if layers is not None:
            self._compose(in_port, out_port)

    def _compose(self, in_port: _Port, out_port: _Port) -> None:
        """Fold every scatter (producer -> buffer) into the next gather (buffer -> consumer)."""
        from aiesim_py.sim.functional import plio_row_elements
        d = self.design
        sizes = {b.name: int(np.prod(b.dimension)) for b in d.shared_buffers}
        width = plio_row_elements(d, "plio_in")
        src_of = np.full(sizes[in_port.buffer] + 1, d.batch * width, dtype=np.int64)
        keep = in_port.offsets >= 0
        src_of[in_port.offsets[keep]] = np.arange(in_port.offsets.size)[keep]
        for lp in self.layers:
            self.gathers.append(_Gather(src_of[lp.gather], lp.batch, lp.k_total, width))
            width = lp.n_total
            src_of = np.full(sizes[lp.out_buffer] + 1, lp.batch * width, dtype=np.int64)
            src_of[lp.scatter_dst] = lp.scatter_src
        row_out = plio_row_elements(d, "plio_out")
        idx = np.where(out_port.offsets >= 0, out_port.offsets, sizes[out_port.buffer])
        self.out_gather = _Gather(src_of[idx], d.batch, row_out, width)

    def run(self, x: np.ndarray) -> np.ndarray:
        """``(samples, input_features)`` ints -> ``(samples, output_features)`` int64."""
        d = self.design
        if self.layers is None:
            from aiesim_py.sim.functional import run_design_per_kernel
            return run_design_per_kernel(d, x)
        from aiesim_py.sim.functional import plio_input_stream
        samples = x.shape[0]
        iterations = max(1, -(-samples // d.batch))
        h = plio_input_stream(d, x, iterations).reshape(iterations * d.batch, -1)
        for lp, gather in zip(self.layers, self.gathers):
            xk = gather(h)
            acc = wrap_signed(matmul_int8_exact(xk, lp.weights) + lp.bias, 32)
            y = np.empty((iterations * lp.batch, lp.n_total), dtype=np.int8)
            for n0, n1, p in lp.chains:
                y[:, n0:n1] = finish_output(acc[:, n0:n1], p)
            h = y
        out = self.out_gather(h)
        return out[:samples, :d.output_features].astype(np.int64)


def _layer_plan(design: Design, layer, readers, writers, sizes) -> _LayerPlan | None:
    kernels = design.layer_kernels(layer.index)
    L, C = layer.cas_length, layer.cas_num
    grid = {(k.chain, k.cas_index): k for k in kernels}
    if len(grid) != L * C:
        return None
    p0 = grid[(0, 0)].params
    k_s, n_s, batch = p0.k, p0.n, p0.batch
    in_ports = {readers[f"{k.name}.in"].buffer for k in kernels}
    if len(in_ports) != 1:
        return None
    in_buffer = in_ports.pop()
    zero = sizes[in_buffer]
    cols = []
    for l in range(L):
        offs = [readers[f"{grid[(c, l)].name}.in"].offsets for c in range(C)]
        if any(not np.array_equal(offs[0], o) for o in offs[1:]):
            return None                          # chains read different data: no folding
        m = from_tile_order(offs[0][None], batch, k_s, p0.mmul_m, p0.mmul_k)[0]
        cols.append(np.where(m >= 0, m, zero))
    gather = np.concatenate(cols, axis=1).reshape(-1)
    w = np.zeros((L * k_s, C * n_s), dtype=np.int8)
    bias = np.zeros(C * n_s, dtype=np.int64)
    chains, dsts, srcs = [], [], []
    index = np.arange(batch * C * n_s).reshape(batch, C * n_s)
    out_buffers = set()
    for c in range(C):
        for l in range(L):
            k = grid[(c, l)]
            if (k.params.k, k.params.n, k.params.batch) != (k_s, n_s, batch):
                return None
            w[l * k_s:(l + 1) * k_s, c * n_s:(c + 1) * n_s] = unpack_weights(k.weights, k.params)
            if k.params.has_bias:
                bias[c * n_s:(c + 1) * n_s] = k.bias
        last = grid[(c, L - 1)]
        chains.append((c * n_s, (c + 1) * n_s, last.params))
        port = writers[f"{last.name}.out"]
        out_buffers.add(port.buffer)
        src_stream = to_tile_order(index[:, c * n_s:(c + 1) * n_s], last.params.mmul_m, last.params.mmul_n)
        keep = port.offsets >= 0
        dsts.append(port.offsets[keep])
        srcs.append(src_stream[keep])
    if len(out_buffers) != 1:
        return None
    return _LayerPlan(in_buffer, gather, w, bias, chains, out_buffers.pop(), np.concatenate(dsts),
                      np.concatenate(srcs), batch, L * k_s, C * n_s)


def build_run_plan(design: Design) -> RunPlan:
    """Fold the Design into a :class:`RunPlan` (falls back to per-kernel when it cannot)."""
    readers, writers = _ports(design)
    sizes = {b.name: int(np.prod(b.dimension)) for b in design.shared_buffers}
    layers = []
    for layer in design.layers:
        lp = _layer_plan(design, layer, readers, writers, sizes)
        if lp is None:
            return RunPlan(design, None, None, None)
        layers.append(lp)
    return RunPlan(design, layers, writers["plio_in"], readers["plio_out"])
