"""C39 (held out): AMD Vitis-Tutorials AIE-ML design tutorial 08-MNIST-ConvNet, a bfloat16 MNIST ConvNet (three
3x3 conv layers, two max-pool layers, dense + softmax) on the VEK280 (xcve2802, AI Engine at 1.25 GHz, Vitis 2025.2
platform ``xilinx_vek280_base_202520_1``), AMD aiesimulator.

Sources of the measured figures (rows in ``measurements.csv``, case C39):

* README.md @399f09bdfe9ff25cdffe3b31052989e569f4f206 (Xilinx/Vitis-Tutorials AI_Engine_Development/AIE-ML/
  Design_Tutorials/08-MNIST-ConvNet): "The throughput of the MNIST ConvNet classifier is approximately ~70,000
  frames per second based on AI Engine simulations" (and "~70K frames per second" in the summary): one row, an
  approximate figure; the compiler's loop IIs: conv2d_w1 "The inner loop II=17 is achieved to deliver nine MAC
  operations", max_pooling2d_w2 "Software pipelining of the inner loop is perfect at II=16", conv2d_w3 "A loop
  II=12 cycles is achieved for 12 MAC operations": three rows. Other text is qualitative (max_pooling2d_w4 "an
  efficient software pipeline scheduling", conv2d_w5 "a perfect inner loop software pipelining", "Loads of 13% to
  30% to 50%"): no rows. The per-layer cycle table and the throughput view are images only.
* The regression targets of ``make throughput_ok`` in each design's Makefile (@478d103cddcfc54b58f1fb46e5bc0bc908790e3f,
  ``../../python/check_throughput.py PLIO_o <target> 5.0``: the last number on the ``PLIO_o`` line of
  AIESimulator.log, the average throughput aiesimulator prints for the output PLIO, MB/s as in C36; the check fails
  when the simulated figure is more than 5 % below the target): conv2d_w1 3169.90, max_pooling2d_w2 1537.68,
  conv2d_w3 1904.47, max_pooling2d_w4 1407.60, conv2d_w5 1408.21, dense_w7 35.11 (each layer's own test graph) and
  mnist 2.49 (the whole network): seven rows. These are the author's aiesimulator figures written as targets (the
  targets have two decimals, so taken as the simulated values).

Caveat: the README figures were in the brief that started this case, and the Makefile targets were read while
reading the design (they are in the same files as the build commands). Before the model was written two
definitional checks were made on the measured figures alone (as C38 did; no constant was set from them): the two
pooling layers' targets are the input-PLIO-bound span figure (below) to 0.1 % (1538.5 / 1408.5 from the tensor
sizes and the 4 B / cycle PLIO alone), which fixed the span reading with 4 calls (C36's reading) for every layer;
and the implied per-call periods of the kernel-bound layers (conv2d_w1 ~11780, conv2d_w3 ~17840, dense_w7 ~1520
cycles) and of the network (~17.9k cycles per image for 70k fps) were computed, i.e. conv2d_w3 was seen to be the
network's bottleneck before the model was run. No op cost was chosen from them.

The design (read in the tutorial, facts only, no code taken; kernel bodies in kernels.mnist_convnet's docstring):
graphs ``*_graph.h`` / ``mnist_app.cpp`` / ``aie.cfg`` (bupthpc/Vitis-Tutorials fork @909dc4ef, same paths; the
Xilinx index holds only some of these files: ASSUMPTION, the same design as @399f09bd): every PLIO ``plio_64_bits``,
``pl-freq=625`` (5 GB/s, 4 B per array cycle); every compute kernel ``repetition_count`` 4 per graph iteration (4
images, one per call), ``runtime<ratio>`` 0.9; weights delivered once at start-up by a "weight delivery" tile
through an async buffer (not in the steady state). Memory tiles: conv2d_w1 zero-pads 4 images at a time (28 x 28 ->
28 x 32); conv2d_w3 and conv2d_w5 have an input and an output memory tile (repetition 4, per image); conv2d_w5's
input tile broadcasts to its four kernels, which pass their outputs A -> B -> C -> D over streams, D writes the
output. The whole network: 18 AIE tiles (9 compute in row 1 columns 18..26, weight tiles in row 0), NUM_ITER 3 (12
images; num_iter.h of the fork, ASSUMPTION for @399f09bd); the output is dense_w7's 16 bf16 (32 B) per image.

Model (no KernelGraph: the memory tiles, async weight buffers and multi-rate repetition counts are not in it):
kernels.mnist_convnet (new) gives each kernel's call cycles and loop IIs. Throughput: a layer's period per image is
the largest of its kernel calls and its per-image transfers at 4 B per cycle (PLIO, memory-tile DMA; 32-bit
streams); aiesimulator's average PLIO throughput is read as in C36: the port's bytes over the span from its first
beat to the end of its last, here N calls of ``out`` bytes over (N - 1) periods plus the last ``out`` bytes at
4 B per cycle; N = 4 (one graph iteration) for the layer test graphs (their apps run the graph with -1 "1
iteration = 4 images": ASSUMPTION that the input file holds 4 images) and 12 for the network. The network's fps is
the clock over the largest period of its stages (kernels and memory-tile transfers).

Results: **blind 4 of 11 predicted figures within 10 %, median |error| 20.8 %** (:data:`BLIND_SUMMARY`): the two
input-PLIO-bound pooling graphs (+0.05 / +0.06 %: the span reading, checked before the model, see the caveat),
conv2d_w5 (+8.2 %) and conv2d_w3's loop II (12, exact); conv2d_w1 +20.1 %, conv2d_w3 +31.9 %, dense_w7 -20.8 %, the
network +36.6 % (fps) / +34.1 % (MB/s), loop IIs conv2d_w1 12 vs 17 and max_pooling2d_w2 8 vs 16.

Changes after the blind run (2026-12-07, both made after seeing these errors, flags in kernels.mnist_convnet; False
restores the blind figures exactly; kernels.mnist_convnet is used by C39 only, so no other case moves):

* :data:`BUFFER_PORT_CHANGE` (``mnist_convnet.BUFFER_PORT_CHANGE``): loads of one trip from the same buffer issue one
  per cycle (one load port), since two loads in a cycle must hit different banks (UG1076 memory conflicts,
  aieml-facts 2.2) and two iterators into one buffer cannot be proven apart; INFERENCE on the compiler, supported by
  the README's "perfect at II=16" for max_pooling2d_w2's 16 loads from its one input. max_pooling2d_w2 II 8 -> 16
  (in); its call 479 -> 887 and max_pooling2d_w4's 485 -> 765 cycles stay below their input-PLIO periods (rows
  unchanged); conv2d_w3 / w5 / dense_w7 read two buffers and keep their IIs. C39 4 -> 5 of 11 (in:
  c39.max_pooling2d_w2.loop_ii; no out).
* :data:`W3_TT_LOOP_CHANGE` (``mnist_convnet.W3_TT_LOOP_CHANGE``): conv2d_w3's 3-trip kernel-row loops are kept as
  software-pipelined loops (the README: "A loop II=12 cycles is achieved for 12 MAC operations", the 12-MAC body of
  that loop), not unrolled by kernels.kernel_io's llvm-aie rule: each pays its fill / drain and set-up twice per
  output-channel group. conv2d_w3's call 13071 -> 22663 cycles, its row +31.9 -> -19.7 %, network fps +36.6 ->
  -21.2 %, network MB/s +34.1 -> -22.7 %: no figure in or out (C39 stays at 5 of 11 with both flags, 4 with this
  one alone), |error| lower on all three. Not applied to conv2d_w5 (no such loop is stated there; computed, it would
  move the conv2d_w5 row from +8.2 % to -15.8 %, 1185.05 MB/s with conv2d_w5D at 8129 cycles: out).

After both: **5 of 11 within 10 %, median |error| 19.7 %**; the six figures left are in :data:`KNOWN_OFF`, with
:data:`MNIST_DIAGNOSTIC`.

SOFTFLOAT_COST_CHANGE (helper softfloat, session 16; :mod:`aiesim_py.kernels.softfloat`,
``softfloat.SOFTFLOAT_COST_CHANGE = False`` restores the figures above exactly): dense_w7's scalar bias add costs
compiler-rt's ``__addsf3`` op count, 69 cycles (derived there) instead of 20, and the softmax's ``aie::inv`` of a
bfloat16 scalar the AIE API's vector bf16 inverse chain, 53 cycles instead of 12: dense_w7's call 1915 -> 2446 cycles
(fully_connected 10 x 158 -> 10 x 207, softmax 114 -> 155), its row -20.8 -> -38.0 % (further off, already in
:data:`KNOWN_OFF`); nothing else moves: C39 stays at 5 of 11. The measured row is at the input-PLIO bound (1536
cycles), so the measured kernel is at most ~1536 cycles: with these counts the serial tail the model assumes cannot be
what the compiled kernel does (the bias adds overlapped with the next output's MAC loop, or not done in fp32: not
identified).
"""
from __future__ import annotations

