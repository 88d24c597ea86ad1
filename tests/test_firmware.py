"""Firmware writer: the generated Vitis AIE project says exactly what the Design says.

No Vitis here, so the project is checked structurally (every kernel placed, every port
connected once, tilings / weights / data equal to the Design's, element types of buffers,
PLIOs and tables) and the kernel C++ is compiled with g++ against the host stand-ins in
tests/stubs and run on cascade chains, bit-exact against kernels.dense.dense_fast, for every
activation x weight -> output type combination (int8 / int16) and including every conversion
op of isa.apfixed.OPS (clamps, wraps, zeroing, left shifts, WRAP_SM) on int8 and int16 outputs,
on inputs that drive each op's saturating / zeroing paths. Everything is parsed back from the
written files; nothing is compared with the writer's own intermediate values.
"""
from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest

from aiesim_py.compiler import compile_model
from aiesim_py.compiler.emit import FirmwareError, FirmwareWarning, default_inputs, write_firmware
from aiesim_py.design import Design
from aiesim_py.errors import AieSimError, InputDataError
from aiesim_py.compiler.emit.context import TEMPLATE_OPS
from aiesim_py.compiler.ir import DenseNode, Graph, ReluNode
from aiesim_py.isa.apfixed import OPS, apply_plan, srs_plan
from aiesim_py.isa.fixed_point import FixedType
from aiesim_py.kernels.dense import conversion_plan, dense_fast

STUBS = Path(__file__).parent / "stubs"
ITER = 3

def _typed_graph(in_w: int, w_w: int, out_w: int, seed: int = 0) -> Graph:
    """Dense 24->40 + ReLU, Dense 40->12, with the given activation / weight / result widths
    (the recipe of tests/test_functional.py::_int16_graph)."""
    rng = np.random.default_rng(seed)
    in_t = FixedType(in_w, 3, True, "TRN", "WRAP")
    w_t = FixedType(w_w, 1, True, "TRN", "WRAP")
    g = Graph("g16", 24, in_t)
    prev = in_t
    for i, (k, n) in enumerate([(24, 40), (40, 12)]):
        out_t = FixedType(out_w, 5, True, "RND_CONV", "SAT")
        w_max = 2 ** (w_w - 1) // (64 if w_w == 16 else 2)     # keeps the worst case inside acc32
        w = rng.integers(-w_max, w_max, size=(k, n))
        acc_t = FixedType(32, 32 - (prev.frac + w_t.frac), True)
        g.nodes.append(DenseNode(f"d{i}", w, rng.integers(-2 ** 12, 2 ** 12, size=n), w_t, acc_t, acc_t, out_t))
        if i == 0:
            g.nodes.append(ReluNode(f"r{i}", out_t))
        prev = out_t
    return g


#: The int16 type pairs: int16 x int8 (4x4x8), int16 x int16 (4x2x8), int8 x int16 (4x4x8), and
#: int8 x int8 with int16 results (then int16 x int8 in the next layer), int16 in -> int8 out.
WIDTHS16 = [(16, 8, 16), (16, 16, 16), (8, 16, 8), (8, 8, 16), (16, 8, 8)]

DESIGNS = {
    "auto": dict(model="mlp:16-64-32-32-8", batch=8),
    "explicit": dict(model="mlp:16-64-32-32-8", batch=8, parallelism="2x2,2x2,1x2,1x1"),
    # 3-deep cascade (middle role), odd microtile counts (1 x 1 groups), zero-padded K slice
    # (20 features read as 3 x 8), output features < stored features
    "deep": dict(model="mlp:20-40-12", batch=12, parallelism="3x1,1x1"),
}
DESIGNS.update({f"w{a}x{w}_{o}": dict(model=(a, w, o), batch=8, parallelism="2x2,2x1") for a, w, o in WIDTHS16})


def _compile(spec):
    spec = dict(spec)
    model = spec.pop("model")
    if isinstance(model, tuple):
        model = _typed_graph(*model)
    return compile_model(model, **spec)


def _plio(d: Design, direction: str):
    return next(p for p in d.plios if p.direction == direction)


def _elem_bits(dtype: str) -> int:
    return {"int8": 8, "int16": 16}[dtype]


def _elem_range(dtype: str) -> tuple[int, int]:
    b = _elem_bits(dtype)
    return -(1 << (b - 1)), (1 << (b - 1)) - 1


def _inputs_expected(d: Design):
    rng = np.random.default_rng(7)
    lo, hi = _elem_range(_plio(d, "in").dtype)
    xi = rng.integers(lo, hi + 1, size=(ITER, d.batch, d.input_features))
    lo, hi = _elem_range(_plio(d, "out").dtype)
    yi = rng.integers(lo, hi + 1, size=(ITER, d.batch, d.output_features))
    return xi, yi


@pytest.fixture(scope="module", params=sorted(DESIGNS))
def project(request, tmp_path_factory):
    d = _compile(DESIGNS[request.param])
    xi, yi = _inputs_expected(d)
    out = write_firmware(d, tmp_path_factory.mktemp(request.param) / "proj", inputs=xi, expected=yi)
    return d, out, xi, yi


def _read(out: Path, rel: str) -> str:
    return (out / rel).read_text()


def _cpp_files(out: Path):
    return sorted(out.glob("src/**/*.h")) + sorted(out.glob("src/**/*.cc")) + sorted(out.glob("src/**/*.cpp"))


def _connects(graph_h: str):
    """(kind, src, dst) of every adf::connect statement."""
    out = []
    for m in re.finditer(r"adf::connect<([^>]*)>\(\s*([^,()]+?)\s*,\s*([^()]+?)\s*\);", graph_h):
        kind = "cascade" if m[1].strip() == "adf::cascade" else "other"
        out.append((kind, m[2], m[3]))
    return out


def _ints(text: str) -> list[int]:
    return [int(v) for v in re.findall(r"-?\d+", text)]


def _parse_tiling(text: str) -> dict:
    def vec(name):
        m = re.search(r"\." + name + r" = \{([^{}]*)\}", text)
        return None if m is None else tuple(_ints(m[1]))
    trav = re.search(r"\.tile_traversal = \{(.*?)\}\}", text)
    steps = tuple(tuple(int(v) for v in s) for s in re.findall(
        r"\{\.dimension = (\d+), \.stride = (\d+), \.wrap = (\d+)\}", trav[1] + "}")) if trav else ()
    return {"buffer_dimension": vec("buffer_dimension"), "tiling_dimension": vec("tiling_dimension"),
            "offset": vec("offset"), "tile_traversal": steps, "boundary_dimension": vec("boundary_dimension")}


# --- files and design.json ---------------------------------------------------------------
def test_project_layout_and_design_json(project):
    d, out, _, _ = project
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    expected = {"design.json", "Makefile", "README.md", "src/graph.h", "src/graph.cpp",
                "src/kernels/kernels.h", "src/kernels/dense.h", "src/kernels/conversion.h",
                "data/input.txt", "data/golden.txt"}
    expected |= {f"src/kernels/{k.name}.cc" for k in d.kernels} | {f"src/weights/{k.name}.h" for k in d.kernels}
    assert files == expected
    assert Design.load(out).to_dict() == d.to_dict()
    assert not list(out.parent.glob(".proj.*")), "temporary directories left behind"


# --- graph.h -------------------------------------------------------------------------------
def test_every_kernel_created_placed_and_sized(project):
    d, out, _, _ = project
    g = _read(out, "src/graph.h")
    for k in d.kernels:
        n, p = k.name, k.params
        assert f"adf::kernel {n};" in g
        assert f"{n} = adf::kernel::create({n}_fn);" in g
        assert f'adf::source({n}) = "kernels/{n}.cc";' in g
        assert g.count(f"adf::location<adf::kernel>({n}) =") == 1
        assert f"adf::location<adf::kernel>({n}) = adf::tile({k.tile[0]}, {k.tile[1]});" in g
        assert re.search(rf"adf::runtime<adf::ratio>\({n}\) = 0\.\d+;", g)
        # buffer port dimensions count elements of the port's type (UG1603: samples, not bytes)
        assert f"adf::dimensions({n}.in[0]) = {{{p.batch * p.k}}};" in g
        if p.writes_output:
            assert f"adf::dimensions({n}.out[0]) = {{{p.batch * p.n}}};" in g
        else:
            assert f"adf::dimensions({n}.out[0])" not in g
        # static tables: weights always, bias for first/single
        assert f"{n}_wp = adf::parameter::array({n}_weights);" in g
        assert f"adf::connect<>({n}_wp, {n});" in g
        assert (f"{n}_bp = adf::parameter::array({n}_bias);" in g) == p.has_bias
        assert (f"adf::connect<>({n}_bp, {n});" in g) == p.has_bias
        assert f"extern int{p.w_bits}_t {n}_weights[{p.k * p.n}];" in g
        assert (f"extern int32_t {n}_bias[{p.n}];" in g) == p.has_bias


