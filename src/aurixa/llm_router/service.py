"""The routed model call: choose, reserve budget, call, fall back, account, cache.

`LLMRouterService.generate` answers whole; `open_stream` routes and waits for
the first event before returning, so every fallback happens before anything
reaches the caller and routing errors can still become a proper HTTP status.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import structlog
from pydantic import BaseModel, Field

from aurixa.llm_router.budget import BudgetStore
from aurixa.llm_router.cache import ResponseCache, cache_key, cacheable_request, cacheable_result
from aurixa.llm_router.catalogue import Catalogue, ModelInfo
from aurixa.llm_router.exceptions import NoModelAvailable, ProviderError, TenantBudgetExceeded
from aurixa.llm_router.health import HealthBook
from aurixa.llm_router.providers.base import LLMProvider, ProviderRegistry, estimate_tokens
from aurixa.llm_router.routing import Decision, TenantPolicy, decide
from aurixa.llm_router.types import GenerateRequest, GenerateResult, StreamEvent, ToolCall, Usage

log = structlog.get_logger(__name__)


class Attempt(BaseModel):
    model: str
    outcome: str
    latency_ms: float = 0.0


class RouteTrace(BaseModel):
    task: str = ""
    tier: int = 1
    reason: str = ""
    model: str = ""
    provider: str = ""
    attempts: list[Attempt] = Field(default_factory=list)
    cached: bool = False
    cost_usd: float = 0.0
    usage_estimated: bool = False


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)


class LLMRouterService:
    def __init__(
        self,
        *,
        registry: ProviderRegistry,
        catalogue: Catalogue,
        health: HealthBook,
        budget: BudgetStore,
        cache: ResponseCache,
    ) -> None:
        self.registry = registry
        self.base_catalogue = catalogue
        self.health = health
        self.budget = budget
        self.cache = cache

    def catalogue(self) -> Catalogue:
        """The file catalogue plus the models configured on providers at run time."""
        configs = [self.registry.config(name) for name in self.registry.names()]
        extra = [m for c in configs if c is not None for m in c.models]
        return self.base_catalogue.with_models(extra)

    def plan(self, request: GenerateRequest, policy: TenantPolicy) -> Decision:
        def cost(info: ModelInfo) -> float:
            provider = self.registry.get(info.provider)
            return provider.estimate_cost(request, info) if provider else float("inf")

        return decide(
            request,
            policy=policy,
            catalogue=self.catalogue(),
            providers=set(self.registry.names()),
            available=lambda name: self.health.breaker(name).available(),
            cost=cost,
            latency_ms=lambda info: self.health.window(info.key).percentile(50),
        )

    async def _claim(
        self,
        info: ModelInfo,
        request: GenerateRequest,
        tenant_id: str,
        policy: TenantPolicy,
        trace: RouteTrace,
    ) -> tuple[LLMProvider, float] | None:
        """Reserve budget and the breaker for one candidate, or say why not."""
        provider = self.registry.get(info.provider)
        if provider is None:
            trace.attempts.append(Attempt(model=info.key, outcome="provider_removed"))
            return None
        estimate = provider.estimate_cost(request, info)
        if not await self.budget.reserve(tenant_id, estimate, policy.monthly_budget_usd):
            trace.attempts.append(Attempt(model=info.key, outcome="over_budget"))
            return None
        if not self.health.breaker(info.provider).acquire():
            await self.budget.settle(tenant_id, -estimate)
            trace.attempts.append(Attempt(model=info.key, outcome="circuit_open"))
            return None
        return provider, estimate

    def _exhausted(self, trace: RouteTrace, last: ProviderError | None) -> Exception:
        if trace.attempts and all(a.outcome == "over_budget" for a in trace.attempts):
            return TenantBudgetExceeded("the tenant's monthly LLM budget is spent")
        if last is not None and len(trace.attempts) == 1:
            return last
        tried = ", ".join(f"{a.model}: {a.outcome}" for a in trace.attempts)
        return NoModelAvailable(
            f"every candidate model failed ({tried})",
            details={"attempts": [a.model_dump() for a in trace.attempts]},
        )

    async def _cached(
        self, request: GenerateRequest, tenant_id: str, decision: Decision, trace: RouteTrace
    ) -> tuple[str | None, GenerateResult | None]:
        if not cacheable_request(request):
            return None, None
        key = cache_key(tenant_id, decision.tier, request)
        hit = await self.cache.get(key)
        if hit is not None:
            hit = hit.model_copy(update={"cached": True, "cost_usd": 0.0})
            trace.cached, trace.model, trace.provider = True, hit.model, hit.provider
        return key, hit

    async def generate(
        self, request: GenerateRequest, *, tenant_id: str, policy: TenantPolicy
    ) -> tuple[GenerateResult, RouteTrace]:
        decision = self.plan(request, policy)
        trace = RouteTrace(task=decision.task, tier=decision.tier, reason=decision.reason)
        key, hit = await self._cached(request, tenant_id, decision, trace)
        if hit is not None:
            return hit, trace
        last: ProviderError | None = None
        for info in decision.chain:
            claim = await self._claim(info, request, tenant_id, policy, trace)
            if claim is None:
                continue
            provider, estimate = claim
            start = time.perf_counter()
            try:
                result = await provider.generate(request, model=info.model)
            except ProviderError as exc:
                await self.budget.settle(tenant_id, -estimate)
                self.health.record(info.provider, info.key, ok=False, ms=_ms(start))
                trace.attempts.append(
                    Attempt(model=info.key, outcome=exc.code, latency_ms=_ms(start))
                )
                last = exc
                if not exc.retryable:
                    raise
                continue
            except BaseException:
                await self.budget.settle(tenant_id, -estimate)
                self.health.breaker(info.provider).record_success()  # not the provider's fault
                raise
            self.health.record(info.provider, info.key, ok=True, ms=_ms(start))
            result.cost_usd = info.cost(result.usage)
            await self.budget.settle(tenant_id, result.cost_usd - estimate)
            trace.attempts.append(Attempt(model=info.key, outcome="ok", latency_ms=_ms(start)))
            trace.model, trace.provider, trace.cost_usd = (
                result.model,
                result.provider,
                result.cost_usd,
            )
            if key is not None and cacheable_result(result):
                await self.cache.put(key, result)
            return result, trace
        raise self._exhausted(trace, last)

    async def open_stream(
        self, request: GenerateRequest, *, tenant_id: str, policy: TenantPolicy
    ) -> StreamHandle:
        decision = self.plan(request, policy)
        trace = RouteTrace(task=decision.task, tier=decision.tier, reason=decision.reason)
        key, hit = await self._cached(request, tenant_id, decision, trace)
        if hit is not None:
            return StreamHandle.from_result(self, hit, trace, tenant_id)
        last: ProviderError | None = None
        for info in decision.chain:
            claim = await self._claim(info, request, tenant_id, policy, trace)
            if claim is None:
                continue
            provider, estimate = claim
            start = time.perf_counter()
            events = provider.stream(request, model=info.model)
            try:
                first = await anext(events)
            except ProviderError as exc:
                await self.budget.settle(tenant_id, -estimate)
                self.health.record(info.provider, info.key, ok=False, ms=_ms(start))
                trace.attempts.append(
                    Attempt(model=info.key, outcome=exc.code, latency_ms=_ms(start))
                )
                last = exc
                if not exc.retryable:
                    raise
                continue
            trace.model, trace.provider = info.model, provider.name
            return StreamHandle(
                self,
                info,
                trace,
                tenant_id,
                estimate,
                first,
                events,
                start,
                cache_key=key,
                request=request,
            )
        raise self._exhausted(trace, last)


@dataclass
class StreamHandle:
    """A stream whose model is chosen and whose first event has arrived."""

    service: LLMRouterService
    info: ModelInfo | None
    trace: RouteTrace
    tenant_id: str
    estimate: float
    first: StreamEvent
    rest: AsyncIterator[StreamEvent]
    started: float
    cache_key: str | None = None
    request: GenerateRequest | None = None
    text: list[str] = field(default_factory=list)
    tool_calls: list[ToolCall] = field(default_factory=list)
    usage: Usage | None = None

    @classmethod
    def from_result(
        cls, service: LLMRouterService, result: GenerateResult, trace: RouteTrace, tenant_id: str
    ) -> StreamHandle:
        async def replay() -> AsyncIterator[StreamEvent]:
            for call in result.tool_calls:
                yield StreamEvent(type="tool_call", tool_call=call)
            yield StreamEvent(type="usage", usage=result.usage)
            yield StreamEvent(
                type="done", finish_reason=result.finish_reason, sources=result.sources
            )

        first = StreamEvent(type="delta", text=result.content)
        return cls(service, None, trace, tenant_id, 0.0, first, replay(), time.perf_counter())

    async def events(self) -> AsyncIterator[StreamEvent]:
        completed = False
        try:
            yield self._note(self.first)
            async for event in self.rest:
                if event.type == "done":
                    await self._account()
                    completed = True
                yield self._note(event)
        finally:
            if not completed:
                await self._account(failed=True)

    def _note(self, event: StreamEvent) -> StreamEvent:
        if event.type == "delta":
            self.text.append(event.text)
        elif event.type == "tool_call" and event.tool_call:
            self.tool_calls.append(event.tool_call)
        elif event.type == "usage":
            self.usage = event.usage
        return event

    async def _account(self, *, failed: bool = False) -> None:
        if self.info is None:  # replayed from the cache: nothing was spent
            return
        info, service = self.info, self.service
        service.health.record(info.provider, info.key, ok=not failed, ms=_ms(self.started))
        usage = self.usage
        if usage is None or (usage.input_tokens == 0 and usage.output_tokens == 0):
            # The server reported no usage: charge an estimate and say so in the trace.
            self.trace.usage_estimated = True
            prompt = estimate_tokens(self.request.model_dump_json()) if self.request else 0
            usage = Usage(input_tokens=prompt, output_tokens=estimate_tokens("".join(self.text)))
            self.usage = usage
        cost = info.cost(usage)
        self.trace.cost_usd = cost
        self.trace.attempts.append(
            Attempt(
                model=info.key, outcome="error" if failed else "ok", latency_ms=_ms(self.started)
            )
        )
        await service.budget.settle(self.tenant_id, cost - self.estimate)
        self.info = None  # account once
        if not failed and self.cache_key and self.request is not None:
            result = GenerateResult(
                content="".join(self.text),
                tool_calls=self.tool_calls,
                model=self.trace.model,
                provider=self.trace.provider,
                usage=usage,
                cost_usd=cost,
            )
            if cacheable_result(result):
                await service.cache.put(self.cache_key, result)
