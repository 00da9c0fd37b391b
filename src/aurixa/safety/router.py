"""HTTP surface of the safety service: checks, escalations and tenant policy."""

from __future__ import annotations

import asyncio
import re
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query, Request
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import AdminDep, Principal, PrincipalDep, StaffDep
from aurixa.core.db import SessionDep
from aurixa.gateway.audit import record_audit_many
from aurixa.gateway.tenants import resolve_tenant
from aurixa.safety import escalations
from aurixa.safety.detectors.base import DetectorRegistry, default_registry
from aurixa.safety.policy import load_policy, save_policy
from aurixa.safety.replies import reply_for
from aurixa.safety.schemas import (
    CheckRequest,
    CheckResponse,
    EscalationCreate,
    EscalationPage,
    EscalationRead,
    EscalationUpdate,
    SafetyPolicy,
    SafetyVerdict,
)
from aurixa.safety.service import check_input, check_output

router = APIRouter(tags=["safety"])

Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Status = Annotated[str | None, Query(pattern=r"^(open|acknowledged|resolved)$")]
TenantParam = Annotated[str | None, Query(max_length=36, description="another tenant's id")]


def _registry(app: FastAPI) -> DetectorRegistry:
    registry: DetectorRegistry | None = getattr(app.state, "safety_registry", None)
    return registry or default_registry()


def _redis(app: FastAPI) -> Redis | None:
    redis: Redis | None = getattr(app.state, "redis", None)
    return redis


def _verdict(body: CheckRequest, policy: SafetyPolicy, registry: DetectorRegistry) -> SafetyVerdict:
    if body.direction == "input":
        return check_input(body.text, policy=policy, registry=registry)
    return check_output(
        body.text,
        sources=body.sources,
        policy=policy,
        other_patient_identifiers=body.other_patient_identifiers,
        registry=registry,
        append_disclaimer=body.append_disclaimer,
    )


def _summary(body: CheckRequest, verdict: SafetyVerdict) -> str:
    """What staff read: PHI redacted, and another patient's identifiers masked."""
    if body.direction == "input":
        return verdict.redacted_text
    text = body.text
    for identifier in body.other_patient_identifiers:
        if len(identifier.strip()) >= 3:
            pattern = re.compile(re.escape(identifier.strip()), re.IGNORECASE)
            text = pattern.sub("[OTHER_PATIENT]", text)
    return f"answer withheld ({verdict.category.value}): {text}"


@router.post("/api/v1/safety/check")
async def check(
    body: CheckRequest, request: Request, session: SessionDep, principal: PrincipalDep
) -> CheckResponse:
    """Check a patient message (`input`) or an answer (`output`); open an
    escalation when the verdict requires one."""
    return await run_check(request.app, principal, session, body)


async def run_check(
    app: FastAPI, principal: Principal, session: AsyncSession, body: CheckRequest
) -> CheckResponse:
    policy = await load_policy(session, principal.tenant_id)
    if body.direction == "input":
        # The semantic backstop embeds the message, about 3 ms inside onnxruntime,
        # which releases the GIL: in a worker thread the event loop meanwhile serves
        # other requests, so one process can use more than one core.
        verdict = await asyncio.to_thread(_verdict, body, policy, _registry(app))
    else:
        verdict = _verdict(body, policy, _registry(app))
    escalation_id = None
    if verdict.requires_escalation:
        row = await escalations.create_escalation(
            session,
            principal=principal,
            data=EscalationCreate(
                category=verdict.category.value,
                severity=verdict.severity,
                summary=_summary(body, verdict),
                conversation_id=body.conversation_id,
                patient_id=body.patient_id,
                evidence=verdict.evidence,
            ),
            details={
                "direction": body.direction,
                "action": verdict.action.value,
                "subtype": verdict.subtype,
                "categories": [c.value for c in verdict.categories],
            },
        )
        escalation_id = row.id
        await escalations.publish(_redis(app), row)
    reply = reply_for(verdict, policy)
    if body.direction == "output" and not verdict.allowed:
        reply = verdict.redacted_text  # the safe fallback, already in the patient's language
    return CheckResponse(
        **verdict.model_dump(
            include={
                "allowed", "requires_escalation", "category", "severity", "evidence",
                "redacted_text", "action", "language",
            }
        ),
        reply=reply,
        escalation_id=escalation_id,
    )  # fmt: skip


@router.post("/api/v1/escalations", status_code=201)
async def open_escalation(
    body: EscalationCreate, request: Request, session: SessionDep, principal: PrincipalDep
) -> EscalationRead:
    """Ask for a human: any caller of the tenant (a patient only about itself)."""
    return await run_open_escalation(request.app, principal, session, body)


async def run_open_escalation(
    app: FastAPI, principal: Principal, session: AsyncSession, body: EscalationCreate
) -> EscalationRead:
    row = await escalations.create_escalation(session, principal=principal, data=body)
    await escalations.publish(_redis(app), row)
    return EscalationRead.model_validate(row)


@router.get("/api/v1/escalations")
async def list_escalations(
    session: SessionDep,
    principal: StaffDep,
    status: Status = None,
    limit: Limit = 50,
    offset: Offset = 0,
    tenant_id: TenantParam = None,
) -> EscalationPage:
    """The tenant's escalations, newest first (staff and admins)."""
    tenant = await resolve_tenant(session, principal, tenant_id)
    rows, total = await escalations.list_escalations(
        session, tenant_id=tenant, status=status, limit=limit, offset=offset
    )
    patient_ids = sorted({r.patient_id for r in rows if r.patient_id})
    if patient_ids:
        await record_audit_many(
            session,
            principal=principal,
            action="escalation.list",
            resource_type="escalation",
            patient_ids=patient_ids,
            tenant_id=tenant,
        )
    items = [EscalationRead.model_validate(r) for r in rows]
    return EscalationPage(items=items, total=total, limit=limit, offset=offset)


@router.patch("/api/v1/escalations/{escalation_id}")
async def update_escalation(
    escalation_id: str,
    body: EscalationUpdate,
    session: SessionDep,
    principal: StaffDep,
    tenant_id: TenantParam = None,
) -> EscalationRead:
    """Acknowledge or resolve (open → acknowledged → resolved)."""
    tenant = await resolve_tenant(session, principal, tenant_id)
    row = await escalations.update_escalation(
        session, principal=principal, tenant_id=tenant, escalation_id=escalation_id, data=body
    )
    return EscalationRead.model_validate(row)


@router.get("/api/v1/admin/tenants/{tenant_id}/safety-policy")
async def get_policy(tenant_id: str, session: SessionDep, principal: AdminDep) -> SafetyPolicy:
    tenant = await resolve_tenant(session, principal, tenant_id)
    return await load_policy(session, tenant)


@router.put("/api/v1/admin/tenants/{tenant_id}/safety-policy")
async def put_policy(
    tenant_id: str, body: SafetyPolicy, session: SessionDep, principal: AdminDep
) -> SafetyPolicy:
    """Replace the tenant's policy. Emergency and self-harm checks cannot be
    switched off (422 on `categories`)."""
    tenant = await resolve_tenant(session, principal, tenant_id)
    return await save_policy(session, tenant, body)
