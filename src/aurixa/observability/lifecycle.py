"""Start the telemetry writer; on shutdown write everything still buffered."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.observability.batching import BatchQueue
from aurixa.observability.schemas import TelemetryEventIn
from aurixa.observability.service import write_events


async def startup(app: FastAPI) -> None:
    sessionmaker = app.state.db.sessionmaker

    async def sink(events: list[TelemetryEventIn]) -> None:
        await write_events(sessionmaker, events)

    writer: BatchQueue[TelemetryEventIn] = BatchQueue("writer", sink, batch_size=500)
    writer.start()
    app.state.telemetry_writer = writer


async def shutdown(app: FastAPI) -> None:
    # In one process the emitter posts to this writer: drain it first, then the writer.
    emitter = getattr(app.state, "telemetry_emitter", None)
    if emitter is not None:
        await emitter.flush()
    await app.state.telemetry_writer.stop()
