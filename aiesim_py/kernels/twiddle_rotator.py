"""DSPLib ``twiddleRotator`` (the point-wise twiddle multiply between the two FFT passes of the VSS FFT,
``vss_fft_ifft_1d``), AIE-ML, buffer interface; and the per-port single-buffer variant of the
``fft_ifft_dit_1ch`` parameters that the VSS graphs' placement constraints need.

Source read (facts only, no code taken), Xilinx/Vitis_Libraries @0d8795bc: ``dsp/L1/src/aie/twiddle_rotator.cpp``
(``twiddleRotation``), ``dsp/L1/include/aie/twiddle_rotator.hpp`` (class constants), ``dsp/L2/include/aie/
vss_fft_ifft_1d_graph.hpp`` (mode 1 graph: window sizes, ``create_par_kernels_vss_decomp``) and ``fir_utils.hpp``
(``fnNumLanes`` for AIE-ML, ``__MIN_REGSIZE__`` 256: ``<cint32, cint16>`` 8 lanes, ``<cint16, cint16>`` the default
16). Assumption (as kernels.fft_ifft_dit_1ch): the 2024.2 library the measured designs used had the same loop
structure and op counts.

* Class constants: ``m_kNumDataLanes = fnNumLanes<TT_DATA, TT_TWIDDLE>`` (8 for cint32 data, 16 for cint16),
  ``m_kNumTwLanes = fnNumLanes<TT_TWIDDLE, TT_TWIDDLE>`` (16 for cint16 twiddles), ``m_kRptFactor`` 4, and
  ``m_kTwFanSize`` 1 when ``D1 x D2 / SSR x sizeof(TT_TWIDDLE) <= 32768`` bytes (the whole twiddle table in memory),
  else ``m_kNumTwLanes`` (a fan of rotations recomputed by an extra multiply per vector: NOT modelled, refused).
* A call processes ``TP_WINDOW_SIZE / D1`` frames (plain ``for frame`` loop, no pipelining pragma). Per frame an
  inner loop marked ``chess_prepare_for_pipelining`` runs ``D1 / (lanes x 4)`` trips (equal data / twiddle sizes) or
  ``D1 / (lanes x 2 x 4)`` trips (cint32 data, cint16 twiddles), its body unrolled 4 times (``#pragma unroll``).
* One unrolled step, fan size 1: the twiddle vector ``twidAct`` (16 cint16 = 64 bytes) loaded through the twiddle
  table pointer; then
  - cint32 data: two data vectors of 8 cint32 (64 bytes each) through ``inPtr``, two ``aie::mul`` of 8 lanes
    (``extract<8>(0)`` / ``(1)`` of the twiddle vector: halves of a 512-bit register, no op), two ``to_vector``
    (SRS acc64 -> 32-bit parts) and two 64-byte stores through ``outPtr``: 16 samples a step;
  - cint16 data: one data vector of 16 cint16, one ``aie::mul`` of 16 lanes, one SRS and one 64-byte store: 16
    samples a step.

Costs (no new constant): loads / stores in 256-bit ops (``CoreTiming.load_bytes`` / ``store_bytes``), data on one
load unit and twiddles on the other (as kernels.fft_window's data / coefficient); the multiplies and their SRS are
:func:`aiesim_py.kernels.hadamard.elementwise_multiply` (VMULs per lane count, SRS fused into the store where the SRS
unit writes the width); the loop rule of kernels.fft_window: an inner loop of 2..``UNROLL_MAX_TRIPS`` trips (or one)
is unrolled into the frame loop, which is then the innermost loop and software pipelined; otherwise per frame the
pipelined inner loop with its set-up, frames one after the other. Call: the ADF wrapper of two buffers
(:func:`~aiesim_py.kernels.kernel_io.adf_call_overhead`). The twiddle tables are graph parameters in data memory
(no first-call copy).

Not modelled (refused): cfloat data or twiddles (the AIE-ML fp32 emulation of the complex multiply is not costed
here), cint32 twiddles (not an AIE-ML FFT twiddle type), fan size > 1, the stream API.

Registration: :data:`KIND` is an entry of :data:`aiesim_py.kernels.families.FAMILIES` (moved there from an import-time
``register()`` when the branch was merged).
"""
from __future__ import annotations

from dataclasses import dataclass

