"""Knowledge articles and their searchable chunks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from aurixa.core.db import Base, IdMixin, TenantMixin, TimestampMixin, utcnow


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


class KnowledgeIndexState(Base):
    """Per-tenant knowledge version: every write bumps it under a row lock.

    Each process compares it with the version its in-memory index reflects before a
    search, and replays `knowledge_changes` above that version, so a write in one process
    is searchable at once in every other. The row lock makes versions follow commit
    order, so no reader can skip a change committed late.

    `compacted_through`: the change rows up to this version may have been deleted
    (`aurixa.rag.compaction`), so an index older than it cannot replay and is rebuilt.
    """

    __tablename__ = "knowledge_index_state"

    tenant_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(default=0)
    compacted_through: Mapped[int] = mapped_column(default=0)


class KnowledgeChange(TenantMixin, Base):
    """One article changed (created, updated or deleted) at a tenant knowledge version."""

    __tablename__ = "knowledge_changes"
    __table_args__ = (Index("ix_knowledge_changes_tenant_version", "tenant_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[int]
    article_id: Mapped[str] = mapped_column(String(36))
    # Compaction keeps a day of changes whatever their number (`aurixa.rag.compaction`).
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
