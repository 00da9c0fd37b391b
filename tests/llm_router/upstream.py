"""A real OpenAI-compatible server on a free local port that fails on demand."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


@dataclass
class Behaviour:
    fail_with: int | None = None  # HTTP status to answer with instead of a completion
    reply: str = "The clinic opens at 8 am."
    calls: int = 0
    break_mid_stream: bool = False  # send one chunk, then drop the connection


def build_app(behaviour: Behaviour) -> Starlette:
    async def models(_request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": "tiny", "object": "model"}]})

    async def chat(request: Request) -> Response:
        behaviour.calls += 1
        body = await request.json()
        if behaviour.fail_with is not None:
            error = {"message": "upstream is failing", "type": "server_error", "code": None}
            return JSONResponse({"error": error}, status_code=behaviour.fail_with)
        usage = {
            "prompt_tokens": 12,
            "completion_tokens": 7,
            "total_tokens": 19,
            "prompt_tokens_details": {"cached_tokens": 4},
        }
        if not body.get("stream"):
            return JSONResponse(
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": behaviour.reply},
                        }
                    ],
                    "usage": usage,
                }
            )

        async def events() -> AsyncIterator[str]:
            for n, word in enumerate(behaviour.reply.split(" ")):
                if behaviour.break_mid_stream and n == 1:
                    raise ConnectionAbortedError("upstream dropped the stream")
                chunk = {
                    "id": "c",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {"index": 0, "delta": {"content": word + " "}, "finish_reason": None}
                    ],
                }
                yield f"data: {json.dumps(chunk)}\n\n"
            done = {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            yield f"data: {json.dumps(done)}\n\n"
            if (body.get("stream_options") or {}).get("include_usage"):
                tail = {
                    "id": "c",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": [],
                    "usage": usage,
                }
                yield f"data: {json.dumps(tail)}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return Starlette(
        routes=[Route("/v1/models", models), Route("/v1/chat/completions", chat, methods=["POST"])]
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(behaviour: Behaviour) -> Iterator[str]:
    """Run the upstream in a thread; yields its `/v1` base URL."""
    port = free_port()
    config = uvicorn.Config(
        build_app(behaviour), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def describe(behaviour: Behaviour) -> dict[str, Any]:
    return {"fail_with": behaviour.fail_with, "calls": behaviour.calls}
