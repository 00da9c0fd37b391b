"""Running a turn for a caller: open the conversation, run the pipeline, save
the turn, and hand back its events (the last one, `done`, is the answer)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from fastapi import FastAPI

from aurixa.core.auth import Principal
from aurixa.core.db import Database
from aurixa.core.logging import get_logger
from aurixa.observability.emitter import get_emitter
from aurixa.orchestration.adapters import ClientPorts
from aurixa.orchestration.pipeline import Event, Turn
from aurixa.orchestration.ports import Ports
from aurixa.orchestration.schemas import PipelineAnswer, PipelineRequest
from aurixa.orchestration.store import open_conversation, save_turn

log = get_logger(__name__)


async def turn_events(
    app: FastAPI,
    principal: Principal,
    body: PipelineRequest,
    *,
    stream: bool,
    ports: Ports | None = None,
) -> AsyncIterator[Event]:
    """Every event of one turn. Errors of the caller's own making (unknown
    conversation, another patient) are raised before the first event."""
    database = app.state.db
    conversation = await open_conversation(
        # Reads, or one INSERT for a new conversation: no transaction needed.
        database.autocommit,
        principal=principal,
        conversation_id=body.conversation_id,
        patient_id=body.patient_id,
        channel=body.channel,
    )
    turn = Turn(
        ports=ports or ClientPorts(app, principal, conversation.tenant_settings),
        principal=principal,
        conversation=conversation,
        prompt=body.prompt,
        channel=body.channel,
        emitter=get_emitter(app),
        stream=stream,
    )
    return _run(turn, database, principal, body.prompt)


async def _run(
    turn: Turn, database: Database, principal: Principal, prompt: str
) -> AsyncIterator[Event]:
    async for event in turn.events():
        yield event
    answer = turn.answer()
    started = time.perf_counter()
    await save_turn(
        database,
        principal=principal,
        conversation=turn.conversation,
        prompt=prompt,
        answer=answer,
        dialogue_state=turn.state.dialogue_state,
    )
    turn.record("persist", started)
    for event in turn.new_steps():
        yield event
    answer.trace = list(turn.state.trace)
    yield Event("done", answer.model_dump(mode="json"))


async def run_turn(
    app: FastAPI, principal: Principal, body: PipelineRequest, *, ports: Ports | None = None
) -> PipelineAnswer:
    events = await turn_events(app, principal, body, stream=False, ports=ports)
    answer: PipelineAnswer | None = None
    async for event in events:
        if event.type == "done":
            answer = PipelineAnswer.model_validate(event.data)
    assert answer is not None  # _run always ends with `done`
    return answer
