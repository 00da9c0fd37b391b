"""Escalations: created from verdicts (or by a service asking for a human),
listed for the tenant's staff, acknowledged and resolved.

Every escalation is stored with its conversation and published on the tenant's
Redis channel when Redis is configured, so the hospital portal can show it at
once; without Redis the portal polls the list.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal
from aurixa.core.db import utcnow
from aurixa.core.errors import Conflict
from aurixa.core.logging import get_logger
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.models import Patient
from aurixa.gateway.audit import record_audit
from aurixa.orchestration.models import Conversation
from aurixa.safety.models import Escalation
from aurixa.safety.redaction import redact, redact_many
from aurixa.safety.schemas import EscalationCreate, EscalationRead, EscalationUpdate

log = get_logger(__name__)

_NEXT = {"open": {"acknowledged", "resolved"}, "acknowledged": {"resolved"}}


def channel(tenant_id: str) -> str:
    return f"aurixa:escalations:{tenant_id}"


async def _owned(
    session: AsyncSession, model: type[Any], id_: str | None, tenant_id: str
) -> str | None:
    """`id_` if that row exists in the tenant, else None (never another tenant's row)."""
    if id_ is None:
        return None
    statement = scoped(select(model.id).where(model.id == id_), model, tenant_id)
    found: str | None = await session.scalar(statement)
    return found


async def create_escalation(
    session: AsyncSession,
    *,
    principal: Principal,
    data: EscalationCreate,
    details: dict[str, Any] | None = None,
) -> Escalation:
    tenant_id = principal.tenant_id
    # A patient's escalation is always about that patient, whatever the body says.
    patient_id = principal.patient_id if principal.is_patient else data.patient_id
    extra = dict(details or {})
    conversation_id = await _owned(session, Conversation, data.conversation_id, tenant_id)
    if data.conversation_id and conversation_id is None:
        # Not (yet) visible in this transaction: keep the reference, not the foreign key.
        extra["conversation_ref"] = data.conversation_id
    owned_patient = await _owned(session, Patient, patient_id, tenant_id)
    if patient_id and owned_patient is None:
        extra["patient_ref_unknown"] = True
    # The NER model takes milliseconds per text: one batch, off the event loop.
    summary, *evidence = await asyncio.to_thread(redact_many, [data.summary, *data.evidence])
    row = Escalation(
        tenant_id=tenant_id,
        conversation_id=conversation_id,
        patient_id=owned_patient,
        category=data.category,
        severity=data.severity.value,
        status="open",
        summary=summary,
        evidence=evidence,
        details=extra,
    )
    session.add(row)
    await session.flush()
    await record_audit(
        session,
        principal=principal,
        action="escalation.create",
        resource_type="escalation",
        resource_id=row.id,
        patient_id=owned_patient,
        details={"category": row.category, "severity": row.severity},
    )
    return row


async def publish(redis: Redis | None, escalation: Escalation) -> None:
    """Tell connected staff portals; a Redis failure never loses the stored row."""
    if redis is None:
        return
    payload = EscalationRead.model_validate(escalation).model_dump(mode="json")
    try:
        await redis.publish(channel(escalation.tenant_id), json.dumps(payload))
    except RedisError as exc:
        log.warning("escalation_publish_failed", error=type(exc).__name__)


async def list_escalations(
    session: AsyncSession,
    *,
    tenant_id: str,
    status: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Escalation], int]:
    statement = scoped(select(Escalation), Escalation, tenant_id)
    if status is not None:
        statement = statement.where(Escalation.status == status)
    total = await session.scalar(select(func.count()).select_from(statement.subquery())) or 0
    rows = await session.scalars(
        statement.order_by(Escalation.created_at.desc(), Escalation.id).limit(limit).offset(offset)
    )
    return list(rows), total


async def update_escalation(
    session: AsyncSession,
    *,
    principal: Principal,
    tenant_id: str,
    escalation_id: str,
    data: EscalationUpdate,
) -> Escalation:
    row = await get_scoped(
        session, Escalation, escalation_id, tenant_id, label="escalation", for_update=True
    )
    if data.status not in _NEXT.get(row.status, set()):
        raise Conflict(
            f"escalation is {row.status}; it cannot become {data.status}", field="status"
        )
    row.status = data.status
    row.acknowledged_by = row.acknowledged_by or principal.actor
    if data.status == "resolved":
        row.resolved_at = utcnow()
    if data.note:
        notes = list(row.details.get("notes", []))
        note = await asyncio.to_thread(redact, data.note)
        notes.append({"by": principal.actor, "at": utcnow().isoformat(), "note": note})
        row.details = {**row.details, "notes": notes}
    await session.flush()
    await record_audit(
        session,
        principal=principal,
        action=f"escalation.{data.status}",
        resource_type="escalation",
        resource_id=row.id,
        patient_id=row.patient_id,
        tenant_id=tenant_id,
    )
    return row
