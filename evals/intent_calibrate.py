"""Calibrate the intent router's abstention thresholds.

Data kept apart from the eval: in scope, our own training examples scored
leave-one-out; out of scope, CLINC150's `train` and `oos_train` splits (the eval
uses `test`/`oos_test`). Prints, for each candidate (threshold, certain) pair,
the in-scope accuracy and the false-accept rate, and the pair that maximises
accuracy with false accepts ≤ 1 % on the calibration data.

    .venv/bin/python evals/intent_calibrate.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from aurixa.core.embeddings import get_embedder
from aurixa.llm_router.intent import DEFAULT_SPEC, OUT_OF_SCOPE, IntentRouter


def data_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    return Path(os.environ.get("AURIXA_DATA_DIR", default))


def main() -> None:
    spec = json.loads(DEFAULT_SPEC.read_text())
    clinc = json.loads((data_dir() / "clinc150" / "data_full.json").read_text())
    oos_texts = [u for u, _ in clinc["train"] + clinc["oos_train"]]
    embedder = get_embedder()
    # Leave-one-out on our examples: rebuild the router without each intent's one example
    # would cost n fits; instead drop a self-match by scoring against a router whose
    # examples exclude a fold of 1/5 of them (5-fold).
    in_texts, in_labels, in_rows = [], [], []
    rng = np.random.default_rng(7)
    folds = 5
    assign = {i: rng.permutation(len(v)) % folds for i, v in spec["examples"].items()}
    for f in range(folds):
        train = {i: [t for t, a in zip(v, assign[i], strict=True) if a != f]
                 for i, v in spec["examples"].items()}
        held = [(t, i) for i, v in spec["examples"].items()
                for t, a in zip(v, assign[i], strict=True) if a == f and i != OUT_OF_SCOPE]
        router = IntentRouter(embedder, {**spec, "examples": train})
        rows = router.scores([t for t, _ in held])
        in_texts += [t for t, _ in held]
        in_labels += [i for _, i in held]
        in_rows += list(rows)
    full = IntentRouter(embedder, spec)
    oos_rows = full.scores(oos_texts)
    best = None
    print(f"{'threshold':>9} {'certain':>7} {'acc':>6} {'FA':>6}")
    for threshold in np.arange(0.30, 0.70, 0.02):
        for certain in np.arange(0.50, 0.95, 0.05):
            full.threshold, full.certain = float(threshold), float(certain)
            acc = np.mean([full.decide(t, r).intent == lab
                           for t, r, lab in zip(in_texts, in_rows, in_labels, strict=True)])
            fa = np.mean([full.decide(t, r).intent not in (OUT_OF_SCOPE, "greeting")
                          for t, r in zip(oos_texts, oos_rows, strict=True)])
            if fa <= 0.01 and (best is None or acc > best[2]):
                best = (float(threshold), float(certain), float(acc), float(fa))
            if abs(certain - 0.75) < 1e-6:
                print(f"{threshold:9.2f} {certain:7.2f} {acc:6.3f} {fa:6.3f}")
    print("best (threshold, certain, accuracy, false accepts):", best)


if __name__ == "__main__":
    main()
