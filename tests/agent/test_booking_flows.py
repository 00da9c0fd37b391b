"""Scripted conversations for booking, availability and rescheduling, run
against the real app; the database is checked afterwards."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from aurixa.agent.dates import WEEKDAYS
from aurixa.core.db import Database
from aurixa.execution.models import Appointment, AvailabilitySlot
from tests.agent.conftest import Chat
from tests.execution.clinic import Clinic


def next_weekday(clinic: Clinic, index: int) -> date:
    today = datetime.now(clinic.tz).date()
    return today + timedelta(days=((index - today.weekday()) % 7) or 7)


async def booked(db: Database, patient_id: str) -> list[Appointment]:
    async with db.sessionmaker() as session:
        rows = await session.scalars(
            select(Appointment).where(
                Appointment.patient_id == patient_id, Appointment.status == "booked"
            )
        )
        return list(rows)


async def test_book_over_several_turns_asks_only_for_what_is_missing(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    reply = await chat.say("I'd like to book an appointment")
    assert chat.awaiting == "specialty"
    assert "cardiology (Dr. Ben Okafor)" in reply
    reply = await chat.say("family medicine please")
    assert chat.awaiting == "date"
    reply = await chat.say("next Tuesday morning")
    assert chat.awaiting == "slot_choice"
    tuesday = next_weekday(clinic, 1)
    assert f"Tuesday {tuesday.day}" in reply
    assert reply.count("Dr. Ana Rivera") == 3
    assert "1. " in reply
    assert "9:00 AM" in reply
    reply = await chat.say("the second one")
    assert chat.awaiting == "reason"
    reply = await chat.say("Blood pressure follow-up")
    assert chat.awaiting == "confirmation"
    assert "9:30 AM" in reply
    assert "Blood pressure follow-up" in reply
    assert await booked(db, clinic.ctx.patient.id) == []  # nothing before "yes"
    reply = await chat.say("yes please")
    assert chat.last["done"] is True
    assert "You're booked" in reply
    rows = await booked(db, clinic.ctx.patient.id)
    assert len(rows) == 1
    slot = clinic.slot_at(clinic.family, tuesday, time(9, 30))
    assert rows[0].slot_id == slot.id
    assert rows[0].reason == "Blood pressure follow-up"
    assert chat.state["flow"] is None


async def test_one_message_with_everything_goes_straight_to_the_offer(
    chat: Chat, clinic: Clinic
) -> None:
    reply = await chat.say("Can I see Dr. Okafor tomorrow after 3 because of palpitations?")
    assert chat.awaiting == "slot_choice"
    assert "3:00 PM" in reply or "nothing free" in reply
    assert "Okafor" in reply
    await chat.say("the first")
    assert chat.awaiting == "confirmation", chat.state  # the reason was already given
    assert chat.state["reason"] == "palpitations"


async def test_no_later_and_change_of_day_before_confirming(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    await chat.say("book a checkup with family medicine next Wednesday morning")
    first_offer = [o["start"] for o in chat.state["offered"]]
    await chat.say("the first one")
    assert chat.awaiting == "confirmation"
    reply = await chat.say("no")
    assert "nothing has been booked" in reply
    assert chat.awaiting == "slot_choice"
    reply = await chat.say("something later")
    later = [o["start"] for o in chat.state["offered"]]
    assert min(later) > max(first_offer)
    reply = await chat.say("actually make it Thursday")
    thursday = next_weekday(clinic, 3)
    assert f"Thursday {thursday.day}" in reply
    assert all(
        datetime.fromisoformat(o["start"]).astimezone(clinic.tz).date() == thursday
        for o in chat.state["offered"]
    )
    await chat.say("10:00")
    reply = await chat.say("yes")
    rows = await booked(db, clinic.ctx.patient.id)
    assert [r.start.astimezone(clinic.tz) for r in rows] == [
        datetime.combine(thursday, time(10, 0), tzinfo=clinic.tz)
    ]
    assert rows[0].reason == "checkup"


async def test_a_full_day_offers_the_nearest_days_and_no_slot_is_refused(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    async with db.sessionmaker() as session:
        for slot in clinic.slots:
            if slot.practitioner_id == clinic.cardio.id:
                row = await session.get(AvailabilitySlot, slot.id)
                assert row is not None
                row.status = "busy"
        await session.commit()
    reply = await chat.say("I need a cardiology appointment next Monday")
    assert "couldn't find any free appointments" in reply
    assert chat.awaiting == "date"
    assert chat.writes() == []
    assert await booked(db, clinic.ctx.patient.id) == []


async def test_availability_question_lists_times_without_booking(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    reply = await chat.say("Do you have any openings with cardiology on the 14th?", "availability")
    assert chat.awaiting in ("slot_choice", "date")
    assert "Okafor" in reply or "couldn't find" in reply
    assert {a["action"] for a in chat.last["actions"]} <= {
        "list_practitioners",
        "get_availability",
    }
    assert await booked(db, clinic.ctx.patient.id) == []


async def test_reschedule_moves_the_appointment_after_confirmation(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    monday = next_weekday(clinic, 0)
    old = clinic.slot_at(clinic.family, monday, time(9, 0))
    r = await chat.client.post(
        "/api/v1/execution/actions/create_appointment",
        json={"slot_id": old.id, "reason": "Follow-up"},
        headers=chat.headers,
    )
    assert r.status_code == 200
    reply = await chat.say("I need to reschedule my appointment")
    assert chat.awaiting == "date"
    reply = await chat.say("Friday afternoon")
    assert chat.awaiting == "slot_choice"
    assert "Dr. Ana Rivera" in reply
    assert "Okafor" not in reply
    await chat.say("the third")
    reply = await chat.say("yes")
    assert "is now on Friday" in reply
    rows = await booked(db, clinic.ctx.patient.id)
    assert len(rows) == 1
    friday = next_weekday(clinic, 4)
    assert rows[0].start.astimezone(clinic.tz) == datetime.combine(
        friday, time(15, 0), tzinfo=clinic.tz
    )
    async with db.sessionmaker() as session:
        freed = await session.get(AvailabilitySlot, old.id)
        assert freed is not None
        assert freed.status == "free"


def test_weekday_names_cover_the_week() -> None:
    assert len(WEEKDAYS) == 7


async def test_something_later_runs_on_into_the_next_days(chat: Chat, clinic: Clinic) -> None:
    await chat.say("book family medicine next Wednesday afternoon")
    wednesday = next_weekday(clinic, 2)
    await chat.say("something later")
    assert [o["start"][11:16] for o in chat.state["offered"]] == ["15:30", "16:00", "16:30"]
    reply = await chat.say("later please")
    days = [
        datetime.fromisoformat(o["start"]).astimezone(clinic.tz).date()
        for o in chat.state["offered"]
    ]
    assert len(days) == 3
    assert min(days) > wednesday
    assert "Here are the next free times" in reply


async def test_a_reason_is_free_text_even_when_it_sounds_like_a_task(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    await chat.say("book family medicine next Monday morning")
    await chat.say("the first")
    reply = await chat.say("stomach pain that won't stop, and I need a refill too")
    assert chat.awaiting == "confirmation"
    assert "stomach pain that won't stop" in reply
    await chat.say("yes")
    rows = await booked(db, clinic.ctx.patient.id)
    assert [r.reason for r in rows] == ["stomach pain that won't stop, and I need a refill too"]


async def test_yes_but_another_time_is_a_change_not_a_confirmation(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    await chat.say("book a checkup with family medicine next Monday morning")
    await chat.say("the first")
    assert chat.awaiting == "confirmation"
    reply = await chat.say("yes, but at 10:00")
    assert chat.writes() == []
    assert chat.awaiting == "confirmation"
    assert "10:00 AM" in reply
    reply = await chat.say("no, Thursday instead")
    assert chat.writes() == []
    thursday = next_weekday(clinic, 3)
    assert f"Thursday {thursday.day}" in reply
    assert await booked(db, clinic.ctx.patient.id) == []
