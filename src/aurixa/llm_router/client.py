"""Typed client of the LLM router, in-process or over HTTP (same calls either way)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import ClassVar

from aurixa.core.clients import ServiceClient
from aurixa.llm_router.router import run_generate, run_route
from aurixa.llm_router.schemas import GenerateResponse, RouteRequest, RouteResponse
from aurixa.llm_router.types import GenerateRequest, StreamEvent


class LLMRouterClient(ServiceClient):
    service: ClassVar[str] = "llm_router"

    async def route(self, text: str) -> RouteResponse:
        if self.direct:
            return await self._local(run_route, lambda: RouteRequest(text=text))
        body = RouteRequest(text=text).model_dump()
        return await self._call("POST", "/api/v1/route", RouteResponse, json=body)

    async def generate(self, request: GenerateRequest) -> GenerateResponse:
        if self.direct:
            return await self._local(run_generate, lambda: request)
        body = request.model_dump(mode="json", exclude_none=True)
        return await self._call("POST", "/api/v1/generate", GenerateResponse, json=body)

    async def stream(self, request: GenerateRequest) -> AsyncIterator[StreamEvent]:
        """`StreamEvent`s; the closing trace line is skipped (use `generate` for it)."""
        body = request.model_dump(mode="json", exclude_none=True)
        async with self._stream("POST", "/api/v1/generate/stream", json=body) as response:
            async for line in response.aiter_lines():
                if not line.strip():
                    continue
                data = json.loads(line)
                if data.get("type") in ("delta", "tool_call", "usage", "done"):
                    yield StreamEvent.model_validate(data)
