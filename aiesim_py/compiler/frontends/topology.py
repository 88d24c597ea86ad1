"""Topology specs: ``"mlp:16-64-32-32-8"`` -> an int8 MLP with weights from a fixed seed.

Types: input ``ap_fixed<8,3>``; weights ``ap_fixed<8,1>`` (uniform integers in -64..63,
seed 0); biases ``ap_fixed<16,6>``; hidden and output results
``ap_fixed<8,4,AP_RND_CONV,AP_SAT>``; ReLU after every hidden layer. Useful to time
shape-only designs.
"""
from __future__ import annotations

import numpy as np

from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
from aiesim_py.errors import ModelError
from aiesim_py.isa.fixed_point import FixedType

SEED = 0


def parse_spec(spec: str) -> list[int]:
    """``"mlp:16-64-8"`` -> ``[16, 64, 8]``; raises ModelError naming the bad part."""
    body = spec.removeprefix("mlp:")
    parts = body.split("-")
    try:
        widths = [int(p) for p in parts]
    except ValueError:
        raise ModelError(f"topology spec {spec!r}: widths must be integers separated by '-', "
                         "e.g. 'mlp:16-64-32-32-8'") from None
    if len(widths) < 2 or any(w < 1 for w in widths):
        raise ModelError(f"topology spec {spec!r}: need at least two positive widths, e.g. 'mlp:16-8'")
    return widths


def graph_from_spec(spec: str) -> Graph:
    widths = parse_spec(spec)
    rng = np.random.default_rng(SEED)
    in_t = FixedType(8, 3, True, "TRN", "WRAP")
    w_t = FixedType(8, 1, True, "TRN", "WRAP")
    b_t = FixedType(16, 6, True, "TRN", "WRAP")
    out_t = FixedType(8, 4, True, "RND_CONV", "SAT")
    g = Graph(name=spec.replace(":", "_").replace("-", "_"), input_features=widths[0],
              input_type=in_t, source=spec)
    prev_t = in_t
    for i, (k, n) in enumerate(zip(widths[:-1], widths[1:])):
        acc_t = FixedType(32, 32 - (prev_t.frac + w_t.frac), True, "TRN", "WRAP")
        w = rng.integers(-64, 64, size=(k, n))
        b = rng.integers(-256, 256, size=n)
        g.nodes.append(DenseNode(f"dense{i}", w, b, w_t, b_t, acc_t, out_t))
        if i < len(widths) - 2:
            g.nodes.append(ReluNode(f"relu{i}", out_t))
        prev_t = out_t
    return g
