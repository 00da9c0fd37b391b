"""Orchestration start-up: the telemetry emitter."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.observability.emitter import get_emitter


async def startup(app: FastAPI) -> None:
    get_emitter(app)


async def shutdown(app: FastAPI) -> None:
    emitter = getattr(app.state, "telemetry_emitter", None)
    if emitter is not None:
        await emitter.stop()
