"""Parsers of aiesimulator / x86simulator output: hand-written files in the documented
formats (docs/formats.md), bad files (clear SimOutputError with file and line), and
hypothesis round trips through our writer."""
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aiesim_py.errors import AieSimError, SimOutputError
from aiesim_py.validate.formats import (
    NUMBER_BITS, read_event_profile, read_plio_text, read_profile_xml, read_profiles, values_per_line,
)
from aiesim_py.validate.writer import plio_output_text, profile_xml


def _write(tmp_path, text, name="output.txt"):
    p = tmp_path / name
    p.write_text(text)
    return p


# --- PLIO data files ---------------------------------------------------------------------------
def test_hand_written_aiesimulator_output(tmp_path):
    p = _write(tmp_path, "T 413 ns\n6 8 3 2\nT 416.2 ns\nTLAST\n-128 127 0 -1\n\nT 1 us\n1 2 3 4\n")
    d = read_plio_text(p, "int8", 32)
    assert d.values.tolist() == [[6, 8, 3, 2], [-128, 127, 0, -1], [1, 2, 3, 4]]
    assert d.times_ns.tolist() == [413.0, 416.2, 1000.0]
    assert d.tlast.tolist() == [False, True, False]
    assert d.lines.tolist() == [2, 5, 8]


def test_picoseconds_and_mixed_units(tmp_path):
    p = _write(tmp_path, "T 413000 ps\n24 18\nT 0.5 us\n-32768 32767\n")
    d = read_plio_text(p, "int16", 32)
    assert d.times_ns.tolist() == [413.0, 500.0]
    assert d.values.tolist() == [[24, 18], [-32768, 32767]]


def test_x86simulator_output_without_time_stamps(tmp_path):
    p = _write(tmp_path, "2386 2386 2386 2386\n-2147483648 2147483647 0 1\n")
    d = read_plio_text(p, "int32", 128)
    assert d.times_ns is None and d.beats == 2
    assert d.values[1].tolist() == [-2147483648, 2147483647, 0, 1]


@pytest.mark.parametrize("dtype,width,per_line", [
    ("int8", 32, 4), ("int8", 64, 8), ("int8", 128, 16), ("int16", 32, 2), ("int16", 64, 4),
    ("int16", 128, 8), ("int32", 32, 1), ("int32", 64, 2), ("int32", 128, 4), ("cint16", 32, 2),
    ("cint16", 128, 8), ("float", 64, 2), ("bf16", 128, 8), ("int64", 64, 1)])
def test_values_per_line_table(dtype, width, per_line):
    """UG1076 'TXT File Format' table (bf16 assumed like int16)."""
    assert values_per_line(dtype, width) == per_line


def test_float_values(tmp_path):
    p = _write(tmp_path, "T 1 ns\n893.5689 -1.5e3\n")
    d = read_plio_text(p, "float", 64)
    assert d.values.tolist() == [[893.5689, -1500.0]]


@pytest.mark.parametrize("text,dtype,width,match", [
    ("T 1 ns\n1 2 3\n", "int8", 32, r"output\.txt:2: 3 values on a data line; a 32-bit PLIO of int8 carries 4"),
    ("T 1 ns\n1 2 x 4\n", "int8", 32, r":2: 'x' is not an integer"),
    ("1 2 3 200\n", "int8", 32, r":1: value 200 is outside int8 \[-128, 127\]"),
    ("T 5 ns\n1 2 3 4\nT 4 ns\n1 2 3 4\n", "int8", 32, r":3: time stamp 4 ns goes back in time"),
    ("T 5 ns\n1 2 3 4\nT 6 ns\n", "int8", 32, r":3: time stamp not followed by a data line: the file is truncated"),
    ("T 5 ns\n1 2 3 4\nTLAST\n", "int8", 32, r":3: TLAST not followed"),
    ("T 5 ms2\n1 2 3 4\n", "int8", 32, r":1: time stamp unit 'ms2'"),
    ("T 5\n1 2 3 4\n", "int8", 32, r":1: time stamp unit None"),
    ("T five ns\n1 2 3 4\n", "int8", 32, r":1: time 'five' is not a number"),
    ("Time 5 ns\n1 2 3 4\n", "int8", 32, r":1: 'Time 5 ns' is not a time stamp line"),
    ("DATA:1,1,2,3,4\n", "int8", 32, r":1: this looks like the CSV PLIO format"),
    ("\n\n", "int8", 32, r"holds no data lines"),
    ("1 2 3 4\nT 5 ns\n1 2 3 4\n", "int8", 32, r":1: data line without a time stamp"),
    ("1 2\n", "int8", 48, r"48-bit PLIO cannot carry int8"),
    ("1 2\n", "int7", 32, r"element type 'int7' is not known"),
])
def test_bad_plio_files(tmp_path, text, dtype, width, match):
    p = _write(tmp_path, text)
    with pytest.raises(SimOutputError, match=match):
        read_plio_text(p, dtype, width)


