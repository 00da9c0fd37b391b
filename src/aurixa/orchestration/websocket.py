"""`WS /ws/conversations/{id}`: one connection, many turns of one conversation."""

from __future__ import annotations

from typing import Any

from fastapi import Request, WebSocket, WebSocketDisconnect
from pydantic import ValidationError

from aurixa.core.auth import Principal, authenticate
from aurixa.core.errors import AurixaError
from aurixa.orchestration import store
from aurixa.orchestration.schemas import PipelineRequest, WsIncoming
from aurixa.orchestration.service import turn_events

NEW = "new"
# Close codes in the application range (4000-4999), mirroring HTTP statuses.
CLOSE_UNAUTHORIZED = 4401
CLOSE_NOT_FOUND = 4404


def _error(exc: AurixaError) -> dict[str, Any]:
    return {
        "type": "error",
        "error": {"code": exc.code, "message": exc.message, "field": exc.field},
    }


def _origin_allowed(websocket: WebSocket) -> bool:
    """Browsers send cookies with cross-site WebSocket handshakes and apply no
    CORS to them, so the Origin is checked here (cross-site WebSocket hijacking)."""
    origin = websocket.headers.get("origin")
    if origin is None:
        return True  # not a browser
    host = websocket.headers.get("host", "")
    allowed: list[str] = websocket.app.state.settings.cors_origins
    return origin in allowed or origin.split("://", 1)[-1] == host


async def _principal(websocket: WebSocket) -> Principal | None:
    # The handshake is an HTTP GET: authenticate it as one (same headers,
    # cookies, app and state), so every credential and hook applies unchanged.
    handshake = Request({**websocket.scope, "type": "http", "method": "GET"})
    try:
        return await authenticate(handshake)
    except AurixaError:
        return None


async def _exists(websocket: WebSocket, principal: Principal, conversation_id: str) -> bool:
    async with websocket.app.state.db.sessionmaker() as session:
        try:
            await store.get_conversation(session, principal, conversation_id)
        except AurixaError:
            return False
    return True


async def conversation_socket(websocket: WebSocket, conversation_id: str) -> None:
    # Accept first, then close with a code: a refused handshake would reach a
    # client (and the gateway's proxy) as a bare HTTP 403 with no reason.
    await websocket.accept()
    principal = await _principal(websocket) if _origin_allowed(websocket) else None
    if principal is None:
        await websocket.close(code=CLOSE_UNAUTHORIZED, reason="missing or bad credentials")
        return
    current: str | None = None if conversation_id == NEW else conversation_id
    if current is not None and not await _exists(websocket, principal, current):
        await websocket.close(code=CLOSE_NOT_FOUND, reason="conversation not found")
        return
    try:
        while True:
            current = await _one_turn(websocket, principal, current)
    except WebSocketDisconnect:
        return


async def _one_turn(websocket: WebSocket, principal: Principal, current: str | None) -> str | None:
    raw = await websocket.receive_json()
    try:
        incoming = WsIncoming.model_validate(raw)
        body = PipelineRequest(
            prompt=incoming.content,
            conversation_id=current,
            patient_id=incoming.patient_id,
            channel=incoming.channel,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or None
        await websocket.send_json(
            {
                "type": "error",
                "error": {"code": "validation_error", "message": first["msg"], "field": field},
            }
        )
        return current
    try:
        events = await turn_events(websocket.app, principal, body, stream=True)
        async for event in events:
            if event.type == "token":
                await websocket.send_json({"type": "token", "content": event.data["content"]})
            else:
                await websocket.send_json({"type": event.type, **event.data})
                if event.type == "done":
                    current = str(event.data["conversation_id"])
    except AurixaError as exc:
        await websocket.send_json(_error(exc))
    return current
