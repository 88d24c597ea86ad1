"""The non-dense kernel families by ``KernelInstance.kind``: parameter class and cost model.

``dense`` stays in :mod:`aiesim_py.kernels.dense`; the families here have a cost model
(cycles per call from the ``isa`` timing table) and ports (:class:`KernelPort`), but no
functional model or firmware template yet.
"""
from __future__ import annotations

from aiesim_py.kernels.bitonic_sort import BitonicSortParams, bitonic_sort_cycles
from aiesim_py.kernels.conv_corr import ConvCorrParams, conv_corr_cycles
from aiesim_py.kernels.cumsum import CumsumParams, cumsum_cycles
from aiesim_py.kernels.dds_mixer import DdsMixerParams, dds_mixer_cycles
from aiesim_py.kernels.dft import DftParams, dft_cycles
from aiesim_py.kernels.farrow import FarrowParams, farrow_cycles
from aiesim_py.kernels.euclidean_distance import EuclideanDistanceParams, euclidean_distance_cycles
from aiesim_py.kernels.fft_ifft_dit_1ch import FftParams, fft_ifft_dit_1ch_cycles
from aiesim_py.kernels.fft_window import FftWindowParams, fft_window_cycles
from aiesim_py.kernels.fir_decimate_asym import FirDecimateAsymParams, fir_decimate_asym_cycles
from aiesim_py.kernels.fir_decimate_hb import FirDecimateHbParams, fir_decimate_hb_cycles
from aiesim_py.kernels.fir_interpolate_asym import FirInterpolateAsymParams, fir_interpolate_asym_cycles
from aiesim_py.kernels.fir_interpolate_hb import FirInterpolateHbParams, fir_interpolate_hb_cycles
from aiesim_py.kernels.fir_resampler import FirResamplerParams, fir_resampler_cycles
from aiesim_py.kernels.fir_sr_asym import FirSrAsymParams, fir_sr_asym_cycles
from aiesim_py.kernels.fir_sr_sym import FirSrSymParams, fir_sr_sym_cycles
from aiesim_py.kernels.fir_tdm import FirTdmParams, fir_tdm_cycles
from aiesim_py.kernels.func_approx import FuncApproxParams, func_approx_cycles
from aiesim_py.kernels.gama_mmul import GamaMmulParams, gama_mmul_cycles
from aiesim_py.kernels.hadamard import HadamardParams, hadamard_cycles
from aiesim_py.kernels.kronecker import KroneckerParams, kronecker_cycles
from aiesim_py.kernels.matrix_mult import MatrixMultParams, matrix_mult_cycles
from aiesim_py.kernels.matrix_mult_tiler import TilerParams, tiler_cycles
from aiesim_py.kernels.matrix_vector_mul import MatVecParams, matrix_vector_mul_cycles
from aiesim_py.kernels.mixed_radix_fft import MixedRadixFftParams, mixed_radix_fft_cycles
from aiesim_py.kernels.outer_tensor import OuterTensorParams, outer_tensor_cycles
from aiesim_py.kernels.sample_delay import SampleDelayParams, sample_delay_cycles
from aiesim_py.kernels.scalar_loop import ScalarLoopParams, scalar_loop_cycles
from aiesim_py.kernels.softmax import SoftmaxParams, softmax_cycles
from aiesim_py.kernels.substitution import SubstitutionParams, substitution_cycles
from aiesim_py.kernels.twiddle_rotator import KIND as TWIDDLE_ROTATOR_KIND, TwiddleRotatorParams, twiddle_rotator_cycles
from aiesim_py.kernels.widget_api_cast import WidgetApiCastParams, widget_api_cast_cycles
from aiesim_py.kernels.widget_real2complex import WidgetReal2ComplexParams, widget_real2complex_cycles
from aiesim_py.kernels.zscore_norm import ZscoreNormParams, zscore_norm_cycles

#: kind -> (parameter dataclass, cost function(params, CoreTiming) -> KernelCost)
FAMILIES = {
    "scalar_loop": (ScalarLoopParams, scalar_loop_cycles),
    "hadamard": (HadamardParams, hadamard_cycles),
    "sample_delay": (SampleDelayParams, sample_delay_cycles),
    "matrix_mult": (MatrixMultParams, matrix_mult_cycles),
    "matrix_mult_tiler": (TilerParams, tiler_cycles),
    "matrix_vector_mul": (MatVecParams, matrix_vector_mul_cycles),
    "outer_tensor": (OuterTensorParams, outer_tensor_cycles),
    "kronecker": (KroneckerParams, kronecker_cycles),
    "widget_api_cast": (WidgetApiCastParams, widget_api_cast_cycles),
    "fft_window": (FftWindowParams, fft_window_cycles),
    "widget_real2complex": (WidgetReal2ComplexParams, widget_real2complex_cycles),
    "dft": (DftParams, dft_cycles),
    "conv_corr": (ConvCorrParams, conv_corr_cycles),
    "cumsum": (CumsumParams, cumsum_cycles),
    "euclidean_distance": (EuclideanDistanceParams, euclidean_distance_cycles),
    "fir_sr_asym": (FirSrAsymParams, fir_sr_asym_cycles),
    "func_approx": (FuncApproxParams, func_approx_cycles),
    "fft_ifft_dit_1ch": (FftParams, fft_ifft_dit_1ch_cycles),
    "bitonic_sort": (BitonicSortParams, bitonic_sort_cycles),
    "fir_decimate_asym": (FirDecimateAsymParams, fir_decimate_asym_cycles),
    "fir_sr_sym": (FirSrSymParams, fir_sr_sym_cycles),
    "dds_mixer": (DdsMixerParams, dds_mixer_cycles),
    "fir_interpolate_asym": (FirInterpolateAsymParams, fir_interpolate_asym_cycles),
    "fir_resampler": (FirResamplerParams, fir_resampler_cycles),
    "mixed_radix_fft": (MixedRadixFftParams, mixed_radix_fft_cycles),
    "fir_tdm": (FirTdmParams, fir_tdm_cycles),
    "fir_decimate_hb": (FirDecimateHbParams, fir_decimate_hb_cycles),
    "fir_interpolate_hb": (FirInterpolateHbParams, fir_interpolate_hb_cycles),
    "gama_mmul": (GamaMmulParams, gama_mmul_cycles),
    "softmax": (SoftmaxParams, softmax_cycles),
    "zscore_norm": (ZscoreNormParams, zscore_norm_cycles),
    "farrow": (FarrowParams, farrow_cycles),
    "substitution": (SubstitutionParams, substitution_cycles),
    TWIDDLE_ROTATOR_KIND: (TwiddleRotatorParams, twiddle_rotator_cycles),
}


def kernel_cost(kind: str, params, t):
    """Cost of one call of a non-dense kernel.

    Raises:
        ValueError: unknown kind, or a configuration the family's cost model refuses.
    """
    if kind not in FAMILIES:
        raise ValueError(f"no cost model for kernel kind {kind!r}; known: {sorted(FAMILIES)} and 'dense'")
    return FAMILIES[kind][1](params, t)
