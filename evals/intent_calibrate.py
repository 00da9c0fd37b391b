"""Choose the intent router's abstention thresholds on development data only.

In scope: our dev utterances (`evals/data/intent_dev.jsonl`, apart from the
router's examples and from the held-out test set). Out of scope: CLINC150's
`val` and `oos_val` splits (the eval reports `test` and `oos_test`). For each
(threshold, certain) pair it prints dev accuracy and the false-accept rate, and
the pair with the best accuracy at ≤ 2 % false accepts; copy it into
`llm_router/intents.json`.

    .venv/bin/python evals/intent_calibrate.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from aurixa.core.embeddings import get_embedder
from aurixa.llm_router.intent import OUT_OF_SCOPE, IntentRouter

HERE = Path(__file__).resolve().parent
MAX_FALSE_ACCEPTS = 0.02


def data_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    return Path(os.environ.get("AURIXA_DATA_DIR", default))


def main() -> None:
    router = IntentRouter.load(get_embedder(), scope=False)  # the task router alone
    dev = [json.loads(line) for line in (HERE / "data" / "intent_dev.jsonl").open()]
    clinc = json.loads((data_dir() / "clinc150" / "data_full.json").read_text())
    oos = [u for s in ("val", "oos_val") for u, _ in clinc[s]]
    dev_rows = router.scores([r["text"] for r in dev])
    oos_rows = router.scores(oos)
    best: tuple[float, float, float, float] | None = None
    print("| threshold | certain | dev accuracy | false accepts |\n|---|---|---|---|")
    for threshold in np.arange(0.25, 0.61, 0.025):
        for certain in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
            router.threshold, router.certain = float(threshold), certain
            acc = float(
                np.mean(
                    [
                        router.decide(r["text"], row).intent == r["intent"]
                        for r, row in zip(dev, dev_rows, strict=True)
                    ]
                )
            )
            fa = float(
                np.mean(
                    [
                        router.decide(u, row).intent not in (OUT_OF_SCOPE, "greeting")
                        for u, row in zip(oos, oos_rows, strict=True)
                    ]
                )
            )
            print(f"| {threshold:.3f} | {certain:.2f} | {acc:.3f} | {fa:.4f} |")
            if fa <= MAX_FALSE_ACCEPTS and (best is None or acc > best[2]):
                best = (round(float(threshold), 3), certain, acc, fa)
    print("best (threshold, certain, dev accuracy, false accepts):", best)


if __name__ == "__main__":
    main()
