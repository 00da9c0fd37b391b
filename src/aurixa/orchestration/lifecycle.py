"""Orchestration start-up: the telemetry emitter and the tenant settings cache."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.observability.emitter import get_emitter
from aurixa.orchestration.service import tenant_cache


async def startup(app: FastAPI) -> None:
    get_emitter(app)
    tenant_cache(app)


async def shutdown(app: FastAPI) -> None:
    emitter = getattr(app.state, "telemetry_emitter", None)
    if emitter is not None:
        await emitter.stop()
