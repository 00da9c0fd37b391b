"""Split mode: the gateway forwards each request to the service that owns its
route. Ownership is read from the services' own routers, so a new route is
proxied without a table to keep in sync."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Receive, Scope, Send

from aurixa.core.app import service_modules
from aurixa.core.errors import ServiceUnavailable, UpstreamTimeout
from aurixa.core.http import error_body
from aurixa.core.logging import REQUEST_ID_HEADER, request_id_var

# Hop-by-hop headers are the connection's own, never forwarded (RFC 9110 §7.6.1).
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


def remote_routes(remote: tuple[str, ...]) -> list[tuple[str, BaseRoute]]:
    routes: list[tuple[str, BaseRoute]] = []
    for service in remote:
        router_module = service_modules(service)[0]
        if router_module is not None:
            routes.extend((service, route) for route in router_module.router.routes)
    return routes


class ProxyMiddleware:
    def __init__(self, app: ASGIApp, *, routes: list[tuple[str, BaseRoute]], fastapi_app: FastAPI):
        self.app = app
        self.routes = routes
        self.fastapi_app = fastapi_app

    def _owner(self, scope: Scope) -> str | None:
        for service, route in self.routes:
            match, _ = route.matches(scope)
            if match is not Match.NONE:
                return service
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        owner = self._owner(scope) if scope["type"] == "http" else None
        if owner is None:
            await self.app(scope, receive, send)
            return
        client: httpx.AsyncClient = self.fastapi_app.state.service_clients[owner]
        request = Request(scope, receive)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        headers[REQUEST_ID_HEADER] = request_id_var.get() or headers.get(REQUEST_ID_HEADER, "")
        upstream_request = client.build_request(
            request.method,
            request.url.path,
            params=str(request.query_params),
            headers=headers,
            content=await request.body(),
        )
        try:
            upstream = await client.send(upstream_request, stream=True)
        except httpx.TimeoutException as exc:
            response = _error_response(UpstreamTimeout(f"{owner} did not answer in time"), exc)
            await response(scope, receive, send)
            return
        except httpx.TransportError as exc:
            response = _error_response(ServiceUnavailable(f"{owner} is unreachable"), exc)
            await response(scope, receive, send)
            return

        async def body() -> AsyncIterator[bytes]:
            try:
                async for chunk in upstream.aiter_raw():
                    yield chunk
            finally:
                await upstream.aclose()

        response_headers = {
            k: v
            for k, v in upstream.headers.items()
            if k.lower() not in _HOP_BY_HOP and k.lower() != REQUEST_ID_HEADER
        }
        streamed = StreamingResponse(
            body(), status_code=upstream.status_code, headers=response_headers
        )
        await streamed(scope, receive, send)


def _error_response(error: ServiceUnavailable | UpstreamTimeout, _exc: Exception) -> JSONResponse:
    return JSONResponse(error_body(error.code, error.message), status_code=error.status_code)


def install_proxy(app: FastAPI, remote: tuple[str, ...]) -> None:
    app.add_middleware(ProxyMiddleware, routes=remote_routes(remote), fastapi_app=app)
