"""Knowledge articles and their searchable chunks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from aurixa.core.db import Base, IdMixin, TenantMixin, TimestampMixin


class KnowledgeArticle(IdMixin, TimestampMixin, TenantMixin, Base):
    __tablename__ = "knowledge_articles"

    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    source: Mapped[str | None] = mapped_column(String(500))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)


class KnowledgeChunk(IdMixin, TenantMixin, Base):
    __tablename__ = "knowledge_chunks"

    article_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("knowledge_articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    heading: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    embedding_model: Mapped[str | None] = mapped_column(String(100))
