"""Typed client of the observability service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from aurixa.core.clients import ServiceClient
from aurixa.observability.router import run_record_batch
from aurixa.observability.schemas import (
    PerformanceReport,
    TelemetryAccepted,
    TelemetryBatch,
    TelemetryEventIn,
)


class ObservabilityClient(ServiceClient):
    service = "observability"

    async def emit(self, events: Sequence[TelemetryEventIn]) -> TelemetryAccepted:
        """Send a batch now. Pipelines do not call this per step: they put events
        on the process's `TelemetryEmitter`, which batches in the background."""
        if self.direct:
            return await self._local(run_record_batch, lambda: TelemetryBatch(events=list(events)))
        batch = TelemetryBatch(events=list(events))
        return await self._call(
            "POST",
            "/api/v1/telemetry/batch",
            TelemetryAccepted,
            json=batch.model_dump(mode="json"),
        )

    async def performance(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        tenant_id: str | None = None,
        service: str | None = None,
    ) -> PerformanceReport:
        params: dict[str, Any] = {}
        if since is not None:
            params["since"] = since.isoformat()
        if until is not None:
            params["until"] = until.isoformat()
        if tenant_id is not None:
            params["tenant_id"] = tenant_id
        if service is not None:
            params["service"] = service
        return await self._call(
            "GET", "/api/v1/reports/performance", PerformanceReport, params=params
        )
