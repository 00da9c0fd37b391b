"""OpenAI Chat Completions over httpx; also every OpenAI-compatible server.

Wire format: `POST {base}/chat/completions` with `Authorization: Bearer`;
streamed answers are SSE `data:` chunks ending in `data: [DONE]`, with usage in
a last chunk when `stream_options.include_usage` is set. Ollama, vLLM,
LM Studio and llama.cpp's server speak the same format under their `/v1`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from aurixa.llm_router.exceptions import ProviderError, ProviderServerError
from aurixa.llm_router.providers._http import (
    post_json,
    raise_for_status,
    sse_events,
    translated,
)
from aurixa.llm_router.providers.base import HTTPProvider, ProviderConfig, grounded_messages
from aurixa.llm_router.types import (
    GenerateRequest,
    GenerateResult,
    Message,
    StreamEvent,
    ToolCall,
    Usage,
)


def to_openai_messages(messages: list[Message]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for m in messages:
        item: dict[str, Any] = {"role": m.role, "content": m.content}
        if m.tool_calls:
            item["tool_calls"] = [
                {
                    "id": c.id,
                    "type": "function",
                    "function": {"name": c.name, "arguments": c.arguments},
                }
                for c in m.tool_calls
            ]
        if m.tool_call_id:
            item["tool_call_id"] = m.tool_call_id
        if m.name:
            item["name"] = m.name
        out.append(item)
    return out


def parse_openai_usage(raw: dict[str, Any] | None) -> Usage:
    if not raw:
        return Usage()
    details = raw.get("prompt_tokens_details") or {}
    return Usage(
        input_tokens=int(raw.get("prompt_tokens") or 0),
        output_tokens=int(raw.get("completion_tokens") or 0),
        cached_input_tokens=int(details.get("cached_tokens") or 0),
    )


class OpenAIProvider(HTTPProvider):
    kind = "openai"
    default_base_url = "https://api.openai.com/v1"

    def _headers(self) -> dict[str, str]:
        key = self.config.api_key
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _body(self, request: GenerateRequest, model: str, *, stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": model,
            "messages": to_openai_messages(grounded_messages(request)),
        }
        if request.temperature is not None:
            body["temperature"] = request.temperature
        if request.max_tokens is not None:
            body["max_tokens"] = request.max_tokens
        if request.tools:
            body["tools"] = [t.model_dump() for t in request.tools]
            if request.tool_choice is not None:
                body["tool_choice"] = request.tool_choice
        if stream:
            body["stream"] = True
            body["stream_options"] = {"include_usage": True}
        return body

    async def generate(self, request: GenerateRequest, *, model: str) -> GenerateResult:
        data = await post_json(
            self._client,
            self.name,
            f"{self.base_url}/chat/completions",
            headers=self._headers(),
            body=self._body(request, model, stream=False),
        )
        choices = data.get("choices") or []
        if not choices:
            raise ProviderServerError(f"{self.name}: answer without choices", provider=self.name)
        message = choices[0].get("message") or {}
        calls = [
            ToolCall(
                id=c.get("id", ""),
                name=(c.get("function") or {}).get("name", ""),
                arguments=(c.get("function") or {}).get("arguments") or "{}",
            )
            for c in message.get("tool_calls") or []
        ]
        return GenerateResult(
            content=message.get("content") or "",
            tool_calls=calls,
            model=str(data.get("model") or model),
            provider=self.name,
            usage=parse_openai_usage(data.get("usage")),
            finish_reason=choices[0].get("finish_reason") or "stop",
        )

    async def stream(self, request: GenerateRequest, *, model: str) -> AsyncIterator[StreamEvent]:
        partial: dict[int, dict[str, str]] = {}
        usage = Usage()
        finish: str | None = None
        events = sse_events(
            self._client,
            self.name,
            f"{self.base_url}/chat/completions",
            headers=self._headers(),
            body=self._body(request, model, stream=True),
        )
        async for _event, data in events:
            if data.strip() == "[DONE]":
                break
            async with translated(self.name):
                chunk = json.loads(data)
            if "error" in chunk:
                raise ProviderServerError(f"{self.name}: {chunk['error']}", provider=self.name)
            if chunk.get("usage"):
                usage = parse_openai_usage(chunk["usage"])
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    yield StreamEvent(type="delta", text=delta["content"])
                for frag in delta.get("tool_calls") or []:
                    slot = partial.setdefault(
                        int(frag.get("index", 0)), {"id": "", "name": "", "args": ""}
                    )
                    fn = frag.get("function") or {}
                    slot["id"] = frag.get("id") or slot["id"]
                    slot["name"] = fn.get("name") or slot["name"]
                    slot["args"] += fn.get("arguments") or ""
                finish = choice.get("finish_reason") or finish
        for _, slot in sorted(partial.items()):
            call = ToolCall(id=slot["id"], name=slot["name"], arguments=slot["args"] or "{}")
            yield StreamEvent(type="tool_call", tool_call=call)
        yield StreamEvent(type="usage", usage=usage)
        yield StreamEvent(type="done", finish_reason=finish or "stop")

    async def list_models(self) -> list[str]:
        async with translated(self.name):
            response = await self._client.get(f"{self.base_url}/models", headers=self._headers())
            raise_for_status(response, self.name, response.text)
            data = response.json()
        return [str(m["id"]) for m in data.get("data") or [] if isinstance(m, dict) and "id" in m]

    async def health_check(self) -> bool:
        try:
            async with translated(self.name):
                response = await self._client.get(
                    f"{self.base_url}/models", headers=self._headers()
                )
        except ProviderError:
            return False
        return response.status_code < 500 and response.status_code not in (401, 403)


class OpenAICompatibleProvider(OpenAIProvider):
    """Ollama, vLLM, LM Studio, llama.cpp server: a base URL and an optional key."""

    kind = "openai_compatible"
    default_base_url = "http://127.0.0.1:11434/v1"

    def __init__(self, config: ProviderConfig, **kwargs: Any) -> None:
        super().__init__(config, **kwargs)
