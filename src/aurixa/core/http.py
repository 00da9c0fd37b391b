"""HTTP plumbing shared by every service: request ids, access logs, request
metrics and the one error renderer (API.md's error body)."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from prometheus_client import Counter, Histogram
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aurixa.core.errors import AurixaError
from aurixa.core.logging import REQUEST_ID_HEADER, get_logger, request_id_var

log = get_logger("aurixa.http")

REQUESTS = Counter("aurixa_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram(
    "aurixa_http_request_duration_seconds",
    "HTTP request latency",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def current_request_id() -> str | None:
    return request_id_var.get()


def error_body(
    code: str, message: str, *, field: str | None = None, request_id: str | None = None
) -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "message": message,
            "field": field,
            "request_id": request_id or current_request_id(),
        }
    }


# OpenAI's error `type` per status, for the OpenAI-compatible `/v1` API.
_OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "insufficient_quota",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


def openai_error_body(
    status_code: int, code: str, message: str, *, field: str | None = None
) -> dict[str, Any]:
    """OpenAI's error shape, so OpenAI clients pointed at `/v1` understand us."""
    kind = _OPENAI_TYPES.get(
        status_code, "api_error" if status_code >= 500 else "invalid_request_error"
    )
    return {"error": {"message": message, "type": kind, "param": field, "code": code}}


def _is_openai_path(request: Request) -> bool:
    return request.url.path.startswith("/v1/")


def _field_of(loc: Any, *, located: bool = True) -> str | None:
    parts = [str(p) for p in loc]
    # FastAPI puts where the value came from first (`located`); a field may
    # itself be named "query" (the search body), so only that element is dropped.
    if located and parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(parts) or None


def first_problem(problems: Sequence[Any], *, located: bool = True) -> tuple[str | None, str]:
    """The field and message of a validation error's first problem; `located`
    when the locations start with where the value came from (FastAPI's)."""
    first = problems[0] if problems else {"loc": (), "msg": "invalid request"}
    field = _field_of(first.get("loc", ()), located=located)
    message = f"{field}: {first.get('msg')}" if field else str(first.get("msg"))
    return field, message


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AurixaError)
    async def _aurixa(request: Request, exc: AurixaError) -> JSONResponse:
        if exc.status_code >= 500:
            log.error("request_failed", code=exc.code, message=exc.message)
        if _is_openai_path(request):
            return JSONResponse(
                openai_error_body(exc.status_code, exc.code, exc.message, field=exc.field),
                status_code=exc.status_code,
                headers=exc.headers,
            )
        body = error_body(exc.code, exc.message, field=exc.field)
        if exc.details:
            body["error"]["details"] = exc.details
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = exc.errors()
        field, message = first_problem(problems)
        if _is_openai_path(request):
            return JSONResponse(
                openai_error_body(422, "invalid_value", message, field=field), status_code=422
            )
        body = error_body("validation_error", message, field=field)
        body["error"]["details"] = [
            {"field": _field_of(p.get("loc", ())), "message": p.get("msg"), "type": p.get("type")}
            for p in problems
        ]
        return JSONResponse(body, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}
        code = codes.get(exc.status_code, "http_error")
        return JSONResponse(
            error_body(code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )


class RequestContextMiddleware:
    """Assigns or echoes `x-request-id`, logs one line per request and records
    Prometheus metrics. Pure ASGI so streamed responses pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(REQUEST_ID_HEADER.encode(), b"").decode()
        request_id = incoming if _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = {"code": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                status["started"] = 1
                headers = list(message.get("headers", []))
                headers.append((REQUEST_ID_HEADER.encode(), request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            # Rendered here rather than by Starlette's outermost handler, so the
            # 500 still carries the request id in its header and body.
            log.exception("unhandled_error", error_type=type(exc).__name__)
            if scope["type"] != "http" or status.get("started"):
                raise
            response = JSONResponse(
                error_body("internal_error", "internal error; quote the request id to support"),
                status_code=500,
            )
            await response(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            method = scope.get("method", "WS")
            REQUESTS.labels(method, template, str(status["code"])).inc()
            LATENCY.labels(method, template).observe(elapsed)
            if scope["path"] not in ("/health", "/metrics"):
                principal = (scope.get("state") or {}).get("principal")
                log.info(
                    "request",
                    method=method,
                    path=scope["path"],
                    status=status["code"],
                    duration_ms=round(elapsed * 1000, 2),
                    tenant_id=getattr(principal, "tenant_id", None),
                    actor=getattr(principal, "actor", None),
                )
            request_id_var.reset(token)


def install_middleware(app: FastAPI) -> None:
    from aurixa.core.app import _optional_module

    security = _optional_module("aurixa.gateway.middleware")
    if security is not None and hasattr(security, "install"):
        security.install(app)
    # Added last so it wraps everything: every response, errors included, has the id.
    app.add_middleware(RequestContextMiddleware)
