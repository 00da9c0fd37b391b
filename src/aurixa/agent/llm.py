"""The function-calling planner, for tenants with a tool-capable model.

The loop is bounded (`MAX_STEPS` model calls per turn); read tools the model
asks for in one message run concurrently; a tool error goes back to the model
as the tool's result. Writes are never run on the model's say-so: a write call
becomes `state.pending`, the patient is asked in plain words, and only a "yes"
on the next turn executes it, on the authenticated patient, under an
idempotency key.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any, Protocol

import httpx
from fastapi import FastAPI

from aurixa.agent import nlu
from aurixa.agent.dialogue import Reply, Turn, done_message
from aurixa.agent.state import PendingWrite
from aurixa.agent.tools import ToolError, is_write, openai_tools
from aurixa.core.auth import Principal
from aurixa.core.errors import AurixaError
from aurixa.llm_router.client import LLMRouterClient
from aurixa.llm_router.types import GenerateRequest, Message

MAX_STEPS = 6
MAX_TRANSCRIPT = 40


class LLMFailure(Exception):
    """The model could not be used this turn; the dialogue manager takes over."""


@dataclass
class ModelTurn:
    content: str
    tool_calls: list[dict[str, Any]]  # OpenAI shape: {id, type, function: {name, arguments}}
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0


class ChatModel(Protocol):
    async def complete(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]
    ) -> ModelTurn: ...


class OpenAIChatModel:
    """Any OpenAI-compatible `/chat/completions` endpoint, over its wire format."""

    def __init__(self, http: httpx.AsyncClient, model: str) -> None:
        self.http = http
        self.model = model

    async def complete(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]
    ) -> ModelTurn:
        body = {"model": self.model, "messages": messages, "tools": tools, "tool_choice": "auto"}
        try:
            response = await self.http.post("/chat/completions", json=body)
            response.raise_for_status()
            message = response.json()["choices"][0]["message"]
        except (httpx.HTTPError, KeyError, IndexError, ValueError) as exc:
            raise LLMFailure(f"chat model failed: {exc}") from exc
        return ModelTurn(
            content=message.get("content") or "",
            tool_calls=list(message.get("tool_calls") or []),
            model=self.model,
            provider="openai_compatible",
        )


class RouterChatModel:
    """The llm_router's `/api/v1/generate`, which picks a tool-capable model."""

    def __init__(self, client: LLMRouterClient) -> None:
        self.client = client

    @classmethod
    def from_app(cls, app: FastAPI, principal: Principal) -> RouterChatModel:
        return cls(LLMRouterClient.from_app(app, principal))

    async def complete(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]
    ) -> ModelTurn:
        request = GenerateRequest.model_validate(
            {
                "messages": [_router_message(m) for m in messages],
                "tools": tools,
                "task": "tool_use",
                "contains_patient_data": True,
            }
        )
        try:
            answer = await self.client.generate(request)
        except AurixaError as exc:
            raise LLMFailure(exc.message) from exc
        calls = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in answer.tool_calls
        ]
        return ModelTurn(answer.content, calls, answer.model, answer.provider, answer.cost_usd)


def _router_message(m: dict[str, Any]) -> Message:
    calls = [
        {"id": c["id"], "name": c["function"]["name"], "arguments": c["function"]["arguments"]}
        for c in m.get("tool_calls") or []
    ]
    return Message.model_validate({**m, "tool_calls": calls})


@dataclass
class LLMTurn:
    reply: Reply
    model: str | None = None
    provider: str | None = None
    cost_usd: float = 0.0


def system_prompt(turn: Turn) -> str:
    clinic = turn.settings.get("name") or "the clinic"
    return (
        f"You are the scheduling assistant of {clinic}. Today is "
        f"{turn.now.date().isoformat()} and times are in {turn.now.tzinfo}. Use the tools to "
        "look up appointments, free slots, insurance and prescriptions; never invent them. "
        "The patient is already identified: never ask for or pass a patient id. Call a "
        "booking, cancellation, rescheduling or refill tool only when the patient has chosen; "
        "the system then asks the patient to confirm before it runs. Be brief and kind."
    )


async def _run_tool(turn: Turn, call: dict[str, Any]) -> dict[str, Any]:
    name = call["function"]["name"]
    try:
        args = json.loads(call["function"].get("arguments") or "{}")
        if not isinstance(args, dict):
            raise TypeError("arguments must be a JSON object")
    except (TypeError, ValueError) as exc:
        return {"error": {"code": "bad_arguments", "message": str(exc)}}
    try:
        return await turn.tools.run(name, args)
    except ToolError as exc:
        return {"error": {"code": exc.code, "message": exc.error.message, "field": exc.error.field}}


def _tool_message(call_id: str, content: dict[str, Any]) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": call_id, "content": json.dumps(content)}


def _find(messages: list[dict[str, Any]], record_id: str) -> dict[str, Any] | None:
    """A record the tools returned earlier (a slot, appointment or prescription)."""
    for message in reversed(messages):
        if message.get("role") != "tool":
            continue
        try:
            payload = json.loads(message.get("content") or "{}")
        except ValueError:
            continue
        for records in payload.values() if isinstance(payload, dict) else ():
            for record in records if isinstance(records, list) else ():
                if isinstance(record, dict) and record.get("id") == record_id:
                    return record
    return None