import functools

from aiesim_py.arch import load_device
from aiesim_py.isa.timing import AIE_ML_CORE
from aiesim_py.kernels import mnist_convnet as mc
from aiesim_py.sim.timing import TimingParams

DEVICE = "ve2802"
README = ("Xilinx/Vitis-Tutorials AI_Engine_Development/AIE-ML/Design_Tutorials/08-MNIST-ConvNet/README.md "
          "@399f09bdfe9ff25cdffe3b31052989e569f4f206")
PLIO_BITS, PLIO_MHZ = 64, 625.0
LAYER_CALLS = 4                 # one graph iteration of a layer test graph (4 images)
NETWORK_IMAGES = 12             # NUM_ITER 3 x 4 images
#: layer test graph -> the kernels it holds
LAYER_KERNELS = {
    "conv2d_w1": ("conv2d_w1",),
    "max_pooling2d_w2": ("max_pooling2d_w2",),
    "conv2d_w3": ("conv2d_w3",),
    "max_pooling2d_w4": ("max_pooling2d_w4",),
    "conv2d_w5": ("conv2d_w5A", "conv2d_w5B", "conv2d_w5C", "conv2d_w5D"),
    "dense_w7": ("dense_w7",),
}
#: per-image transfers of the whole network at one stream word per cycle (PLIO / memory-tile DMA), bytes
NETWORK_TRANSFERS = {
    "PLIO_i -> w1 memory tile": 28 * 28 * 2,
    "w1 memory tile -> conv2d_w1": 28 * 32 * 2,
    "conv2d_w1 -> max_pooling2d_w2": mc.IO_BYTES["conv2d_w1"][1],
    "max_pooling2d_w2 -> w3 memory tile -> conv2d_w3": mc.IO_BYTES["conv2d_w3"][0],
    "conv2d_w3 -> w3 output memory tile -> max_pooling2d_w4": mc.IO_BYTES["conv2d_w3"][1],
    "max_pooling2d_w4 -> w5 memory tile -> conv2d_w5 (broadcast)": mc.IO_BYTES["conv2d_w5"][0],
    "conv2d_w5D -> w5 output memory tile -> dense_w7": mc.IO_BYTES["conv2d_w5"][1],
    "dense_w7 -> PLIO_o": mc.IO_BYTES["dense_w7"][1],
}


