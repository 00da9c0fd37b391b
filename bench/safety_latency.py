"""Latency of the safety checks per message, on this machine, single-threaded.

    .venv/bin/python bench/safety_latency.py [--repeat 3]

Messages: our labelled patient set, CLINC150 test utterances, deepset prompt
injections and SimpleSafetyTests (read from ../shared/data or AURIXA_DATA_DIR),
so short chit-chat and long stacked injections are both in the mix. Prints
p50/p95/p99/max of `check_input` and of `check_output` (with two sources).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq

from aurixa.core.embeddings import CachedEmbedder, get_embedder
from aurixa.safety.service import check_input, check_output

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("AURIXA_DATA_DIR") or ROOT.parent / "shared" / "data")


def messages() -> list[str]:
    texts: list[str] = []
    with (ROOT / "evals" / "data" / "safety_patient_messages.tsv").open(encoding="utf-8") as fh:
        texts += [row["text"] for row in csv.DictReader(fh, delimiter="\t")]
    clinc = json.loads((DATA / "clinc150" / "data_full.json").read_text("utf-8"))
    texts += [u for u, _ in clinc["test"]]
    parquet = next((DATA / "deepset_prompt_injections").glob("train-*.parquet"))
    texts += [r["text"] for r in pq.read_table(parquet).to_pylist()]
    with (DATA / "simplesafetytests" / "simplesafetytests_test_cases.csv").open(
        newline="", encoding="utf-8"
    ) as fh:
        texts += [row["prompts_final"] for row in csv.DictReader(fh)]
    return texts


def measure(
    texts: list[str], check: Callable[[str], object], repeat: int
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call. On a shared machine the wall
    clock also counts time other processes held the CPU; CPU time does not."""
    for text in texts[:50]:  # warm-up: regex compilation and caches
        check(text)
    wall: list[float] = []
    cpu: list[float] = []
    embedder = get_embedder()
    for _ in range(repeat):
        for text in texts:
            # The semantic backstop embeds each message; forget earlier vectors so every
            # call pays for its embedding (in a turn the intent router then reuses it).
            if isinstance(embedder, CachedEmbedder):
                embedder._vectors.clear()
            started, started_cpu = time.perf_counter(), time.process_time()
            check(text)
            cpu.append((time.process_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
    return wall, cpu


def summary(name: str, timings: list[float]) -> list[str]:
    ordered = sorted(timings)

    def q(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return [name, str(len(timings)), f"{statistics.fmean(ordered):.3f}", f"{q(0.5):.3f}",
            f"{q(0.95):.3f}", f"{q(0.99):.3f}", f"{ordered[-1]:.3f}"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description="safety check latency per message")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = messages()
    sources = [
        "The clinic offers flu vaccination for adults and children every weekday morning.",
        "Bring your insurance card and photo identification to each vaccination visit.",
    ]
    lengths = sorted(len(t) for t in texts)
    print(f"{len(texts)} messages, median {lengths[len(lengths) // 2]} characters, "
          f"max {lengths[-1]}; Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}\n")  # fmt: skip
    rows = []
    for name, check in [
        ("check_input", check_input),
        ("check_output (2 sources)", lambda t: check_output(t, sources=sources)),
    ]:
        wall, cpu = measure(texts, check, args.repeat)
        rows += [summary(f"{name}, wall clock", wall), summary(f"{name}, CPU time", cpu)]
    header = ["check", "calls", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
