"""A firmware project as validation sees it: the Design, the inputs the simulators read
(``data/input.txt``, or ``data/input<g>.txt`` per input PLIO when the compiler split a wide
first layer's input over several PLIOs) and what the functional run says every output PLIO
(``data/output.txt`` / ``data/output<g>.txt``) must carry."""
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
            ``feature`` is the design's (global) output feature index, i.e. it includes the
            PLIO's ``feature_offset``; -1 for padding (outside the buffer's tiling, or a
            column beyond the PLIO's feature range), which must be 0.
    """
    row: np.ndarray
    feature: np.ndarray


@dataclass(frozen=True)
class Project:
    """A project written by ``aiesim compile`` / ``write_firmware``.

    Attributes:
        path: project directory.
        design: its Design.
        inputs: ``(iterations, batch, input_features)`` int64 read back from the input PLIO
            file(s) (each input PLIO's file holds its feature range).
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
        pad = (feat < 0) | (feat >= plio_features(self.design, plio))
        return StreamMap(row=np.where(pad, -1, row), feature=np.where(pad, -1, feat + plio.feature_offset))

    def elements_per_iteration(self, plio: Plio) -> int:
        return int(plio_port(self.design, plio)[1].tiling.n_elements)


def plio_features(design: Design, plio: Plio) -> int:
    """How many of the design's input (output) features ``plio`` carries (``Plio.features``,
    or all from ``feature_offset`` on when None)."""
    total = design.input_features if plio.direction == "in" else design.output_features
    return int(plio.features) if plio.features is not None else total - int(plio.feature_offset)


def input_samples(design: Design, plio: Plio, path: Path) -> np.ndarray:
    """Read an input PLIO file back into ``(iterations, batch, features)`` int64 samples,
    ``features`` = :func:`plio_features` (the PLIO's range ``[feature_offset, feature_offset
    + features)`` of the design's input features; all of them for a single input PLIO).
    Inverse of ``compiler.emit.data.plio_stream``: the write tiling scatters the stream.

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
    return buf.reshape(iterations, design.batch, stored)[:, :, :plio_features(design, plio)]


def load_project(path) -> Project:
    """Load a project directory: ``design.json`` and its input PLIO file(s) (one per input
    PLIO, each holding its feature range), and run the functional model on those inputs.

    Raises:
        DesignFileError: no design.json / not a project of this aiesim_py; a design without
            an input PLIO.
        SimOutputError: an input PLIO file is missing or corrupt, or the input files hold
            different numbers of iterations.
    """
    path = Path(path).expanduser().resolve()
    design = Design.load(path)
    ins = [p for p in design.plios if p.direction == "in"]
    if not ins:
        raise DesignFileError(f"{path}: the design has no input PLIO; validation reads the inputs from "
                              "the input PLIO files")
    parts = []
    for plio in ins:
        in_file = path / plio.data_file
        if not in_file.is_file():
            raise SimOutputError(f"{in_file}: the project's input file of PLIO {plio.name} is missing; "
                                 "rewrite the project with 'aiesim compile'")
        parts.append((plio, in_file, input_samples(design, plio, in_file)))
    iterations = {x.shape[0] for _, _, x in parts}
    if len(iterations) > 1:
        counts = ", ".join(f"{f.name}: {x.shape[0]}" for _, f, x in parts)
        raise SimOutputError(f"{path}: the input PLIO files hold different numbers of iterations ({counts}); "
                             "rewrite the project with 'aiesim compile'")
    x = np.zeros((iterations.pop(), design.batch, design.input_features), dtype=np.int64)
    for plio, _, xs in parts:
        x[:, :, plio.feature_offset:plio.feature_offset + xs.shape[2]] = xs
    y = run_design(design, x.reshape(-1, design.input_features))
    return Project(path=path, design=design, inputs=x,
                   expected=y.reshape(x.shape[0], design.batch, design.output_features))
