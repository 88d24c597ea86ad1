"""The AIE-ML v2 device file (ve3858) against its public sources.

* ``[mmul.*]``: the AIE API table "Matrix multiplication modes for real types", row AIE-MLv2
  (transcribed in ``isa.mmul.AIE_ML_V2_MMUL_MODES``; XDNA2 is a different row, ``__AIE_ARCH__``
  21 vs 22): every native shape is a single-intrinsic acc32 mode of that row, the MAC rate is
  the MACs of the largest one.
* geometry and resources: Xilinx/aiebaremetal ``include/hw_config.h`` (AIE2PS 36 x 7 array)
  and Xilinx/aie-rt ``xaie2psgbl_reginit.c`` (DMA, lock and stream-switch counts).
* the compiler's candidate shapes on ve3858 are shapes the API lists for AIE-MLv2, and designs
  of every integer type pair compile, run bit-exact and simulate on it.
"""
from __future__ import annotations

import numpy as np
import pytest

from aiesim_py.arch import load_device
from aiesim_py.compiler import compile_model
from aiesim_py.compiler.passes.parallelize import microtiles
from aiesim_py.isa.mmul import AIE_ML_V2_MMUL_MODES, NATIVE_MMUL_SHAPES, aie_ml_v2_single_intrinsic_shapes
from aiesim_py.sim.functional import run_design
from aiesim_py.sim.timing import simulate

from test_microtile import PAIRS, _chain_graph


def _pair(key: str) -> tuple[str, str]:
    a, _, b = key.partition("x")
    return a, b


def test_every_native_shape_is_a_single_intrinsic_api_mode():
    dev = load_device("ve3858")
    assert set(dev.mmul) == {"int8xint8", "int8xint4", "int16xint8", "int8xint16", "int16xint16"}
    for key, spec in dev.mmul.items():
        single = aie_ml_v2_single_intrinsic_shapes(*_pair(key), acc_bits=spec.acc_bits)
        assert spec.native_shapes, key
        for shape in spec.native_shapes:
            assert shape in single, (key, shape, single)
        # one VMAC per cycle: the rate is the MACs of the largest native shape
        assert spec.macs_per_cycle == max(m * k * n for m, k, n in spec.native_shapes), key


def test_api_table_transcription_aie_ml_v2_row():
    """The entries that set AIE-ML v2 apart from AIE-ML and from XDNA2 (API-V2 row)."""
    t = AIE_ML_V2_MMUL_MODES
    assert t[("int8", "int8")] == {(4, 8, 8): "acc32", (8, 8, 8): "acc32"}
    assert t[("int8", "int4")] == {(4, 16, 16): "ab", (8, 8, 8): ""}          # 4x16x16 native on XDNA2 only
    assert set(t[("int16", "int16")]) == {(4, 2, 8), (8, 2, 8), (2, 4, 8), (4, 4, 8), (8, 1, 8)}
    assert t[("bfloat16", "bfloat16")][(4, 8, 8)] == "" and "a" in t[("bfloat16", "bfloat16")][(4, 8, 4)]
    assert aie_ml_v2_single_intrinsic_shapes("int16", "int16", 32) == [(4, 2, 8), (8, 2, 8), (8, 1, 8)]
    assert aie_ml_v2_single_intrinsic_shapes("int16", "int16", 64) == [(2, 4, 8), (4, 4, 8)]
    with pytest.raises(ValueError, match="no AIE-ML v2 aie::mmul for int32 x int16"):
        aie_ml_v2_single_intrinsic_shapes("int32", "int16")


