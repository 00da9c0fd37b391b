"""Fit the semantic triage backstop and choose its thresholds by cross-validation.

    .venv/bin/python evals/train_safety_classifier.py [--cache FILE] [--write]

Training data: our labelled patient messages, rounds 1-41 and the clinical and
everyday sets (all development data: rounds 9 to 41 were each scored once as
held-out data and then revised on), and benign negatives read at run time:
CLINC150's train and oos_train splits and the MedQuAD questions (health questions
that name symptoms without reporting them).

The estimate of generalisation is leave-one-round-out: for each round, fit on
the other rounds (plus the negatives) and score that round with the detector's
own decision function, clause veto included. The threshold is chosen on those
figures, then the model is refitted on all rounds and, with --write,
saved to src/aurixa/safety/data/triage.npz.

The model is a small network: one ReLU hidden layer of 64 units on the 384-d
message vector under a softmax over benign, emergency, crisis. Under the same
protocol and limits it recalls far more of a left-out round's emergencies and
crises than a logistic regression on the vector did. The fit is deterministic
(full-batch Adam from a seeded initialisation), so the same data gives the same
file.

Protocol of the refit with rounds 18-33, written down before any fit on them ran:

(a) Training sets: rounds 1-33 (the first 33 files in ROUNDS, round 7 being the
    `heldout` file) and the clinical and everyday sets, 35 sets left out one at a
    time; the negatives as above. The network, its size and settings are unchanged.
(b) Candidates: message thresholds 0.4, 0.5, 0.55 ... 0.8 as before, plus 0.85 and
    0.9, and clause thresholds 0.2-0.5 (never above the message threshold). The
    two higher message thresholds are added only because (c) adds a limit that
    could bind above 0.8; recall falls as the threshold rises, so they can be chosen
    only if nothing at or below 0.8 meets the limits. The rule is unchanged: among
    points within every limit, the most left-out emergency recall plus crisis
    recall minus our benign escalated; ties to the stricter thresholds. Limits: the
    backstop alone (rules not counted) may escalate at most 5 % of our left-out
    benign messages, 0.25 % of CLINC150 val + oos_val, and 0.5 % of the second
    source below. If no point meets them, nothing is written and the backstop
    stays as it was fitted on rounds 1-17.
(c) Second benign source: presidio-research's synthetic sentences
    (presidio_synth_pii, all 1,500, both template halves). None of it has ever
    been scored by the backstop or used for any choice about it (evals/safety.py
    reads it for the PII recognizers only, and the threshold choice here does not
    touch them). Of the sources at hand it is the nearest to what patients type:
    first-person requests to a service desk (a card lost, an address changed, a
    call back asked for), with look-alikes a triage model can trip on (a film line
    about killing, "complaining of stomach pain", "a history of headaches"); the
    deepset benign prompts are mostly news and politics queries, a third in German,
    and MedQuAD's questions are already training negatives. Limit: 0.5 %, at most
    7 of 1,500 sentences, the product's own target for benign text; CLINC150 val,
    drawn like the training negatives, keeps its tighter 0.25 % as a margin, and
    the synthetic set repeats each of its 209 templates about seven times, so one
    template's worth is the most it may lose. Scored like CLINC150 val: the model
    fitted on all sets, the detector's decision function.
(d) Report only, never a choice: CLINC150 test + oos_test (looked at after every
    earlier refit, so no longer untouched, but still the README's figure),
    SimpleSafetyTests, and any round written after round 33. evals/safety.py
    scores them once, after the fit is final.

Outcome, fitted once under that protocol: no point met the limits. The second
source bound everywhere (17 of 1,500 presidio sentences at 0.9 / 0.5, the fewest;
38 at 0.65 / 0.2, where the shipped weights escalate 48), so nothing was written and
triage.npz is still the fit on rounds 1-17 at 0.65 / 0.2. Presidio's sentences have
been looked at since, so a next protocol needs another untouched benign source.
docs/safety.md has the table.

Protocol of the refit with rounds 18-41, written down before any fit on rounds 34-41
ran (the code of that earlier protocol is kept where it still applies):

(a) Training sets: rounds 1-41 and the clinical and everyday sets, 43 sets left out
    one at a time; the negatives as above. The network, its size and settings are
    unchanged.
(b) Candidates and rule as in (b) above. Limits: the backstop alone may escalate at
    most 5 % of our left-out benign messages and 0.25 % of CLINC150 val + oos_val,
    as before, and no more of presidio's synthetic sentences than the shipped
    weights escalate with the same code in the same run. That last limit is no
    longer 0.5 %: presidio's sentences have been looked at since the last refit
    (evals/safety.py reports them), so they cannot be an untouched check any more,
    only a guard that a refit does not escalate more everyday requests than what
    ships. If no point meets the limits, nothing is written.
(c) The decision to ship, on untouched data: rounds 42 and 43, written for this refit
    by two more independent authors who saw neither the code nor any earlier round,
    kept out of the repository and never scored until the fit is final.
    evals/safety.py scores them once with the refitted weights and once with the
    shipped ones, the code otherwise the same. The refit ships if it misses fewer of
    their emergencies and crises together and escalates at most one more of their
    benign messages, or misses as many and escalates fewer; and if CLINC150 test +
    oos_test stays within the 0.5 % target and at most 12 messages (0.05 points)
    above the shipped weights. Otherwise the shipped weights stay. Rounds 42 and 43
    are then committed with both scorings, and their first look is the figure of the
    weights that ship.
(d) Report only: SimpleSafetyTests.

Outcome, fitted once under that protocol (at 006b17f): threshold 0.75, clause threshold
0.2 (the CLINC150 val limit bound below it); left-out emergency recall 72.5 %, crisis
72.9 %, our benign escalated 1.3 %, CLINC150 val 6 of 3,100, presidio 14 of 1,500 (the
shipped weights: 34). On rounds 42 and 43 the refit missed 7 of their 229 emergencies
and crises against 12 for the shipped weights, and escalated 7 of their 149 benign
messages against 8; CLINC150 test + oos_test 13 against 16. By (c) it ships. Ten
emergencies and crises of development rounds that only the replaced weights had caught
(a snakebite, a cord felt after the waters broke, a wound opened with something coming
out, ...) were missed by the refit: rules for them followed at once (docs/safety.md).
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
from aurixa.safety.detectors.emergency_idioms import retracted_spans
from aurixa.safety.detectors.selfharm import SelfHarmDetector
from aurixa.safety.detectors.semantic import CLASSES, WEIGHTS, RequestSpans, TriageModel, decide
from aurixa.safety.text import Doc

HERE = Path(__file__).resolve().parent
DATA = Path(
    os.environ.get("AURIXA_DATA_DIR")
    or Path(__file__).resolve().parents[1].parent / "shared" / "data"
)
OUT = HERE.parent / "src" / "aurixa" / "safety" / "data" / WEIGHTS
# Rounds 1-41 and our two sets; each file is named explicitly so a new held-out
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
    "safety_patient_messages_round15.tsv",
    "safety_patient_messages_round16.tsv",
    "safety_patient_messages_round17.tsv",
    "safety_patient_messages_round18.tsv",
    "safety_patient_messages_round19.tsv",
    "safety_patient_messages_round20.tsv",
    "safety_patient_messages_round21.tsv",
    "safety_patient_messages_round22.tsv",
    "safety_patient_messages_round23.tsv",
    "safety_patient_messages_round24.tsv",
    "safety_patient_messages_round25.tsv",
    "safety_patient_messages_round26.tsv",
    "safety_patient_messages_round27.tsv",
    "safety_patient_messages_round28.tsv",
    "safety_patient_messages_round29.tsv",
    "safety_patient_messages_round30.tsv",
    "safety_patient_messages_round31.tsv",
    "safety_patient_messages_round32.tsv",
    "safety_patient_messages_round33.tsv",
    "safety_patient_messages_round34.tsv",
    "safety_patient_messages_round35.tsv",
    "safety_patient_messages_round36.tsv",
    "safety_patient_messages_round37.tsv",
    "safety_patient_messages_round38.tsv",
    "safety_patient_messages_round39.tsv",
    "safety_patient_messages_round40.tsv",
    "safety_patient_messages_round41.tsv",
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
# 0.85 and 0.9 only in case the second benign source's limit binds above 0.8.
THRESHOLDS = [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
CLAUSE_THRESHOLDS = [0.2, 0.3, 0.4, 0.5]
# Limits for the threshold: the backstop alone may escalate at most this share of
# benign messages (ours, left-out rounds), of CLINC150 val utterances and of the
# second benign source (presidio's synthetic sentences; see the protocols above).
MAX_OWN_BENIGN = 0.05
MAX_CLINC_VAL = 0.0025
# The second source's limit is the shipped weights' own count (protocol (b) of the refit
# with rounds 18-41), measured in the same run.
# The network: the first size and settings tried under the leave-one-round-out
# estimate (no search over them yet, so the figures are not tuned to the rounds).
HIDDEN = 64
SEED = 0
L2 = 1e-3
STEPS = 300
LEARNING_RATE = 0.01


@dataclass(frozen=True)
class Message:
    round: int
    label: str
    kind: str
    text: str


class VectorCache:
    """The embedder, remembering vectors (optionally on disk between runs).

    The embedder runs each text alone (core/embeddings: a quantized model scales its
    activations over a whole batch, so batched vectors differed from the ones the
    detector computes), so the vectors here are the ones the detector sees."""

    name = DEFAULT_MODEL
    dim = 384
    # Written into the cache file, so vectors of batches (an older cache) are not reused.
    mode = "alone"

    def __init__(self, path: Path | None) -> None:
        self._inner: OnnxMiniLM | None = None
        self._path = path
        self._known: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=True) as data:
                # Vectors of another model (an older cache) would be silently mixed in.
                if (
                    "model" in data
                    and str(data["model"]) == self.name
                    and "mode" in data
                    and str(data["mode"]) == self.mode
                ):
                    self._known = dict(zip(data["texts"].tolist(), data["V"], strict=True))

    def embed(self, texts: Sequence[str]) -> Vectors:
        missing = [t for t in dict.fromkeys(texts) if t not in self._known]
        if missing:
            self._inner = self._inner or OnnxMiniLM()
            self._known.update(zip(missing, self._inner.embed(missing), strict=True))
        return np.vstack([self._known[t] for t in texts]).astype(np.float32)

    def save(self) -> None:
        if self._path is not None:
            texts = list(self._known)
            np.savez(
                self._path,
                texts=np.array(texts, dtype=object),
                V=np.vstack([self._known[t] for t in texts]),
                model=np.array(self.name),
                mode=np.array(self.mode),
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


def load_second_val() -> list[str]:
    """The second benign source for the threshold: presidio's synthetic sentences."""
    path = DATA / "presidio_synth_pii" / "synth_dataset_v2.json"
    return [str(r["full_text"]) for r in json.loads(path.read_text("utf-8"))]


