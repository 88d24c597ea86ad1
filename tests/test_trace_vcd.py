"""VCD export of the timing trace: header, declarations and value changes parsed structurally."""
import json

import pytest

from aiesim_py.cli import main
from aiesim_py.compiler import compile_model
from aiesim_py.sim.timing import simulate, vcd_text, write_trace


@pytest.fixture(scope="module")
def traced():
    d = compile_model("mlp:16-64-8", batch=8, parallelism="1x2,1x1")
    return simulate(d, iterations=4, trace=True)


def parse_vcd(text: str):
    """Minimal VCD reader: (timescale, {ident: (scope path, name, width)}, [(time, ident, value)])."""
    tokens = text.split()
    i, scopes, variables, changes, timescale = 0, [], {}, [], None
    while tokens[i] != "$enddefinitions":
        t = tokens[i]
        if t == "$timescale":
            j = tokens.index("$end", i)
            timescale = " ".join(tokens[i + 1:j])
            i = j + 1
        elif t == "$scope":
            assert tokens[i + 1] == "module" and tokens[i + 3] == "$end"
            scopes.append(tokens[i + 2])
            i += 4
        elif t == "$upscope":
            assert tokens[i + 1] == "$end"
            scopes.pop()
            i += 2
        elif t == "$var":
            kind, width, ident, name, end = tokens[i + 1:i + 6]
            assert kind == "wire" and end == "$end" and ident not in variables
            variables[ident] = (tuple(scopes), name, int(width))
            i += 6
        elif t in ("$date", "$version", "$comment"):
            i = tokens.index("$end", i) + 1
        else:
            raise AssertionError(f"unexpected header token {t!r}")
    assert not scopes, "unbalanced $scope/$upscope"
    assert tokens[i + 1] == "$end"
    body = text.split("$enddefinitions $end", 1)[1]
    now, pairs = None, []
    for line in body.splitlines():
        line = line.strip()
        if not line or line in ("$dumpvars", "$end"):
            continue
        if line.startswith("#"):
            new = int(line[1:])
            assert now is None or new > now, "timestamps must increase"
            now = new
            continue
        val, ident = line.split()
        assert val.startswith("b") and set(val[1:]) <= {"0", "1"}, line
        pairs.append((now, ident, int(val[1:], 2)))
    return timescale, variables, pairs


def test_vcd_structure(traced):
    text = vcd_text(traced.trace, traced.clock_hz)
    timescale, variables, changes = parse_vcd(text)
    assert timescale == "1 ps"
    tracks = {t for t, *_ in traced.trace}
    assert len(variables) == len(tracks)                    # one signal per tile state / DMA channel
    assert all(w == 2 for _, _, w in variables.values())
    assert all(scope[0] == "aie" and len(scope) == 2 for scope, _, _ in variables.values())
    assert {ident for _, ident, _ in changes} <= set(variables)
    assert {v for _, _, v in changes} <= {0, 1, 2}
    initial = changes[:len(variables)]                       # $dumpvars at #0: every signal idle
    assert {i for _, i, _ in initial} == set(variables) and {(t, v) for t, _, v in initial} == {(0, 0)}
    kinds = {name.rsplit("_", 1)[-1] for _, name, _ in variables.values()}
    assert {"core", "mm2s", "s2mm"} <= kinds


def test_vcd_active_time_matches_the_trace(traced):
    period_ps = round(1e12 / traced.clock_hz)
    _, variables, changes = parse_vcd(vcd_text(traced.trace, traced.clock_hz))
    core = next(k for k in traced.kernels)
    ident = next(i for i, (_, name, _) in variables.items() if name == f"{core.name}_core")
    level, since, busy_ps = 0, 0, 0
    for t, i, v in changes:
        if i != ident:
            continue
        if level and not v:
            busy_ps += t - since
        if v and not level:
            since = t
        level = v
    assert level == 0
    calls = [(s, e) for tr, n, s, e in traced.trace if tr.endswith(f"{core.name} core")]
    assert busy_ps == period_ps * sum(e - s for s, e in calls)


def test_write_trace_picks_the_format(traced, tmp_path):
    v = write_trace(traced, tmp_path / "t.vcd")
    assert v.read_text().startswith("$date")
    j = write_trace(traced, tmp_path / "t.json")
    assert "traceEvents" in json.loads(j.read_text())


def test_cli_simulate_trace_vcd(tmp_path, capsys):
    proj = tmp_path / "proj"
    assert main(["compile", "mlp:16-8", "-o", str(proj), "--json"]) == 0
    vcd = tmp_path / "run.vcd"
    assert main(["simulate", str(proj), "--iterations", "3", "--trace", str(vcd), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rep["trace"] == str(vcd)
    _, variables, changes = parse_vcd(vcd.read_text())
    assert variables and changes


def test_vcd_needs_a_clock(traced):
    with pytest.raises(ValueError, match="clock_hz"):
        vcd_text(traced.trace, 0)
