"""Chunks embedded by another model are embedded again before any index loads.

A stored vector is comparable only with query vectors of the model that made it, and
each chunk row names that model (`knowledge_chunks.embedding_model`). When the
configured model changes (a new default, or AURIXA_EMBEDDING_MODEL), the rag service
re-embeds every chunk of another model at start-up, before it builds an index.

Batches are their own transactions, so an interrupted start resumes where it stopped.
On PostgreSQL a batch locks its rows with SKIP LOCKED: workers starting together share
the work instead of repeating it. Re-embedding changes no text, so the knowledge
version and change log stay as they are; a snapshot on disk names its model and is
rebuilt when that differs.
"""

from __future__ import annotations

import asyncio

import structlog
from sqlalchemy import or_, select, update

from aurixa.core.db import Database
from aurixa.rag import pgvector
from aurixa.rag.chunking import passage_text
from aurixa.rag.indexes import KnowledgeIndexes, vector_to_bytes
from aurixa.rag.models import KnowledgeArticle, KnowledgeChunk

log = structlog.get_logger(__name__)

BATCH = 256


async def reembed_stale(db: Database, indexes: KnowledgeIndexes, *, batch: int = BATCH) -> int:
    """Embed again, with `indexes.embedding_model`, every chunk stored by another model
    (or by none); returns how many were embedded."""
    model = indexes.embedding_model
    stale = or_(KnowledgeChunk.embedding_model != model, KnowledgeChunk.embedding_model.is_(None))
    total = 0
    while True:
        async with db.sessionmaker() as session:
            rows = (
                await session.execute(
                    select(
                        KnowledgeChunk.id,
                        KnowledgeChunk.tenant_id,
                        KnowledgeChunk.heading,
                        KnowledgeChunk.text,
                        KnowledgeArticle.title,
                    )
                    .join(KnowledgeArticle, KnowledgeArticle.id == KnowledgeChunk.article_id)
                    .where(stale)
                    .order_by(KnowledgeChunk.id)
                    .limit(batch)
                    .with_for_update(of=KnowledgeChunk, skip_locked=True)
                )
            ).all()
            if not rows:
                return total
            texts = [passage_text(r.title, r.heading or "", r.text) for r in rows]
            vectors = await asyncio.to_thread(indexes.embedder.embed, texts)
            await session.execute(
                update(KnowledgeChunk),
                [
                    {"id": r.id, "embedding": vector_to_bytes(v), "embedding_model": model}
                    for r, v in zip(rows, vectors, strict=True)
                ],
            )
            if await indexes.backend(session) == "pgvector":
                for tenant_id in {r.tenant_id for r in rows}:
                    mine = [i for i, r in enumerate(rows) if r.tenant_id == tenant_id]
                    await pgvector.store(
                        session, tenant_id, [rows[i].id for i in mine], vectors[mine]
                    )
            await session.commit()
        total += len(rows)
        log.info("rag chunks re-embedded", model=model, so_far=total)