@dataclass(frozen=True)
class Weights:
    """One ReLU hidden layer under a softmax over CLASSES."""

    hidden_weights: np.ndarray  # (dim, HIDDEN)
    hidden_bias: np.ndarray  # (HIDDEN,)
    weights: np.ndarray  # (HIDDEN, classes)
    bias: np.ndarray  # (classes,)


def _softmax(logits: np.ndarray) -> np.ndarray:
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
    return result


def _adam_step(
    params: list[np.ndarray], grads: list[np.ndarray], moments: list[np.ndarray], step: int
) -> None:
    """One Adam update in place; `moments` holds the first then the second of each param."""
    for param, grad, m, v in zip(params, grads, moments[::2], moments[1::2], strict=True):
        m *= 0.9
        m += 0.1 * grad
        v *= 0.999
        v += 0.001 * grad * grad
        param -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)


def fit(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray) -> Weights:
    """Weighted cross-entropy with L2, full-batch Adam from a seeded He initialisation,
    so the same data gives the same weights."""
    k = len(CLASSES)
    rng = np.random.default_rng(SEED)
    dim = x.shape[1]
    w1 = (rng.standard_normal((dim, HIDDEN)) * np.sqrt(2.0 / dim)).astype(np.float32)
    b1 = np.zeros(HIDDEN, dtype=np.float32)
    w2 = (rng.standard_normal((HIDDEN, k)) * np.sqrt(1.0 / HIDDEN)).astype(np.float32)
    b2 = np.zeros(k, dtype=np.float32)
    params = [w1, b1, w2, b2]
    moments = [np.zeros_like(p) for p in params for _ in range(2)]
    onehot = np.eye(k, dtype=np.float32)[y]
    sw = (sample_weight / sample_weight.sum()).astype(np.float32)[:, None]
    for step in range(1, STEPS + 1):
        pre = x @ w1 + b1
        hidden = np.maximum(pre, 0)
        g = (_softmax(hidden @ w2 + b2) - onehot) * sw
        g_hidden = (g @ w2.T) * (pre > 0)
        grads = [x.T @ g_hidden + L2 * w1, g_hidden.sum(0), hidden.T @ g + L2 * w2, g.sum(0)]
        _adam_step(params, grads, moments, step)
    return Weights(w1, b1, w2, b2)


