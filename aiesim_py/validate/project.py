"""A firmware project as validation sees it: the Design, the inputs the simulators read
(``data/input.txt``) and what the functional run says every output PLIO must carry."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aiesim_py.compiler.emit.data import plio_port, plio_stream
from aiesim_py.design import Design, Plio
from aiesim_py.errors import DesignFileError, SimOutputError
from aiesim_py.sim.functional import run_design
from aiesim_py.validate.formats import read_plio_text, values_per_line


@dataclass(frozen=True)
class StreamMap:
    """Where every element of one iteration of an output PLIO stream comes from.

    Attributes:
        row, feature: ``(elements,)`` int64 batch row and feature of each stream element;
            -1 for padding (outside the buffer's tiling, or a feature column beyond
            ``output_features``), which must be 0.
    """
    row: np.ndarray
    feature: np.ndarray


@dataclass(frozen=True)
class Project:
    """A project written by ``aiesim compile`` / ``write_firmware``.

    Attributes:
        path: project directory.
        design: its Design.
        inputs: ``(iterations, batch, input_features)`` int64 read back from the input PLIO file.
        expected: ``(iterations, batch, output_features)`` int64 from the functional run.
    """
    path: Path
    design: Design
    inputs: np.ndarray
    expected: np.ndarray

    @property
    def iterations(self) -> int:
        return int(self.inputs.shape[0])

    def output_plios(self) -> list[Plio]:
        return [p for p in self.design.plios if p.direction == "out"]

    def expected_stream(self, plio: Plio, iterations: int | None = None) -> np.ndarray:
        """``(iterations, elements)`` int64: what ``plio`` must carry, iteration by iteration."""
        y = self.expected if iterations is None else self.expected[:iterations]
        return plio_stream(self.design, plio, y)

    def stream_map(self, plio: Plio) -> StreamMap:
        """Batch row and feature of each element of one iteration of ``plio``'s stream."""
        b, port = plio_port(self.design, plio)
        stored = int(b.dimension[0])
        off = port.tiling.element_offsets()
        row = np.where(off >= 0, off // stored, -1)
        feat = np.where(off >= 0, off % stored, -1)
        pad = feat >= self.design.output_features
        return StreamMap(row=np.where(pad, -1, row), feature=np.where(pad, -1, feat))

    def elements_per_iteration(self, plio: Plio) -> int:
        return int(plio_port(self.design, plio)[1].tiling.n_elements)


def input_samples(design: Design, plio: Plio, path: Path) -> np.ndarray:
    """Read an input PLIO file back into ``(iterations, batch, input_features)`` int64 samples
    (inverse of ``compiler.emit.data.plio_stream``: the write tiling scatters the stream).

    Raises:
        SimOutputError: unreadable file, or not a whole number of iterations.
    """
    data = read_plio_text(path, plio.dtype, plio.width_bits)
    b, port = plio_port(design, plio)
    off = port.tiling.element_offsets()
    flat = data.values.reshape(-1)
    n = off.size
    if flat.size % n:
        per_line = values_per_line(plio.dtype, plio.width_bits)
        raise SimOutputError(f"{path}: {flat.size} values are not a whole number of iterations of "
                             f"{n} values ({n // per_line} lines each); the file is truncated or belongs "
                             "to another design")
    stream = flat.reshape(-1, n).astype(np.int64)
    iterations = stream.shape[0]
    stored = int(b.dimension[0])
    buf = np.zeros((iterations, int(np.prod(b.dimension))), dtype=np.int64)
    keep = off >= 0
    buf[:, off[keep]] = stream[:, keep]
    return buf.reshape(iterations, design.batch, stored)[:, :, :design.input_features]


def load_project(path) -> Project:
    """Load a project directory: ``design.json`` and its input PLIO file, and run the
    functional model on those inputs.

    Raises:
        DesignFileError: no design.json / not a project of this aiesim_py.
        SimOutputError: the input PLIO file is missing or corrupt.
    """
    path = Path(path).expanduser().resolve()
    design = Design.load(path)
    ins = [p for p in design.plios if p.direction == "in"]
    if len(ins) != 1:
        raise DesignFileError(f"{path}: the design has {len(ins)} input PLIOs; validation needs one")
    in_file = path / ins[0].data_file
    if not in_file.is_file():
        raise SimOutputError(f"{in_file}: the project's input PLIO file is missing; rewrite the project "
                             "with 'aiesim compile'")
    x = input_samples(design, ins[0], in_file)
    y = run_design(design, x.reshape(-1, design.input_features))
    return Project(path=path, design=design, inputs=x,
                   expected=y.reshape(x.shape[0], design.batch, design.output_features))