@functools.lru_cache(maxsize=None)
def _params() -> TimingParams:
    return TimingParams.from_device(load_device(DEVICE))


def _bpc() -> float:
    """PLIO bytes per array cycle (64 bits at 625 MHz, capped by the stream port)."""
    return _params().plio_bytes_per_cycle(PLIO_BITS, PLIO_MHZ * 1e6)


def _stream_bpc() -> float:
    return float(_params().dma_bytes_per_cycle)


@functools.lru_cache(maxsize=None)
def layer_throughput(layer: str) -> tuple[float, str]:
    """(MB/s at PLIO_o of the layer's test graph, detail)."""
    calls = {k: mc.layer_cost(k, AIE_ML_CORE).cycles for k in LAYER_KERNELS[layer]}
    i_b, o_b = mc.IO_BYTES[layer]
    bpc = _bpc()
    parts = dict(calls, input=i_b / bpc, output=o_b / bpc)
    period = max(parts.values())
    span = (LAYER_CALLS - 1) * period + o_b / bpc
    mbps = LAYER_CALLS * o_b / span * _params().clock_hz / 1e6
    detail = (f"period {period:.0f} cycles = max({', '.join(f'{k} {v:.0f}' for k, v in parts.items())}); "
              f"{LAYER_CALLS} x {o_b} B over {span:.0f} cycles")
    return mbps, detail


