"""The model catalogue: prices, context windows, capabilities and quality tiers.

One data file (`catalogue.json` beside this module) holds the defaults; a
deployment replaces it with its own file of the same shape, and models of
OpenAI-compatible servers added through the admin API join it at run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, Field

from aurixa.core.errors import ConfigurationError
from aurixa.llm_router.types import Usage

DEFAULT_CATALOGUE = Path(__file__).with_name("catalogue.json")
_PER_TOKEN = 1_000_000


class ModelInfo(BaseModel):
    provider: str
    model: str
    tier: int = Field(ge=1, le=3)
    input: float = Field(ge=0, description="USD per million input tokens")
    cached_input: float | None = Field(default=None, ge=0)
    cache_write: float | None = Field(default=None, ge=0)
    output: float = Field(ge=0)
    context_window: int = Field(default=8192, ge=1)
    tools: bool = True
    streaming: bool = True

    @property
    def key(self) -> str:
        return f"{self.provider}/{self.model}"

    def cost(self, usage: Usage) -> float:
        """USD for `usage`; cached and cache-write tokens at their own prices."""
        cached = min(usage.cached_input_tokens, usage.input_tokens)
        written = min(usage.cache_write_tokens, usage.input_tokens - cached)
        fresh = usage.input_tokens - cached - written
        cached_price = self.input if self.cached_input is None else self.cached_input
        write_price = self.input if self.cache_write is None else self.cache_write
        total = (
            fresh * self.input
            + cached * cached_price
            + written * write_price
            + usage.output_tokens * self.output
        )
        return round(total / _PER_TOKEN, 10)


class Catalogue:
    """Models by `provider/model` key, with lookups by bare model name."""

    def __init__(self, models: Iterable[ModelInfo]) -> None:
        self._models: dict[str, ModelInfo] = {m.key: m for m in models}

    @classmethod
    def load(cls, path: Path | None = None) -> Catalogue:
        source = path or DEFAULT_CATALOGUE
        try:
            raw = json.loads(source.read_text(encoding="utf-8"))
            return cls(ModelInfo.model_validate(m) for m in raw["models"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigurationError(f"model catalogue {source.name} is unreadable: {exc}") from exc

    def with_models(self, extra: Iterable[ModelInfo]) -> Catalogue:
        return Catalogue([*self._models.values(), *extra])

    def all(self) -> list[ModelInfo]:
        return list(self._models.values())

    def get(self, name: str) -> ModelInfo | None:
        """By `provider/model` key, or by bare model name when it is unambiguous."""
        if name in self._models:
            return self._models[name]
        matches = [m for m in self._models.values() if m.model == name]
        return matches[0] if len(matches) == 1 else None

    def for_provider(self, provider: str) -> list[ModelInfo]:
        return [m for m in self._models.values() if m.provider == provider]
