"""Rows of AURIXA's own tables as the execution schemas, and the rules that
read them (is a coverage active, can a prescription be refilled)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from aurixa.execution.models import Appointment, PatientInsurance, Practitioner, Prescription
from aurixa.execution.schemas import AppointmentOut, PractitionerOut, PrescriptionOut


def practitioner_name(p: Practitioner) -> str:
    return " ".join(part for part in (p.prefix, p.given_name, p.family_name) if part)


def practitioner_out(p: Practitioner) -> PractitionerOut:
    return PractitionerOut(
        id=p.id,
        name=practitioner_name(p),
        specialty=p.specialty,
        location=p.location,
        telehealth=p.telehealth,
    )


def appointment_out(a: Appointment, p: Practitioner) -> AppointmentOut:
    return AppointmentOut(
        id=a.id,
        status=a.status,
        practitioner_id=p.id,
        practitioner_name=practitioner_name(p),
        specialty=p.specialty,
        start=a.start,
        end=a.end,
        reason=a.reason,
        slot_id=a.slot_id,
    )


def coverage_active(c: PatientInsurance, on: date) -> bool:
    if c.status != "active":
        return False
    if c.period_start is not None and c.period_start > on:
        return False
    return c.period_end is None or c.period_end >= on


def refill_refusal(rx: Prescription, on: date, open_since: datetime | None = None) -> str | None:
    """Why a refill cannot be requested, or None if it can."""
    if open_since is not None:
        return f"a refill was already requested on {open_since.date().isoformat()}"
    if rx.status != "active":
        return f"the prescription is {rx.status}"
    if rx.validity_end is not None and rx.validity_end < on:
        return f"the prescription expired on {rx.validity_end.isoformat()}"
    if rx.refills_remaining <= 0:
        return "no refills are left on the prescription"
    return None


def prescription_out(
    rx: Prescription, on: date, open_since: datetime | None = None
) -> PrescriptionOut:
    reason = refill_refusal(rx, on, open_since)
    return PrescriptionOut(
        id=rx.id,
        medication=rx.medication,
        dosage_instruction=rx.dosage_instruction,
        status=rx.status,
        authored_on=rx.authored_on,
        validity_end=rx.validity_end,
        refills_remaining=rx.refills_remaining,
        refillable=reason is None,
        not_refillable_reason=reason,
        last_refill_requested_at=rx.last_refill_requested_at,
        refill_pending=open_since is not None,
    )


def money(value: Any) -> float | None:
    return None if value is None else float(value)
