"""Intent routing quality.

1. Accuracy on our held-out healthcare utterances (`evals/data/intent_test.jsonl`,
   written apart from the router's examples in `llm_router/intents.json`).
2. False-accept rate on CLINC150 (`test` + `oos_test`, 5,500 utterances): no
   CLINC150 query is a clinic task, so each one routed to a clinic intent is a
   false accept. `greeting` is chit-chat, not a clinic task; the strict rate
   counts it too. Per-domain rates show where false accepts come from.
3. Health messages not refused: every one of them belongs to a clinic's assistant,
   so each one routed `out_of_scope` is a patient told "I can't help with that".
   MedQuAD's questions (NIH consumer health questions), and the benign messages of
   our patient-message rounds 42 onwards (the ones that reach the router: emergencies
   and crises never do), which neither the router nor its scope model was fitted on.

    .venv/bin/python evals/intent_eval.py [--split test|all] [--no-scope]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from aurixa.core.embeddings import get_embedder
from aurixa.llm_router.intent import OUT_OF_SCOPE, IntentRouter

HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    return Path(os.environ.get("AURIXA_DATA_DIR", default))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=["test", "all"], default="test")
    parser.add_argument(
        "--no-scope", action="store_true", help="without the scope model, as before it"
    )
    args = parser.parse_args()
    router = IntentRouter.load(get_embedder(), scope=not args.no_scope)
    rows = [json.loads(line) for line in (HERE / "data" / "intent_test.jsonl").open()]
    start = time.perf_counter()
    results = router.classify_many([r["text"] for r in rows])
    correct = Counter()
    total = Counter()
    for row, res in zip(rows, results, strict=True):
        total[row["intent"]] += 1
        correct[row["intent"]] += res.intent == row["intent"]
    accuracy = sum(correct.values()) / len(rows)
    print(f"held-out healthcare utterances: n={len(rows)} accuracy={accuracy:.3f}")
    print("| intent | n | accuracy |\n|---|---|---|")
    for intent in total:
        print(f"| {intent} | {total[intent]} | {correct[intent] / total[intent]:.3f} |")

    clinc_dir = data_dir() / "clinc150"
    clinc = json.loads((clinc_dir / "data_full.json").read_text())
    domains = json.loads((clinc_dir / "domains.json").read_text())
    domain_of = {i: d for d, intents in domains.items() for i in intents}
    splits = ["test", "oos_test"] if args.split == "test" else list(clinc)
    items = [(u, i) for s in splits for u, i in clinc[s]]
    out = router.classify_many([u for u, _ in items])
    fa = defaultdict(lambda: [0, 0])
    strict = 0
    routed = Counter()
    by_clinc_intent = Counter()
    for (_u, intent), res in zip(items, out, strict=True):
        domain = domain_of.get(intent, "oos")
        accepted = res.intent not in (OUT_OF_SCOPE, "greeting")
        strict += res.intent != OUT_OF_SCOPE
        fa[domain][0] += accepted
        fa[domain][1] += 1
        if accepted:
            routed[res.intent] += 1
            by_clinc_intent[intent] += 1
    n_fa = sum(v[0] for v in fa.values())
    print(
        f"\nCLINC150 {'+'.join(splits)}: n={len(items)} false-accept rate={n_fa / len(items):.4f}"
        f" (strict, greeting counted: {strict / len(items):.4f})"
    )
    print("| CLINC150 domain | n | false accepts | rate |\n|---|---|---|---|")
    for domain, (k, n) in sorted(fa.items()):
        print(f"| {domain} | {n} | {k} | {k / n:.4f} |")
    print("false accepts by our intent:", dict(routed.most_common()))
    print("false accepts by CLINC150 intent (top 10):", dict(by_clinc_intent.most_common(10)))
    health = health_messages()
    print("\n| health messages (none is out of scope) | n | refused as out of scope |")
    print("|---|---|---|")
    for name, texts in health.items():
        refused = sum(r.intent == OUT_OF_SCOPE for r in router.classify_many(texts))
        print(f"| {name} | {len(texts)} | {refused} ({100 * refused / len(texts):.1f} %) |")
    elapsed = time.perf_counter() - start
    n = len(rows) + len(items) + sum(len(t) for t in health.values())
    print(f"\n{n} utterances classified in {elapsed:.1f} s")


FIRST_UNFITTED_ROUND = 42  # rounds 1-41 are the scope model's training data


def health_messages() -> dict[str, list[str]]:
    sys.path.insert(0, str(HERE))
    from rag_medquad import load_medquad

    benign = []
    for path in sorted(HERE.glob("data/safety_patient_messages_round*.tsv")):
        number = int(re.findall(r"\d+", path.stem)[-1])
        if number >= FIRST_UNFITTED_ROUND:
            with path.open(encoding="utf-8") as fh:
                rows = csv.DictReader(fh, delimiter="\t")
                benign += [r["text"] for r in rows if r["label"] == "benign"]
    return {
        "MedQuAD questions": sorted({a.question for a in load_medquad()}),
        f"benign patient messages, rounds {FIRST_UNFITTED_ROUND} onwards": benign,
    }


if __name__ == "__main__":
    main()
