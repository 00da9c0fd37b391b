"""Start-up and shutdown of the LLM router: providers, catalogue, budgets, cache."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from fastapi import FastAPI

from aurixa.core.embeddings import get_embedder
from aurixa.core.settings import Settings
from aurixa.llm_router.budget import BudgetStore, MemoryBudget, RedisBudget
from aurixa.llm_router.cache import ResponseCache
from aurixa.llm_router.catalogue import Catalogue
from aurixa.llm_router.directory import ProviderDirectory
from aurixa.llm_router.health import HealthBook
from aurixa.llm_router.intent import IntentRouter
from aurixa.llm_router.providers import default_registry
from aurixa.llm_router.service import LLMRouterService


@dataclass
class RouterState:
    service: LLMRouterService
    directory: ProviderDirectory
    settings: Settings
    _intent: IntentRouter | None = None
    _intent_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def intent_router(self) -> IntentRouter:
        """Built on first use: embedding the examples takes a few seconds."""
        if self._intent is None:
            async with self._intent_lock:
                if self._intent is None:
                    embedder = get_embedder(self.settings.embedding_model)
                    self._intent = await asyncio.to_thread(IntentRouter.load, embedder)
        return self._intent


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
    app.state.llm_router = RouterState(service=service, directory=directory, settings=settings)


async def shutdown(app: FastAPI) -> None:
    state: RouterState | None = getattr(app.state, "llm_router", None)
    if state is not None:
        await state.directory.aclose()
