"""Placement plot: written as a PNG from the CLI."""
from aiesim_py.cli import main


def test_compile_plot_writes_png(tmp_path, capsys):
    png = tmp_path / "placement.png"
    assert main(["compile", "mlp:16-64-32-8", "-o", str(tmp_path / "p"), "--parallelism", "2x2,1x2,1x1",
                 "--plot", str(png)]) == 0
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