def test_kernel_sources_instantiate_the_design_params(project):
    d, out, _, _ = project
    for k in d.kernels:
        p = k.params
        src = _read(out, f"src/kernels/{k.name}.cc")
        m = re.search(r"aiesim::Dense<aiesim::DenseRole::(\w+),([^;]*)>;", src, re.S)
        assert m, k.name
        args = [a.strip() for a in m[2].split(",")]
        assert m[1] == p.role
        # element types: activations, weights, outputs
        assert args[:3] == [f"int{p.a_bits}", f"int{p.w_bits}", f"int{p.out_bits}"]
        args = args[3:]
        assert [int(a) for a in args[:7]] == [p.batch, p.k, p.n, p.mmul_m, p.mmul_k, p.mmul_n, p.shift]
        assert args[7] == f"aie::rounding_mode::{p.rounding}"
        assert args[8] == f"aie::saturation_mode::{p.saturation}"
        assert args[9] == ("true" if p.relu else "false")
        assert args[10] == f"{k.name}_conversion"
        assert f"using {k.name}_conversion = aiesim::Conversion<" in src
        assert len(_cpp_ops(src)) == (len(p.ops) if p.writes_output else 0)
        assert f'#include "../weights/{k.name}.h"' in src
        assert f"void {k.name}_fn(" in src
        # the function signature has the role's ports, in ADF port order
        sig = re.search(rf"void {k.name}_fn\(([^)]*)\)", src)[1]
        kinds = [("cascade_in" if "input_cascade" in a else "cascade_out" if "output_cascade" in a
                  else "in" if "input_buffer" in a else "out") for a in sig.split(",")]
        want = ["in"] + (["cascade_in"] if p.reads_cascade else []) + (["cascade_out"] if p.writes_cascade else ["out"])
        assert kinds == want
        assert f"input_buffer<int{p.a_bits}> &" in sig
        assert (f"output_buffer<int{p.out_bits}> &" in sig) == p.writes_output
        assert sig in _read(out, "src/kernels/kernels.h")


def test_every_port_connected_exactly_once(project):
    d, out, _, _ = project
    conns = _connects(_read(out, "src/graph.h"))
    kernel_names = {k.name for k in d.kernels}
    streams = [(s, t) for kind, s, t in conns if kind == "other" and s.split(".")[0] not in
               {n + "_wp" for n in kernel_names} | {n + "_bp" for n in kernel_names}]
    cascades = [(s, t) for kind, s, t in conns if kind == "cascade"]
    dst_count: dict[str, int] = {}
    for s, t in streams + cascades:
        dst_count[t] = dst_count.get(t, 0) + 1
    src_of = {}
    for s, t in streams + cascades:
        src_of.setdefault(s, set()).add(t)
    for k in d.kernels:
        p = k.params
        assert dst_count.get(f"{k.name}.in[0]") == 1, k.name
        assert dst_count.get(f"{k.name}.in[1]", 0) == (1 if p.reads_cascade else 0), k.name
        assert len(src_of.get(f"{k.name}.out[0]", ())) == 1, k.name
        assert sum(1 for s, _ in streams + cascades if s == f"{k.name}.out[0]") == 1
    # cascades join neighbours of one chain, in order, and nothing else
    want = set()
    for layer in {k.layer for k in d.kernels}:
        ks = d.layer_kernels(layer)
        for a, b in zip(ks, ks[1:]):
            if a.chain == b.chain:
                want.add((f"{a.name}.out[0]", f"{b.name}.in[1]"))
    assert set(cascades) == want and len(cascades) == len(want)
    # every shared-buffer input written once, every output read, broadcast as the nets say
    for b in d.shared_buffers:
        for i in range(len(b.inputs)):
            assert dst_count.get(f"{b.name}.in[{i}]") == 1
        for j, port in enumerate(b.outputs):
            dsts = src_of[f"{b.name}.out[{j}]"]
            peers = {f"{e[:-len('.in')]}.in[0]" if e.endswith(".in") else f"{e}.in[0]" for e in port.peers}
            assert dsts == peers
    plio_in = next(p for p in d.plios if p.direction == "in")
    plio_out = next(p for p in d.plios if p.direction == "out")
    assert len(src_of[f"{plio_in.name}.out[0]"]) == 1
    assert dst_count[f"{plio_out.name}.in[0]"] == 1
    # one connect statement per (net, destination)
    assert len(streams) + len(cascades) == sum(len(n.dsts) for n in d.nets)


def test_shared_buffers_match_the_design(project):
    d, out, _, _ = project
    g = _read(out, "src/graph.h")
    used: dict[tuple, list] = {}
    for b in d.shared_buffers:
        dims = ", ".join(map(str, b.dimension))           # in elements of the buffer's type
        assert f"adf::shared_buffer<{b.dtype}> {b.name};" in g
        assert f"{b.name} = adf::shared_buffer<{b.dtype}>::create({{{dims}}}, {len(b.inputs)}, {len(b.outputs)});" in g
        assert f"adf::num_buffers({b.name}) = {b.num_buffers};" in g
        loc = re.search(rf"adf::location<adf::buffer>\({b.name}\) = \{{(.*)\}};", g)[1]
        addrs = [tuple(map(int, a)) for a in re.findall(r"adf::address\((\d+), (\d+), (\d+)\)", loc)]
        assert len(addrs) == b.num_buffers
        size = int(np.prod(b.dimension)) * _elem_bits(b.dtype) // 8      # addresses are bytes
        for col, row, off in addrs:
            assert (col, row) == tuple(b.memtile)
            assert 0 <= off and off + size <= 512 * 1024
            used.setdefault((col, row), []).append((off, off + size))
        writes = re.findall(rf"adf::write_access\({b.name}\.in\[(\d+)\]\) = adf::tiling\(\{{(.*)\}}\);", g)
        reads = re.findall(rf"adf::read_access\({b.name}\.out\[(\d+)\]\) = adf::tiling\(\{{(.*)\}}\);", g)
        assert sorted(int(i) for i, _ in writes) == list(range(len(b.inputs)))
        assert sorted(int(i) for i, _ in reads) == list(range(len(b.outputs)))
        for ports, found in ((b.inputs, writes), (b.outputs, reads)):
            for idx, text in found:
                t = ports[int(idx)].tiling
                parsed = _parse_tiling(text)
                assert parsed["buffer_dimension"] == tuple(t.buffer_dimension)
                assert parsed["tiling_dimension"] == tuple(t.tiling_dimension)
                assert parsed["offset"] == tuple(t.offset)
                assert parsed["tile_traversal"] == tuple((s.dimension, s.stride, s.wrap) for s in t.tile_traversal)
                want_bound = None if t.boundary_dimension is None else tuple(t.boundary_dimension)
                assert parsed["boundary_dimension"] == want_bound
    for spans in used.values():            # ping / pong of all buffers of a memory tile disjoint
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_plios(project):
    d, out, _, _ = project
    g = _read(out, "src/graph.h")
    for p in d.plios:
        cls = "input_plio" if p.direction == "in" else "output_plio"
        m = re.search(rf'{p.name} = adf::{cls}::create\("{p.name}", adf::plio_(\d+)_bits, "([^"]+)", ([\d.]+)\);', g)
        assert m, p.name
        assert int(m[1]) == p.width_bits and m[2] == p.data_file
        assert float(m[3]) == pytest.approx(p.freq_hz / 1e6, rel=1e-9)
        assert f"adf::location<adf::PLIO>({p.name}) = adf::shim({p.column});" in g


def test_graph_cpp_runs_iterations(project):
    _, out, xi, _ = project
    c = _read(out, "src/graph.cpp")
    assert '#include "graph.h"' in c
    assert re.search(r"#if defined\(__AIESIM__\) \|\| defined\(__X86SIM__\)\s*\nint main", c)
    body = c[c.index("int main"):]
    assert body.index(".init();") < body.index(".run(ITERATIONS);") < body.index(".end();")
    assert f"#define ITERATIONS {len(xi)}" in c


# --- tables and data ---------------------------------------------------------------------
def test_weight_headers_byte_equal(project):
    d, out, _, _ = project
    for k in d.kernels:
        h = _read(out, f"src/weights/{k.name}.h")
        m = re.search(rf"alignas\(32\) int{k.params.w_bits}_t {k.name}_weights\[(\d+)\] = \{{([^}}]*)\}};", h)
        assert m and int(m[1]) == k.weights.size
        assert k.weights.dtype == {8: np.int8, 16: np.int16}[k.params.w_bits]
        assert np.array_equal(np.array(_ints(m[2]), dtype=np.int64), k.weights.astype(np.int64))
        m = re.search(rf"alignas\(32\) int32_t {k.name}_bias\[(\d+)\] = \{{([^}}]*)\}};", h)
        if k.params.has_bias:
            assert m and int(m[1]) == k.bias.size
            assert np.array_equal(np.array(_ints(m[2]), dtype=np.int64), k.bias.astype(np.int64))
        else:
            assert m is None


