"""A small clinic for execution and agent tests: two practitioners, two weeks
of weekday slots in the clinic's zone, one coverage and three prescriptions
(refillable, no refills left, expired)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from aurixa.core.db import Database
from aurixa.execution.models import (
    AvailabilitySlot,
    PatientInsurance,
    Practitioner,
    Prescription,
)
from tests.factories import Factory, TenantContext

TZ = "America/New_York"
SESSIONS = ((time(9, 0), time(12, 0)), (time(14, 0), time(17, 0)))
COVERED = {
    "primary_care": {"covered": True, "copay": 25.0, "prior_authorization": False},
    "specialist": {"covered": True, "copay": 50.0, "prior_authorization": True},
    "physical_therapy": {"covered": False, "copay": 0.0, "prior_authorization": False},
}


@dataclass
class Clinic:
    ctx: TenantContext
    family: Practitioner
    cardio: Practitioner
    coverage: PatientInsurance
    rx_ok: Prescription
    rx_empty: Prescription
    rx_expired: Prescription
    slots: list[AvailabilitySlot] = field(default_factory=list)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(TZ)

    def slot_at(self, practitioner: Practitioner, day: date, at: time) -> AvailabilitySlot:
        when = datetime.combine(day, at, tzinfo=self.tz).astimezone(UTC)
        return next(
            s for s in self.slots if s.practitioner_id == practitioner.id and s.start == when
        )


def weekdays_from(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _slots(tenant_id: str, practitioner: Practitioner, days: list[date]) -> list[AvailabilitySlot]:
    tz, rows = ZoneInfo(TZ), []
    for day in days:
        for begin, end in SESSIONS:
            at = datetime.combine(day, begin, tzinfo=tz)
            while at.time() < end:
                rows.append(
                    AvailabilitySlot(
                        tenant_id=tenant_id,
                        practitioner_id=practitioner.id,
                        start=at.astimezone(UTC),
                        end=(at + timedelta(minutes=30)).astimezone(UTC),
                        status="free",
                        service_type="primary_care",
                    )
                )
                at += timedelta(minutes=30)
    return rows


async def make_clinic(factory: Factory, db: Database, *, days: int = 10) -> Clinic:
    ctx = await factory.tenant_context(timezone=TZ)
    today = datetime.now(ZoneInfo(TZ)).date()
    tid, pid = ctx.id, ctx.patient.id
    async with db.sessionmaker() as session:
        family = Practitioner(
            tenant_id=tid,
            prefix="Dr.",
            given_name="Ana",
            family_name="Rivera",
            specialty="family medicine",
            location="Main clinic",
        )
        cardio = Practitioner(
            tenant_id=tid,
            prefix="Dr.",
            given_name="Ben",
            family_name="Okafor",
            specialty="cardiology",
            location="Heart center",
        )
        session.add_all([family, cardio])
        await session.flush()
        bookable = weekdays_from(today + timedelta(days=1), days)
        slots = _slots(tid, family, bookable) + _slots(tid, cardio, bookable)
        coverage = PatientInsurance(
            tenant_id=tid,
            patient_id=pid,
            payor="Acme Health",
            plan_name="Acme Silver PPO",
            subscriber_id="AH12345678",
            status="active",
            period_start=date(today.year - 1, 1, 1),
            period_end=None,
            copay_primary_care=Decimal(25),
            copay_specialist=Decimal(50),
            deductible_remaining=Decimal(400),
            covered_services=COVERED,
        )
        rx_ok = Prescription(
            tenant_id=tid,
            patient_id=pid,
            requester_id=family.id,
            medication="Lisinopril 10 mg",
            dosage_instruction="One tablet daily",
            status="active",
            authored_on=today - timedelta(days=60),
            validity_end=today + timedelta(days=300),
            refills_remaining=2,
        )
        rx_empty = Prescription(
            tenant_id=tid,
            patient_id=pid,
            requester_id=family.id,
            medication="Atorvastatin 20 mg",
            status="active",
            authored_on=today - timedelta(days=200),
            validity_end=today + timedelta(days=100),
            refills_remaining=0,
        )
        rx_expired = Prescription(
            tenant_id=tid,
            patient_id=pid,
            requester_id=family.id,
            medication="Metformin 500 mg",
            status="active",
            authored_on=today - timedelta(days=400),
            validity_end=today - timedelta(days=10),
            refills_remaining=3,
        )
        session.add_all([*slots, coverage, rx_ok, rx_empty, rx_expired])
        await session.commit()
    return Clinic(ctx, family, cardio, coverage, rx_ok, rx_empty, rx_expired, slots)
