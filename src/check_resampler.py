import sys; sys.path.insert(0, "/tmp/wt_rev4/src")
from compare import main
def rule(d):
    return (d["AIE_VARIANT"] == "AIE-ML" and d["TT_DATA"] == d["TT_OUT_DATA"] == "cint16" and d["TT_COEFF"] == "int16"
            and d["TP_API"] == "0" and d["TP_SSR"] == "1" and d["TP_PARA_DECI_POLY"] == "1"
            and d["TP_PARA_INTERP_POLY"] == "1" and d["TP_DUAL_IP"] == "0"
            and d["TP_USE_COEFF_RELOAD"] == "0" and d["TP_NUM_OUTPUTS"] == "1")
S = "/tmp/wt_rev4/src/"
main("/tmp/wt_rev4/validation/data/dsplib_fir_resampler_aieml.csv", S + "fir_resampler_0_header_line.txt", rule,
     [S + "fir_resampler_400000.txt", S + "fir_resampler_416000.txt"])
