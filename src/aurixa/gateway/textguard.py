"""Refuses JSON request bodies holding text no database can store: NUL
(PostgreSQL text cannot hold it) and unpaired UTF-16 surrogates (they cannot
be encoded as UTF-8). Without this, such input reaches a service's insert and
comes back as a 500; here it is a 422 naming the field, for every service.

Only bodies that contain the escape sequences at all are parsed, so ordinary
requests pay one byte scan.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aurixa.core.http import error_body

# `\u0000` or a `\ud800`-`\udfff` escape, in either case; a raw NUL byte too.
_SUSPECT = re.compile(rb"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})|\x00")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_field(value: Any, path: tuple[str, ...] = ()) -> str | None:
    """The dotted path of the first string (or key) that cannot be stored."""
    if isinstance(value, str):
        if _UNSTORABLE.search(value) is None:
            return None
        return ".".join(path) or "body"
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = unstorable_field(item, (*path, str(index)))
            if found is not None:
                return found
    if isinstance(value, dict):
        for key, item in value.items():
            if _UNSTORABLE.search(key):
                return ".".join((*path, "<key>")) or "body"
            found = unstorable_field(item, (*path, key))
            if found is not None:
                return found
    return None


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers") or []:
        if name == b"content-type":
            media = bytes(value).split(b";", 1)[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return False


class UnstorableTextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client left: let the app see it
                await self.app(scope, _replay(b"", receive, first=message), send)
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if _SUSPECT.search(body):
            field = _field_of(body)
            if field is not None:
                message_text = f"{field}: text must not contain NUL or unpaired surrogates"
                response = JSONResponse(
                    error_body("validation_error", message_text, field=field), status_code=422
                )
                await response(scope, receive, send)
                return
        await self.app(scope, _replay(body, receive), send)


def _field_of(body: bytes) -> str | None:
    try:
        # surrogatepass: a raw NUL or bad UTF-8 is the app's own 422 to give.
        parsed = json.loads(body.decode("utf-8", "surrogatepass"))
    except (ValueError, UnicodeDecodeError):
        return None
    return unstorable_field(parsed)


def _replay(body: bytes, receive: Receive, first: Message | None = None) -> Receive:
    """A receive that hands over the buffered body once, then the real stream
    (so the app still learns of a disconnect)."""
    pending: list[Message] = [
        first if first is not None else {"type": "http.request", "body": body, "more_body": False}
    ]

    async def replay() -> Message:
        if pending:
            return pending.pop()
        return await receive()

    return replay
