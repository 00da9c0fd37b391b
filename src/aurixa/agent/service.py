"""One agent turn: whose record, which planner, and the state handed back.

The planner is the offline dialogue manager unless the tenant asks for the
LLM planner (`settings.agent_planner = "llm"`) and a chat model is available;
if that model fails, the turn degrades to the dialogue manager.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI

from aurixa.agent import dialogue
from aurixa.agent.llm import ChatModel, LLMFailure, run_llm_turn
from aurixa.agent.schemas import ActionRecord, TurnRequest, TurnResponse
from aurixa.agent.state import DialogueState
from aurixa.agent.tools import ToolRunner
from aurixa.core.auth import Principal
from aurixa.core.db import Database
from aurixa.core.errors import ValidationFailed
from aurixa.core.logging import get_logger
from aurixa.execution.client import ExecutionClient
from aurixa.execution.service import tenant_timezone
from aurixa.gateway.tenants import tenant_settings

log = get_logger(__name__)


async def _tenant(app: FastAPI, tenant_id: str) -> tuple[ZoneInfo, dict[str, Any]]:
    db: Database = app.state.db
    async with db.sessionmaker() as session:
        tz = await tenant_timezone(session, tenant_id)
        return tz, await tenant_settings(session, tenant_id) or {}


def _patient(principal: Principal, requested: str | None) -> str | None:
    """Staff and administrators name the patient; a patient key implies it (the
    execution engine refuses any other)."""
    if principal.is_patient:
        return None
    if requested is None:
        raise ValidationFailed("staff must name the patient: patient_id", field="patient_id")
    return requested


def chat_model(app: FastAPI, principal: Principal) -> ChatModel | None:
    factory = getattr(app.state, "agent_chat_model", None)
    return factory(app, principal) if factory is not None else None


async def take_turn(body: TurnRequest, *, app: FastAPI, principal: Principal) -> TurnResponse:
    patient_id = _patient(principal, body.patient_id)
    tz, settings = await _tenant(app, principal.tenant_id)
    tools = ToolRunner(ExecutionClient.from_app(app, principal), patient_id)
    state = DialogueState.load(body.dialogue_state)
    turn = dialogue.Turn(
        text=body.message, state=state, tools=tools, now=datetime.now(tz), settings=settings
    )
    planner, model_name, provider, cost = "dialogue", None, None, 0.0
    model = chat_model(app, principal) if settings.get("agent_planner") == "llm" else None
    reply: dialogue.Reply | None = None
    if model is not None:
        before = state.dump()
        try:
            llm = await run_llm_turn(turn, model)
            reply, planner = llm.reply, "llm"
            model_name, provider, cost = llm.model, llm.provider, llm.cost_usd
        except LLMFailure as exc:
            log.warning("agent_llm_degraded", error=str(exc))
            # Undo the half-done model turn; the dialogue manager starts clean.
            state = DialogueState.load({**before, "llm_messages": []})
            if state.flow == "llm":
                state.reset()
            turn.state = state
    if reply is None:
        reply = await dialogue.respond(turn, body.intent)
    return TurnResponse(
        response=reply.text,
        reply=reply.text,
        actions=[ActionRecord.model_validate(r) for r in tools.records],
        dialogue_state=state.dump(),
        awaiting=state.awaiting,
        done=reply.done,
        intent=state.intent or body.intent,
        planner=planner,
        model=model_name,
        provider=provider,
        cost_usd=cost,
    )
