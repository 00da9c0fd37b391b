"""Google Gemini `generateContent` / `streamGenerateContent` over httpx.

Wire format: `POST {base}/v1beta/models/{model}:generateContent` with
`x-goog-api-key`; roles are `user` and `model`, the system prompt is
`systemInstruction`, tools are `functionDeclarations`, calls come back as
`functionCall` parts and results go in as `functionResponse` parts. Streaming
uses `:streamGenerateContent?alt=sse`, each `data:` line a full response
object. `usageMetadata` reports `promptTokenCount` (including
`cachedContentTokenCount`), `candidatesTokenCount` and `thoughtsTokenCount`,
which is billed as output.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from aurixa.llm_router.exceptions import ProviderError, ProviderServerError
from aurixa.llm_router.providers._http import post_json, sse_events, translated
from aurixa.llm_router.providers.base import HTTPProvider, grounded_messages
from aurixa.llm_router.types import GenerateRequest, GenerateResult, StreamEvent, ToolCall, Usage

_FINISH = {"STOP": "stop", "MAX_TOKENS": "length", "SAFETY": "content_filter"}


def parse_gemini_usage(raw: dict[str, Any] | None) -> Usage:
    raw = raw or {}
    return Usage(
        input_tokens=int(raw.get("promptTokenCount") or 0),
        output_tokens=int(raw.get("candidatesTokenCount") or 0)
        + int(raw.get("thoughtsTokenCount") or 0),
        cached_input_tokens=int(raw.get("cachedContentTokenCount") or 0),
    )


def _tool_names(request: GenerateRequest) -> dict[str, str]:
    return {c.id: c.name for m in request.messages for c in m.tool_calls}


def _to_gemini(request: GenerateRequest) -> tuple[str, list[dict[str, Any]]]:
    names = _tool_names(request)
    system: list[str] = []
    contents: list[dict[str, Any]] = []
    for m in grounded_messages(request):
        if m.role == "system":
            system.append(m.content or "")
        elif m.role == "tool":
            try:
                result: Any = json.loads(m.content or "null")
            except ValueError:
                result = m.content
            name = m.name or names.get(m.tool_call_id or "", "tool")
            part = {"functionResponse": {"name": name, "response": {"result": result}}}
            contents.append({"role": "user", "parts": [part]})
        elif m.role == "assistant":
            parts: list[dict[str, Any]] = [{"text": m.content}] if m.content else []
            parts += [
                {"functionCall": {"name": c.name, "args": json.loads(c.arguments or "{}")}}
                for c in m.tool_calls
            ]
            contents.append({"role": "model", "parts": parts})
        else:
            contents.append({"role": "user", "parts": [{"text": m.content or ""}]})
    return "\n\n".join(system), contents


def _parse_parts(data: dict[str, Any], offset: int) -> tuple[str, list[ToolCall], str | None]:
    candidates = data.get("candidates") or []
    if not candidates:
        return "", [], None
    first = candidates[0]
    text: list[str] = []
    calls: list[ToolCall] = []
    for part in (first.get("content") or {}).get("parts") or []:
        if "text" in part and not part.get("thought"):
            text.append(part["text"])
        elif "functionCall" in part:
            fc = part["functionCall"]
            calls.append(
                ToolCall(
                    id=f"call_{offset + len(calls)}",
                    name=fc.get("name", ""),
                    arguments=json.dumps(fc.get("args") or {}),
                )
            )
    reason = first.get("finishReason")
    return "".join(text), calls, _FINISH.get(reason, "stop") if reason else None


class GeminiProvider(HTTPProvider):
    kind = "gemini"
    default_base_url = "https://generativelanguage.googleapis.com"

    def _headers(self) -> dict[str, str]:
        return {"x-goog-api-key": self.config.api_key} if self.config.api_key else {}

    def _body(self, request: GenerateRequest) -> dict[str, Any]:
        system, contents = _to_gemini(request)
        body: dict[str, Any] = {"contents": contents}
        if system:
            body["systemInstruction"] = {"parts": [{"text": system}]}
        config: dict[str, Any] = {}
        if request.temperature is not None:
            config["temperature"] = request.temperature
        if request.max_tokens is not None:
            config["maxOutputTokens"] = request.max_tokens
        if config:
            body["generationConfig"] = config
        if request.tools:
            body["tools"] = [
                {
                    "functionDeclarations": [
                        {
                            "name": t.function.name,
                            "description": t.function.description,
                            "parameters": t.function.parameters,
                        }
                        for t in request.tools
                    ]
                }
            ]
        return body

    async def generate(self, request: GenerateRequest, *, model: str) -> GenerateResult:
        data = await post_json(
            self._client,
            self.name,
            f"{self.base_url}/v1beta/models/{model}:generateContent",
            headers=self._headers(),
            body=self._body(request),
        )
        if not data.get("candidates"):
            reason = (data.get("promptFeedback") or {}).get("blockReason", "no candidates")
            raise ProviderServerError(f"{self.name}: {reason}", provider=self.name)
        text, calls, finish = _parse_parts(data, 0)
        return GenerateResult(
            content=text,
            tool_calls=calls,
            model=str(data.get("modelVersion") or model),
            provider=self.name,
            usage=parse_gemini_usage(data.get("usageMetadata")),
            finish_reason="tool_calls" if calls else (finish or "stop"),
        )

    async def stream(self, request: GenerateRequest, *, model: str) -> AsyncIterator[StreamEvent]:
        usage = Usage()
        finish: str | None = None
        calls: list[ToolCall] = []
        url = f"{self.base_url}/v1beta/models/{model}:streamGenerateContent?alt=sse"
        async for _event, data in sse_events(
            self._client, self.name, url, headers=self._headers(), body=self._body(request)
        ):
            async with translated(self.name):
                chunk = json.loads(data)
            if "error" in chunk:
                raise ProviderServerError(f"{self.name}: {chunk['error']}", provider=self.name)
            text, new_calls, reason = _parse_parts(chunk, len(calls))
            if text:
                yield StreamEvent(type="delta", text=text)
            calls += new_calls
            finish = reason or finish
            if chunk.get("usageMetadata"):
                usage = parse_gemini_usage(chunk["usageMetadata"])
        for call in calls:
            yield StreamEvent(type="tool_call", tool_call=call)
        yield StreamEvent(type="usage", usage=usage)
        yield StreamEvent(type="done", finish_reason="tool_calls" if calls else (finish or "stop"))

    async def health_check(self) -> bool:
        try:
            async with translated(self.name):
                response = await self._client.get(
                    f"{self.base_url}/v1beta/models", headers=self._headers()
                )
        except ProviderError:
            return False
        return response.status_code < 400
