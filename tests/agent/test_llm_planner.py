"""The function-calling planner against recorded OpenAI-format transcripts,
replayed with respx; the tools run for real against the app and database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from typing import Any

import httpx
import pytest
import respx
from fastapi import FastAPI
from sqlalchemy import select

from aurixa.agent.llm import OpenAIChatModel
from aurixa.core.auth import Principal
from aurixa.core.db import Database
from aurixa.execution.models import Appointment
from aurixa.gateway.models import Tenant
from tests.agent.conftest import Chat
from tests.execution.clinic import Clinic

BASE = "https://llm.test/v1"


def completion(message: dict[str, Any]) -> httpx.Response:
    """A chat.completion body as OpenAI documents it."""
    finish = "tool_calls" if message.get("tool_calls") else "stop"
    return httpx.Response(
        200,
        json={
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1764000000,
            "model": "gpt-4o-mini",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": None, **message},
                    "finish_reason": finish,
                }
            ],
            "usage": {"prompt_tokens": 500, "completion_tokens": 30, "total_tokens": 530},
        },
    )


def call(call_id: str, name: str, **arguments: Any) -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


@pytest.fixture
async def llm_chat(
    app: FastAPI, chat: Chat, clinic: Clinic, db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Chat]:
    async with db.sessionmaker() as session:
        tenant = await session.get(Tenant, clinic.ctx.id)
        assert tenant is not None
        tenant.settings = {**tenant.settings, "agent_planner": "llm"}
        await session.commit()
    http = httpx.AsyncClient(base_url=BASE)

    def factory(_app: FastAPI, _principal: Principal) -> OpenAIChatModel:
        return OpenAIChatModel(http, "gpt-4o-mini")

    monkeypatch.setattr(app.state, "agent_chat_model", factory, raising=False)
    yield chat
    await http.aclose()


def sent(route: respx.Route, index: int) -> list[dict[str, Any]]:
    body = json.loads(route.calls[index].request.content)
    messages: list[dict[str, Any]] = body["messages"]
    return messages


async def test_parallel_reads_then_a_confirmed_write_on_the_authenticated_patient(
    llm_chat: Chat, clinic: Clinic, db: Database
) -> None:
    today = datetime.now(clinic.tz).date()
    monday = today + timedelta(days=(-today.weekday()) % 7 or 7)
    slot = clinic.slot_at(clinic.cardio, monday, time(9, 30))
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post(f"{BASE}/chat/completions").mock(
            side_effect=[
                completion(
                    {
                        "tool_calls": [
                            call("call_1", "list_practitioners"),
                            call(
                                "call_2",
                                "get_availability",
                                date_from=monday.isoformat(),
                                specialty="cardiology",
                                limit=3,
                            ),
                        ]
                    }
                ),
                completion(
                    {
                        "content": "Dr. Okafor is free at 9:00, 9:30 and 10:00 AM. "
                        "Which would you like?"
                    }
                ),
                completion(
                    {
                        "tool_calls": [
                            call(
                                "call_3",
                                "create_appointment",
                                slot_id=slot.id,
                                reason="palpitations",
                                patient_id="someone-else",
                            )
                        ]
                    }
                ),
            ]
        )
        reply = await llm_chat.say("Is Dr. Okafor free next Monday morning?")
        assert llm_chat.last["planner"] == "llm"
        assert llm_chat.awaiting == "answer"
        assert "9:30" in reply
        tool_results = [m for m in sent(route, 1) if m["role"] == "tool"]
        assert [m["tool_call_id"] for m in tool_results] == ["call_1", "call_2"]
        assert slot.id in tool_results[1]["content"]

        reply = await llm_chat.say("9:30 please, it's for palpitations")
        assert llm_chat.awaiting == "confirmation"
        assert "9:30 AM with Dr. Ben Okafor" in reply
        assert llm_chat.writes() == []

        reply = await llm_chat.say("yes")
    assert "You're booked" in reply
    async with db.sessionmaker() as session:
        rows = list(
            await session.scalars(select(Appointment).where(Appointment.slot_id == slot.id))
        )
    assert [r.patient_id for r in rows] == [clinic.ctx.patient.id]


async def test_a_tool_error_goes_back_to_the_model(llm_chat: Chat) -> None:
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post(f"{BASE}/chat/completions").mock(
            side_effect=[
                completion(
                    {"tool_calls": [call("c1", "get_availability", date_from="next monday")]}
                ),
                completion({"content": "Sorry, which date did you mean?"}),
            ]
        )
        reply = await llm_chat.say("anything next monday?")
    assert reply == "Sorry, which date did you mean?"
    error = json.loads(next(m for m in sent(route, 1) if m["role"] == "tool")["content"])
    assert error["error"]["code"] == "validation_error"
    assert error["error"]["field"] == "date_from"


async def test_a_failing_or_looping_model_degrades_to_the_dialogue_manager(
    llm_chat: Chat,
) -> None:
    with respx.mock() as mock:
        mock.post(f"{BASE}/chat/completions").mock(return_value=httpx.Response(500))
        reply = await llm_chat.say("I need a refill")
    assert llm_chat.last["planner"] == "dialogue"
    assert "Lisinopril" in reply

    loop = completion({"tool_calls": [call("c", "list_practitioners")]})
    with respx.mock() as mock:
        route = mock.post(f"{BASE}/chat/completions").mock(return_value=loop)
        reply = await Chat(llm_chat.client, llm_chat.headers).say("book me in")
    assert route.call_count == 6  # bounded
    assert "Which kind of appointment" in reply
