"""Per-tenant safety policy, kept in the tenant's `settings` JSON column.

The policy lives under `settings["safety_policy"]`; the emergency number and the
crisis line are mirrored to the top-level `emergency_number` / `crisis_line`
keys that other services (and the gateway's tenant settings) already read, so
there is one truth for the number a patient is told to call.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.errors import NotFound
from aurixa.gateway.models import Tenant
from aurixa.gateway.tenants import tenant_settings
from aurixa.safety.schemas import SafetyPolicy

POLICY_KEY = "safety_policy"
_MIRRORED = ("emergency_number", "crisis_line")


def policy_from_settings(settings: dict[str, Any] | None) -> SafetyPolicy:
    settings = settings or {}
    data = dict(settings.get(POLICY_KEY) or {})
    for key in _MIRRORED:
        if key not in data and settings.get(key):
            data[key] = settings[key]
    return SafetyPolicy.model_validate(data)


async def _tenant(session: AsyncSession, tenant_id: str) -> Tenant:
    tenant = await session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound(f"tenant {tenant_id} not found", field="tenant_id")
    return tenant


async def load_policy(session: AsyncSession, tenant_id: str) -> SafetyPolicy:
    settings = await tenant_settings(session, tenant_id)
    if settings is None:
        raise NotFound(f"tenant {tenant_id} not found", field="tenant_id")
    return policy_from_settings(settings)


async def save_policy(session: AsyncSession, tenant_id: str, policy: SafetyPolicy) -> SafetyPolicy:
    tenant = await _tenant(session, tenant_id)
    stored = policy.model_dump(mode="json")
    settings = dict(tenant.settings or {})
    settings[POLICY_KEY] = stored
    for key in _MIRRORED:
        settings[key] = stored[key]
    tenant.settings = settings  # a new dict, so SQLAlchemy sees the JSON change
    await session.flush()
    return policy
