"""Split mode: the gateway forwards `/ws/*` WebSockets to the orchestration
service, frame by frame (the HTTP proxy does not carry WebSockets).

Mounted by the app factory when the gateway runs here and orchestration runs
elsewhere: `install_ws_proxy(app, orchestration_url)`. Credentials travel in
the handshake headers and the orchestration service authenticates them, so the
gateway adds no second notion of who is calling. Close codes (4401, 4404...)
pass through unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from aurixa.core.logging import REQUEST_ID_HEADER, get_logger, request_id_var

log = get_logger(__name__)

PREFIX = "/ws/"
_FORWARDED = ("authorization", "cookie", "origin", "user-agent", "accept-language")
CLOSE_UNAVAILABLE = 1013  # "try again later" (RFC 6455 registry)


def upstream_url(base: str, scope: Scope) -> str:
    url = base.rstrip("/").replace("http://", "ws://", 1).replace("https://", "wss://", 1)
    query = scope.get("query_string", b"").decode()
    path: str = scope["path"]
    return url + path + (f"?{query}" if query else "")


async def _client_to_upstream(websocket: WebSocket, upstream: ClientConnection) -> None:
    try:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                await upstream.close(code=message.get("code", 1000))
                return
            if message.get("text") is not None:
                await upstream.send(message["text"])
            elif message.get("bytes") is not None:
                await upstream.send(message["bytes"])
    except (WebSocketDisconnect, ConnectionClosed):
        await upstream.close()


async def _upstream_to_client(websocket: WebSocket, upstream: ClientConnection) -> None:
    code, reason = 1000, ""
    try:
        async for frame in upstream:
            if isinstance(frame, str):
                await websocket.send_text(frame)
            else:
                await websocket.send_bytes(frame)
    except ConnectionClosed:
        pass
    if upstream.close_code is not None:
        code, reason = upstream.close_code, upstream.close_reason or ""
    with contextlib.suppress(RuntimeError):  # the client may have gone already
        await websocket.close(code=code, reason=reason)


async def forward(websocket: WebSocket, base_url: str) -> None:
    headers = [(k, v) for k, v in websocket.headers.items() if k in _FORWARDED]
    headers.append((REQUEST_ID_HEADER, request_id_var.get() or ""))
    try:
        upstream = await connect(
            upstream_url(base_url, websocket.scope),
            additional_headers=headers,
            open_timeout=10,
            compression=None,
            proxy=None,
        )
    except (OSError, InvalidHandshake, TimeoutError) as exc:
        log.warning("ws_upstream_unreachable", error_type=type(exc).__name__)
        await websocket.accept()
        await websocket.close(code=CLOSE_UNAVAILABLE, reason="orchestration is unreachable")
        return
    await websocket.accept()
    async with upstream:
        pumps = [
            asyncio.create_task(_client_to_upstream(websocket, upstream)),
            asyncio.create_task(_upstream_to_client(websocket, upstream)),
        ]
        _done, pending = await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError):
                await task


class WebSocketProxyMiddleware:
    def __init__(self, app: ASGIApp, *, base_url: str) -> None:
        self.app = app
        self.base_url = base_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and scope["path"].startswith(PREFIX):
            await forward(WebSocket(scope, receive, send), self.base_url)
            return
        await self.app(scope, receive, send)


def install_ws_proxy(app: FastAPI, base_url: str) -> None:
    app.add_middleware(WebSocketProxyMiddleware, base_url=base_url)
