"""The audit trail: one row for every read or write of patient data.

Services call `record_audit` in the same session (and so the same
transaction) as the access it records. `details` must never carry PHI: pass
ids, counts and codes, not names, dates of birth or free text.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal
from aurixa.core.logging import request_id_var
from aurixa.gateway.models import AuditLog


async def record_audit(
    session: AsyncSession,
    *,
    principal: Principal,
    action: str,
    resource_type: str,
    resource_id: str | None = None,
    patient_id: str | None = None,
    outcome: str = "success",
    details: dict[str, Any] | None = None,
    tenant_id: str | None = None,
) -> AuditLog:
    row = AuditLog(
        tenant_id=tenant_id or principal.tenant_id,
        actor=principal.actor,
        role=principal.role.value,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        patient_id=patient_id,
        request_id=request_id_var.get(),
        outcome=outcome,
        details=details or {},
    )
    session.add(row)
    await session.flush()
    return row
