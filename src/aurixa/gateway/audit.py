"""The audit trail: one row for every read or write of patient data.

Services call `record_audit` in the same session or connection (and so the
same transaction) as the access it records. `details` must never carry PHI: pass
ids, counts and codes, not names, dates of birth or free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Select, Table, func, insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from aurixa.core.auth import Principal
from aurixa.core.logging import request_id_var
from aurixa.core.tenancy import scoped
from aurixa.gateway.models import AuditLog
from aurixa.safety.redaction import redact_mapping

S = TypeVar("S", bound=Select[*tuple[Any, ...]])
_AUDIT = cast(Table, AuditLog.__table__)
# Built once: a statement built per call costs its construction and cache key.
_INSERT_AUDIT = insert(_AUDIT)


async def record_audit(
    session: AsyncSession | AsyncConnection,
    *,
    principal: Principal,
    action: str,
    resource_type: str,
    resource_id: str | None = None,
    patient_id: str | None = None,
    outcome: str = "success",
    details: dict[str, Any] | None = None,
    tenant_id: str | None = None,
) -> None:
    # A Core INSERT in the caller's transaction: every turn and every action
    # writes one, and the ORM's add-and-flush cost several times the CPU.
    await session.execute(
        _INSERT_AUDIT,
        audit_row(
            principal=principal,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            patient_id=patient_id,
            outcome=outcome,
            details=details,
            tenant_id=tenant_id,
        ),
    )


def audit_row(
    *,
    principal: Principal,
    action: str,
    resource_type: str,
    resource_id: str | None = None,
    patient_id: str | None = None,
    outcome: str = "success",
    details: dict[str, Any] | None = None,
    tenant_id: str | None = None,
) -> dict[str, Any]:
    """The values of one audit row (without its id, time and note, which the
    table's defaults fill), for a caller that writes it with its own statement."""
    return {
        "tenant_id": tenant_id or principal.tenant_id,
        "actor": principal.actor,
        "role": principal.role.value,
        "action": action,
        "resource_type": resource_type,
        "resource_id": resource_id,
        "patient_id": patient_id,
        "request_id": request_id_var.get(),
        "outcome": outcome,
        # Callers pass ids and codes; redacting anyway means a mistake
        # (a name in an error message) never reaches the audit trail.
        "details": redact_mapping(details) if details else {},
    }


async def record_audit_many(
    session: AsyncSession,
    *,
    principal: Principal,
    action: str,
    resource_type: str,
    patient_ids: list[str],
    tenant_id: str | None = None,
) -> None:
    """One row per patient touched by a list read, written in one flush."""
    request_id = request_id_var.get()
    session.add_all(
        AuditLog(
            tenant_id=tenant_id or principal.tenant_id,
            actor=principal.actor,
            role=principal.role.value,
            action=action,
            resource_type=resource_type,
            # Only a Patient read names the patient as the resource itself.
            resource_id=patient_id if resource_type.lower() == "patient" else None,
            patient_id=patient_id,
            request_id=request_id,
            outcome="success",
            details={},
        )
        for patient_id in patient_ids
    )
    await session.flush()


@dataclass(frozen=True)
class AuditQuery:
    patient_id: str | None = None
    actor: str | None = None
    action: str | None = None
    resource_type: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _filtered(statement: S, tenant_id: str, query: AuditQuery) -> S:
    statement = scoped(statement, AuditLog, tenant_id)
    if query.patient_id is not None:
        statement = statement.where(AuditLog.patient_id == query.patient_id)
    if query.actor is not None:
        statement = statement.where(AuditLog.actor == query.actor)
    if query.action is not None:
        statement = statement.where(AuditLog.action == query.action)
    if query.resource_type is not None:
        statement = statement.where(AuditLog.resource_type == query.resource_type)
    if query.since is not None:
        statement = statement.where(AuditLog.recorded_at >= query.since)
    if query.until is not None:
        statement = statement.where(AuditLog.recorded_at < query.until)
    return statement


async def search_audit(
    session: AsyncSession, *, tenant_id: str, query: AuditQuery, limit: int, offset: int
) -> tuple[list[AuditLog], int]:
    """The tenant's rows matching `query`, newest first, and how many match."""
    total = (
        await session.scalar(
            _filtered(select(func.count()).select_from(AuditLog), tenant_id, query)
        )
        or 0
    )
    rows = await session.scalars(
        _filtered(select(AuditLog), tenant_id, query)
        .order_by(AuditLog.recorded_at.desc(), AuditLog.id)
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total
