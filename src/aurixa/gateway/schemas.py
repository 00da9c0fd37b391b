"""Request and response bodies of the gateway's admin, auth and audit API."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar
from zoneinfo import available_timezones

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints, field_validator

from aurixa.core.auth import Role, StaffRole

SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=63)]
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9+()\-. ]{2,40}$")]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
ModelName = Annotated[str, StringConstraints(min_length=1, max_length=200)]
# Argon2 hashes any length, but hashing megabytes per attempt would be a cheap attack.
Password = Annotated[str, StringConstraints(min_length=10, max_length=256)]


# PostgreSQL text cannot hold NUL, and a lone surrogate cannot be encoded as
# UTF-8: both would fail at the database as a 500, so they are refused here.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _unstorable(value: Any) -> bool:
    if isinstance(value, str):
        return _UNSTORABLE.search(value) is not None
    if isinstance(value, list):
        return any(_unstorable(v) for v in value)
    if isinstance(value, dict):
        return any(_unstorable(k) or _unstorable(v) for k, v in value.items())
    return False


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        if _unstorable(value):
            raise ValueError("text must not contain NUL or unpaired surrogate characters")
        return value


class TenantSettings(Strict):
    """The tenant policy keys other services read. Unknown keys are refused so
    a typo never silently does nothing."""

    rate_limit_per_minute: int | None = Field(None, ge=1, le=1_000_000)
    emergency_number: Phone | None = None
    crisis_line: Phone | None = None
    allowed_models: list[ModelName] | None = Field(None, max_length=100)
    monthly_budget_usd: float | None = Field(None, ge=0, le=10_000_000, allow_inf_nan=False)
    allowed_providers: list[ModelName] | None = Field(None, max_length=20)
    max_tier: int | None = Field(None, ge=1, le=3)
    agent_planner: Literal["dialogue", "llm"] | None = None
    timezone: str | None = Field(None, max_length=64)
    front_desk_phone: Phone | None = None
    scheduling_phone: Phone | None = None
    nurse_line: Phone | None = None
    billing_phone: Phone | None = None
    pharmacy_phone: Phone | None = None
    address: ShortText | None = None
    website: ShortText | None = None
    clinic_hours: ShortText | None = None

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str | None) -> str | None:
        if value is not None and value not in available_timezones():
            raise ValueError("not an IANA time zone name, e.g. 'America/New_York'")
        return value

    def present(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True, mode="json")


class TenantCreate(Strict):
    name: Name
    slug: Slug
    settings: TenantSettings = Field(default_factory=TenantSettings)


class TenantUpdate(Strict):
    """Settings are merged key by key; a key set to null is removed."""

    name: Name | None = None
    active: bool | None = None
    settings: TenantSettings | None = None


class TenantRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    slug: str
    name: str
    active: bool
    settings: dict[str, Any]
    created_at: datetime


class PatientCreate(Strict):
    tenant_id: Id | None = None
    given_name: PersonName
    family_name: PersonName
    birth_date: date
    gender: Literal["male", "female", "other", "unknown"] | None = None
    phone: Phone | None = None
    email: EmailStr | None = None
    identifier: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    communication_language: Language = "en"

    @field_validator("birth_date")
    @classmethod
    def _plausible(cls, value: date) -> date:
        if value > date.today() or value.year < 1880:
            raise ValueError("birth_date must be in the past (and after 1880)")
        return value


class PatientRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    tenant_id: str
    identifier: str | None
    given_name: str
    family_name: str
    birth_date: date
    gender: str | None
    phone: str | None
    email: str | None
    communication_language: str
    active: bool
    created_at: datetime


class ApiKeyCreate(Strict):
    tenant_id: Id | None = None
    role: Role
    staff_role: StaffRole | None = None
    patient_id: Id | None = None
    name: Name | None = None


class ApiKeyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    tenant_id: str
    prefix: str
    name: str | None
    role: str
    staff_role: str | None
    patient_id: str | None
    created_by: str | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(BaseModel):
    """The only answer that ever contains the key itself."""

    id: str
    tenant_id: str
    prefix: str
    key: str
    role: str
    staff_role: str | None
    patient_id: str | None


class UserCreate(Strict):
    tenant_id: Id | None = None
    email: EmailStr
    full_name: Name
    password: Password
    role: Role
    staff_role: StaffRole | None = None
    patient_id: Id | None = None


class UserUpdate(Strict):
    full_name: Name | None = None
    password: Password | None = None
    active: bool | None = None
    staff_role: StaffRole | None = None


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    tenant_id: str
    email: str
    full_name: str
    role: str
    staff_role: str | None
    patient_id: str | None
    active: bool
    created_at: datetime
    last_login_at: datetime | None


class LoginRequest(Strict):
    email: Annotated[str, StringConstraints(min_length=3, max_length=254)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=256)]


class Me(BaseModel):
    tenant_id: str
    role: str
    actor: str
    staff_role: str | None
    patient_id: str | None
    user_id: str | None
    csrf_token: str | None = None


class AuditRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    tenant_id: str
    recorded_at: datetime
    actor: str
    role: str
    action: str
    resource_type: str
    resource_id: str | None
    patient_id: str | None
    request_id: str | None
    outcome: str
    details: dict[str, Any]


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
