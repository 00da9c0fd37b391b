"""Telemetry events: one per pipeline step or model call, never with PHI."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from aurixa.core.db import Base, IdMixin, utcnow


class TelemetryEvent(IdMixin, Base):
    __tablename__ = "telemetry_events"
    __table_args__ = (Index("ix_telemetry_events_service_recorded", "service", "recorded_at"),)

    tenant_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("tenants.id", ondelete="CASCADE"), index=True
    )
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    service: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(64))
    latency_ms: Mapped[float]
    outcome: Mapped[str] = mapped_column(String(20), default="ok")
    provider: Mapped[str | None] = mapped_column(String(50))
    model: Mapped[str | None] = mapped_column(String(100))
    input_tokens: Mapped[int] = mapped_column(default=0)
    output_tokens: Mapped[int] = mapped_column(default=0)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(12, 6), default=Decimal(0))
    request_id: Mapped[str | None] = mapped_column(String(64))
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
