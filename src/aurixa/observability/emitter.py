"""The process-side telemetry buffer: steps `emit` without waiting, a background
task sends batches to the observability service (in process or over HTTP).

If the observability service is down the batch is dropped and counted; a turn
never waits for, or fails because of, telemetry.
"""

from __future__ import annotations

from collections import defaultdict

from fastapi import FastAPI

from aurixa.core.auth import Principal, Role
from aurixa.observability.batching import BatchQueue
from aurixa.observability.client import ObservabilityClient
from aurixa.observability.schemas import TelemetryEventIn

# The identity background batches are signed with; one tenant per batch, so
# the observability service can check every event against it.
_ACTOR = "service:telemetry"
_NO_TENANT = "platform"


class TelemetryEmitter:
    def __init__(self, app: FastAPI, *, batch_size: int = 500, interval: float = 0.5) -> None:
        self._app = app
        self.queue: BatchQueue[TelemetryEventIn] = BatchQueue(
            "emitter", self._send, batch_size=batch_size, interval=interval
        )

    def emit(self, event: TelemetryEventIn) -> None:
        self.queue.put(event)

    async def _send(self, events: list[TelemetryEventIn]) -> None:
        by_tenant: dict[str | None, list[TelemetryEventIn]] = defaultdict(list)
        for event in events:
            by_tenant[event.tenant_id].append(event)
        for tenant_id, group in by_tenant.items():
            principal = Principal(tenant_id=tenant_id or _NO_TENANT, role=Role.ADMIN, actor=_ACTOR)
            await ObservabilityClient.from_app(self._app, principal).emit(group)

    def start(self) -> None:
        self.queue.start()

    async def flush(self) -> None:
        await self.queue.flush()

    async def stop(self) -> None:
        await self.queue.stop()


def get_emitter(app: FastAPI) -> TelemetryEmitter:
    """The process's emitter, created on first use and stopped on shutdown by
    whichever service's lifecycle started it."""
    emitter: TelemetryEmitter | None = getattr(app.state, "telemetry_emitter", None)
    if emitter is None:
        emitter = TelemetryEmitter(app)
        app.state.telemetry_emitter = emitter
        emitter.start()
    return emitter
