"""Nothing is reachable without credentials except the public pages. The
walk covers every route of the whole platform, so a new route that forgets
`PrincipalDep` fails here."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from starlette.routing import BaseRoute, Mount
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

PUBLIC = {
    ("GET", "/health"),
    ("GET", "/metrics"),  # public unless AURIXA_METRICS_PUBLIC=false
    ("GET", "/docs"),
    ("GET", "/openapi.json"),
    ("GET", "/static/swagger/docs-init.js"),
    ("GET", "/"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/api/v1/auth/login"),
}
PUBLIC_MOUNTS = ("/static",)
DUMMY = {"action": "get_appointments", "name": "local"}
DUMMY_ID = "00000000-0000-0000-0000-000000000000"


def _fill(path: str) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: DUMMY.get(m.group(1), DUMMY_ID), path)


def _walk(routes: list[BaseRoute]) -> Iterator[tuple[str, str]]:
    """(method, path) of every HTTP endpoint and ("WS", path) of every socket,
    through included routers however this FastAPI version nests them."""
    for route in routes:
        contexts = getattr(route, "effective_route_contexts", None)
        if contexts is not None:
            for context in contexts():
                original = context.original_route
                path = getattr(original, "path", None) or context.path
                methods = getattr(context, "methods", None)
                if methods:
                    yield from ((m, path) for m in sorted(methods) if m != "HEAD")
                else:
                    yield "WS", path
        elif isinstance(route, Mount):
            assert route.path.startswith(PUBLIC_MOUNTS), f"unexpected mount {route.path}"
        else:
            path = getattr(route, "path", "")
            methods = getattr(route, "methods", None) or {"WS"}
            yield from ((m, path) for m in sorted(methods) if m != "HEAD")


def _endpoints(app: FastAPI) -> list[tuple[str, str]]:
    return sorted(set(_walk(app.routes)))


async def test_every_route_needs_credentials(client: httpx.AsyncClient, app: FastAPI) -> None:
    endpoints = _endpoints(app)
    assert len(endpoints) > 30  # the whole platform is mounted, not just the gateway
    open_routes = []
    for method, path in endpoints:
        if method == "WS" or (method, path) in PUBLIC:
            continue
        body = {} if method in ("POST", "PUT", "PATCH") else None
        response = await client.request(method, _fill(path), json=body)
        if response.status_code != 401 or response.json()["error"]["code"] != "unauthorized":
            open_routes.append(f"{method} {path} -> {response.status_code}")
    assert open_routes == []


async def test_public_pages_really_are_public(client: httpx.AsyncClient, app: FastAPI) -> None:
    for method, path in sorted(PUBLIC):
        if method == "GET":
            response = await client.get(path)
            assert response.status_code == 200, path


def test_websockets_refuse_callers_without_credentials(app: FastAPI) -> None:
    sockets = [path for method, path in _endpoints(app) if method == "WS"]
    if not sockets:
        pytest.skip("no WebSocket routes mounted")
    # Not entered as a context manager, so no second lifespan: a socket without
    # credentials must be refused before it needs the database or a service.
    client = TestClient(app)
    for path in sockets:
        with pytest.raises(WebSocketDisconnect) as refused:
            _say_hello(client, _fill(path))
        assert refused.value.code >= 4000 or refused.value.code == 1008, path


def _say_hello(client: TestClient, path: str) -> None:
    with client.websocket_connect(path) as socket:
        socket.send_json({"type": "message", "content": "hello"})
        socket.receive_json()
