"""A flow begun on one process finishes on another: the agent keeps nothing
between turns, so a restart or another replica resumes from dialogue_state."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from aurixa.core.app import create_app
from aurixa.core.db import Database
from aurixa.core.settings import Settings
from aurixa.execution.models import Appointment
from tests.agent.conftest import Chat
from tests.execution.clinic import Clinic


async def test_a_booking_resumes_on_a_fresh_process(
    chat: Chat, clinic: Clinic, settings: Settings, db: Database
) -> None:
    await chat.say("I want to book a family medicine appointment next Thursday afternoon")
    await chat.say("the first one")
    reply = await chat.say("Knee pain")
    assert chat.awaiting == "confirmation"
    assert "Knee pain" in reply

    replica = create_app(services=("gateway", "agent", "execution"), settings=settings)
    async with replica.router.lifespan_context(replica):
        transport = httpx.ASGITransport(app=replica)
        async with httpx.AsyncClient(transport=transport, base_url="http://replica") as other:
            resumed = Chat(other, chat.headers, state=chat.state)
            reply = await resumed.say("yes")
    assert "You're booked" in reply
    async with db.sessionmaker() as session:
        rows = list(
            await session.scalars(
                select(Appointment).where(Appointment.patient_id == clinic.ctx.patient.id)
            )
        )
    assert [r.reason for r in rows] == ["Knee pain"]