def test_binary_and_missing_files(tmp_path):
    p = tmp_path / "output.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    with pytest.raises(SimOutputError, match="not a text file"):
        read_plio_text(p, "int8", 32)
    with pytest.raises(SimOutputError, match="no such PLIO data file"):
        read_plio_text(tmp_path / "nope.txt", "int8", 32)


_INT_TYPES = ["int8", "int16", "int32", "uint8", "uint16", "cint16"]


@st.composite
def _plio_files(draw):
    dtype = draw(st.sampled_from(_INT_TYPES))
    width = draw(st.sampled_from([w for w in (32, 64, 128) if w >= NUMBER_BITS[dtype]]))
    per = values_per_line(dtype, width)
    bits = NUMBER_BITS[dtype]
    lo, hi = (0, (1 << bits) - 1) if dtype.startswith("u") else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    beats = draw(st.integers(1, 12))
    values = np.array(draw(st.lists(st.integers(lo, hi), min_size=beats * per, max_size=beats * per)),
                      dtype=np.int64).reshape(beats, per)
    times = None
    if draw(st.booleans()):
        steps = draw(st.lists(st.integers(0, 10**6), min_size=beats, max_size=beats))
        times = list(np.cumsum(steps).astype(object) * Fraction(1, 1000))      # ps resolution, in ns
    tlast = draw(st.lists(st.booleans(), min_size=beats, max_size=beats))
    unit = draw(st.sampled_from(["ns", "ps", "us"]))
    return dtype, width, values, times, tlast, unit


@settings(max_examples=60, deadline=None)
@given(_plio_files())
def test_round_trip_writer_parser(tmp_path_factory, case):
    dtype, width, values, times, tlast, unit = case
    p = tmp_path_factory.mktemp("rt") / "out.txt"
    p.write_text(plio_output_text(values, times, tlast, unit))
    d = read_plio_text(p, dtype, width)
    assert np.array_equal(d.values, values)
    assert d.tlast.tolist() == tlast
    if times is None:
        assert d.times_ns is None
    else:
        assert np.allclose(d.times_ns, [float(t) for t in times], rtol=0, atol=1e-6)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="T0123456789 .-nspuLAS\n\t,x", max_size=80))
def test_arbitrary_text_parses_or_fails_cleanly(tmp_path_factory, text):
    """Any text either parses or raises SimOutputError; never another exception."""
    p = tmp_path_factory.mktemp("fz") / "out.txt"
    p.write_text(text)
    try:
        read_plio_text(p, "int16", 32)
    except SimOutputError as exc:
        assert str(p) in str(exc)


# --- profile reports ---------------------------------------------------------------------------
PROFILE = """<?xml version="1.0"?>
<profile_data>
  <total_cycle_count>99749</total_cycle_count>
  <function>
    <function_name>main</function_name>
    <mangled_function_name>main</mangled_function_name>
    <calls>1</calls>
    <function_time><total_cycle_count>400</total_cycle_count></function_time>
    <function_and_descendants_time>
      <total_cycle_count>99749</total_cycle_count>
    </function_and_descendants_time>
  </function>
  <function>
    <function_name>data_shuffle(input_buffer&lt;int&gt; &amp;)</function_name>
    <mangled_function_name>_Z12data_shuffleR12input_bufferIiE</mangled_function_name>
    <calls>7</calls>
    <function_and_descendants_time>
      <total_cycle_count>2303</total_cycle_count>
      <minimum_cycle_count>320</minimum_cycle_count>
      <maximum_cycle_count>383</maximum_cycle_count>
      <average_cycle_count>329</average_cycle_count>
    </function_and_descendants_time>
  </function>
</profile_data>
"""


