"""Typed client of the agent runtime, the same in one process and split."""

from __future__ import annotations

from typing import Any, ClassVar

from aurixa.agent.router import run_turn
from aurixa.agent.schemas import TurnRequest, TurnResponse
from aurixa.core.clients import ServiceClient


class AgentClient(ServiceClient):
    service: ClassVar[str] = "agent"

    async def turn(
        self,
        message: str,
        *,
        intent: str | None = None,
        dialogue_state: dict[str, Any] | None = None,
        patient_id: str | None = None,
        conversation_id: str | None = None,
    ) -> TurnResponse:
        body = {
            "message": message,
            "intent": intent,
            "dialogue_state": dialogue_state or {},
            "patient_id": patient_id,
            "conversation_id": conversation_id,
        }
        if self.direct:
            return await self._local(run_turn, lambda: TurnRequest.model_validate(body))
        return await self._call("POST", "/api/v1/agent/turn", TurnResponse, json=body)
