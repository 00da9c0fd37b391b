"""Semantic intent routing: example embeddings, keyword rules, calibrated abstention.

An utterance is embedded once and compared with every example utterance of
`intents.json`; an intent's score is the mean of its `k` nearest examples.
Keyword rules add a small bonus for unambiguous words ("refill", "cancel").
The router abstains (out of scope) when the best intent is the out-of-scope
anchor class, or when its score is under the calibrated threshold, or when
the utterance has no clinic vocabulary and is not a near-certain match; the
threshold comes from `evals/intent_calibrate.py` on data apart from the eval.

Patients mostly write about their health in words no task example holds ("my eyelid
has twitched for a week, is that anything?"). An abstention on such a message would
answer a patient "I can't help with that", so a second, coarser model asks whether the
message is about health or this clinic at all (`ScopeModel`, a logistic regression on
the same vector, fitted by `evals/train_intent_scope.py`); when it is sure, the
message goes to the knowledge base instead, which answers it or says whom to call.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import structlog
from pydantic import BaseModel

from aurixa.core.embeddings import Embedder, Vectors

log = structlog.get_logger(__name__)

DEFAULT_SPEC = Path(__file__).with_name("intents.json")
SCOPE_WEIGHTS = "scope.npz"
OUT_OF_SCOPE = "out_of_scope"
KNOWLEDGE_QUESTION = "knowledge_question"
KEYWORD_BONUS = 0.08
K_NEAREST = 3


class IntentResult(BaseModel):
    intent: str
    confidence: float
    path: str
    abstained: bool
    method: str = "semantic"
    runner_up: str | None = None


@dataclass(frozen=True)
class ScopeModel:
    """Whether a message is about health or a clinic at all, whatever it asks."""

    weights: npt.NDArray[np.float32]  # (dim,)
    bias: float
    threshold: float  # probability above which an abstention goes to the knowledge base
    embedding_model: str  # the vectors it was fitted on; others would be misread

    def probabilities(self, vectors: Vectors) -> npt.NDArray[np.float32]:
        logits = np.clip(vectors @ self.weights + self.bias, -30.0, 30.0)
        result: npt.NDArray[np.float32] = 1.0 / (1.0 + np.exp(-logits))
        return result

    @classmethod
    def load(cls, path: Path | None = None) -> ScopeModel:
        source = path or importlib.resources.files("aurixa.llm_router").joinpath(
            "data", SCOPE_WEIGHTS
        )
        with importlib.resources.as_file(source) as file, np.load(file) as data:
            return cls(
                weights=data["weights"].astype(np.float32),
                bias=float(data["bias"]),
                threshold=float(data["threshold"]),
                embedding_model=str(data["embedding_model"]),
            )

    @classmethod
    def for_embedder(cls, embedder: Embedder) -> ScopeModel | None:
        model = cls.load()
        if model.embedding_model != embedder.name:
            # Another model's vectors would be scored on weights fitted to these: abstain
            # as before rather than guess.
            log.warning(
                "intent.scope_model_skipped",
                fitted_on=model.embedding_model,
                embedder=embedder.name,
            )
            return None
        return model


class IntentRouter:
    def __init__(
        self,
        embedder: Embedder,
        spec: dict[str, Any],
        *,
        threshold: float | None = None,
        certain: float | None = None,
        scope: ScopeModel | None = None,
    ) -> None:
        self._embedder = embedder
        self.scope = scope
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
    def load(
        cls, embedder: Embedder, path: Path | None = None, *, scope: bool = True
    ) -> IntentRouter:
        return cls(
            embedder,
            json.loads((path or DEFAULT_SPEC).read_text(encoding="utf-8")),
            scope=ScopeModel.for_embedder(embedder) if scope else None,
        )

    def scores(self, texts: Sequence[str], vectors: Vectors | None = None) -> np.ndarray:
        """(n, intents) scores: mean of the k nearest examples plus keyword bonus."""
        if vectors is None:
            vectors = self._embedder.embed(list(texts))
        sims = vectors @ self._matrix.T
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

    def foreign(self, text: str) -> bool:
        """Words of another domain (reservations, cars, calendars, banking)."""
        return bool(self._non_clinic.search(text))

    def decide(self, text: str, row: np.ndarray, in_scope: float | None = None) -> IntentResult:
        """The intent for one message from its scores; `in_scope` is the scope model's
        probability that the message is about health or the clinic."""
        order = np.argsort(row)[::-1]
        best, second = self.intents[int(order[0])], self.intents[int(order[1])]
        score = float(row[order[0]])
        confidence = round(max(0.0, min(1.0, score)), 4)
        clinic = bool(self._clinic.search(text))
        # Words of other domains (reservations, cars, calendars, banking) outweigh a
        # semantic match unless it is near-identical to one of our examples.
        foreign = self.foreign(text)
        abstain = (
            best == OUT_OF_SCOPE
            or score < self.threshold
            or (not clinic and score < self.certain)
            or (foreign and score < self.override)
        )
        if (
            abstain
            and not foreign
            and in_scope is not None
            and self.scope is not None
            and in_scope >= self.scope.threshold
        ):
            # Confidence stays the task score: the second opinion of a configured model
            # is asked on it, and a model's label beats this coarse one.
            return IntentResult(
                intent=KNOWLEDGE_QUESTION,
                confidence=confidence,
                path=self.paths[KNOWLEDGE_QUESTION],
                abstained=False,
                method="scope",
                runner_up=best if best != KNOWLEDGE_QUESTION else second,
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
        vectors = self._embedder.embed(list(texts))
        matrix = self.scores(texts, vectors)
        if self.scope is None:
            return [self.decide(t, matrix[i]) for i, t in enumerate(texts)]
        in_scope = self.scope.probabilities(vectors)
        return [self.decide(t, matrix[i], float(in_scope[i])) for i, t in enumerate(texts)]

    def classify(self, text: str) -> IntentResult:
        return self.classify_many([text])[0]