def test_mmul_rates_and_shapes():
    dev, ml = load_device("ve3858"), load_device("ve2802")
    rate = {k: v.macs_per_cycle for k, v in dev.mmul.items()}
    assert rate == {"int8xint8": 512, "int8xint4": 512, "int16xint8": 128, "int8xint16": 128, "int16xint16": 128}
    assert rate["int8xint8"] == 2 * ml.mmul_spec("int8xint8").macs_per_cycle
    assert rate["int16xint16"] == 2 * ml.mmul_spec("int16xint16").macs_per_cycle
    # int8 x int4 is no faster than int8 x int8 on AIE-ML v2 (B is unpacked to int8): the
    # AIE-ML int8 x int4 rate (AM020-SUM), not XDNA2's 1024
    assert rate["int8xint4"] == rate["int8xint8"] == ml.mmul_spec("int8xint4").macs_per_cycle
    assert set(dev.mmul_spec("int8xint8").native_shapes) == {(8, 8, 8), (4, 8, 8)}
    assert set(dev.mmul_spec("int8xint4").native_shapes) == {(8, 8, 8)}
    assert set(dev.mmul_spec("int16xint16").native_shapes) == {(8, 2, 8), (4, 2, 8)}
    # AIE-ML native shapes the AIE-MLv2 row does not list
    for key, gone in (("int16xint16", (4, 4, 4)), ("int8xint8", (2, 8, 8)), ("int16xint8", (4, 8, 4))):
        assert gone in NATIVE_MMUL_SHAPES[_pair(key)] and gone not in AIE_ML_V2_MMUL_MODES[_pair(key)]
        assert gone not in dev.mmul_spec(key).native_shapes


def test_geometry_and_resources_match_aie_rt_and_aiebaremetal():
    d = load_device("ve3858")
    g = d.grid
    assert (g.columns, g.compute_rows, g.memtile_rows) == (36, 4, 2)        # BM-HW AIE_GEN 5
    assert g.compute_tiles == 144 and d.memtiles == 72
    ct, mt, sh = d.compute_tile, d.memtile, d.shim
    assert (ct.data_memory_bytes, ct.program_memory_bytes, ct.data_memory_banks) == (65536, 16384, 8)
    assert (ct.dma_s2mm_channels, ct.dma_mm2s_channels, ct.bds, ct.locks) == (2, 2, 16, 16)
    assert (mt.memory_bytes, mt.banks, mt.dma_s2mm_channels, mt.dma_mm2s_channels, mt.bds, mt.locks) == \
        (524288, 8, 6, 6, 48, 64)
    assert (sh.dma_s2mm_channels, sh.dma_mm2s_channels, sh.bds, sh.locks) == (2, 2, 16, 16)
    s = d.stream
    assert (s.width_bits, s.dma_bytes_per_cycle) == (64, 8)
    assert (s.link_ports_north, s.link_ports_south, s.link_ports_east_west, s.memtile_link_ports_east_west) == \
        (6, 4, 4, 0)
    assert (d.plio.in_streams_per_column, d.plio.out_streams_per_column) == (8, 6)
    assert d.plio.allowed_width_bits == (32, 64, 128)
    assert (d.core.load_bits, d.core.store_bits, d.cascade.width_bits) == (512, 512, 512)
    assert d.timing.lock_max_value == 63


@pytest.mark.parametrize("pair", PAIRS)
def test_auto_candidates_are_api_aie_ml_v2_shapes(pair):
    """The search's candidate set on ve3858 holds only shapes the AIE-MLv2 row lists."""
    listed = AIE_ML_V2_MMUL_MODES[tuple(f"int{b}" for b in pair)]
    shapes = microtiles(pair, "auto", load_device("ve3858"))
    assert shapes and set(shapes) <= set(listed), (pair, shapes)


@pytest.mark.parametrize("pair", PAIRS)
def test_every_type_pair_compiles_runs_and_simulates(pair):
    """A 3-layer chain of each type pair: the same integers as on AIE-ML, cost-model cycles
    from the device's rates, and a simulation that finishes."""
    g = _chain_graph(*pair, layers=3)
    v2 = compile_model(g, device="ve3858", batch=8)
    ml = compile_model(g, device="ve2802", batch=8)
    allowed = set(AIE_ML_V2_MMUL_MODES[tuple(f"int{b}" for b in pair)])
    assert {(k.params.mmul_m, k.params.mmul_k, k.params.mmul_n) for k in v2.kernels} <= allowed
    x = np.random.default_rng(3).integers(-2 ** (pair[0] - 1), 2 ** (pair[0] - 1), size=(16, 32))
    assert np.array_equal(run_design(v2, x), run_design(ml, x))
    r = simulate(v2, iterations=4)
    assert r.device == "ve3858" and r.latency_cycles > 0 and r.interval_cycles > 0
