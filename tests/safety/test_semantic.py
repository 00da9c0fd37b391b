"""The semantic triage backstop: what it adds to the rules, and what may veto it.

These run the real embedding model and the shipped weights; the probabilities
quoted in comments are the shipped model's.
"""

from __future__ import annotations

import numpy as np
import pytest

from aurixa.core.embeddings import CachedEmbedder, get_embedder
from aurixa.safety.detectors.emergency import EmergencyDetector
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
from tests.safety.rules import rules_only


def _decision(text: str):  # type: ignore[no-untyped-def]
    doc = Doc(text)
    aside = EmergencyDetector().set_aside(doc) + SelfHarmDetector().set_aside(doc)
    return decide(doc, triage_model(), get_embedder(), aside)


def test_shipped_weights_fit_the_embedding_model() -> None:
    model = triage_model()
    assert model.weights.shape == (get_embedder().dim, len(CLASSES))
    assert 0 < model.clause_threshold <= model.threshold < 1


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
        "she isn't unconscious and she is breathing fine",
        # a history
        "she had a massive stroke years ago and can't speak since then",
        # a hypothetical question
        "if my dad ever collapses and stops breathing, what do I do?",
    ],
)
def test_context_vetoes_a_high_score(text: str) -> None:
    decision = _decision(text)
    assert decision.probability >= triage_model().threshold  # the classifier alone would fire
    assert decision.category is None
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
    whole = triage_model().probabilities(get_embedder().embed([text]))[0]
    assert whole[1] >= triage_model().threshold  # the classifier alone would fire
    assert _decision(text).category is None
    assert not check_input(text).requires_escalation


def test_what_is_left_after_a_negated_clause_must_score_high_on_its_own() -> None:
    text = "he's not struggling to breathe at all, it's only a stuffy nose"
    whole = triage_model().probabilities(get_embedder().embed([text]))[0]
    assert whole[1] >= triage_model().threshold
    assert _decision(text).category is None
    assert not check_input(text).requires_escalation


def test_a_request_to_harm_someone_else_is_not_read_as_a_crisis() -> None:
    doc = Doc("Should I burn down my neighbour's house if I don't like him?")
    # A model that calls everything a crisis: only the set-asides can stop it.
    dim = get_embedder().dim
    always = TriageModel(
        np.zeros((dim, 3), np.float32), np.array([0, 0, 9], np.float32), 0.6, 0.3, "any"
    )
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
