"""What the pipeline needs from the other services, in the pipeline's own terms.

`Ports` is the seam: `aurixa.orchestration.adapters.ClientPorts` implements it
with the services' typed clients (in process or over HTTP). Every method raises
an `AurixaError` when its service fails; the pipeline decides how to degrade.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class Verdict:
    allowed: bool
    requires_escalation: bool = False
    category: str = "none"
    severity: str = "none"
    action: str = "allow"
    redacted_text: str = ""
    # The deterministic reply to a refused message (emergency, crisis, refusal).
    reply: str | None = None
    escalation_id: str | None = None


@dataclass
class Route:
    intent: str
    path: str  # agent | rag | escalate | out_of_scope
    confidence: float = 0.0
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Passage:
    article_id: str
    chunk_id: str
    title: str
    text: str
    snippet: str
    score: float = 0.0
    heading: str = ""


@dataclass
class Generation:
    content: str
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    cached: bool = False
    # Set when the answer came from a fallback (e.g. every provider down -> local).
    fallback: str | None = None
    # Ids of the passages the answer cites, when the model says so.
    sources: list[str] = field(default_factory=list)


@dataclass
class StreamChunk:
    text: str = ""
    final: Generation | None = None  # the last chunk carries the totals


@dataclass
class AgentReply:
    reply: str
    actions: list[dict[str, Any]] = field(default_factory=list)
    dialogue_state: dict[str, Any] = field(default_factory=dict)
    intent: str | None = None
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0


class Ports(Protocol):
    async def check_input(
        self, text: str, *, conversation_id: str, patient_id: str | None
    ) -> Verdict: ...

    async def check_output(
        self,
        text: str,
        *,
        sources: list[str] | None,
        conversation_id: str,
        patient_id: str | None,
    ) -> Verdict: ...

    async def route(self, text: str) -> Route: ...

    async def search(self, query: str, *, top_k: int) -> list[Passage]: ...

    async def generate(
        self, question: str, passages: list[Passage], history: list[dict[str, str]]
    ) -> Generation: ...

    def stream(
        self, question: str, passages: list[Passage], history: list[dict[str, str]]
    ) -> AsyncGenerator[StreamChunk, None]: ...

    async def agent_turn(
        self,
        text: str,
        *,
        intent: str,
        dialogue_state: dict[str, Any],
        conversation_id: str,
        patient_id: str | None,
    ) -> AgentReply: ...
