"""Request and answer bodies of the LLM router's HTTP API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from aurixa.llm_router.catalogue import ModelInfo
from aurixa.llm_router.service import RouteTrace
from aurixa.llm_router.types import ToolCall, Usage


class RouteRequest(BaseModel):
    text: str = Field(min_length=1, max_length=4000)


class RouteResponse(BaseModel):
    intent: str
    confidence: float
    path: str
    tier: int
    model: str
    method: str = "semantic"


class GenerateResponse(BaseModel):
    content: str
    tool_calls: list[ToolCall]
    model: str
    provider: str
    usage: Usage
    cost_usd: float
    cached: bool
    sources: list[str] = Field(default_factory=list)
    trace: RouteTrace


class ProviderIn(BaseModel):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    kind: str
    base_url: str | None = Field(default=None, max_length=500)
    api_key: str | None = None
    enabled: bool = True
    models: list[dict[str, Any]] = Field(default_factory=list)
    timeout_s: float = Field(default=30.0, gt=0, le=600)


class ProviderPatch(BaseModel):
    base_url: str | None = Field(default=None, max_length=500)
    api_key: str | None = None
    enabled: bool | None = None
    models: list[dict[str, Any]] | None = None
    timeout_s: float | None = Field(default=None, gt=0, le=600)


class ProviderOut(BaseModel):
    id: str | None
    name: str
    kind: str
    base_url: str | None
    enabled: bool
    has_api_key: bool
    source: str  # "settings" or "database"
    models: list[ModelInfo]
    circuit: str = "closed"
