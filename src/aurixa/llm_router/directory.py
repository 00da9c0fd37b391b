"""Which providers exist: from settings at start-up, from the database at run time.

Settings give the defaults (`local` always; OpenAI, Anthropic, Gemini when a
key is set; an OpenAI-compatible server when its base URL is set). Rows of
`provider_configs`, written by the admin API, override or add to them. Every
process re-reads a cheap signature of the table at most every
`REFRESH_S` seconds and rebuilds on change, so an admin edit takes effect in
every process without a restart.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import structlog
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.settings import Settings
from aurixa.llm_router.catalogue import ModelInfo
from aurixa.llm_router.exceptions import ProviderError
from aurixa.llm_router.models import ProviderConfig as ProviderRow
from aurixa.llm_router.providers.base import LLMProvider, ProviderConfig, ProviderRegistry

log = structlog.get_logger(__name__)
REFRESH_S = 2.0
Sessions = Callable[[], AbstractAsyncContextManager[AsyncSession]]


def settings_configs(settings: Settings) -> list[ProviderConfig]:
    configs = [ProviderConfig(name="local", kind="local")]
    if settings.openai_api_key:
        configs.append(
            ProviderConfig(name="openai", kind="openai", api_key=settings.openai_api_key)
        )
    if settings.anthropic_api_key:
        configs.append(
            ProviderConfig(name="anthropic", kind="anthropic", api_key=settings.anthropic_api_key)
        )
    if settings.gemini_api_key:
        configs.append(
            ProviderConfig(name="gemini", kind="gemini", api_key=settings.gemini_api_key)
        )
    if settings.openai_compatible_base_url:
        configs.append(
            ProviderConfig(
                name="openai_compatible",
                kind="openai_compatible",
                base_url=settings.openai_compatible_base_url,
                api_key=settings.openai_compatible_api_key,
            )
        )
    return configs


def row_to_config(row: ProviderRow) -> ProviderConfig:
    timeout = float((row.options or {}).get("timeout_s", 30.0))
    return ProviderConfig(
        name=row.name,
        kind=row.kind,
        base_url=row.base_url,
        api_key=row.api_key,
        enabled=row.enabled,
        timeout_s=timeout,
        models=[ModelInfo.model_validate({**m, "provider": row.name}) for m in row.models or []],
    )


async def discover_models(provider: LLMProvider, config: ProviderConfig) -> list[ModelInfo]:
    """Models an OpenAI-compatible server lists, when the config names none."""
    from aurixa.llm_router.providers.openai import OpenAIProvider

    if config.models or not isinstance(provider, OpenAIProvider):
        return config.models
    try:
        names = await provider.list_models()
    except ProviderError as exc:
        log.warning("llm_router.discovery_failed", provider=config.name, error=exc.code)
        return []
    # Self-hosted models cost nothing per token; their tier is unknown, so the lowest.
    return [ModelInfo(provider=config.name, model=n, tier=1, input=0, output=0) for n in names]


class ProviderDirectory:
    def __init__(self, registry: ProviderRegistry, settings: Settings) -> None:
        self.registry = registry
        self.settings = settings
        self._signature: tuple[int, str] | None = None
        self._checked = 0.0

    async def _install(self, configs: list[ProviderConfig]) -> None:
        old = {name: self.registry.get(name) for name in self.registry.names()}
        for name in list(old):
            self.registry.remove(name)
        for config in configs:
            if not config.enabled:
                continue
            provider = self.registry.build(config)
            models = await discover_models(provider, config)
            self.registry.add(provider, config.model_copy(update={"models": models}))
        for previous in old.values():
            if previous is not None:
                await previous.aclose()

    async def load(self, sessionmaker: Sessions) -> None:
        async with sessionmaker() as session:
            rows = (await session.scalars(select(ProviderRow))).all()
            self._signature = await self._read_signature(session)
        merged = {c.name: c for c in settings_configs(self.settings)}
        merged.update({row.name: row_to_config(row) for row in rows})
        await self._install(list(merged.values()))
        self._checked = time.monotonic()

    @staticmethod
    async def _read_signature(session: AsyncSession) -> tuple[int, str]:
        count, latest = (
            await session.execute(
                select(func.count(ProviderRow.id), func.max(ProviderRow.updated_at))
            )
        ).one()
        return int(count), str(latest)

    async def refresh_if_stale(self, sessionmaker: Sessions) -> None:
        if time.monotonic() - self._checked < REFRESH_S:
            return
        self._checked = time.monotonic()
        async with sessionmaker() as session:
            signature = await self._read_signature(session)
        if signature != self._signature:
            await self.load(sessionmaker)

    async def aclose(self) -> None:
        for name in self.registry.names():
            provider = self.registry.remove(name)
            if provider is not None:
                await provider.aclose()