@functools.lru_cache(maxsize=None)
def network() -> tuple[float, float, str]:
    """(fps, MB/s at PLIO_o, detail) of the whole network."""
    stages = {k: mc.layer_cost(k, AIE_ML_CORE).cycles for k in mc.LAYERS}
    sb = _stream_bpc()
    stages.update({k: v / sb for k, v in NETWORK_TRANSFERS.items()})
    name, period = max(stages.items(), key=lambda kv: kv[1])
    hz = _params().clock_hz
    fps = hz / period
    o_b = mc.IO_BYTES["dense_w7"][1]
    span = (NETWORK_IMAGES - 1) * period + o_b / _bpc()
    mbps = NETWORK_IMAGES * o_b / span * hz / 1e6
    detail = f"bottleneck {name} {period:.0f} cycles per image; stages " + ", ".join(
        f"{k} {v:.0f}" for k, v in stages.items())
    return fps, mbps, detail


def loop_ii(layer: str) -> tuple[int, str]:
    if layer == "conv2d_w1":
        c = mc.conv2d_w1()
        return c.loop("cc").ii, c.detail
    if layer == "max_pooling2d_w2":
        c = mc.max_pooling2d_w2()
        return c.loops[0].ii, c.detail
    if layer == "conv2d_w3":
        return mc.conv2d_w3_step_ii(), mc.conv2d_w3().detail
    raise KeyError(layer)


#: first run of every predictor (2026-12-07; kernels.mnist_convnet and this file written before it, the measured
#: figures seen as the module docstring says)
BLIND: dict[str, float] = {
    'c39.conv2d_w1.plio_o_mbps': 3806.04,
    'c39.max_pooling2d_w2.plio_o_mbps': 1538.46,
    'c39.conv2d_w3.plio_o_mbps': 2511.76,
    'c39.max_pooling2d_w4.plio_o_mbps': 1408.45,
    'c39.conv2d_w5.plio_o_mbps': 1523.58,
    'c39.dense_w7.plio_o_mbps': 27.81,
    'c39.mnist.fps': 95632,
    'c39.mnist.plio_o_mbps': 3.338,
    'c39.conv2d_w1.loop_ii': 12,
    'c39.max_pooling2d_w2.loop_ii': 8,
    'c39.conv2d_w3.loop_ii': 12,
    'c39.conv2d_w1.call_cycles_not_row': 9440,
    'c39.max_pooling2d_w2.call_cycles_not_row': 479,
    'c39.conv2d_w3.call_cycles_not_row': 13071,
    'c39.max_pooling2d_w4.call_cycles_not_row': 485,
    'c39.conv2d_w5A.call_cycles_not_row': 5081,
    'c39.conv2d_w5B.call_cycles_not_row': 5478,
    'c39.conv2d_w5C.call_cycles_not_row': 5862,
    'c39.conv2d_w5D.call_cycles_not_row': 6209,
    'c39.dense_w7.call_cycles_not_row': 1915,
    'c39.max_pooling2d_w4.loop_ii_not_row': 8,
    'c39.conv2d_w5.loop_ii_not_row': 18,
    'c39.dense_w7.loop_ii_not_row': 8,
}
BLIND_SUMMARY = ("blind (first run, 2026-12-07): 4 of 11 predicted figures within 10 %, median |error| 20.8 %: layer "
                 "test graphs conv2d_w1 3806.04 MB/s vs 3169.90 (+20.1 %), max_pooling2d_w2 1538.46 vs 1537.68 "
                 "(+0.05 %, input-PLIO bound), conv2d_w3 2511.76 vs 1904.47 (+31.9 %), max_pooling2d_w4 1408.45 vs "
                 "1407.60 (+0.06 %, input-PLIO bound), conv2d_w5 1523.58 vs 1408.21 (+8.2 %), dense_w7 27.81 vs "
                 "35.11 (-20.8 %); network 95632 fps vs ~70000 (+36.6 %) and 3.338 MB/s vs 2.49 (+34.1 %), "
                 "bottleneck conv2d_w3 (13071 cycles per image); loop IIs conv2d_w1 12 vs 17 (-29.4 %), "
                 "max_pooling2d_w2 8 vs 16 (-50 %), conv2d_w3 12 vs 12 (0 %)")
