"""The provider-neutral request and answer shapes every LLM call goes through.

How grounding reaches a model: a caller (orchestration, agent-runtime) puts the
material the answer must come from in `GenerateRequest.context`, one
`ContextItem` per source:

- `kind="passage"`: a retrieved knowledge passage (`id` = article or chunk id,
  `title` = article title), cited in answers as ``[n]`` where n is its 1-based
  position in `context`;
- `kind="tool_result"`: the result of an executed action, rendered as text;
- `kind="dialogue"`: text the dialogue manager already composed (a confirmation,
  a question back to the patient), which must be kept as written.

Remote providers receive the context as one system message listing the numbered
sources with the instruction to answer only from them; the `local` provider
answers from it extractively. Tool results may also arrive as `role="tool"`
messages after an assistant message carrying `tool_calls` (the OpenAI shape).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Role = Literal["system", "user", "assistant", "tool"]
ContextKind = Literal["passage", "tool_result", "dialogue"]
TaskType = Literal["chat", "grounded_qa", "classify", "extract", "tool_use", "reasoning"]


class ToolFunction(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    description: str = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})


class Tool(BaseModel):
    type: Literal["function"] = "function"
    function: ToolFunction


class ToolCall(BaseModel):
    id: str
    name: str
    # A JSON document as a string, as every vendor's wire format carries it.
    arguments: str = "{}"


class Message(BaseModel):
    role: Role
    content: str | None = None
    tool_calls: list[ToolCall] = Field(default_factory=list)
    tool_call_id: str | None = None
    name: str | None = None


class ContextItem(BaseModel):
    id: str
    text: str
    title: str = ""
    kind: ContextKind = "passage"


class Usage(BaseModel):
    """Token counts as the vendor reported them.

    `input_tokens` includes `cached_input_tokens` (billed at the cached price)
    and `cache_write_tokens` (billed at the cache-write price, Anthropic only).
    """

    input_tokens: int = 0
    output_tokens: int = 0
    cached_input_tokens: int = 0
    cache_write_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cached_input_tokens=self.cached_input_tokens + other.cached_input_tokens,
            cache_write_tokens=self.cache_write_tokens + other.cache_write_tokens,
        )


class GenerateRequest(BaseModel):
    messages: list[Message] = Field(min_length=1)
    model: str | None = None  # None or "auto": the router chooses
    temperature: float | None = Field(default=None, ge=0, le=2)
    max_tokens: int | None = Field(default=None, ge=1, le=200_000)
    tools: list[Tool] = Field(default_factory=list)
    tool_choice: str | dict[str, Any] | None = None
    context: list[ContextItem] = Field(default_factory=list)
    task: TaskType | None = None
    min_tier: int | None = Field(default=None, ge=1, le=3)
    # Set by callers that put a patient's record in the prompt: such answers are never cached.
    contains_patient_data: bool = False


class GenerateResult(BaseModel):
    content: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    model: str
    provider: str
    usage: Usage = Field(default_factory=Usage)
    finish_reason: str = "stop"
    cost_usd: float = 0.0
    cached: bool = False
    sources: list[str] = Field(default_factory=list)


class StreamEvent(BaseModel):
    """One piece of a streamed answer.

    `delta` carries text; `tool_call` a complete tool call (adapters assemble the
    vendor's fragments); `usage` the final counts; `done` closes the stream.
    """

    type: Literal["delta", "tool_call", "usage", "done"]
    text: str = ""
    tool_call: ToolCall | None = None
    usage: Usage | None = None
    finish_reason: str | None = None
    sources: list[str] = Field(default_factory=list)
