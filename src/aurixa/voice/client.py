"""Typed client of the voice service, the same in one process and split."""

from __future__ import annotations

from typing import ClassVar

from aurixa.core.clients import ServiceClient
from aurixa.voice.schemas import Capabilities


class VoiceClient(ServiceClient):
    service: ClassVar[str] = "voice"

    async def capabilities(self) -> Capabilities:
        return await self._call("GET", "/api/v1/voice/capabilities", Capabilities)