def _plio_values(path: Path, plio):
    """Lines and values of a PLIO text file; every line is one beat of ``plio.width_bits``
    holding width / element-bits values (UG1076 "TXT File Format": int8 4 / 8 / 16, int16
    2 / 4 / 8 per line at 32 / 64 / 128 bits)."""
    lines = path.read_text().splitlines()
    per_line = {len(ln.split()) for ln in lines}
    assert per_line == {plio.width_bits // _elem_bits(plio.dtype)}
    vals = np.array([int(v) for ln in lines for v in ln.split()])
    lo, hi = _elem_range(plio.dtype)
    assert vals.min() >= lo and vals.max() <= hi
    return lines, vals


def test_data_files(project):
    d, out, xi, yi = project
    pin, pout = _plio(d, "in"), _plio(d, "out")
    lines, vals = _plio_values(out / pin.data_file, pin)
    assert len(lines) * pin.width_bits // _elem_bits(pin.dtype) == ITER * d.batch * d.input_features
    assert np.array_equal(vals, xi.reshape(-1))
    lines, vals = _plio_values(out / "data/golden.txt", pout)
    assert len(lines) * pout.width_bits // _elem_bits(pout.dtype) == ITER * d.batch * d.output_features
    assert np.array_equal(vals, yi.reshape(-1))


def test_element_types_follow_the_design(project):
    """PLIO, shared buffers and kernel ports agree on int8 / int16 along every stream, and the
    int16 designs really carry int16 (buffers, PLIO data, tables, kernel types)."""
    d, out, xi, _ = project
    by_name = {b.name: b.dtype for b in d.shared_buffers} | {p.name: p.dtype for p in d.plios}
    kernels = {k.name: k.params for k in d.kernels}

    def dtype(end: str) -> str | None:
        name, _, port = end.partition(".")
        if name in kernels:
            p = kernels[name]
            return {"in": f"int{p.a_bits}", "out": f"int{p.out_bits}"}.get(port)
        return by_name[name]
    for net in d.nets:
        if net.kind == "stream":
            assert {dtype(net.src)} == {dtype(x) for x in net.dsts}, net
    readme = _read(out, "README.md")
    for k in d.kernels:
        p = k.params
        assert f"int{p.a_bits} x int{p.w_bits} -> acc32 -> int{p.out_bits} ({p.mmul_m}x{p.mmul_k}x{p.mmul_n})" in readme
    mk = _read(out, "Makefile")
    pout = _plio(d, "out")
    assert f"Output files hold {pout.width_bits // _elem_bits(pout.dtype)} {pout.dtype} values per line" in mk
    if any(b.dtype == "int16" for b in d.shared_buffers):
        assert "adf::shared_buffer<int16>" in _read(out, "src/graph.h")
    if _plio(d, "in").dtype == "int16":
        assert np.abs(xi).max() > 127                    # the data file holds values beyond int8


def test_makefile_targets(project):
    _, out, xi, _ = project
    mk = _read(out, "Makefile")
    for target in ("aie", "x86", "aiesim", "x86sim", "clean"):
        assert re.search(rf"^{target}:", mk, re.M), target
    recipes = re.findall(r"^\t(.*)$", mk, re.M)
    assert any("v++ -c --mode aie --target=hw" in r and "--work_dir=Work " in r for r in recipes)
    assert any("v++ -c --mode aie --target=x86sim" in r and "--work_dir=Work_x86" in r for r in recipes)
    assert any(r.startswith("aiesimulator ") for r in recipes) and "--pkg-dir=Work" in mk
    assert any("x86simulator --pkg-dir=Work_x86" in r for r in recipes)
    assert re.search(r"^PLATFORM \?= .*\.xpfm$", mk, re.M)
    assert "--platform=$(PLATFORM)" in mk and "--include=src" in mk
    assert f"ITERATIONS ?= {len(xi)}" in mk and "-DITERATIONS=$(ITERATIONS)" in mk
    assert not re.search(r"^ +(v\+\+|aiesimulator|x86simulator|rm) ", mk, re.M), "recipes must start with a tab"


def _strip_cpp(text: str) -> str:
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)


def test_cpp_brackets_balanced(project):
    _, out, _, _ = project
    pairs = {")": "(", "]": "[", "}": "{"}
    for f in _cpp_files(out):
        stack = []
        for ch in _strip_cpp(f.read_text()):
            if ch in "([{":
                stack.append(ch)
            elif ch in pairs:
                assert stack and stack.pop() == pairs[ch], f
        assert not stack, f


def test_same_design_same_bytes(project, tmp_path):
    d, out, xi, yi = project
    again = write_firmware(d, tmp_path / "again", inputs=xi, expected=yi)
    for f in out.rglob("*"):
        if f.is_file():
            assert (again / f.relative_to(out)).read_bytes() == f.read_bytes(), f


# --- the kernel C++ on the host --------------------------------------------------------------
def _harness(d: Design) -> str:
    """A main() that runs one cascade chain per stdin record: '<L> (name size)... outsize' then
    the L input buffers (element values); prints the last kernel's output buffer. Each kernel
    gets buffers of its own element types (int8 / int16)."""
    lines = ['#include <cstdio>', '#include <cstring>', '#include <deque>', '#include <string>']
    for k in d.kernels:
        lines.append(f'#include "kernels/{k.name}.cc"')
    lines += ["static long vals[1 << 16];",
              "alignas(32) static int8 in8[1 << 16];", "alignas(32) static int16 in16[1 << 16];",
              "alignas(32) static int8 out8[1 << 16];", "alignas(32) static int16 out16[1 << 16];",
              "template <class T> static void fill(T *dst, int n) { for (int j = 0; j < n; ++j) dst[j] = (T)vals[j]; }",
              "template <class T> static void dump(const T *src, int n) {",
              "    for (int j = 0; j < n; ++j) std::printf(\"%d \", (int)src[j]);",
              "    std::printf(\"\\n\");",
              "}",
              "static void call(const std::string &n, int size, int outsize, std::deque<int32_t> *fin,"
              " std::deque<int32_t> *fout) {",
              "    input_cascade<acc32> ci{fin}; output_cascade<acc32> co{fout};"]
    for k in d.kernels:
        p = k.params
        ta, tc = f"int{p.a_bits}", f"int{p.out_bits}"
        inb, outb = f"in{p.a_bits}", f"out{p.out_bits}"
        args = ["in"] + (["&ci"] if p.reads_cascade else []) + (["&co"] if p.writes_cascade else ["out"])
        body = [f"fill({inb}, size);", f"adf::input_buffer<{ta}> in{{{inb}}};"]
        if p.writes_output:
            body.append(f"adf::output_buffer<{tc}> out{{{outb}}};")
        body.append(f"{k.name}_fn({', '.join(args)});")
        if p.writes_output:
            body.append(f"dump({outb}, outsize);")
        lines.append(f'    if (n == "{k.name}") {{ {" ".join(body)} return; }}')
    lines += ['    std::fprintf(stderr, "unknown kernel %s\\n", n.c_str()); std::abort();', "}",
              "int main() {", "    int L;",
              "    while (std::scanf(\"%d\", &L) == 1) {",
              "        char name[16][64]; int sizes[16], outsize;",
              "        for (int i = 0; i < L; ++i) std::scanf(\"%63s %d\", name[i], &sizes[i]);",
              "        std::scanf(\"%d\", &outsize);",
              "        std::deque<int32_t> links[17];",
              "        for (int i = 0; i < L; ++i) {",
              "            for (int j = 0; j < sizes[i]; ++j) std::scanf(\"%ld\", &vals[j]);",
              "            call(name[i], sizes[i], outsize, &links[i], &links[i + 1]);",
              "        }",
              "    }",
              "    return 0;", "}"]
    return "\n".join(lines) + "\n"


def _chains(d: Design):
    chains: dict[tuple[int, int], list] = {}
    for k in d.kernels:
        chains.setdefault((k.layer, k.chain), []).append(k)
    return [sorted(ks, key=lambda k: k.cas_index) for _, ks in sorted(chains.items())]


def _reference_chain(chain, bufs):
    acc = None
    for k, a in zip(chain, bufs):
        acc = dense_fast(k.params, a[None], k.weights, k.bias, acc)
    return acc[0]


def _build(d: Design, out: Path, tmp: Path) -> Path:
    src = tmp / "harness.cc"
    src.write_text(_harness(d))
    exe = tmp / "harness"
    cmd = ["g++", "-std=c++17", "-O1", "-Wall", "-Werror", "-Wno-unused-variable", "-Wno-unused-but-set-variable",
           f"-I{STUBS}", f"-I{out / 'src'}", str(src), "-o", str(exe)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-4000:]
    return exe


#: How the stubs model aie::upshift / downshift (tests/stubs/aie_api/aie.hpp): as AIE-ML
#: implements them (an SRS with the current modes), or as the reference documents them.
SHIFT_MODELS = {"aie-ml": None, "documented": "documented"}


def _run(exe: Path, records: list[str], shift_model: str = "aie-ml") -> list[np.ndarray]:
    env = {k: v for k, v in os.environ.items() if k != "AIESIM_STUB_SHIFTS"}
    if SHIFT_MODELS[shift_model]:
        env["AIESIM_STUB_SHIFTS"] = SHIFT_MODELS[shift_model]
    run = subprocess.run([str(exe)], input="\n".join(records) + "\n", capture_output=True, text=True,
                         timeout=60, env=env)
    assert run.returncode == 0, run.stderr
    return [np.array(ln.split(), dtype=np.int64) for ln in run.stdout.splitlines()]


