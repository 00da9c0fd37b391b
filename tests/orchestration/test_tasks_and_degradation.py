"""Tasks through the agent runtime over several turns, and what a patient gets
when a dependency is down (each failure is a real unreachable service)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select

from aurixa.core.auth import Principal, Role
from aurixa.core.db import Database
from aurixa.core.errors import Forbidden
from aurixa.execution.models import Appointment
from aurixa.gateway.tenants import tenant_settings
from aurixa.orchestration.adapters import ClientPorts
from aurixa.orchestration.ports import AgentReply
from aurixa.orchestration.schemas import PipelineRequest
from aurixa.orchestration.service import run_turn
from tests.execution.clinic import make_clinic
from tests.factories import Factory
from tests.orchestration.conftest import FRONT_DESK, Clinic
from tests.orchestration.test_pipeline import ask, steps

# Nothing listens on port 9 (discard) here: connecting fails at once.
DEAD_URL = "http://127.0.0.1:9"


@contextmanager
def service_down(app: FastAPI, service: str) -> Iterator[None]:
    """Point the in-process client of `service` at a closed port, as if the
    service's process had died."""
    clients = app.state.service_clients
    healthy = clients[service]
    clients[service] = httpx.AsyncClient(base_url=DEAD_URL, timeout=2.0)
    try:
        yield
    finally:
        clients[service] = healthy