def test_hand_written_profile_report(tmp_path):
    t = read_profile_xml(_write(tmp_path, PROFILE, "profile_funct_24_3.xml"))
    assert (t.col, t.row, t.total_cycles) == (24, 3, 99749)
    f = t.function("data_shuffle")
    assert (f.calls, f.with_descendants.total, f.with_descendants.minimum, f.with_descendants.average) == \
        (7, 2303, 320, 329.0)
    assert t.function("main").own.total == 400
    assert t.function("shuffle") is None
    assert [p.col for p in read_profiles(tmp_path)] == [24]


def test_profile_found_by_mangled_name(tmp_path):
    text = PROFILE.replace("<function_name>data_shuffle(input_buffer&lt;int&gt; &amp;)", "<function_name>???")
    t = read_profile_xml(_write(tmp_path, text, "profile_funct_1_2.xml"))
    assert t.function("data_shuffle").calls == 7


@pytest.mark.parametrize("text,match", [
    (PROFILE[:PROFILE.index("<calls>7")], r"profile_funct_0_3\.xml:\d+: not well-formed XML"),
    ("<html><body>hello</body></html>", r"profile_funct_0_3\.xml:1: <html> holds no <function>"),
    (PROFILE.replace("<calls>7</calls>", ""), r"profile_funct_0_3\.xml:13: <function> has no <calls>"),
    (PROFILE.replace("<calls>7</calls>", "<calls>seven</calls>"), r":16: <calls> holds 'seven'"),
    (PROFILE.replace("<function_name>main</function_name>", ""), r":4: <function> without a <function_name>"),
    ("", r"not well-formed XML"),
])
def test_bad_profile_reports(tmp_path, text, match):
    with pytest.raises(SimOutputError, match=match):
        read_profile_xml(_write(tmp_path, text, "profile_funct_0_3.xml"))


def test_profile_file_name_checked(tmp_path):
    with pytest.raises(SimOutputError, match="profile_funct_<col>_<row>.xml"):
        read_profile_xml(_write(tmp_path, PROFILE, "profile_instr_0_3.xml"))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,20}", fullmatch=True),
                          st.integers(0, 10**6), st.integers(0, 10**9), st.integers(0, 10**6),
                          st.integers(0, 10**6)), min_size=1, max_size=6),
       st.integers(0, 10**9))
def test_profile_round_trip(tmp_path_factory, funcs, total):
    p = tmp_path_factory.mktemp("pf") / "profile_funct_3_4.xml"
    p.write_text(profile_xml(funcs, total))
    t = read_profile_xml(p)
    assert t.total_cycles == total
    assert [(f.name, f.calls, f.with_descendants.total, f.with_descendants.minimum, f.with_descendants.maximum)
            for f in t.functions] == [tuple(f) for f in funcs]


# --- event-API results -------------------------------------------------------------------------
def test_event_profile(tmp_path):
    p = _write(tmp_path, "# host printout\nio_stream_start_difference_cycles plio_in plio_out 1031\n\n"
                         "io_stream_start_to_bytes_transferred_cycles plio_out 4096 1502  # 4 iterations\n"
                         "io_stream_running_event_count plio_out 12\n", "event_profile.txt")
    ev = read_event_profile(p)
    assert [(e.option, e.ports, e.numbers, e.line) for e in ev] == [
        ("io_stream_start_difference_cycles", ("plio_in", "plio_out"), {"cycles": 1031}, 2),
        ("io_stream_start_to_bytes_transferred_cycles", ("plio_out",), {"bytes": 4096, "cycles": 1502}, 4),
        ("io_stream_running_event_count", ("plio_out",), {"count": 12}, 5)]


@pytest.mark.parametrize("text,match", [
    ("io_latency plio_in plio_out 5\n", r"event_profile\.txt:1: 'io_latency' is not an io_profiling_option"),
    ("io_stream_start_difference_cycles plio_in 5\n", r":1: io_stream_start_difference_cycles takes 3 fields"),
    ("\nio_total_stream_running_to_idle_cycles p 5.5\n", r":2: cycles '5.5' is not an integer"),
    ("io_total_stream_running_to_idle_cycles p -5\n", r":1: cycles -5 is negative"),
])
def test_bad_event_profiles(tmp_path, text, match):
    with pytest.raises(SimOutputError, match=match):
        read_event_profile(_write(tmp_path, text, "event_profile.txt"))


def test_sim_output_error_is_an_aiesim_error():
    assert issubclass(SimOutputError, AieSimError)
