"""Start-up and shutdown of the LLM router: providers, catalogue, budgets, cache."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

import structlog
from fastapi import FastAPI

from aurixa.core.embeddings import get_embedder
from aurixa.core.settings import Settings
from aurixa.core.shared_vectors import share_embedder
from aurixa.llm_router.budget import BudgetStore, MemoryBudget, RedisBudget
from aurixa.llm_router.cache import ResponseCache
from aurixa.llm_router.catalogue import Catalogue
from aurixa.llm_router.directory import ProviderDirectory
from aurixa.llm_router.health import HealthBook
from aurixa.llm_router.intent import IntentRouter
from aurixa.llm_router.providers import default_registry
from aurixa.llm_router.service import LLMRouterService

log = structlog.get_logger(__name__)
PROBE_INTERVAL_S = 30.0


@dataclass
class RouterState:
    service: LLMRouterService
    directory: ProviderDirectory
    settings: Settings
    _intent: IntentRouter | None = None
    prober: asyncio.Task[None] | None = None
    _intent_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def intent_router(self) -> IntentRouter:
        """Built on first use: embedding the examples takes a few seconds."""
        if self._intent is None:
            async with self._intent_lock:
                if self._intent is None:
                    embedder = get_embedder(self.settings.embedding_model)
                    self._intent = await asyncio.to_thread(IntentRouter.load, embedder)
        return self._intent


async def probe_providers(service: LLMRouterService, interval_s: float = PROBE_INTERVAL_S) -> None:
    """Health-check remote providers in the background: a failed check counts as a
    breaker failure, so an outage is noticed before a patient's request meets it.
    A passing check does not close a breaker (listing models is not answering)."""
    while True:
        await asyncio.sleep(interval_s)
        for name in service.registry.names():
            provider = service.registry.get(name)
            if provider is None or provider.kind == "local":
                continue
            try:
                healthy = await provider.health_check()
            except Exception as exc:  # a probe that cannot run says "unhealthy", never crashes
                log.warning("llm_router.health_check_error", provider=name, error=repr(exc))
                healthy = False
            if not healthy:
                log.warning("llm_router.health_check_failed", provider=name)
                service.health.breaker(name).record_failure()


async def startup(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    registry = default_registry()
    directory = ProviderDirectory(registry, settings)
    await directory.load(app.state.db.sessionmaker)
    redis = app.state.redis
    budget: BudgetStore = RedisBudget(redis) if redis is not None else MemoryBudget()
    service = LLMRouterService(
        registry=registry,
        catalogue=Catalogue.load(settings.model_catalogue_path),
        health=HealthBook(),
        budget=budget,
        cache=ResponseCache(redis),
    )
    state = RouterState(service=service, directory=directory, settings=settings)
    state.prober = asyncio.create_task(probe_providers(service))
    share_embedder(app, settings.embedding_model)
    app.state.llm_router = state


async def warm(app: FastAPI) -> None:
    state: RouterState = app.state.llm_router
    await state.intent_router()


async def shutdown(app: FastAPI) -> None:
    state: RouterState | None = getattr(app.state, "llm_router", None)
    if state is not None:
        if state.prober is not None:
            state.prober.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await state.prober
        await state.directory.aclose()
