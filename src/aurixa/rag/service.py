"""Knowledge articles and search: the functions the router and the CLI call.

A write stores the article, its chunks and their vectors, and records the change in the
tenant's change log in the same transaction; the in-memory indexes pick it up from the
log before their next search (see `aurixa.rag.indexes`).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.db import new_id
from aurixa.core.errors import ServiceUnavailable
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.rag import pgvector
from aurixa.rag.chunking import chunk_article, passage_text
from aurixa.rag.engine import Mode, Ranking, SearchHit, TenantIndex
from aurixa.rag.indexes import KnowledgeIndexes, vector_to_bytes
from aurixa.rag.models import KnowledgeArticle, KnowledgeChange, KnowledgeChunk, KnowledgeIndexState
from aurixa.rag.schemas import ArticleCreate, ArticleUpdate
from aurixa.rag.text import tokenize
from aurixa.rag.vectors import Vectors


def content_hash(title: str, body: str, tags: Sequence[str]) -> str:
    return hashlib.sha256("\x1f".join([title, body, *tags]).encode()).hexdigest()


async def create_article(
    *,
    session: AsyncSession,
    indexes: KnowledgeIndexes,
    tenant_id: str,
    data: ArticleCreate,
    source: str | None = None,
) -> KnowledgeArticle:
    article = KnowledgeArticle(
        tenant_id=tenant_id,
        title=data.title.strip(),
        body=data.body,
        tags=data.tags,
        source=source,
        content_hash=content_hash(data.title.strip(), data.body, data.tags),
        version=1,
    )
    session.add(article)
    await session.flush()
    await _store_chunks(session, indexes, article)
    await _record_change(session, tenant_id, article.id)
    return article


async def update_article(
    *,
    session: AsyncSession,
    indexes: KnowledgeIndexes,
    tenant_id: str,
    article_id: str,
    data: ArticleUpdate,
) -> KnowledgeArticle:
    article = await get_article(session=session, tenant_id=tenant_id, article_id=article_id)
    title = data.title.strip() if data.title is not None else article.title
    body = data.body if data.body is not None else article.body
    tags = data.tags if data.tags is not None else list(article.tags)
    digest = content_hash(title, body, tags)
    if digest == article.content_hash:
        return article
    reindex = title != article.title or body != article.body
    article.title, article.body, article.tags = title, body, tags
    article.content_hash = digest
    article.version += 1
    if reindex:
        await session.execute(
            delete(KnowledgeChunk).where(
                KnowledgeChunk.article_id == article.id, KnowledgeChunk.tenant_id == tenant_id
            )
        )
        await _store_chunks(session, indexes, article)
        await _record_change(session, tenant_id, article.id)
    await session.flush()
    await session.refresh(article)
    return article


async def delete_article(*, session: AsyncSession, tenant_id: str, article_id: str) -> None:
    article = await get_article(session=session, tenant_id=tenant_id, article_id=article_id)
    # Chunks go explicitly: SQLite enforces ON DELETE CASCADE only with foreign keys on.
    await session.execute(
        delete(KnowledgeChunk).where(
            KnowledgeChunk.article_id == article.id, KnowledgeChunk.tenant_id == tenant_id
        )
    )
    await session.delete(article)
    await _record_change(session, tenant_id, article_id)


async def get_article(
    *, session: AsyncSession, tenant_id: str, article_id: str
) -> KnowledgeArticle:
    return await get_scoped(session, KnowledgeArticle, article_id, tenant_id, label="article")


async def list_articles(
    *,
    session: AsyncSession,
    tenant_id: str,
    limit: int,
    offset: int,
    tag: str | None = None,
) -> tuple[list[KnowledgeArticle], int]:
    statement = scoped(select(KnowledgeArticle), KnowledgeArticle, tenant_id)
    articles = list(
        await session.scalars(
            statement.order_by(KnowledgeArticle.created_at.desc(), KnowledgeArticle.id)
        )
    )
    if tag is not None:
        # Tags are a JSON list; filtering here keeps one code path for SQLite and PostgreSQL.
        articles = [a for a in articles if tag in a.tags]
    return articles[offset : offset + limit], len(articles)


async def find_by_source(
    *, session: AsyncSession, tenant_id: str, source: str
) -> KnowledgeArticle | None:
    statement = scoped(select(KnowledgeArticle), KnowledgeArticle, tenant_id)
    return await session.scalar(statement.where(KnowledgeArticle.source == source).limit(1))


async def count_chunks(*, session: AsyncSession, tenant_id: str, article_id: str) -> int:
    statement = scoped(select(func.count()).select_from(KnowledgeChunk), KnowledgeChunk, tenant_id)
    return int(await session.scalar(statement.where(KnowledgeChunk.article_id == article_id)) or 0)


async def search(
    *,
    session: AsyncSession,
    indexes: KnowledgeIndexes,
    tenant_id: str,
    query: str,
    top_k: int,
    mode: Mode,
    query_vector: Vectors | None = None,
) -> tuple[list[SearchHit], Mode]:
    """Search the tenant's knowledge; hybrid degrades to BM25 if the embedder is down.

    `query_vector`, when given, is used instead of embedding the query (benchmarks that
    time retrieval without the model)."""
    index = await indexes.index_for(session, tenant_id)
    if len(index) == 0:
        return [], mode
    vector = query_vector
    if mode != "bm25" and vector is None:
        try:
            vector = (await indexes.embed([query]))[0]
        except Exception as exc:
            if mode == "dense":
                raise ServiceUnavailable("the embedding model is unavailable") from exc
            mode = "bm25"
    lexical: Ranking | None = None
    dense: Ranking | None = None
    if mode != "bm25" and vector is not None and await indexes.backend(session) == "pgvector":
        lexical, dense = await _rank_in_database(
            session,
            index,
            tenant_id,
            query,
            vector,
            top_k,
            with_bm25=mode == "hybrid",
            iterative=indexes.iterative_scan,
        )
    # Scoring 100k chunks takes tens of milliseconds: keep the event loop free meanwhile.
    hits = await asyncio.to_thread(
        index.search, query, vector, top_k=top_k, mode=mode, lexical=lexical, dense=dense
    )
    return hits, mode


async def _rank_in_database(
    session: AsyncSession,
    index: TenantIndex,
    tenant_id: str,
    query: str,
    vector: Vectors,
    top_k: int,
    *,
    with_bm25: bool,
    iterative: bool,
) -> tuple[Ranking | None, Ranking]:
    """BM25 in process, dense in pgvector: the nearest chunks, plus the similarity of
    every BM25 candidate (the reranker's dense feature)."""
    depth = max(index.config.candidates, top_k)
    lexical = None
    if with_bm25:
        lexical = await asyncio.to_thread(index.bm25_ranking, tokenize(query), depth)
    also = index.chunk_ids(lexical[0]) if lexical else []
    nearest, similarity = await pgvector.search(
        session, tenant_id, vector, depth, also=also, iterative=iterative
    )
    # A chunk committed after this index's version is not in it yet: the next search has it.
    slot_of = dict(zip(similarity, index.slots_of(list(similarity)), strict=True))
    ranked = [slot for chunk_id, _ in nearest if (slot := slot_of[chunk_id]) is not None]
    sims = {slot: similarity[c] for c, slot in slot_of.items() if slot is not None}
    return lexical, (ranked, sims)


async def _store_chunks(
    session: AsyncSession, indexes: KnowledgeIndexes, article: KnowledgeArticle
) -> None:
    chunks = chunk_article(article.body)
    texts = [passage_text(article.title, c.heading, c.text) for c in chunks]
    try:
        vectors = await indexes.embed(texts)
    except Exception as exc:
        raise ServiceUnavailable("the embedding model is unavailable") from exc
    if not chunks:
        return
    ids = [new_id() for _ in chunks]
    await session.execute(
        insert(KnowledgeChunk),
        [
            {
                "id": chunk_id,
                "tenant_id": article.tenant_id,
                "article_id": article.id,
                "position": c.position,
                "heading": c.heading[:300] or None,
                "text": c.text,
                "embedding": vector_to_bytes(v),
                "embedding_model": indexes.embedding_model,
            }
            for chunk_id, c, v in zip(ids, chunks, vectors, strict=True)
        ],
    )
    if await indexes.backend(session) == "pgvector":
        await pgvector.store(session, article.tenant_id, ids, vectors)


async def _record_change(session: AsyncSession, tenant_id: str, article_id: str) -> None:
    """Bump the tenant's knowledge version under a row lock and log which article changed."""
    dialect = session.get_bind().dialect.name
    upsert = pg_insert if dialect == "postgresql" else sqlite_insert
    await session.execute(
        upsert(KnowledgeIndexState)
        .values(tenant_id=tenant_id, version=0)
        .on_conflict_do_nothing(index_elements=["tenant_id"])
    )
    version = await session.scalar(
        update(KnowledgeIndexState)
        .where(KnowledgeIndexState.tenant_id == tenant_id)
        .values(version=KnowledgeIndexState.version + 1)
        .returning(KnowledgeIndexState.version)
    )
    session.add(
        KnowledgeChange(tenant_id=tenant_id, version=int(version or 0), article_id=article_id)
    )
    await session.flush()


async def index_unindexed_articles(
    *, session: AsyncSession, indexes: KnowledgeIndexes, tenant_id: str | None = None
) -> int:
    """Chunk and embed articles written straight to the table (the demo seed,
    bulk loads), so every process's index picks them up from the change log."""
    has_chunks = select(KnowledgeChunk.id).where(KnowledgeChunk.article_id == KnowledgeArticle.id)
    statement = select(KnowledgeArticle).where(~has_chunks.exists())
    if tenant_id is not None:
        statement = scoped(statement, KnowledgeArticle, tenant_id)
    articles = list(await session.scalars(statement.order_by(KnowledgeArticle.created_at)))
    for article in articles:
        await _store_chunks(session, indexes, article)
        await _record_change(session, article.tenant_id, article.id)
    return len(articles)
