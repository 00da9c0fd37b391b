"""A minimal OpenAI-compatible upstream for the gateway-overhead bench.

Answers instantly with a fixed completion (and usage), streamed or not, so the
bench measures what the gateway adds, not a model.

    .venv/bin/python -m uvicorn llm_upstream:app --app-dir bench --port 9100
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

REPLY = "The clinic is open from 8 am to 6 pm on weekdays."
USAGE = {"prompt_tokens": 40, "completion_tokens": 12, "total_tokens": 52}


async def models(_request: Request) -> Response:
    return JSONResponse({"object": "list", "data": [{"id": "bench-model", "object": "model"}]})


async def chat(request: Request) -> Response:
    body = await request.json()
    if not body.get("stream"):
        return JSONResponse(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": 0,
                "model": body.get("model", "bench-model"),
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": REPLY},
                    }
                ],
                "usage": USAGE,
            }
        )

    async def events() -> AsyncIterator[str]:
        base = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "bench-model"}
        for word in REPLY.split(" "):
            delta = {"index": 0, "delta": {"content": word + " "}, "finish_reason": None}
            yield f"data: {json.dumps({**base, 'choices': [delta]})}\n\n"
        yield f"data: {json.dumps({**base, 'choices': [], 'usage': USAGE})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


app = Starlette(
    routes=[Route("/v1/models", models), Route("/v1/chat/completions", chat, methods=["POST"])]
)
