"""Anthropic Messages API over httpx.

Wire format: `POST {base}/v1/messages` with `x-api-key` and
`anthropic-version: 2023-06-01`; the system prompt is a top-level field, tool
calls are `tool_use` content blocks and tool results `tool_result` blocks in a
user message. Usage reports `input_tokens` *excluding* cache reads and writes,
which come as `cache_read_input_tokens` / `cache_creation_input_tokens`.
Streams are SSE events `message_start`, `content_block_*`, `message_delta`,
`message_stop` (and `error`, e.g. `overloaded_error`, mid-stream).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from aurixa.llm_router.exceptions import ProviderError, ProviderServerError
from aurixa.llm_router.providers._http import post_json, sse_events, translated
from aurixa.llm_router.providers.base import HTTPProvider, grounded_messages
from aurixa.llm_router.types import GenerateRequest, GenerateResult, StreamEvent, ToolCall, Usage

API_VERSION = "2023-06-01"
DEFAULT_MAX_TOKENS = 1024
_STOP_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
}


def parse_anthropic_usage(raw: dict[str, Any] | None) -> Usage:
    raw = raw or {}
    read = int(raw.get("cache_read_input_tokens") or 0)
    written = int(raw.get("cache_creation_input_tokens") or 0)
    return Usage(
        input_tokens=int(raw.get("input_tokens") or 0) + read + written,
        output_tokens=int(raw.get("output_tokens") or 0),
        cached_input_tokens=read,
        cache_write_tokens=written,
    )


def _to_anthropic(request: GenerateRequest) -> tuple[str, list[dict[str, Any]]]:
    system: list[str] = []
    out: list[dict[str, Any]] = []
    for m in grounded_messages(request):
        if m.role == "system":
            system.append(m.content or "")
            continue
        if m.role == "tool":
            block = {
                "type": "tool_result",
                "tool_use_id": m.tool_call_id or "",
                "content": m.content or "",
            }
            # Consecutive tool results belong to one user turn.
            if out and out[-1]["role"] == "user" and isinstance(out[-1]["content"], list):
                out[-1]["content"].append(block)
            else:
                out.append({"role": "user", "content": [block]})
            continue
        if m.role == "assistant" and m.tool_calls:
            blocks: list[dict[str, Any]] = (
                [{"type": "text", "text": m.content}] if m.content else []
            )
            blocks += [
                {
                    "type": "tool_use",
                    "id": c.id,
                    "name": c.name,
                    "input": json.loads(c.arguments or "{}"),
                }
                for c in m.tool_calls
            ]
            out.append({"role": "assistant", "content": blocks})
            continue
        out.append({"role": m.role, "content": m.content or ""})
    return "\n\n".join(system), out


class AnthropicProvider(HTTPProvider):
    kind = "anthropic"
    default_base_url = "https://api.anthropic.com"

    def _headers(self) -> dict[str, str]:
        headers = {"anthropic-version": API_VERSION}
        if self.config.api_key:
            headers["x-api-key"] = self.config.api_key
        return headers

    def _body(self, request: GenerateRequest, model: str, *, stream: bool) -> dict[str, Any]:
        system, messages = _to_anthropic(request)
        body: dict[str, Any] = {
            "model": model,
            "max_tokens": request.max_tokens or DEFAULT_MAX_TOKENS,
            "messages": messages,
        }
        if system:
            body["system"] = system
        if request.temperature is not None:
            body["temperature"] = min(request.temperature, 1.0)
        if request.tools:
            body["tools"] = [
                {
                    "name": t.function.name,
                    "description": t.function.description,
                    "input_schema": t.function.parameters,
                }
                for t in request.tools
            ]
        if stream:
            body["stream"] = True
        return body

    async def generate(self, request: GenerateRequest, *, model: str) -> GenerateResult:
        data = await post_json(
            self._client,
            self.name,
            f"{self.base_url}/v1/messages",
            headers=self._headers(),
            body=self._body(request, model, stream=False),
        )
        text: list[str] = []
        calls: list[ToolCall] = []
        for block in data.get("content") or []:
            if block.get("type") == "text":
                text.append(block.get("text", ""))
            elif block.get("type") == "tool_use":
                calls.append(
                    ToolCall(
                        id=block.get("id", ""),
                        name=block.get("name", ""),
                        arguments=json.dumps(block.get("input") or {}),
                    )
                )
        return GenerateResult(
            content="".join(text),
            tool_calls=calls,
            model=str(data.get("model") or model),
            provider=self.name,
            usage=parse_anthropic_usage(data.get("usage")),
            finish_reason=_STOP_REASONS.get(str(data.get("stop_reason")), "stop"),
        )

    async def stream(self, request: GenerateRequest, *, model: str) -> AsyncIterator[StreamEvent]:
        usage_raw: dict[str, Any] = {}
        tools: dict[int, dict[str, str]] = {}
        finish = "stop"
        events = sse_events(
            self._client,
            self.name,
            f"{self.base_url}/v1/messages",
            headers=self._headers(),
            body=self._body(request, model, stream=True),
        )
        async for _event, data in events:
            async with translated(self.name):
                payload = json.loads(data)
            kind = payload.get("type")
            if kind == "error":
                err = payload.get("error") or {}
                raise ProviderServerError(
                    f"{self.name}: {err.get('message', err)}", provider=self.name
                )
            if kind == "message_start":
                usage_raw.update((payload.get("message") or {}).get("usage") or {})
            elif kind == "content_block_start":
                block = payload.get("content_block") or {}
                if block.get("type") == "tool_use":
                    tools[int(payload.get("index", 0))] = {
                        "id": block.get("id", ""),
                        "name": block.get("name", ""),
                        "args": "",
                    }
            elif kind == "content_block_delta":
                delta = payload.get("delta") or {}
                if delta.get("type") == "text_delta" and delta.get("text"):
                    yield StreamEvent(type="delta", text=delta["text"])
                elif delta.get("type") == "input_json_delta":
                    tools[int(payload.get("index", 0))]["args"] += delta.get("partial_json", "")
            elif kind == "message_delta":
                usage_raw.update(
                    {k: v for k, v in (payload.get("usage") or {}).items() if v is not None}
                )
                reason = (payload.get("delta") or {}).get("stop_reason")
                finish = _STOP_REASONS.get(str(reason), finish)
            elif kind == "message_stop":
                break
        for _, slot in sorted(tools.items()):
            yield StreamEvent(
                type="tool_call",
                tool_call=ToolCall(
                    id=slot["id"], name=slot["name"], arguments=slot["args"] or "{}"
                ),
            )
        yield StreamEvent(type="usage", usage=parse_anthropic_usage(usage_raw))
        yield StreamEvent(type="done", finish_reason=finish)

    async def health_check(self) -> bool:
        try:
            async with translated(self.name):
                response = await self._client.get(
                    f"{self.base_url}/v1/models", headers=self._headers()
                )
        except ProviderError:
            return False
        return response.status_code < 400