from aiesim_py.isa.timing import AIE_ML_CORE, CoreTiming, SlotUse, critical_path, loop_cycles, resource_ii
from aiesim_py.kernels.fft_ifft_dit_1ch import FftParams
from aiesim_py.kernels.hadamard import elementwise_multiply
from aiesim_py.kernels.kernel_io import (KernelCost, KernelPort, adf_call_overhead, loop_setup_cycles, sample_type,
                                         unrolled_inner_loop)

TEMPLATE = None
KIND = "twiddle_rotator"
#: (TT_DATA, TT_TWIDDLE) costed
DATA_TYPES = (("cint16", "cint16"), ("cint32", "cint16"))
#: fnNumLanes on AIE-ML (fir_utils.hpp, __MIN_REGSIZE__ != 128): <cint32, cint16> 8, default 16
DATA_LANES = {("cint32", "cint16"): 8, ("cint16", "cint16"): 16}
TWIDDLE_LANES = 16                   # fnNumLanes<cint16, cint16> on AIE-ML (the default)
REPEAT = 4                           # m_kRptFactor (#pragma unroll)
FAN_TABLE_BYTES = 32768              # m_kTwFanSize is 1 up to this many twiddle bytes per kernel


@dataclass(frozen=True)
class TwiddleRotatorParams:
    """One ``twiddleRotator`` kernel (one SSR path of the VSS FFT).

    Attributes:
        data_type, twiddle_type: ``TT_DATA`` / ``TT_TWIDDLE``.
        window: ``TP_WINDOW_SIZE`` (samples per call; the graph's ``kWindowSizeCalc1``).
        pt_size_d1, pt_size_d2: ``TP_PT_SIZE_D1`` / ``TP_PT_SIZE_D2`` (front / back FFT point sizes).
        ssr: ``TP_SSR``.
        in_buffers, out_buffers: 2 (ping-pong) or 1 (``single_buffer`` on that port).
    """
    data_type: str
    twiddle_type: str
    window: int
    pt_size_d1: int
    pt_size_d2: int
    ssr: int = 1
    in_buffers: int = 2
    out_buffers: int = 2

    def __post_init__(self):
        if (self.data_type, self.twiddle_type) not in DATA_TYPES:
            raise ValueError(f"twiddle_rotator: TT_DATA / TT_TWIDDLE = {self.data_type} / {self.twiddle_type} is not "
                             f"modelled (cfloat: the AIE-ML fp32 emulation of the complex multiply is not costed; "
                             f"modelled: {DATA_TYPES})")
        if self.ssr < 1 or self.pt_size_d1 <= 0 or self.pt_size_d2 <= 0:
            raise ValueError("twiddle_rotator: ssr and point sizes must be positive")
        if self.window <= 0 or self.window % self.pt_size_d1:
            raise ValueError(f"twiddle_rotator: window {self.window} is not a multiple of D1 {self.pt_size_d1}")
        if self.pt_size_d1 % self.samples_per_trip:
            raise ValueError(f"twiddle_rotator: D1 {self.pt_size_d1} is not a multiple of the "
                             f"{self.samples_per_trip} samples of one unrolled trip")
        if self.fan_size != 1:
            raise ValueError(f"twiddle_rotator: twiddle fan size {self.fan_size} (D1 x D2 / SSR x "
                             f"{sample_type(self.twiddle_type).bytes} bytes > {FAN_TABLE_BYTES}): the fan's extra "
                             "twiddle multiply per vector is not modelled")
        for b in (self.in_buffers, self.out_buffers):
            if b not in (1, 2):
                raise ValueError(f"twiddle_rotator: buffers must be 1 or 2, got {b!r}")

    @property
    def out_type(self) -> str:
        return self.data_type

    @property
    def fan_size(self) -> int:
        """``m_kTwFanSize``."""
        table = self.pt_size_d1 * self.pt_size_d2 // self.ssr * sample_type(self.twiddle_type).bytes
        return 1 if table <= FAN_TABLE_BYTES else TWIDDLE_LANES

    @property
    def wide_data(self) -> bool:
        """``sizeof(TT_DATA) != sizeof(TT_TWIDDLE)``: two data vectors per twiddle vector."""
        return sample_type(self.data_type).bytes != sample_type(self.twiddle_type).bytes

    @property
    def samples_per_step(self) -> int:
        lanes = DATA_LANES[(self.data_type, self.twiddle_type)]
        return 2 * lanes if self.wide_data else lanes

    @property
    def samples_per_trip(self) -> int:
        return REPEAT * self.samples_per_step

    @property
    def frames(self) -> int:
        return self.window // self.pt_size_d1

    @property
    def trips_per_frame(self) -> int:
        return self.pt_size_d1 // self.samples_per_trip

    def ports(self) -> tuple[KernelPort, ...]:
        n = self.window * sample_type(self.data_type).bytes
        return KernelPort("in", "buffer", n, self.in_buffers), KernelPort("out", "buffer", n, self.out_buffers)


