"""C19 (held out): DSPLib func_approx on AIE-ML, TT_DATA int32, xcve2802 at 1.25 GHz.

Source: Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/func_approx_benchmark.csv at commit
40865147a756804294a7368c08f611b033f2b770, ``data/dsplib_func_approx_aieml.csv``: the header and the 206 rows with
AIE_VARIANT exactly ``AIE-ML``, TT_DATA ``int32`` and TP_COARSE_BITS 7 (TP_FINE_BITS 6 and 7, TP_DOMAIN_MODE 0 / 1 /
2, TP_USE_LUT_RELOAD 0 / 1, SINGLE_BUF 0 / 1), unchanged and in file order (copied by hand from the stored file via
the index's read_file: the 104 SINGLE_BUF 0 rows, then the 102 SINGLE_BUF 1 rows; the file has no row for
7 / 7 / domain 1 / 1024 samples / no reload / SINGLE_BUF 1). Why this subset: the int32 kernel is the one the timing
table can cost (int16 / bfloat16 run the aie::lut parallel look-up, float an fp32 path; both refused by
:class:`~aiesim_py.kernels.func_approx.FuncApproxParams`); the int32 rows with TP_COARSE_BITS 8 / 9 (the same
windows, coarse / fine / domain do not change the kernel's instructions) were left out to keep the hand copy short.
No two rows share a key (coarse, fine, domain, window, reload, SINGLE_BUF). Not part of ../shared/validation: no
constant of the model was set on these rows. Caveat (as C16): the measured figures were on the pages read to copy
them (and, while choosing the family, a back-of-envelope look at the largest windows' throughput, ~3 cycles per
sample, was taken); the kernel model (:mod:`aiesim_py.kernels.func_approx`) was written from the source (ops counted
from the kernel and the AIE API headers, no constant fitted), and no predicted figure was compared before
:data:`BLIND` was recorded.

Harness (dsp/L2/tests/aie/func_approx @0d8795bc): test.hpp gives the input and the output one 64-bit PLIO each
(``PLIO_in_0`` / ``PLIO_out_0``), no location constraint (the kernel placed as C13 / C16's: column 0,
:data:`cases_c5.KERNEL_ROW`); SINGLE_BUF 1 as ``single_buffer`` on in[0] / out[0] (assumed as C13 / C16: the graph
header @0d8795bc does not show the switch; DATA_MEMORY is ~2 KB lower on those rows, one window of each buffer).
helper.mk: ``get_latency.tcl ./aiesimulator_output T_input.txt ./data/uut_output.txt .. $(WINDOW_VSIZE) $(NITER)``:
throughput = WINDOW_VSIZE samples over the interval between the first input beats of two iterations, latency =
first input beat to first output beat, at :func:`cases_c5.stable_iteration`. NITER: 8, every ``*_aie2_hw_qor``
entry of dsp/L2/tests/aie/func_approx/multi_params.json @4c86f9ba (the sweep behind @40865147's rows is not in
that file). PLIO 625 MHz as the other DSPLib cases.

Predicted: the 109 TP_USE_LUT_RELOAD 0 rows (218 figures); the 97 TP_USE_LUT_RELOAD 1 rows (194 figures) are refused
(the tables arrive on two run-time-parameter ports, ``rtpLut``, in a later stored graph; the per-call cost of the
RTP reads is not modelled; measured, the reload rows' latencies sit ~120-160 ns above their pairs).

Blind (first run, before any comparison; every figure in :data:`BLIND`): 97 rows predicted (the 12 rows of
1638-sample windows were refused then), **190 of 194 figures within 10 %, median |error| 3.4 %** (latency 95 of 97,
throughput 95 of 97). Off: the four figures of the 16-sample windows (:data:`KNOWN_OFF`, ``SMALL_WINDOW_OFF``). One
change after seeing the errors, ``RUNT_WINDOW_CHANGE`` (kernels.func_approx ``FuncApproxParams.trips``: the source's
integer-division loop bound, so a 1638-sample window is costed as 204 trips instead of refused; no cost of the other
rows changed): the 12 rows of 1638 samples, first run 24 of 24 within 10 %, median 3.4 % (:data:`RUNT_WINDOW_FIRST`).
Now **214 of 218 within 10 %, median 3.4 %**. Caveat: the large-window figures are kernel-bound (loop 1's 18-cycle
II per 8 samples, move-slot bound, is most of it), so they test the op count of the look-up loop; the model is 4-5 %
fast there (one cycle per trip short), not tuned.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.func_approx import KIND, FuncApproxParams, func_approx_cycles

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness shared with C5 / C7..C16)

assert families.FAMILIES[KIND] == (FuncApproxParams, func_approx_cycles)

DATA = Path(__file__).resolve().parent / "data" / "dsplib_func_approx_aieml.csv"
SOURCE = ("Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/func_approx_benchmark.csv @40865147 "
          "(validation/data/dsplib_func_approx_aieml.csv: its AIE-ML int32 TP_COARSE_BITS 7 rows)")
DEVICE = cases_c5.DEVICE
ITERATIONS = 8
KERNEL_TILE = (0, cases_c5.KERNEL_ROW)

SMALL_WINDOW_OFF = (
    "16-sample windows (2 trips per loop): ping-pong throughput +20.5 % (200 modelled, 166 MSa/s measured) and "
    "latency +16.8 %; single-buffer throughput -13.4 % and latency +18.7 %. The larger windows are within 10 % "
    "(32 samples: +8.1 / +9.6 % latency, the model's fixed per-call part a little high); a 2-trip loop may be "
    "unrolled or scheduled differently from the model's two pipelined hardware loops. Mechanism not identified; "
    "not tuned")
_SMALL_WINDOW_KEYS = (
    "int32_c7_f7_d2_w16.latency",
    "int32_c7_f7_d2_w16.throughput",
    "int32_c7_f7_d2_w16_single_buf.latency",
    "int32_c7_f7_d2_w16_single_buf.throughput",
)

#: key -> why the prediction is outside 10 % (listed after the blind run; no model change for them)
KNOWN_OFF: dict[str, str] = {f"c19.func_approx.{k}": SMALL_WINDOW_OFF for k in _SMALL_WINDOW_KEYS}

#: the blind prediction of every predicted figure (first run, before any comparison), key without the
#: ``c19.func_approx.`` prefix -> predicted value (ns or MSa/s). Kept for the record, not used.
BLIND: dict[str, float] = {
    "int32_c7_f6_d0_w32.latency": 747.2,
    "int32_c7_f6_d0_w32.throughput": 215.1,
    "int32_c7_f6_d0_w64.latency": 867.2,
    "int32_c7_f6_d0_w64.throughput": 287.8,
    "int32_c7_f6_d0_w128.latency": 1086.4,
    "int32_c7_f6_d0_w128.throughput": 346.3,
    "int32_c7_f6_d0_w256.latency": 1867.2,
    "int32_c7_f6_d0_w256.throughput": 385.5,
    "int32_c7_f6_d0_w512.latency": 3428.8,
    "int32_c7_f6_d0_w512.throughput": 408.7,
    "int32_c7_f6_d0_w1024.latency": 6552.0,
    "int32_c7_f6_d0_w1024.throughput": 421.3,
    "int32_c7_f6_d0_w4096.latency": 25291.2,
    "int32_c7_f6_d0_w4096.throughput": 431.3,
    "int32_c7_f6_d0_w8192.latency": 50276.8,
    "int32_c7_f6_d0_w8192.throughput": 433.1,
    "int32_c7_f6_d1_w32.latency": 747.2,
    "int32_c7_f6_d1_w32.throughput": 215.1,
    "int32_c7_f6_d1_w64.latency": 867.2,
    "int32_c7_f6_d1_w64.throughput": 287.8,
    "int32_c7_f6_d1_w128.latency": 1086.4,
    "int32_c7_f6_d1_w128.throughput": 346.3,
    "int32_c7_f6_d1_w256.latency": 1867.2,
    "int32_c7_f6_d1_w256.throughput": 385.5,
    "int32_c7_f6_d1_w512.latency": 3428.8,
    "int32_c7_f6_d1_w512.throughput": 408.7,
    "int32_c7_f6_d1_w1024.latency": 6552.0,
    "int32_c7_f6_d1_w1024.throughput": 421.3,
    "int32_c7_f6_d1_w4096.latency": 25291.2,
    "int32_c7_f6_d1_w4096.throughput": 431.3,
    "int32_c7_f6_d1_w8192.latency": 50276.8,
    "int32_c7_f6_d1_w8192.throughput": 433.1,
    "int32_c7_f6_d2_w32.latency": 747.2,
    "int32_c7_f6_d2_w32.throughput": 215.1,
    "int32_c7_f6_d2_w64.latency": 867.2,
    "int32_c7_f6_d2_w64.throughput": 287.8,
    "int32_c7_f6_d2_w128.latency": 1086.4,
    "int32_c7_f6_d2_w128.throughput": 346.3,
    "int32_c7_f6_d2_w256.latency": 1867.2,
    "int32_c7_f6_d2_w256.throughput": 385.5,
    "int32_c7_f6_d2_w512.latency": 3428.8,
    "int32_c7_f6_d2_w512.throughput": 408.7,
    "int32_c7_f6_d2_w1024.latency": 6552.0,
    "int32_c7_f6_d2_w1024.throughput": 421.3,
    "int32_c7_f6_d2_w4096.latency": 25291.2,
    "int32_c7_f6_d2_w4096.throughput": 431.3,
    "int32_c7_f6_d2_w8192.latency": 50276.8,
    "int32_c7_f6_d2_w8192.throughput": 433.1,
    "int32_c7_f7_d0_w32.latency": 747.2,
    "int32_c7_f7_d0_w32.throughput": 215.1,
    "int32_c7_f7_d0_w64.latency": 867.2,
    "int32_c7_f7_d0_w64.throughput": 287.8,
    "int32_c7_f7_d0_w128.latency": 1086.4,
    "int32_c7_f7_d0_w128.throughput": 346.3,
    "int32_c7_f7_d0_w256.latency": 1867.2,
    "int32_c7_f7_d0_w256.throughput": 385.5,
    "int32_c7_f7_d0_w512.latency": 3428.8,
    "int32_c7_f7_d0_w512.throughput": 408.7,
    "int32_c7_f7_d0_w1024.latency": 6552.0,
    "int32_c7_f7_d0_w1024.throughput": 421.3,
    "int32_c7_f7_d0_w4096.latency": 25291.2,
    "int32_c7_f7_d0_w4096.throughput": 431.3,
    "int32_c7_f7_d0_w8192.latency": 50276.8,
    "int32_c7_f7_d0_w8192.throughput": 433.1,
    "int32_c7_f7_d1_w32.latency": 747.2,
    "int32_c7_f7_d1_w32.throughput": 215.1,
    "int32_c7_f7_d1_w64.latency": 867.2,
    "int32_c7_f7_d1_w64.throughput": 287.8,
    "int32_c7_f7_d1_w128.latency": 1086.4,
    "int32_c7_f7_d1_w128.throughput": 346.3,
    "int32_c7_f7_d1_w256.latency": 1867.2,
    "int32_c7_f7_d1_w256.throughput": 385.5,
    "int32_c7_f7_d1_w512.latency": 3428.8,
    "int32_c7_f7_d1_w512.throughput": 408.7,
    "int32_c7_f7_d1_w1024.latency": 6552.0,
    "int32_c7_f7_d1_w1024.throughput": 421.3,
    "int32_c7_f7_d1_w4096.latency": 25291.2,
    "int32_c7_f7_d1_w4096.throughput": 431.3,
    "int32_c7_f7_d1_w8192.latency": 50276.8,
    "int32_c7_f7_d1_w8192.throughput": 433.1,
    "int32_c7_f7_d2_w16.latency": 800.0,
    "int32_c7_f7_d2_w16.throughput": 200.0,
    "int32_c7_f7_d2_w32.latency": 747.2,
    "int32_c7_f7_d2_w32.throughput": 215.1,
    "int32_c7_f7_d2_w64.latency": 867.2,
    "int32_c7_f7_d2_w64.throughput": 287.8,
    "int32_c7_f7_d2_w128.latency": 1086.4,
    "int32_c7_f7_d2_w128.throughput": 346.3,
    "int32_c7_f7_d2_w256.latency": 1867.2,
    "int32_c7_f7_d2_w256.throughput": 385.5,
    "int32_c7_f7_d2_w512.latency": 3428.8,
    "int32_c7_f7_d2_w512.throughput": 408.7,
    "int32_c7_f7_d2_w1024.latency": 6552.0,
    "int32_c7_f7_d2_w1024.throughput": 421.3,
    "int32_c7_f7_d2_w4096.latency": 25291.2,
    "int32_c7_f7_d2_w4096.throughput": 431.3,
    "int32_c7_f7_d2_w8192.latency": 50276.8,
    "int32_c7_f7_d2_w8192.throughput": 433.1,
    "int32_c7_f6_d0_w32_single_buf.latency": 684.8,
    "int32_c7_f6_d0_w32_single_buf.throughput": 187.8,
    "int32_c7_f6_d0_w64_single_buf.latency": 786.4,
    "int32_c7_f6_d0_w64_single_buf.throughput": 237.4,
    "int32_c7_f6_d0_w128_single_buf.latency": 913.6,
    "int32_c7_f6_d0_w128_single_buf.throughput": 273.5,
    "int32_c7_f6_d0_w256_single_buf.latency": 1604.8,
    "int32_c7_f6_d0_w256_single_buf.throughput": 296.0,
    "int32_c7_f6_d0_w512_single_buf.latency": 2987.2,
    "int32_c7_f6_d0_w512_single_buf.throughput": 308.7,
    "int32_c7_f6_d0_w1024_single_buf.latency": 5752.0,
    "int32_c7_f6_d0_w1024_single_buf.throughput": 315.5,
    "int32_c7_f6_d0_w4096_single_buf.latency": 22340.8,
    "int32_c7_f6_d0_w4096_single_buf.throughput": 320.8,
    "int32_c7_f6_d0_w8192_single_buf.latency": 44459.2,
    "int32_c7_f6_d0_w8192_single_buf.throughput": 321.7,
    "int32_c7_f6_d1_w32_single_buf.latency": 684.8,
    "int32_c7_f6_d1_w32_single_buf.throughput": 187.8,
    "int32_c7_f6_d1_w64_single_buf.latency": 786.4,
    "int32_c7_f6_d1_w64_single_buf.throughput": 237.4,
    "int32_c7_f6_d1_w128_single_buf.latency": 913.6,
    "int32_c7_f6_d1_w128_single_buf.throughput": 273.5,
    "int32_c7_f6_d1_w256_single_buf.latency": 1604.8,
    "int32_c7_f6_d1_w256_single_buf.throughput": 296.0,
    "int32_c7_f6_d1_w512_single_buf.latency": 2987.2,
    "int32_c7_f6_d1_w512_single_buf.throughput": 308.7,
    "int32_c7_f6_d1_w1024_single_buf.latency": 5752.0,
    "int32_c7_f6_d1_w1024_single_buf.throughput": 315.5,
    "int32_c7_f6_d1_w4096_single_buf.latency": 22340.8,
    "int32_c7_f6_d1_w4096_single_buf.throughput": 320.8,
    "int32_c7_f6_d1_w8192_single_buf.latency": 44459.2,
    "int32_c7_f6_d1_w8192_single_buf.throughput": 321.7,
    "int32_c7_f6_d2_w32_single_buf.latency": 684.8,
    "int32_c7_f6_d2_w32_single_buf.throughput": 187.8,
    "int32_c7_f6_d2_w64_single_buf.latency": 786.4,
    "int32_c7_f6_d2_w64_single_buf.throughput": 237.4,
    "int32_c7_f6_d2_w128_single_buf.latency": 913.6,
    "int32_c7_f6_d2_w128_single_buf.throughput": 273.5,
    "int32_c7_f6_d2_w256_single_buf.latency": 1604.8,
    "int32_c7_f6_d2_w256_single_buf.throughput": 296.0,
    "int32_c7_f6_d2_w512_single_buf.latency": 2987.2,
    "int32_c7_f6_d2_w512_single_buf.throughput": 308.7,
    "int32_c7_f6_d2_w1024_single_buf.latency": 5752.0,
    "int32_c7_f6_d2_w1024_single_buf.throughput": 315.5,
    "int32_c7_f6_d2_w4096_single_buf.latency": 22340.8,
    "int32_c7_f6_d2_w4096_single_buf.throughput": 320.8,
    "int32_c7_f6_d2_w8192_single_buf.latency": 44459.2,
    "int32_c7_f6_d2_w8192_single_buf.throughput": 321.7,
    "int32_c7_f7_d0_w32_single_buf.latency": 684.8,
    "int32_c7_f7_d0_w32_single_buf.throughput": 187.8,
    "int32_c7_f7_d0_w64_single_buf.latency": 786.4,
    "int32_c7_f7_d0_w64_single_buf.throughput": 237.4,
    "int32_c7_f7_d0_w128_single_buf.latency": 913.6,
    "int32_c7_f7_d0_w128_single_buf.throughput": 273.5,
    "int32_c7_f7_d0_w256_single_buf.latency": 1604.8,
    "int32_c7_f7_d0_w256_single_buf.throughput": 296.0,
    "int32_c7_f7_d0_w512_single_buf.latency": 2987.2,
    "int32_c7_f7_d0_w512_single_buf.throughput": 308.7,
    "int32_c7_f7_d0_w1024_single_buf.latency": 5752.0,
    "int32_c7_f7_d0_w1024_single_buf.throughput": 315.5,
    "int32_c7_f7_d0_w4096_single_buf.latency": 22340.8,
    "int32_c7_f7_d0_w4096_single_buf.throughput": 320.8,
    "int32_c7_f7_d0_w8192_single_buf.latency": 44459.2,
    "int32_c7_f7_d0_w8192_single_buf.throughput": 321.7,
    "int32_c7_f7_d1_w32_single_buf.latency": 684.8,
    "int32_c7_f7_d1_w32_single_buf.throughput": 187.8,
    "int32_c7_f7_d1_w64_single_buf.latency": 786.4,
    "int32_c7_f7_d1_w64_single_buf.throughput": 237.4,
    "int32_c7_f7_d1_w128_single_buf.latency": 913.6,
    "int32_c7_f7_d1_w128_single_buf.throughput": 273.5,
    "int32_c7_f7_d1_w256_single_buf.latency": 1604.8,
    "int32_c7_f7_d1_w256_single_buf.throughput": 296.0,
    "int32_c7_f7_d1_w512_single_buf.latency": 2987.2,
    "int32_c7_f7_d1_w512_single_buf.throughput": 308.7,
    "int32_c7_f7_d1_w4096_single_buf.latency": 22340.8,
    "int32_c7_f7_d1_w4096_single_buf.throughput": 320.8,
    "int32_c7_f7_d1_w8192_single_buf.latency": 44459.2,
    "int32_c7_f7_d1_w8192_single_buf.throughput": 321.7,
    "int32_c7_f7_d2_w16_single_buf.latency": 740.8,
    "int32_c7_f7_d2_w16_single_buf.throughput": 132.5,
    "int32_c7_f7_d2_w32_single_buf.latency": 684.8,
    "int32_c7_f7_d2_w32_single_buf.throughput": 187.8,
    "int32_c7_f7_d2_w64_single_buf.latency": 786.4,
    "int32_c7_f7_d2_w64_single_buf.throughput": 237.4,
    "int32_c7_f7_d2_w128_single_buf.latency": 913.6,
    "int32_c7_f7_d2_w128_single_buf.throughput": 273.5,
    "int32_c7_f7_d2_w256_single_buf.latency": 1604.8,
    "int32_c7_f7_d2_w256_single_buf.throughput": 296.0,
    "int32_c7_f7_d2_w512_single_buf.latency": 2987.2,
    "int32_c7_f7_d2_w512_single_buf.throughput": 308.7,
    "int32_c7_f7_d2_w1024_single_buf.latency": 5752.0,
    "int32_c7_f7_d2_w1024_single_buf.throughput": 315.5,
    "int32_c7_f7_d2_w4096_single_buf.latency": 22340.8,
    "int32_c7_f7_d2_w4096_single_buf.throughput": 320.8,
    "int32_c7_f7_d2_w8192_single_buf.latency": 44459.2,
    "int32_c7_f7_d2_w8192_single_buf.throughput": 321.7,
}

#: RUNT_WINDOW_CHANGE (after the blind run): the blind run refused the 1638-sample windows (not a multiple of the
#: 8-sample vector; FuncApproxParams then required one). The source's loop bounds are the integer division
#: ``TP_WINDOW_VSIZE / kSamplesInVect`` (204 trips, the last 6 samples not processed), so the model now takes them
#: (:attr:`~aiesim_py.kernels.func_approx.FuncApproxParams.trips`). Their first predictions, made after the blind
#: run of the other rows but before any of their own figures was compared (the blind run's errors were seen):
RUNT_WINDOW_FIRST: dict[str, float] = {
    "int32_c7_f6_d0_w1638.latency": 10256.0,
    "int32_c7_f6_d0_w1638.throughput": 427.8,
    "int32_c7_f6_d1_w1638.latency": 10256.0,
    "int32_c7_f6_d1_w1638.throughput": 427.8,
    "int32_c7_f6_d2_w1638.latency": 10256.0,
    "int32_c7_f6_d2_w1638.throughput": 427.8,
    "int32_c7_f7_d0_w1638.latency": 10256.0,
    "int32_c7_f7_d0_w1638.throughput": 427.8,
    "int32_c7_f7_d1_w1638.latency": 10256.0,
    "int32_c7_f7_d1_w1638.throughput": 427.8,
    "int32_c7_f7_d2_w1638.latency": 10256.0,
    "int32_c7_f7_d2_w1638.throughput": 427.8,
    "int32_c7_f6_d0_w1638_single_buf.latency": 9040.0,
    "int32_c7_f6_d0_w1638_single_buf.throughput": 319.0,
    "int32_c7_f6_d1_w1638_single_buf.latency": 9040.0,
    "int32_c7_f6_d1_w1638_single_buf.throughput": 319.0,
    "int32_c7_f6_d2_w1638_single_buf.latency": 9040.0,
    "int32_c7_f6_d2_w1638_single_buf.throughput": 319.0,
    "int32_c7_f7_d0_w1638_single_buf.latency": 9040.0,
    "int32_c7_f7_d0_w1638_single_buf.throughput": 319.0,
    "int32_c7_f7_d1_w1638_single_buf.latency": 9040.0,
    "int32_c7_f7_d1_w1638_single_buf.throughput": 319.0,
    "int32_c7_f7_d2_w1638_single_buf.latency": 9040.0,
    "int32_c7_f7_d2_w1638_single_buf.throughput": 319.0,
}

BLIND_SUMMARY = (
    "194 figures predicted (97 rows: TP_USE_LUT_RELOAD 0, windows 16..8192 but 1638, ping-pong and single-buffer). "
    "Blind, first run: 190 of 194 within 10 %, median |error| 3.4 % (latency 95 of 97, median 3.5 %; throughput "
    "95 of 97, median 3.4 %; ping-pong 96 of 98, single-buffer 94 of 96). The kernel is not PLIO-bound here (415 "
    "MSa/s measured at 8192 samples, ~3.0 cycles per sample; the model ~2.9, 4-5 % fast on the large windows). "
    "Off: the four 16-sample figures (SMALL_WINDOW_OFF). One change after: RUNT_WINDOW_CHANGE (24 more figures, "
    "the 1638-sample rows, first run 24 of 24 within 10 %, median 3.4 %): 214 of 218 within 10 %, median 3.4 %. "
    "Refused: the 97 TP_USE_LUT_RELOAD 1 rows (194 figures), with the model's reason")


def _rows(path: Path = DATA) -> list[dict]:
    return cases_c5._rows(path)


def _key(r: dict) -> tuple:
    return (r["TT_DATA"], int(r["TP_COARSE_BITS"]), int(r["TP_FINE_BITS"]), int(r["TP_DOMAIN_MODE"]),
            int(r["TP_WINDOW_VSIZE"]), bool(int(r["TP_USE_LUT_RELOAD"])), bool(int(r["SINGLE_BUF"])))


def _slug(r: dict) -> str:
    d, c, f, m, w, reload, s = _key(r)
    return re.sub(r"[^a-z0-9]+", "_", f"{d} c{c} f{f} d{m} w{w}{' reload' if reload else ''}"
                  f"{' single buf' if s else ''}".lower())


def func_approx_design(dtype: str, coarse: int, fine: int, domain: int, window: int, reload: bool = False,
                       single: bool = False):
    """The Design of one benchmark row: the kernel on :data:`KERNEL_TILE`, PLIOs ``in0`` / ``out0``.

    Raises:
        ValueError / CompileError: a configuration the kernel cost model refuses (the reason given).
    """
    p = FuncApproxParams(dtype, coarse, fine, domain, window, reload, single)
    g = KernelGraph(DEVICE, f"func_approx_{dtype}_{coarse}_{fine}_{domain}_{window}" + ("_single" if single else ""))
    g.add_kernel("fa", KIND, p, KERNEL_TILE)
    g.add_plio_in("in0", "fa.in[0]", dtype, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    g.add_plio_out("out0", "fa.out[0]", dtype, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    return g.design()


@functools.lru_cache(maxsize=None)
def simulate_row(dtype: str, coarse: int, fine: int, domain: int, window: int, reload: bool = False,
                 single: bool = False):
    """(latency ns, throughput MSa/s, detail) of one row, read like get_latency.tcl.

    Raises:
        SimulationError: a design the timing model does not run.
    """
    d = func_approx_design(dtype, coarse, fine, domain, window, reload, single)
    k = FuncApproxParams(dtype, coarse, fine, domain, window, reload, single)
    latency_ns, throughput, period, gaps, p = cases_c5.dsplib_figures(d, ITERATIONS, window, "in0", "out0")
    cost = func_approx_cycles(k, AIE_ML_CORE)
    return (latency_ns, throughput,
            f"kernel {cost.total_cycles} cycles/call (II {cost.ii_cycles}, {cost.trips} trips over two loops), "
            f"interval {period} cycles (last three {gaps}), DMA {cases_c5.dma_cycles(k.ports(), p)} cycles")


def measurements(path: Path = DATA) -> list[dict]:
    """One latency (ns) and one throughput (MSa/s) measurement per row of ``path`` (run.py's measurement rows)."""
    return cases_c5.benchmark_measurements(
        _rows(path), "C19", "func_approx", _slug, SOURCE,
        lambda r: (f"xcve2802 1.25 GHz, 64-bit PLIOs 625 MHz, NITER {ITERATIONS} (the harness's QoR entries); "
                   f"TP_USE_LUT_RELOAD {r['TP_USE_LUT_RELOAD']}, SINGLE_BUF {r['SINGLE_BUF']}, NUM_AIE {r['NUM_AIE']}"))


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor of each row's latency and throughput; refused configurations are
    returned as not modelled with the model's own reason."""
    return cases_c5.benchmark_predictors(
        "c19.func_approx", _rows(), _slug, _key, not_modelled,
        functools.partial(cases_c5.predict_or_reason, prediction, not_modelled, simulate_row),
        refuse=lambda r: cases_c5.refusal(FuncApproxParams, *_key(r)))


if __name__ == "__main__":
    import json
    import sys
    rows = _rows()
    out = []
    for r in rows:
        key = _key(r)
        reason = cases_c5.refusal(FuncApproxParams, *key)
        if reason:
            continue
        lat, thr, detail = simulate_row(*key)
        out.append((_slug(r), lat, thr, detail))
    json.dump(out, sys.stdout)
