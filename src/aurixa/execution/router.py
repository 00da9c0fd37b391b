"""HTTP surface of the execution engine (API.md, "Execution actions")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Body, FastAPI, Header, Request
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal, PrincipalDep
from aurixa.core.db import Database, SessionDep
from aurixa.core.errors import AurixaError
from aurixa.execution.schemas import ActionInfo, ActionList, ActionResult
from aurixa.execution.service import action_schemas, run_action
from aurixa.gateway.audit import record_audit

router = APIRouter(prefix="/api/v1/execution", tags=["execution"])


@router.get("/actions")
async def list_actions(_principal: PrincipalDep) -> ActionList:
    return ActionList(actions=[ActionInfo.model_validate(a) for a in action_schemas()])


@router.post("/actions/{action}")
async def run(
    action: str,
    request: Request,
    principal: PrincipalDep,
    session: SessionDep,
    body: Annotated[dict[str, Any] | None, Body()] = None,
    idempotency_key: Annotated[str | None, Header(max_length=255)] = None,
) -> ActionResult:
    call = ActionCall(action=action, body=body or {}, idempotency_key=idempotency_key)
    return await run_action_call(request.app, principal, session, call)


@dataclass(frozen=True)
class ActionCall:
    action: str
    body: dict[str, Any]
    idempotency_key: str | None = None


async def run_action_call(
    app: FastAPI, principal: Principal, session: AsyncSession, call: ActionCall
) -> ActionResult:
    try:
        return await run_action(
            session=session,
            principal=principal,
            action=call.action,
            body=call.body,
            idempotency_key=call.idempotency_key,
        )
    except AurixaError as exc:
        # Release the request's locks first: SQLite has one writer at a time.
        await session.rollback()
        await _audit_failure(app.state.db, principal, call.action, call.body, exc)
        raise


async def _audit_failure(
    db: Database, principal: Principal, action: str, body: dict[str, Any], exc: AurixaError
) -> None:
    """The refused attempt is audited too, in its own transaction: the
    request's own transaction is rolled back with the error."""
    patient = principal.patient_id if principal.is_patient else body.get("patient_id")
    async with db.sessionmaker() as audit_session:
        await record_audit(
            audit_session,
            principal=principal,
            action=f"execution.{action}"[:64],
            resource_type="Action",
            patient_id=patient if isinstance(patient, str) and len(patient) <= 36 else None,
            outcome="failure",
            details={"error": exc.code, "field": exc.field},
        )
        await audit_session.commit()
