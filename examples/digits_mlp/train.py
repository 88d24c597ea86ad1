#!/usr/bin/env python3
"""Train, quantize and export the ``digits_mlp`` example model.

This script produces the artefacts that the ``aiesim_py`` demo imports, so the
demo itself never has to train anything:

``digits_mlp.fml``
    The hls4ml ``ModelGraph`` (Vitis backend, ``io_parallel``), saved with
    ``hls4ml.utils.serialization.serialize_model``.  All precisions are explicit
    8-bit fixed point (see below); weights and biases are stored *exactly* on
    their fixed-point grid.
``digits_test.npz``
    ``x_test`` (float32, shape (n, 64), values k/16) and ``y_test`` (int64).
``model.pt``
    The PyTorch ``state_dict`` of the quantized-grid model that was converted.

Pipeline
--------
1. Load scikit-learn's bundled 8x8 ``digits`` data set (no download), scale
   features to x/16 (exactly representable with 6 fraction bits) and split
   train/test 70/30, stratified, ``random_state=0``.
2. Train a float 64-64-32-10 ReLU MLP (``nn.Sequential``) on the CPU with fixed
   seeds.
3. Choose hls4ml-style fixed-point types layer by layer from the data:

   * input           ``ap_fixed<8,2>``                      (Fi = 6)
   * Dense weight    ``ap_fixed<8,Iw>``      Iw = smallest that holds max|w|
   * Dense bias      ``ap_fixed<16,Ib>``     Fb = min(16 - Ib_needed, Fi + Fw)
   * Dense accum     ``ap_fixed<32,32-(Fi+Fw)>``  (products and sums are exact)
   * Dense result    ``ap_fixed<8,Io,AP_RND_CONV,AP_SAT>``  Io from the observed
     range of that layer's output on the training set
   * ReLU result     exactly the Dense result type (so ReLU is exact)

   The fraction bits of layer n's input are the fraction bits of layer n-1's
   result type.  Then a short quantization-aware fine-tune (straight-through
   estimator, types kept fixed) recovers the accuracy lost by rounding, and
   the weights/biases are finally snapped onto their grids.
4. Convert with hls4ml, compile the C++ model, evaluate with ``predict`` on the
   whole test split and cross-check it against a bit-exact NumPy emulation and
   against the float model; serialize, reload, recompile and check that the
   reloaded model predicts identically.

Usage::

    .venv/bin/python examples/digits_mlp/train.py [--out DIR]

The run is deterministic (fixed seeds, single-threaded deterministic torch,
normalised archive metadata): running it twice yields the same accuracies and
byte-identical ``digits_mlp.fml`` / ``digits_test.npz``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

HERE = Path(__file__).resolve().parent

SEED = 0
INPUT_W, INPUT_I = 8, 2  # ap_fixed<8,2>: x = k/16 is exact (6 fraction bits)
WEIGHT_W = 8
BIAS_W = 16
ACCUM_W = 32
RESULT_W = 8

FLOAT_EPOCHS = 60
FLOAT_LR = 1e-3
QAT_EPOCHS = 30
QAT_LR = 2e-4
BATCH = 32


# ----------------------------------------------------------------------------
# Fixed-point helpers
# ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Fixed:
    """A signed ``ap_fixed<W,I,Q,O>`` type (Q in {TRN, RND_CONV}, O in {WRAP, SAT})."""

    width: int
    integer: int
    rnd_conv: bool = False
    sat: bool = False

    @property
    def frac(self) -> int:
        return self.width - self.integer

    @property
    def lsb(self) -> float:
        return 2.0 ** -self.frac

    @property
    def min(self) -> float:
        return -(2.0 ** (self.integer - 1))

    @property
    def max(self) -> float:
        return 2.0 ** (self.integer - 1) - self.lsb

    def hls(self) -> str:
        """The precision string handed to hls4ml."""
        s = f'ap_fixed<{self.width},{self.integer}'
        if self.rnd_conv or self.sat:
            s += ',AP_RND_CONV' if self.rnd_conv else ',AP_TRN'
            if self.sat:
                s += ',AP_SAT'
        return s + '>'


def to_grid(x: np.ndarray, t: Fixed) -> np.ndarray:
    """Round ``x`` to the nearest point of ``t``'s grid and clip to its range (float64)."""
    k = np.clip(np.round(np.asarray(x, dtype=np.float64) * 2.0**t.frac),
                -(2 ** (t.width - 1)), 2 ** (t.width - 1) - 1)
    return k / 2.0**t.frac


