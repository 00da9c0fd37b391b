"""Tenants: the organisations on the platform and their policy settings."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal
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
