"""Availability slots and appointments.

Slots roll: each run fills the 21 days starting at the seed day, in the tenant's
local clinic hours, stored as UTC. Whether a slot is already taken is decided by
a generator seeded with the practitioner and the date, so a day's slots look the
same whichever run creates them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from aurixa.core.seed.holidays import closed_on, closes_at_noon
from aurixa.core.seed.people import PatientSeed, tenant_rng
from aurixa.core.seed.tenants import PractitionerSpec, TenantSpec

WINDOW_DAYS = 21
SLOT_MINUTES = 30
BUSY_SHARE = 0.2  # the share of slots already taken by bookings made outside the demo
TELEHEALTH_FROM = time(15, 0)
NOON = time(12, 0)  # telehealth practitioners see video visits late afternoon

_REASONS: dict[str, tuple[str, ...]] = {
    "family medicine": (
        "Annual physical",
        "Blood pressure follow-up",
        "Cough and sinus congestion for a week",
        "Diabetes check-in and A1c review",
        "Medication review",
    ),
    "internal medicine": (
        "Annual wellness visit",
        "Cholesterol follow-up",
        "Fatigue and lab review",
        "Thyroid follow-up",
    ),
    "pediatrics": (
        "Well-child visit",
        "Ear pain and fever",
        "School sports physical",
        "Asthma follow-up",
    ),
    "cardiology": (
        "Follow-up after echocardiogram",
        "Palpitations review",
        "Blood pressure management",
    ),
    "dermatology": ("Skin check for a changing mole", "Eczema flare follow-up", "Acne review"),
    "orthopedics": (
        "Knee pain after running",
        "Post-operative check, right shoulder",
        "Lower back pain",
    ),
    "obstetrics": ("Prenatal visit", "Annual gynecological exam", "Postpartum check"),
    "neurology": ("Migraine follow-up", "Numbness in hands", "Headache evaluation"),
    "physical therapy": (
        "Lower back rehabilitation session",
        "Knee rehabilitation after surgery",
        "Shoulder mobility session",
    ),
    "mental health": (
        "Counseling follow-up",
        "Anxiety management session",
        "Initial behavioral health assessment",
    ),
}
_CANCEL_REASONS = (
    "Patient called to cancel: work conflict",
    "Patient rescheduled through the portal",
    "Cancelled by clinic: provider out sick",
    "Patient feeling better",
)


@dataclass(frozen=True)
class SlotSeed:
    practitioner: PractitionerSpec
    start: datetime
    end: datetime
    status: str
    service_type: str


@dataclass(frozen=True)
class AppointmentSeed:
    patient_identifier: str
    practitioner: PractitionerSpec
    start: datetime
    end: datetime
    status: str  # booked | fulfilled | cancelled | noshow
    reason: str
    cancelation_reason: str | None
    slot: SlotSeed | None  # set for upcoming bookings, which take their slot


def window(today: date) -> list[date]:
    return [today + timedelta(days=offset) for offset in range(WINDOW_DAYS)]


def _local_starts(spec: TenantSpec, day: date) -> list[tuple[datetime, time]]:
    zone = ZoneInfo(spec.timezone)
    starts: list[tuple[datetime, time]] = []
    for opens, closes in spec.sessions:
        if closes > NOON and closes_at_noon(spec, day):
            continue
        # Walk in local wall-clock time; the zone resolves daylight-saving offsets.
        current = datetime.combine(day, opens, tzinfo=zone)
        end = datetime.combine(day, closes, tzinfo=zone)
        while current + timedelta(minutes=SLOT_MINUTES) <= end:
            starts.append((current.astimezone(UTC), current.time()))
            current += timedelta(minutes=SLOT_MINUTES)
    return starts


def day_slots(spec: TenantSpec, practitioner: PractitionerSpec, day: date) -> list[SlotSeed]:
    if day.weekday() not in practitioner.weekdays or closed_on(spec, day):
        return []
    rng = random.Random(f"aurixa-demo:{spec.slug}:{practitioner.family_name}:{day.isoformat()}")
    slots = []
    for start, local in _local_starts(spec, day):
        telehealth = practitioner.telehealth and local >= TELEHEALTH_FROM
        slots.append(
            SlotSeed(
                practitioner=practitioner,
                start=start,
                end=start + timedelta(minutes=SLOT_MINUTES),
                status="busy" if rng.random() < BUSY_SHARE else "free",
                service_type="telehealth" if telehealth else practitioner.service_type,
            )
        )
    return slots


def window_slots(spec: TenantSpec, today: date) -> list[SlotSeed]:
    return [
        slot
        for day in window(today)
        for practitioner in spec.practitioners
        for slot in day_slots(spec, practitioner, day)
    ]


def _clinicians_for(spec: TenantSpec, patient: PatientSeed, today: date) -> list[PractitionerSpec]:
    if patient.age_on(today) < 18:
        return [p for p in spec.practitioners if p.specialty == "pediatrics"]
    adults = [p for p in spec.practitioners if p.specialty != "pediatrics"]
    if patient.gender == "male":
        adults = [p for p in adults if p.specialty != "obstetrics"]
    primary = [p for p in adults if p.service_type == "primary_care"]
    # Primary care is most of a clinic's traffic: weight it twice.
    return adults + primary


def _past_appointment(
    spec: TenantSpec, patient: PatientSeed, rng: random.Random, today: date
) -> AppointmentSeed:
    practitioner = rng.choice(_clinicians_for(spec, patient, today))
    day = today - timedelta(days=rng.randint(7, 330))
    while day.weekday() not in practitioner.weekdays or closed_on(spec, day):
        day -= timedelta(days=1)
    start, _ = rng.choice(_local_starts(spec, day))
    roll = rng.random()
    status = "fulfilled" if roll < 0.75 else "cancelled" if roll < 0.9 else "noshow"
    return AppointmentSeed(
        patient_identifier=patient.identifier,
        practitioner=practitioner,
        start=start,
        end=start + timedelta(minutes=SLOT_MINUTES),
        status=status,
        reason=rng.choice(_REASONS[practitioner.specialty]),
        cancelation_reason=rng.choice(_CANCEL_REASONS) if status == "cancelled" else None,
        slot=None,
    )


def _upcoming_appointment(
    spec: TenantSpec,
    patient: PatientSeed,
    rng: random.Random,
    today: date,
    free: dict[str, list[SlotSeed]],
) -> AppointmentSeed | None:
    options = [p for p in _clinicians_for(spec, patient, today) if free.get(p.family_name)]
    if not options:
        return None
    practitioner = rng.choice(options)
    candidates = free[practitioner.family_name]
    slot = candidates.pop(rng.randrange(len(candidates)))
    return AppointmentSeed(
        patient_identifier=patient.identifier,
        practitioner=practitioner,
        start=slot.start,
        end=slot.end,
        status="booked",
        reason=rng.choice(_REASONS[practitioner.specialty]),
        cancelation_reason=None,
        slot=slot,
    )


def demo_appointments(
    spec: TenantSpec,
    patients: list[PatientSeed],
    slots: list[SlotSeed],
    today: date,
) -> list[AppointmentSeed]:
    """Past visits for most patients and upcoming bookings for about two in five.

    Upcoming bookings take free slots from tomorrow on; the caller marks those
    slots busy. `slots` are the free slots the bookings may use.
    """
    rng = tenant_rng(spec, "appointments")
    tomorrow = datetime.combine(today + timedelta(days=1), time(0), tzinfo=ZoneInfo(spec.timezone))
    free: dict[str, list[SlotSeed]] = {}
    for slot in slots:
        if slot.status == "free" and slot.start >= tomorrow:
            free.setdefault(slot.practitioner.family_name, []).append(slot)
    result: list[AppointmentSeed] = []
    for index, patient in enumerate(patients):
        for _ in range(rng.choice((0, 1, 1, 2, 3)) if index else 3):
            result.append(_past_appointment(spec, patient, rng, today))
        if index == 0 or rng.random() < 0.4:
            upcoming = _upcoming_appointment(spec, patient, rng, today, free)
            if upcoming is not None:
                result.append(upcoming)
    return result
