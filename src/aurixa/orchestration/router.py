"""The pipeline (whole, SSE, WebSocket) and the conversations API."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Query, Request, WebSocket
from fastapi.responses import StreamingResponse

from aurixa.core.auth import PrincipalDep
from aurixa.core.db import SessionDep
from aurixa.orchestration import store
from aurixa.orchestration.pipeline import Event
from aurixa.orchestration.schemas import (
    ConversationList,
    ConversationRead,
    MessageRead,
    PipelineAnswer,
    PipelineRequest,
)
from aurixa.orchestration.service import run_turn, turn_events
from aurixa.orchestration.websocket import conversation_socket

router = APIRouter(tags=["orchestration"])


@router.post("/api/v1/orchestration/pipelines", response_model=PipelineAnswer)
async def pipeline(
    body: PipelineRequest, request: Request, principal: PrincipalDep
) -> PipelineAnswer:
    """One turn, answered whole."""
    return await run_turn(request.app, principal, body)


def _sse(event: Event) -> bytes:
    return f"event: {event.type}\ndata: {json.dumps(event.data)}\n\n".encode()


@router.post("/api/v1/orchestration/pipelines/stream")
async def pipeline_stream(
    body: PipelineRequest, request: Request, principal: PrincipalDep
) -> StreamingResponse:
    """Server-Sent Events: `step` per pipeline step, `token` per piece of checked
    text, then `done` with the whole answer."""
    events = await turn_events(request.app, principal, body, stream=True)

    async def body_bytes() -> AsyncIterator[bytes]:
        async for event in events:
            yield _sse(event)

    return StreamingResponse(
        body_bytes(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.websocket("/ws/conversations/{conversation_id}")
async def conversation_ws(websocket: WebSocket, conversation_id: str) -> None:
    """Send `{"type": "message", "content": ...}`; receive `step`, `token` and
    `done` frames. Use `new` as the id to start a conversation."""
    await conversation_socket(websocket, conversation_id)


def _read(conversation: object, messages: list[object]) -> ConversationRead:
    read = ConversationRead.model_validate(conversation)
    read.messages = [MessageRead.model_validate(m) for m in messages]
    return read


@router.get("/api/v1/conversations", response_model=ConversationList)
async def list_conversations(
    session: SessionDep,
    principal: PrincipalDep,
    patient_id: Annotated[str | None, Query(max_length=36)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ConversationList:
    """The caller's tenant's conversations (a patient's own only), newest first,
    with their messages."""
    rows, total = await store.list_conversations(
        session, principal, patient_id=patient_id, limit=limit, offset=offset
    )
    messages = await store.messages_of(session, principal.tenant_id, [r.id for r in rows])
    await store.audit_read(session, principal, rows)
    return ConversationList(items=[_read(r, list(messages[r.id])) for r in rows], total=total)


@router.get("/api/v1/conversations/{conversation_id}", response_model=ConversationRead)
async def get_conversation(
    conversation_id: str, session: SessionDep, principal: PrincipalDep
) -> ConversationRead:
    row = await store.get_conversation(session, principal, conversation_id)
    messages = await store.messages_of(session, principal.tenant_id, [row.id])
    await store.audit_read(session, principal, [row])
    return _read(row, list(messages[row.id]))