def step_ops(p: TwiddleRotatorParams, t: CoreTiming = AIE_ML_CORE) -> tuple[SlotUse, int]:
    """(issue slots, critical path) of one unrolled step (module docstring)."""
    td = sample_type(p.data_type)
    lanes = DATA_LANES[(p.data_type, p.twiddle_type)]
    vectors = 2 if p.wide_data else 1
    tw_loads = -(-TWIDDLE_LANES * sample_type(p.twiddle_type).bytes // t.load_bytes)
    data_loads = vectors * -(-lanes * td.bytes // t.load_bytes)
    stores = vectors * -(-lanes * td.bytes // t.store_bytes)
    m = elementwise_multiply(p.data_type, p.twiddle_type, lanes, t)
    slots = SlotUse(load_a=data_loads, load_b=tw_loads, mac=vectors * m.macs, vector_alu=vectors * m.shuffles,
                    move=vectors * m.moves, store=stores)
    depth = critical_path((max(data_loads // vectors, tw_loads), t.vload_latency), *m.steps,
                          (stores // vectors, 0))
    return slots, depth


def twiddle_rotator_cycles(p: TwiddleRotatorParams, t: CoreTiming = AIE_ML_CORE) -> KernelCost:
    """Cycles of one call (module docstring): frames (plain loop) > trips (pipelined, 4 steps unrolled)."""
    step, step_depth = step_ops(p, t)
    body = step.scaled(REPEAT)
    ii = resource_ii(body, t)
    # the 4 unrolled steps are independent: the last issues (REPEAT - 1) step IIs after the first
    depth = step_depth + (REPEAT - 1) * resource_ii(step, t)
    trips = p.trips_per_frame
    if trips == 1 or unrolled_inner_loop(trips):
        # the inner loop disappears (one trip) or is unrolled: the frame loop is the innermost, pipelined one
        depth += (trips - 1) * ii
        ii = resource_ii(body.scaled(trips), t)
        loop = loop_cycles(p.frames, ii, depth, pipelined=True) + loop_setup_cycles(t, p.frames)
    else:
        per_frame = loop_cycles(trips, ii, depth, pipelined=True) + loop_setup_cycles(t, trips)
        loop = p.frames * per_frame + loop_setup_cycles(t, p.frames)
    call = adf_call_overhead(t, 2)
    return KernelCost(total_cycles=loop + call, loop_cycles=loop, call_overhead_cycles=call, ii_cycles=ii,
                      depth_cycles=depth, trips=p.frames * trips, pipelined=True,
                      function_cycles=loop + call - 4 * t.lock_op_cycles,
                      first_output_cycles=call // 2 + step_depth)


@dataclass(frozen=True)
class FftPortParams(FftParams):
    """:class:`~aiesim_py.kernels.fft_ifft_dit_1ch.FftParams` with ``single_buffer`` per port: the VSS designs
    constrain the input and the output buffer of an FFT kernel separately (``single_buffer(k.in[0])`` without
    ``k.out[0]``), which ``FftParams.single_buffer`` (both ports) cannot say. Same cost (the kernel's code does not
    depend on its buffers); only :meth:`ports` differs. ``single_buffer`` must stay False here."""
    in_buffers: int = 2
    out_buffers: int = 2

    def __post_init__(self):
        super().__post_init__()
        if self.single_buffer:
            raise ValueError("FftPortParams: give in_buffers / out_buffers instead of single_buffer")
        if self.api != "buffer":
            raise ValueError("FftPortParams: buffer API only")
        for b in (self.in_buffers, self.out_buffers):
            if b not in (1, 2):
                raise ValueError(f"FftPortParams: buffers must be 1 or 2, got {b!r}")

    def ports(self) -> tuple[KernelPort, ...]:
        i, o = super().ports()
        return (KernelPort(i.direction, i.interface, i.bytes_per_call, self.in_buffers),
                KernelPort(o.direction, o.interface, o.bytes_per_call, self.out_buffers))