def cast_result(x: np.ndarray, t: Fixed) -> np.ndarray:
    """Emulate an ap_fixed cast to a RND_CONV/SAT result type.

    ``np.round`` rounds half to even, which is AP_RND_CONV; inputs here are exact
    multiples of the accumulator LSB so there is no double rounding.
    """
    assert t.rnd_conv and t.sat
    return to_grid(x, t)


def smallest_integer_bits(max_abs_pos: float, max_abs_neg: float, width: int) -> int:
    """Smallest I such that rounding to ap_fixed<width,I> saturates nothing.

    ``max_abs_pos`` is the largest positive value, ``max_abs_neg`` the magnitude
    of the most negative one (0 if only the positive side matters).
    """
    for i in range(-8, 40):
        t = Fixed(width, i)
        hi = 2 ** (width - 1) - 1
        if (round(max_abs_pos * 2.0**t.frac) <= hi
                and round(max_abs_neg * 2.0**t.frac) <= hi + 1):
            return i
    raise ValueError('value range too large')


@dataclass(frozen=True)
class DenseTypes:
    name: str  # hls4ml Dense layer name ('_0', '_2', '_4')
    act: str | None  # hls4ml Activation layer name following it, if any
    inp: Fixed
    weight: Fixed
    bias: Fixed
    accum: Fixed
    result: Fixed


# ----------------------------------------------------------------------------
# Data and model
# ----------------------------------------------------------------------------
def seed_everything(seed: int = SEED) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)


def load_data():
    d = load_digits()
    x = (d.data / 16.0).astype(np.float32)  # values k/16, k = 0..16
    y = d.target.astype(np.int64)
    x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.3, random_state=0, stratify=y)
    return x_tr, x_te, y_tr, y_te


def make_model() -> nn.Sequential:
    return nn.Sequential(
        nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 32), nn.ReLU(),
        nn.Linear(32, 10),
    )


def dense_layers(model: nn.Sequential) -> list[nn.Linear]:
    return [m for m in model if isinstance(m, nn.Linear)]


def accuracy_from_logits(logits: np.ndarray, y: np.ndarray) -> float:
    return float((np.argmax(logits, axis=1) == y).mean())


