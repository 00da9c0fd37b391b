"""`GET /api/v1/audit`: the tenant's audit trail for its administrators and
staff, as JSON rows or as a FHIR R4 Bundle of AuditEvent resources."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from aurixa.core.auth import StaffDep
from aurixa.core.db import SessionDep
from aurixa.core.errors import ValidationFailed
from aurixa.gateway.audit import AuditQuery, search_audit
from aurixa.gateway.fhir import audit_bundle
from aurixa.gateway.schemas import AuditRead, Page

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])

# No control characters: NUL in particular cannot reach PostgreSQL.
Text = Annotated[str | None, Query(min_length=1, max_length=254, pattern=r"^[^\x00-\x1f\x7f]+$")]


def _query(
    patient_id: Text = None,
    actor: Text = None,
    action: Text = None,
    resource_type: Text = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> AuditQuery:
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.tzinfo is None:
            raise ValidationFailed(
                f"{name} needs a UTC offset, e.g. 2026-01-31T00:00:00Z", field=name
            )
    if since is not None and until is not None and since >= until:
        raise ValidationFailed("since must be before until", field="since")
    return AuditQuery(patient_id, actor, action, resource_type, since, until)


@router.get("")
async def list_audit(
    session: SessionDep,
    who: StaffDep,
    patient_id: Text = None,
    actor: Text = None,
    action: Text = None,
    resource_type: Text = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Page[AuditRead]:
    query = _query(patient_id, actor, action, resource_type, since, until)
    rows, total = await search_audit(
        session, tenant_id=who.tenant_id, query=query, limit=limit, offset=offset
    )
    items = [AuditRead.model_validate(r) for r in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


@router.get("/fhir")
async def export_fhir(
    session: SessionDep,
    who: StaffDep,
    patient_id: Text = None,
    actor: Text = None,
    action: Text = None,
    resource_type: Text = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    query = _query(patient_id, actor, action, resource_type, since, until)
    rows, total = await search_audit(
        session, tenant_id=who.tenant_id, query=query, limit=limit, offset=offset
    )
    return audit_bundle(rows, total=total)
