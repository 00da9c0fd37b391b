"""Streaming over SSE and the WebSocket: steps, then checked tokens that join
to the final response, then `done` with the whole answer."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from tests.orchestration.conftest import Clinic

STREAM = "/api/v1/orchestration/pipelines/stream"


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


async def test_sse_streams_steps_then_tokens_that_join_to_the_answer(
    client: httpx.AsyncClient, clinic: Clinic
) -> None:
    async with client.stream(
        "POST",
        STREAM,
        json={"prompt": "When is the walk-in clinic open on Saturday?"},
        headers=clinic.ctx.patient_headers,
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = (await response.aread()).decode()
    events = parse_sse(text)
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "step"
    assert kinds[-1] == "done"
    tokens = [data["content"] for kind, data in events if kind == "token"]
    done = events[-1][1]
    assert len(tokens) > 3
    assert "".join(tokens) == done["response"]
    assert "9 a.m." in done["response"]
    assert [s["title"] for s in done["sources"]] == ["Clinic hours"]
    # The first sentence passed the output check before its first token was sent.
    first_check = next(
        i
        for i, (kind, data) in enumerate(events)
        if kind == "step" and data["step"] == "safety_output"
    )
    assert first_check < kinds.index("token")
    assert events[-2][1]["step"] == "persist"


async def test_sse_short_circuits_an_emergency_too(
    client: httpx.AsyncClient, clinic: Clinic
) -> None:
    response = await client.post(
        STREAM,
        json={"prompt": "my father collapsed and is not breathing"},
        headers=clinic.ctx.patient_headers,
    )
    events = parse_sse(response.text)
    done = events[-1][1]
    assert done["path"] == "escalate"
    assert "".join(d["content"] for k, d in events if k == "token") == done["response"]


async def test_sse_refuses_bad_input_before_streaming(
    client: httpx.AsyncClient, clinic: Clinic
) -> None:
    response = await client.post(
        STREAM,
        json={"prompt": "hello", "conversation_id": "no-such-conversation"},
        headers=clinic.ctx.patient_headers,
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@asynccontextmanager
async def ws_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    # Entered and left inside the test's own task: the transport's task group
    # must be closed by the task that opened it.
    transport = ASGIWebSocketTransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def _turn(ws: Any, content: str) -> list[dict[str, Any]]:
    await ws.send_json({"type": "message", "content": content})
    frames = []
    while True:
        frame = await ws.receive_json(timeout=30)
        frames.append(frame)
        if frame["type"] in ("done", "error"):
            return frames


async def test_websocket_streams_turns_of_one_conversation(app: FastAPI, clinic: Clinic) -> None:
    headers = clinic.ctx.patient_headers
    async with (
        ws_client(app) as client,
        aconnect_ws("/ws/conversations/new", client, headers=headers) as ws,
    ):
        frames = await _turn(ws, "Where can patients park?")
        done = frames[-1]
        assert done["type"] == "done"
        tokens = [f["content"] for f in frames if f["type"] == "token"]
        assert "".join(tokens) == done["response"]
        assert "Elm Street" in done["response"]
        assert any(f["type"] == "step" and f["step"] == "retrieval" for f in frames)
        again = await _turn(ws, "Is the clinic open on Sundays?")
        assert again[-1]["conversation_id"] == done["conversation_id"]
        bad = await _turn(ws, "")
        assert bad[-1]["type"] == "error"
        assert bad[-1]["error"]["field"] == "content"


def _disconnects(error: BaseException) -> list[WebSocketDisconnect]:
    if isinstance(error, WebSocketDisconnect):
        return [error]
    if isinstance(error, BaseExceptionGroup):
        return [d for e in error.exceptions for d in _disconnects(e)]
    return []


async def close_code(app: FastAPI, path: str, headers: dict[str, str]) -> int:
    """The code the server closed the socket with before any message."""
    try:
        async with ws_client(app) as client, aconnect_ws(path, client, headers=headers) as ws:
            await ws.receive_json()
    except BaseException as error:  # the transport may wrap it in an exception group
        found = _disconnects(error)
        if not found:
            raise
        return int(found[0].code)
    raise AssertionError("the socket stayed open")


async def test_websocket_refuses_unknown_callers_and_conversations(
    app: FastAPI, clinic: Clinic
) -> None:
    assert await close_code(app, "/ws/conversations/new", {}) == 4401
    patient = clinic.ctx.patient_headers
    assert await close_code(app, "/ws/conversations/nope", patient) == 4404
    cross_site = {**patient, "Origin": "https://evil.example"}
    assert await close_code(app, "/ws/conversations/new", cross_site) == 4401
