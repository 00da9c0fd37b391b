"""The `LLMProvider` interface and the registry providers are found in.

Built-in adapters register exactly like a third-party one would: a factory per
provider *kind* (`openai`, `anthropic`, `gemini`, `openai_compatible`, `local`)
turns a `ProviderConfig` into an instance; the registry holds the configured
instances by name (several OpenAI-compatible servers may coexist).
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Callable
from typing import Any, Protocol, runtime_checkable

import httpx
from pydantic import BaseModel, Field

from aurixa.llm_router.catalogue import ModelInfo
from aurixa.llm_router.types import GenerateRequest, GenerateResult, Message, StreamEvent, Usage

GROUNDING_INSTRUCTION = (
    "Answer only from the numbered sources below. Cite the sources you use as [n]. "
    "If the sources do not contain the answer, say that you do not have that information. "
    "Never invent facts, dates, doses or names."
)


class ProviderConfig(BaseModel):
    """How to reach one provider instance; persisted by the admin API."""

    name: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    kind: str
    base_url: str | None = None
    api_key: str | None = None
    enabled: bool = True
    timeout_s: float = Field(default=30.0, gt=0, le=600)
    models: list[ModelInfo] = Field(default_factory=list)


@runtime_checkable
class LLMProvider(Protocol):
    name: str
    kind: str

    async def generate(self, request: GenerateRequest, *, model: str) -> GenerateResult: ...

    def stream(self, request: GenerateRequest, *, model: str) -> AsyncIterator[StreamEvent]: ...

    async def health_check(self) -> bool: ...

    def estimate_cost(self, request: GenerateRequest, info: ModelInfo) -> float: ...

    async def aclose(self) -> None: ...


def estimate_tokens(text: str) -> int:
    """A vendor-neutral token estimate (~4 characters per token for English)."""
    return max(1, math.ceil(len(text) / 4)) if text else 0


def request_text(request: GenerateRequest) -> str:
    parts = [m.content or "" for m in request.messages]
    parts += [c.text for c in request.context]
    parts += [t.function.model_dump_json() for t in request.tools]
    return "\n".join(parts)


def grounded_messages(request: GenerateRequest) -> list[Message]:
    """The request's messages with its context turned into a numbered-sources system message."""
    if not request.context:
        return list(request.messages)
    lines = [GROUNDING_INSTRUCTION, ""]
    for i, item in enumerate(request.context, start=1):
        label = item.title or item.kind.replace("_", " ")
        lines.append(f"[{i}] {label}: {item.text}")
    system = Message(role="system", content="\n".join(lines))
    leading = [m for m in request.messages if m.role == "system"]
    rest = [m for m in request.messages if m.role != "system"]
    return [*leading, system, *rest]


class HTTPProvider:
    """Shared plumbing of the REST adapters: one pooled client, cost estimates."""

    kind = "http"
    default_base_url = ""

    def __init__(self, config: ProviderConfig, *, client: httpx.AsyncClient | None = None) -> None:
        self.name = config.name
        self.config = config
        self.base_url = (config.base_url or self.default_base_url).rstrip("/")
        self._client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(config.timeout_s, connect=min(5.0, config.timeout_s)),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
        )

    def estimate_cost(self, request: GenerateRequest, info: ModelInfo) -> float:
        prompt = estimate_tokens(request_text(request))
        output = request.max_tokens or 512
        return info.cost(Usage(input_tokens=prompt, output_tokens=output))

    async def aclose(self) -> None:
        await self._client.aclose()

    def _headers(self) -> dict[str, str]:
        return {}


ProviderFactory = Callable[[ProviderConfig], LLMProvider]


class ProviderRegistry:
    """Provider factories by kind and configured instances by name."""

    def __init__(self) -> None:
        self._factories: dict[str, ProviderFactory] = {}
        self._instances: dict[str, LLMProvider] = {}
        self._configs: dict[str, ProviderConfig] = {}

    def register_kind(self, kind: str, factory: ProviderFactory) -> None:
        self._factories[kind] = factory

    def kinds(self) -> list[str]:
        return sorted(self._factories)

    def build(self, config: ProviderConfig) -> LLMProvider:
        factory = self._factories.get(config.kind)
        if factory is None:
            from aurixa.core.errors import ValidationFailed

            raise ValidationFailed(
                f"unknown provider kind {config.kind!r}; known: {', '.join(self.kinds())}",
                field="kind",
            )
        return factory(config)

    def add(self, provider: LLMProvider, config: ProviderConfig | None = None) -> None:
        self._instances[provider.name] = provider
        if config is not None:
            self._configs[provider.name] = config

    def remove(self, name: str) -> LLMProvider | None:
        self._configs.pop(name, None)
        return self._instances.pop(name, None)

    def get(self, name: str) -> LLMProvider | None:
        return self._instances.get(name)

    def config(self, name: str) -> ProviderConfig | None:
        return self._configs.get(name)

    def names(self) -> list[str]:
        return list(self._instances)

    def describe(self) -> list[dict[str, Any]]:
        return [{"name": p.name, "kind": p.kind} for p in self._instances.values()]
