#!/usr/bin/env python3
"""Train the ``digits_qonnx`` example: a Brevitas 8-bit MLP exported to QONNX.

Writes ``digits_qonnx.onnx`` next to this script (or into ``--out``): a 64-64-32-10 ReLU
MLP trained quantization-aware with Brevitas on scikit-learn's bundled ``digits`` (no
download), exported with ``brevitas.export.export_qonnx`` and put through qonnx's cleanup
(``qonnx.util.cleanup.cleanup_model``).

Quantizers (all power-of-two scales, zero point 0, so aiesim maps every Quant to one SRS):

* input:   ``QuantIdentity`` with a constant fixed-point scale 2**-6 (``ap_fixed<8,2>``;
  x = k/16 is exact)
* weights: ``Int8WeightPerTensorFixedPoint`` (narrow signed 8-bit, per-tensor 2**-F)
* biases:  ``Int32Bias`` (scale = input scale x weight scale: integers in accumulator units)
* hidden:  ``QuantReLU(act_quant=Int8ActPerTensorFixedPoint)`` (signed 8-bit after ReLU)
* logits:  ``output_quant=Int8ActPerTensorFixedPoint`` on the last ``QuantLinear``

The accuracy printed is measured with the QONNX executor
(``qonnx.core.onnx_exec.execute_onnx``) on the test split, which is the split of
``examples/digits_mlp`` (``test_size=0.3, random_state=0, stratify``), checked against
``examples/digits_mlp/digits_test.npz``.

Usage::

    .venv/bin/python examples/digits_qonnx/train.py [--out DIR]

Deterministic: fixed seeds, one torch thread, deterministic algorithms; two runs write
byte-identical ``digits_qonnx.onnx``.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

HERE = Path(__file__).resolve().parent
DIGITS_TEST = HERE.parent / "digits_mlp" / "digits_test.npz"

SEED = 0
EPOCHS = 40
LR = 3e-3
BATCH = 32


def seed_everything(seed: int = SEED) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)


def load_data():
    d = load_digits()
    x = (d.data / 16.0).astype(np.float32)
    y = d.target.astype(np.int64)
    return train_test_split(x, y, test_size=0.3, random_state=0, stratify=y)


def make_model() -> nn.Module:
    import brevitas.nn as qnn
    from brevitas.core.scaling import ScalingImplType
    from brevitas.quant import Int8ActPerTensorFixedPoint, Int8WeightPerTensorFixedPoint, Int32Bias

    class InputQuant(Int8ActPerTensorFixedPoint):
        """Signed 8-bit, constant scale: threshold 2.0 -> power-of-two scale 2**-6."""
        scaling_impl_type = ScalingImplType.CONST
        min_val = -2.0
        max_val = 2.0

    def linear(n_in, n_out, **kw):
        return qnn.QuantLinear(n_in, n_out, bias=True, weight_quant=Int8WeightPerTensorFixedPoint,
                               bias_quant=Int32Bias, **kw)

    return nn.Sequential(
        qnn.QuantIdentity(act_quant=InputQuant, return_quant_tensor=True),
        linear(64, 64, return_quant_tensor=True),
        qnn.QuantReLU(act_quant=Int8ActPerTensorFixedPoint, return_quant_tensor=True),
        linear(64, 32, return_quant_tensor=True),
        qnn.QuantReLU(act_quant=Int8ActPerTensorFixedPoint, return_quant_tensor=True),
        linear(32, 10, output_quant=Int8ActPerTensorFixedPoint, return_quant_tensor=False),
    )


def train(model, x_tr, y_tr) -> None:
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, EPOCHS)
    loss_fn = nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x_tr), torch.from_numpy(y_tr)
    g = torch.Generator().manual_seed(SEED)
    model.train()
    for _ in range(EPOCHS):
        perm = torch.randperm(len(xt), generator=g)
        for i in range(0, len(xt), BATCH):
            idx = perm[i:i + BATCH]
            opt.zero_grad()
            loss_fn(model(xt[idx]), yt[idx]).backward()
            opt.step()
        sched.step()
    model.eval()


def export(model, path: Path):
    """export_qonnx + qonnx cleanup; returns the cleaned ModelWrapper (saved at ``path``)."""
    from brevitas.export import export_qonnx
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.util.cleanup import cleanup_model

    with tempfile.TemporaryDirectory() as td, warnings.catch_warnings(), \
            contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        raw = Path(td) / "raw.onnx"
        export_qonnx(model, torch.zeros(1, 64), export_path=str(raw))
        mw = cleanup_model(ModelWrapper(str(raw)))
    mw.model.graph.name = "digits_qonnx"
    mw.model.producer_name = "brevitas export_qonnx + qonnx cleanup (examples/digits_qonnx/train.py)"
    mw.model.producer_version = ""
    mw.model.doc_string = ""
    mw.save(str(path))
    return mw


def qonnx_predict(mw, x: np.ndarray) -> np.ndarray:
    """The QONNX executor on a batch (the batch size is set with cleanup's override_inpsize)."""
    from qonnx.core.onnx_exec import execute_onnx
    from qonnx.util.cleanup import cleanup_model

    m = cleanup_model(mw, override_inpsize=len(x))
    out = execute_onnx(m, {m.graph.input[0].name: np.ascontiguousarray(x, dtype=np.float32)})
    return out[m.graph.output[0].name]


def describe(mw) -> list[str]:
    lines = []
    for n in mw.graph.node:
        if n.op_type == "Quant":
            s, z, b = (mw.get_initializer(t) for t in n.input[1:4])
            attrs = {a.name: (a.s.decode() if a.type == 3 else a.i) for a in n.attribute}
            what = "const" if mw.get_initializer(n.input[0]) is not None else "act"
            lines.append(f"  {n.name:8s} {what:5s} scale={np.unique(s).tolist()} zp={np.unique(z).tolist()} "
                         f"bits={int(b)} signed={attrs['signed']} narrow={attrs['narrow']} "
                         f"rounding={attrs.get('rounding_mode', 'ROUND')}")
        else:
            lines.append(f"  {n.name:8s} {n.op_type}")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output directory (default: next to this script)")
    args = ap.parse_args(argv)
    t0 = time.time()
    seed_everything()
    x_tr, x_te, y_tr, y_te = load_data()
    if DIGITS_TEST.exists():
        ref = np.load(DIGITS_TEST)
        assert np.array_equal(ref["x_test"], x_te) and np.array_equal(ref["y_test"], y_te), \
            "test split differs from examples/digits_mlp/digits_test.npz"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = make_model()
        train(model, x_tr, y_tr)
        with torch.no_grad():
            acc_torch = float((model(torch.from_numpy(x_te)).argmax(1).numpy() == y_te).mean())
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "digits_qonnx.onnx"
    mw = export(model, path)
    y_q = qonnx_predict(mw, x_te)
    acc_qonnx = float((y_q.argmax(1) == y_te).mean())
    acc_train = float((qonnx_predict(mw, x_tr).argmax(1) == y_tr).mean())
    print("\n".join(describe(mw)))
    print(json.dumps({"n_train": len(x_tr), "n_test": len(x_te), "acc_brevitas_torch": acc_torch,
                      "acc_qonnx_executor_test": acc_qonnx, "acc_qonnx_executor_train": acc_train,
                      "seconds": round(time.time() - t0, 1)}, indent=1))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
