"""Security headers, CORS allow-list, the body size limit, and that streamed
answers pass through unbuffered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from starlette.types import Message

from aurixa.core.settings import Settings
from aurixa.gateway.middleware import install
from tests.factories import Factory


async def test_every_answer_carries_the_security_headers(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    for response in (
        await client.get("/health"),
        await client.get("/docs"),
        await client.get("/api/v1/auth/me", headers=ctx.staff),
        await client.get("/api/v1/admin/tenants"),  # an error answer too
        await client.get("/no/such/page"),
    ):
        headers = response.headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-request-id"]
        assert "strict-transport-security" not in headers  # plain http here
    api = await client.get("/api/v1/auth/me", headers=ctx.staff)
    assert api.headers["cache-control"] == "no-store"


async def test_hsts_only_over_tls(app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://aurixa.example") as tls:
        response = await tls.get("/health")
    assert response.headers["strict-transport-security"].startswith("max-age=31536000")


async def test_cors_answers_only_allowed_origins(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    allowed = settings.cors_origins[0]
    preflight = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
    }
    ok = await client.options("/api/v1/admin/tenants", headers={"Origin": allowed, **preflight})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == allowed
    assert "authorization" in ok.headers["access-control-allow-headers"].lower()

    evil = await client.options(
        "/api/v1/admin/tenants", headers={"Origin": "https://evil.example", **preflight}
    )
    assert evil.status_code == 400
    assert "access-control-allow-origin" not in evil.headers
    simple = await client.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


async def test_a_body_over_the_limit_is_413_with_the_error_body(
    client: httpx.AsyncClient, factory: Factory, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    big = b'{"name": "' + b"x" * (settings.max_body_bytes + 10) + b'", "slug": "big"}'
    declared = await client.post(
        "/api/v1/admin/tenants",
        content=big,
        headers={**ctx.admin, "content-type": "application/json"},
    )
    assert declared.status_code == 413
    assert declared.json()["error"]["code"] == "payload_too_large"
    assert declared.headers["x-request-id"] == declared.json()["error"]["request_id"]

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it arrives
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    chunked = await client.post(
        "/api/v1/admin/tenants",
        content=chunks(),
        headers={**ctx.admin, "content-type": "application/json"},
    )
    assert chunked.status_code == 413
    assert chunked.json()["error"]["code"] == "payload_too_large"


async def test_streamed_responses_are_not_buffered(settings: Settings) -> None:
    app = FastAPI()
    app.state.settings = settings
    app.state.principal_hooks = []
    install(app)
    first_chunk_seen = asyncio.Event()

    @app.get("/api/v1/stream")
    async def stream() -> StreamingResponse:
        async def events() -> AsyncIterator[bytes]:
            yield b"event: token\ndata: one\n\n"
            # Only continues once the client has the first event: a buffering
            # middleware would deadlock here.
            await asyncio.wait_for(first_chunk_seen.wait(), timeout=5)
            yield b"event: done\ndata: two\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    sent: list[Message] = []
    finished = asyncio.Event()
    requested = False

    async def receive() -> Message:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await finished.wait()  # the client stays connected until the answer is complete
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)
        if message["type"] == "http.response.body" and b"one" in message.get("body", b""):
            first_chunk_seen.set()
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            finished.set()

    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/api/v1/stream",
        "raw_path": b"/api/v1/stream",
        "query_string": b"",
        "headers": [],
        "server": ("t", 80),
        "client": ("c", 1),
        "root_path": "",
    }
    await asyncio.wait_for(app(scope, receive, send), timeout=10)
    bodies = [m.get("body", b"") for m in sent if m["type"] == "http.response.body"]
    assert bodies[0] == b"event: token\ndata: one\n\n"
    assert b"".join(bodies).endswith(b"data: two\n\n")
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert (b"x-content-type-options", b"nosniff") in start["headers"]


async def test_text_no_database_can_store_is_422_naming_the_field_for_every_service(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    cases = [
        ("/api/v1/knowledge/articles", {"title": "Hours\u0000", "body": "Open 9 to 5."}, "title"),
        ("/api/v1/orchestration/pipelines", {"prompt": "hours?\u0000"}, "prompt"),
        (
            "/api/v1/admin/tenants",
            {"name": "A", "slug": "a", "settings": {"x": ["ok", "\u0000"]}},
            "settings.x.1",
        ),
    ]
    for path, body, field in cases:
        response = await client.post(path, json=body, headers=ctx.admin)
        assert response.status_code == 422, (path, response.text)
        assert response.json()["error"]["field"] == field
    raw = b'{"text": "lone \\ud83d surrogate", "direction": "input"}'
    response = await client.post(
        "/api/v1/safety/check",
        content=raw,
        headers={**ctx.staff, "content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "text"


async def test_escaped_backslashes_and_paired_surrogates_pass(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    # A literal backslash-u0000 in text, and an emoji as a surrogate pair.
    raw = b'{"text": "path C:\\\\u0000 and \\ud83d\\ude00", "direction": "input"}'
    response = await client.post(
        "/api/v1/safety/check",
        content=raw,
        headers={**ctx.staff, "content-type": "application/json"},
    )
    assert response.status_code == 200, response.text
