"""The semantic intent router and its second opinion from a configured model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
import respx

from aurixa.core.embeddings import Vectors, get_embedder
from aurixa.llm_router import intent_service
from aurixa.llm_router.budget import MemoryBudget
from aurixa.llm_router.cache import ResponseCache
from aurixa.llm_router.catalogue import Catalogue, ModelInfo
from aurixa.llm_router.health import HealthBook
from aurixa.llm_router.intent import IntentRouter, ScopeModel
from aurixa.llm_router.providers import default_registry
from aurixa.llm_router.providers.base import ProviderConfig
from aurixa.llm_router.routing import TenantPolicy
from aurixa.llm_router.service import LLMRouterService


@pytest.fixture(scope="module")
def router() -> IntentRouter:
    return IntentRouter.load(get_embedder())


def test_clinic_requests_route_to_their_flow_and_the_rest_abstains(router: IntentRouter) -> None:
    results = router.classify_many(
        [
            "could you move my appointment to Thursday afternoon",
            "I need my blood pressure tablets refilled",
            "do you take Cigna insurance",
            "how do I cook risotto",
        ]
    )
    assert [r.intent for r in results] == ["reschedule", "refill", "insurance", "out_of_scope"]
    assert results[3].abstained
    assert results[3].path == "out_of_scope"


def test_the_clinics_bills_are_questions_for_the_knowledge_base(router: IntentRouter) -> None:
    # Wordings not among the router's examples; other people's bills stay out.
    results = router.classify_many(
        [
            "how can i pay the bill i got after my checkup",
            "is it possible to pay my balance in monthly installments",
            "can I pay my electric bill through you",
            "pay my visa bill from my checking account",
        ]
    )
    assert [r.path for r in results] == ["rag", "rag", "out_of_scope", "out_of_scope"]


def test_everyday_clinic_questions_reach_the_knowledge_base(router: IntentRouter) -> None:
    # Wordings not among the router's examples; a park that is not ours stays out.
    results = router.classify_many(
        [
            "could we do my visit over video instead",
            "where should I park when I come in",
            "do you see walk-ins on saturday",
            "where is the closest park",
        ]
    )
    # A walk-in question may also go to the availability flow: either serves the patient.
    assert [r.path for r in results[:2]] == ["rag", "rag"]
    assert results[2].path in {"rag", "agent"}
    assert results[3].path == "out_of_scope"


def test_health_messages_without_a_task_reach_the_knowledge_base(router: IntentRouter) -> None:
    # Patients' own words that no task example holds; before the scope model every one
    # of them was answered "I can't help with that".
    health = [
        "my eyelid has been twitching for a week, is that anything to worry about",
        "my knee still clicks six weeks after the scope, is that normal?",
        "mi hijo tiene tos seca desde hace tres días, qué le puedo dar",
    ]
    results = router.classify_many(health)
    assert [(r.intent, r.method, r.path) for r in results] == [
        ("knowledge_question", "scope", "rag")
    ] * 3
    assert [
        r.intent for r in IntentRouter.load(get_embedder(), scope=False).classify_many(health)
    ] == ["out_of_scope"] * 3
    # Other domains stay refused, with or without another domain's words.
    others = router.classify_many(
        [
            "what's a good stock to buy this week",
            "who won the game last night",
            "tell me a joke about cats",
        ]
    )
    assert [r.path for r in others] == ["out_of_scope"] * 3


def test_a_scope_model_fitted_on_other_vectors_is_not_used() -> None:
    class OtherModel:
        name = "another-embedding-model"
        dim = 384

        def embed(self, texts: Sequence[str]) -> Vectors:
            return np.zeros((len(texts), self.dim), dtype=np.float32)

    assert ScopeModel.for_embedder(OtherModel()) is None
    assert ScopeModel.for_embedder(get_embedder()) is not None


def service_with(url: str) -> LLMRouterService:
    registry = default_registry(use_embedder=False)
    for config in (
        ProviderConfig(name="local", kind="local"),
        ProviderConfig(name="vllm", kind="openai_compatible", base_url=url),
    ):
        registry.add(registry.build(config), config)
    catalogue = Catalogue(
        [
            ModelInfo(provider="local", model="local-extractive", tier=1, input=0, output=0),
            ModelInfo(provider="vllm", model="qwen", tier=1, input=0.01, output=0.01),
        ]
    )
    return LLMRouterService(
        registry=registry,
        catalogue=catalogue,
        health=HealthBook(),
        budget=MemoryBudget(),
        cache=ResponseCache(),
    )


@respx.mock
async def test_an_unsure_router_asks_the_configured_model(
    router: IntentRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    respx.post("http://vllm.test/v1/chat/completions").respond(
        json={
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "qwen",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "refill"},
                }
            ],
            "usage": {"prompt_tokens": 80, "completion_tokens": 1, "total_tokens": 81},
        }
    )
    # Make every utterance "unsure" so the second opinion is always asked.
    monkeypatch.setattr(router, "threshold", 1.5)
    monkeypatch.setattr(intent_service, "UNSURE_BAND", 2.0)
    service = service_with("http://vllm.test/v1")
    policy = TenantPolicy(allowed_providers=["vllm"])
    result = await intent_service.classify(
        "my tablets are nearly gone", router=router, service=service, tenant_id="t", policy=policy
    )
    assert (result.intent, result.method, result.path) == ("refill", "llm", "agent")
    offline = await intent_service.classify(
        "my tablets are nearly gone",
        router=router,
        service=service,
        tenant_id="t",
        policy=TenantPolicy(allowed_providers=["local"]),
    )
    # Offline no model gives a label: the router's own reading stands. No task example
    # matched (the threshold is out of reach), and the scope model sends a message
    # about medicines to the knowledge base rather than refuse it.
    assert (offline.intent, offline.method, offline.path) == ("knowledge_question", "scope", "rag")


async def test_background_probe_counts_a_dead_provider_as_failing() -> None:
    import asyncio
    import contextlib

    from aurixa.llm_router.lifecycle import probe_providers

    service = service_with("http://127.0.0.1:9/v1")  # nothing listens on the discard port
    task = asyncio.create_task(probe_providers(service, interval_s=0.01))
    for _ in range(300):
        await asyncio.sleep(0.01)
        if service.health.breaker("vllm").failures >= 1:
            break
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert service.health.breaker("vllm").failures >= 1
    assert "local" not in service.health.breakers
