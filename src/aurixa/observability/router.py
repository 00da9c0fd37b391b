"""Telemetry intake and the performance report."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query, Request, status
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal, Role, StaffDep, ensure_role
from aurixa.core.db import DatabaseDep, utcnow
from aurixa.core.errors import Forbidden
from aurixa.observability.batching import BatchQueue
from aurixa.observability.schemas import (
    PerformanceReport,
    TelemetryAccepted,
    TelemetryBatch,
    TelemetryEventIn,
)
from aurixa.observability.service import performance_report, resolve_window

router = APIRouter(tags=["observability"])


def _writer(app: FastAPI) -> BatchQueue[TelemetryEventIn]:
    writer: BatchQueue[TelemetryEventIn] = app.state.telemetry_writer
    return writer


def _owned(principal: Principal, events: list[TelemetryEventIn]) -> list[TelemetryEventIn]:
    """Events stamped with the caller's tenant; only an admin records for others."""
    owned = []
    now = utcnow()
    for index, event in enumerate(events):
        if event.recorded_at is None:  # the time it happened, not the time it is written
            event = event.model_copy(update={"recorded_at": now})
        if event.tenant_id is None:
            event = event.model_copy(update={"tenant_id": principal.tenant_id})
        elif event.tenant_id != principal.tenant_id and not principal.is_admin:
            raise Forbidden(
                "events may only be recorded for your own tenant",
                field=f"events.{index}.tenant_id",
            )
        owned.append(event)
    return owned


@router.post(
    "/api/v1/telemetry", status_code=status.HTTP_202_ACCEPTED, response_model=TelemetryAccepted
)
async def record_event(
    event: TelemetryEventIn, principal: StaffDep, request: Request
) -> TelemetryAccepted:
    _writer(request.app).put_many(_owned(principal, [event]))
    return TelemetryAccepted(accepted=1)


@router.post(
    "/api/v1/telemetry/batch",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=TelemetryAccepted,
)
async def record_batch(
    batch: TelemetryBatch, principal: StaffDep, request: Request
) -> TelemetryAccepted:
    return await run_record_batch(request.app, principal, None, batch)


async def run_record_batch(
    app: FastAPI, principal: Principal, _session: AsyncSession | None, batch: TelemetryBatch
) -> TelemetryAccepted:
    ensure_role(principal, Role.ADMIN, Role.STAFF)
    events = _owned(principal, batch.events)
    _writer(app).put_many(events)
    return TelemetryAccepted(accepted=len(events))


@router.get("/api/v1/reports/performance", response_model=PerformanceReport)
async def report(
    principal: StaffDep,
    request: Request,
    db: DatabaseDep,
    since: Annotated[datetime | None, Query()] = None,
    until: Annotated[datetime | None, Query()] = None,
    tenant_id: Annotated[str | None, Query(max_length=36)] = None,
    service: Annotated[str | None, Query(max_length=40)] = None,
) -> PerformanceReport:
    """Staff see their own tenant; an admin sees any tenant, or all of them."""
    if not principal.is_admin:
        if tenant_id not in (None, principal.tenant_id):
            raise Forbidden("staff see their own tenant's report only", field="tenant_id")
        tenant_id = principal.tenant_id
    # Events accepted by this process are written before they are reported on.
    await _writer(request.app).flush()
    window = resolve_window(since, until)
    session: AsyncSession
    async with db.sessionmaker() as session:
        return await performance_report(
            session, since=window[0], until=window[1], tenant_id=tenant_id, service=service
        )