#: Per-call periods the measured figures imply under the span reading (module docstring; a definitional inversion,
#: not a fit): P = (4 x out / (MB/s / 1250 MB/s per B/cycle) - out / 4) / 3
MNIST_DIAGNOSTIC = (
    "Implied per-call periods (cycles) from the measured throughputs: conv2d_w1 11780, conv2d_w3 17838, conv2d_w5 "
    "6760, dense_w7 1516; network 17857 per image at 70000 fps and 17524 from 2.49 MB/s (12 images). The network "
    "figures are conv2d_w3's period: with the measured 17838 the network would be 70075 fps / 2.445 MB/s, so the "
    "network rows follow the conv2d_w3 kernel alone. Model: conv2d_w1 9440 (cc loop II 12: 12 MAC-slot ops = 9 "
    "VMUL/VMAC.f + 3 VADD.f, 10 mv-slot ops = 9 extract-broadcasts (VEXTBCST.16) + the VMAX, 9 weight loads on one "
    "port, depth 40); with the compiler's II 17 the same loop nest gives 12690 cycles and 2976.3 MB/s (-6.1 %, "
    "within 10 %): the II is the whole conv2d_w1 error, and 17 is not reached by any slot count read (18 would need "
    "the extract and the broadcast as two mv-slot ops, but Xilinx/llvm-aie AIE2PreLegalizerCombiner.cpp "
    "``tryToCombineExtBcst`` @f10b643e folds vbroadcast16(vextract_elem16) into one vextract_broadcast16, as the "
    "model counts). conv2d_w3 22663 "
    "with W3_TT_LOOP_CHANGE (13071 unrolled): 128 cycles per output-channel group against ~101 implied (two 3-trip "
    "loops of 47 cycles, bias set-up 16 + 4 VUPS, tail 14); the compiler overlaps some of the per-group set-up / "
    "fill / drain (a non-leaf pipelining or the bias code scheduled into the loop's prologue), not identified. "
    "dense_w7 1915 (flatten 116, fully_connected 10 x 158, softmax 114) against ~1516 implied; the implied period "
    "is at the input-PLIO bound (6144 B at 4 B per cycle = 1536 cycles gives 34.66 MB/s, -1.3 %), so the measured "
    "kernel call is at most ~1536 cycles and the layer input-bound; the model's kernel is >= 25 % slow: the per-output tail (3 "
    "VADD.f, conversion, 16-lane reduce_add, a soft-float scalar add of SOFT_FLOAT_ADD_CYCLES = 20, an unsourced "
    "round number) is serial in the model. Sources that would settle these: the compiler's loop listings "
    "(``Work/aie/<tile>/<tile>.lst``, not published) or the README's per-layer profiling table (an image only).")
_II_W1 = ("conv2d_w1 inner-loop II model 12 (MAC slot: 9 bf16 MACs + 3 accumulator adds) vs the compiler's 17; no "
          "sourced slot count gives 17 (MNIST_DIAGNOSTIC)")
