"""Typed parameters and results of the execution actions (API.md).

Parameter models never carry `patient_id`: the patient comes from the caller's
credentials (patient keys) or from the request envelope (staff), so a model
that fills in tool arguments cannot choose whose record it touches.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ServiceType = Literal[
    "primary_care",
    "specialist",
    "lab",
    "imaging",
    "physical_therapy",
    "mental_health",
    "telehealth",
]
SERVICE_TYPES: tuple[str, ...] = ServiceType.__args__  # type: ignore[attr-defined]
MAX_SEARCH_DAYS = 31


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class NoParams(Params):
    pass


class GetAppointmentsParams(Params):
    include_past: bool = Field(False, description="Also list past and cancelled appointments.")


class GetAvailabilityParams(Params):
    date_from: date = Field(description="First day to search (clinic local date).")
    date_to: date | None = Field(
        None, description="Last day to search, inclusive; defaults to six days after date_from."
    )
    practitioner_id: str | None = Field(None, max_length=36)
    specialty: str | None = Field(None, max_length=100, description="e.g. 'family medicine'.")
    limit: int = Field(50, ge=1, le=200)

    @model_validator(mode="after")
    def _range(self) -> GetAvailabilityParams:
        if self.date_to is not None:
            if self.date_to < self.date_from:
                raise ValueError("date_to must not be before date_from")
            if (self.date_to - self.date_from).days > MAX_SEARCH_DAYS:
                raise ValueError(f"search at most {MAX_SEARCH_DAYS} days at once")
        return self


class CreateAppointmentParams(Params):
    slot_id: str = Field(min_length=1, max_length=36, description="A free slot's id.")
    reason: str = Field(min_length=1, max_length=500, description="The reason for the visit.")


class CancelAppointmentParams(Params):
    appointment_id: str = Field(min_length=1, max_length=36)
    reason: str | None = Field(None, max_length=500)


class RescheduleAppointmentParams(Params):
    appointment_id: str = Field(min_length=1, max_length=36)
    slot_id: str = Field(min_length=1, max_length=36, description="The new free slot's id.")


class CheckInsuranceParams(Params):
    service_type: ServiceType | None = Field(
        None, description="The kind of visit to check coverage for."
    )


class RefillParams(Params):
    prescription_id: str = Field(min_length=1, max_length=36)


class ListPractitionersParams(Params):
    specialty: str | None = Field(None, max_length=100)


class PractitionerOut(BaseModel):
    id: str
    name: str
    specialty: str
    location: str | None = None
    telehealth: bool = False


class SlotOut(BaseModel):
    id: str
    practitioner_id: str
    practitioner_name: str
    specialty: str
    start: datetime
    end: datetime
    service_type: str | None = None
    location: str | None = None


class AppointmentOut(BaseModel):
    id: str
    status: str
    practitioner_id: str
    practitioner_name: str
    specialty: str
    start: datetime
    end: datetime
    reason: str | None = None
    slot_id: str | None = None


class CoverageOut(BaseModel):
    id: str
    payor: str
    plan_name: str
    subscriber_id: str
    status: str
    active: bool
    period_start: date | None = None
    period_end: date | None = None
    copay_primary_care: float | None = None
    copay_specialist: float | None = None
    deductible_remaining: float | None = None


class ServiceCoverage(BaseModel):
    service_type: str
    covered: bool
    copay: float | None = None
    prior_authorization: bool = False


class PrescriptionOut(BaseModel):
    id: str
    medication: str
    dosage_instruction: str | None = None
    status: str
    authored_on: date
    validity_end: date | None = None
    refills_remaining: int
    refillable: bool
    not_refillable_reason: str | None = None
    last_refill_requested_at: datetime | None = None
    refill_pending: bool = False


class AppointmentsResult(BaseModel):
    appointments: list[AppointmentOut]


class AvailabilityResult(BaseModel):
    slots: list[SlotOut]
    timezone: str


class AppointmentResult(BaseModel):
    appointment: AppointmentOut


class RescheduleResult(BaseModel):
    appointment: AppointmentOut
    previous_start: datetime


class InsuranceResult(BaseModel):
    active: bool
    coverages: list[CoverageOut]
    service: ServiceCoverage | None = None


class PrescriptionsResult(BaseModel):
    prescriptions: list[PrescriptionOut]


class RefillResult(BaseModel):
    prescription: PrescriptionOut
    refill_request_id: str
    refill_status: Literal["requested"] = "requested"


class PractitionersResult(BaseModel):
    practitioners: list[PractitionerOut]


class ActionResult(BaseModel):
    """The answer of `POST /api/v1/execution/actions/{action}`."""

    action: str
    result: dict[str, Any]
    replayed: bool = False


class ActionInfo(BaseModel):
    name: str
    description: str
    write: bool
    patient_scoped: bool
    parameters: dict[str, Any]


class ActionList(BaseModel):
    actions: list[ActionInfo]
