"""The semantic triage backstop: what it adds to the rules, and what may veto it.

These run the real embedding model and the shipped weights; the probabilities
quoted in comments are the shipped model's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aurixa.core.embeddings import CachedEmbedder, get_embedder
from aurixa.safety.detectors.emergency import EmergencyDetector
from aurixa.safety.detectors.reassurance import reassured
from aurixa.safety.detectors.selfharm import SelfHarmDetector
from aurixa.safety.detectors.semantic import (
    CLASSES,
    RequestSpans,
    TriageModel,
    decide,
    triage_model,
)
from aurixa.safety.schemas import Action, Category
from aurixa.safety.service import check_input
from aurixa.safety.text import Doc
from evals.train_safety_classifier import fit
from tests.safety.rules import rules_only


def _decision(text: str):  # type: ignore[no-untyped-def]
    doc = Doc(text)
    aside = EmergencyDetector().set_aside(doc) + SelfHarmDetector().set_aside(doc)
    return decide(doc, triage_model(), get_embedder(), aside)


def _always(label: int) -> TriageModel:
    """A linear model that scores every message as `label` with probability ~1."""
    bias = np.zeros(len(CLASSES), np.float32)
    bias[label] = 9
    return TriageModel(np.zeros((get_embedder().dim, 3), np.float32), bias, 0.6, 0.3, "any")


def test_shipped_weights_fit_the_embedding_model() -> None:
    model = triage_model()
    assert model.hidden_weights is not None
    assert model.hidden_bias is not None
    hidden = model.hidden_bias.shape[0]
    assert model.hidden_weights.shape == (get_embedder().dim, hidden)
    assert model.weights.shape == (hidden, len(CLASSES))
    assert 0 < model.clause_threshold <= model.threshold < 1


def test_probabilities_are_a_distribution_over_the_classes() -> None:
    texts = [
        "my dad is slurring his words and his face droops on one side",
        "I don't see the point of going on anymore",
        "can I move my dentist appointment to Friday afternoon?",
    ]
    scores = triage_model().probabilities(get_embedder().embed(texts))
    assert scores.shape == (len(texts), len(CLASSES))
    assert np.all(scores >= 0)
    assert np.allclose(scores.sum(axis=1), 1.0, atol=1e-5)


def test_a_linear_weights_file_still_loads_and_scores_as_a_logistic_regression(
    tmp_path: Path,
) -> None:
    rng = np.random.default_rng(7)
    w = rng.standard_normal((5, 3)).astype(np.float32)
    b = np.array([0.5, -0.2, 0.1], np.float32)
    path = tmp_path / "linear.npz"
    np.savez(
        path,
        weights=w,
        bias=b,
        threshold=np.float32(0.6),
        clause_threshold=np.float32(0.3),
        embedding_model=np.array("m"),
    )
    model = TriageModel.load(path)
    assert model.hidden_weights is None
    assert model.hidden_bias is None
    assert model.threshold == pytest.approx(0.6)
    assert model.embedding_model == "m"
    x = rng.standard_normal((4, 5)).astype(np.float32)
    logits = x @ w + b
    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert np.allclose(model.probabilities(x), expected, atol=1e-6)


def test_the_hidden_layer_is_applied_with_a_relu() -> None:
    rng = np.random.default_rng(3)
    w1, b1 = rng.standard_normal((5, 4)), rng.standard_normal(4)
    w2, b2 = rng.standard_normal((4, 3)), rng.standard_normal(3)
    model = TriageModel(
        w2.astype(np.float32),
        b2.astype(np.float32),
        0.6,
        0.3,
        "m",
        hidden_weights=w1.astype(np.float32),
        hidden_bias=b1.astype(np.float32),
    )
    x = rng.standard_normal((6, 5)).astype(np.float32)
    pre = x @ w1 + b1
    assert (pre < 0).any()  # the ReLU has something to cut

    def softmax(logits: np.ndarray) -> np.ndarray:
        return np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)

    scores = model.probabilities(x)
    assert np.allclose(scores, softmax(np.maximum(pre, 0) @ w2 + b2), atol=1e-5)
    assert not np.allclose(scores, softmax(pre @ w2 + b2), atol=1e-3)


def test_the_fit_is_deterministic_and_learns_separable_classes() -> None:
    rng = np.random.default_rng(1)
    centres = np.eye(3, 6, dtype=np.float32) * 3
    y = np.repeat(np.arange(3), 20)
    x = (centres[y] + rng.standard_normal((60, 6))).astype(np.float32)
    weight = np.ones(60)
    first, second = fit(x, y, weight), fit(x, y, weight)
    for name in ("hidden_weights", "hidden_bias", "weights", "bias"):
        assert np.array_equal(getattr(first, name), getattr(second, name))
    model = TriageModel(
        first.weights,
        first.bias,
        0.6,
        0.3,
        "m",
        hidden_weights=first.hidden_weights,
        hidden_bias=first.hidden_bias,
    )
    assert np.mean(np.argmax(model.probabilities(x), axis=1) == y) > 0.9


def test_backstop_catches_a_report_no_rule_foresaw_and_quotes_the_clause() -> None:
    text = "my son's breathing sounds like a squeaky whistle and he looks scared and tired"
    assert check_input(text, registry=rules_only()).allowed
    verdict = check_input(text)
    assert verdict.category == Category.EMERGENCY
    assert verdict.action == Action.EMERGENCY_REPLY
    assert verdict.requires_escalation
    assert verdict.subtype == "semantic"
    assert verdict.evidence == ["my son's breathing sounds like a squeaky whistle"]


def test_rules_fire_first_and_name_their_subtype() -> None:
    verdict = check_input("my husband suddenly can't lift his right arm")
    assert verdict.category == Category.EMERGENCY
    assert verdict.subtype == "stroke"


@pytest.mark.parametrize(
    "text",
    [
        # negated by the rules' context handling
        "she isn't unconscious, she never passed out",
        # a history
        "she had a massive stroke years ago and can't speak since then",
        # a hypothetical question
        "if my dad ever collapses and stops breathing, what do I do?",
    ],
)
def test_context_vetoes_a_high_score(text: str) -> None:
    doc = Doc(text)
    aside = EmergencyDetector().set_aside(doc) + SelfHarmDetector().set_aside(doc)
    # A model that calls everything an emergency: only the context can stop it.
    assert decide(doc, _always(1), get_embedder(), aside).category is None
    assert _decision(text).category is None
    assert not check_input(text).requires_escalation


@pytest.mark.parametrize(
    "text",
    [
        "I need to reschedule my appointment for next Tuesday",
        "what are the warning signs of a heart attack and a stroke?",
        "can I get a refill of my blood pressure pills",
    ],
)
def test_routine_messages_score_low(text: str) -> None:
    assert _decision(text).category is None
    assert check_input(text).allowed


def test_the_message_vector_is_left_in_the_shared_cache_for_the_intent_router() -> None:
    text = "my ankle is a bit swollen after the run, should I book a visit?"
    check_input(text)
    embedder = get_embedder()
    assert isinstance(embedder, CachedEmbedder)
    before = embedder.embed([text])
    assert np.array_equal(before, embedder.embed([text]))
    assert text in embedder._vectors  # the router's embed of the same text is a cache hit


def test_a_message_that_says_the_person_is_well_again_is_left_to_the_rules() -> None:
    text = "my little boy fell off the couch and hit his head, now he's totally fine"
    doc = Doc(text)
    # A model that calls everything an emergency, so the test does not hang on how high
    # the shipped weights happen to score this message: only the reassurance can stop it.
    assert decide(doc, _always(1), get_embedder(), []).category is None
    assert (
        decide(
            Doc("my little boy fell off the couch and hit his head"), _always(1), get_embedder(), []
        ).category
        == Category.EMERGENCY
    )
    assert _decision(text).category is None
    assert not check_input(text).requires_escalation


@pytest.mark.parametrize(
    ("text", "reassuring"),
    [
        ("I take my pills twice a day", True),
        ("mi mamá toma la pastilla cada 8 horas, ¿se la puedo dar con comida?", True),
        ("me mareé un segundo al levantarme, ya estoy bien", True),
        ("ando bien pero quiero saber si puedo hacer ejercicio", True),
        ("I took all my pills at once", False),
        ("me tomé todas las pastillas de una vez", False),
        ("no estoy bien, me duele mucho el pecho", False),
    ],
)
def test_a_routine_schedule_or_being_well_again_reassures_the_backstop(
    text: str, reassuring: bool
) -> None:
    # Only the backstop defers to these; the rules read an overdose whatever else is said.
    assert reassured(Doc(text)) is reassuring


def test_a_usual_schedule_does_not_hide_an_overdose_from_the_rules() -> None:
    verdict = check_input("I take my pills twice a day but tonight I took the whole bottle")
    assert verdict.requires_escalation


def test_what_is_left_after_a_negated_clause_must_score_high_on_its_own() -> None:
    text = "he's not struggling to breathe at all, it's only a stuffy nose"
    doc = Doc(text)
    aside = EmergencyDetector().set_aside(doc) + SelfHarmDetector().set_aside(doc)
    # One-hot vectors under an identity model: the whole message and every clause read
    # as an emergency; only what is left without the negated clause is in question.
    linear = TriageModel(np.eye(3, dtype=np.float32) * 9, np.zeros(3, np.float32), 0.6, 0.2, "m")
    for rest_label, fires in ((0, False), (1, True)):
        embed = _OneHot(rest=rest_label)
        assert (decide(doc, linear, embed, aside).category is not None) is fires
    assert _decision(text).category is None
    assert not check_input(text).requires_escalation


class _OneHot:
    """Every text an emergency, except the text left without the negated clause."""

    name = "one-hot"
    dim = 3

    def __init__(self, rest: int) -> None:
        self._rest = rest

    def embed(self, texts: list[str]) -> np.ndarray:
        labels = [self._rest if t == "it's only a stuffy nose" else 1 for t in texts]
        return np.eye(3, dtype=np.float32)[labels]


def test_a_request_to_harm_someone_else_is_not_read_as_a_crisis() -> None:
    doc = Doc("Should I burn down my neighbour's house if I don't like him?")
    # A model that calls everything a crisis: only the set-asides can stop it.
    always = _always(2)
    rules = EmergencyDetector().set_aside(doc) + SelfHarmDetector().set_aside(doc)
    assert decide(doc, always, get_embedder(), rules).category == Category.SELF_HARM
    spans = rules + RequestSpans().set_aside(doc)
    assert decide(doc, always, get_embedder(), spans).category is None
    verdict = check_input(doc.text)
    assert verdict.category == Category.HARMFUL
    assert not verdict.requires_escalation


@pytest.mark.parametrize("text", ["goodbye", "farewell then", "call mom"])
def test_a_message_of_a_few_words_is_left_to_the_rules(text: str) -> None:
    assert _decision(text).category is None
    assert not check_input(text).requires_escalation
