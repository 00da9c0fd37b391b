"""A confirmed write whose outcome is unknown (the execution engine cannot be
reached) is kept with its idempotency key: "yes" again finishes it once, and a
duplicate delivery of the same turn does not write twice."""

from __future__ import annotations

from datetime import datetime

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from aurixa.agent.dialogue import Turn, respond
from aurixa.agent.state import DialogueState, PendingWrite
from aurixa.agent.tools import ToolRunner
from aurixa.core.auth import Principal, Role
from aurixa.core.db import Database
from aurixa.execution.client import ExecutionClient
from aurixa.execution.models import Appointment
from tests.execution.clinic import Clinic


def _state(clinic: Clinic) -> DialogueState:
    return DialogueState(
        flow="book",
        intent="booking",
        awaiting="confirmation",
        reason="Checkup",
        pending=PendingWrite(
            action="create_appointment",
            params={"slot_id": clinic.slots[11].id, "reason": "Checkup"},
            summary="book it",
        ),
    )


async def _count(db: Database, slot_id: str) -> int:
    async with db.sessionmaker() as session:
        return int(
            await session.scalar(
                select(func.count()).select_from(Appointment).where(Appointment.slot_id == slot_id)
            )
            or 0
        )


async def test_unknown_outcome_keeps_the_write_and_finishes_it_once(
    app: FastAPI, clinic: Clinic, db: Database
) -> None:
    principal = Principal(
        tenant_id=clinic.ctx.id, role=Role.PATIENT, actor="test", patient_id=clinic.ctx.patient.id
    )
    secret = app.state.settings.secret_key
    now = datetime.now(clinic.tz)
    state = _state(clinic)
    async with httpx.AsyncClient(base_url="http://127.0.0.1:9", timeout=2) as unreachable:
        down = ToolRunner(
            ExecutionClient(unreachable, principal=principal, secret_key=secret), None
        )
        reply = await respond(Turn("yes", state, down, now))
    assert "try again" in reply.text
    assert state.awaiting == "confirmation"
    assert state.pending is not None
    assert await _count(db, clinic.slots[11].id) == 0

    replayed = state.model_copy(deep=True)  # the same turn delivered twice
    up = ToolRunner(ExecutionClient.from_app(app, principal), None)
    first = await respond(Turn("yes", state, up, now))
    second = await respond(Turn("yes", replayed, up, now))
    assert "You're booked" in first.text
    assert second.text == first.text
    assert await _count(db, clinic.slots[11].id) == 1
