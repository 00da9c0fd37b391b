"""The OpenAI-compatible surface: `/v1/chat/completions` and `/v1/models`.

Bodies follow OpenAI's Chat Completions reference; errors use OpenAI's error
shape (`{"error": {"message", "type", "param", "code"}}`) so the official client
raises its own typed exceptions.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from aurixa.core.errors import AurixaError
from aurixa.core.http import openai_error_body
from aurixa.llm_router.service import StreamHandle
from aurixa.llm_router.types import GenerateRequest, GenerateResult, Message, Tool, ToolCall, Usage


class ChatMessage(BaseModel):
    role: str
    content: str | list[dict[str, Any]] | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None
    name: str | None = None


class ChatRequest(BaseModel):
    model: str = "auto"
    messages: list[ChatMessage] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    stream: bool = False
    stream_options: dict[str, Any] | None = None


def openai_error(exc: AurixaError) -> dict[str, Any]:
    return openai_error_body(exc.status_code, exc.code, exc.message, field=exc.field)


def validation_error(exc: ValidationError) -> dict[str, Any]:
    first = exc.errors()[0]
    param = ".".join(str(p) for p in first["loc"])
    return {
        "error": {
            "message": f"{param}: {first['msg']}",
            "type": "invalid_request_error",
            "param": param,
            "code": "invalid_value",
        }
    }


def _text(content: str | list[dict[str, Any]] | None) -> str | None:
    if content is None or isinstance(content, str):
        return content
    return "".join(str(part.get("text", "")) for part in content if part.get("type") == "text")


def to_generate_request(body: ChatRequest) -> GenerateRequest:
    messages = []
    for m in body.messages:
        calls = [
            ToolCall(
                id=c.get("id", ""),
                name=(c.get("function") or {}).get("name", ""),
                arguments=(c.get("function") or {}).get("arguments") or "{}",
            )
            for c in m.tool_calls or []
        ]
        role = "system" if m.role == "developer" else m.role
        messages.append(
            Message.model_validate(
                {
                    "role": role,
                    "content": _text(m.content),
                    "tool_calls": calls,
                    "tool_call_id": m.tool_call_id,
                    "name": m.name,
                }
            )
        )
    return GenerateRequest(
        messages=messages,
        model=None if body.model == "auto" else body.model,
        temperature=body.temperature,
        max_tokens=body.max_completion_tokens or body.max_tokens,
        tools=body.tools or [],
        tool_choice=body.tool_choice,
    )


def _usage(usage: Usage) -> dict[str, Any]:
    return {
        "prompt_tokens": usage.input_tokens,
        "completion_tokens": usage.output_tokens,
        "total_tokens": usage.input_tokens + usage.output_tokens,
        "prompt_tokens_details": {"cached_tokens": usage.cached_input_tokens},
    }


def _calls(calls: list[ToolCall]) -> list[dict[str, Any]]:
    return [
        {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
        for c in calls
    ]


def completion(result: GenerateResult) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": result.content or None}
    if result.tool_calls:
        message["tool_calls"] = _calls(result.tool_calls)
    finish = "tool_calls" if result.tool_calls else result.finish_reason
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": result.model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": _usage(result.usage),
        "x_aurixa": {
            "provider": result.provider,
            "cost_usd": result.cost_usd,
            "cached": result.cached,
        },
    }


async def sse_chunks(handle: StreamHandle, *, include_usage: bool) -> AsyncIterator[str]:
    base = {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": handle.trace.model,
    }

    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        body = {
            **base,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
        return f"data: {json.dumps(body)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    calls = 0
    try:
        async for event in handle.events():
            if event.type == "delta" and event.text:
                yield chunk({"content": event.text})
            elif event.type == "tool_call" and event.tool_call:
                call = _calls([event.tool_call])[0]
                yield chunk({"tool_calls": [{"index": calls, **call}]})
                calls += 1
            elif event.type == "done":
                yield chunk({}, "tool_calls" if calls else (event.finish_reason or "stop"))
    except AurixaError as exc:
        # Tokens already reached the caller: no fallback is possible, report and end.
        yield f"data: {json.dumps(openai_error(exc))}\n\n"
    if include_usage and handle.usage is not None:
        yield f"data: {json.dumps({**base, 'choices': [], 'usage': _usage(handle.usage)})}\n\n"
    yield "data: [DONE]\n\n"
