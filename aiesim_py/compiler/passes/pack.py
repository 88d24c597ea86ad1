"""Pack: slice each layer's weights and bias per tile and lay them out for the kernel."""
from __future__ import annotations

import numpy as np

from aiesim_py.compiler.passes.parallelize import LayerParallelism
from aiesim_py.compiler.passes.quantize import LayerQuant
from aiesim_py.kernels.dense import DenseParams, pack_weights


def pad_weights(q: LayerQuant, par: LayerParallelism) -> tuple[np.ndarray, np.ndarray]:
    """Zero-pad W to (cas_length*k_slice, cas_num*n_slice) and the bias to cas_num*n_slice."""
    k_dim, n_dim = q.weight.shape
    w = np.zeros((par.cas_length * par.k_slice, par.cas_num * par.n_slice), dtype=q.weight.dtype)
    w[:k_dim, :n_dim] = q.weight
    b = np.zeros(par.cas_num * par.n_slice, dtype=q.bias_acc.dtype)     # int32 (float32: bf16)
    b[:n_dim] = q.bias_acc
    return w, b


def tile_slices(q: LayerQuant, par: LayerParallelism, params: DenseParams, chain: int, cas_index: int):
    """(packed int8 weights, int32 bias or None) of tile (chain, cas_index)."""
    w, b = pad_weights(q, par)
    ks, ns = par.k_slice, par.n_slice
    w_tile = w[cas_index * ks:(cas_index + 1) * ks, chain * ns:(chain + 1) * ns]
    bias = b[chain * ns:(chain + 1) * ns].copy() if params.has_bias else None
    return pack_weights(w_tile, params), bias
