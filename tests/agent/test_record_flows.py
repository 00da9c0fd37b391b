"""Scripted conversations for cancellation, refills, insurance and the
appointment list, with their refusals; the database is checked afterwards."""

from __future__ import annotations

from datetime import date, timedelta

import httpx

from aurixa.core.db import Database
from aurixa.execution.models import Appointment, PatientInsurance, Prescription
from tests.agent.conftest import Chat
from tests.execution.clinic import Clinic
from tests.factories import Factory


async def _book(chat: Chat, slot_id: str, reason: str = "Visit") -> str:
    r = await chat.client.post(
        "/api/v1/execution/actions/create_appointment",
        json={"slot_id": slot_id, "reason": reason, "patient_id": chat.patient_id},
        headers=chat.headers,
    )
    assert r.status_code == 200, r.text
    return str(r.json()["result"]["appointment"]["id"])


async def _status(db: Database, appointment_id: str) -> str:
    async with db.sessionmaker() as session:
        row = await session.get(Appointment, appointment_id)
        assert row is not None
        return row.status


async def _refills(db: Database, rx_id: str) -> int:
    async with db.sessionmaker() as session:
        row = await session.get(Prescription, rx_id)
        assert row is not None
        return row.refills_remaining


async def test_cancel_chooses_among_appointments_and_asks_first(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    first = await _book(chat, clinic.slots[0].id)
    second = await _book(chat, clinic.slots[30].id)
    reply = await chat.say("I need to cancel an appointment")
    assert chat.awaiting == "appointment_choice"
    assert "1. " in reply
    assert "2. " in reply
    reply = await chat.say("the second one")
    assert chat.awaiting == "confirmation"
    assert await _status(db, second) == "booked"
    reply = await chat.say("yes")
    assert "has been cancelled" in reply
    assert await _status(db, second) == "cancelled"
    assert await _status(db, first) == "booked"


async def test_saying_no_keeps_the_appointment(chat: Chat, clinic: Clinic, db: Database) -> None:
    only = await _book(chat, clinic.slots[1].id)
    await chat.say("cancel my appointment")
    assert chat.awaiting == "confirmation"
    reply = await chat.say("no, keep it")
    assert "kept your appointment" in reply
    assert chat.writes() == []
    assert await _status(db, only) == "booked"


async def test_cancel_with_nothing_booked(chat: Chat) -> None:
    reply = await chat.say("please cancel my appointment")
    assert reply == "You have no upcoming appointments to cancel."
    assert chat.last["done"] is True


async def test_refill_chooses_among_prescriptions(chat: Chat, clinic: Clinic, db: Database) -> None:
    reply = await chat.say("I need a prescription refill")
    assert chat.awaiting == "prescription_choice"
    assert "Lisinopril: 2 refills left" in reply
    assert "Atorvastatin: no refills left" in reply
    assert "Metformin: expired on" in reply
    reply = await chat.say("the lisinopril")
    assert chat.awaiting == "confirmation"
    assert await _refills(db, clinic.rx_ok.id) == 2
    reply = await chat.say("yes")
    assert "1 refill will remain" in reply
    assert await _refills(db, clinic.rx_ok.id) == 1
    reply = await chat.say("refill my lisinopril again please")
    assert "already been requested" in reply
    assert await _refills(db, clinic.rx_ok.id) == 1


async def test_refill_refusals_say_why_and_what_to_do(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    reply = await chat.say("Can I get a refill of my atorvastatin?")
    assert "no refills left" in reply
    assert "prescriber needs to renew it" in reply
    assert chat.last["done"] is True
    reply = await chat.say("refill metformin please")
    assert "expired" in reply
    assert "new one from your prescriber" in reply
    assert await _refills(db, clinic.rx_expired.id) == 3
    assert await _refills(db, clinic.rx_empty.id) == 0


async def test_insurance_for_a_service_type(chat: Chat) -> None:
    reply = await chat.say("Is a specialist visit covered by my insurance?")
    assert "is active and covers specialist visits with a $50.00 copay" in reply
    assert "prior authorization" in reply
    reply = await chat.say("does my insurance cover physical therapy?")
    assert "does not cover physical therapy" in reply


async def test_inactive_insurance_is_refused_clearly(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    async with db.sessionmaker() as session:
        row = await session.get(PatientInsurance, clinic.coverage.id)
        assert row is not None
        row.period_end = date.today() - timedelta(days=30)
        await session.commit()
    reply = await chat.say("Am I covered for lab work?")
    assert "ended on" in reply
    assert "can't confirm" in reply
    assert "covers" not in reply


async def test_lists_upcoming_appointments(chat: Chat, clinic: Clinic) -> None:
    await _book(chat, clinic.slots[2].id)
    reply = await chat.say("when is my appointment?")
    assert "Your upcoming appointments:" in reply
    assert "Dr. Ana Rivera" in reply


async def test_stop_abandons_the_flow(chat: Chat) -> None:
    await chat.say("I want to book an appointment")
    reply = await chat.say("never mind")
    assert "Nothing was changed" in reply
    assert chat.state["flow"] is None


async def test_staff_name_the_patient_and_another_tenant_sees_nothing(
    client: httpx.AsyncClient, clinic: Clinic, factory: Factory
) -> None:
    staff = Chat(client, clinic.ctx.staff)
    r = await client.post("/api/v1/agent/turn", json={"message": "refill"}, headers=staff.headers)
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "patient_id"
    staff.patient_id = clinic.ctx.patient.id
    reply = await staff.say("show the prescriptions")
    assert "Lisinopril" in reply
    other = await factory.tenant_context()
    outsider = Chat(client, other.staff, patient_id=clinic.ctx.patient.id)
    reply = await outsider.say("show the prescriptions")
    assert "Lisinopril" not in reply
    assert outsider.last["actions"][0]["error"]["code"] == "not_found"


async def test_a_tampered_state_cannot_act_on_another_patient(
    chat: Chat, clinic: Clinic, factory: Factory, db: Database
) -> None:
    """The write in a dialogue state runs on the authenticated patient only."""
    neighbour = await factory.patient(clinic.ctx.id)
    key = await factory.api_key(clinic.ctx.id, "patient", patient_id=neighbour.id)
    theirs = await _book(Chat(chat.client, clinic.ctx.auth(key)), clinic.slots[5].id)
    chat.state = {
        "flow": "cancel",
        "intent": "cancel",
        "awaiting": "confirmation",
        "pending": {
            "action": "cancel_appointment",
            "params": {"appointment_id": theirs, "patient_id": neighbour.id},
            "summary": "cancel it",
        },
    }
    reply = await chat.say("yes")
    assert "Nothing was changed" in reply
    assert await _status(db, theirs) == "booked"


async def test_the_day_picks_the_appointment_or_the_new_time(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    first = await _book(chat, clinic.slots[0].id)
    second = await _book(chat, clinic.slots[30].id)
    day = clinic.slots[30].start.astimezone(clinic.tz)
    reply = await chat.say(f"please cancel my appointment on {day.strftime('%B')} {day.day}")
    assert chat.awaiting == "confirmation"
    assert f"{day.day} {day.strftime('%B')}" in reply
    await chat.say("yes")
    assert await _status(db, second) == "cancelled"

    reply = await chat.say("move my appointment to next Friday afternoon")
    assert chat.awaiting == "slot_choice"
    assert "Friday" in reply
    assert chat.state["appointment"]["id"] == first
