"""The pipeline's request and answer (API.md `/api/v1/orchestration/pipelines`)
and the conversations API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Channel = Literal["chat", "web", "voice", "phone", "sms", "cli"]
# How a turn was answered: `agent` (task), `rag` (knowledge question), `escalate`
# (emergency, crisis or a request for a human), `refused` (injection, harmful,
# blocked topic), `out_of_scope`, `fallback` (a guardrail or dependency failed).
Path = Literal["agent", "rag", "escalate", "refused", "out_of_scope", "fallback"]


class PipelineRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    prompt: str = Field(min_length=1, max_length=4000)
    conversation_id: str | None = Field(default=None, max_length=36)
    patient_id: str | None = Field(default=None, max_length=36)
    channel: Channel = "chat"

    @field_validator("prompt")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class Source(BaseModel):
    article_id: str
    title: str
    snippet: str


class SafetyView(BaseModel):
    allowed: bool
    requires_escalation: bool = False
    category: str = "none"
    severity: str = "none"


class TraceStep(BaseModel):
    step: str
    latency_ms: float
    detail: dict[str, Any] = Field(default_factory=dict)


class PipelineAnswer(BaseModel):
    conversation_id: str
    response: str
    intent: str | None
    path: Path
    sources: list[Source] = Field(default_factory=list)
    actions: list[dict[str, Any]] = Field(default_factory=list)
    safety: SafetyView
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    trace: list[TraceStep] = Field(default_factory=list)
    degraded: list[str] = Field(default_factory=list)


class MessageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    role: str
    content: str
    created_at: datetime
    intent: str | None = None
    path: str | None = None
    sources: list[Any] = Field(default_factory=list)
    actions: list[Any] = Field(default_factory=list)
    safety: dict[str, Any] = Field(default_factory=dict)
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0
    latency_ms: float | None = None
    trace: list[Any] = Field(default_factory=list)


class ConversationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    patient_id: str | None
    channel: str
    status: str
    started_by: str
    created_at: datetime
    updated_at: datetime
    dialogue_state: dict[str, Any] = Field(default_factory=dict)
    messages: list[MessageRead] = Field(default_factory=list)


class ConversationList(BaseModel):
    items: list[ConversationRead]
    total: int


class WsIncoming(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: Literal["message"]
    content: str = Field(min_length=1, max_length=4000)
    channel: Channel = "chat"
    patient_id: str | None = Field(default=None, max_length=36)
