"""Clinical-administrative records. Field names follow FHIR R4 (Patient,
Practitioner, Slot, Appointment, Coverage, MedicationRequest) so the FHIR views
and adapters stay thin."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from aurixa.core.db import Base, IdMixin, TenantMixin, TimestampMixin, utcnow


class Patient(IdMixin, TimestampMixin, TenantMixin, Base):
    __tablename__ = "patients"

    identifier: Mapped[str | None] = mapped_column(String(64))  # medical record number
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date]
    gender: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    address_line: Mapped[str | None] = mapped_column(String(200))
    address_city: Mapped[str | None] = mapped_column(String(100))
    address_postal_code: Mapped[str | None] = mapped_column(String(20))
    communication_language: Mapped[str] = mapped_column(String(10), default="en")
    active: Mapped[bool] = mapped_column(default=True)


class Practitioner(IdMixin, TimestampMixin, TenantMixin, Base):
    __tablename__ = "practitioners"

    prefix: Mapped[str | None] = mapped_column(String(20))
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    specialty: Mapped[str] = mapped_column(String(100), index=True)
    location: Mapped[str | None] = mapped_column(String(200))
    telehealth: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class AvailabilitySlot(IdMixin, TenantMixin, Base):
    """FHIR Slot: a bookable period of one practitioner."""

    __tablename__ = "availability_slots"
    __table_args__ = (
        Index("ix_availability_slots_tenant_start", "tenant_id", "start"),
        UniqueConstraint("practitioner_id", "start"),
    )

    practitioner_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("practitioners.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[datetime]
    end: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default="free")  # free | busy
    service_type: Mapped[str | None] = mapped_column(String(100))


class Appointment(IdMixin, TimestampMixin, TenantMixin, Base):
    __tablename__ = "appointments"
    __table_args__ = (
        # At most one live appointment per slot: the database, not luck, decides a race.
        Index(
            "uq_appointments_live_slot",
            "slot_id",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
    )

    patient_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    practitioner_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("practitioners.id", ondelete="CASCADE")
    )
    slot_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("availability_slots.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), default="booked")
    start: Mapped[datetime]
    end: Mapped[datetime]
    reason: Mapped[str | None] = mapped_column(Text)  # FHIR reasonCode.text
    cancelation_reason: Mapped[str | None] = mapped_column(Text)


class PatientInsurance(IdMixin, TimestampMixin, TenantMixin, Base):
    """FHIR Coverage."""

    __tablename__ = "patient_insurance"

    patient_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    payor: Mapped[str] = mapped_column(String(200))
    plan_name: Mapped[str] = mapped_column(String(200))
    subscriber_id: Mapped[str] = mapped_column(String(64))  # member number
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | cancelled
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    copay_primary_care: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    copay_specialist: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    deductible_remaining: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    covered_services: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Prescription(IdMixin, TimestampMixin, TenantMixin, Base):
    """FHIR MedicationRequest."""

    __tablename__ = "prescriptions"

    patient_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    requester_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("practitioners.id", ondelete="SET NULL")
    )
    medication: Mapped[str] = mapped_column(String(200))
    dosage_instruction: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="active")
    authored_on: Mapped[date]
    validity_end: Mapped[date | None]
    refills_remaining: Mapped[int] = mapped_column(default=0)
    last_refill_requested_at: Mapped[datetime | None]


class IdempotencyRecord(IdMixin, TenantMixin, Base):
    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("tenant_id", "key"),)

    key: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(default=200)
    response: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class RefillRequest(IdMixin, TimestampMixin, TenantMixin, Base):
    """A patient's request to refill a prescription, for the clinic to process.

    At most one open request per prescription: a repeated request (a double
    click, a retried message) is refused by the database, not by luck.
    """

    __tablename__ = "refill_requests"
    __table_args__ = (
        Index(
            "uq_refill_requests_open",
            "prescription_id",
            unique=True,
            sqlite_where=text("status = 'requested'"),
            postgresql_where=text("status = 'requested'"),
        ),
    )

    prescription_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("prescriptions.id", ondelete="CASCADE"), index=True
    )
    patient_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(
        String(20), default="requested"
    )  # requested | done | denied
    requested_by: Mapped[str] = mapped_column(String(254))
    note: Mapped[str | None] = mapped_column(Text)
