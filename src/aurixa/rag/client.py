"""Typed client of the rag service, used by orchestration (in process or over HTTP)."""

from __future__ import annotations

from typing import ClassVar

from aurixa.core.clients import ServiceClient
from aurixa.rag.engine import Mode
from aurixa.rag.router import run_search
from aurixa.rag.schemas import SearchRequest, SearchResponse


class RagClient(ServiceClient):
    service: ClassVar[str] = "rag"

    async def search(self, query: str, top_k: int = 5, mode: Mode = "hybrid") -> SearchResponse:
        body = {"query": query, "top_k": top_k, "mode": mode}
        if self.direct:
            return await self._local(
                run_search, lambda: SearchRequest.model_validate(body), autocommit=True
            )
        return await self._call("POST", "/api/v1/rag/search", SearchResponse, json=body)
