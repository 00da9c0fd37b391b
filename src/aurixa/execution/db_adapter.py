"""`EHRAdapter` over AURIXA's own tables, scoped to one tenant.

Double booking is decided by the database: a booking first flips the slot with
`UPDATE ... WHERE status = 'free'` (only one concurrent writer sees a row
change), and the partial unique index `uq_appointments_live_slot` refuses a
second live appointment on one slot even if that step were bypassed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar, TypeVarTuple

from sqlalchemy import Select, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.db import utcnow
from aurixa.core.errors import Conflict, NotFound
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.adapter import TransientAdapterError
from aurixa.execution.convert import (
    appointment_out,
    coverage_active,
    money,
    practitioner_name,
    practitioner_out,
    prescription_out,
    refill_refusal,
)
from aurixa.execution.models import (
    Appointment,
    AvailabilitySlot,
    Patient,
    PatientInsurance,
    Practitioner,
    Prescription,
    RefillRequest,
)
from aurixa.execution.schemas import (
    AppointmentOut,
    CoverageOut,
    PractitionerOut,
    PrescriptionOut,
    ServiceCoverage,
    SlotOut,
)

M = TypeVar("M")
Ts = TypeVarTuple("Ts")

# SQLSTATEs worth another try: serialization failure, deadlock, lock timeout.
_TRANSIENT_SQLSTATES = {"40001", "40P01", "55P03"}


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, OperationalError):
        return True
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return sqlstate in _TRANSIENT_SQLSTATES


class DatabaseAdapter:
    def __init__(self, session: AsyncSession, tenant_id: str) -> None:
        self.session = session
        self.tenant_id = tenant_id

    async def _get(self, model: type[M], id_: str, label: str, field: str) -> M:
        try:
            return await get_scoped(self.session, model, id_, self.tenant_id, label=label)
        except NotFound as exc:
            raise NotFound(exc.message, field=field) from None

    def _q(self, statement: Select[*Ts], model: type[Any]) -> Select[*Ts]:
        return scoped(statement, model, self.tenant_id)

    async def patient_exists(self, patient_id: str) -> bool:
        found = await self.session.scalar(
            self._q(select(Patient.id), Patient).where(Patient.id == patient_id)
        )
        return found is not None

    async def practitioners(self, specialty: str | None) -> list[PractitionerOut]:
        stmt = self._q(select(Practitioner), Practitioner).where(Practitioner.active.is_(True))
        if specialty:
            stmt = stmt.where(Practitioner.specialty.ilike(specialty.strip()))
        rows = await self.session.scalars(stmt.order_by(Practitioner.family_name))
        return [practitioner_out(p) for p in rows]

    async def free_slots(
        self,
        *,
        start: datetime,
        end: datetime,
        practitioner_id: str | None,
        specialty: str | None,
        limit: int,
    ) -> list[SlotOut]:
        stmt = (
            self._q(select(AvailabilitySlot, Practitioner), AvailabilitySlot)
            .join(Practitioner, Practitioner.id == AvailabilitySlot.practitioner_id)
            .where(
                AvailabilitySlot.status == "free",
                AvailabilitySlot.start >= start,
                AvailabilitySlot.start < end,
                Practitioner.active.is_(True),
            )
        )
        if practitioner_id:
            stmt = stmt.where(AvailabilitySlot.practitioner_id == practitioner_id)
        if specialty:
            stmt = stmt.where(Practitioner.specialty.ilike(specialty.strip()))
        stmt = stmt.order_by(AvailabilitySlot.start, Practitioner.family_name).limit(limit)
        rows = (await self.session.execute(stmt)).all()
        return [
            SlotOut(
                id=slot.id,
                practitioner_id=p.id,
                practitioner_name=practitioner_name(p),
                specialty=p.specialty,
                start=slot.start,
                end=slot.end,
                service_type=slot.service_type,
                location=p.location,
            )
            for slot, p in rows
        ]

    async def appointments(self, patient_id: str, *, include_past: bool) -> list[AppointmentOut]:
        stmt = (
            self._q(select(Appointment, Practitioner), Appointment)
            .join(Practitioner, Practitioner.id == Appointment.practitioner_id)
            .where(Appointment.patient_id == patient_id)
        )
        if not include_past:
            stmt = stmt.where(Appointment.status == "booked", Appointment.start >= utcnow())
        rows = (await self.session.execute(stmt.order_by(Appointment.start))).all()
        return [appointment_out(a, p) for a, p in rows]

    async def _claim_slot(self, slot_id: str) -> AvailabilitySlot:
        """Flip a free slot to busy, or say why it cannot be had."""
        claimed = await self.session.execute(
            update(AvailabilitySlot)
            .where(
                AvailabilitySlot.id == slot_id,
                AvailabilitySlot.tenant_id == self.tenant_id,
                AvailabilitySlot.status == "free",
            )
            .values(status="busy")
            .execution_options(synchronize_session=False)
        )
        slot = await self._get(AvailabilitySlot, slot_id, "slot", "slot_id")
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict(f"slot {slot_id} is already taken", field="slot_id")
        await self.session.refresh(slot)
        if slot.start <= utcnow():
            raise Conflict(f"slot {slot_id} is in the past", field="slot_id")
        return slot

    async def _insert_live(self, appointment: Appointment) -> None:
        try:
            async with self.session.begin_nested():
                self.session.add(appointment)
        except IntegrityError as exc:
            raise Conflict("slot is already taken", field="slot_id") from exc

    async def book(self, *, patient_id: str, slot_id: str, reason: str) -> AppointmentOut:
        slot = await self._claim_slot(slot_id)
        practitioner = await get_scoped(
            self.session, Practitioner, slot.practitioner_id, self.tenant_id
        )
        appointment = Appointment(
            tenant_id=self.tenant_id,
            patient_id=patient_id,
            practitioner_id=practitioner.id,
            slot_id=slot.id,
            status="booked",
            start=slot.start,
            end=slot.end,
            reason=reason,
        )
        await self._insert_live(appointment)
        return appointment_out(appointment, practitioner)

    async def _own_appointment(self, patient_id: str, appointment_id: str) -> Appointment:
        appointment = await self._get(Appointment, appointment_id, "appointment", "appointment_id")
        if appointment.patient_id != patient_id:  # another patient's: as if missing
            raise NotFound(f"appointment {appointment_id} not found", field="appointment_id")
        return appointment

    async def _release_slot(self, slot_id: str | None) -> None:
        if slot_id is None:
            return
        await self.session.execute(
            update(AvailabilitySlot)
            .where(AvailabilitySlot.id == slot_id, AvailabilitySlot.tenant_id == self.tenant_id)
            .values(status="free")
            .execution_options(synchronize_session=False)
        )

    async def cancel(
        self, *, patient_id: str, appointment_id: str, reason: str | None
    ) -> AppointmentOut:
        appointment = await self._own_appointment(patient_id, appointment_id)
        # Conditional, so two concurrent cancellations cannot both succeed.
        changed = await self.session.execute(
            update(Appointment)
            .where(Appointment.id == appointment.id, Appointment.status == "booked")
            .values(status="cancelled", cancelation_reason=reason, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict(
                f"appointment {appointment_id} is already {appointment.status}",
                field="appointment_id",
            )
        await self._release_slot(appointment.slot_id)
        await self.session.refresh(appointment)
        practitioner = await get_scoped(
            self.session, Practitioner, appointment.practitioner_id, self.tenant_id
        )
        return appointment_out(appointment, practitioner)

    async def reschedule(
        self, *, patient_id: str, appointment_id: str, slot_id: str
    ) -> tuple[AppointmentOut, datetime]:
        appointment = await self._own_appointment(patient_id, appointment_id)
        if appointment.status != "booked":
            raise Conflict(
                f"appointment {appointment_id} is {appointment.status}", field="appointment_id"
            )
        if appointment.slot_id == slot_id:
            raise Conflict("the appointment is already in that slot", field="slot_id")
        slot = await self._claim_slot(slot_id)
        previous_start, old_slot = appointment.start, appointment.slot_id
        practitioner = await get_scoped(
            self.session, Practitioner, slot.practitioner_id, self.tenant_id
        )
        appointment.slot_id = slot.id
        appointment.start, appointment.end = slot.start, slot.end
        appointment.practitioner_id = practitioner.id
        try:
            async with self.session.begin_nested():
                await self.session.flush()
        except IntegrityError as exc:
            raise Conflict("slot is already taken", field="slot_id") from exc
        await self._release_slot(old_slot)
        return appointment_out(appointment, practitioner), previous_start

    async def _coverage_rows(self, patient_id: str) -> list[PatientInsurance]:
        stmt = self._q(select(PatientInsurance), PatientInsurance).where(
            PatientInsurance.patient_id == patient_id
        )
        return list(await self.session.scalars(stmt.order_by(PatientInsurance.period_start)))

    async def coverages(self, patient_id: str, *, on: date) -> list[CoverageOut]:
        return [
            CoverageOut(
                id=c.id,
                payor=c.payor,
                plan_name=c.plan_name,
                subscriber_id=c.subscriber_id,
                status=c.status,
                active=coverage_active(c, on),
                period_start=c.period_start,
                period_end=c.period_end,
                copay_primary_care=money(c.copay_primary_care),
                copay_specialist=money(c.copay_specialist),
                deductible_remaining=money(c.deductible_remaining),
            )
            for c in await self._coverage_rows(patient_id)
        ]

    async def service_coverage(
        self, patient_id: str, coverage_id: str, service_type: str
    ) -> ServiceCoverage:
        row = await get_scoped(self.session, PatientInsurance, coverage_id, self.tenant_id)
        entry = (row.covered_services or {}).get(service_type) or {}
        covered = bool(entry.get("covered", False))
        copay = entry.get("copay")
        return ServiceCoverage(
            service_type=service_type,
            covered=covered,
            copay=float(copay) if covered and copay is not None else None,
            prior_authorization=bool(entry.get("prior_authorization", False)),
        )

    async def prescriptions(self, patient_id: str, *, on: date) -> list[PrescriptionOut]:
        stmt = self._q(select(Prescription), Prescription).where(
            Prescription.patient_id == patient_id
        )
        rows = list(await self.session.scalars(stmt.order_by(Prescription.medication)))
        open_requests = await self._open_requests([rx.id for rx in rows])
        return [prescription_out(rx, on, open_requests.get(rx.id)) for rx in rows]

    async def _open_requests(self, prescription_ids: list[str]) -> dict[str, datetime]:
        if not prescription_ids:
            return {}
        stmt = self._q(
            select(RefillRequest.prescription_id, RefillRequest.created_at), RefillRequest
        ).where(
            RefillRequest.prescription_id.in_(prescription_ids),
            RefillRequest.status == "requested",
        )
        return {pid: at for pid, at in (await self.session.execute(stmt)).all()}

    async def request_refill(
        self, *, patient_id: str, prescription_id: str, on: date, requested_by: str
    ) -> tuple[PrescriptionOut, str]:
        rx = await self._get(Prescription, prescription_id, "prescription", "prescription_id")
        if rx.patient_id != patient_id:
            raise NotFound(f"prescription {prescription_id} not found", field="prescription_id")
        open_since = (await self._open_requests([rx.id])).get(rx.id)
        refusal = refill_refusal(rx, on, open_since)
        if refusal is not None:
            raise Conflict(f"cannot refill: {refusal}", field="prescription_id")
        # Conditional decrement: concurrent requests cannot spend the same refill twice.
        changed = await self.session.execute(
            update(Prescription)
            .where(Prescription.id == rx.id, Prescription.refills_remaining > 0)
            .values(
                refills_remaining=Prescription.refills_remaining - 1,
                last_refill_requested_at=utcnow(),
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict("cannot refill: no refills are left", field="prescription_id")
        request = RefillRequest(
            tenant_id=self.tenant_id,
            prescription_id=rx.id,
            patient_id=patient_id,
            status="requested",
            requested_by=requested_by,
        )
        try:
            async with self.session.begin_nested():
                self.session.add(request)
        except IntegrityError as exc:
            raise Conflict(
                "cannot refill: a refill of this prescription is already being processed",
                field="prescription_id",
            ) from exc
        await self.session.refresh(rx)
        return prescription_out(rx, on, request.created_at), request.id


def translate(exc: BaseException) -> BaseException:
    """Our error for a database failure: transient ones are retryable."""
    if is_transient(exc):
        return TransientAdapterError("the record system is temporarily unavailable")
    return exc
