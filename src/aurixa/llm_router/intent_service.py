"""Intent routing with a second opinion: when the semantic router is unsure and a
real model is configured, that model picks the label (or `out_of_scope`).

The `local` provider never classifies (it only extracts), so offline the
router's own reading stands: its abstention, or the knowledge base when the scope
model says the message is about health. A failing model leaves that reading in place.
"""

from __future__ import annotations

import asyncio
import re

import structlog

from aurixa.core.embeddings import is_cached
from aurixa.core.errors import AurixaError
from aurixa.llm_router.intent import OUT_OF_SCOPE, IntentResult, IntentRouter
from aurixa.llm_router.routing import TenantPolicy
from aurixa.llm_router.service import LLMRouterService
from aurixa.llm_router.types import GenerateRequest, Message

log = structlog.get_logger(__name__)
UNSURE_BAND = 0.12
_PROMPT = (
    "You route messages sent to a healthcare clinic's assistant. Reply with exactly one "
    "label from this list and nothing else: {labels}. Use out_of_scope for anything that "
    "is not about this clinic, its appointments, insurance, prescriptions, health "
    "information, greetings or asking for a person."
)


def _unsure(result: IntentResult, router: IntentRouter) -> bool:
    # A message the scope model sent to the knowledge base had no task match either.
    refused_by_tasks = result.abstained or result.method == "scope"
    return refused_by_tasks and result.confidence >= router.threshold - UNSURE_BAND


def _has_real_model(service: LLMRouterService, policy: TenantPolicy) -> bool:
    return any(
        m.provider != "local" and m.provider in service.registry.names() and policy.allows(m)
        for m in service.catalogue().all()
    )


async def classify(
    text: str,
    *,
    router: IntentRouter,
    service: LLMRouterService,
    tenant_id: str,
    policy: TenantPolicy,
) -> IntentResult:
    if is_cached(router.embedder, [text]):
        # The safety check embedded this message: scoring it is cheaper than a thread hop.
        result = router.classify(text)
    else:
        # Embedding is CPU work: keep the event loop free for other requests.
        result = await asyncio.to_thread(router.classify, text)
    if not _unsure(result, router) or not _has_real_model(service, policy):
        return result
    labels = ", ".join(router.intents)
    request = GenerateRequest(
        messages=[
            Message(role="system", content=_PROMPT.format(labels=labels)),
            Message(role="user", content=text),
        ],
        task="classify",
        temperature=0,
        max_tokens=8,
    )
    try:
        answer, _trace = await service.generate(request, tenant_id=tenant_id, policy=policy)
    except AurixaError as exc:
        log.warning("intent.llm_unavailable", error=exc.code)
        return result
    if answer.provider == "local":
        return result
    label = (
        re.sub(r"[^a-z_]", "", answer.content.strip().lower().split()[0]) if answer.content else ""
    )
    if label not in router.intents:
        return result
    path = router.paths[label]
    return IntentResult(
        intent=label,
        confidence=result.confidence,
        path=path,
        abstained=label == OUT_OF_SCOPE,
        method="llm",
        runner_up=result.runner_up,
    )
