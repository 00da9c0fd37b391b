"""The safety verdict, the tenant policy and the API shapes of the safety service."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Category(StrEnum):
    NONE = "none"
    EMERGENCY = "emergency"
    SELF_HARM = "self_harm"
    HARMFUL = "harmful_request"
    INJECTION = "prompt_injection"
    BLOCKED_TOPIC = "blocked_topic"
    OUT_OF_SCOPE = "out_of_scope"
    PII = "pii"
    DIAGNOSIS = "diagnosis"
    DOSING = "dosing"
    UNGROUNDED = "ungrounded"
    OTHER_PATIENT_PHI = "other_patient_phi"
    GUARDRAIL_ERROR = "guardrail_error"


class Severity(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


class Action(StrEnum):
    ALLOW = "allow"
    REDACT = "redact"
    MODIFY = "modify"
    REDIRECT = "redirect"
    REFUSE = "refuse"
    BLOCK = "block"
    FALLBACK = "fallback"
    CRISIS_REPLY = "crisis_reply"
    EMERGENCY_REPLY = "emergency_reply"


# Life-safety checks cannot be switched off by a tenant: the cost of a miss is a life.
ALWAYS_ON = frozenset({Category.EMERGENCY, Category.SELF_HARM, Category.GUARDRAIL_ERROR})
TOGGLEABLE = frozenset(
    {
        Category.HARMFUL,
        Category.INJECTION,
        Category.OUT_OF_SCOPE,
        Category.PII,
        Category.DIAGNOSIS,
        Category.DOSING,
        Category.UNGROUNDED,
        Category.OTHER_PATIENT_PHI,
    }
)


class SafetyPolicy(BaseModel):
    """A tenant's safety settings, stored in the tenant's settings JSON."""

    model_config = ConfigDict(extra="forbid")

    categories: dict[str, bool] = Field(
        default_factory=dict,
        description="category -> enabled; unlisted categories are on",
    )
    emergency_number: str = Field(default="911", min_length=2, max_length=20)
    crisis_line: str = Field(default="988", min_length=2, max_length=40)
    disclaimer: str | None = Field(default=None, max_length=1000)
    blocked_topics: list[str] = Field(default_factory=list, max_length=200)

    @field_validator("categories")
    @classmethod
    def _known_and_allowed(cls, value: dict[str, bool]) -> dict[str, bool]:
        for name, enabled in value.items():
            if name in {c.value for c in ALWAYS_ON}:
                if not enabled:
                    raise ValueError(f"category {name!r} is a life-safety check and stays on")
            elif name not in {c.value for c in TOGGLEABLE}:
                raise ValueError(f"unknown category {name!r}")
        return value

    @field_validator("blocked_topics")
    @classmethod
    def _clean_topics(cls, value: list[str]) -> list[str]:
        topics = [t.strip() for t in value if t.strip()]
        if any(len(t) > 100 for t in topics):
            raise ValueError("a blocked topic is at most 100 characters")
        return topics

    def enabled(self, category: Category) -> bool:
        return category in ALWAYS_ON or self.categories.get(category.value, True)


class SafetyVerdict(BaseModel):
    """The outcome of one input or output check."""

    allowed: bool
    requires_escalation: bool = False
    category: Category = Category.NONE
    severity: Severity = Severity.NONE
    evidence: list[str] = Field(default_factory=list)
    redacted_text: str
    action: Action = Action.ALLOW
    # Every category that fired, strongest first (the top one is `category`).
    categories: list[Category] = Field(default_factory=list)
    subtype: str | None = None
    language: Literal["en", "es"] = "en"


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=20_000)
    direction: Literal["input", "output"] = "input"
    sources: list[str] | None = Field(default=None, max_length=50)
    other_patient_identifiers: list[str] = Field(default_factory=list, max_length=200)
    conversation_id: str | None = Field(default=None, max_length=36)
    patient_id: str | None = Field(default=None, max_length=36)
    append_disclaimer: bool = True


class CheckResponse(BaseModel):
    allowed: bool
    requires_escalation: bool
    category: Category
    severity: Severity
    evidence: list[str]
    redacted_text: str
    action: Action
    # The deterministic reply for a message that must not reach a model
    # (emergency, crisis, refusal, redirect, fallback); None when allowed.
    reply: str | None = None
    language: Literal["en", "es"] = "en"
    escalation_id: str | None = None


EscalationStatus = Literal["open", "acknowledged", "resolved"]


class EscalationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: str = Field(min_length=1, max_length=40, pattern=r"^[a-z_]+$")
    severity: Severity = Severity.HIGH
    summary: str = Field(min_length=1, max_length=4000)
    conversation_id: str | None = Field(default=None, max_length=36)
    patient_id: str | None = Field(default=None, max_length=36)
    evidence: list[str] = Field(default_factory=list, max_length=50)


class EscalationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["acknowledged", "resolved"]
    note: str | None = Field(default=None, max_length=2000)


class EscalationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    tenant_id: str
    conversation_id: str | None
    patient_id: str | None
    category: str
    severity: str
    status: str
    summary: str
    evidence: list[Any]
    details: dict[str, Any]
    acknowledged_by: str | None
    resolved_at: datetime | None
    created_at: datetime
    updated_at: datetime


class EscalationPage(BaseModel):
    items: list[EscalationRead]
    total: int
    limit: int
    offset: int
