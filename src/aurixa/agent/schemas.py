"""The agent's turn contract."""

from __future__ import annotations

from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field


class TurnRequest(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    # `text` is accepted too: the orchestration's name for the same thing.
    message: str = Field(
        min_length=1, max_length=4000, validation_alias=AliasChoices("message", "text")
    )
    intent: str | None = Field(None, max_length=64)
    dialogue_state: dict[str, Any] = Field(default_factory=dict)
    patient_id: str | None = Field(None, max_length=36)
    conversation_id: str | None = Field(None, max_length=64)


class ActionRecord(BaseModel):
    action: str
    params: dict[str, Any] = Field(default_factory=dict)
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None


class TurnResponse(BaseModel):
    response: str
    reply: str  # the same text under the orchestration's name
    actions: list[ActionRecord] = Field(default_factory=list)
    dialogue_state: dict[str, Any]
    awaiting: str | None = None
    done: bool = False
    intent: str | None = None
    planner: str = "dialogue"
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0