def _records(d: Design, rng, per_chain: int = 2, amplitudes=(128,), scaled: bool = True):
    """Harness records (random input buffers of every chain) and the chains' expected outputs.

    Record i of a chain draws its inputs from [-a, a) with a = amplitudes[i % len], scaled to
    the activation type when ``scaled`` (x 1 for int8, x 256 for int16, so 128 is the whole
    range): small amplitudes give small accumulators (in-range lanes), large ones overflowing
    lanes.
    """
    records, refs, chains = [], [], []
    for chain in _chains(d):
        for i in range(per_chain):
            bufs = []
            for k in chain:
                p = k.params
                a = amplitudes[i % len(amplitudes)] << (p.a_bits - 8 if scaled else 0)
                bufs.append(rng.integers(-a, a, size=p.batch * p.k).astype({8: np.int8, 16: np.int16}[p.a_bits]))
            outsize = chain[-1].params.batch * chain[-1].params.n
            head = f"{len(chain)} " + " ".join(f"{k.name} {k.params.batch * k.params.k}" for k in chain) + f" {outsize}"
            records.append(head + "\n" + "\n".join(" ".join(map(str, b.tolist())) for b in bufs))
            refs.append(_reference_chain(chain, bufs))
            chains.append((chain, bufs))
    return records, refs, chains


def _build_and_run(d: Design, out: Path, tmp: Path, rng) -> tuple[list, list]:
    exe = _build(d, out, tmp)
    records, refs, _ = _records(d, rng)
    return _run(exe, records), refs


needs_gxx = pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not available")


@needs_gxx
def test_kernels_compile_and_match_the_functional_model(project, tmp_path):
    d, out, _, _ = project
    got, refs = _build_and_run(d, out, tmp_path, np.random.default_rng(1))
    assert len(got) == len(refs)
    for g, r in zip(got, refs):
        assert np.array_equal(g, r.astype(np.int64))


@needs_gxx
def test_kernel_modes_follow_the_design(tmp_path):
    """Other rounding / saturation / ReLU settings reach the kernel: the C++ still matches."""
    d = _compile(DESIGNS["deep"])
    modes = [("floor", "none", False), ("symmetric_inf", "symmetric", True), ("conv_odd", "saturate", False),
             ("negative_inf", "none", True), ("symmetric_floor", "saturate", True)]
    kernels = []
    for k in d.kernels:                     # one mode set per layer: a cascade chain shares its SRS
        rnd, sat, relu = modes[(3 * k.layer + 1) % len(modes)]
        p = dataclasses.replace(k.params, rounding=rnd, saturation=sat, relu=relu, shift=3 + 2 * k.layer)
        kernels.append(dataclasses.replace(k, params=p))
    d = dataclasses.replace(d, kernels=tuple(kernels))
    out = write_firmware(d, tmp_path / "modes")
    got, refs = _build_and_run(d, out, tmp_path, np.random.default_rng(2))
    for g, r in zip(got, refs):
        assert np.array_equal(g, r.astype(np.int64))


EVERY_OP8 = ("aiesim::Conversion<aiesim::op::Clamp<-100, 50>, aiesim::op::Wrap<5, true>, aiesim::op::Wrap<3, false>,"
             " aiesim::op::ZeroIfOutside<-9, 9>, aiesim::op::Shl<3>, aiesim::op::ShlClamp<2, -127, 127>,"
             " aiesim::op::ShlZeroIfOutside<9, -128, 127>, aiesim::op::ZeroIfOverflow<33>,"
             " aiesim::op::WrapSm<6, -1>, aiesim::op::WrapSm<8, 15>, aiesim::op::ZeroIfAccNegative>")
EVERY_OP16 = ("aiesim::Conversion<aiesim::op::Clamp<-30000, 2047>, aiesim::op::Wrap<12, true>, aiesim::op::Wrap<15, false>,"
              " aiesim::op::ZeroIfOutside<-900, 900>, aiesim::op::Shl<11>, aiesim::op::ShlClamp<2, -32767, 32767>,"
              " aiesim::op::ShlZeroIfOutside<17, -32768, 32767>, aiesim::op::ZeroIfOverflow<33>,"
              " aiesim::op::WrapSm<14, -1>, aiesim::op::WrapSm<16, 23>, aiesim::op::ZeroIfAccNegative>")


def _syntax_check(out: Path, tmp_path: Path, body: str):
    src = tmp_path / "only_header.cc"
    src.write_text('#include "kernels/dense.h"\n' + body)
    return subprocess.run(["g++", "-std=c++17", "-fsyntax-only", "-Wall", "-Werror", f"-I{STUBS}",
                           f"-I{out / 'src'}", str(src)], capture_output=True, text=True)


@needs_gxx
def test_dense_header_alone_is_valid_cpp(project, tmp_path):
    """dense.h + conversion.h instantiate for every type pair and role, with every op on int8
    and on int16 outputs."""
    _, out, _, _ = project
    body = ("template struct aiesim::Dense<aiesim::DenseRole::middle, int8, int8, int8, 12, 16, 24, 4, 8, 8, 0,\n"
            "    aie::rounding_mode::floor, aie::saturation_mode::none, false>;\n"
            "template struct aiesim::Dense<aiesim::DenseRole::single, int8, int8, int8, 12, 16, 24, 4, 8, 8, 7,\n"
            f"    aie::rounding_mode::conv_even, aie::saturation_mode::saturate, true, {EVERY_OP8}>;\n"
            "template struct aiesim::Dense<aiesim::DenseRole::last, int16, int8, int16, 12, 16, 24, 4, 4, 8, 9,\n"
            f"    aie::rounding_mode::symmetric_inf, aie::saturation_mode::symmetric, true, {EVERY_OP16}>;\n"
            "template struct aiesim::Dense<aiesim::DenseRole::single, int16, int16, int8, 12, 16, 24, 4, 2, 8, 9,\n"
            f"    aie::rounding_mode::conv_odd, aie::saturation_mode::none, false, {EVERY_OP8}>;\n"
            "template struct aiesim::Dense<aiesim::DenseRole::first, int8, int16, int8, 12, 16, 24, 4, 4, 8, 0,\n"
            "    aie::rounding_mode::floor, aie::saturation_mode::none, false>;\n"
            "template struct aiesim::Dense<aiesim::DenseRole::single, int8, int16, int16, 12, 16, 24, 4, 4, 8, 3,\n"
            "    aie::rounding_mode::floor, aie::saturation_mode::saturate, false>;\n")
    res = _syntax_check(out, tmp_path, body)
    assert res.returncode == 0, res.stderr[-4000:]


@needs_gxx
@pytest.mark.parametrize("op, out_t", [("aiesim::op::Clamp<-200, 50>", "int8"),
                                       ("aiesim::op::Wrap<9, true>", "int8"),
                                       ("aiesim::op::Wrap<16, false>", "int16"),
                                       ("aiesim::op::ZeroIfOutside<-40000, 0>", "int16"),
                                       ("aiesim::op::ShlClamp<1, -129, 127>", "int8")])
def test_conversion_refuses_bounds_outside_the_output_type(op, out_t, small_design, tmp_path):
    """The templates check every bound and width against the kernel's output type at compile time."""
    out = write_firmware(small_design, tmp_path / "p")
    res = _syntax_check(out, tmp_path,
                        f"template struct aiesim::Dense<aiesim::DenseRole::single, int8, int8, {out_t}, 4, 8, 8, 4, 8, 8, 0,\n"
                        f"    aie::rounding_mode::floor, aie::saturation_mode::none, false, aiesim::Conversion<{op}>>;\n")
    assert res.returncode != 0 and "static assertion failed" in res.stderr


# --- conversion ops (isa.apfixed.OPS) in the kernel C++ ------------------------------------
I8 = FixedType(8, 3, True, "TRN", "WRAP")        # as tests/test_compiler.py small_graph
W8 = FixedType(8, 1, True, "TRN", "WRAP")
F_ACC = 5 + 7                                    # accumulator fraction bits of _op_design's Dense


class OpCase(NamedTuple):
    """A Dense of _op_design and the conversion ops the compiler plans for it."""
    out_t: FixedType                 # result type (after the ReLU when relu)
    ops: tuple                       # op names of the output kernels' params, in order
    relu: bool = False
    parallelism: str | None = None
    inner_t: FixedType | None = None     # the Dense's own result type before the ReLU


