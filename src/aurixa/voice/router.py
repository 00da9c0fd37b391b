"""HTTP surface of the voice service."""

from __future__ import annotations

from fastapi import APIRouter

from aurixa.core.auth import PrincipalDep
from aurixa.voice import service
from aurixa.voice.schemas import Capabilities

router = APIRouter(tags=["voice"])


@router.get("/api/v1/voice/capabilities", response_model=Capabilities)
async def capabilities(_principal: PrincipalDep) -> Capabilities:
    return service.capabilities()
