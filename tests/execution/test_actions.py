"""The actions of API.md over the real app and database."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import httpx
from sqlalchemy import select

from aurixa.core.db import Database
from aurixa.execution.models import Appointment, AvailabilitySlot, Prescription, RefillRequest
from aurixa.gateway.models import AuditLog
from tests.execution.clinic import Clinic, weekdays_from
from tests.factories import Factory

URL = "/api/v1/execution/actions/"


async def act(
    client: httpx.AsyncClient, headers: dict[str, str], action: str, **params: object
) -> httpx.Response:
    return await client.post(URL + action, json=params, headers=headers)


def first_day(clinic: Clinic) -> str:
    return weekdays_from(datetime.now(clinic.tz).date() + timedelta(days=1), 1)[0].isoformat()


async def test_availability_lists_free_slots_in_the_clinic_zone(
    client: httpx.AsyncClient, clinic: Clinic
) -> None:
    day = first_day(clinic)
    r = await act(
        client,
        clinic.ctx.patient_headers,
        "get_availability",
        date_from=day,
        date_to=day,
        specialty="cardiology",
    )
    assert r.status_code == 200, r.text
    slots = r.json()["result"]["slots"]
    assert len(slots) == 12  # 9:00-12:00 and 14:00-17:00, every 30 minutes
    assert {s["practitioner_name"] for s in slots} == {"Dr. Ben Okafor"}
    first = datetime.fromisoformat(slots[0]["start"])
    assert first.time() == time(9, 0)
    assert first.utcoffset() in (timedelta(hours=-5), timedelta(hours=-4))


async def test_book_cancel_and_rebook_a_slot(
    client: httpx.AsyncClient, clinic: Clinic, db: Database
) -> None:
    h = clinic.ctx.patient_headers
    slot = clinic.slots[3]
    booked = await act(client, h, "create_appointment", slot_id=slot.id, reason="Checkup")
    assert booked.status_code == 200, booked.text
    appointment = booked.json()["result"]["appointment"]
    assert appointment["status"] == "booked"

    again = await act(client, h, "create_appointment", slot_id=slot.id, reason="Checkup")
    assert again.status_code == 409
    assert again.json()["error"]["field"] == "slot_id"

    listed = await act(client, h, "get_appointments")
    assert [a["id"] for a in listed.json()["result"]["appointments"]] == [appointment["id"]]

    cancelled = await act(client, h, "cancel_appointment", appointment_id=appointment["id"])
    assert cancelled.json()["result"]["appointment"]["status"] == "cancelled"
    twice = await act(client, h, "cancel_appointment", appointment_id=appointment["id"])
    assert twice.status_code == 409
    assert twice.json()["error"]["field"] == "appointment_id"

    rebooked = await act(client, h, "create_appointment", slot_id=slot.id, reason="Again")
    assert rebooked.status_code == 200, rebooked.text
    async with db.sessionmaker() as session:
        rows = await session.scalars(select(Appointment).where(Appointment.slot_id == slot.id))
        assert sorted(a.status for a in rows) == ["booked", "cancelled"]
        audit = (
            await session.scalars(select(AuditLog).where(AuditLog.tenant_id == clinic.ctx.id))
        ).all()
    actions = [(a.action, a.outcome) for a in audit]
    assert ("execution.create_appointment", "success") in actions
    assert ("execution.create_appointment", "failure") in actions
    assert all(a.patient_id == clinic.ctx.patient.id for a in audit)


async def test_reschedule_moves_the_appointment_and_frees_the_old_slot(
    client: httpx.AsyncClient, clinic: Clinic, db: Database
) -> None:
    h = clinic.ctx.patient_headers
    old, new = clinic.slots[0], clinic.slots[5]
    booked = (await act(client, h, "create_appointment", slot_id=old.id, reason="Visit")).json()
    moved = await act(
        client,
        h,
        "reschedule_appointment",
        appointment_id=booked["result"]["appointment"]["id"],
        slot_id=new.id,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["result"]["appointment"]["slot_id"] == new.id
    async with db.sessionmaker() as session:
        statuses = {
            s.id: s.status
            for s in await session.scalars(
                select(AvailabilitySlot).where(AvailabilitySlot.id.in_([old.id, new.id]))
            )
        }
    assert statuses == {old.id: "free", new.id: "busy"}


async def test_bad_parameters_are_422_naming_the_field(
    client: httpx.AsyncClient, clinic: Clinic
) -> None:
    h = clinic.ctx.patient_headers
    r = await act(client, h, "get_availability", date_from="next tuesday")
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "date_from"
    r = await act(client, h, "create_appointment", slot_id=clinic.slots[0].id)
    assert r.json()["error"]["field"] == "reason"
    r = await act(client, h, "check_insurance", service_type="astrology")
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "service_type"
    r = await act(client, h, "create_appointment", slot_id="nope", reason="x")
    assert r.status_code == 404
    assert r.json()["error"]["field"] == "slot_id"
    r = await act(client, h, "teleport")
    assert r.status_code == 404
    assert r.json()["error"]["field"] == "action"
    r = await act(client, h, "get_appointments", surprise=True)
    assert r.json()["error"]["field"] == "surprise"


async def test_insurance_for_a_service_type(client: httpx.AsyncClient, clinic: Clinic) -> None:
    r = await act(client, clinic.ctx.patient_headers, "check_insurance", service_type="specialist")
    body = r.json()["result"]
    assert body["active"] is True
    assert body["service"] == {
        "service_type": "specialist",
        "covered": True,
        "copay": 50.0,
        "prior_authorization": True,
    }


async def test_refills_spend_one_refill_and_refuse_empty_or_expired(
    client: httpx.AsyncClient, clinic: Clinic, db: Database
) -> None:
    h = clinic.ctx.patient_headers
    listed = (await act(client, h, "list_prescriptions")).json()["result"]["prescriptions"]
    refillable = {p["medication"]: p["refillable"] for p in listed}
    assert refillable == {
        "Atorvastatin 20 mg": False,
        "Lisinopril 10 mg": True,
        "Metformin 500 mg": False,
    }
    ok = await act(client, h, "request_prescription_refill", prescription_id=clinic.rx_ok.id)
    assert ok.json()["result"]["prescription"]["refills_remaining"] == 1
    again = await act(client, h, "request_prescription_refill", prescription_id=clinic.rx_ok.id)
    assert again.status_code == 409
    assert "already" in again.json()["error"]["message"]
    async with db.sessionmaker() as session:
        requests = list(
            await session.scalars(
                select(RefillRequest).where(RefillRequest.prescription_id == clinic.rx_ok.id)
            )
        )
    assert [(r.status, r.patient_id, r.id) for r in requests] == [
        ("requested", clinic.ctx.patient.id, ok.json()["result"]["refill_request_id"])
    ]
    empty = await act(client, h, "request_prescription_refill", prescription_id=clinic.rx_empty.id)
    assert empty.status_code == 409
    assert "no refills" in empty.json()["error"]["message"]
    expired = await act(
        client, h, "request_prescription_refill", prescription_id=clinic.rx_expired.id
    )
    assert expired.status_code == 409
    assert "expired" in expired.json()["error"]["message"]
    async with db.sessionmaker() as session:
        rx = await session.get(Prescription, clinic.rx_expired.id)
        assert rx is not None
        assert rx.refills_remaining == 3


async def test_staff_name_the_patient_and_see_only_their_tenant(
    client: httpx.AsyncClient, clinic: Clinic, factory: Factory
) -> None:
    staff = clinic.ctx.staff
    r = await act(client, staff, "get_appointments")
    assert r.status_code == 422
    assert r.json()["error"]["field"] == "patient_id"
    r = await act(client, staff, "list_prescriptions", patient_id=clinic.ctx.patient.id)
    assert len(r.json()["result"]["prescriptions"]) == 3

    other = await factory.tenant_context()
    r = await act(client, other.staff, "list_prescriptions", patient_id=clinic.ctx.patient.id)
    assert r.status_code == 404
    r = await act(
        client,
        other.staff,
        "create_appointment",
        patient_id=other.patient.id,
        slot_id=clinic.slots[0].id,
        reason="x",
    )
    assert r.status_code == 404  # another tenant's slot does not exist for them


async def test_a_patient_key_acts_only_on_its_own_patient(
    client: httpx.AsyncClient, clinic: Clinic, factory: Factory
) -> None:
    neighbour = await factory.patient(clinic.ctx.id)
    r = await act(client, clinic.ctx.patient_headers, "list_prescriptions", patient_id=neighbour.id)
    assert r.status_code == 404
    key = await factory.api_key(clinic.ctx.id, "patient", patient_id=neighbour.id)
    booked = await act(
        client,
        clinic.ctx.patient_headers,
        "create_appointment",
        slot_id=clinic.slots[0].id,
        reason="Visit",
    )
    theirs = await act(
        client,
        clinic.ctx.auth(key),
        "cancel_appointment",
        appointment_id=booked.json()["result"]["appointment"]["id"],
    )
    assert theirs.status_code == 404


async def test_action_list_carries_json_schemas(client: httpx.AsyncClient, clinic: Clinic) -> None:
    r = await client.get("/api/v1/execution/actions", headers=clinic.ctx.patient_headers)
    actions = {a["name"]: a for a in r.json()["actions"]}
    assert set(actions) >= {"get_availability", "create_appointment", "request_prescription_refill"}
    create = actions["create_appointment"]
    assert create["write"] is True
    assert create["parameters"]["required"] == ["slot_id", "reason"]
    assert "patient_id" not in create["parameters"]["properties"]