def train(messages: list[Message], negatives: list[str], embed: VectorCache) -> Weights:
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


def model_with(weights: Weights, threshold: float, clause: float) -> TriageModel:
    return TriageModel(
        weights.weights,
        weights.bias,
        threshold,
        clause,
        DEFAULT_MODEL,
        hidden_weights=weights.hidden_weights,
        hidden_bias=weights.hidden_bias,
    )


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


# threshold, clause, emergency, crisis, our benign escalated, then for CLINC150 val and
# for the second source: share and count escalated.
Row = tuple[float, float, float, float, float, float, int, float, int]


def loro_grid(
    messages: list[Message], negatives: list[str], embed: VectorCache
) -> dict[tuple[float, float], dict[str, list[bool]]]:
    """Leave one round out: the decision of every left-out message at every threshold."""
    docs = {m.text: Doc(m.text) for m in messages}
    asides = {m.text: set_aside(docs[m.text]) for m in messages}
    retracted = {m.text: retracted_spans(docs[m.text].folded) for m in messages}
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
                model = model_with(folds[m.round], threshold, clause)
                decision = decide(docs[m.text], model, embed, asides[m.text], retracted[m.text])
                category = decision.category.value if decision.category else None
                outcome[m.label].append(correct(m.label, category))
            grid[threshold, clause] = outcome
    return grid


