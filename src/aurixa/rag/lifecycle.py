"""Start-up of the rag service: the dense backend, the per-tenant index registry,
loaded from the database, and the change log's background compaction."""

from __future__ import annotations

import asyncio
import contextlib

import structlog
from fastapi import FastAPI
from sqlalchemy import select

from aurixa.core.db import Database
from aurixa.core.settings import Settings
from aurixa.core.shared_vectors import share_embedder
from aurixa.rag import pgvector
from aurixa.rag.compaction import compact_periodically
from aurixa.rag.indexes import KnowledgeIndexes
from aurixa.rag.models import KnowledgeIndexState
from aurixa.rag.reembed import reembed_stale

log = structlog.get_logger(__name__)


async def startup(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    indexes = KnowledgeIndexes(
        embedding_model=settings.embedding_model, snapshot_dir=settings.data_dir / "indexes"
    )
    app.state.rag_indexes = indexes
    share_embedder(app, indexes.embedding_model)
    db: Database = app.state.db
    reembedded = await reembed_stale(db, indexes)
    if reembedded:
        log.info("rag chunks of another model re-embedded", chunks=reembedded)
    async with db.sessionmaker() as session:
        backend = await indexes.backend(session)
        filled = 0
        if backend == "pgvector":
            dim = indexes.embedder.dim
            await pgvector.ensure_index(session, dim)
            # Chunks stored before the extension existed (or by a bulk load of raw rows).
            filled = await pgvector.backfill(session, dim)
            await session.commit()
        log.info("rag dense backend", backend=backend, backfilled=filled)
        # Only tenants that ever wrote knowledge have a state row; others load on first use.
        tenant_ids = list(await session.scalars(select(KnowledgeIndexState.tenant_id)))
        if tenant_ids:
            chunks = await indexes.load_all(session, tenant_ids)
            log.info(
                "rag indexes loaded",
                tenants=len(tenant_ids),
                chunks=chunks,
                from_snapshot=indexes.snapshot_loads,
                from_database=indexes.database_loads,
            )
    app.state.rag_compaction = asyncio.create_task(compact_periodically(db, settings))


async def shutdown(app: FastAPI) -> None:
    compaction: asyncio.Task[None] | None = getattr(app.state, "rag_compaction", None)
    if compaction is not None:
        compaction.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await compaction
        app.state.rag_compaction = None
    indexes: KnowledgeIndexes | None = getattr(app.state, "rag_indexes", None)
    if indexes is not None:
        # A write cut short leaves only a temporary file, but a finished one saves the
        # next start its rebuild.
        await indexes.save_snapshots()
    app.state.rag_indexes = None
