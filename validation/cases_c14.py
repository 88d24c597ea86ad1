"""C14 (held out): DSPLib dft (discrete Fourier transform) on AIE-ML, xcve2802 at 1.25 GHz.

Source: Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/dft_benchmark.csv @b5868f22
(``data/dsplib_dft_aieml.csv``): the header and all 1228 rows whose AIE_VARIANT is exactly AIE-ML,
in file order, without the PROGRAM_MEMORY column (per-tile lists; not used). That version holds
1228 AIE-ML rows (cint16 / cint32 data, cint16 twiddles, point sizes 4..128, TP_CASC_LEN 1..8,
TP_SSR 1..8, TP_NUM_FRAMES 1..16, SINGLE_BUF 0 and 1); the older version @db048a49 has 24 (no
SINGLE_BUF column, point sizes 16..67), so @b5868f22 is used and the two are not mixed. Not part of
../shared/validation: no constant of the model was set on these rows; the first prediction of every
row ("blind") is recorded in :data:`BLIND_ROWS`.

The test harness (dsp/L2/tests/aie/dft @0d8795bc): test.hpp gives every kernel its own 64-bit input
PLIO (``PLIO_in_<casc + ssr x CASC_LEN>``, file ``T_input_<ssr>_<casc>``; every SSR rank gets the
same data, split over the cascade by ``input_pad_and_split.pl``) and each rank one 64-bit output
PLIO from its last kernel (``uut_output_<ssr>_0``); with ``SINGLE_BUF`` 1 it puts
``single_buffer()`` on every kernel's input and on each rank's output buffer. helper.mk runs
``get_latency.tcl ./aiesimulator_output T_input_0_0.txt ./data/uut_output_0_0.txt ..
$(NO_PAD_WINDOW_VSIZE) $(NITER)`` with ``NO_PAD_WINDOW_VSIZE = POINT_SIZE x NUM_FRAMES``: the
throughput is that many samples over the interval between the first input samples of two iterations
of kernel (0, 0), the latency its first input sample to rank 0's first output sample, at the
iteration :func:`cases_c5.stable_iteration` picks. NITER 16: the harness's QoR entries
(multi_params.json @4c86f9ba, every ``*_hw_qor`` entry, ``*_aie1_hw_qor`` and ``*_aie2_hw_qor`` alike:
NITER 16; its ``*_hw_checkin`` entries use 8; description.json's daily set runs the ``*_hw_qor`` entries),
:data:`NITER_CHANGE`. The sweep behind @b5868f22's rows is not in that file: that it used the QoR
entries' NITER is an assumption. PLIO clock 625 MHz as the other DSPLib cases (validation/cases_c5.py,
cases_c12.py).

The graph (dsp/L2/include/aie/dft_graph.hpp @0d8795bc): ``TP_SSR`` ranks of ``TP_CASC_LEN`` kernels,
kernel (s, c) with ``TP_KERNEL_POSITION`` c, cascade between neighbours; NUM_AIE = CASC_LEN x SSR on
every row (one kernel per tile, checked in :func:`dft_design`). Each row becomes a hand-built
:class:`aiesim_py.graph.KernelGraph`: rank s's chain in compute row :data:`cases_c5.KERNEL_ROW`,
columns ``s x CASC_LEN + c``; when the ranks do not fit the device's 38 columns (64 kernels), as
many ranks per row as fit and the next ranks in the rows above (the benchmark's placement is not
published); PLIOs placed and routed by KernelGraph as in C9..C13. Kernel cost
:mod:`aiesim_py.kernels.dft`, simulated for NITER iterations through ``sim.timing.kernel_graph``.

Predicted: all 1228 rows (2456 figures). Blind (first run, before any comparison; every row in
:data:`BLIND_ROWS`): 1438 of 2456 figures within 10 %, median |error| 8.1 % (latency 725 of 1228,
throughput 713 of 1228, both medians 8.1 %). One change after seeing the errors,
:data:`ACC_REUSE_CHANGE` (the accumulator-reuse recurrence of pipelined loops whose iteration holds a
whole accumulation, kernels.dft ``ACC_REUSE``): 1572 of 2456 within 10 %, median 7.3 % (latency 787,
throughput 785). A second change after seeing the errors, :data:`SPLIT_EXTRACT_CHANGE` (a cint32 data sample
costs a VEXTRACT.64 and a VBCST.64, kernels.matrix_vector_mul ``SPLIT_EXTRACT_BROADCAST``): 1680 of 2456 within
10 %, median 6.6 % (latency 842, throughput 838). A third, :data:`NITER_CHANGE` (NITER 16, the harness's
QoR entries, instead of 8): 1738 of 2456 within 10 %, median 6.2 % (latency 823, throughput 915). A fourth,
:data:`UNLOCKED_OVERHEAD_CHANGE` (a call's overhead outside its buffer locks, in the timing model for every
kernel graph): 1995 of 2456 within 10 %, median 5.0 % (latency 953, throughput 1042). A fifth,
:data:`SINGLE_ACC_UNROLL_CHANGE` (a frame of one single-accumulator group whose ``vec`` loop has 2..3 trips is
straight-line, the loop unrolled, and the frame loop is the pipelined one; kernels.dft ``SINGLE_ACC_UNROLL``):
2090 of 2456 within 10 %, median 4.7 % (latency 1001, throughput 1089). The 366 figures outside
are in :data:`KNOWN_OFF`, grouped in :data:`OFF_ROWS` / :data:`OFF_REASONS`: cint32 with double buffers ~6-8 %
fast per call, ~20 % on the 16-sample single-accumulator kernels (``C32_SB0_*``); single-buffer rows, mostly small
frames, slower than measured (``C16_SB1_*`` / ``C32_SB1_*``); the rest small frames and long (casc 8) chains, both
signs. What was looked at for them and not applied: :data:`DFT_DIAGNOSTICS` (session 15's item (6): the cint32 excess
is 1.26 cycles per pair trip + 7.95 per pair on these rows, 3.23 per pair trip on C35's table; AIE API, llvm-aie
itineraries and the load budget ruled out, no public mechanism found; session 17's :data:`DFT_SESSION17_DIAGNOSTIC`: the cint32 pair trip reads as a
whole-cycle II, 17 here and 19 in C35's table, no public bound for either). Caveats: the
PROGRAM_MEMORY column is dropped from the data file; NITER 16 is assumed for every row; the 64-kernel
rows' placement (two rows of ranks) is this file's choice.
"""
from __future__ import annotations

import functools
import math
from pathlib import Path

from aiesim_py.errors import CompileError
from aiesim_py.graph import KernelGraph
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import families
from aiesim_py.kernels.dft import KIND, DftParams, dft_cycles

import cases_c5  # noqa: E402  (next to this file: the DSPLib harness shared with C5 / C7..C13)

assert families.FAMILIES[KIND] == (DftParams, dft_cycles)

DATA = Path(__file__).resolve().parent / "data" / "dsplib_dft_aieml.csv"
SOURCE = ("Xilinx/Vitis_Libraries dsp/docs/src/csv_data_files/L2/dft_benchmark.csv @b5868f22 "
          "(validation/data/dsplib_dft_aieml.csv)")

#: NITER of the harness's QoR entries (multi_params.json @4c86f9ba ``*_hw_qor``: 16; NITER_CHANGE)
ITERATIONS = 16


