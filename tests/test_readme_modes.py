"""The README's mode table says what mode_support_table() (proven against g++) says."""
from pathlib import Path

from aiesim_py.isa.apfixed import mode_support_table

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _rows():
    out = set()
    for r in mode_support_table():
        width = "< 8" if r.narrow_width else "8"
        ops = ", ".join(r.ops) if r.ops else "none"
        out.add((r.overflow, r.signed, width, r.status, ops))
    return out


def test_every_status_in_readme():
    rows = _rows()
    for overflow, signed, width, status, ops in rows:
        if overflow == "WRAP_SM":
            if status == "refused":
                assert "| AP_WRAP_SM | unsigned | any | refused |" in README
            else:
                assert f"| AP_WRAP_SM | signed | any | {status} | {ops} |" in README
            continue
        other = (overflow, not signed, width, status, ops)
        assert other in rows, f"signedness matters for {overflow} {width}: split the README row"
        assert f"| AP_{overflow} | both | {width} | {status} | {ops} |" in README, (overflow, width)