#: The types come from tests/test_compiler.py (clamp, wrap, wrap_sm, shl_clamp) and from asking
#: isa.apfixed.srs_plan (the rest; test_op_cases_plan_these_ops checks the op names). For
#: zero_if_overflow, <8,1> rather than test_compiler's <8,4>: with <8,4> (shift 8) this Dense's
#: accumulators (|acc| < 2**15) never leave int8, so the op would never act.
ACC32 = FixedType(32, 20, True)
OP_CASES = {
    "clamp": OpCase(FixedType(6, 2, True, "RND", "SAT"), ("clamp",)),
    "clamp_relu_cascade": OpCase(FixedType(6, 2, True, "RND_CONV", "SAT"), ("clamp",), True, "2x1"),
    "wrap": OpCase(FixedType(5, 3, True, "TRN", "WRAP"), ("wrap",)),
    "zero_if_outside": OpCase(FixedType(6, 2, True, "RND", "SAT_ZERO"), ("zero_if_outside",)),
    "shl": OpCase(FixedType(8, -6, True, "TRN", "WRAP"), ("shl",)),
    "shl_wrap": OpCase(FixedType(6, -8, True, "TRN", "WRAP"), ("shl", "wrap"), parallelism="2x1"),
    "shl_clamp": OpCase(FixedType(8, -6, True, "TRN", "SAT"), ("shl_clamp",)),
    "shl_clamp_sym": OpCase(FixedType(8, -6, True, "TRN", "SAT_SYM"), ("shl_clamp",)),
    "shl_zero_if_outside": OpCase(FixedType(8, -6, True, "TRN", "SAT_ZERO"), ("shl_zero_if_outside",)),
    "zero_if_overflow": OpCase(FixedType(8, 1, True, "RND", "SAT_ZERO"), ("zero_if_overflow",), parallelism="2x1"),
    "wrap_sm": OpCase(FixedType(8, 3, True, "RND_INF", "WRAP_SM"), ("wrap_sm",)),
    "wrap_sm_narrow": OpCase(FixedType(4, 4, True, "RND", "WRAP_SM"), ("wrap_sm",), False, "1x3"),
    "shl_wrap_sm": OpCase(FixedType(6, -8, True, "RND", "WRAP_SM"), ("shl", "wrap_sm")),
    # ReLU before a cast that is not monotone: the compiler adds zero_if_acc_negative
    "relu_wrap": OpCase(FixedType(5, 3, True, "TRN", "WRAP"), ("wrap", "zero_if_acc_negative"), True, None, ACC32),
    "relu_zero_if_overflow": OpCase(FixedType(8, 1, True, "RND", "SAT_ZERO"),
                                    ("zero_if_overflow", "zero_if_acc_negative"), True, "2x1", ACC32),
}
#: Input amplitudes of the records: accumulators from tiny (in range) to large (overflowing).
AMPLITUDES = (1, 2, 4, 8, 16, 32, 64, 128)


def _op_design(case: str) -> Design:
    """tests/test_compiler.py's small_graph with the case's types, compiled."""
    c = OP_CASES[case]
    g = Graph("g", 16, I8)
    rng = np.random.default_rng(0)
    g.nodes.append(DenseNode("d0", rng.integers(-64, 64, (16, 24)), rng.integers(-9, 9, 24),
                             W8, FixedType(16, 6), None, c.inner_t or c.out_t))
    if c.relu:
        g.nodes.append(ReluNode("r0", c.out_t))
    return compile_model(g, parallelism=c.parallelism)


def _chain_acc(chain, bufs) -> np.ndarray:
    """The acc32 lanes the last kernel of ``chain`` converts (its role run as a cascade writer)."""
    acc = None
    for k, a in zip(chain, bufs):
        p = k.params
        if p.writes_output:
            p = dataclasses.replace(p, role="first" if p.has_bias else "middle")
        acc = dense_fast(p, a[None], k.weights, k.bias, acc)
    return acc[0]


def _cpp_ops(src: str) -> list[tuple[str, tuple]]:
    """(template, arguments) of every aiesim::op in the kernel's Conversion."""
    m = re.search(r"= aiesim::Conversion<(.*)>;", src)
    assert m, "no aiesim::Conversion in the kernel source"
    return [(name, tuple(a.strip() for a in args.split(",")) if args else ())
            for name, args in re.findall(r"aiesim::op::(\w+)(?:<([^<>]*)>)?", m[1])]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


@pytest.mark.parametrize("case", sorted(OP_CASES))
def test_op_cases_plan_these_ops(case):
    c = OP_CASES[case]
    plan = srs_plan(F_ACC, 32, c.out_t)
    extra = (("zero_if_acc_negative",),) if c.inner_t else ()     # added by the quantize pass
    assert tuple(op[0] for op in plan.ops + extra) == c.ops
    for k in _op_design(case).kernels:
        if k.params.writes_output:
            assert k.params.ops == plan.ops + extra and k.params.shift == plan.shift


def test_every_op_kind_has_a_case():
    assert {op for c in OP_CASES.values() for op in c.ops} == set(OPS) == TEMPLATE_OPS


@needs_gxx
@pytest.mark.parametrize("case", sorted(OP_CASES))
def test_conversion_ops_compile_and_match_the_functional_model(case, tmp_path):
    """Each op kind in a compiled design: firmware written, C++ bit-equal to dense_fast under
    both readings of aie::upshift / downshift, on inputs that hit every op's paths."""
    d = _op_design(case)
    out = write_firmware(d, tmp_path / "proj")               # no FirmwareError
    for k in d.kernels:                                      # the plan's ops, in order, in the .cc
        want = [(_camel(op[0]), tuple(str(v).lower() for v in op[1:]))
                for op in (k.params.ops if k.params.writes_output else ())]
        assert _cpp_ops(_read(out, f"src/kernels/{k.name}.cc")) == want
    exe = _build(d, out, tmp_path)
    records, refs, chains = _records(d, np.random.default_rng(3), per_chain=len(AMPLITUDES), amplitudes=AMPLITUDES)
    for model in SHIFT_MODELS:
        got = _run(exe, records, model)
        assert len(got) == len(refs)
        for g, r in zip(got, refs):
            assert np.array_equal(g, r.astype(np.int64)), model
    # the inputs exercise every op: each one changes some lanes and keeps others
    last = chains[0][0][-1].params
    acc = np.concatenate([_chain_acc(chain, bufs).reshape(-1) for chain, bufs in chains])
    _assert_ops_exercised(conversion_plan(last), acc)


def _assert_ops_exercised(plan, acc: np.ndarray) -> None:
    """Each op of ``plan`` changes some of the lanes ``acc`` gives and keeps others; a left
    shift (which changes every nonzero lane) overflows the output element in some nonzero
    lanes and not in others."""
    x = apply_plan(acc, dataclasses.replace(plan, ops=()))
    top = (1 << (plan.srs_bits - 1)) - 1
    for i, op in enumerate(plan.ops):
        y = apply_plan(acc, dataclasses.replace(plan, ops=plan.ops[:i + 1]))
        assert (y != x).any(), op
        if op[0].startswith("shl"):              # some lanes overflow when shifted, some not
            big = np.abs(x << op[1]) > top
            assert big.any() and (~big & (x != 0)).any(), op
        else:
            assert (y == x).any(), op
        x = y


#: int16 results: one type per op kind for a Dense with int16 activations <16,6> and int8
#: weights <8,1> (17 accumulator fraction bits), found by asking isa.apfixed.srs_plan; widths
#: 9..16 are stored as int16, so bounds, wraps and shifts run on int16 lanes.
I16 = FixedType(16, 6, True, "TRN", "WRAP")
F_ACC16 = 10 + 7
OP_TYPES16 = {
    "clamp": FixedType(12, 4, True, "RND", "SAT"),
    "clamp_sym": FixedType(11, 3, True, "RND_CONV", "SAT_SYM"),
    "wrap": FixedType(12, 4, True, "TRN", "WRAP"),
    "zero_if_outside": FixedType(12, 4, True, "RND", "SAT_ZERO"),
    "shl": FixedType(16, -4, True, "TRN", "WRAP"),
    "shl_wrap": FixedType(12, -8, True, "TRN", "WRAP"),
    "shl_clamp": FixedType(16, -4, True, "TRN", "SAT"),
    "shl_clamp_sym": FixedType(16, -4, True, "TRN", "SAT_SYM"),
    "shl_zero_if_outside": FixedType(16, -4, True, "TRN", "SAT_ZERO"),
    "zero_if_overflow": FixedType(16, 4, True, "RND", "SAT_ZERO"),
    "wrap_sm": FixedType(16, 4, True, "RND_INF", "WRAP_SM"),
    "wrap_sm_narrow": FixedType(12, 4, True, "RND", "WRAP_SM"),
    "shl_wrap_sm": FixedType(12, -8, True, "RND", "WRAP_SM"),
    "relu_wrap": FixedType(12, 4, True, "TRN", "WRAP"),      # + zero_if_acc_negative, as the quantize pass adds
}


#: int16 input amplitudes of the records, from accumulators far inside int16 after a left shift
#: to accumulators far outside it after the right shifts.
AMPLITUDES16 = (1, 2, 8, 32, 128, 512, 2048, 8192, 32768)


