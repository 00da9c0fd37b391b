"""The telemetry event and the performance report (API.md: `/api/v1/telemetry`,
`/api/v1/reports/performance`). Events carry numbers and names only, never PHI."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Outcome = Literal["ok", "error", "degraded", "blocked", "escalated", "timeout"]

# Attributes are free-form, so they are limited to scalars with short names: a
# step can say "cached": true or "results": 5, not carry a message text.
_MAX_ATTRIBUTE_TEXT = 64


class TelemetryEventIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    service: str = Field(min_length=1, max_length=40, pattern=r"^[a-z_]+$")
    step: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_.:-]+$")
    latency_ms: float = Field(ge=0, le=3_600_000)
    outcome: Outcome = "ok"
    provider: str | None = Field(default=None, max_length=50)
    model: str | None = Field(default=None, max_length=100)
    input_tokens: int = Field(default=0, ge=0)
    output_tokens: int = Field(default=0, ge=0)
    cost_usd: float = Field(default=0.0, ge=0)
    tenant_id: str | None = Field(default=None, max_length=36)
    request_id: str | None = Field(default=None, max_length=64)
    recorded_at: datetime | None = None
    attributes: dict[str, str | int | float | bool | None] = Field(
        default_factory=dict, max_length=20
    )

    @field_validator("attributes")
    @classmethod
    def _short_scalars(
        cls, value: dict[str, str | int | float | bool | None]
    ) -> dict[str, str | int | float | bool | None]:
        for key, item in value.items():
            if len(key) > 40:
                raise ValueError(f"attribute name {key[:40]!r}... is longer than 40 characters")
            if isinstance(item, str) and len(item) > _MAX_ATTRIBUTE_TEXT:
                raise ValueError(
                    f"attribute {key!r} is longer than {_MAX_ATTRIBUTE_TEXT} characters"
                )
        return value


class TelemetryBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    events: list[TelemetryEventIn] = Field(min_length=1, max_length=1000)


class TelemetryAccepted(BaseModel):
    accepted: int


class LatencyStats(BaseModel):
    count: int
    errors: int
    error_rate: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    mean_ms: float


class ServiceStats(LatencyStats):
    service: str
    steps: dict[str, LatencyStats] = Field(default_factory=dict)


class CostLine(BaseModel):
    provider: str
    model: str
    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: float


class TenantStats(LatencyStats):
    tenant_id: str
    cost_usd: float


class PerformanceReport(BaseModel):
    since: datetime
    until: datetime
    tenant_id: str | None
    events: int
    services: list[ServiceStats]
    cost: list[CostLine]
    total_cost_usd: float
    tenants: list[TenantStats]


def as_row(event: TelemetryEventIn) -> dict[str, Any]:
    """Column values for one `telemetry_events` row."""
    data = event.model_dump(exclude={"recorded_at"})
    if event.recorded_at is not None:
        data["recorded_at"] = event.recorded_at
    return data