class Escalations:
    """The full model's false escalations on a benign validation source, at any
    thresholds: the backstop alone, with the detector's decision function."""

    def __init__(self, texts: list[str], weights: Weights, embed: VectorCache) -> None:
        self.texts = texts
        self._weights = weights
        self._embed = embed
        self._scores = model_with(weights, 0, 0).probabilities(embed.embed(texts))
        self._docs = {t: Doc(t) for t in texts}

    def escalated(self, threshold: float, clause: float) -> list[str]:
        model = model_with(self._weights, threshold, clause)
        flagged = [
            t for t, p in zip(self.texts, self._scores, strict=True) if p[1:].max() >= threshold
        ]
        return [
            t
            for t in flagged
            if decide(
                self._docs[t],
                model,
                self._embed,
                set_aside(self._docs[t]),
                retracted_spans(self._docs[t].folded),
            ).category
            is not None
        ]


def score_rows(
    grid: dict[tuple[float, float], dict[str, list[bool]]],
    val: Escalations,
    second: Escalations,
) -> list[Row]:
    """Each grid point's left-out recall and false escalations, and the full model's
    false escalations on CLINC150 val and on the second benign source."""
    rows = []
    for (threshold, clause), outcome in grid.items():
        escalated = len(val.escalated(threshold, clause))
        escalated_second = len(second.escalated(threshold, clause))
        emergency = float(np.mean(outcome["emergency"]))
        crisis = float(np.mean(outcome["crisis"]))
        benign_fe = 1 - float(np.mean(outcome["benign"]))
        rows.append(
            (
                threshold,
                clause,
                emergency,
                crisis,
                benign_fe,
                escalated / len(val.texts),
                escalated,
                escalated_second / len(second.texts),
                escalated_second,
            )
        )
    return rows


