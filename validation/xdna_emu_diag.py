"""Run validation/run.py with TimingParams overrides, for the XDNA_EMU_FACTS.md diagnostics.

    python validation/xdna_emu_diag.py dma_bd_setup_cycles=0 -- --summary --case C5
    python validation/xdna_emu_diag.py --flag INGRESS -- --summary

Every ``name=value`` before ``--`` replaces that field in every TimingParams the run builds
(``TimingParams.from_device`` is wrapped, so explicit overrides a case passes are replaced too);
``--flag NAME`` sets ``aiesim_py.sim.timing.plio_routes.<NAME>_CHANGE = True`` (a labelled
diagnostic switch in the model, off by default). Arguments after ``--`` go to run.py. Nothing
in the model or the device files is edited; this is how each row of the diagnostics table in
validation/XDNA_EMU_FACTS.md was produced.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _parse(argv: list[str]) -> tuple[dict, list[str], list[str]]:
    overrides, flags, rest = {}, [], []
    if "--" in argv:
        i = argv.index("--")
        head, rest = argv[:i], argv[i + 1:]
    else:
        head = argv
    it = iter(head)
    for a in it:
        if a == "--flag":
            flags.append(next(it))
            continue
        name, value = a.split("=", 1)
        overrides[name] = float(value) if "." in value else int(value)
    return overrides, flags, rest


def main(argv=None) -> int:
    overrides, flags, rest = _parse(list(sys.argv[1:] if argv is None else argv))
    from aiesim_py.sim.timing import params as params_mod
    from aiesim_py.sim.timing import plio_routes

    original = params_mod.TimingParams.from_device

    def from_device(device, **kw):
        kw.update(overrides)
        return original(device, **kw)

    params_mod.TimingParams.from_device = staticmethod(from_device)
    for f in flags:
        name = f"{f}_CHANGE"
        if not hasattr(plio_routes, name):
            raise SystemExit(f"plio_routes has no diagnostic switch {name}")
        setattr(plio_routes, name, True)
    import run
    return run.main(rest)


if __name__ == "__main__":
    sys.exit(main())
