"""The state of one turn and its bookkeeping: the trace, telemetry per step,
degradations, and the events (`step`, `token`) sent while it runs."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal

from aurixa.core.auth import Principal
from aurixa.core.db import utcnow
from aurixa.core.logging import get_logger, request_id_var
from aurixa.observability.emitter import TelemetryEmitter
from aurixa.observability.schemas import Outcome, TelemetryEventIn
from aurixa.orchestration import metrics
from aurixa.orchestration.ports import Generation, Ports
from aurixa.orchestration.schemas import Path as AnswerPath
from aurixa.orchestration.schemas import SafetyView, Source, TraceStep
from aurixa.orchestration.sentences import word_chunks
from aurixa.orchestration.store import OpenConversation

log = get_logger(__name__)

EventType = Literal["step", "token", "done"]


@dataclass
class Event:
    type: EventType
    data: dict[str, Any]


@dataclass
class TurnState:
    intent: str | None = None
    path: AnswerPath = "fallback"
    response: str = ""
    sources: list[Source] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    safety: SafetyView = field(default_factory=lambda: SafetyView(allowed=True))
    generation: Generation | None = None
    dialogue_state: dict[str, Any] = field(default_factory=dict)
    degraded: list[str] = field(default_factory=list)
    trace: list[TraceStep] = field(default_factory=list)
    released: list[str] = field(default_factory=list)


def ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)


class TurnRecorder:
    """A turn's inputs and bookkeeping; `pipeline.Turn` adds the stages."""

    def __init__(
        self,
        *,
        ports: Ports,
        principal: Principal,
        conversation: OpenConversation,
        prompt: str,
        channel: str,
        emitter: TelemetryEmitter | None,
        stream: bool,
    ) -> None:
        self.ports = ports
        self.principal = principal
        self.conversation = conversation
        self.prompt = prompt
        self.channel = channel
        self.emitter = emitter
        self.stream = stream
        self.settings = conversation.tenant_settings
        self.state = TurnState(dialogue_state=dict(conversation.dialogue_state))
        self.started = time.perf_counter()
        self._sent = 0
        self._llm_text = prompt

    def record(
        self,
        step: str,
        started: float,
        *,
        outcome: Outcome = "ok",
        generation: Generation | None = None,
        **detail: Any,
    ) -> None:
        latency = ms(started)
        if outcome != "ok":
            detail["outcome"] = outcome
        self.state.trace.append(TraceStep(step=step, latency_ms=latency, detail=detail))
        if self.emitter is None:
            return
        attributes = {k: v for k, v in detail.items() if isinstance(v, str | int | float | bool)}
        self.emitter.emit(
            TelemetryEventIn(
                service="orchestration",
                step=step,
                latency_ms=latency,
                outcome=outcome,
                provider=generation.provider if generation else None,
                model=generation.model if generation else None,
                input_tokens=generation.input_tokens if generation else 0,
                output_tokens=generation.output_tokens if generation else 0,
                cost_usd=generation.cost_usd if generation else 0.0,
                tenant_id=self.principal.tenant_id,
                request_id=request_id_var.get(),
                recorded_at=utcnow(),
                attributes={k: v for k, v in attributes.items() if len(str(v)) <= 64},
            )
        )

    def degrade(self, dependency: str, error: Exception) -> None:
        self.state.degraded.append(dependency)
        metrics.DEGRADATIONS.labels(dependency).inc()
        log.warning("pipeline_degraded", dependency=dependency, error_type=type(error).__name__)

    def new_steps(self) -> list[Event]:
        events = [Event("step", step.model_dump()) for step in self.state.trace[self._sent :]]
        self._sent = len(self.state.trace)
        return events

    def release(self, text: str) -> list[Event]:
        """Checked text on its way to the patient, as token events."""
        self.state.released.append(text)
        return [Event("token", {"content": chunk}) for chunk in word_chunks(text)]