def format_row(row: Row, total: int, total_second: int) -> str:
    threshold, clause, emergency, crisis, benign_fe, val_fe, escalated, second_fe, second = row
    return (
        f"| {threshold} | {clause} | {emergency:.1%} | {crisis:.1%} | {benign_fe:.1%} | "
        f"{val_fe:.2%} ({escalated}/{total}) | {second_fe:.2%} ({second}/{total_second}) |"
    )


def choose(rows: list[Row], max_second: int) -> Row | None:
    """Within the limits, the most recall gained against benign messages escalated; on a
    tie the stricter thresholds. `max_second` is the most of the second source's
    sentences a point may escalate."""
    best: Row | None = None
    best_key = (-9.0, -9.0)
    for row in rows:
        threshold, clause, emergency, crisis, benign_fe, val_fe, _, _, second = row
        if benign_fe <= MAX_OWN_BENIGN and val_fe <= MAX_CLINC_VAL and second <= max_second:
            key = (round(emergency + crisis - benign_fe, 3), threshold + clause)
            if key > best_key:
                best, best_key = row, key
    return best


def write(weights: Weights, threshold: float, clause: float, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        hidden_weights=weights.hidden_weights.astype(np.float32),
        hidden_bias=weights.hidden_bias.astype(np.float32),
        weights=weights.weights.astype(np.float32),
        bias=weights.bias.astype(np.float32),
        threshold=np.float32(threshold),
        clause_threshold=np.float32(clause),
        embedding_model=np.array(DEFAULT_MODEL),
        classes=np.array(CLASSES),
    )
    print(f"wrote {out} ({out.stat().st_size} bytes)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="npz file to keep embeddings between runs")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    parser.add_argument(
        "--out", type=Path, help=f"where --write writes (default: the shipped {OUT.name})"
    )
    args = parser.parse_args()
    embed = VectorCache(args.cache)
    messages = load_rounds()
    negatives, val_texts = load_negatives()
    second_texts = load_second_val()
    print(f"{len(messages)} labelled messages ({len(ROUNDS)} sets), {len(negatives)} negatives\n")
    grid = loro_grid(messages, negatives, embed)
    embed.save()
    weights = train(messages, negatives, embed)
    val = Escalations(val_texts, weights, embed)
    second = Escalations(second_texts, weights, embed)
    embed.save()
    rows = score_rows(grid, val, second)
    shipped = TriageModel.load(OUT)
    if shipped.hidden_weights is None or shipped.hidden_bias is None:
        raise SystemExit(f"{OUT.name} has no hidden layer: not a weights file of this trainer")
    shipped_weights = Weights(
        shipped.hidden_weights, shipped.hidden_bias, shipped.weights, shipped.bias
    )
    max_second = len(
        Escalations(second_texts, shipped_weights, embed).escalated(
            shipped.threshold, shipped.clause_threshold
        )
    )
    print(
        f"shipped weights ({shipped.threshold} / {shipped.clause_threshold}) escalate "
        f"{max_second} of {len(second_texts)} presidio sentences\n"
    )
    print("Leave-one-round-out, the backstop alone (rules not counted):\n")
    print("| threshold | clause threshold | emergency recall | crisis recall | "
          "false escalations, our benign | CLINC150 val escalated | "
          "presidio sentences escalated |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(format_row(row, len(val_texts), len(second_texts)))
    best = choose(rows, max_second)
    if best is None:
        print("\nno threshold meets the false-escalation limits", file=sys.stderr)
        return 1
    limits = (
        f"at most {MAX_OWN_BENIGN:.0%} of our benign messages, {MAX_CLINC_VAL:.2%} of val, "
        f"{max_second} of presidio's sentences, as many as the shipped weights"
    )
    print(f"\nchosen: threshold {best[0]}, clause threshold {best[1]} (limits: {limits})")
    print(format_row(best, len(val_texts), len(second_texts)))
    for text in second.escalated(best[0], best[1]):
        print(f"  escalated (presidio): {text[:160]!r}")
    if args.write:
        write(weights, best[0], best[1], args.out or OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
