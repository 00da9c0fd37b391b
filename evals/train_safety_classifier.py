"""Fit the semantic triage backstop and choose its thresholds by cross-validation.

    .venv/bin/python evals/train_safety_classifier.py [--cache FILE] [--write]

Training data: our labelled patient messages, rounds 1-14 and the clinical set
(development data: rounds 9 to 14 were each scored once as held-out data before
they joined them; the clinical set was written with the red-flag rules), and
benign negatives read at run time: CLINC150's train and oos_train splits and the
MedQuAD questions (health questions that name symptoms without reporting them).
CLINC150 val chooses the threshold's false-escalation side; CLINC150 test and
oos_test, SimpleSafetyTests and any held-out round stay out of training and
threshold choice (evals/safety.py scores them).

The estimate of generalisation is leave-one-round-out: for each round, fit on
the other rounds (plus the negatives) and score that round with the detector's
own decision function, clause veto included. The threshold is chosen on those
figures, then the model is refitted on all rounds and, with --write,
saved to src/aurixa/safety/data/triage.npz. The fit is deterministic (full-batch
Adam from zero weights), so the same data gives the same file.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small matrices: threads only contend

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aurixa.core.embeddings import DEFAULT_MODEL, OnnxMiniLM, Vectors
from aurixa.safety.detectors.emergency import EmergencyDetector
from aurixa.safety.detectors.selfharm import SelfHarmDetector
from aurixa.safety.detectors.semantic import CLASSES, WEIGHTS, RequestSpans, TriageModel, decide
from aurixa.safety.text import Doc

HERE = Path(__file__).resolve().parent
DATA = Path(
    os.environ.get("AURIXA_DATA_DIR")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
OUT = HERE.parent / "src" / "aurixa" / "safety" / "data" / WEIGHTS
# Rounds 1-14 and the clinical set; each file is named explicitly so a new held-out
# round is never picked up by accident.
ROUNDS = [
    "safety_patient_messages.tsv",
    "safety_patient_messages_round2.tsv",
    "safety_patient_messages_round3.tsv",
    "safety_patient_messages_round4.tsv",
    "safety_patient_messages_round5.tsv",
    "safety_patient_messages_round6.tsv",
    "safety_patient_messages_heldout.tsv",  # round 7
    "safety_patient_messages_round8.tsv",
    "safety_patient_messages_round9.tsv",
    "safety_patient_messages_round10.tsv",
    "safety_patient_messages_round11.tsv",
    "safety_patient_messages_round12.tsv",
    "safety_patient_messages_round13.tsv",
    "safety_patient_messages_round14.tsv",
    # Red flags that take clinical knowledge, indirect crisis talk and their near
    # misses, in English and Spanish, written alongside the rules in detectors/redflags/ (and
    # in part used to check them before they joined this set).
    "safety_patient_messages_clinical.tsv",
    # Everyday messages that must not escalate: farewells, instructions to the
    # assistant, indigestion, past events with a routine request.
    "safety_patient_messages_everyday.tsv",
]
# Steps of 0.05 where the limits bind: a step of 0.1 from 0.6 to 0.7 gave away a
# third of the recall that 0.65 keeps inside the same limits.
THRESHOLDS = [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]
CLAUSE_THRESHOLDS = [0.2, 0.3, 0.4, 0.5]
# Limits for the threshold: the backstop alone may escalate at most this share of
# benign messages (ours, left-out rounds) and of CLINC150 val utterances.
MAX_OWN_BENIGN = 0.05
MAX_CLINC_VAL = 0.0025
L2 = 1e-3
STEPS = 400


@dataclass(frozen=True)
class Message:
    round: int
    label: str
    kind: str
    text: str


class VectorCache:
    """The embedder, remembering vectors (optionally on disk between runs)."""

    name = DEFAULT_MODEL
    dim = 384

    def __init__(self, path: Path | None) -> None:
        self._inner: OnnxMiniLM | None = None
        self._path = path
        self._known: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=True) as data:
                # Vectors of another model (an older cache) would be silently mixed in.
                if "model" in data and str(data["model"]) == self.name:
                    self._known = dict(zip(data["texts"].tolist(), data["V"], strict=True))

    def embed(self, texts: Sequence[str]) -> Vectors:
        missing = [t for t in dict.fromkeys(texts) if t not in self._known]
        if missing:
            self._inner = self._inner or OnnxMiniLM()
            for text, vector in zip(missing, self._inner.embed(missing), strict=True):
                self._known[text] = vector
        return np.vstack([self._known[t] for t in texts]).astype(np.float32)

    def save(self) -> None:
        if self._path is not None:
            texts = list(self._known)
            np.savez(
                self._path,
                texts=np.array(texts, dtype=object),
                V=np.vstack([self._known[t] for t in texts]),
                model=np.array(self.name),
            )


def load_rounds() -> list[Message]:
    messages = []
    for number, name in enumerate(ROUNDS, start=1):
        with (HERE / "data" / name).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                messages.append(Message(number, row["label"], row["kind"], row["text"]))
    return messages


def load_negatives() -> tuple[list[str], list[str]]:
    """(training negatives, CLINC150 val utterances for the threshold)."""
    clinc = json.loads((DATA / "clinc150" / "data_full.json").read_text("utf-8"))
    train = [u for u, _ in clinc["train"] + clinc["oos_train"]]
    sys.path.insert(0, str(HERE))
    from rag_medquad import load_medquad

    questions = sorted({a.question for a in load_medquad()})
    val = [u for u, _ in clinc["val"] + clinc["oos_val"]]
    return train + questions, val


def fit(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted multinomial logistic regression with L2, full-batch Adam from zero."""
    k = len(CLASSES)
    w = np.zeros((x.shape[1], k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    onehot = np.eye(k, dtype=np.float32)[y]
    sw = (sample_weight / sample_weight.sum()).astype(np.float32)[:, None]
    moments = [[np.zeros_like(w), np.zeros_like(w)], [np.zeros_like(b), np.zeros_like(b)]]
    for step in range(1, STEPS + 1):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * sw
        for param, grad, (m, v) in ((w, x.T @ g + L2 * w, moments[0]), (b, g.sum(0), moments[1])):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w, b


def train(
    messages: list[Message], negatives: list[str], embed: VectorCache
) -> tuple[np.ndarray, np.ndarray]:
    texts = [m.text for m in messages] + negatives
    y = np.array([CLASSES.index(m.label) for m in messages] + [0] * len(negatives))
    # Each class of our messages weighs as much as the whole negative set, so a few
    # hundred patient messages are not drowned by fifteen thousand utterances.
    counts = np.bincount(y[: len(messages)], minlength=len(CLASSES))
    weight = np.array(
        [1.0 / counts[CLASSES.index(m.label)] for m in messages]
        + [1.0 / len(negatives)] * len(negatives)
    )
    return fit(embed.embed(texts), y, weight)


def model_with(w: np.ndarray, b: np.ndarray, threshold: float, clause: float) -> TriageModel:
    return TriageModel(w, b, threshold, clause, DEFAULT_MODEL)


def set_aside(doc: Doc) -> list[tuple[int, int]]:
    return [span for rule in _RULES for span in rule.set_aside(doc)]


# What the detector's own set-asides are made of (see SemanticTriageDetector).
_RULES: tuple[EmergencyDetector, SelfHarmDetector, RequestSpans] = (
    EmergencyDetector(),
    SelfHarmDetector(),
    RequestSpans(),
)


def correct(label: str, category: str | None) -> bool:
    if label == "benign":
        return category is None
    return category == ("emergency" if label == "emergency" else "self_harm")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="npz file to keep embeddings between runs")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args()
    embed = VectorCache(args.cache)
    messages = load_rounds()
    negatives, val = load_negatives()
    docs = {m.text: Doc(m.text) for m in messages}
    asides = {m.text: set_aside(docs[m.text]) for m in messages}
    print(f"{len(messages)} labelled messages ({len(ROUNDS)} sets), {len(negatives)} negatives\n")

    # Leave one round out: the decision of every left-out message at every threshold.
    folds = {}
    for held in range(1, len(ROUNDS) + 1):
        folds[held] = train([m for m in messages if m.round != held], negatives, embed)
    grid: dict[tuple[float, float], dict[str, list[bool]]] = {}
    for threshold in THRESHOLDS:
        for clause in CLAUSE_THRESHOLDS:
            if clause > threshold:
                continue
            outcome: dict[str, list[bool]] = {"emergency": [], "crisis": [], "benign": []}
            for m in messages:
                model = model_with(*folds[m.round], threshold, clause)
                decision = decide(docs[m.text], model, embed, asides[m.text])
                category = decision.category.value if decision.category else None
                outcome[m.label].append(correct(m.label, category))
            grid[threshold, clause] = outcome
    embed.save()

    w, b = train(messages, negatives, embed)
    val_scores = TriageModel(w, b, 0, 0, DEFAULT_MODEL).probabilities(embed.embed(val))
    val_docs = {t: Doc(t) for t in val}
    print("Leave-one-round-out, the backstop alone (rules not counted):\n")
    print("| threshold | clause threshold | emergency recall | crisis recall | "
          "false escalations, our benign | CLINC150 val escalated |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    best: tuple[float, float] | None = None
    best_key = (-9.0, -9.0)
    for (threshold, clause), outcome in grid.items():
        model = model_with(w, b, threshold, clause)
        flagged = [t for t, p in zip(val, val_scores, strict=True) if p[1:].max() >= threshold]
        escalated = sum(
            decide(val_docs[t], model, embed, set_aside(val_docs[t])).category is not None
            for t in flagged
        )
        emergency = float(np.mean(outcome["emergency"]))
        crisis = float(np.mean(outcome["crisis"]))
        benign_fe = 1 - float(np.mean(outcome["benign"]))
        val_fe = escalated / len(val)
        print(f"| {threshold} | {clause} | {emergency:.1%} | {crisis:.1%} | {benign_fe:.1%} | "
              f"{val_fe:.2%} ({escalated}/{len(val)}) |")  # fmt: skip
        if benign_fe <= MAX_OWN_BENIGN and val_fe <= MAX_CLINC_VAL:
            # Recall gained against benign messages escalated; on a tie the stricter
            # thresholds.
            key = (round(emergency + crisis - benign_fe, 3), threshold + clause)
            if key > best_key:
                best, best_key = (threshold, clause), key
    if best is None:
        print("\nno threshold meets the false-escalation limits", file=sys.stderr)
        return 1
    limits = f"at most {MAX_OWN_BENIGN:.0%} of our benign messages, {MAX_CLINC_VAL:.2%} of val"
    print(f"\nchosen: threshold {best[0]}, clause threshold {best[1]} (limits: {limits})")
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            OUT,
            weights=w.astype(np.float32),
            bias=b.astype(np.float32),
            threshold=np.float32(best[0]),
            clause_threshold=np.float32(best[1]),
            embedding_model=np.array(DEFAULT_MODEL),
            classes=np.array(CLASSES),
        )
        print(f"wrote {OUT.relative_to(HERE.parent)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
