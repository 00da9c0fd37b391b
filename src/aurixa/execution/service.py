"""Running one action: validation, whose record, idempotency, retries, audit.

Reads are retried on transient adapter failures. Writes are retried only under
an `Idempotency-Key`: without one, a write whose outcome is unknown is not
repeated (the caller decides). A replayed key returns the stored result and
writes nothing.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from aurixa.core.auth import Principal
from aurixa.core.db import utcnow
from aurixa.core.errors import Conflict, NotFound, ValidationFailed
from aurixa.execution.actions import ACTIONS, ActionContext, ActionSpec, Outcome
from aurixa.execution.adapter import EHRAdapter, TransientAdapterError
from aurixa.execution.db_adapter import DatabaseAdapter, translate
from aurixa.execution.models import IdempotencyRecord
from aurixa.execution.schemas import ActionResult, Params
from aurixa.gateway.audit import record_audit
from aurixa.gateway.tenants import tenant_settings

IDEMPOTENCY_TTL = timedelta(hours=48)
RETRY_ATTEMPTS = 3
DEFAULT_TIMEZONE = "UTC"


def get_spec(action: str) -> ActionSpec:
    spec = ACTIONS.get(action)
    if spec is None:
        raise NotFound(f"unknown action {action!r}; known: {sorted(ACTIONS)}", field="action")
    return spec


def parse_params(spec: ActionSpec, body: dict[str, Any]) -> Params:
    try:
        return spec.params.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"]) or None
        raise ValidationFailed(f"{loc or 'params'}: {first['msg']}", field=loc) from None


async def tenant_timezone(session: AsyncSession, tenant_id: str) -> ZoneInfo:
    settings = await tenant_settings(session, tenant_id) or {}
    name = str(settings.get("timezone") or DEFAULT_TIMEZONE)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


async def resolve_patient(
    principal: Principal, requested: object, spec: ActionSpec, adapter: EHRAdapter
) -> str | None:
    """The patient the caller may act on: its own for patient keys, the named one
    (of the caller's tenant) for staff and administrators."""
    if requested is not None and not isinstance(requested, str):
        raise ValidationFailed("patient_id must be a string", field="patient_id")
    if principal.is_patient:
        if requested is not None and requested != principal.patient_id:
            raise NotFound(f"patient {requested} not found", field="patient_id")
        return principal.patient_id
    if not spec.patient_scoped and requested is None:
        return None
    if requested is None:
        raise ValidationFailed("staff must name the patient: patient_id", field="patient_id")
    if not await adapter.patient_exists(requested):
        raise NotFound(f"patient {requested} not found", field="patient_id")
    return requested


def request_hash(action: str, patient_id: str | None, params: Params) -> str:
    canonical = json.dumps(
        {"action": action, "patient_id": patient_id, "params": params.model_dump(mode="json")},
        sort_keys=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def localize(value: Any, tz: ZoneInfo) -> Any:
    """JSON-ready result with every time shown in the clinic's zone."""
    if isinstance(value, datetime):
        return value.astimezone(tz).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: localize(v, tz) for k, v in value.items()}
    if isinstance(value, list):
        return [localize(v, tz) for v in value]
    return value


async def _stored(session: AsyncSession, tenant_id: str, key: str) -> IdempotencyRecord | None:
    record = await session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.tenant_id == tenant_id, IdempotencyRecord.key == key
        )
    )
    if record is not None and record.expires_at <= utcnow():
        await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.id == record.id))
        return None
    return record


async def _execute(
    session: AsyncSession, spec: ActionSpec, ctx: ActionContext, params: Params, *, retry: bool
) -> Outcome:
    attempts = RETRY_ATTEMPTS if retry else 1
    async for attempt in AsyncRetrying(
        retry=retry_if_exception_type(TransientAdapterError),
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=0.05, max=1.0),
        reraise=True,
    ):
        with attempt:
            try:
                return await spec.handler(ctx, params)
            except SQLAlchemyError as exc:
                # The transaction is unusable after a database error: start clean.
                await session.rollback()
                raise translate(exc) from exc
    raise AssertionError("unreachable")  # pragma: no cover


async def run_action(
    *,
    session: AsyncSession,
    principal: Principal,
    action: str,
    body: dict[str, Any],
    idempotency_key: str | None,
    adapter: EHRAdapter | None = None,
) -> ActionResult:
    spec = get_spec(action)
    body = dict(body)
    requested = body.pop("patient_id", None)
    params = parse_params(spec, body)
    tenant_id = principal.tenant_id
    adapter = adapter or DatabaseAdapter(session, tenant_id)
    patient_id = await resolve_patient(principal, requested, spec, adapter)
    tz = await tenant_timezone(session, tenant_id)
    digest = request_hash(action, patient_id, params) if idempotency_key else ""
    if idempotency_key:
        replay = await _replay(session, principal, action, idempotency_key, digest, patient_id)
        if replay is not None:
            return replay
    ctx = ActionContext(adapter=adapter, patient_id=patient_id, tz=tz, actor=principal.actor)
    outcome = await _execute(
        session, spec, ctx, params, retry=not spec.write or bool(idempotency_key)
    )
    result = localize(outcome.result.model_dump(mode="python"), tz)
    if idempotency_key:
        await _remember(session, tenant_id, idempotency_key, action, digest, result)
    await record_audit(
        session,
        principal=principal,
        action=f"execution.{action}",
        resource_type=outcome.resource_type,
        resource_id=outcome.resource_id,
        patient_id=patient_id,
        details=outcome.details,
    )
    return ActionResult(action=action, result=result)


async def _replay(
    session: AsyncSession,
    principal: Principal,
    action: str,
    key: str,
    digest: str,
    patient_id: str | None,
) -> ActionResult | None:
    """The stored answer of a key already used for this very request."""
    stored = await _stored(session, principal.tenant_id, key)
    if stored is None:
        return None
    if stored.request_hash != digest:
        raise ValidationFailed(
            "Idempotency-Key was already used with different parameters",
            field="Idempotency-Key",
        )
    await record_audit(
        session,
        principal=principal,
        action=f"execution.{action}",
        resource_type="IdempotencyRecord",
        resource_id=stored.id,
        patient_id=patient_id,
        details={"replayed": True},
    )
    return ActionResult(action=action, result=stored.response, replayed=True)


async def _remember(
    session: AsyncSession, tenant_id: str, key: str, action: str, digest: str, result: Any
) -> None:
    now = utcnow()
    record = IdempotencyRecord(
        tenant_id=tenant_id,
        key=key,
        action=action,
        request_hash=digest,
        status_code=200,
        response=result,
        created_at=now,
        expires_at=now + IDEMPOTENCY_TTL,
    )
    try:
        async with session.begin_nested():
            session.add(record)
    except IntegrityError as exc:
        # A concurrent request with the same key won: this one must not write.
        raise Conflict(
            "a request with this Idempotency-Key is in progress; retry to get its result",
            field="Idempotency-Key",
        ) from exc


def action_schemas() -> list[dict[str, Any]]:
    return [
        {
            "name": spec.name,
            "description": spec.description,
            "write": spec.write,
            "patient_scoped": spec.patient_scoped,
            "parameters": spec.params.model_json_schema(),
        }
        for spec in ACTIONS.values()
    ]
