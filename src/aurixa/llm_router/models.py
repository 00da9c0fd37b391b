"""LLM provider configuration, editable at run time through the admin API."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from aurixa.core.db import Base, IdMixin, TimestampMixin


class ProviderConfig(IdMixin, TimestampMixin, Base):
    __tablename__ = "provider_configs"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # openai | anthropic | gemini | openai_compatible
    base_url: Mapped[str | None] = mapped_column(String(500))
    api_key: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(default=True)
    models: Mapped[list[Any]] = mapped_column(default=list)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