#: the blind prediction of every row (first run, before any comparison), in data-file order:
#: (latency ns, throughput MSa/s), None for a row not predicted. Kept for the record, not used.
BLIND_ROWS: tuple = (
    (416.0, 625.0), (408.0, 200.0), (315.2, 256.4), (278.4, 425.5), (298.4, 606.1), (467.2, 1250.0), (475.2, 322.6),
    (395.2, 408.2), (393.6, 615.4), (443.2, 824.7), (452.8, 1250.0), (423.2, 476.2), (338.4, 571.4), (291.2, 851.1),
    (302.4, 1250.0), (467.2, 1250.0), (475.2, 322.6), (395.2, 408.2), (393.6, 615.4), (443.2, 824.7),
    (452.8, 1250.0), (423.2, 476.2), (338.4, 571.4), (291.2, 851.1), (302.4, 1250.0), (531.2, 277.8), (599.2, 268.5),
    (787.2, 316.2), (1084.0, 347.1), (1980.0, 364.9), (489.6, 2500.0), (544.8, 615.4), (521.6, 683.8),
    (603.2, 864.9), (757.6, 1012.7), (454.4, 2500.0), (464.8, 816.3), (398.4, 941.2), (432.8, 1212.1),
    (678.4, 1230.8), (520.0, 285.7), (583.2, 275.9), (761.6, 326.5), (1045.6, 359.6), (1903.2, 378.7),
    (510.4, 2500.0), (495.2, 740.7), (422.4, 888.9), (422.4, 1280.0), (467.2, 1649.5), (526.4, 2500.0),
    (447.2, 952.4), (352.8, 1142.9), (315.2, 1860.5), (308.8, 2500.0), (520.0, 285.7), (583.2, 275.9),
    (761.6, 326.5), (1045.6, 359.6), (1903.2, 378.7), (510.4, 2500.0), (495.2, 740.7), (422.4, 888.9),
    (422.4, 1280.0), (467.2, 1649.5), (526.4, 2500.0), (447.2, 952.4), (352.8, 1142.9), (315.2, 1860.5),
    (308.8, 2500.0), (855.2, 187.8), (1228.8, 204.6), (1746.4, 217.1), (3304.8, 223.9), (6421.6, 227.5),
    (875.2, 320.0), (1088.0, 301.9), (1586.4, 323.2), (2294.4, 335.1), (4400.0, 341.3), (641.6, 5000.0),
    (884.8, 640.0), (1057.6, 627.5), (1530.4, 673.7), (2206.4, 699.5), (555.2, 5000.0), (724.8, 860.2),
    (820.8, 837.7), (1136.8, 922.2), (1608.0, 971.2), (499.2, 322.6), (659.2, 375.6), (892.0, 419.9),
    (1596.0, 446.3), (3004.0, 460.8), (555.2, 615.4), (630.4, 551.7), (817.6, 627.5), (1141.6, 673.7),
    (2095.2, 699.5), (515.2, 5000.0), (564.0, 1230.8), (536.0, 1367.5), (619.2, 1768.0), (779.2, 2071.2),
    (492.8, 5000.0), (490.4, 1632.7), (414.4, 1882.4), (462.4, 2735.0), (710.4, 2461.5), (491.2, 327.9),
    (646.4, 382.8), (872.8, 429.0), (1557.6, 456.5), (2927.2, 471.6), (586.4, 645.2), (637.6, 575.5), (810.4, 658.4),
    (1103.2, 709.5), (1999.2, 738.2), (596.8, 5000.0), (528.8, 1481.5), (444.8, 1777.8), (440.8, 2623.0),
    (492.0, 3440.9), (673.6, 5000.0), (495.2, 1904.8), (381.6, 2285.7), (334.4, 3720.9), (321.6, 5000.0),
    (491.2, 327.9), (646.4, 382.8), (872.8, 429.0), (1557.6, 456.5), (2927.2, 471.6), (586.4, 645.2), (637.6, 575.5),
    (810.4, 658.4), (1103.2, 709.5), (1999.2, 738.2), (596.8, 5000.0), (528.8, 1481.5), (444.8, 1777.8),
    (440.8, 2623.0), (492.0, 3440.9), (673.6, 5000.0), (495.2, 1904.8), (381.6, 2285.7), (334.4, 3720.9),
    (321.6, 5000.0), (2016.0, 125.6), (2951.2, 129.1), (5714.4, 131.5), (11240.8, 132.8), (22293.6, 133.4),
    (1572.0, 208.9), (2385.6, 215.9), (3487.2, 221.1), (6773.6, 223.9), (13346.4, 225.2), (1511.2, 340.4),
    (2010.4, 329.9), (3036.8, 342.2), (4448.8, 348.8), (8761.6, 352.1), (868.0, 10000.0), (1268.0, 846.6),
    (1639.2, 835.5), (2371.2, 875.5), (3456.8, 897.0), (1068.8, 234.6), (1530.4, 247.3), (2872.8, 256.2),
    (5557.6, 260.9), (10927.2, 263.3), (899.2, 382.8), (1272.8, 407.1), (1817.6, 426.1), (3433.6, 436.3),
    (6665.6, 441.5), (918.4, 640.0), (1132.8, 603.8), (1631.2, 646.5), (2337.6, 670.2), (4443.2, 682.7),
    (680.0, 10000.0), (926.4, 1280.0), (1099.2, 1254.9), (1568.8, 1347.4), (2244.8, 1398.9), (579.2, 425.5),
    (796.0, 469.2), (1404.0, 502.4), (2620.0, 520.7), (5052.0, 530.5), (547.2, 683.8), (706.4, 765.6),
    (933.6, 835.5), (1666.4, 875.5), (3132.0, 897.0), (596.8, 1230.8), (673.6, 1103.4), (860.8, 1254.9),
    (1183.2, 1347.4), (2136.8, 1398.9), (566.4, 10000.0), (602.4, 2461.5), (564.8, 2735.0), (644.8, 3535.9),
    (801.6, 4142.4), (572.8, 430.1), (786.4, 474.8), (1384.8, 508.7), (2581.6, 527.6), (4975.2, 537.6),
    (596.0, 701.8), (731.2, 788.2), (948.8, 862.5), (1640.8, 905.2), (3048.8, 928.2), (706.4, 1290.3),
    (722.4, 1151.1), (893.6, 1316.9), (1184.8, 1419.1), (2080.8, 1476.4), (769.6, 10000.0), (596.0, 2963.0),
    (489.6, 3555.6), (472.8, 5245.9), (4017.6, 128.7), (5946.4, 130.0), (11666.4, 131.0), (23106.4, 131.4),
    (45986.4, 131.7), (3031.2, 218.9), (4680.0, 222.7), (6895.2, 225.4), (13522.4, 226.8), (26776.8, 227.5),
    (2824.8, 351.6), (3852.0, 345.9), (5934.4, 352.6), (8754.4, 356.1), (17196.0, 357.8), (2735.2, 139.3),
    (5306.4, 141.4), (10424.8, 142.8), (20661.6, 143.5), (41135.2, 143.9), (2084.8, 250.4), (3047.2, 255.4),
    (5868.0, 259.0), (11509.6, 260.9), (22792.8, 261.8), (1640.8, 417.8), (2454.4, 431.8), (3556.0, 442.3),
    (6842.4, 447.7), (13415.2, 450.5), (1597.6, 680.9), (2096.8, 659.8), (3123.2, 684.5), (4535.2, 697.5),
    (8848.0, 704.3), (1410.4, 268.0), (2656.8, 276.1), (5125.6, 281.6), (10063.2, 284.4), (19938.4, 285.8),
    (1141.6, 474.8), (1598.4, 493.1), (2969.6, 506.7), (5712.0, 513.8), (11196.8, 517.5), (968.0, 765.6),
    (1343.2, 814.2), (1888.0, 852.2), (3502.4, 872.5), (6734.4, 883.1), (1004.8, 1280.0), (1222.4, 1207.5),
    (1720.8, 1292.9), (2424.0, 1340.3), (4529.6, 1365.3), (736.0, 506.3), (1308.0, 536.0), (2428.0, 557.0),
    (4668.0, 568.1), (9148.0, 573.9), (658.4, 884.0), (872.0, 949.6), (1471.2, 1001.6), (2716.0, 1029.8),
    (5205.6, 1044.5), (614.4, 1367.5), (775.2, 1531.1), (1002.4, 1671.0), (1733.6, 1751.0), (3199.2, 1794.0),
    (680.0, 2461.5), (760.0, 2206.9), (947.2, 2509.8), (1266.4, 2694.7), (2220.0, 2797.8), (368.8, 116.3),
    (291.2, 138.9), (233.6, 250.0), (265.6, 312.5), (393.6, 312.5), (413.6, 196.1), (339.2, 238.1), (297.6, 400.0),
    (303.2, 559.4), (448.0, 625.0), (413.6, 294.1), (321.6, 317.5), (262.4, 588.2), (267.2, 625.0), (393.6, 625.0),
    (413.6, 196.1), (339.2, 238.1), (297.6, 400.0), (303.2, 559.4), (448.0, 625.0), (413.6, 294.1), (321.6, 317.5),
    (262.4, 588.2), (267.2, 625.0), (393.6, 625.0), (383.2, 210.5), (473.6, 258.1), (613.6, 301.9), (1039.2, 329.9),
    (1890.4, 345.9), (447.2, 444.4), (411.2, 465.1), (432.0, 606.1), (672.0, 615.4), (1284.0, 620.2), (418.4, 540.5),
    (358.4, 571.4), (500.8, 666.7), (734.4, 615.4), (1392.8, 620.2), (371.2, 217.4), (454.4, 268.5), (584.8, 316.2),
    (981.6, 347.1), (1775.2, 364.9), (464.8, 476.2), (374.4, 533.3), (334.4, 879.1), (325.6, 1250.0),
    (451.2, 1250.0), (488.8, 588.2), (345.6, 634.9), (276.8, 1176.5), (276.8, 1250.0), (400.0, 1250.0),
    (371.2, 217.4), (454.4, 268.5), (584.8, 316.2), (981.6, 347.1), (1775.2, 364.9), (464.8, 476.2), (374.4, 533.3),
    (334.4, 879.1), (325.6, 1250.0), (451.2, 1250.0), (488.8, 588.2), (345.6, 634.9), (276.8, 1176.5),
    (276.8, 1250.0), (400.0, 1250.0), (678.4, 182.6), (944.8, 198.5), (1701.6, 210.2), (3215.2, 216.7),
    (6242.4, 220.0), (661.6, 272.1), (898.4, 297.4), (1222.4, 318.1), (2231.2, 329.6), (4272.8, 335.6),
    (582.4, 606.1), (671.2, 544.2), (889.6, 617.8), (1306.4, 620.2), (2464.8, 622.6), (512.0, 800.0), (612.8, 695.7),
    (1020.0, 820.5), (1469.6, 620.2), (2730.4, 622.6), (384.0, 315.0), (503.2, 365.3), (818.4, 407.1),
    (1448.8, 431.8), (2709.6, 445.4), (422.4, 465.1), (518.4, 544.2), (658.4, 617.8), (1070.4, 662.5),
    (1929.6, 687.4), (472.8, 888.9), (432.0, 930.2), (475.2, 1355.9), (712.0, 1230.8), (1319.2, 1240.3),
    (456.8, 1081.1), (387.2, 1142.9), (547.2, 1860.5), (889.6, 1230.8), (1424.8, 1240.3), (374.4, 322.6),
    (488.8, 375.6), (789.6, 419.9), (1391.2, 446.3), (2594.4, 460.8), (453.6, 481.9), (520.0, 567.4), (649.6, 647.8),
    (1032.8, 697.2), (1834.4, 724.8), (552.8, 952.4), (408.0, 1066.7), (356.8, 1758.2), (341.6, 2500.0),
    (464.0, 2500.0), (639.2, 1176.5), (393.6, 1269.8), (305.6, 2352.9), (296.0, 2500.0), (412.8, 2500.0),
    (374.4, 322.6), (488.8, 375.6), (789.6, 419.9), (1391.2, 446.3), (2594.4, 460.8), (453.6, 481.9), (520.0, 567.4),
    (649.6, 647.8), (1032.8, 697.2), (1834.4, 724.8), (552.8, 952.4), (408.0, 1066.7), (356.8, 1758.2),
    (341.6, 2500.0), (464.0, 2500.0), (639.2, 1176.5), (393.6, 1269.8), (305.6, 2352.9), (296.0, 2500.0),
    (412.8, 2500.0), (1535.2, 123.3), (2906.4, 126.7), (5624.8, 129.0), (11061.6, 130.2), (21935.2, 130.8),
    (1288.0, 206.7), (1824.8, 213.6), (3424.8, 218.7), (6647.2, 221.4), (13092.0, 222.7), (1141.6, 308.9),
    (1635.2, 324.5), (2328.8, 336.5), (4424.8, 342.8), (8616.8, 346.0), (828.8, 816.3), (1181.6, 758.3),
    (1896.0, 621.4), (2792.0, 622.6), (5358.4, 623.8), (810.4, 230.5), (1456.8, 242.8), (2725.6, 251.4),
    (5263.2, 255.9), (10338.4, 258.2), (736.0, 379.1), (1003.2, 403.0), (1747.2, 421.6), (3268.0, 431.6),
    (6333.6, 436.7), (706.4, 544.2), (943.2, 594.8), (1267.2, 636.2), (2276.0, 659.1), (4317.6, 671.2),
    (624.0, 1212.1), (712.8, 1088.4), (931.2, 1235.5), (1397.6, 1325.1), (2592.8, 1245.1), (436.0, 418.8),
    (708.0, 461.1), (1228.0, 493.1), (2268.0, 510.8), (4348.0, 520.1), (443.2, 678.0), (567.2, 758.3),
    (876.0, 826.9), (1492.8, 866.0), (2761.6, 887.0), (465.6, 930.2), (563.2, 1088.4), (701.6, 1235.5),
    (1113.6, 1325.1), (1972.8, 1374.9), (524.0, 1777.8), (473.6, 1860.5), (507.2, 2711.9), (854.4, 2677.8),
    (1389.6, 2480.6), (428.8, 425.5), (693.6, 469.2), (1199.2, 502.4), (2210.4, 520.7), (4232.8, 530.5),
    (489.6, 695.7), (586.4, 780.5), (880.0, 853.3), (1468.0, 895.1), (2679.2, 917.6), (575.2, 963.9),
    (606.4, 1134.8), (734.4, 1295.5), (1116.0, 1394.3), (1917.6, 1449.6), (728.8, 1904.8), (475.2, 2133.3),
    (401.6, 3516.5), (373.6, 5000.0), (489.6, 5000.0), (3054.4, 127.9), (5883.2, 129.2), (11539.2, 130.1),
    (22851.2, 130.6), (45475.2, 130.8), (2460.0, 216.5), (3571.2, 220.2), (6872.0, 222.9), (13473.6, 224.3),
    (26936.0, 224.5), (2100.8, 331.3), (3143.2, 340.1), (4564.8, 346.5), (8912.0, 349.8), (17763.2, 351.5),
    (2661.6, 137.8), (5159.2, 139.9), (10130.4, 141.3), (20072.8, 142.0), (39957.6, 142.4), (1618.4, 248.8),
    (2976.8, 253.8), (5703.2, 257.3), (11178.4, 259.2), (22128.8, 260.1), (1356.8, 413.4), (1893.6, 427.2),
    (3493.6, 437.5), (6716.0, 442.8), (13160.8, 445.4), (1228.0, 617.8), (1721.6, 649.1), (2415.2, 673.0),
    (4511.2, 685.6), (8703.2, 692.1), (1322.4, 265.3), (2480.8, 273.3), (4773.6, 278.6), (9359.2, 281.4),
    (18530.4, 282.8), (900.0, 472.0), (1540.8, 490.0), (2796.8, 503.5), (5341.6, 510.6), (10455.2, 514.2),
    (806.4, 758.3), (1073.6, 806.0), (1817.6, 843.2), (3338.4, 863.1), (6404.0, 873.4), (796.0, 1088.4),
    (1032.8, 1189.6), (1356.8, 1272.4), (2365.6, 1318.2), (4407.2, 1342.4), (640.8, 501.6), (1117.6, 530.7),
    (2047.2, 551.2), (3906.4, 562.1), (7624.8, 567.8), (528.0, 879.1), (797.6, 944.0), (1311.2, 995.3),
    (2337.6, 1023.2), (4425.6, 1037.7), (512.0, 1355.9), (637.6, 1516.6), (944.8, 1653.7), (1561.6, 1732.1),
    (2830.4, 1774.1), (552.0, 1860.5), (652.8, 2176.9), (788.0, 2471.0), (1200.0, 2650.1), (2059.2, 2749.7),
    (544.8, 625.0), (500.8, 99.0), (403.2, 160.0), (392.8, 231.2), (408.0, 297.4), (596.0, 1250.0), (558.4, 177.0),
    (467.2, 275.9), (479.2, 382.8), (516.8, 474.8), (581.6, 1250.0), (522.4, 215.1), (426.4, 320.0), (405.6, 462.4),
    (422.4, 594.8), (596.0, 1250.0), (558.4, 177.0), (467.2, 275.9), (479.2, 382.8), (516.8, 474.8), (581.6, 1250.0),
    (522.4, 215.1), (426.4, 320.0), (405.6, 462.4), (422.4, 594.8), (606.4, 162.6), (630.4, 204.1), (774.4, 241.0),
    (944.0, 264.9), (1712.0, 278.7), (663.2, 2500.0), (715.2, 344.8), (679.2, 394.1), (796.0, 483.4), (938.4, 545.1),
    (628.0, 2500.0), (648.0, 400.0), (624.0, 467.8), (653.6, 599.3), (740.0, 697.2), (596.8, 165.3), (617.6, 208.3),
    (755.2, 246.9), (918.4, 272.1), (1660.8, 286.7), (639.2, 2500.0), (584.8, 381.0), (500.8, 583.9), (508.0, 765.6),
    (540.8, 949.6), (655.2, 2500.0), (546.4, 430.1), (447.2, 683.8), (436.0, 969.7), (443.2, 1189.6), (596.8, 165.3),
    (617.6, 208.3), (755.2, 246.9), (918.4, 272.1), (1660.8, 286.7), (639.2, 2500.0), (584.8, 381.0), (500.8, 583.9),
    (508.0, 765.6), (540.8, 949.6), (655.2, 2500.0), (546.4, 430.1), (447.2, 683.8), (436.0, 969.7), (443.2, 1189.6),
    (835.2, 153.8), (1105.6, 170.2), (1385.6, 181.8), (2595.2, 188.2), (5014.4, 191.6), (997.6, 227.3),
    (1156.8, 233.9), (1521.6, 256.4), (1922.4, 269.4), (3618.4, 275.4), (904.8, 5000.0), (1186.4, 454.5),
    (1357.6, 404.0), (1827.2, 437.2), (2316.8, 455.8), (818.4, 5000.0), (1052.0, 555.6), (1288.8, 519.5),
    (1571.2, 529.8), (1958.4, 557.5), (550.4, 233.9), (678.4, 274.0), (816.0, 305.3), (1456.0, 323.9),
    (2736.0, 334.0), (636.0, 344.8), (664.8, 416.7), (803.2, 479.0), (990.4, 517.8), (1796.8, 539.6),
    (688.8, 5000.0), (734.4, 689.7), (755.2, 864.9), (836.0, 966.8), (973.6, 1090.3), (666.4, 5000.0),
    (673.6, 800.0), (676.0, 1212.1), (752.0, 1198.5), (772.0, 1394.3), (544.0, 236.7), (668.8, 277.8),
    (803.2, 310.1), (1430.4, 329.2), (2684.8, 339.7), (669.6, 354.0), (676.8, 430.1), (805.6, 496.9), (971.2, 538.7),
    (1739.2, 562.4), (725.6, 5000.0), (618.4, 761.9), (523.2, 1167.9), (532.8, 1592.0), (572.0, 1945.3),
    (802.4, 5000.0), (594.4, 860.2), (476.0, 1367.5), (455.2, 1939.4), (466.4, 2452.1), (544.0, 236.7),
    (668.8, 277.8), (803.2, 310.1), (1430.4, 329.2), (2684.8, 339.7), (669.6, 354.0), (676.8, 430.1), (805.6, 496.9),
    (971.2, 538.7), (1739.2, 562.4), (725.6, 5000.0), (618.4, 761.9), (523.2, 1167.9), (532.8, 1592.0),
    (572.0, 1945.3), (802.4, 5000.0), (594.4, 860.2), (476.0, 1367.5), (455.2, 1939.4), (466.4, 2452.1),
    (1696.0, 111.7), (2188.8, 115.8), (4201.6, 118.3), (8227.2, 119.7), (16278.4, 120.3), (1570.4, 179.0),
    (2148.0, 183.9), (2722.4, 190.5), (5254.4, 191.7), (10438.4, 190.8), (1713.6, 279.7), (2143.2, 260.6),
    (2952.8, 272.3), (3888.0, 272.7), (7536.0, 272.9), (1310.4, 10000.0), (1876.8, 666.7), (2281.6, 483.4),
    (3124.0, 514.5), (4023.2, 527.2), (985.6, 190.5), (1241.6, 202.5), (2307.2, 210.5), (4438.4, 214.8),
    (8700.8, 216.9), (882.4, 312.5), (1148.0, 339.0), (1445.6, 357.9), (2693.6, 368.2), (5189.6, 373.6),
    (1040.8, 454.5), (1239.2, 512.8), (1657.6, 512.8), (2053.6, 538.7), (3749.6, 550.8), (943.2, 10000.0),
    (1228.0, 909.1), (1560.8, 1012.7), (1945.6, 874.3), (2435.2, 911.7), (618.4, 299.6), (752.0, 330.6),
    (1328.0, 352.4), (2480.0, 364.5), (4784.0, 370.8), (604.0, 487.8), (728.8, 555.6), (856.0, 608.4),
    (1515.2, 638.7), (2833.6, 655.1), (677.6, 689.7), (708.0, 833.3), (846.4, 958.1), (1032.0, 1035.6),
    (1838.4, 1079.3), (740.0, 10000.0), (772.8, 1379.3), (800.8, 1951.2), (972.8, 1933.5), (1044.0, 2180.6),
    (613.6, 301.9), (745.6, 333.3), (1315.2, 355.6), (2454.4, 367.8), (4732.8, 374.3), (655.2, 496.9),
    (758.4, 567.4), (880.8, 622.6), (1508.8, 654.4), (2788.8, 671.6), (789.6, 708.0), (761.6, 860.2), (888.8, 993.8),
    (1052.8, 1077.4), (1820.8, 1124.8), (898.4, 10000.0), (685.6, 1523.8), (568.0, 2335.8), (564.8, 3184.1),
    (597.6, 3890.6), (3811.2, 66.8), (7462.4, 67.5), (14748.8, 67.9), (29321.6, 68.1), (58467.2, 68.2),
    (3440.0, 116.6), (4444.8, 118.8), (8531.2, 120.1), (16704.0, 120.8), (33304.0, 120.5), (3051.2, 204.1),
    (4268.8, 191.6), (5483.2, 195.1), (10582.4, 195.7), (20886.4, 195.3), (3142.4, 316.2), (4129.6, 276.3),
    (5819.2, 282.4), (7622.4, 282.8), (14752.0, 283.0), (2044.8, 123.8), (3929.6, 126.3), (7683.2, 127.8),
    (15190.4, 128.6), (30204.8, 129.0), (1763.2, 222.8), (2273.6, 229.2), (4324.8, 233.4), (8427.2, 235.6),
    (16632.0, 236.6), (1652.8, 372.1), (2331.2, 390.2), (2930.4, 381.0), (5462.4, 383.3), (10646.4, 381.7),
    (1800.0, 559.4), (2318.4, 601.5), (3215.2, 544.7), (4150.4, 545.4), (7798.4, 545.7), (1161.6, 216.2),
    (2163.2, 223.8), (4150.4, 228.6), (8124.8, 231.0), (16073.6, 232.3), (1061.6, 384.6), (1308.0, 404.0),
    (2392.8, 417.2), (4562.4, 424.1), (8901.6, 427.7), (951.2, 625.0), (1218.4, 678.0), (1516.0, 715.9),
    (2762.4, 736.5), (5258.4, 747.2), (1127.2, 909.1), (1328.8, 1025.6), (1794.4, 1115.0), (2316.0, 1077.4),
    (4012.0, 1101.5), (712.0, 348.6), (1264.0, 368.7), (2352.0, 381.9), (4528.0, 388.8), (8880.0, 392.4),
    (703.2, 615.4), (831.2, 666.7), (1393.6, 703.3), (2564.8, 723.2), (4907.2, 733.5), (671.2, 975.6),
    (797.6, 1111.1), (924.8, 1216.7), (1582.4, 1277.4), (2900.8, 1310.1), (760.8, 1379.3), (794.4, 1666.7),
    (932.8, 1916.2), (1115.2, 2071.2), (1921.6, 2158.5), (467.2, 53.2), (384.0, 84.0), (359.2, 125.8),
    (360.0, 167.4), (513.6, 200.5), (505.6, 98.0), (422.4, 152.7), (407.2, 223.5), (417.6, 290.9), (622.4, 342.6),
    (519.2, 117.6), (421.6, 181.8), (385.6, 251.6), (379.2, 334.7), (528.0, 401.0), (505.6, 98.0), (422.4, 152.7),
    (407.2, 223.5), (417.6, 290.9), (622.4, 342.6), (519.2, 117.6), (421.6, 181.8), (385.6, 251.6), (379.2, 334.7),
    (528.0, 401.0), (457.6, 140.8), (539.2, 170.9), (630.4, 196.1), (1084.8, 211.6), (1993.6, 220.4), (633.6, 208.3),
    (592.8, 229.9), (648.0, 296.3), (740.8, 346.3), (1250.4, 378.3), (611.2, 227.3), (632.0, 341.9), (650.4, 336.1),
    (649.6, 402.0), (1052.0, 445.7), (448.0, 143.9), (524.8, 175.4), (611.2, 202.0), (1046.4, 218.6),
    (1916.8, 227.9), (564.0, 215.1), (464.8, 327.9), (445.6, 452.0), (446.4, 581.8), (646.4, 685.2), (594.4, 235.3),
    (445.6, 363.6), (413.6, 533.3), (414.4, 695.7), (548.8, 802.0), (448.0, 143.9), (524.8, 175.4), (611.2, 202.0),
    (1046.4, 218.6), (1916.8, 227.9), (564.0, 215.1), (464.8, 327.9), (445.6, 452.0), (446.4, 581.8), (646.4, 685.2),
    (594.4, 235.3), (445.6, 363.6), (413.6, 533.3), (414.4, 695.7), (548.8, 802.0), (692.8, 134.2), (851.2, 146.5),
    (1526.4, 155.0), (2876.8, 159.7), (5577.6, 162.1), (820.8, 170.9), (1052.8, 191.4), (1291.2, 206.2),
    (2308.8, 214.5), (4384.0, 218.4), (931.2, 341.9), (1140.0, 268.5), (1364.0, 298.5), (1680.8, 315.0),
    (3152.8, 320.0), (873.6, 396.0), (1158.4, 493.8), (1429.6, 339.0), (1556.0, 357.1), (2823.2, 365.3),
    (472.0, 194.2), (556.8, 221.0), (937.6, 241.0), (1699.2, 252.4), (3222.4, 258.5), (504.0, 300.8), (590.4, 354.0),
    (680.0, 398.0), (1117.6, 424.4), (2028.0, 439.0), (659.2, 416.7), (692.8, 601.5), (756.0, 592.6), (780.8, 692.6),
    (1285.6, 756.5), (649.6, 454.5), (660.8, 683.8), (819.2, 969.7), (800.8, 804.0), (1084.0, 891.4), (464.8, 197.0),
    (547.2, 224.7), (918.4, 245.4), (1660.8, 257.2), (3145.6, 263.6), (537.6, 307.7), (596.8, 363.6), (680.8, 410.3),
    (1099.2, 438.4), (1971.2, 453.9), (652.0, 430.1), (498.4, 655.7), (473.6, 941.2), (481.6, 1203.0),
    (681.6, 1397.4), (744.8, 470.6), (493.6, 727.3), (442.4, 1066.7), (433.6, 1391.3), (576.0, 1641.0),
    (464.8, 197.0), (547.2, 224.7), (918.4, 245.4), (1660.8, 257.2), (3145.6, 263.6), (537.6, 307.7), (596.8, 363.6),
    (680.8, 410.3), (1099.2, 438.4), (1971.2, 453.9), (652.0, 430.1), (498.4, 655.7), (473.6, 941.2),
    (481.6, 1203.0), (681.6, 1397.4), (744.8, 470.6), (493.6, 727.3), (442.4, 1066.7), (433.6, 1391.3),
    (1244.8, 101.0), (2329.6, 104.3), (4483.2, 106.4), (8790.4, 107.5), (17404.8, 108.0), (1372.0, 149.3),
    (1720.8, 156.6), (3157.6, 161.3), (6031.2, 163.8), (11778.4, 165.0), (1591.2, 231.9), (2016.8, 208.9),
    (2533.6, 217.4), (4690.4, 221.9), (9004.0, 224.2), (1468.0, 536.9), (1934.4, 326.5), (2363.2, 347.8),
    (3052.8, 351.3), (5804.8, 355.0), (761.6, 163.3), (1363.2, 172.0), (2550.4, 177.8), (4924.8, 180.8),
    (9673.6, 182.3), (756.8, 275.9), (914.4, 296.3), (1573.6, 310.7), (2924.8, 318.4), (5651.2, 322.4),
    (918.4, 412.4), (1244.8, 413.4), (1427.2, 412.4), (2444.8, 429.0), (4520.0, 436.9), (972.8, 683.8),
    (1283.2, 824.7), (1650.4, 597.0), (1808.8, 629.9), (3280.8, 640.0), (512.0, 239.5), (864.0, 258.9),
    (1552.0, 272.1), (2928.0, 279.2), (5680.0, 282.9), (538.4, 406.1), (627.2, 452.0), (1000.0, 486.3),
    (1744.8, 505.5), (3269.6, 515.7), (547.2, 601.5), (635.2, 708.0), (723.2, 796.0), (1160.8, 848.8),
    (2071.2, 877.9), (710.4, 833.3), (734.4, 1203.0), (918.4, 1624.4), (970.4, 1385.3), (1356.0, 1513.0),
    (507.2, 241.7), (854.4, 261.4), (1532.8, 274.9), (2889.6, 282.2), (5603.2, 286.0), (587.2, 412.4),
    (651.2, 459.8), (1013.6, 495.4), (1739.2, 515.3), (3225.6, 525.9), (659.2, 615.4), (683.2, 727.3),
    (765.6, 820.5), (1182.4, 876.7), (2054.4, 907.8), (828.0, 860.2), (565.6, 1311.5), (518.4, 1882.4),
    (513.6, 2406.0), (707.2, 2794.8), (3952.0, 62.8), (7744.0, 63.4), (15312.0, 63.8), (30448.0, 64.0),
    (60720.0, 64.1), (2588.0, 105.0), (4831.2, 106.7), (9301.6, 107.8), (18242.4, 108.4), (36373.6, 108.2),
    (2709.6, 158.1), (3426.4, 162.1), (6360.8, 164.6), (12325.6, 165.0), (24370.4, 164.7), (3053.6, 261.4),
    (3924.0, 218.9), (4991.2, 222.8), (9477.6, 223.0), (18450.4, 223.1), (2166.4, 111.7), (4172.8, 113.7),
    (8169.6, 114.9), (16163.2, 115.6), (32150.4, 115.9), (1332.8, 203.6), (2401.6, 208.9), (4556.8, 212.3),
    (8889.6, 214.1), (17555.2, 215.0), (1595.2, 343.3), (1928.8, 313.1), (3365.6, 322.6), (6239.2, 327.5),
    (11986.4, 330.1), (1708.8, 522.9), (2434.4, 417.8), (2796.0, 434.8), (4952.8, 443.8), (9266.4, 448.5),
    (1273.6, 183.1), (2387.2, 188.5), (4598.4, 191.8), (9020.8, 193.6), (17865.6, 194.5), (857.6, 332.0),
    (1452.0, 346.3), (2623.2, 356.0), (4998.4, 361.0), (9772.8, 363.5), (827.2, 551.7), (984.8, 592.6),
    (1644.0, 621.4), (2995.2, 636.8), (5721.6, 644.8), (1008.0, 824.7), (1365.6, 919.5), (1803.2, 834.4),
    (2716.8, 857.9), (4792.0, 873.7), (819.2, 271.2), (1478.4, 283.2), (2780.8, 290.9), (5385.6, 294.9),
    (10595.2, 297.0), (611.2, 492.3), (960.0, 524.6), (1640.0, 547.0), (2999.2, 559.0), (5752.8, 565.1),
    (607.2, 812.2), (697.6, 904.0), (1068.8, 972.6), (1813.6, 1011.1), (3338.4, 1031.4), (633.6, 1203.0),
    (724.8, 1415.9), (809.6, 1592.0), (1247.2, 1697.6), (2157.6, 1755.8),
)