def _int16_op_design(parallelism: str) -> Design:
    """Dense 16 -> 32, int16 activations x int8 weights -> int16 results, compiled."""
    g = Graph("g16ops", 16, I16)
    rng = np.random.default_rng(0)
    g.nodes.append(DenseNode("d0", rng.integers(-64, 64, (16, 32)), rng.integers(-9, 9, 32),
                             W8, FixedType(16, 6), None, FixedType(16, 6, True, "RND", "SAT")))
    return compile_model(g, parallelism=parallelism)


def _int16_plan(case: str) -> tuple:
    """(shift, rounding, saturation, ops) of the case's type from acc32 with F_ACC16 fraction bits."""
    plan = srs_plan(F_ACC16, 32, OP_TYPES16[case])
    assert plan.srs_bits == 16
    extra = (("zero_if_acc_negative",),) if case == "relu_wrap" else ()
    return plan.shift, plan.rounding.name, plan.saturation.name, plan.ops + extra


def test_int16_op_types_cover_every_op():
    assert {op[0] for c in OP_TYPES16 for op in _int16_plan(c)[3]} == set(OPS)


@needs_gxx
@pytest.mark.parametrize("group", range(4))
def test_int16_conversion_ops_compile_and_match_the_functional_model(group, tmp_path):
    """Every op kind on int16 outputs (bounds, wraps and shifts of int16 lanes; the int8
    auxiliary SRSs of zero_if_overflow / wrap_sm / zero_if_acc_negative): the compiled design's
    output kernels, each given one case's plan, are bit-equal to dense_fast under both readings
    of aie::upshift / downshift, on inputs that hit every op's paths. Groups alternate single
    kernels (1x4) and cascades (2x4)."""
    cases = sorted(OP_TYPES16)[group::4]
    d = _int16_op_design("1x4" if group % 2 == 0 else "2x4")
    outs = [i for i, k in enumerate(d.kernels) if k.params.writes_output]
    assert len(outs) == 4 and all(d.kernels[i].params.out_bits == 16 for i in outs)
    kernels = list(d.kernels)
    planned = {}
    for j, i in enumerate(outs):
        shift, rnd, sat, ops = _int16_plan(cases[j % len(cases)])
        kernels[i] = dataclasses.replace(kernels[i], params=dataclasses.replace(
            kernels[i].params, shift=shift, rounding=rnd, saturation=sat, ops=ops, relu=False))
        planned[kernels[i].name] = kernels[i].params
    d = dataclasses.replace(d, kernels=tuple(kernels))
    out = write_firmware(d, tmp_path / "proj")
    for name, p in planned.items():
        want = [(_camel(op[0]), tuple(str(v).lower() for v in op[1:])) for op in p.ops]
        assert _cpp_ops(_read(out, f"src/kernels/{name}.cc")) == want
    exe = _build(d, out, tmp_path)
    records, refs, chains = _records(d, np.random.default_rng(11 + group), per_chain=len(AMPLITUDES16),
                                     amplitudes=AMPLITUDES16, scaled=False)
    for model in SHIFT_MODELS:
        got = _run(exe, records, model)
        assert len(got) == len(refs)
        for g, r in zip(got, refs):
            assert r.dtype == np.int16
            assert np.array_equal(g, r.astype(np.int64)), model
    for name, p in planned.items():
        acc = np.concatenate([_chain_acc(chain, bufs).reshape(-1) for chain, bufs in chains
                              if chain[-1].name == name])
        _assert_ops_exercised(conversion_plan(p), acc)


STUB_PROBE = r"""
#include <cstdio>
#include <aie_api/aie.hpp>
using V = aie::vector<int8, 8>;
static void put(const V &v) { for (unsigned i = 0; i < 8; ++i) std::printf("%d ", (int)v[i]); std::printf("\n"); }
template <class M> static void putm(const M &m) { for (unsigned i = 0; i < 8; ++i) std::printf("%d ", (int)m.test(i)); std::printf("\n"); }
int main() {
    const int8 xs[8] = {-128, -65, -3, -1, 0, 1, 64, 127};
    const int8 ys[8] = {5, -65, 7, -2, 0, 3, -1, 100};
    V x, y;
    for (unsigned i = 0; i < 8; ++i) { x[i] = xs[i]; y[i] = ys[i]; }
    const auto m = aie::lt(x, y);
    putm(m); putm(aie::gt(x, (int8)0)); putm(aie::neq(x, y)); putm(m | aie::gt(x, (int8)0));
    putm(m & aie::neq(x, (int8)-1)); putm(~m);
    put(aie::select(x, y, m)); put(aie::select(x, (int8)9, m));
    put(aie::min(x, (int8)3)); put(aie::max(x, (int8)-4)); put(aie::min(x, y)); put(aie::max(x, y));
    put(aie::bit_and((int8)6, x)); put(aie::bit_and(x, y)); put(aie::bit_not(x));
    aie::set_rounding(aie::rounding_mode::floor); aie::set_saturation(aie::saturation_mode::none);
    put(aie::upshift(x, 2)); put(aie::downshift(x, 3));
    aie::set_rounding(aie::rounding_mode::positive_inf); aie::set_saturation(aie::saturation_mode::saturate);
    put(aie::upshift(x, 2)); put(aie::downshift(x, 3));
    return 0;
}
"""


