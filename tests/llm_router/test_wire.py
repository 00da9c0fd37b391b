"""Provider adapters against recorded transcripts in each vendor's documented wire format."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from aurixa.core.errors import UpstreamError
from aurixa.llm_router.catalogue import Catalogue
from aurixa.llm_router.exceptions import (
    ContextLengthExceeded,
    ProviderAuthError,
    ProviderRateLimited,
    ProviderServerError,
    ProviderTimeout,
)
from aurixa.llm_router.providers.anthropic import AnthropicProvider
from aurixa.llm_router.providers.base import ProviderConfig
from aurixa.llm_router.providers.gemini import GeminiProvider
from aurixa.llm_router.providers.openai import OpenAIProvider
from aurixa.llm_router.types import GenerateRequest, Message, Tool, ToolFunction

ASK = GenerateRequest(
    messages=[
        Message(role="system", content="Be brief."),
        Message(role="user", content="When do you open?"),
    ]
)
WEATHER = Tool(
    function=ToolFunction(
        name="get_availability",
        description="free slots",
        parameters={"type": "object", "properties": {"date_from": {"type": "string"}}},
    )
)


def sse(*events: tuple[str | None, dict[str, object] | str]) -> bytes:
    out = []
    for name, data in events:
        payload = data if isinstance(data, str) else json.dumps(data)
        out.append((f"event: {name}\n" if name else "") + f"data: {payload}\n\n")
    return "".join(out).encode()


def openai() -> OpenAIProvider:
    return OpenAIProvider(ProviderConfig(name="openai", kind="openai", api_key="sk-test"))


@respx.mock
async def test_openai_plain_answer_usage_and_cost_with_cached_tokens() -> None:
    route = respx.post("https://api.openai.com/v1/chat/completions").respond(
        json={
            "id": "chatcmpl-9",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-4o-mini-2024-07-18",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "At 8 am."},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": 2000,
                "completion_tokens": 100,
                "total_tokens": 2100,
                "prompt_tokens_details": {"cached_tokens": 1000},
            },
        }
    )
    result = await openai().generate(ASK, model="gpt-4o-mini")
    sent = json.loads(route.calls[0].request.content)
    assert route.calls[0].request.headers["authorization"] == "Bearer sk-test"
    assert sent["messages"][0] == {"role": "system", "content": "Be brief."}
    assert result.content == "At 8 am."
    assert result.usage.cached_input_tokens == 1000
    info = Catalogue.load().get("openai/gpt-4o-mini")
    assert info is not None
    # 1000 fresh at $0.15/M + 1000 cached at $0.075/M + 100 out at $0.60/M
    assert info.cost(result.usage) == pytest.approx(0.000285)


@respx.mock
async def test_openai_tool_call_is_parsed() -> None:
    respx.post("https://api.openai.com/v1/chat/completions").respond(
        json={
            "id": "x",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-4o-mini",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "tool_calls",
                    "message": {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {
                                    "name": "get_availability",
                                    "arguments": '{"date_from":"2026-12-01"}',
                                },
                            }
                        ],
                    },
                }
            ],
            "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60},
        }
    )
    request = ASK.model_copy(update={"tools": [WEATHER]})
    result = await openai().generate(request, model="gpt-4o-mini")
    assert result.tool_calls[0].name == "get_availability"
    assert json.loads(result.tool_calls[0].arguments) == {"date_from": "2026-12-01"}
    assert result.finish_reason == "tool_calls"


@respx.mock
async def test_openai_stream_assembles_text_tool_fragments_and_usage() -> None:
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-mini"}
    body = sse(
        (
            None,
            {
                **chunk,
                "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Open "}}],
            },
        ),
        (None, {**chunk, "choices": [{"index": 0, "delta": {"content": "at 8."}}]}),
        (
            None,
            {
                **chunk,
                "choices": [
                    {
                        "index": 0,
                        "delta": {
                            "tool_calls": [
                                {
                                    "index": 0,
                                    "id": "call_7",
                                    "type": "function",
                                    "function": {
                                        "name": "get_availability",
                                        "arguments": '{"date_',
                                    },
                                }
                            ]
                        },
                    }
                ],
            },
        ),
        (
            None,
            {
                **chunk,
                "choices": [
                    {
                        "index": 0,
                        "delta": {
                            "tool_calls": [{"index": 0, "function": {"arguments": 'from":"x"}'}}]
                        },
                        "finish_reason": "tool_calls",
                    }
                ],
            },
        ),
        (
            None,
            {
                **chunk,
                "choices": [],
                "usage": {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13},
            },
        ),
        (None, "[DONE]"),
    )
    respx.post("https://api.openai.com/v1/chat/completions").respond(
        content=body, headers={"content-type": "text/event-stream"}
    )
    events = [e async for e in openai().stream(ASK, model="gpt-4o-mini")]
    assert "".join(e.text for e in events if e.type == "delta") == "Open at 8."
    call = next(e.tool_call for e in events if e.type == "tool_call")
    assert call is not None
    assert call.arguments == '{"date_from":"x"}'
    usage = next(e.usage for e in events if e.type == "usage")
    assert usage is not None
    assert (usage.input_tokens, usage.output_tokens) == (9, 4)


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (
            429,
            {
                "error": {
                    "message": "Rate limit reached",
                    "type": "requests",
                    "code": "rate_limit_exceeded",
                }
            },
            ProviderRateLimited,
        ),
        (
            401,
            {
                "error": {
                    "message": "Incorrect API key provided",
                    "type": "invalid_request_error",
                    "code": "invalid_api_key",
                }
            },
            ProviderAuthError,
        ),
        (
            500,
            {"error": {"message": "The server had an error", "type": "server_error"}},
            ProviderServerError,
        ),
        (
            400,
            {
                "error": {
                    "message": "This model's maximum context length is 128000 tokens",
                    "type": "invalid_request_error",
                    "code": "context_length_exceeded",
                }
            },
            ContextLengthExceeded,
        ),
    ],
)
@respx.mock
async def test_openai_errors_become_our_types(
    status: int, body: dict[str, object], error: type[Exception]
) -> None:
    respx.post("https://api.openai.com/v1/chat/completions").respond(
        status, json=body, headers={"retry-after": "2"}
    )
    with pytest.raises(error) as caught:
        await openai().generate(ASK, model="gpt-4o-mini")
    if isinstance(caught.value, ProviderRateLimited):
        assert caught.value.retry_after == 2.0


@respx.mock
async def test_timeout_becomes_upstream_timeout() -> None:
    respx.post("https://api.openai.com/v1/chat/completions").mock(
        side_effect=httpx.ReadTimeout("slow")
    )
    with pytest.raises(ProviderTimeout) as caught:
        await openai().generate(ASK, model="gpt-4o-mini")
    assert isinstance(caught.value, UpstreamError)
    assert caught.value.status_code == 504


def anthropic() -> AnthropicProvider:
    return AnthropicProvider(ProviderConfig(name="anthropic", kind="anthropic", api_key="ak"))


@respx.mock
async def test_anthropic_message_with_cache_usage_and_system_field() -> None:
    route = respx.post("https://api.anthropic.com/v1/messages").respond(
        json={
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-3-5-haiku-20241022",
            "content": [{"type": "text", "text": "We open at 8 am."}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {
                "input_tokens": 100,
                "cache_creation_input_tokens": 200,
                "cache_read_input_tokens": 700,
                "output_tokens": 20,
            },
        }
    )
    result = await anthropic().generate(ASK, model="claude-3-5-haiku-latest")
    sent = json.loads(route.calls[0].request.content)
    assert sent["system"] == "Be brief."
    assert sent["messages"] == [{"role": "user", "content": "When do you open?"}]
    assert route.calls[0].request.headers["anthropic-version"] == "2023-06-01"
    assert result.usage.input_tokens == 1000
    assert result.usage.cached_input_tokens == 700
    info = Catalogue.load().get("anthropic/claude-3-5-haiku-latest")
    assert info is not None
    # 100 fresh at 0.80 + 200 written at 1.00 + 700 read at 0.08 + 20 out at 4.00 (per M)
    assert info.cost(result.usage) == pytest.approx(0.000416)


@respx.mock
async def test_anthropic_tool_use_and_tool_result_round_trip() -> None:
    route = respx.post("https://api.anthropic.com/v1/messages").respond(
        json={
            "id": "msg_2",
            "type": "message",
            "role": "assistant",
            "model": "claude-3-5-haiku-latest",
            "content": [
                {"type": "text", "text": "Let me check."},
                {
                    "type": "tool_use",
                    "id": "toolu_1",
                    "name": "get_availability",
                    "input": {"date_from": "2026-12-01"},
                },
            ],
            "stop_reason": "tool_use",
            "usage": {"input_tokens": 30, "output_tokens": 12},
        }
    )
    request = ASK.model_copy(update={"tools": [WEATHER]})
    result = await anthropic().generate(request, model="claude-3-5-haiku-latest")
    assert result.finish_reason == "tool_calls"
    assert result.tool_calls[0].id == "toolu_1"
    follow = request.model_copy(
        update={
            "messages": [
                *request.messages,
                Message(role="assistant", content="Let me check.", tool_calls=result.tool_calls),
                Message(role="tool", tool_call_id="toolu_1", content='{"slots": []}'),
            ]
        }
    )
    await anthropic().generate(follow, model="claude-3-5-haiku-latest")
    sent = json.loads(route.calls[1].request.content)
    assert sent["tools"][0]["input_schema"]["properties"] == {"date_from": {"type": "string"}}
    assert sent["messages"][-1]["content"][0] == {
        "type": "tool_result",
        "tool_use_id": "toolu_1",
        "content": '{"slots": []}',
    }


@respx.mock
async def test_anthropic_stream_events() -> None:
    body = sse(
        (
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": "m",
                    "type": "message",
                    "role": "assistant",
                    "content": [],
                    "model": "claude",
                    "usage": {"input_tokens": 25, "cache_read_input_tokens": 5, "output_tokens": 1},
                },
            },
        ),
        (
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
        ("ping", {"type": "ping"}),
        (
            "content_block_delta",
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": "Hello"},
            },
        ),
        (
            "content_block_delta",
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": " there"},
            },
        ),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn"},
                "usage": {"output_tokens": 15},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    )
    respx.post("https://api.anthropic.com/v1/messages").respond(
        content=body, headers={"content-type": "text/event-stream"}
    )
    events = [e async for e in anthropic().stream(ASK, model="claude-3-5-haiku-latest")]
    assert "".join(e.text for e in events if e.type == "delta") == "Hello there"
    usage = next(e.usage for e in events if e.type == "usage")
    assert usage is not None
    assert usage.output_tokens == 15
    assert usage.input_tokens == 30


@respx.mock
async def test_anthropic_overloaded_and_mid_stream_error() -> None:
    respx.post("https://api.anthropic.com/v1/messages").respond(
        529, json={"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    )
    with pytest.raises(ProviderServerError, match="Overloaded"):
        await anthropic().generate(ASK, model="claude-3-5-haiku-latest")


def gemini() -> GeminiProvider:
    return GeminiProvider(ProviderConfig(name="gemini", kind="gemini", api_key="gk"))


GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash"


@respx.mock
async def test_gemini_generate_content_with_function_call() -> None:
    route = respx.post(f"{GEMINI_URL}:generateContent").respond(
        json={
            "candidates": [
                {
                    "content": {
                        "role": "model",
                        "parts": [
                            {
                                "functionCall": {
                                    "name": "get_availability",
                                    "args": {"date_from": "2026-12-01"},
                                }
                            }
                        ],
                    },
                    "finishReason": "STOP",
                    "index": 0,
                }
            ],
            "usageMetadata": {
                "promptTokenCount": 40,
                "candidatesTokenCount": 8,
                "cachedContentTokenCount": 10,
                "thoughtsTokenCount": 2,
                "totalTokenCount": 50,
            },
            "modelVersion": "gemini-2.0-flash",
        }
    )
    result = await gemini().generate(
        ASK.model_copy(update={"tools": [WEATHER]}), model="gemini-2.0-flash"
    )
    sent = json.loads(route.calls[0].request.content)
    assert sent["systemInstruction"] == {"parts": [{"text": "Be brief."}]}
    assert sent["tools"][0]["functionDeclarations"][0]["name"] == "get_availability"
    assert route.calls[0].request.headers["x-goog-api-key"] == "gk"
    assert result.tool_calls[0].name == "get_availability"
    assert (result.usage.output_tokens, result.usage.cached_input_tokens) == (10, 10)


@respx.mock
async def test_gemini_stream_and_quota_error() -> None:
    body = sse(
        (None, {"candidates": [{"content": {"role": "model", "parts": [{"text": "We open"}]}}]}),
        (
            None,
            {
                "candidates": [
                    {
                        "content": {"role": "model", "parts": [{"text": " at 8."}]},
                        "finishReason": "STOP",
                    }
                ],
                "usageMetadata": {"promptTokenCount": 12, "candidatesTokenCount": 5},
            },
        ),
    )
    respx.post(f"{GEMINI_URL}:streamGenerateContent").respond(
        content=body, headers={"content-type": "text/event-stream"}
    )
    events = [e async for e in gemini().stream(ASK, model="gemini-2.0-flash")]
    assert "".join(e.text for e in events if e.type == "delta") == "We open at 8."
    respx.post(f"{GEMINI_URL}:generateContent").respond(
        429,
        json={
            "error": {
                "code": 429,
                "message": "Resource has been exhausted",
                "status": "RESOURCE_EXHAUSTED",
            }
        },
    )
    with pytest.raises(ProviderRateLimited):
        await gemini().generate(ASK, model="gemini-2.0-flash")
