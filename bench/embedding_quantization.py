"""The variants of the embedding model: CPU per message, and how far vectors move.

    .venv/bin/python bench/embedding_quantization.py [--texts 300] [--repeat 300]

`all-MiniLM-L6-v2` is the shipped file as it is (weights stored as int8, folded back
to float32 by onnxruntime at load, so it multiplies in float32);
`all-MiniLM-L6-v2-int7`, the platform's default, is that file quantized dynamically
(per-channel weights in seven bits, int8 matrix products; aurixa.core.embeddings), and
`all-MiniLM-L6-v2-int8` the same with eight-bit weights. On one
core, one short message at a time: CPU milliseconds per message. On CLINC150 test
utterances (read from ../shared/data or AURIXA_DATA_DIR): the cosine between the two
vectors of each text, and how often a text's nearest neighbour stays the same. The
quality figures that matter (retrieval, intent, triage) are in docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from aurixa.core.embeddings import (  # noqa: E402
    FLOAT_MODEL,
    INT8_MODEL,
    QUANTIZED_MODEL,
    OnnxMiniLM,
)

DATA = Path(os.environ.get("AURIXA_DATA_DIR") or REPO.parent / "shared" / "data")
MESSAGE = "Hi, I have had a headache since yesterday and my neck feels stiff. Thanks"


def embed_one_by_one(model: OnnxMiniLM, texts: list[str]) -> np.ndarray:
    return np.vstack([model.embed([text]) for text in texts])


def cpu_ms(model: OnnxMiniLM, repeat: int) -> float:
    embed_one_by_one(model, [MESSAGE] * 20)  # warm-up
    rounds = []
    for _ in range(5):
        started = time.process_time()
        embed_one_by_one(model, [MESSAGE] * repeat)
        rounds.append((time.process_time() - started) / repeat * 1000)
    return statistics.median(rounds)


def main(args: argparse.Namespace) -> None:
    clinc = json.loads((DATA / "clinc150" / "data_full.json").read_text("utf-8"))
    texts = [text for text, _ in clinc["test"][: args.texts]]
    shipped = OnnxMiniLM(FLOAT_MODEL)
    base = embed_one_by_one(shipped, texts)
    nearest_base = np.argsort(-(base @ base.T), axis=1)[:, 1]
    print(f"load average {os.getloadavg()[0]:.1f}; one intra-op thread; {len(texts)} texts\n")
    print("| model | CPU ms per message | cosine to shipped (mean / min) | same nearest |")
    print("|---|---|---|---|")
    print(f"| {shipped.name} (float32 arithmetic) | {cpu_ms(shipped, args.repeat):.2f} "
          "| 1 / 1 | 100 % |")  # fmt: skip
    for name, what in ((QUANTIZED_MODEL, "7-bit weights"), (INT8_MODEL, "8-bit weights")):
        model = OnnxMiniLM(name)
        other = embed_one_by_one(model, texts)
        cosines = (base * other).sum(axis=1)
        nearest = np.argsort(-(other @ other.T), axis=1)[:, 1]
        same = float((nearest_base == nearest).mean())
        print(
            f"| {name} (dynamic int8, per channel, {what}) | {cpu_ms(model, args.repeat):.2f} "
            f"| {cosines.mean():.4f} / {cosines.min():.4f} | {100 * same:.0f} % |"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=300)
    main(parser.parse_args())