@needs_gxx
def test_stub_element_ops_follow_the_reference(tmp_path):
    """The stubs' element-wise ops against the AIE API reference's definitions (numpy here), and
    upshift / downshift in both models: AIE-ML's SRS round trip obeys the modes, the documented
    plain shifts do not."""
    src = tmp_path / "probe.cc"
    src.write_text(STUB_PROBE)
    exe = tmp_path / "probe"
    res = subprocess.run(["g++", "-std=c++17", "-Wall", "-Werror", f"-I{STUBS}", str(src), "-o", str(exe)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-4000:]
    x = np.array([-128, -65, -3, -1, 0, 1, 64, 127])
    y = np.array([5, -65, 7, -2, 0, 3, -1, 100])
    m = x < y
    w8 = lambda v: ((v + 128) % 256) - 128                   # noqa: E731  two's-complement int8
    common = [m, x > 0, x != y, m | (x > 0), m & (x != -1), ~m,
              np.where(m, y, x), np.where(m, 9, x),           # select: m[i] == 0 -> first operand
              np.minimum(x, 3), np.maximum(x, -4), np.minimum(x, y), np.maximum(x, y),
              6 & x, x & y, ~x, w8(x << 2), x >> 3]
    rounded = (x + 4) >> 3                                   # positive_inf: ties up
    want = {"aie-ml": common + [np.clip(x << 2, -128, 127), rounded],
            "documented": common + [w8(x << 2), x >> 3]}
    for model, rows in want.items():
        got = _run(exe, [""], model)
        assert len(got) == len(rows)
        for g, r in zip(got, rows):
            assert np.array_equal(g, np.asarray(r).astype(np.int64)), (model, g, r)
    bad = tmp_path / "bad.cc"                                # an int where the vector holds int8
    bad.write_text("#include <aie_api/aie.hpp>\nint main() { aie::vector<int8, 8> v; v = aie::max(v, 0); }\n")
    res = subprocess.run(["g++", "-std=c++17", "-fsyntax-only", f"-I{STUBS}", str(bad)], capture_output=True, text=True)
    assert res.returncode != 0 and "element type" in res.stderr


STUB_PROBE16 = r"""
#include <cstdio>
#include <aie_api/aie.hpp>
using V = aie::vector<int16, 8>;
static void put(const V &v) { for (unsigned i = 0; i < 8; ++i) std::printf("%d ", (int)v[i]); std::printf("\n"); }
int main() {
    const int16 xs[8] = {-32768, -1000, -3, -1, 0, 1, 16384, 32767};
    const int32 as[8] = {-2147483647 - 1, -1000000, -70000, -37, 36, 65535, 1048575, 2147483647};
    V x;
    aie::vector<int32, 8> a;
    for (unsigned i = 0; i < 8; ++i) { x[i] = xs[i]; a[i] = as[i]; }
    aie::accum<acc32, 8> acc;
    acc.from_vector(a, 0);
    const aie::rounding_mode rnd[2] = {aie::rounding_mode::floor, aie::rounding_mode::conv_even};
    const aie::saturation_mode sat[3] = {aie::saturation_mode::none, aie::saturation_mode::saturate,
                                         aie::saturation_mode::symmetric};
    for (auto r : rnd)
        for (auto s : sat) {
            aie::set_rounding(r); aie::set_saturation(s);
            put(acc.to_vector<int16>(0)); put(acc.to_vector<int16>(5)); put(acc.to_vector<int16>(17));
            put(aie::upshift(x, 2)); put(aie::downshift(x, 3));
        }
    return 0;
}
"""


@needs_gxx
def test_stub_int16_srs_and_shifts_follow_the_model(tmp_path):
    """The stubs' acc32 -> int16 SRS against isa.srs (every saturation mode, two roundings), and
    int16 upshift / downshift in both shift models."""
    from aiesim_py.isa.modes import RoundingMode, SaturationMode
    from aiesim_py.isa.srs import srs
    src = tmp_path / "probe16.cc"
    src.write_text(STUB_PROBE16)
    exe = tmp_path / "probe16"
    res = subprocess.run(["g++", "-std=c++17", "-Wall", "-Werror", f"-I{STUBS}", str(src), "-o", str(exe)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-4000:]
    x = np.array([-32768, -1000, -3, -1, 0, 1, 16384, 32767])
    a = np.array([-2 ** 31, -1000000, -70000, -37, 36, 65535, 1048575, 2 ** 31 - 1])
    w16 = lambda v: ((v + 32768) % 65536) - 32768            # noqa: E731  two's-complement int16
    for model in SHIFT_MODELS:
        got = _run(exe, [""], model)
        want = []
        for r in (RoundingMode.floor, RoundingMode.conv_even):
            for sm in (SaturationMode.none, SaturationMode.saturate, SaturationMode.symmetric):
                want += [srs(a, sh, r, sm, 16, True) for sh in (0, 5, 17)]
                if model == "documented":
                    want += [w16(x << 2), x >> 3]
                else:                                          # AIE-ML: an SRS round trip through acc32
                    want += [srs(x << 2, 0, r, sm, 16, True), srs(x, 3, r, sm, 16, True)]
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert np.array_equal(g, np.asarray(w, dtype=np.int64)), (model, g, w)


def _mode_plans() -> list[tuple]:
    """(shift, rounding, saturation, ops) plans beyond what the compiler makes of small_graph."""
    plans = []
    quant = ("TRN", "TRN_ZERO", "RND", "RND_ZERO", "RND_MIN_INF", "RND_INF", "RND_CONV")
    types = [(FixedType(8, 3, True, q, "WRAP_SM"), 10) for q in quant]          # aux SRS per rounding
    types += [(FixedType(8, 4, True, q, "SAT_ZERO"), 12) for q in quant[1::2]]
    types += [(FixedType(7, 2, True, "RND_CONV", "SAT_SYM"), 9), (FixedType(1, 1, True, "RND", "SAT_SYM"), 6),
              (FixedType(3, 3, True, "TRN", "WRAP"), 40),            # aux shifts capped at 33
              (FixedType(6, -20, True, "TRN", "SAT"), 10),           # left shift by 16 (>= 8 bits)
              (FixedType(7, -2, True, "RND", "WRAP_SM"), 5), (FixedType(5, 1, True, "RND", "WRAP_SM"), 3)]
    for t, f in types:
        p = srs_plan(f, 32, t)
        plans.append((p.shift, p.rounding.name, p.saturation.name, p.ops))
    # any plan modes with any ops (apply_plan defines them all): the ops must switch the modes
    # they need and restore the plan's, e.g. wrap after a saturating SRS
    plans += [
        (6, "conv_odd", "saturate", (("shl", 1), ("wrap", 5, True))),
        (3, "ceil", "symmetric", (("wrap_sm", 7, 9),)),
        (4, "symmetric_floor", "none", (("zero_if_overflow", 12),)),
        (2, "positive_inf", "saturate", (("clamp", -100, 50), ("shl_zero_if_outside", 1, -60, 60))),
        (5, "floor", "saturate", (("wrap", 4, False),)),
        (0, "symmetric_ceil", "saturate", (("shl", 9),)),
        (1, "negative_inf", "symmetric", (("shl_clamp", 8, -128, 127),)),
        (7, "symmetric_zero", "saturate", (("shl_clamp", 3, -127, 100), ("zero_if_outside", -90, 90))),
        (2, "conv_even", "none", (("shl_zero_if_outside", 2, -128, 127), ("wrap_sm", 8, -3))),
        (3, "positive_inf", "none", (("wrap", 6, True), ("zero_if_acc_negative",))),
        (9, "symmetric_inf", "symmetric", (("zero_if_acc_negative",), ("clamp", -20, 20))),
    ]
    return plans


@needs_gxx
def test_conversion_ops_under_other_modes(tmp_path):
    """Plans for every ap_fixed quantization mode (auxiliary SRSs with each rounding mode) and
    hand-made plans mixing ops and modes, on the output kernels of one design."""
    d = _compile(DESIGNS["explicit"])
    outs = [i for i, k in enumerate(d.kernels) if k.params.writes_output]
    plans = _mode_plans()
    for r in range(-(-len(plans) // len(outs))):
        kernels = list(d.kernels)
        for j, i in enumerate(outs):
            shift, rnd, sat, ops = plans[(r * len(outs) + j) % len(plans)]
            kernels[i] = dataclasses.replace(kernels[i], params=dataclasses.replace(
                kernels[i].params, shift=shift, rounding=rnd, saturation=sat, ops=ops, relu=j == 0))
        dd = dataclasses.replace(d, kernels=tuple(kernels))
        out = write_firmware(dd, tmp_path / f"modes{r}")
        exe = _build(dd, out, tmp_path)
        records, refs, _ = _records(dd, np.random.default_rng(5 + r), per_chain=4, amplitudes=(2, 16, 64, 128))
        for model in SHIFT_MODELS:
            got = _run(exe, records, model)
            assert len(got) == len(refs)
            for g, ref in zip(got, refs):
                assert np.array_equal(g, ref.astype(np.int64)), (r, model)


# --- writer behaviour ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_design():
    return _compile(DESIGNS["explicit"])


def test_default_inputs_without_golden(small_design, tmp_path):
    d = small_design
    out = write_firmware(d, tmp_path / "p", iterations=2)
    assert not (out / "data/golden.txt").exists()
    pin = next(p for p in d.plios if p.direction == "in")
    _, vals = _plio_values(out / pin.data_file, pin)
    assert np.array_equal(vals, default_inputs(d, 2).reshape(-1))
    assert "#define ITERATIONS 2" in _read(out, "src/graph.cpp")


def test_refuses_foreign_directory(small_design, tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(FirmwareError, match="refusing to overwrite"):
        write_firmware(small_design, target)
    assert (target / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]
    file_target = tmp_path / "file"
    file_target.write_text("x")
    with pytest.raises(FirmwareError, match="not a directory"):
        write_firmware(small_design, file_target)


def test_replaces_own_project_and_empty_directory(small_design, tmp_path):
    target = tmp_path / "p"
    target.mkdir()                                    # empty: fine
    write_firmware(small_design, target)
    (target / "stale.txt").write_text("old output")
    write_firmware(small_design, target)              # ours: replaced as a whole
    assert not (target / "stale.txt").exists()
    assert (target / "design.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


def test_failure_leaves_no_half_written_project(small_design, tmp_path, monkeypatch):
    target = tmp_path / "p"
    write_firmware(small_design, target)
    before = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}

    def broken_save(self, path):
        raise OSError("disk full")
    monkeypatch.setattr(Design, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_firmware(small_design, target, iterations=1)
    after = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


def test_bad_inputs_are_refused(small_design, tmp_path):
    d = small_design
    with pytest.raises(InputDataError, match="shape"):
        write_firmware(d, tmp_path / "a", inputs=np.zeros((2, d.batch, d.input_features + 1)))
    with pytest.raises(InputDataError, match=r"\[-128, 127\]"):
        write_firmware(d, tmp_path / "b", inputs=np.full((1, d.batch, d.input_features), 300))
    with pytest.raises(InputDataError, match="without the inputs"):
        write_firmware(d, tmp_path / "c", expected=np.zeros((1, d.batch, d.output_features)))
    with pytest.raises(InputDataError, match="iterations"):
        write_firmware(d, tmp_path / "d", inputs=np.zeros((2, d.batch, d.input_features)),
                       expected=np.zeros((3, d.batch, d.output_features)))
    assert list(tmp_path.iterdir()) == []


def _replace_port_tiling(d: Design, buf_name: str, direction: str, index: int, **changes) -> Design:
    bufs = []
    for b in d.shared_buffers:
        if b.name == buf_name:
            ports = list(b.inputs if direction == "in" else b.outputs)
            ports[index] = dataclasses.replace(ports[index], tiling=dataclasses.replace(ports[index].tiling, **changes))
            b = dataclasses.replace(b, **{"inputs" if direction == "in" else "outputs": tuple(ports)})
        bufs.append(b)
    return dataclasses.replace(d, shared_buffers=tuple(bufs))


def test_subword_tilings_are_refused_or_flagged(small_design, tmp_path):
    """The memory-tile DMA moves 32-bit words: an int8 tiling of 6 columns cannot be built."""
    d = small_design
    last = d.shared_buffers[-1]
    bad = _replace_port_tiling(d, last.name, "out", 0, tiling_dimension=(6, 1))
    with pytest.raises(FirmwareError, match=rf"32-bit words.*{last.name}\.out\[0\] tiling_dimension\[0\] = 6"):
        write_firmware(bad, tmp_path / "x", strict=True)
    bad2 = _replace_port_tiling(d, d.shared_buffers[0].name, "out", 0, offset=(2, 0))
    with pytest.raises(FirmwareError, match=r"offset\[0\] = 2"):
        write_firmware(bad2, tmp_path / "y", strict=True)
    assert list(tmp_path.iterdir()) == []
    # strict is the default; strict=False writes the project with a warning and a README note
    with pytest.raises(FirmwareError):
        write_firmware(bad, tmp_path / "w")
    with pytest.warns(FirmwareWarning, match="will not build"):
        out = write_firmware(bad, tmp_path / "z", strict=False)
    readme = _read(out, "README.md")
    assert "## Known problems" in readme and "tiling_dimension[0] = 6" in readme
    assert "Known problems" not in _read(write_firmware(d, tmp_path / "ok"), "README.md")


def test_plio_streams_follow_the_plio_side_tilings(tmp_path):
    """A padded output tiling (all stored columns, zeros past the boundary) shapes the golden file."""
    d = _compile(DESIGNS["deep"])
    last = d.shared_buffers[-1]
    stored, batch = last.dimension
    assert stored > d.output_features
    d = _replace_port_tiling(d, last.name, "out", 0, tiling_dimension=(stored, 1),
                             boundary_dimension=(d.output_features, batch))
    xi, yi = _inputs_expected(d)
    out = write_firmware(d, tmp_path / "p", inputs=xi, expected=yi)
    pout = next(p for p in d.plios if p.direction == "out")
    _, vals = _plio_values(out / "data/golden.txt", pout)
    want = np.zeros((ITER, batch, stored), dtype=np.int64)
    want[:, :, :d.output_features] = yi
    assert np.array_equal(vals, want.reshape(-1))


def _with_ops(d: Design, ops) -> Design:
    """``d`` with ``ops`` on its first output kernel."""
    k = next(k for k in d.kernels if k.params.writes_output)
    k2 = dataclasses.replace(k, params=dataclasses.replace(k.params, ops=ops))
    return dataclasses.replace(d, kernels=tuple(k2 if x is k else x for x in d.kernels))


def test_designs_with_ops_are_written_and_bad_ops_refused(small_design, tmp_path):
    d = _op_design("shl_wrap_sm")
    out = write_firmware(d, tmp_path / "ok")                 # ops: written, no FirmwareError
    assert "aiesim::op::WrapSm<6, 4>" in _read(out, f"src/kernels/{d.kernels[-1].name}.cc")
    for ops, match in [
        ((("round_half_up", 3),), r"cannot emit the conversion op\(s\) round_half_up"),   # not in OPS
        ((("clamp", -32, 31), ("saturate_to", 5)), "saturate_to"),
        ((("clamp", -200, 31),), r"outside the int8 output range"),
        ((("clamp", 10, -10),), "lower bound above the upper bound"),
        ((("wrap", 9, True),), "width outside 1..8"),
        ((("wrap", 8, False),), "unsigned wrap to 8 bits"),
        ((("shl", -1),), r"left shift outside 0\.\.255"),
        ((("zero_if_overflow", 60),), "SRS shift outside 0..59"),
        ((("wrap_sm", 8),), "needs 2 parameters"),
        ((("wrap", 5, 1),), "expected a bool"),
    ]:
        with pytest.raises(FirmwareError, match=match):
            write_firmware(_with_ops(small_design, ops), tmp_path / "bad")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok"]


def test_incomplete_design_is_refused(small_design, tmp_path):
    d = small_design
    cascade = next(n for n in d.nets if n.kind == "cascade")
    broken = dataclasses.replace(d, nets=tuple(n for n in d.nets if n is not cascade))
    with pytest.raises(FirmwareError, match="unconnected"):
        write_firmware(broken, tmp_path / "x")
    twice = dataclasses.replace(d, nets=d.nets + (cascade,))
    with pytest.raises(FirmwareError, match="connected 2 times"):
        write_firmware(twice, tmp_path / "y")
    assert issubclass(FirmwareError, AieSimError)
    assert list(tmp_path.iterdir()) == []


# --- int16 designs: writer behaviour -------------------------------------------------------
@pytest.fixture(scope="module")
def design16():
    """int16 activations x int8 weights -> int16 results (then the same again)."""
    return _compile(DESIGNS["w16x8_16"])


def test_int16_inputs_and_default_data(design16, tmp_path):
    d = design16
    assert _plio(d, "in").dtype == "int16" and _plio(d, "out").dtype == "int16"
    out = write_firmware(d, tmp_path / "p", iterations=2)        # default inputs: the input type's range
    _, vals = _plio_values(out / _plio(d, "in").data_file, _plio(d, "in"))
    assert np.array_equal(vals, default_inputs(d, 2).reshape(-1)) and np.abs(vals).max() > 127
    xi = np.full((1, d.batch, d.input_features), -32768)
    out = write_firmware(d, tmp_path / "q", inputs=xi, expected=np.full((1, d.batch, d.output_features), 32767))
    assert set(_plio_values(out / "data/golden.txt", _plio(d, "out"))[1]) == {32767}
    with pytest.raises(InputDataError, match=r"\[-32768, 32767\] \(int16\)"):
        write_firmware(d, tmp_path / "r", inputs=np.full((1, d.batch, d.input_features), 40000))
    with pytest.raises(InputDataError, match=r"expected values must lie in \[-32768, 32767\]"):
        write_firmware(d, tmp_path / "s", inputs=xi, expected=np.full((1, d.batch, d.output_features), -40000))
    d8 = _compile(DESIGNS["w16x8_8"])                              # int16 in, int8 out
    with pytest.raises(InputDataError, match=r"expected values must lie in \[-128, 127\] \(int8\)"):
        write_firmware(d8, tmp_path / "t", inputs=np.zeros((1, d8.batch, d8.input_features)),
                       expected=np.full((1, d8.batch, d8.output_features), 300))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p", "q"]


def test_int16_conversion_op_bounds(design16, tmp_path):
    """Op parameters are checked against the kernel's output element: int16 takes int16 bounds
    and widths up to 16, and refuses what lies beyond."""
    out = write_firmware(_with_ops(design16, (("clamp", -2000, 1999), ("wrap", 15, False))), tmp_path / "ok")
    k = next(k for k in design16.kernels if k.params.writes_output)
    src = _read(out, f"src/kernels/{k.name}.cc")
    assert "aiesim::Conversion<aiesim::op::Clamp<-2000, 1999>, aiesim::op::Wrap<15, false>>" in src
    for ops, match in [
        ((("clamp", -40000, 31),), r"outside the int16 output range \[-32768, 32767\]"),
        ((("zero_if_outside", 0, 32768),), r"outside the int16 output range"),
        ((("wrap", 17, True),), r"width outside 1\.\.16"),
        ((("wrap", 16, False),), "unsigned wrap to 16 bits does not fit the signed int16 output"),
        ((("shl_clamp", 2, 10, -10),), "lower bound above the upper bound"),
    ]:
        with pytest.raises(FirmwareError, match=match):
            write_firmware(_with_ops(design16, ops), tmp_path / "bad")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok"]


def _replace_buffer(d: Design, index: int, **changes) -> Design:
    bufs = list(d.shared_buffers)
    bufs[index] = dataclasses.replace(bufs[index], **changes)
    return dataclasses.replace(d, shared_buffers=tuple(bufs))


def test_inconsistent_element_types_are_refused(small_design, design16, tmp_path):
    d = small_design
    with pytest.raises(FirmwareError, match=r"stream net .* joins int(8|16) to int(8|16) elements"):
        write_firmware(_replace_buffer(d, 1, dtype="int16"), tmp_path / "a")
    with pytest.raises(FirmwareError, match=r"element type 'int4' is not supported"):
        write_firmware(_replace_buffer(d, 1, dtype="int4"), tmp_path / "b")     # (int32: last-layer outputs)
    k = design16.kernels[0]                                      # int16 tables for int8 weights
    assert k.params.w_bits == 8
    bad = dataclasses.replace(k, weights=k.weights.astype(np.int16))
    with pytest.raises(FirmwareError, match=r"packed weights must be \d+ int8, got \d+ int16"):
        write_firmware(dataclasses.replace(design16, kernels=(bad,) + design16.kernels[1:]), tmp_path / "c")
    odd = dataclasses.replace(k, params=dataclasses.replace(k.params, mmul_k=2))   # int16 x int8 has no K=2 shape
    with pytest.raises(FirmwareError, match=r"mmul shape 4x2x\d for int16 x int8 is not an aie::mmul shape.*4x4x8"):
        write_firmware(dataclasses.replace(design16, kernels=(odd,) + design16.kernels[1:]), tmp_path / "d")
    assert list(tmp_path.iterdir()) == []


def test_int16_subword_tilings_are_whole_words(design16, tmp_path):
    """int16 tilings are checked in 32-bit words of 2 elements: 6 int16 columns are whole words
    (12 bytes), an odd offset is not."""
    d = design16
    last = d.shared_buffers[-1]
    assert last.dtype == "int16"
    odd = _replace_port_tiling(d, last.name, "out", 0, offset=(1, 0))
    with pytest.raises(FirmwareError, match=rf"{last.name}\.out\[0\] offset\[0\] = 1 int16"):
        write_firmware(odd, tmp_path / "x")
    from aiesim_py.compiler.emit.context import dma_word_problems
    assert dma_word_problems(_replace_port_tiling(d, last.name, "out", 0, tiling_dimension=(6, 1))) == []
