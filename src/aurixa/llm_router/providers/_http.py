"""Turning httpx failures and vendor error bodies into our exception types."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from aurixa.llm_router.exceptions import (
    ContextLengthExceeded,
    ProviderAuthError,
    ProviderBadRequest,
    ProviderError,
    ProviderRateLimited,
    ProviderServerError,
    ProviderTimeout,
    ProviderUnreachable,
)

_CONTEXT_MARKERS = (
    "context_length",
    "context length",
    "maximum context",
    "too long",
    "token limit",
)


def _error_message(body: Any) -> str:
    """The human message of OpenAI, Anthropic and Gemini error bodies alike."""
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict):
            return str(err.get("message") or err.get("type") or err.get("status") or err)
        return str(err)
    return str(body)[:500]


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("retry-after")
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None


def raise_for_status(response: httpx.Response, provider: str, body_text: str) -> None:
    """Raise the error matching a non-2xx answer; do nothing on success."""
    status = response.status_code
    if status < 400:
        return
    try:
        body: Any = json.loads(body_text)
    except ValueError:
        body = body_text
    message = f"{provider}: {_error_message(body)}"
    kwargs: dict[str, Any] = {"provider": provider, "upstream_status": status}
    if status == 429:
        raise ProviderRateLimited(message, retry_after=_retry_after(response), **kwargs)
    if status in (401, 403):
        raise ProviderAuthError(message, **kwargs)
    if status in (408, 504):
        raise ProviderTimeout(message, **kwargs)
    if status >= 500:
        # Anthropic's 529 "overloaded" lands here too.
        raise ProviderServerError(message, **kwargs)
    lowered = message.lower()
    if status in (400, 413, 422) and any(m in lowered for m in _CONTEXT_MARKERS):
        raise ContextLengthExceeded(message, provider=provider)
    if status == 404:
        # An unknown model at this provider: another provider may serve the request.
        raise ProviderServerError(message, **kwargs)
    raise ProviderBadRequest(message, **kwargs)


@asynccontextmanager
async def translated(provider: str) -> AsyncIterator[None]:
    """Translate transport failures raised inside the block."""
    try:
        yield
    except ProviderError:
        raise
    except httpx.TimeoutException as exc:
        raise ProviderTimeout(f"{provider}: timed out", provider=provider) from exc
    except httpx.TransportError as exc:
        raise ProviderUnreachable(f"{provider}: {type(exc).__name__}", provider=provider) from exc
    except json.JSONDecodeError as exc:
        raise ProviderServerError(f"{provider}: malformed JSON answer", provider=provider) from exc


async def post_json(
    client: httpx.AsyncClient, provider: str, url: str, *, headers: dict[str, str], body: Any
) -> dict[str, Any]:
    async with translated(provider):
        response = await client.post(url, headers=headers, json=body)
        raise_for_status(response, provider, response.text)
        data = response.json()
    if not isinstance(data, dict):
        raise ProviderServerError(f"{provider}: unexpected answer shape", provider=provider)
    return data


async def sse_events(
    client: httpx.AsyncClient, provider: str, url: str, *, headers: dict[str, str], body: Any
) -> AsyncIterator[tuple[str, str]]:
    """Yield `(event, data)` pairs of a Server-Sent Events answer."""
    async with (
        translated(provider),
        client.stream("POST", url, headers=headers, json=body) as response,
    ):
        if response.status_code >= 400:
            text = (await response.aread()).decode("utf-8", "replace")
            raise_for_status(response, provider, text)
        event = ""
        data_lines: list[str] = []
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data_lines.append(line[5:].lstrip())
            elif not line.strip() and data_lines:
                yield event, "\n".join(data_lines)
                event, data_lines = "", []
        if data_lines:
            yield event, "\n".join(data_lines)