async def test_a_booking_over_several_turns_ends_with_the_appointment(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    clinic = await make_clinic(factory, db)
    headers = clinic.ctx.patient_headers
    first = await ask(client, headers, "I'd like to book an appointment")
    conversation = {"conversation_id": first["conversation_id"]}
    assert first["path"] == "agent"
    assert first["intent"] == "booking"
    # While the flow waits for an answer, the answer goes to the flow, whatever
    # the intent router would make of "family medicine please" on its own.
    second = await ask(client, headers, "family medicine please", **conversation)
    assert second["trace"][1]["detail"]["continued"] is True  # type: ignore[index]
    await ask(client, headers, "next Tuesday morning", **conversation)
    await ask(client, headers, "the second one", **conversation)
    await ask(client, headers, "Blood pressure follow-up", **conversation)
    async with db.sessionmaker() as session:
        before = list(
            await session.scalars(
                select(Appointment).where(Appointment.patient_id == clinic.ctx.patient.id)
            )
        )
    assert before == []
    last = await ask(client, headers, "yes please", **conversation)
    assert "booked" in str(last["response"])
    assert any(a["action"] == "create_appointment" for a in last["actions"])  # type: ignore[attr-defined, index]
    async with db.sessionmaker() as session:
        (appointment,) = list(
            await session.scalars(
                select(Appointment).where(Appointment.patient_id == clinic.ctx.patient.id)
            )
        )
    assert appointment.status == "booked"
    assert appointment.reason == "Blood pressure follow-up"
    assert appointment.practitioner_id == clinic.family.id
    listed = await client.get(f"/api/v1/conversations/{first['conversation_id']}", headers=headers)
    assert len(listed.json()["messages"]) == 12


async def test_retrieval_down_gives_an_honest_answer_and_tasks_still_work(
    app: FastAPI, client: httpx.AsyncClient, clinic: Clinic
) -> None:
    with service_down(app, "rag"):
        question = await ask(client, clinic.ctx.patient_headers, "Is there parking for patients?")
        task = await ask(client, clinic.ctx.patient_headers, "I want to book an appointment")
    assert question["path"] == "rag"
    assert "can't look that up right now" in str(question["response"])
    assert FRONT_DESK in str(question["response"])
    assert question["degraded"] == ["retrieval"]
    retrieval = next(s for s in question["trace"] if s["step"] == "retrieval")  # type: ignore[attr-defined]
    assert retrieval["detail"]["outcome"] == "degraded"
    assert task["path"] == "agent"
    assert task["degraded"] == []


async def test_llm_router_down_falls_back_to_the_local_responder(
    app: FastAPI, client: httpx.AsyncClient, clinic: Clinic
) -> None:
    with service_down(app, "llm_router"):
        answer = await ask(client, clinic.ctx.patient_headers, "Is the clinic open on Sundays?")
    # Without the router the intent is unknown: the message is treated as a question.
    assert answer["path"] == "rag"
    assert answer["provider"] == "local"
    assert "closed on Sundays" in str(answer["response"])
    assert answer["degraded"] == ["intent", "llm:local"]


async def test_safety_down_fails_closed(
    app: FastAPI, client: httpx.AsyncClient, clinic: Clinic
) -> None:
    with service_down(app, "safety"):
        answer = await ask(client, clinic.ctx.patient_headers, "Where can I park?")
    assert answer["path"] == "fallback"
    assert answer["safety"]["allowed"] is False  # type: ignore[index]
    assert answer["safety"]["category"] == "guardrail_error"  # type: ignore[index]
    assert steps(answer) == ["safety_input", "persist"]  # nothing reached a model
    assert FRONT_DESK in str(answer["response"])


async def test_listing_appointments_keeps_the_dialogue_managers_own_sentences(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    clinic = await make_clinic(factory, db)
    headers = clinic.ctx.patient_headers
    first = await ask(client, headers, "I'd like to book an appointment")
    conversation = {"conversation_id": first["conversation_id"]}
    for answer in (
        "family medicine please",
        "next Tuesday morning",
        "the second one",
        "Blood pressure follow-up",
        "yes please",
    ):
        await ask(client, headers, answer, **conversation)
    listed = await ask(client, headers, "Can you show me my upcoming appointments?")
    # The dialogue manager's own sentences are grounded in the records it read,
    # so the output check keeps them instead of dropping them as unsupported.
    assert "Your upcoming appointments:" in str(listed["response"])
    assert listed["safety"]["allowed"] is True  # type: ignore[index]


async def test_staff_without_a_patient_are_asked_for_one_not_told_we_are_down(
    client: httpx.AsyncClient, clinic: Clinic
) -> None:
    answer = await ask(client, clinic.ctx.staff, "I want to book an appointment")
    assert answer["path"] == "agent"
    assert "Which patient" in str(answer["response"])
    assert answer["degraded"] == []
    agent = next(s for s in answer["trace"] if s["step"] == "agent")  # type: ignore[attr-defined]
    assert agent["detail"]["outcome"] == "blocked"
    assert agent["detail"]["field"] == "patient_id"


class _RefusingAgent(ClientPorts):
    """The agent as a service that refuses this caller (as a 403 over HTTP would)."""

    async def agent_turn(
        self,
        text: str,
        *,
        intent: str,
        dialogue_state: dict[str, Any],
        conversation_id: str,
        patient_id: str | None,
    ) -> AgentReply:
        raise Forbidden("this role may not act on patient records")


async def test_a_refusal_from_the_agent_is_not_reported_as_an_outage(
    app: FastAPI, clinic: Clinic
) -> None:
    principal = Principal(
        tenant_id=clinic.ctx.id,
        role=Role.PATIENT,
        actor="test",
        patient_id=clinic.ctx.patient.id,
    )
    settings = await _settings_of(app, clinic.ctx.id)
    answer = await run_turn(
        app,
        principal,
        PipelineRequest(prompt="I want to book an appointment"),
        ports=_RefusingAgent(app, principal, settings),
    )
    assert answer.path == "agent"
    assert "can't do that from here" in answer.response
    assert FRONT_DESK in answer.response
    assert answer.degraded == []
    agent = next(s for s in answer.trace if s.step == "agent")
    assert agent.detail["outcome"] == "blocked"
    assert agent.detail["error"] == "forbidden"


async def _settings_of(app: FastAPI, tenant_id: str) -> dict[str, Any]:
    async with app.state.db.sessionmaker() as session:
        return await tenant_settings(session, tenant_id) or {}
