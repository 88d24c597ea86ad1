import sys; sys.path.insert(0, "/tmp/wt_rev4/src")
from compare import main
def rule(d):
    return (d["AIE_VARIANT"] == "AIE-ML" and d["TT_DATA"] == d["TT_OUT_DATA"] == d["TT_COEFF"] == "cint16"
            and d["TP_SSR"] == "1" and d["TP_API"] == "0" and d["TP_DUAL_IP"] == "0"
            and d["TP_USE_COEFF_RELOAD"] == "0" and d["TP_NUM_OUTPUTS"] == "1")
S = "/tmp/wt_rev4/src/"
main("/tmp/wt_rev4/validation/data/dsplib_fir_tdm_aieml.csv", S + "fir_tdm_0_header_line.txt", rule,
     [S + "fir_tdm_296000.txt", S + "fir_tdm_312000.txt", S + "fir_tdm_328000.txt"])
