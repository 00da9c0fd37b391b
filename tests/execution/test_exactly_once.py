"""Exactly once: idempotency keys, racing bookings, retried transient failures."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from aurixa.core.auth import Principal, Role
from aurixa.core.db import Database, utcnow
from aurixa.execution.adapter import TransientAdapterError
from aurixa.execution.db_adapter import DatabaseAdapter
from aurixa.execution.lifecycle import purge_expired_keys
from aurixa.execution.models import Appointment, IdempotencyRecord
from aurixa.execution.schemas import AppointmentOut
from aurixa.execution.service import run_action
from tests.execution.clinic import Clinic
from tests.factories import Factory

URL = "/api/v1/execution/actions/"


async def _appointments(db: Database, slot_id: str) -> int:
    async with db.sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(Appointment).where(Appointment.slot_id == slot_id)
        )
    return int(count or 0)


async def test_same_key_same_params_returns_the_first_result_without_writing(
    client: httpx.AsyncClient, clinic: Clinic, db: Database
) -> None:
    h = {**clinic.ctx.patient_headers, "Idempotency-Key": "book-1"}
    body = {"slot_id": clinic.slots[2].id, "reason": "Checkup"}
    first = await client.post(URL + "create_appointment", json=body, headers=h)
    second = await client.post(URL + "create_appointment", json=body, headers=h)
    assert first.status_code == second.status_code == 200
    assert second.json()["result"] == first.json()["result"]
    assert second.json()["replayed"] is True
    assert await _appointments(db, clinic.slots[2].id) == 1

    changed = await client.post(
        URL + "create_appointment", json={**body, "reason": "Other"}, headers=h
    )
    assert changed.status_code == 422
    assert changed.json()["error"]["field"] == "Idempotency-Key"
    async with db.sessionmaker() as session:
        record = await session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.tenant_id == clinic.ctx.id)
        )
    assert record is not None
    assert (record.expires_at - record.created_at).total_seconds() >= 24 * 3600


async def test_idempotency_keys_are_scoped_by_tenant(
    client: httpx.AsyncClient, clinic: Clinic, factory: Factory
) -> None:
    other = await factory.tenant_context()
    h = {"Idempotency-Key": "shared-key"}
    mine = await client.post(
        URL + "create_appointment",
        json={"slot_id": clinic.slots[4].id, "reason": "Visit"},
        headers={**clinic.ctx.patient_headers, **h},
    )
    assert mine.status_code == 200
    theirs = await client.post(
        URL + "get_appointments", json={}, headers={**other.patient_headers, **h}
    )
    assert theirs.status_code == 200
    assert theirs.json()["result"] == {"appointments": []}


async def test_twenty_concurrent_bookings_of_one_slot_make_one_appointment(
    client: httpx.AsyncClient, clinic: Clinic, factory: Factory, db: Database
) -> None:
    slot = clinic.slots[7]
    keys = [
        await factory.api_key(
            clinic.ctx.id, "patient", patient_id=(await factory.patient(clinic.ctx.id)).id
        )
        for _ in range(20)
    ]

    async def book(key: str) -> int:
        r = await client.post(
            URL + "create_appointment",
            json={"slot_id": slot.id, "reason": "Race"},
            headers=clinic.ctx.auth(key),
        )
        return r.status_code

    codes = await asyncio.gather(*(book(k) for k in keys))
    assert sorted(codes) == [200] + [409] * 19
    assert await _appointments(db, slot.id) == 1


class FlakyAdapter(DatabaseAdapter):
    """The database adapter whose first `failures` bookings lose the connection."""

    def __init__(self, *args: object, failures: int) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.failures = failures
        self.calls = 0

    async def book(self, *, patient_id: str, slot_id: str, reason: str) -> AppointmentOut:
        self.calls += 1
        if self.calls <= self.failures:
            raise OperationalError("INSERT", {}, Exception("server closed the connection"))
        return await super().book(patient_id=patient_id, slot_id=slot_id, reason=reason)


def _principal(clinic: Clinic) -> Principal:
    return Principal(
        tenant_id=clinic.ctx.id, role=Role.PATIENT, actor="test", patient_id=clinic.ctx.patient.id
    )


async def test_writes_are_retried_only_under_an_idempotency_key(
    clinic: Clinic, db: Database
) -> None:
    body = {"slot_id": clinic.slots[9].id, "reason": "Visit"}
    async with db.sessionmaker() as session:
        adapter = FlakyAdapter(session, clinic.ctx.id, failures=1)
        with pytest.raises(TransientAdapterError):
            await run_action(
                session=session,
                principal=_principal(clinic),
                action="create_appointment",
                body=body,
                idempotency_key=None,
                adapter=adapter,
            )
        assert adapter.calls == 1
    async with db.sessionmaker() as session:
        adapter = FlakyAdapter(session, clinic.ctx.id, failures=2)
        result = await run_action(
            session=session,
            principal=_principal(clinic),
            action="create_appointment",
            body=body,
            idempotency_key="retry-me",
            adapter=adapter,
        )
        await session.commit()
    assert adapter.calls == 3
    assert result.result["appointment"]["status"] == "booked"
    assert await _appointments(db, clinic.slots[9].id) == 1


async def test_times_come_back_in_the_clinic_zone(clinic: Clinic, db: Database) -> None:
    async with db.sessionmaker() as session:
        result = await run_action(
            session=session,
            principal=_principal(clinic),
            action="get_availability",
            body={"date_from": date.today().isoformat(), "limit": 1},
            idempotency_key=None,
        )
    start = datetime.fromisoformat(result.result["slots"][0]["start"])
    assert start.utcoffset() == start.astimezone(clinic.tz).utcoffset()
    assert result.result["timezone"] == "America/New_York"


async def test_expired_keys_are_purged_and_a_reused_expired_key_runs_again(
    client: httpx.AsyncClient, clinic: Clinic, db: Database
) -> None:
    h = {**clinic.ctx.patient_headers, "Idempotency-Key": "old-key"}
    first = await client.post(URL + "get_appointments", json={}, headers=h)
    assert first.status_code == 200
    async with db.sessionmaker() as session:
        record = await session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.tenant_id == clinic.ctx.id)
        )
        assert record is not None
        record.expires_at = utcnow() - timedelta(seconds=1)
        await session.commit()
    again = await client.post(URL + "get_appointments", json={"include_past": True}, headers=h)
    assert again.status_code == 200  # expired: a new request, not a mismatch
    assert again.json()["replayed"] is False
    async with db.sessionmaker() as session:
        record = await session.scalar(
            select(IdempotencyRecord).where(IdempotencyRecord.tenant_id == clinic.ctx.id)
        )
        assert record is not None
        record.expires_at = utcnow() - timedelta(seconds=1)
        await session.commit()
    assert await purge_expired_keys(db) >= 1
    async with db.sessionmaker() as session:
        left = await session.scalar(
            select(func.count())
            .select_from(IdempotencyRecord)
            .where(IdempotencyRecord.tenant_id == clinic.ctx.id)
        )
    assert left == 0
