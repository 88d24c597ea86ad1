"""kernels.gama_mmul: GAMA's GEMM kernel (advent-lab/GAMA) and the C33 case built on it."""
import sys
from pathlib import Path

import pytest

from aiesim_py.isa.timing import AIE_ML_CORE as T
from aiesim_py.kernels import families, gama_mmul
from aiesim_py.kernels.gama_mmul import GamaMmulParams, gama_mmul_cycles

VALIDATION = Path(__file__).resolve().parents[1] / "validation"


def test_registered():
    assert families.FAMILIES["gama_mmul"] == (GamaMmulParams, gama_mmul_cycles)


def test_ports_and_cascade():
    first = GamaMmulParams("int8", "int32", 48, 240, 48, cascade_out=True)
    last = GamaMmulParams("int8", "int32", 48, 240, 48, cascade_in=True)
    assert [q.bytes_per_call for q in first.ports()] == [48 * 240, 240 * 48]
    assert [q.bytes_per_call for q in last.ports()] == [48 * 240, 240 * 48, 48 * 48 * 4]
    assert first.cascade_bytes == 48 * 48 * 4                       # acc32 lanes
    bf = GamaMmulParams("bfloat16", "bfloat16", 64, 96, 64)
    assert [q.bytes_per_call for q in bf.ports()] == [64 * 96 * 2, 96 * 64 * 2, 64 * 64 * 2]


def test_refusals():
    with pytest.raises(ValueError):
        GamaMmulParams("int16", "int16", 64, 64, 64)
    with pytest.raises(ValueError):
        GamaMmulParams("int8", "bfloat16", 64, 64, 64)
    with pytest.raises(ValueError):
        GamaMmulParams("int8", "int8", 60, 64, 64)           # M not a multiple of 2 x 4


def test_k_loop_and_groups():
    c = gama_mmul_cycles(GamaMmulParams("int8", "int8", 64, 224, 64), T)
    assert (c.ii_cycles, c.groups) == (4, 32)                 # 4 int8 VMACs per K step, (64/8) x (64/16) groups
    b = gama_mmul_cycles(GamaMmulParams("bfloat16", "bfloat16", 64, 96, 64), T)
    assert (b.ii_cycles, b.groups) == (8, 32)                 # 8x8x4 bf16 = 2 VMAC.f per mmul
    ideal = 64 * 224 * 64 // 256
    assert ideal < c.function_cycles < 1.2 * ideal


def test_nonleaf_change_flag(monkeypatch):
    p = GamaMmulParams("int8", "int16", 64, 184, 64, cascade_in=True, cascade_out=True)
    after = gama_mmul_cycles(p, T)
    monkeypatch.setattr(gama_mmul, "NONLEAF_CHANGE", False)
    before = gama_mmul_cycles(p, T)
    assert before.total_cycles > after.total_cycles
    assert after.cascade_group_interval_cycles == after.group_ii_cycles and before.cascade_group_interval_cycles == 0


def test_c33_blind_figures_reproduce(monkeypatch):
    sys.path.insert(0, str(VALIDATION))
    import cases_c33
    monkeypatch.setattr(gama_mmul, "NONLEAF_CHANGE", False)
    got = cases_c33.blind_run()
    assert got == cases_c33.BLIND
