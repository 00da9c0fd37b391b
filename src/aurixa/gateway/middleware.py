"""What every process puts around every request: security headers, the CORS
allow-list, the request body limit, and the per-tenant rate limit (as a hook
that runs right after authentication).

All of it is pure ASGI so Server-Sent Events and other streamed responses
pass through unbuffered.
"""

from __future__ import annotations

import contextlib

from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aurixa.core.http import error_body
from aurixa.gateway.ratelimit import STATE_KEY, RateDecision, rate_limit_hook
from aurixa.gateway.sessions import csrf_hook, session_version_hook
from aurixa.gateway.textguard import UnstorableTextMiddleware

# Pages load scripts and styles from this origin only (assets are served
# locally, never from a CDN); nothing may frame them.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
HSTS = "max-age=31536000; includeSubDomains"
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), geolocation=(), microphone=(self)"),
)


class SecurityHeadersMiddleware:
    """Adds the security headers (a header the app set itself wins), HSTS over
    TLS, `no-store` on API answers (they carry patient data) and the caller's
    rate-limit headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        https = scope.get("scheme") == "https"
        api = scope["path"].startswith(("/api/", "/v1/"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                extra = list(SECURITY_HEADERS)
                if https:
                    extra.append((b"strict-transport-security", HSTS.encode()))
                if api:
                    extra.append((b"cache-control", b"no-store"))
                decision = state.get(STATE_KEY)
                if isinstance(decision, RateDecision):
                    extra.extend(
                        (k.lower().encode(), v.encode()) for k, v in decision.headers().items()
                    )
                headers.extend((k, v) for k, v in extra if k not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _BodyTooLarge(Exception):
    pass


def _has_nul(scope: Scope) -> bool:
    # No database text column can hold NUL; refusing it here keeps every
    # service's path and query parameters from turning it into a 500.
    raw = bytes(scope.get("raw_path") or b"") + b"?" + bytes(scope.get("query_string") or b"")
    return b"%00" in raw or b"\x00" in raw or "\x00" in scope.get("path", "")


class BodySizeLimitMiddleware:
    """Refuses request bodies over `limit` bytes with `413`: at once when
    Content-Length says so, or as soon as a chunked body crosses the limit.
    Also refuses a URL carrying NUL (`400`)."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _too_large(self) -> JSONResponse:
        message = f"request body is larger than {self.limit} bytes"
        return JSONResponse(error_body("payload_too_large", message), status_code=413)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _has_nul(scope):
            message = "the URL contains a NUL character"
            body = error_body("bad_request", message, field="url")
            await JSONResponse(body, status_code=400)(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > self.limit
            except ValueError:
                too_large = False  # the server rejects a malformed length itself
            if too_large:
                await self._too_large()(scope, receive, send)
                return
        seen = 0
        exceeded = False
        started = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            # Whatever the app made of the interrupted body, the answer is 413.
            if exceeded:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        with contextlib.suppress(_BodyTooLarge):
            await self.app(scope, counting_receive, guarded_send)
        if exceeded and not started:
            await self._too_large()(scope, receive, send)


def install(app: FastAPI) -> None:
    """Called by the core for every process, gateway or single service."""
    settings = app.state.settings
    # Inside the size limit, so it never buffers more than the limit allows.
    app.add_middleware(UnstorableTextMiddleware)
    app.add_middleware(BodySizeLimitMiddleware, limit=settings.max_body_bytes)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(settings.cors_origins),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=[
            "Authorization",
            "Content-Type",
            "Idempotency-Key",
            "X-CSRF-Token",
            "X-Request-Id",
        ],
        expose_headers=[
            "X-Request-Id",
            "Retry-After",
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
        ],
        max_age=600,
    )
    # Added last, so it wraps the others: their 413s and CORS answers get headers too.
    app.add_middleware(SecurityHeadersMiddleware)
    hooks = app.state.principal_hooks
    hooks.append(session_version_hook)
    hooks.append(csrf_hook)
    hooks.append(rate_limit_hook)