KNOWN_OFF: dict[str, str] = {
    "c39.conv2d_w1.loop_ii": "model low (-29.4 %): " + _II_W1,
    "c39.conv2d_w1.plio_o_mbps": ("model fast (+20.1 %): the kernel-bound period follows the inner-loop II (12 vs "
                                  "17); with II 17 the row is -6.1 % (MNIST_DIAGNOSTIC)"),
    "c39.conv2d_w3.plio_o_mbps": ("model slow (-19.7 %) after W3_TT_LOOP_CHANGE (+31.9 % blind, tt loops unrolled): "
                                  "22663 vs ~17838 implied cycles per call; per-group overheads (MNIST_DIAGNOSTIC)"),
    "c39.dense_w7.plio_o_mbps": ("model slow (-38.0 %; -20.8 % before SOFTFLOAT_COST_CHANGE): kernel 2446 cycles "
                                 "per call (1915 before) where the measured figure is "
                                 "the input-PLIO bound (1536 cycles, 34.66 MB/s); the serial per-output tail with an "
                                 "assumed soft-float add (MNIST_DIAGNOSTIC)"),
    "c39.mnist.fps": ("model slow (-21.2 %; +36.6 % blind): the network period is conv2d_w3's call (22663 model vs "
                      "~17838 implied; MNIST_DIAGNOSTIC)"),
    "c39.mnist.plio_o_mbps": ("model slow (-22.7 %; +34.1 % blind): conv2d_w3's period, as c39.mnist.fps "
                              "(MNIST_DIAGNOSTIC)"),
}
BUFFER_PORT_CHANGE = ("kernels.mnist_convnet BUFFER_PORT_CHANGE: loads from one buffer on one port (bank conflicts, "
                      "UG1076; inference on the compiler): max_pooling2d_w2 II 8 -> 16; C39 4 -> 5 of 11")
W3_TT_LOOP_CHANGE = ("kernels.mnist_convnet W3_TT_LOOP_CHANGE: conv2d_w3's 3-trip kernel-row loops kept as pipelined "
                     "loops (README 'A loop II=12 ... for 12 MAC operations'): conv2d_w3 row +31.9 -> -19.7 %, "
                     "network fps +36.6 -> -21.2 %, MB/s +34.1 -> -22.7 %; no figure in or out")


def predictors(prediction, not_modelled) -> dict:
    """key -> zero-argument predictor, one per measured C39 figure (measurements.csv)."""
    out = {}
    for layer in LAYER_KERNELS:
        def thr(layer=layer):
            v, d = layer_throughput(layer)
            return prediction(round(v, 2), detail=d)
        out[f"c39.{layer}.plio_o_mbps"] = thr

    def fps():
        f, _, d = network()
        return prediction(round(f), detail=d)

    def net_mbps():
        _, m, d = network()
        return prediction(round(m, 3), detail=f"{NETWORK_IMAGES} x 32 B over the output span; {d}")
    out["c39.mnist.fps"] = fps
    out["c39.mnist.plio_o_mbps"] = net_mbps
    for layer in ("conv2d_w1", "max_pooling2d_w2", "conv2d_w3"):
        out[f"c39.{layer}.loop_ii"] = (lambda layer=layer: prediction(loop_ii(layer)[0], detail=loop_ii(layer)[1]))
    return out


def blind_run() -> dict[str, float]:
    """Every C39 figure the model gives: rows and not-row values (what :data:`BLIND` holds)."""
    out = {}
    for layer in LAYER_KERNELS:
        out[f"c39.{layer}.plio_o_mbps"] = round(layer_throughput(layer)[0], 2)
    f, m, _ = network()
    out["c39.mnist.fps"] = round(f)
    out["c39.mnist.plio_o_mbps"] = round(m, 3)
    for layer in ("conv2d_w1", "max_pooling2d_w2", "conv2d_w3"):
        out[f"c39.{layer}.loop_ii"] = loop_ii(layer)[0]
    for k in mc.LAYERS:
        out[f"c39.{k}.call_cycles_not_row"] = mc.layer_cost(k).cycles
    out["c39.max_pooling2d_w4.loop_ii_not_row"] = mc.max_pooling2d_w4().loops[0].ii
    out["c39.conv2d_w5.loop_ii_not_row"] = mc.conv2d_w5("A").loops[0].ii
    out["c39.dense_w7.loop_ii_not_row"] = mc.dense_w7().loops[0].ii
    return out


if __name__ == "__main__":
    for k, v in blind_run().items():
        print(f"    {k!r}: {v},")
    for layer in LAYER_KERNELS:
        print(layer, layer_throughput(layer)[1])
    print("network", network()[2])