def describe_write(turn: Turn, action: str, args: dict[str, Any]) -> str:
    """The write in the patient's words, from records the tools returned."""
    messages = turn.state.llm_messages
    slot = _find(messages, str(args.get("slot_id", "")))
    appointment = _find(messages, str(args.get("appointment_id", "")))
    rx = _find(messages, str(args.get("prescription_id", "")))
    at = f"{turn.when(slot['start'])} with {slot['practitioner_name']}" if slot else "that time"
    if action == "create_appointment":
        return f"book {at} for \u201c{args.get('reason', '')}\u201d"
    if action == "reschedule_appointment":
        old = turn.when(appointment["start"]) if appointment else "your appointment"
        return f"move your appointment on {old} to {at}"
    if action == "cancel_appointment":
        old = turn.when(appointment["start"]) if appointment else "this appointment"
        return f"cancel your appointment on {old}"
    return f"request a refill of {nlu.drug_name(rx['medication']) if rx else 'this prescription'}"


async def _resume_pending(turn: Turn) -> Reply | None:
    """The patient's answer to a proposed write, fed back as the tool's result."""
    state = turn.state
    pending = state.pending
    assert pending is not None
    if nlu.is_yes(turn.text):
        try:
            result = await turn.tools.run(
                pending.action, pending.params, key=f"agent-{pending.key}"
            )
            content: dict[str, Any] = result
            done = done_message(turn, pending.action, result)
        except ToolError as exc:
            if exc.status >= 500:  # unknown outcome: keep the write and its key
                return Reply(
                    "I couldn't reach the scheduling system to finish that. Say yes to try "
                    "again (it will not be done twice), or no to leave it."
                )
            content = {"error": {"code": exc.code, "message": exc.error.message}}
            done = ""
        state.llm_messages.append(_tool_message(pending.call_id, content))
        state.pending, state.awaiting = None, None
        return Reply(done, done=True) if done else None
    if nlu.is_no(turn.text):
        declined = {"error": {"code": "declined", "message": "the patient said no; nothing done"}}
        state.llm_messages.append(_tool_message(pending.call_id, declined))
        state.pending, state.awaiting = None, None
        return None
    return Reply(f"Just to be sure: should I {pending.summary}? Please answer yes or no.")


async def _step(turn: Turn, calls: list[dict[str, Any]]) -> Reply | None:
    """Run the reads concurrently; turn the first write into a question."""
    state = turn.state
    reads = [c for c in calls if not is_write(c["function"]["name"])]
    writes = [c for c in calls if is_write(c["function"]["name"])]
    results = await asyncio.gather(*(_run_tool(turn, c) for c in reads))
    for call, result in zip(reads, results, strict=True):
        state.llm_messages.append(_tool_message(call["id"], result))
    for extra in writes[1:]:
        state.llm_messages.append(
            _tool_message(
                extra["id"], {"error": {"code": "one_at_a_time", "message": "one change at a time"}}
            )
        )
    if not writes:
        return None
    call = writes[0]
    try:
        args = json.loads(call["function"].get("arguments") or "{}")
    except ValueError:
        state.llm_messages.append(_tool_message(call["id"], {"error": {"code": "bad_arguments"}}))
        return None
    args.pop("patient_id", None)
    action = call["function"]["name"]
    summary = describe_write(turn, action, args)
    state.pending = PendingWrite(action=action, params=args, summary=summary, call_id=call["id"])
    state.awaiting = "confirmation"
    return Reply(f"To confirm: shall I {summary}? Please answer yes or no.")


async def run_llm_turn(turn: Turn, model: ChatModel) -> LLMTurn:
    state = turn.state
    state.flow = state.flow or "llm"
    if not state.llm_messages:
        state.llm_messages = [{"role": "system", "content": system_prompt(turn)}]
    if state.pending is not None and state.awaiting == "confirmation":
        answered = await _resume_pending(turn)
        if answered is not None:
            return LLMTurn(answered)
    else:
        state.llm_messages.append({"role": "user", "content": turn.text})
    tools, spent, last = openai_tools(), 0.0, ModelTurn("", [])
    for _ in range(MAX_STEPS):
        last = await model.complete(state.llm_messages, tools)
        spent += last.cost_usd
        message: dict[str, Any] = {"role": "assistant", "content": last.content or None}
        if last.tool_calls:
            message["tool_calls"] = last.tool_calls
        state.llm_messages.append(message)
        if not last.tool_calls:
            state.awaiting = "answer" if last.content.rstrip().endswith("?") else None
            _trim(state.llm_messages)
            return LLMTurn(
                Reply(last.content, done=state.awaiting is None), last.model, last.provider, spent
            )
        question = await _step(turn, last.tool_calls)
        if question is not None:
            return LLMTurn(question, last.model, last.provider, spent)
    raise LLMFailure(f"no answer within {MAX_STEPS} model calls")


def _trim(messages: list[dict[str, Any]]) -> None:
    """Keep the transcript bounded, cutting only before a user message so no
    tool result loses the call it answers."""
    while len(messages) > MAX_TRANSCRIPT:
        cut = next((i for i, m in enumerate(messages[2:], 2) if m["role"] == "user"), None)
        if cut is None:
            return
        del messages[1:cut]
