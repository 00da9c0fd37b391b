"""`Ports` implemented with the services' typed clients: in process through
ASGITransport, over HTTP in split mode. Token streaming in one process calls
the LLM router's stream directly, because ASGITransport delivers a streamed
body only once it is complete."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from fastapi import FastAPI

from aurixa.agent.client import AgentClient
from aurixa.core.auth import Principal
from aurixa.core.errors import AurixaError, ServiceUnavailable, UpstreamError
from aurixa.llm_router.client import LLMRouterClient
from aurixa.llm_router.providers.base import ProviderConfig
from aurixa.llm_router.providers.local import LocalProvider
from aurixa.llm_router.routing import TenantPolicy
from aurixa.llm_router.schemas import GenerateResponse
from aurixa.llm_router.types import ContextItem, GenerateRequest, Message
from aurixa.orchestration.ports import (
    AgentReply,
    Generation,
    Passage,
    Route,
    StreamChunk,
    Verdict,
)
from aurixa.orchestration.sentences import word_chunks
from aurixa.rag.client import RagClient
from aurixa.safety.client import SafetyClient
from aurixa.safety.schemas import CheckResponse

HISTORY_MESSAGES = 6


class _LLMRouter(LLMRouterClient):
    async def raw_stream(self, request: GenerateRequest) -> AsyncIterator[dict[str, Any]]:
        """Every NDJSON line, the closing trace (model, provider, cost) included."""
        async with self._stream(
            "POST", "/api/v1/generate/stream", json=request.model_dump(mode="json")
        ) as response:
            async for line in response.aiter_lines():
                if line.strip():
                    yield json.loads(line)


def _verdict(response: CheckResponse) -> Verdict:
    return Verdict(
        allowed=response.allowed,
        requires_escalation=response.requires_escalation,
        category=response.category.value,
        severity=response.severity.value,
        action=response.action.value,
        redacted_text=response.redacted_text,
        reply=getattr(response, "reply", None),
        escalation_id=response.escalation_id,
    )


def grounded_request(
    question: str, passages: list[Passage], history: list[dict[str, str]]
) -> GenerateRequest:
    messages = [
        Message(role="assistant" if h["role"] == "assistant" else "user", content=h["content"])
        for h in history[-HISTORY_MESSAGES:]
    ]
    messages.append(Message(role="user", content=question))
    return GenerateRequest(
        messages=messages,
        context=[
            # The heading path says what a chunk is about when its sentences do not
            # ("Billing and payments > Financial assistance").
            ContextItem(id=p.article_id, title=p.heading or p.title, text=p.text, kind="passage")
            for p in passages
        ],
        task="grounded_qa",
    )


def _generation(response: GenerateResponse | Any, *, fallback: str | None = None) -> Generation:
    return Generation(
        content=response.content,
        model=response.model,
        provider=response.provider,
        cost_usd=float(response.cost_usd),
        input_tokens=response.usage.input_tokens,
        output_tokens=response.usage.output_tokens,
        cached=bool(response.cached),
        fallback=fallback,
        sources=list(response.sources),
    )


class ClientPorts:
    """One per turn: the clients carry the caller's identity."""

    def __init__(self, app: FastAPI, principal: Principal, tenant_settings: dict[str, Any]):
        self.app = app
        self.principal = principal
        self.tenant_settings = tenant_settings
        self.safety = SafetyClient.from_app(app, principal)
        self.rag = RagClient.from_app(app, principal)
        self.llm = _LLMRouter.from_app(app, principal)
        self.agent = AgentClient.from_app(app, principal)

    async def check_input(
        self, text: str, *, conversation_id: str, patient_id: str | None
    ) -> Verdict:
        response = await self.safety.check_input(
            text, conversation_id=conversation_id, patient_id=patient_id
        )
        return _verdict(response)

    async def check_output(
        self,
        text: str,
        *,
        sources: list[str] | None,
        conversation_id: str,
        patient_id: str | None,
    ) -> Verdict:
        response = await self.safety.check_output(
            text,
            sources=sources,
            conversation_id=conversation_id,
            patient_id=patient_id,
            append_disclaimer=False,
        )
        return _verdict(response)

    async def route(self, text: str) -> Route:
        response = await self.llm.route(text)
        return Route(intent=response.intent, path=response.path, confidence=response.confidence)

    async def search(self, query: str, *, top_k: int) -> list[Passage]:
        response = await self.rag.search(query, top_k=top_k)
        return [
            Passage(
                article_id=r.article_id,
                chunk_id=r.chunk_id,
                title=r.title,
                text=r.text,
                snippet=r.snippet,
                score=r.score,
                heading=r.heading,
            )
            for r in response.results
        ]

    async def generate(
        self, question: str, passages: list[Passage], history: list[dict[str, str]]
    ) -> Generation:
        request = grounded_request(question, passages, history)
        try:
            return _generation(await self.llm.generate(request))
        except AurixaError as exc:
            if exc.status_code == 402:  # a spent budget is a decision, not an outage
                raise
            # Every provider (or the router itself) is down: the local responder
            # answers from the same passages, extractively, in this process.
            result = await _local().generate(request)
            return _generation(result, fallback="local")

    async def stream(
        self, question: str, passages: list[Passage], history: list[dict[str, str]]
    ) -> AsyncGenerator[StreamChunk, None]:
        request = grounded_request(question, passages, history)
        state = getattr(self.app.state, "llm_router", None)
        if self.llm.in_process and state is not None:
            events = self._direct_stream(state, request)
        else:
            events = self._http_stream(request)
        async for chunk in events:
            yield chunk

    async def _direct_stream(
        self, state: Any, request: GenerateRequest
    ) -> AsyncIterator[StreamChunk]:
        raw = self.tenant_settings.get("llm", {})
        policy = TenantPolicy.model_validate(raw if isinstance(raw, dict) else {})
        try:
            handle = await state.service.open_stream(
                request, tenant_id=self.principal.tenant_id, policy=policy
            )
        except AurixaError as exc:
            if exc.status_code == 402:
                raise
            async for chunk in _local_stream(request):
                yield chunk
            return
        text: list[str] = []
        sources: list[str] = []
        async for event in handle.events():
            if event.type == "delta" and event.text:
                text.append(event.text)
                yield StreamChunk(text=event.text)
            elif event.type == "done":
                sources = event.sources
        trace = handle.trace
        usage = handle.usage
        yield StreamChunk(
            final=Generation(
                content="".join(text),
                model=trace.model or None,
                provider=trace.provider or None,
                cost_usd=trace.cost_usd,
                input_tokens=usage.input_tokens if usage else 0,
                output_tokens=usage.output_tokens if usage else 0,
                cached=trace.cached,
                sources=sources,
            )
        )

    async def _http_stream(self, request: GenerateRequest) -> AsyncIterator[StreamChunk]:
        text: list[str] = []
        final: dict[str, Any] = {}
        try:
            async for line in self.llm.raw_stream(request):
                kind = line.get("type")
                if kind == "delta" and line.get("text"):
                    text.append(line["text"])
                    yield StreamChunk(text=line["text"])
                elif kind == "usage" and line.get("usage"):
                    final["usage"] = line["usage"]
                elif kind == "done":
                    final["sources"] = line.get("sources", [])
                elif kind == "trace":
                    final["trace"] = line.get("trace", {})
                elif kind == "error":
                    raise UpstreamError(str(line.get("message", "the model stream failed")))
        except (ServiceUnavailable, UpstreamError) as exc:
            if text:
                raise
            del exc
            async for chunk in _local_stream(request):
                yield chunk
            return
        trace, usage = final.get("trace", {}), final.get("usage", {})
        yield StreamChunk(
            final=Generation(
                content="".join(text),
                model=trace.get("model") or None,
                provider=trace.get("provider") or None,
                cost_usd=float(trace.get("cost_usd", 0.0)),
                input_tokens=int(usage.get("input_tokens", 0)),
                output_tokens=int(usage.get("output_tokens", 0)),
                cached=bool(trace.get("cached", False)),
                sources=list(final.get("sources", [])),
            )
        )

    async def agent_turn(
        self,
        text: str,
        *,
        intent: str,
        dialogue_state: dict[str, Any],
        conversation_id: str,
        patient_id: str | None,
    ) -> AgentReply:
        out = await self.agent.turn(
            text,
            intent=intent,
            dialogue_state=dialogue_state,
            patient_id=patient_id,
            conversation_id=conversation_id,
        )
        return AgentReply(
            reply=out.reply,
            actions=[a.model_dump(mode="json") for a in out.actions],
            dialogue_state=out.dialogue_state,
            intent=out.intent,
            model=out.model,
            provider=out.provider,
            cost_usd=out.cost_usd,
        )


def _local() -> LocalProvider:
    return LocalProvider(ProviderConfig(name="local", kind="local"))


async def _local_stream(request: GenerateRequest) -> AsyncIterator[StreamChunk]:
    result = await _local().generate(request)
    for word in word_chunks(result.content):
        yield StreamChunk(text=word)
    yield StreamChunk(final=_generation(result, fallback="local"))
