"""Fit the intent router's scope model and choose its threshold on development data.

    .venv/bin/python evals/train_intent_scope.py [--write]

The scope model answers one coarse question about a message the task router would
refuse: is it about health or a clinic at all? When it is sure, the message goes to
the knowledge base instead of "I can't help with that" (`llm_router/intent.py`).

- In scope: our labelled patient messages of rounds 1-41 and the clinical and
  everyday sets (the backstop's training files, `train_safety_classifier.ROUNDS`,
  every label: all of them are people writing to a clinic about their health) and
  the router's own task examples (`llm_router/intents.json`).
- Out of scope: CLINC150's `train` and `oos_train` splits and the router's
  out-of-scope anchors.
- The model: L2-regularised logistic regression on the message vector, the two
  classes weighted equally, fitted by Newton's method.
- The threshold: on CLINC150's `val` and `oos_val` only. Among the utterances the
  router already refuses, the scope model may send at most MAX_ADDED of all of them
  to the knowledge base; the lowest threshold within that budget is kept.

Evaluated apart (`evals/intent_eval.py`): CLINC150 `test` and `oos_test`, the MedQuAD
questions, rounds 42 onwards and our held-out intent utterances, none of which is read
here.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

from aurixa.core.embeddings import DEFAULT_MODEL, get_embedder
from aurixa.llm_router.intent import DEFAULT_SPEC, OUT_OF_SCOPE, SCOPE_WEIGHTS, IntentRouter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from intent_eval import data_dir  # noqa: E402
from train_safety_classifier import ROUNDS  # noqa: E402

OUT = HERE.parent / "src" / "aurixa" / "llm_router" / "data" / SCOPE_WEIGHTS
L2 = 1e-5
MAX_ADDED = 0.005  # of CLINC150 val + oos_val newly sent to the knowledge base
GRID = [round(0.5 + 0.01 * i, 2) for i in range(50)]

Matrix = npt.NDArray[np.float64]


def in_scope_texts() -> list[str]:
    texts = []
    for name in ROUNDS:
        with (HERE / "data" / name).open(encoding="utf-8") as fh:
            texts += [row["text"] for row in csv.DictReader(fh, delimiter="\t")]
    spec = json.loads(DEFAULT_SPEC.read_text(encoding="utf-8"))
    return texts + [t for i, ex in spec["examples"].items() if i != OUT_OF_SCOPE for t in ex]


def clinc(splits: list[str]) -> list[str]:
    data = json.loads((data_dir() / "clinc150" / "data_full.json").read_text("utf-8"))
    return [u for s in splits for u, _ in data[s]]


def out_of_scope_texts() -> list[str]:
    spec = json.loads(DEFAULT_SPEC.read_text(encoding="utf-8"))
    return clinc(["train", "oos_train"]) + list(spec["examples"][OUT_OF_SCOPE])


def fit(x: Matrix, y: Matrix, l2: float = L2) -> tuple[Matrix, float]:
    """Class-balanced logistic regression; returns (weights, bias)."""
    weight = np.where(y == 1, 0.5 / (y == 1).sum(), 0.5 / (y == 0).sum())
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = l2 * np.r_[np.ones(x.shape[1]), 0.0]  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        gradient = xb.T @ (weight * (p - y)) + penalty * w
        hessian = (xb * (weight * p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w[:-1], float(w[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args()
    embedder = get_embedder(DEFAULT_MODEL)
    positives, negatives = in_scope_texts(), out_of_scope_texts()
    print(f"in scope {len(positives)}, out of scope {len(negatives)}; embedding...")
    x = np.vstack([embedder.embed(positives), embedder.embed(negatives)]).astype(np.float64)
    y = np.r_[np.ones(len(positives)), np.zeros(len(negatives))]
    weights, bias = fit(x, y)

    router = IntentRouter.load(embedder, scope=False)
    val = clinc(["val", "oos_val"])
    refused = [r.abstained for r in router.classify_many(val)]
    vectors = embedder.embed(val).astype(np.float64)
    probability = 1.0 / (1.0 + np.exp(-(vectors @ weights + bias)))
    foreign = [bool(router.foreign(t)) for t in val]
    print("| threshold | CLINC150 val sent to the knowledge base |\n|---|---|")
    chosen = None
    for threshold in GRID:
        added = sum(
            r and not f and p >= threshold
            for r, f, p in zip(refused, foreign, probability, strict=True)
        )
        share = added / len(val)
        print(f"| {threshold:.2f} | {added} ({100 * share:.2f} %) |")
        if chosen is None and share <= MAX_ADDED:
            chosen = threshold
    if chosen is None:
        print("no threshold keeps within the budget")
        return 1
    print(f"\nchosen threshold {chosen:.2f} (at most {100 * MAX_ADDED:.1f} % of val added)")
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            OUT,
            weights=weights.astype(np.float32),
            bias=np.float32(bias),
            threshold=np.float32(chosen),
            embedding_model=np.array(DEFAULT_MODEL),
        )
        print(f"wrote {OUT.relative_to(HERE.parent)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
