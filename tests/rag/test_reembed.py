"""Chunks stored by another embedding model are embedded again, once, before search."""

from __future__ import annotations

import numpy as np
from sqlalchemy import select

from aurixa.core.db import Database
from aurixa.core.embeddings import DEFAULT_MODEL, FLOAT_MODEL, get_embedder
from aurixa.rag import service
from aurixa.rag.chunking import passage_text
from aurixa.rag.indexes import KnowledgeIndexes, vector_from_bytes
from aurixa.rag.models import KnowledgeArticle, KnowledgeChunk
from aurixa.rag.reembed import reembed_stale
from aurixa.rag.schemas import ArticleCreate
from tests.factories import Factory

FLU = "# Flu\n\nInfluenza is a viral infection. A yearly flu shot lowers the risk of catching it."
PARKING = "Patients park for free in lot B. Visitors pay at the machine near the entrance."


async def _write(db: Database, indexes: KnowledgeIndexes, tenant_id: str) -> list[str]:
    ids = []
    async with db.sessionmaker() as session:
        for title, body in (("Flu", FLU), ("Parking", PARKING)):
            article = await service.create_article(
                session=session,
                indexes=indexes,
                tenant_id=tenant_id,
                data=ArticleCreate(title=title, body=body),
            )
            ids.append(article.id)
        await session.commit()
    return ids


async def test_chunks_of_the_old_model_get_the_new_models_vectors(db: Database) -> None:
    tenant = (await Factory(db).tenant()).id
    old = KnowledgeIndexes(embedding_model=FLOAT_MODEL, dense_backend="in-process")
    flu, _ = await _write(db, old, tenant)

    new = KnowledgeIndexes(embedding_model=DEFAULT_MODEL, dense_backend="in-process")
    assert await reembed_stale(db, new, batch=1) >= 2  # several batches, each committed
    assert await reembed_stale(db, new) == 0  # nothing left: a restart costs one query

    async with db.sessionmaker() as session:
        rows = (
            await session.execute(
                select(KnowledgeChunk, KnowledgeArticle.title)
                .join(KnowledgeArticle)
                .where(KnowledgeChunk.tenant_id == tenant)
            )
        ).all()
    assert {chunk.embedding_model for chunk, _ in rows} == {DEFAULT_MODEL}
    texts = [passage_text(title, chunk.heading or "", chunk.text) for chunk, title in rows]
    expected = get_embedder(DEFAULT_MODEL).embed(texts)
    stored = np.vstack([vector_from_bytes(chunk.embedding, 384) for chunk, _ in rows])
    assert np.allclose(stored, expected, atol=1e-5)
    # The old vectors were really replaced: the two models' vectors differ.
    assert not np.allclose(stored, get_embedder(FLOAT_MODEL).embed(texts), atol=1e-3)

    async with db.sessionmaker() as session:
        hits, _ = await service.search(
            session=session,
            indexes=new,
            tenant_id=tenant,
            query="flu vaccine",
            top_k=1,
            mode="dense",
        )
    assert [h.article_id for h in hits] == [flu]
