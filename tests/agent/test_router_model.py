"""The planner's default model is the llm_router's /api/v1/generate. Offline,
no configured model can call tools, so the router says so (not a validation
error: it accepted the transcript), and a tenant that opted into the LLM
planner still gets its task done by the dialogue manager."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI

from aurixa.agent.llm import LLMFailure, RouterChatModel
from aurixa.agent.tools import openai_tools
from aurixa.core.auth import Principal, Role
from aurixa.core.db import Database
from aurixa.gateway.models import Tenant
from tests.agent.conftest import Chat
from tests.execution.clinic import Clinic


async def test_the_router_takes_the_transcript_and_has_no_offline_tool_model(
    app: FastAPI, clinic: Clinic
) -> None:
    principal = Principal(
        tenant_id=clinic.ctx.id, role=Role.PATIENT, actor="test", patient_id=clinic.ctx.patient.id
    )
    model = RouterChatModel.from_app(app, principal)
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "list_practitioners", "arguments": "{}"},
    }
    messages = [
        {"role": "system", "content": "You are the scheduling assistant."},
        {"role": "user", "content": "Who are the doctors?"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {
            "role": "tool",
            "tool_call_id": "call_1",
            "content": json.dumps({"practitioners": [{"name": "Dr. Ana Rivera"}]}),
        },
    ]
    with pytest.raises(LLMFailure, match="no allowed model"):
        await model.complete(messages, openai_tools())


async def test_an_llm_tenant_without_a_tool_model_is_served_by_the_dialogue_manager(
    chat: Chat, clinic: Clinic, db: Database
) -> None:
    async with db.sessionmaker() as session:
        tenant = await session.get(Tenant, clinic.ctx.id)
        assert tenant is not None
        tenant.settings = {**tenant.settings, "agent_planner": "llm"}
        await session.commit()
    reply = await chat.say("Is a specialist visit covered by my insurance?")
    assert chat.last["planner"] == "dialogue"
    assert "covers specialist visits" in reply
