"""Tenants: the organisations on the platform and their policy settings."""

from __future__ import annotations

import copy
from typing import Any

from cachetools import TTLCache
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal
from aurixa.core.db import on_commit
from aurixa.core.errors import Conflict, NotFound
from aurixa.gateway.models import Tenant
from aurixa.gateway.schemas import TenantCreate, TenantUpdate


async def resolve_tenant(session: AsyncSession, principal: Principal, tenant_id: str | None) -> str:
    """The tenant an admin request acts on: the caller's own unless it names
    another (admin keys are platform-wide, API.md). An unknown id is a 404 on
    the `tenant_id` field."""
    if tenant_id is None or tenant_id == principal.tenant_id:
        return principal.tenant_id
    if not principal.is_admin or await session.get(Tenant, tenant_id) is None:
        raise NotFound(f"tenant {tenant_id} not found", field="tenant_id")
    return tenant_id


async def create_tenant(session: AsyncSession, *, data: TenantCreate) -> Tenant:
    if await session.scalar(select(Tenant.id).where(Tenant.slug == data.slug)) is not None:
        raise Conflict(f"a tenant with slug {data.slug!r} already exists", field="slug")
    tenant = Tenant(name=data.name, slug=data.slug, settings=data.settings.present())
    session.add(tenant)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create of the same slug won the race
        raise Conflict(f"a tenant with slug {data.slug!r} already exists", field="slug") from exc
    return tenant


async def list_tenants(
    session: AsyncSession, *, limit: int, offset: int
) -> tuple[list[Tenant], int]:
    total = await session.scalar(select(func.count()).select_from(Tenant)) or 0
    rows = await session.scalars(
        select(Tenant).order_by(Tenant.created_at, Tenant.id).limit(limit).offset(offset)
    )
    return list(rows), total


async def get_tenant(session: AsyncSession, tenant_id: str) -> Tenant:
    tenant = await session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound(f"tenant {tenant_id} not found")
    return tenant


async def update_tenant(session: AsyncSession, *, tenant_id: str, data: TenantUpdate) -> Tenant:
    tenant = await get_tenant(session, tenant_id)
    if data.name is not None:
        tenant.name = data.name
    if data.active is not None:
        tenant.active = data.active
    if data.settings is not None:
        merged = dict(tenant.settings or {})
        for key, value in data.settings.present().items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        # A new dict, so SQLAlchemy sees the JSON column change.
        tenant.settings = merged
    await session.flush()
    return tenant


# Every step of a turn reads its tenant's settings (safety policy, LLM policy,
# timezone, front-desk phone); they change a few times a year. One cache per
# process: a change committed in this process drops its entry at once, other
# processes see it within SETTINGS_TTL_SECONDS.
SETTINGS_TTL_SECONDS = 5.0
_settings: TTLCache[str, dict[str, Any] | None] = TTLCache(maxsize=10_000, ttl=SETTINGS_TTL_SECONDS)


async def tenant_settings(session: AsyncSession, tenant_id: str) -> dict[str, Any] | None:
    """The tenant's settings (a copy the caller may change), or `None` for an
    unknown tenant."""
    if tenant_id in _settings:
        cached = _settings[tenant_id]
    else:
        row = (await session.execute(select(Tenant.settings).where(Tenant.id == tenant_id))).first()
        cached = None if row is None else dict(row[0] or {})
        _settings[tenant_id] = cached
    return copy.deepcopy(cached)


def forget_tenant_settings(tenant_id: str | None = None) -> None:
    """Drop one tenant's cached settings (or all of them)."""
    if tenant_id is None:
        _settings.clear()
    else:
        _settings.pop(tenant_id, None)


def _forget_committed(tenant_ids: set[str]) -> None:
    for tenant_id in tenant_ids:
        _settings.pop(tenant_id, None)


on_commit(Tenant.__tablename__, _forget_committed)
