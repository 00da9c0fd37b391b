"""Provider adapters and the default registry of provider kinds."""

from __future__ import annotations

from aurixa.core.embeddings import get_embedder
from aurixa.llm_router.providers.anthropic import AnthropicProvider
from aurixa.llm_router.providers.base import LLMProvider, ProviderConfig, ProviderRegistry
from aurixa.llm_router.providers.gemini import GeminiProvider
from aurixa.llm_router.providers.local import LocalProvider
from aurixa.llm_router.providers.openai import OpenAICompatibleProvider, OpenAIProvider

__all__ = ["LLMProvider", "ProviderConfig", "ProviderRegistry", "default_registry"]


def default_registry(*, use_embedder: bool = True) -> ProviderRegistry:
    """A registry knowing every built-in kind (no instances yet)."""
    registry = ProviderRegistry()
    registry.register_kind("openai", OpenAIProvider)
    registry.register_kind("openai_compatible", OpenAICompatibleProvider)
    registry.register_kind("anthropic", AnthropicProvider)
    registry.register_kind("gemini", GeminiProvider)
    registry.register_kind(
        "local",
        lambda config: LocalProvider(config, embedder=get_embedder if use_embedder else None),
    )
    return registry