def _rows(path: Path = DATA) -> list[dict]:
    return cases_c5._rows(path)


def _slug(r: dict) -> str:
    text = (f"{r['TT_DATA']}x{r['TT_TWIDDLE']} pt {r['TP_POINT_SIZE']} casc {r['TP_CASC_LEN']} "
            f"ssr {r['TP_SSR']} frames {r['TP_NUM_FRAMES']} sb {r['SINGLE_BUF']}")
    return cases_c5._slug(text)


def _key(r: dict) -> tuple:
    return (r["TT_DATA"], r["TT_TWIDDLE"], int(r["TP_POINT_SIZE"]), int(r["TP_CASC_LEN"]), int(r["TP_SSR"]),
            int(r["TP_NUM_FRAMES"]), int(r["SINGLE_BUF"]), int(r["NUM_AIE"]))


def _params(data: str, twiddle: str, point: int, casc: int, ssr: int, frames: int, single_buf: int,
            position: int) -> DftParams:
    return DftParams(data, twiddle, point, casc, ssr, frames, position, bool(single_buf))


def placement(casc: int, ssr: int, columns: int) -> dict[tuple[int, int], tuple[int, int]]:
    """(rank, cascade position) -> (column, row) of compute tiles: the ranks' chains side by side
    in row :data:`cases_c5.KERNEL_ROW`, as many ranks per row as fit ``columns``, then the rows
    above.

    Raises:
        ValueError: a chain longer than the row.
    """
    if casc > columns:
        raise ValueError(f"dft: a cascade of {casc} kernels does not fit {columns} columns")
    per_row = min(ssr, columns // casc)
    return {(s, c): ((s % per_row) * casc + c, cases_c5.KERNEL_ROW + s // per_row)
            for s in range(ssr) for c in range(casc)}


def dft_design(data: str, twiddle: str, point: int, casc: int, ssr: int, frames: int, single_buf: int,
               num_aie: int):
    """The Design of one benchmark row (see the module docstring).

    Raises:
        ValueError: a configuration the kernel cost model refuses, or a tile count other than the
            graph's one kernel per tile.
        CompileError: a design KernelGraph cannot place or route.
    """
    if num_aie != casc * ssr:
        raise ValueError(f"dft: one kernel per tile is {casc * ssr} tiles, the benchmark used {num_aie}")
    g = KernelGraph(cases_c5.DEVICE, f"dft_{data}_{point}_{casc}_{ssr}_{frames}_{single_buf}")
    tiles = placement(casc, ssr, g.device.grid.columns)
    for s in range(ssr):
        for c in range(casc):
            p = _params(data, twiddle, point, casc, ssr, frames, single_buf, c)
            k = f"dft{s}_{c}"
            g.add_kernel(k, KIND, p, tiles[(s, c)])
            g.add_plio_in(f"in{s}_{c}", f"{k}.in[0]", data, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
            if c > 0:
                g.cascade(f"dft{s}_{c - 1}", k)
            if c == casc - 1:
                g.add_plio_out(f"out{s}", f"{k}.out[0]", p.out_type, cases_c5.PLIO_BITS, cases_c5.PLIO_HZ / 1e6)
    return g.design()


@functools.lru_cache(maxsize=None)
def simulate_row(data: str, twiddle: str, point: int, casc: int, ssr: int, frames: int, single_buf: int,
                 num_aie: int):
    """(latency ns, throughput MSa/s, detail) at the iteration DSPLib's script reports: latency from
    ``in0_0``'s first beat to ``out0``'s first beat, throughput = POINT_SIZE x NUM_FRAMES samples over
    the time between the first ``in0_0`` beats of two iterations.

    Raises:
        SimulationError: a design the timing model does not run.
    """
    d = dft_design(data, twiddle, point, casc, ssr, frames, single_buf, num_aie)
    latency_ns, throughput, period, gaps, p = cases_c5.dsplib_figures(d, ITERATIONS, point * frames, "in0_0", "out0")
    costs = [dft_cycles(_params(data, twiddle, point, casc, ssr, frames, single_buf, c), AIE_ML_CORE)
             for c in range(casc)]
    k0 = _params(data, twiddle, point, casc, ssr, frames, single_buf, 0)
    dma = math.ceil(k0.ports()[0].bytes_per_call / p.dma_bytes_per_cycle)
    return (latency_ns, throughput,
            f"kernels {[c.total_cycles for c in costs]} cycles/call ({k0.out_vectors} output vectors x "
            f"{k0.step_size} samples per frame, II {costs[0].ii_cycles}), interval {period} cycles (last three "
            f"{gaps}), input DMA {dma} cycles")


def _predict(prediction, not_modelled, key: tuple, quantity: str):
    try:
        return cases_c5.predict_or_reason(prediction, not_modelled, simulate_row, key, quantity)
    except CompileError as exc:
        return not_modelled(f"graph: {exc}")


def measurements(path: Path = DATA) -> list[dict]:
    """measurements.csv-style rows (case, key, quantity, measured, unit, source, notes) of C14."""
    return cases_c5.benchmark_measurements(
        _rows(path), "C14", "dft", _slug, SOURCE,
        lambda r: (f"xcve2802 1.25 GHz, 64-bit PLIO 625 MHz, NITER {ITERATIONS} (the harness's QoR "
                   f"entries, multi_params.json @4c86f9ba); NUM_AIE {r['NUM_AIE']}, SINGLE_BUF {r['SINGLE_BUF']}"))


def _refusal(r: dict) -> str | None:
    """Why the kernel cost model refuses the row (at its first refused cascade position), or None."""
    key = _key(r)
    return cases_c5.refusal(lambda: [_params(*key[:7], c) for c in range(key[3])])


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor, one per C14 figure; a configuration the kernel cost model
    refuses is returned as not modelled with the model's own reason."""
    return cases_c5.benchmark_predictors(
        "c14.dft", _rows(), _slug, _key, not_modelled, functools.partial(_predict, prediction, not_modelled),
        refuse=_refusal)


ACC_REUSE_CHANGE = (
    "made after seeing the blind errors (the only change): a software-pipelined loop whose iteration holds a "
    "whole accumulation (the frame loop of point sizes <= 8 per kernel, the vectCoeff loop of <= 8 samples per "
    "kernel) reuses the same accumulator registers, so an iteration's first MAC waits for the previous "
    "iteration's chain: II >= samples x the chain per MAC (kernels.dft ACC_REUSE). Evidence: the measured cost "
    "per extra frame of the casc-1 SSR-1 rows is 8 cycles at 4 samples and 16 at 8 (cint16, double buffers: "
    "(178 - 114) / 8 and (305 - 177) / 8 cycles per call from 8 to 16 frames), i.e. 2 cycles (acc_chain_ii) per "
    "sample, where the blind model overlapped frames at the slot bound (4 / 8 cycles); the same gap as C8's "
    "one-B-vector rows (validation/cases_c8.py ONE_B_VECTOR_CASC_OFF), whose pipelined group loop also runs far "
    "slower than its slot bound. 1438 -> 1572 of 2456 figures within 10 %")

SPLIT_EXTRACT_CHANGE = (
    "made after seeing the errors of ACC_REUSE_CHANGE (cint32 rows with double buffers ~8-10 % fast per call): "
    "a 64-bit scalar taken from a vector is two dependent ops on AIE-ML, VEXTRACT.64 to a scalar register pair "
    "(move slot, 2 cycles) then VBCST.64, where a 32-bit one is a single extract-broadcast (llvm-aie "
    "AIE2PreLegalizerCombiner tryToCombineExtBcst folds only the 8/16/32-bit pairs; aiev2_scl2vec.h "
    "broadcast_elem has no 64-bit form; kernels.matrix_vector_mul SPLIT_EXTRACT_BROADCAST). In kernels.dft "
    "this adds one move-slot op per data sample (shared by the pair's two MACs) and 2 cycles to the operand path "
    "of each group: +2 cycles per accumulator group, no change of the vec loop's II (16 move-slot ops per 16 "
    "VMACs). It explains only part of the measured gap: from 8 to 16 frames, SSR 1, double buffers, cint32 "
    "costs ~17.35 cycles per 8-sample trip against ~16.0 for cint16 and ~26.6 against ~19.5 cycles per pair "
    "outside the trips (e.g. P128 casc 2: 1322 against 1185 cycles per frame; model 1237 against 1213); the "
    "per-trip cost (an II of 17, e.g. the move slot full at 16 ops plus one more op per trip, or load-bank "
    "conflicts of the second data load) is not identified and not modelled. 1572 -> 1680 of 2456 figures "
    "within 10 %; C8's int32 x cint32 / cint32 x cint32 rows (B a cint32 scalar) move by 0.3-2.8 points, "
    "mixed (5 nearer, 5 further), none across the 10 % line")

NITER_CHANGE = (
    "made after seeing the errors (a later session): NITER 16 instead of 8. The first C14 file took NITER 8 "
    "from 'every entry of multi_params.json'; the stored version @4c86f9ba gives 8 to the *_hw_checkin entries "
    "only and 16 to every *_hw_qor entry (aie1 and aie2), the runs whose QoR the benchmark CSVs collect "
    "(description.json's daily param_set). Evidence in the figures: at NITER 8, 106 figures of the rows with "
    "32-64-byte input windows had no stable iteration in the model (their input ran ahead through all 8 "
    "iterations: 'RUN_AHEAD', 0 of 106 within 10 %) while the benchmark reports settled figures; at 16 every "
    "row settles, 53 of those 106 come within 10 % and their latencies follow the route buffering (e.g. P4 "
    "casc 1: 559 against 588 ns measured). 1680 -> 1738 of 2456 within 10 % (latency 842 -> 823: the longer "
    "run queues more input ahead on rows whose real input path holds less; throughput 838 -> 915)")

UNLOCKED_OVERHEAD_CHANGE = (
    "made after seeing the single-buffer errors (a later session, in sim.timing.buffer_kernels.unlocked_overhead, "
    "so every kernel graph has it): a call's overhead (kernel_call_overhead_cycles, 20) runs outside its buffer "
    "locks, half before the acquires and half after the releases (kernel_epilogue_fraction); the lock "
    "operations and the body hold the buffers. Evidence: SSR 1, the single- minus double-buffer interval of the "
    "same row is the larger of the input and output transfers minus 6-8 cycles (cint16 casc 1: P4 F8 56 against "
    "a 64-cycle transfer, P16 F16 249 against 256; 29 less at 1024: P64 F16 995), where the model that held the buffers for the whole call gave the "
    "transfer plus 15-23 cycles of lock hand-offs: ~20 cycles of every call must overlap the refill. Which "
    "instructions of a call the compiler schedules outside the lock operations is not public. 1738 -> 1995 of "
    "2456 within 10 % (single buffers 784 -> 1041 of 1238; double buffers 954 -> 954 of 1218); other cases: C13 +1, C11 -4 and C12 -2 latencies just past 10 %, C4 and C7 "
    "nearer, C5 and C8 slightly further (no figure across the line)")

SINGLE_ACC_UNROLL_CHANGE = (
    "made after seeing the errors (a later session; kernels.dft SINGLE_ACC_UNROLL, False reproduces the figures "
    "before it exactly): when a kernel's frame is a single accumulator (kVecInCoeff 1, no pair loop) and its vec "
    "loop has 2..3 trips (kernel_io.unrolled_inner_loop; 16 samples per kernel on these rows: P16 SSR 2 / 4, P32 "
    "casc 2 SSR 4 / 8, P64 casc 4 SSR 8), the vec loop is unrolled, the frame body is straight-line and the frame"
    " loop (chess_prepare_for_pipelining, dft.cpp @0d8795bc) is the pipelined one, at II = 16 samples x the "
    "accumulator chain (ACC_REUSE), instead of a kept 2-trip loop whose fill and drain every frame pays. Found by"
    " grouping the 461 off figures by kernel shape: step 16 x 1 output vector held 143 of them (throughput low by"
    " up to 35 % growing with NUM_FRAMES, latency long), while step 8 and step 32 with one output vector were "
    "mostly within 10 %. Evidence: cint16, double buffers, 8 -> 16 frames the measured cost per frame is 32-35 "
    "cycles (P16 SSR 2: (612 - 331) / 8; SSR 4 and P32 casc 2 SSR 4: 32), the chain bound; the kept loop gave "
    "50-52. The pair loop's 2-trip vec loop (the same rows with 2 output vectors: 48-50 cycles per frame "
    "measured, kept loop 52-55, a pipelined frame loop would be 32) stays a loop; the single accumulator's loop "
    "body is half as large (8 MACs and 8 twiddle loads per trip against 16 and 16), and llvm-aie's full unrolling"
    " is size-based (AIE2TargetTransformInfo.cpp @02d53b80 getUnrollingPreferences: UP.Threshold = "
    "aie-unroll-max-cost 200 on the unrolled loop; UNROLL_MAX_TRIPS 3 from its hardware-loop minimum). The "
    "benchmark's compiler is chess, whose threshold is not public: which side of it each loop falls on is read "
    "from these figures (a discrete rule, no fitted number). The 200 figures of the 100 rows: 57 -> 152 within 10"
    " %; cint16 20 -> 97 of 100 (median throughput error -0.4 / -1.6 % with double / single buffers), cint32 37 "
    "-> 55 of 100: cint32 now ~15-20 % fast with double buffers (measured ~39 cycles per frame against the "
    "chain's 32; the unidentified per-sample cint32 cost of SPLIT_EXTRACT_CHANGE). No other figure moves (C14 "
    "only uses kernels.dft). 1995 -> 2090 of 2456 within 10 %, median 5.0 -> 4.7 % (latency 953 -> 1001, "
    "throughput 1042 -> 1089)")

DFT_DIAGNOSTICS = (
    "the 366 figures still off after SINGLE_ACC_UNROLL_CHANGE (a later session; looked at, nothing applied). "
    "Grouped by kernel shape (samples per kernel x output vectors) they are small kernels: 335 have <= 16 samples"
    " per kernel, 240 <= 8; by data type cint32 222, cint16 144. (1) cint32, double buffers, fast (144): every "
    "cint32 kernel with a kept vec loop costs ~17.2 cycles per 8-sample pair trip measured (8 -> 16 frames, per "
    "pair: step 32 97, step 64 166, step 128 303 cycles; cint16 84 / 148 / 276, 16 per trip) and ~8 more per pair"
    " outside the trips; the model gives 16 per trip. Checked against llvm-aie aie2/AIE2Schedule.td @0361a31e: "
    "VMAC takes R_RV_PORT (issue) and CM_WA_PORT (cycle 5), VLDA_W W_WA_PORT, VEXTRACT RS_WM_PORT, VBCST "
    "W_WM_PORT: no shared port among the trip's instructions, so no structural hazard explains a 17th cycle. "
    "VEXTRACT issues in the mv slot (AIE2_vec_extract_inst_mv); the AIE2 slot of VBCST.64 was not found in the "
    "stored llvm-aie files (an AIE2P table extracted from llvm-aie puts VBCST_64 in mv): if both are mv ops a "
    "pair trip holds 16 mv ops and 16 VMACs, both slots full, which a modulo schedule may not close at II 16 - "
    "not a source-stated bound, so not applied. On the 16-sample single-accumulator kernels the measured ~39 "
    "cycles per frame (chain 32; 32 mv ops) is not explained either. (2) the pair loop of 8-sample kernels with 4"
    " / 8 output vectors (P32 casc 4, P64 casc 8, all on cascade chains; 61 figures, throughput high by 10-66 %, "
    "median 19 %): measured ~19 cycles per pair (cint16; cint32 ~28.5) against the model's 16 (16 VMACs, two "
    "8-MAC chains); a reuse recurrence that includes the accumulator's read-out (chain + MAC latency, ~19-20) "
    "would fit the pairs but contradicts the single-accumulator frame loop of 8 samples (16 cycles per frame "
    "measured = the chain alone), so not applied; unrolling the 2-pair loop was tried before "
    "(kernel_io.unrolled_inner_loop: 1995 -> 1965). (3) 4-sample kernels with 4 output vectors (P32 casc 8 SSR "
    "1): measured 32 cycles per frame (cint16; cint32 64) against 39 / 64; one configuration, not pursued. (4) "
    "the rest, frames of 1-2 per call and casc-8 chains, are scattered in both signs (latency of 4-sample "
    "kernels: 39 high, 32 low) with no parameter the error follows; the single-buffer small frames keep the "
    "C16_SB1_LAT_LONG note. (5) Session 13 (2026-12-07; validation/cases_c35.py DB_DIAGNOSTICS (2), nothing applied): "
    "the 370 configurations this file shares with C35's @4c86f9ba table agree for cint16 (throughput ratio median "
    "1.000 in every kernel shape) but not for cint32 (C35 / C14: 8-sample kernels 1.13-1.19, 128-sample ~0.93) while "
    "dft.cpp / dft.hpp read identical at both, so the cint32 schedule is tool-version dependent; an extra 2 cycles per "
    "cint32 pair trip of a kept vec loop (fitted to C35, not applied) gives C14 2090 -> 2115, 3.25 cycles 2075. "
    "(6) Session 15 (2026-12-07; nothing applied, no figure changed; validation/cases_c35.py DB_DIAGNOSTICS (5) for the "
    "sources read): on this table's double-buffer rows the cint32 minus cint16 throughput interval per frame (8 -> 16 "
    "frames) over the 29 power-of-two shapes with pairs and a kept vec loop fits 1.26 cycles per pair trip + 7.95 per "
    "pair (25 within +-4 cycles; C35's table: 3.23 per pair trip, nothing per pair). The AIE API's cint32 x cint16 "
    "element-wise MAC on AIE-ML is one ::mac_elem_8 per 8 lanes (aie_api detail/aie2/mul_acc64.hpp), llvm-aie's "
    "AIE2Schedule.td has one II_VMAC itinerary for every mode, the pair trip's 18 loads fit its 32 load slots, and a "
    "per-sample cost (extract / broadcast) would show on the single-accumulator trips too: no public mechanism found")

#: Session 17 (2026-12-08, helper "dft"; looked at, nothing applied, no figure changed; baseline main b398de7: 2100 of
#: 2456): the 356 off figures by parameter, and this table's cint32 pair trip read as a whole-cycle II (the sources
#: read are listed in validation/cases_c35.py DFT_SESSION17_DIAGNOSTIC).
DFT_SESSION17_DIAGNOSTIC = (
    "(1) By data type: cint32 213 off, cint16 143. By kernel shape (kernels.dft DftParams of cascade position 0; "
    "SINGLE_BUF 0 / 1): 8-sample kernels with pairs of accumulators (DFT_DIAGNOSTICS (2)'s multi-pair loop and the "
    "one-pair frames) 104 (cint16 32 / 11 of 60 / 60, cint32 33 / 28 of 60 / 60); kernels whose stepSize is not a "
    "multiple of 8 (4-sample and padded ones) 97; cint32 kept-vec-loop kernels with double buffers 76 of 380 (39 with "
    "pairs, 37 single-accumulator: the 16-sample frames, ~39 cycles measured against the chain's 32) and with single "
    "buffers 21 of 390; 8-sample single-accumulator kernels 29 of 278; cint16 kept-vec-loop kernels 29 of 780. "
    "(2) The cint32 pair trip as a whole-cycle II: with the per-frame throughput interval (8 -> 16 frames, double "
    "buffers, the 29 power-of-two shapes with pairs, no single accumulator and a kept vec loop), cint32 minus cint16 "
    "minus 1 cycle per pair trip leaves 6.9-10.7 cycles per pair on the 20 shapes with CASC_LEN >= 2 (14 within 8-9.5; "
    "P128 casc 2 SSR 8: 28.8) and 8.9-15.9 on the 9 with CASC_LEN 1 (P64 casc 1 SSR 4: 25.8): it reads as the pair trip "
    "at II 17 against cint16's 16 plus ~8 per pair, where C35's table (@4c86f9ba, cycleCountAvg) gives exactly 3 "
    "cycles per pair trip plus 1-3 per pair (II 19). The throughput column is rounded to whole MSa/s, so the exact "
    "integer check done on C35 is not possible here. The same source loop at two whole-cycle IIs in the two tool "
    "versions; an II read from either table is fitted to it: not applied (what-if with kernels.dft's diagnostic "
    "CINT32_PAIR_TRIP_II, run this session: 17 gives 2100 -> 2117 of 2456, 19 gives 2122; C35 3718 -> 4225 / 4309; "
    "no cint16 figure moves). What would settle it: the "
    "chess schedule (.lst) of a cint32 dft vec loop from each tool version.")

#: (category -> reason, tokens "<row index in the data file><l|t>" for latency / throughput) of the
#: figures outside 10 % after ACC_REUSE_CHANGE, SPLIT_EXTRACT_CHANGE, NITER_CHANGE, UNLOCKED_OVERHEAD_CHANGE and
#: SINGLE_ACC_UNROLL_CHANGE, grouped by data type, SINGLE_BUF, quantity and sign
OFF_REASONS = {
    "C16_SB0_LAT_SHORT": ("cint16, double buffers, latency short by 10-41 % (mostly casc 8 chains of <= 8 samples "
                          "per kernel)"),
    "C16_SB0_LAT_LONG": ("cint16, double buffers, latency long by 10-21 % (small frames, mostly <= 8 samples per "
                         "kernel)"),
    "C16_SB0_THR_HIGH": "cint16, double buffers, throughput high by 10-58 % (casc 4 / 8 chains of 8-16 samples per kernel)",
    "C16_SB0_THR_LOW": "cint16, double buffers, throughput low by 10-65 % (small frames of <= 8 samples per kernel)",
    "C16_SB1_LAT_SHORT": "cint16, single buffers, latency short by 11-18 % (casc 8)",
    "C16_SB1_LAT_LONG": (
        "cint16, single buffers (SINGLE_BUF 1): latency long by 11-28 %, with the throughput low. With one buffer per "
        "port the DMA and the kernel take turns; the measured single- minus double-buffer interval is the larger "
        "transfer minus 6-8 cycles up to 256-cycle transfers (29 at 1024), which UNLOCKED_OVERHEAD_CHANGE reproduces (casc 1: model minus measured "
        "difference, median +1-2 cycles); what is left is mostly small frames, where the double-buffer rows are "
        "off as well"),
    "C16_SB1_THR_HIGH": "cint16, single buffers, throughput high by 10-26 %",
    "C16_SB1_THR_LOW": "cint16, single buffers, throughput low by 10-24 % (see C16_SB1_LAT_LONG)",
    "C32_SB0_LAT_SHORT": (
        "cint32, double buffers: the kernel ~6-8 % faster per call than measured on large frames: kernels.dft "
        "costs the cint32 x cint16 MAC as one VMAC on a 2-cycle chain plus the split extract / broadcast of the "
        "sample (SPLIT_EXTRACT_CHANGE: +2 cycles per group), but the measured vec loop takes ~17.35 cycles per "
        "8-sample trip (cint16 ~16.0) and ~7 more cycles per pair: not identified (DFT_DIAGNOSTICS); 16-sample "
        "single-accumulator kernels (SINGLE_ACC_UNROLL_CHANGE) ~39 cycles per frame measured against the chain's "
        "32; latency short by 10-34 %, larger on casc 4 / 8 chains. Session 15 (DFT_DIAGNOSTICS (6)): 1.26 cycles per "
        "pair trip + 7.95 per pair over 29 shapes; no public mechanism found"),
    "C32_SB0_LAT_LONG": "cint32, double buffers, latency long by 11-21 % (casc 2, 1-2 frames)",
    "C32_SB0_THR_HIGH": "cint32, double buffers, throughput high by 10-42 % (see C32_SB0_LAT_SHORT)",
    "C32_SB0_THR_LOW": "cint32, double buffers, throughput low (none left after SINGLE_ACC_UNROLL_CHANGE)",
    "C32_SB1_LAT_SHORT": "cint32, single buffers, latency short by 10-25 %",
    "C32_SB1_LAT_LONG": "cint32, single buffers, latency long by 10-26 % (1-2 frames; see C16_SB1_LAT_LONG)",
    "C32_SB1_THR_HIGH": "cint32, single buffers, throughput high by 13-66 %",
    "C32_SB1_THR_LOW": "cint32, single buffers, throughput low by 12-21 % (casc 8, 4 samples per kernel)",
}
_CATEGORY = {"cint16_sb0_l_fast": "C16_SB0_LAT_SHORT", "cint16_sb0_l_slow": "C16_SB0_LAT_LONG",
             "cint16_sb0_t_fast": "C16_SB0_THR_HIGH", "cint16_sb0_t_slow": "C16_SB0_THR_LOW",
             "cint16_sb1_l_fast": "C16_SB1_LAT_SHORT", "cint16_sb1_l_slow": "C16_SB1_LAT_LONG",
             "cint16_sb1_t_fast": "C16_SB1_THR_HIGH", "cint16_sb1_t_slow": "C16_SB1_THR_LOW",
             "cint32_sb0_l_fast": "C32_SB0_LAT_SHORT", "cint32_sb0_l_slow": "C32_SB0_LAT_LONG",
             "cint32_sb0_t_fast": "C32_SB0_THR_HIGH", "cint32_sb0_t_slow": "C32_SB0_THR_LOW",
             "cint32_sb1_l_fast": "C32_SB1_LAT_SHORT", "cint32_sb1_l_slow": "C32_SB1_LAT_LONG",
             "cint32_sb1_t_fast": "C32_SB1_THR_HIGH", "cint32_sb1_t_slow": "C32_SB1_THR_LOW"}
#: the off figures of each category (tests/test_validation.py keeps the same list)
OFF_ROWS = {
    "cint16_sb0_l_fast": (
        "80l 102l 103l 104l 108l 109l 146l 147l 165l 166l 168l 169l 185l 187l 188l 189l 205l 207l 208l 209l "
        "225l 226l 227l 299l 301l "),
    "cint16_sb0_l_slow": (
        "1l 2l 11l 12l 21l 22l 25l 31l 46l 47l 51l 52l 53l 61l 62l 66l 67l 68l 87l 95l 96l 101l 116l 130l "
        "195l "),
    "cint16_sb0_t_fast": (
        "80t 102t 103t 104t 165t 166t 167t 168t 169t 185t 207t 208t 209t 301t "),
    "cint16_sb0_t_slow": (
        "10t 20t 31t 65t 85t 86t 87t 88t 89t 105t 145t 146t 225t 226t "),
    "cint16_sb1_l_fast": (
        "717l 718l 817l 818l "),
    "cint16_sb1_l_slow": (
        "610l 611l 615l 620l 621l 625l 630l 631l 634l 640l 655l 656l 660l 661l 662l 670l 671l 675l 676l 677l "
        "684l 695l 696l 697l 698l 704l 705l 710l 725l 731l 745l 754l 769l 789l 790l 804l 824l 854l 869l 874l "
        "875l 895l 896l 897l "),
    "cint16_sb1_t_fast": (
        "644t 709t 712t 715t 774t 794t 815t 817t 818t 874t "),
    "cint16_sb1_t_slow": (
        "610t 621t 631t 634t 695t 696t 697t 698t "),
    "cint32_sb0_l_fast": (
        "317l 318l 327l 328l 345l 346l 347l 348l 357l 358l 360l 362l 363l 372l 373l 385l 386l 387l 388l 389l "
        "390l 391l 392l 393l 395l 396l 397l 398l 406l 409l 410l 420l 422l 423l 430l 431l 432l 433l 440l 442l "
        "443l 450l 451l 452l 453l 469l 477l 489l 490l 491l 492l 493l 494l 495l 496l 502l 509l 510l 511l 513l "
        "525l 526l 527l 528l 530l 531l 532l 533l 565l 581l 584l 585l 586l 587l 592l 596l 602l 604l 605l 606l "
        "607l 608l "),
    "cint32_sb0_l_slow": (
        "315l 325l 350l 365l 399l 499l "),
    "cint32_sb0_t_fast": (
        "314t 324t 334t 339t 345t 346t 347t 348t 349t 360t 362t 363t 364t 384t 385t 386t 387t 388t 395t 404t "
        "405t 406t 409t 419t 420t 422t 423t 431t 439t 440t 442t 443t 450t 451t 469t 470t 479t 484t 489t 490t "
        "491t 492t 493t 494t 495t 496t 497t 498t 505t 509t 510t 511t 520t 525t 526t 527t 528t 581t 584t 594t "
        "596t 605t "),
    "cint32_sb0_t_slow": (
        ""),
    "cint32_sb1_l_fast": (
        "960l 975l 1002l 1003l 1005l 1006l 1026l 1083l 1084l 1085l 1086l 1087l 1107l 1126l 1127l 1139l 1144l "
        "1145l 1146l 1223l "),
    "cint32_sb1_l_slow": (
        "930l 940l 949l 954l 965l 970l 980l 985l 1008l 1014l 1019l 1064l 1098l 1099l 1113l 1163l 1183l 1184l "
        "1203l 1204l 1205l "),
    "cint32_sb1_t_fast": (
        "929t 939t 954t 960t 975t 1000t 1001t 1002t 1003t 1019t 1024t 1035t 1055t 1084t 1085t 1086t 1087t "
        "1103t 1104t 1105t 1106t 1107t 1123t 1124t 1139t 1142t 1203t "),
    "cint32_sb1_t_slow": (
        "1005t 1006t 1007t 1008t "),
}


def _known_off() -> dict[str, str]:
    rows = _rows()
    out = {}
    for cat, text in OFF_ROWS.items():
        for tok in "".join(text).split():
            r = rows[int(tok[:-1])]
            out[f"c14.dft.{_slug(r)}.{'latency' if tok[-1] == 'l' else 'throughput'}"] = OFF_REASONS[_CATEGORY[cat]]
    return out


#: key -> why the prediction is outside 10 % (run.py / tests/test_validation.py)
KNOWN_OFF: dict[str, str] = _known_off()


def off_rows(results: list[dict]) -> dict[str, str]:
    """:data:`OFF_ROWS` as a run gives it: ``results`` are ``run.py --json`` entries (C14's are
    used); every predicted figure outside 10 % goes to the category of its data type, SINGLE_BUF,
    quantity and sign ("fast": latency short or throughput high). For regenerating OFF_ROWS (and
    tests/test_validation.py's independent copy) after a model change: ``python
    validation/cases_c14.py RESULTS.json`` prints the block."""
    by_key = {r["key"]: r for r in results if r.get("case") == "C14"}
    cats: dict[str, list[str]] = {k: [] for k in _CATEGORY}
    for i, r in enumerate(_rows()):
        for q, tag in (("latency", "l"), ("throughput", "t")):
            e = by_key.get(f"c14.dft.{_slug(r)}.{q}")
            if e is None or e["predicted"] is None or abs(e["error_pct"]) <= 10.0:
                continue
            fast = e["error_pct"] < 0 if q == "latency" else e["error_pct"] > 0
            cats[f"{r['TT_DATA']}_sb{r['SINGLE_BUF']}_{tag}_{'fast' if fast else 'slow'}"].append(f"{i}{tag}")
    return {k: " ".join(v) + " " for k, v in cats.items()}


if __name__ == "__main__":
    import json
    import sys
    import textwrap
    rows = off_rows(json.loads(open(sys.argv[1]).read().strip().splitlines()[-1]))
    print("OFF_ROWS = {")
    for cat, text in rows.items():
        lines = textwrap.wrap(text, 100) or [""]
        print(f'    "{cat}": (\n' + "\n".join(f'        "{ln} "' for ln in lines) + "),")
    print("}")

#: MM2S_CHAINED_BD_CHANGE (session 14, device file ``dma_mm2s_chained_bd_extra_cycles``, calibrated on C13 / C11,
#: validation/cases_c11.py PINGPONG_DIAGNOSTIC): figures it brought within 10 %; their entries above no longer apply.
_MM2S_CHAINED_BD_IN = (
    'c14.dft.cint16xcint16_pt_32_casc_8_ssr_2_frames_8_sb_0.latency',
    'c14.dft.cint32xcint16_pt_16_casc_4_ssr_2_frames_16_sb_0.latency',
    'c14.dft.cint32xcint16_pt_16_casc_4_ssr_2_frames_8_sb_0.latency',
    'c14.dft.cint32xcint16_pt_16_casc_4_ssr_4_frames_16_sb_0.latency',
    'c14.dft.cint32xcint16_pt_16_casc_4_ssr_4_frames_8_sb_0.latency',
    'c14.dft.cint32xcint16_pt_32_casc_4_ssr_2_frames_4_sb_0.latency',
    'c14.dft.cint32xcint16_pt_8_casc_2_ssr_1_frames_16_sb_0.latency',
    'c14.dft.cint32xcint16_pt_8_casc_2_ssr_1_frames_8_sb_0.latency',
    'c14.dft.cint32xcint16_pt_8_casc_2_ssr_2_frames_16_sb_0.latency',
    'c14.dft.cint32xcint16_pt_8_casc_2_ssr_2_frames_8_sb_0.latency',
)
for _k in _MM2S_CHAINED_BD_IN:
    del KNOWN_OFF[_k]
