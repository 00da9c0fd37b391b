"""Semantic intent routing: example embeddings, keyword rules, calibrated abstention.

An utterance is embedded once and compared with every example utterance of
`intents.json`; an intent's score is the mean of its `k` nearest examples.
Keyword rules add a small bonus for unambiguous words ("refill", "cancel").
The router abstains (out of scope) when the best intent is the out-of-scope
anchor class, or when its score is under the calibrated threshold, or when
the utterance has no clinic vocabulary and is not a near-certain match; the
threshold comes from `evals/intent_calibrate.py` on data apart from the eval.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from aurixa.core.embeddings import Embedder

DEFAULT_SPEC = Path(__file__).with_name("intents.json")
OUT_OF_SCOPE = "out_of_scope"
KEYWORD_BONUS = 0.08
K_NEAREST = 3


class IntentResult(BaseModel):
    intent: str
    confidence: float
    path: str
    abstained: bool
    method: str = "semantic"
    runner_up: str | None = None


class IntentRouter:
    def __init__(
        self,
        embedder: Embedder,
        spec: dict[str, Any],
        *,
        threshold: float | None = None,
        certain: float | None = None,
    ) -> None:
        self._embedder = embedder
        examples: dict[str, list[str]] = spec["examples"]
        self.paths: dict[str, str] = spec["paths"]
        self.intents = list(examples)
        self.threshold = float(threshold if threshold is not None else spec.get("threshold", 0.5))
        self.certain = float(certain if certain is not None else spec.get("certain", 0.75))
        self._keywords = {i: re.compile(p, re.IGNORECASE) for i, p in spec["keywords"].items()}
        self._clinic = re.compile(spec["clinic_terms"], re.IGNORECASE)
        self._non_clinic = re.compile(spec.get("non_clinic_terms", r"(?!x)x"), re.IGNORECASE)
        self.override = float(spec.get("override", 0.85))
        texts = [t for i in self.intents for t in examples[i]]
        labels = np.array([n for n, i in enumerate(self.intents) for _ in examples[i]])
        # Each intent's example rows, found once rather than by a mask per message.
        self._rows = [np.flatnonzero(labels == n) for n in range(len(self.intents))]
        self._matrix = embedder.embed(texts)

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    @classmethod
    def load(cls, embedder: Embedder, path: Path | None = None) -> IntentRouter:
        return cls(embedder, json.loads((path or DEFAULT_SPEC).read_text(encoding="utf-8")))

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """(n, intents) scores: mean of the k nearest examples plus keyword bonus."""
        sims = self._embedder.embed(list(texts)) @ self._matrix.T
        out = np.zeros((len(texts), len(self.intents)), dtype=np.float32)
        for n, rows in enumerate(self._rows):
            block = sims[:, rows]
            k = min(K_NEAREST, block.shape[1])
            out[:, n] = np.partition(block, block.shape[1] - k, axis=1)[:, -k:].mean(axis=1)
        for n, intent in enumerate(self.intents):
            rule = self._keywords.get(intent)
            if rule is not None:
                hits = np.array([bool(rule.search(t)) for t in texts])
                out[hits, n] += KEYWORD_BONUS
        return out

    def decide(self, text: str, row: np.ndarray) -> IntentResult:
        order = np.argsort(row)[::-1]
        best, second = self.intents[int(order[0])], self.intents[int(order[1])]
        score = float(row[order[0]])
        confidence = round(max(0.0, min(1.0, score)), 4)
        clinic = bool(self._clinic.search(text))
        # Words of other domains (reservations, cars, calendars, banking) outweigh a
        # semantic match unless it is near-identical to one of our examples.
        foreign = bool(self._non_clinic.search(text))
        abstain = (
            best == OUT_OF_SCOPE
            or score < self.threshold
            or (not clinic and score < self.certain)
            or (foreign and score < self.override)
        )
        if abstain:
            return IntentResult(
                intent=OUT_OF_SCOPE,
                confidence=confidence,
                path="out_of_scope",
                abstained=True,
                runner_up=best if best != OUT_OF_SCOPE else second,
            )
        return IntentResult(
            intent=best,
            confidence=confidence,
            path=self.paths[best],
            abstained=False,
            runner_up=second,
        )

    def classify_many(self, texts: Sequence[str]) -> list[IntentResult]:
        if not texts:
            return []
        matrix = self.scores(texts)
        return [self.decide(t, matrix[i]) for i, t in enumerate(texts)]

    def classify(self, text: str) -> IntentResult:
        return self.classify_many([text])[0]