def float_logits(model: nn.Module, x: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return model(torch.from_numpy(x)).numpy()


def train_float(model, x_tr, y_tr, epochs, lr, forward=None, after_step=None, seed=SEED):
    """Plain Adam + cross-entropy training loop with a seeded shuffle."""
    forward = forward or model
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x_tr), torch.from_numpy(y_tr)
    g = torch.Generator().manual_seed(seed)
    n = len(xt)
    for _ in range(epochs):
        perm = torch.randperm(n, generator=g)
        for i in range(0, n, BATCH):
            idx = perm[i:i + BATCH]
            opt.zero_grad()
            loss = loss_fn(forward(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
            if after_step is not None:
                after_step()
    return model


# ----------------------------------------------------------------------------
# Choosing the fixed-point types
# ----------------------------------------------------------------------------
def choose_types(model: nn.Sequential, x_cal: np.ndarray) -> list[DenseTypes]:
    """Pick per-layer types from the weights and the observed activation ranges.

    Calibration is sequential: layer n sees the *quantized* output of layer n-1.
    Hidden Dense layers are followed by ReLU, so only their positive range
    matters (negative values saturate at -2^(Io-1) and ReLU maps them to 0
    anyway); the final logits layer must hold both signs.
    """
    lin = dense_layers(model)
    names = ['_0', '_2', '_4']
    acts = ['_1', '_3', None]
    inp = Fixed(INPUT_W, INPUT_I)
    h = to_grid(x_cal, inp)
    assert np.array_equal(h, x_cal), 'inputs must be exact in ap_fixed<8,2>'
    types = []
    for layer, name, act in zip(lin, names, acts):
        w = layer.weight.detach().double().numpy()
        b = layer.bias.detach().double().numpy()
        iw = smallest_integer_bits(max(w.max(), 0.0), max(-w.min(), 0.0), WEIGHT_W)
        wt = Fixed(WEIGHT_W, iw)
        acc_frac = inp.frac + wt.frac
        ib_needed = smallest_integer_bits(max(b.max(), 0.0), max(-b.min(), 0.0), BIAS_W)
        # Fb <= Fi + Fw so that the bias adds exactly into the accumulator.
        bt = Fixed(BIAS_W, max(ib_needed, BIAS_W - acc_frac))
        at = Fixed(ACCUM_W, ACCUM_W - acc_frac)
        z = h @ to_grid(w, wt).T + to_grid(b, bt)
        if act is not None:
            io = smallest_integer_bits(max(z.max(), 0.0), 0.0, RESULT_W)
        else:
            io = smallest_integer_bits(max(z.max(), 0.0), max(-z.min(), 0.0), RESULT_W)
        rt = Fixed(RESULT_W, io, rnd_conv=True, sat=True)
        types.append(DenseTypes(name, act, inp, wt, bt, at, rt))
        h = cast_result(z, rt)
        if act is not None:
            h = np.maximum(h, 0.0)
        inp = rt
    return types


def emulate(model: nn.Sequential, types: list[DenseTypes], x: np.ndarray) -> np.ndarray:
    """Bit-exact NumPy model of the hls4ml network (float64 is exact here)."""
    h = to_grid(x, types[0].inp)
    for layer, t in zip(dense_layers(model), types):
        w = layer.weight.detach().double().numpy()
        b = layer.bias.detach().double().numpy()
        assert np.array_equal(w, to_grid(w, t.weight)) and np.array_equal(b, to_grid(b, t.bias))
        z = h @ w.T + b  # exact: |z| < 2^(31-Fi-Fw), all terms multiples of 2^-(Fi+Fw)
        h = cast_result(z, t.result)
        if t.act is not None:
            h = np.maximum(h, 0.0)
    return h


# ----------------------------------------------------------------------------
# Quantization-aware fine-tuning (straight-through estimator)
# ----------------------------------------------------------------------------
def fake_quant(x: torch.Tensor, t: Fixed) -> torch.Tensor:
    """Round-to-grid (half to even) + saturate, with identity gradient."""
    s = 2.0**t.frac
    q = torch.clamp(torch.round(x * s), -(2 ** (t.width - 1)), 2 ** (t.width - 1) - 1) / s
    return x + (q - x).detach()


def qat_forward(model: nn.Sequential, types: list[DenseTypes]):
    lin = dense_layers(model)

    def forward(x):
        h = x
        for layer, t in zip(lin, types):
            h = nn.functional.linear(h, fake_quant(layer.weight, t.weight), fake_quant(layer.bias, t.bias))
            h = fake_quant(h, t.result)
            if t.act is not None:
                h = torch.relu(h)
        return h

    return forward


def clip_to_range(model: nn.Sequential, types: list[DenseTypes]):
    """Keep the float shadow weights inside the representable range (no saturation)."""
    lin = dense_layers(model)

    def clip():
        with torch.no_grad():
            for layer, t in zip(lin, types):
                layer.weight.clamp_(t.weight.min, t.weight.max)
                layer.bias.clamp_(t.bias.min, t.bias.max)

    return clip


def snap_to_grid(model: nn.Sequential, types: list[DenseTypes]) -> None:
    with torch.no_grad():
        for layer, t in zip(dense_layers(model), types):
            for p, pt in ((layer.weight, t.weight), (layer.bias, t.bias)):
                q = to_grid(p.double().numpy(), pt)
                p.copy_(torch.from_numpy(q).to(p.dtype))
                assert np.array_equal(p.double().numpy(), q)  # exact in float32


# ----------------------------------------------------------------------------
# hls4ml
# ----------------------------------------------------------------------------
def hls4ml_config(model: nn.Sequential, types: list[DenseTypes]) -> dict:
    import hls4ml

    cfg = hls4ml.utils.config_from_pytorch_model(
        model, input_shape=(64,), granularity='name', backend='Vitis',
        default_precision='ap_fixed<16,6>')
    ln = cfg['LayerName']
    ln['input_1']['Precision']['result'] = types[0].inp.hls()
    for t in types:
        ln[t.name]['Precision'].update(
            result=t.result.hls(), weight=t.weight.hls(), bias=t.bias.hls(), accum=t.accum.hls())
        if t.act is not None:
            ln[t.act]['Precision']['result'] = t.result.hls()
    return cfg


def check_hls_types(hls_model, types: list[DenseTypes]) -> list[str]:
    """Verify that hls4ml's layer types are exactly what we asked for; return a report."""
    from hls4ml.model.types import RoundingMode, SaturationMode

    want = {'input_1': {'result_t': types[0].inp}}
    for t in types:
        want[t.name] = {'result_t': t.result, 'weight_t': t.weight, 'bias_t': t.bias, 'accum_t': t.accum}
        if t.act is not None:
            want[t.act] = {'result_t': t.result}
    lines = []
    seen = []
    for layer in hls_model.get_layers():
        seen.append(layer.name)
        lines.append(f'  {layer.name:8s} {layer.class_name:10s} '
                     + ', '.join(f'{k}={v.precision}' for k, v in layer.types.items()
                                 if k in ('result_t', 'weight_t', 'bias_t', 'accum_t')))
        for key, ft in want.get(layer.name, {}).items():
            p = layer.types[key].precision
            rm = RoundingMode.RND_CONV if ft.rnd_conv else RoundingMode.TRN
            sm = SaturationMode.SAT if ft.sat else SaturationMode.WRAP
            got = (p.width, p.integer, p.signed, p.rounding_mode, p.saturation_mode)
            exp = (ft.width, ft.integer, True, rm, sm)
            if got != exp:
                raise RuntimeError(f'{layer.name}.{key}: hls4ml has {p}, wanted {ft.hls()}')
    if seen != ['input_1', '_0', '_1', '_2', '_3', '_4']:
        raise RuntimeError(f'unexpected hls4ml layer list {seen}')
    return lines


def hls_weights_by_layer(hls_model) -> dict[str, dict[str, np.ndarray]]:
    """{'_0': {'weight': (n_in, n_out) array, 'bias': (n_out,) array}, ...}"""
    return {layer.name: {'weight': np.array(layer.weights['weight'].data),
                         'bias': np.array(layer.weights['bias'].data)}
            for layer in hls_model.get_layers() if layer.class_name == 'Dense'}


def hls_weights(hls_model) -> dict[str, np.ndarray]:
    return {f'{layer.name}/{wv.name}': np.array(wv.data)
            for layer in hls_model.get_layers() for wv in layer.get_weights()}


def serialize_deterministic(hls_model, path: Path) -> None:
    """``serialize_model`` + normalisation so re-runs give a byte-identical file.

    hls4ml stores the (temporary) conversion ``OutputDir``, a random build
    ``Stamp`` (regenerated on every ``write``/``compile`` anyway), sets in
    arbitrary order and file mtimes in the archive.  We store a neutral
    relative OutputDir and a fixed stamp, sort the applied-flow lists and
    rewrite the tar.gz with zeroed metadata.  The content is otherwise
    untouched and loads with ``deserialize_model``.
    """
    from hls4ml.utils.serialization import serialize_model

    cfg = hls_model.config.config
    saved = cfg['OutputDir'], cfg.get('Stamp')
    cfg['OutputDir'], cfg['Stamp'] = 'digits_mlp_prj', '00000000'
    try:
        with tempfile.TemporaryDirectory() as td:
            raw = Path(td) / 'raw.fml'
            serialize_model(hls_model, str(raw))
            members = {}
            with tarfile.open(raw, 'r:gz') as tf:
                for m in tf.getmembers():
                    if m.isfile():
                        members[m.name.lstrip('./')] = tf.extractfile(m).read()
    finally:
        cfg['OutputDir'], cfg['Stamp'] = saved

    gs = json.loads(members['graph_state.json'])
    gs['applied_flows'] = [{k: sorted(v) for k, v in sorted(grp.items())} for grp in gs['applied_flows']]
    members['graph_state.json'] = json.dumps(gs, indent=4).encode()

    buf = io.BytesIO()
    with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0, compresslevel=9) as gz:
        with tarfile.open(fileobj=gz, mode='w', format=tarfile.PAX_FORMAT) as tf:
            for name in sorted(members):
                data = members[name]
                ti = tarfile.TarInfo(name)
                ti.size, ti.mtime, ti.mode = len(data), 0, 0o644
                ti.uid = ti.gid = 0
                ti.uname = ti.gname = ''
                tf.addfile(ti, io.BytesIO(data))
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', type=Path, default=HERE, help='output folder (default: this folder)')
    args = ap.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    t_start = time.time()

    seed_everything()
    x_tr, x_te, y_tr, y_te = load_data()
    print(f'digits: {len(x_tr)} train / {len(x_te)} test samples, 64 features, 10 classes')

    # 1. float training ------------------------------------------------------
    model = make_model()
    train_float(model, x_tr, y_tr, FLOAT_EPOCHS, FLOAT_LR)
    model.eval()
    acc_float = accuracy_from_logits(float_logits(model, x_te), y_te)
    print(f'float model test accuracy:            {acc_float:.4f}')

    # 2. types from data, post-training quantization -------------------------
    types = choose_types(model, x_tr)
    ptq = make_model()
    ptq.load_state_dict(model.state_dict())
    snap_to_grid(ptq, types)
    acc_ptq = accuracy_from_logits(emulate(ptq, types, x_te), y_te)
    print(f'post-training quantized accuracy:     {acc_ptq:.4f} (emulated)')

    # 3. short QAT fine-tune with the types fixed, then snap to grid ---------
    qmodel = make_model()
    qmodel.load_state_dict(model.state_dict())
    clip_to_range(qmodel, types)()
    qmodel.train()
    train_float(qmodel, x_tr, y_tr, QAT_EPOCHS, QAT_LR, forward=qat_forward(qmodel, types),
                after_step=clip_to_range(qmodel, types), seed=SEED + 1)
    qmodel.eval()
    snap_to_grid(qmodel, types)
    emu_te = emulate(qmodel, types, x_te)
    acc_emu = accuracy_from_logits(emu_te, y_te)
    acc_grid_float = accuracy_from_logits(float_logits(qmodel, x_te), y_te)
    print(f'QAT quantized accuracy:               {acc_emu:.4f} (emulated)')
    print(f'grid weights, float activations:      {acc_grid_float:.4f}')
    tr_logits = emulate(qmodel, types, x_tr)
    sat_frac = float(np.mean(np.abs(tr_logits) >= types[-1].result.max))
    print(f'fraction of saturated logits (train): {sat_frac:.4f}')

    same_types = choose_types(qmodel, x_tr) == types
    print(f'types re-derived from final model:    {"same" if same_types else "DIFFERENT (kept QAT types)"}')

    print('chosen types:')
    print(f'  input_1 result {types[0].inp.hls()}')
    for t in types:
        print(f'  {t.name} weight {t.weight.hls()} bias {t.bias.hls()} accum {t.accum.hls()} '
              f'result {t.result.hls()}' + (f' | {t.act} result {t.result.hls()}' if t.act else ''))

    # 4. hls4ml conversion, compile, predict ---------------------------------
    import hls4ml
    from hls4ml.utils.serialization import deserialize_model

    cfg = hls4ml_config(qmodel, types)
    with tempfile.TemporaryDirectory(prefix='digits_mlp_hls4ml_') as td:
        td = Path(td)
        hls_model = hls4ml.converters.convert_from_pytorch_model(
            qmodel, hls_config=cfg, output_dir=str(td / 'prj'), backend='Vitis', io_type='io_parallel')
        print('hls4ml layers and types:')
        print('\n'.join(check_hls_types(hls_model, types)))
        # Weights inside hls4ml must be exactly the grid values of the torch model.
        # hls4ml's WeightVariables (w2/b2, w4/b4, w6/b6) hold the kernel as
        # (n_in, n_out), i.e. the transpose of torch's (out, in) weight.
        sd = qmodel.state_dict()
        for lname, wvars in hls_weights_by_layer(hls_model).items():
            idx = int(lname[1:])
            assert np.array_equal(wvars['weight'], sd[f'{idx}.weight'].numpy().T), lname
            assert np.array_equal(wvars['bias'], sd[f'{idx}.bias'].numpy()), lname

        hls_model.compile()
        y_hls = hls_model.predict(np.ascontiguousarray(x_te, dtype=np.float32))
        y_hls = np.asarray(y_hls, dtype=np.float64).reshape(len(x_te), 10)
        acc_hls = accuracy_from_logits(y_hls, y_te)
        print(f'hls4ml predict test accuracy:         {acc_hls:.4f}')
        exact = np.array_equal(y_hls, emu_te)
        print(f'hls4ml output == NumPy emulation:     {exact}')
        agree = float((np.argmax(y_hls, 1) == np.argmax(float_logits(model, x_te), 1)).mean())
        print(f'argmax agreement hls4ml vs float:     {agree:.4f}')
        if not exact:
            raise RuntimeError('hls4ml output differs from the bit-exact emulation')
        if acc_hls < 0.90:
            raise RuntimeError(f'quantized accuracy {acc_hls:.4f} < 0.90')

        # 5. artefacts -------------------------------------------------------
        fml = out / 'digits_mlp.fml'
        serialize_deterministic(hls_model, fml)
        np.savez_compressed(out / 'digits_test.npz', x_test=x_te.astype(np.float32), y_test=y_te.astype(np.int64))
        torch.save(qmodel.state_dict(), out / 'model.pt')

        # Reload, recompile, compare.
        re_model = deserialize_model(str(fml), output_dir=str(td))
        re_model.config.config['OutputDir'] = str(td / 'reloaded_prj')
        re_model.compile()
        y_re = np.asarray(re_model.predict(np.ascontiguousarray(x_te, dtype=np.float32)),
                          dtype=np.float64).reshape(len(x_te), 10)
        same = np.array_equal(y_re, y_hls)
        print(f'reloaded .fml predictions identical:  {same}')
        if not same:
            raise RuntimeError('reloaded model predicts differently')
        check_hls_types(re_model, types)
        for (k1, a), (k2, b) in zip(hls_weights(hls_model).items(), hls_weights(re_model).items()):
            assert k1 == k2 and np.array_equal(a, b), k1

    summary = {
        'n_train': int(len(x_tr)), 'n_test': int(len(x_te)),
        'acc_float': acc_float, 'acc_ptq_emulated': acc_ptq, 'acc_hls4ml': acc_hls,
        'acc_grid_weights_float_act': acc_grid_float, 'argmax_agreement_hls_vs_float': agree,
        'types': {'input_1': types[0].inp.hls(),
                  **{t.name: {'weight': t.weight.hls(), 'bias': t.bias.hls(), 'accum': t.accum.hls(),
                              'result': t.result.hls()} for t in types},
                  **{t.act: {'result': t.result.hls()} for t in types if t.act}},
    }
    print(json.dumps(summary, indent=1))
    print(f'wrote {fml.name}, digits_test.npz, model.pt to {out} in {time.time() - t_start:.1f} s')
    return 0


if __name__ == '__main__':
    sys.exit(main())
