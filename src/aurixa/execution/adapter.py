"""The EHR seam: every action reads and writes records through an `EHRAdapter`.

`DatabaseAdapter` keeps the records in AURIXA's own tables; a FHIR adapter
implements the same protocol against a FHIR server. Adapters return the
schemas of `aurixa.execution.schemas`, never ORM rows, so the two stay
interchangeable. Transient failures (lost connections, lock timeouts,
serialization failures) surface as `TransientAdapterError`, which the service
layer retries.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from aurixa.core.errors import ServiceUnavailable
from aurixa.execution.schemas import (
    AppointmentOut,
    CoverageOut,
    PractitionerOut,
    PrescriptionOut,
    ServiceCoverage,
    SlotOut,
)


class TransientAdapterError(ServiceUnavailable):
    """The record system failed in a way that may succeed if tried again."""

    code = "ehr_unavailable"


class EHRAdapter(Protocol):
    async def patient_exists(self, patient_id: str) -> bool: ...

    async def practitioners(self, specialty: str | None) -> list[PractitionerOut]: ...

    async def free_slots(
        self,
        *,
        start: datetime,
        end: datetime,
        practitioner_id: str | None,
        specialty: str | None,
        limit: int,
    ) -> list[SlotOut]: ...

    async def appointments(
        self, patient_id: str, *, include_past: bool
    ) -> list[AppointmentOut]: ...

    async def book(self, *, patient_id: str, slot_id: str, reason: str) -> AppointmentOut: ...

    async def cancel(
        self, *, patient_id: str, appointment_id: str, reason: str | None
    ) -> AppointmentOut: ...

    async def reschedule(
        self, *, patient_id: str, appointment_id: str, slot_id: str
    ) -> tuple[AppointmentOut, datetime]: ...

    async def coverages(self, patient_id: str, *, on: date) -> list[CoverageOut]: ...

    async def service_coverage(
        self, patient_id: str, coverage_id: str, service_type: str
    ) -> ServiceCoverage: ...

    async def prescriptions(self, patient_id: str, *, on: date) -> list[PrescriptionOut]: ...

    async def request_refill(
        self, *, patient_id: str, prescription_id: str, on: date, requested_by: str
    ) -> tuple[PrescriptionOut, str]: ...
