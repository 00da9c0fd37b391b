"""Start-up of the safety service: compile the detectors once, before traffic."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.core.shared_vectors import share_embedder
from aurixa.safety.detectors.base import default_registry
from aurixa.safety.detectors.semantic import triage_model
from aurixa.safety.service import check_input


async def startup(app: FastAPI) -> None:
    # Before the warm-up check, so its embedding is already shared.
    share_embedder(app, triage_model().embedding_model)
    app.state.safety_registry = default_registry()
    # One warm-up check so the first patient does not pay for regex compilation.
    check_input("warm-up", registry=app.state.safety_registry)


async def shutdown(app: FastAPI) -> None:
    app.state.safety_registry = None
