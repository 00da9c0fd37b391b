"""The action registry: one `ActionSpec` per action of API.md.

Built-in actions register exactly as a plug-in would (`register`). Each handler
receives validated parameters and an `ActionContext` holding the adapter, the
patient the caller may act on and the clinic's time zone; it returns a typed
result and the audit facts (resource type, id, PHI-free details).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from aurixa.core.db import utcnow
from aurixa.execution import schemas as s
from aurixa.execution.adapter import EHRAdapter


@dataclass
class ActionContext:
    adapter: EHRAdapter
    patient_id: str | None
    tz: ZoneInfo
    actor: str = "system"

    @property
    def today(self) -> date:
        return utcnow().astimezone(self.tz).date()

    def patient(self) -> str:
        # Patient-scoped specs always get a patient (the service resolves it first).
        assert self.patient_id is not None
        return self.patient_id


@dataclass
class Outcome:
    result: BaseModel
    resource_type: str
    resource_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[ActionContext, Any], Awaitable[Outcome]]


@dataclass(frozen=True)
class ActionSpec:
    name: str
    description: str
    params: type[s.Params]
    result: type[BaseModel]
    handler: Handler
    write: bool
    patient_scoped: bool = True


ACTIONS: dict[str, ActionSpec] = {}


def register(spec: ActionSpec) -> ActionSpec:
    ACTIONS[spec.name] = spec
    return spec


async def _get_appointments(ctx: ActionContext, p: s.GetAppointmentsParams) -> Outcome:
    rows = await ctx.adapter.appointments(ctx.patient(), include_past=p.include_past)
    return Outcome(
        s.AppointmentsResult(appointments=rows), "Appointment", details={"count": len(rows)}
    )


async def _get_availability(ctx: ActionContext, p: s.GetAvailabilityParams) -> Outcome:
    last = p.date_to or p.date_from + timedelta(days=6)
    start = max(datetime.combine(p.date_from, time(0), tzinfo=ctx.tz), utcnow())
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=ctx.tz)
    slots = await ctx.adapter.free_slots(
        start=start,
        end=end,
        practitioner_id=p.practitioner_id,
        specialty=p.specialty,
        limit=p.limit,
    )
    return Outcome(
        s.AvailabilityResult(slots=slots, timezone=ctx.tz.key),
        "Slot",
        details={"count": len(slots)},
    )


async def _create_appointment(ctx: ActionContext, p: s.CreateAppointmentParams) -> Outcome:
    booked = await ctx.adapter.book(patient_id=ctx.patient(), slot_id=p.slot_id, reason=p.reason)
    return Outcome(
        s.AppointmentResult(appointment=booked), "Appointment", booked.id, {"slot_id": p.slot_id}
    )


async def _cancel_appointment(ctx: ActionContext, p: s.CancelAppointmentParams) -> Outcome:
    cancelled = await ctx.adapter.cancel(
        patient_id=ctx.patient(), appointment_id=p.appointment_id, reason=p.reason
    )
    return Outcome(s.AppointmentResult(appointment=cancelled), "Appointment", cancelled.id)


async def _reschedule(ctx: ActionContext, p: s.RescheduleAppointmentParams) -> Outcome:
    moved, previous = await ctx.adapter.reschedule(
        patient_id=ctx.patient(), appointment_id=p.appointment_id, slot_id=p.slot_id
    )
    return Outcome(
        s.RescheduleResult(appointment=moved, previous_start=previous),
        "Appointment",
        moved.id,
        {"slot_id": p.slot_id},
    )


async def _check_insurance(ctx: ActionContext, p: s.CheckInsuranceParams) -> Outcome:
    coverages = await ctx.adapter.coverages(ctx.patient(), on=ctx.today)
    active = [c for c in coverages if c.active]
    service = None
    if p.service_type and active:
        service = await ctx.adapter.service_coverage(ctx.patient(), active[0].id, p.service_type)
    return Outcome(
        s.InsuranceResult(active=bool(active), coverages=coverages, service=service),
        "Coverage",
        active[0].id if active else None,
        {"active": bool(active), "service_type": p.service_type},
    )


async def _list_prescriptions(ctx: ActionContext, _p: s.NoParams) -> Outcome:
    rows = await ctx.adapter.prescriptions(ctx.patient(), on=ctx.today)
    return Outcome(
        s.PrescriptionsResult(prescriptions=rows), "MedicationRequest", details={"count": len(rows)}
    )


async def _request_refill(ctx: ActionContext, p: s.RefillParams) -> Outcome:
    rx, request_id = await ctx.adapter.request_refill(
        patient_id=ctx.patient(),
        prescription_id=p.prescription_id,
        on=ctx.today,
        requested_by=ctx.actor,
    )
    return Outcome(
        s.RefillResult(prescription=rx, refill_request_id=request_id),
        "MedicationRequest",
        rx.id,
        {"refill_request_id": request_id},
    )


async def _list_practitioners(ctx: ActionContext, p: s.ListPractitionersParams) -> Outcome:
    rows = await ctx.adapter.practitioners(p.specialty)
    return Outcome(
        s.PractitionersResult(practitioners=rows), "Practitioner", details={"count": len(rows)}
    )


for _spec in (
    ActionSpec(
        "get_appointments",
        "List the patient's upcoming appointments.",
        s.GetAppointmentsParams,
        s.AppointmentsResult,
        _get_appointments,
        write=False,
    ),
    ActionSpec(
        "get_availability",
        "Find free appointment slots between two dates, optionally for one practitioner "
        "or specialty.",
        s.GetAvailabilityParams,
        s.AvailabilityResult,
        _get_availability,
        write=False,
        patient_scoped=False,
    ),
    ActionSpec(
        "create_appointment",
        "Book a free slot for the patient. Only after the patient has confirmed.",
        s.CreateAppointmentParams,
        s.AppointmentResult,
        _create_appointment,
        write=True,
    ),
    ActionSpec(
        "cancel_appointment",
        "Cancel one of the patient's booked appointments. Only after the patient has confirmed.",
        s.CancelAppointmentParams,
        s.AppointmentResult,
        _cancel_appointment,
        write=True,
    ),
    ActionSpec(
        "reschedule_appointment",
        "Move one of the patient's appointments to another free slot. Only after the patient "
        "has confirmed.",
        s.RescheduleAppointmentParams,
        s.RescheduleResult,
        _reschedule,
        write=True,
    ),
    ActionSpec(
        "check_insurance",
        "The patient's insurance coverage, and what it covers for a type of service.",
        s.CheckInsuranceParams,
        s.InsuranceResult,
        _check_insurance,
        write=False,
    ),
    ActionSpec(
        "list_prescriptions",
        "The patient's prescriptions, with whether each can be refilled.",
        s.NoParams,
        s.PrescriptionsResult,
        _list_prescriptions,
        write=False,
    ),
    ActionSpec(
        "request_prescription_refill",
        "Request a refill of one of the patient's prescriptions. Only after the patient has "
        "confirmed.",
        s.RefillParams,
        s.RefillResult,
        _request_refill,
        write=True,
    ),
    ActionSpec(
        "list_practitioners",
        "The clinic's practitioners and their specialties.",
        s.ListPractitionersParams,
        s.PractitionersResult,
        _list_practitioners,
        write=False,
        patient_scoped=False,
    ),
):
    register(_spec)
