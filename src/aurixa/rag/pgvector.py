"""Dense search in PostgreSQL with pgvector, chosen automatically where it exists.

The migration adds `knowledge_chunks.embedding_vector` (type `vector`, any dimension) and
an HNSW cosine index over `embedding_vector::vector(384)` (the default model's dimension)
only on a PostgreSQL server that has the extension; SQLite and a server without it (Debian
12's packages) keep the in-process vector index. A process asks once which backend the
database offers (`detect`), so every process on one database makes the same choice.

The column is not part of the ORM model, since it exists on some databases only: it is
written and read here with explicit SQL. The float32 bytes in `knowledge_chunks.embedding`
stay the portable copy (a database that loses the extension, or a SQLite export, still
has every vector); `backfill` fills the column from them where it is empty, e.g. after the
extension was installed under existing knowledge.

Searches filter by tenant in the same statement and let pgvector's iterative index scan
(0.8+) keep walking the graph until enough of the tenant's rows are found, so a small
tenant among large ones still gets a full candidate list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import UserDefinedType

from aurixa.core.tenancy import scoped
from aurixa.rag.models import KnowledgeChunk
from aurixa.rag.vectors import Vectors

DenseBackend = Literal["in-process", "pgvector"]

# The dimension the migration indexes; another model's dimension gets its own partial
# index from `ensure_index` (a model change re-embeds everything anyway).
INDEXED_DIM = 384
# Candidates the HNSW scan keeps; above the 50 the fusion asks for.
EF_SEARCH = 100


class _Vector(UserDefinedType[Any]):
    cache_ok = True

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def get_col_spec(self, **_: Any) -> str:
        return f"vector({self.dim})"


def modelled(name: str | None, reflected: bool, compare_to: object) -> bool:
    """False for the pgvector column and indexes found in a database: they are absent from
    the models on purpose, and autogenerate must not propose dropping them."""
    ours = name is not None and name.startswith(
        ("embedding_vector", "ix_knowledge_chunks_embedding_vector_")
    )
    return not (ours and reflected and compare_to is None)


def vector_literal(vector: Vectors) -> str:
    """pgvector's text form; sent as text and cast in SQL, so no driver codec is needed."""
    return "[" + ",".join(f"{x:.7g}" for x in np.asarray(vector, dtype=np.float32).tolist()) + "]"


def _column(dim: int) -> sa.ColumnElement[Any]:
    return sa.literal_column(f"knowledge_chunks.embedding_vector::vector({int(dim)})")


def _query(dim: int) -> sa.ColumnElement[Any]:
    return sa.cast(sa.cast(sa.bindparam("query_vector"), sa.Text), _Vector(dim))


def _same_dim(dim: int) -> sa.TextClause:
    # Also the partial index's predicate, so the planner can use it.
    return sa.text(f"vector_dims(knowledge_chunks.embedding_vector) = {int(dim)}")


async def detect(session: AsyncSession) -> DenseBackend:
    """pgvector if the database is PostgreSQL with the extension and the migrated column."""
    if session.get_bind().dialect.name != "postgresql":
        return "in-process"
    present = await session.scalar(
        sa.text(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') "
            "AND EXISTS (SELECT 1 FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'knowledge_chunks' "
            "AND column_name = 'embedding_vector')"
        )
    )
    return "pgvector" if present else "in-process"


async def supports_iterative_scan(session: AsyncSession) -> bool:
    """pgvector 0.8 added iterative index scans; older versions reject the setting."""
    version = await session.scalar(
        sa.text("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
    )
    parts = tuple(int(p) for p in str(version or "0").split(".")[:2] if p.isdigit())
    return parts >= (0, 8)


async def ensure_index(session: AsyncSession, dim: int) -> None:
    if dim == INDEXED_DIM:
        return
    await session.execute(
        sa.text(
            f"CREATE INDEX IF NOT EXISTS ix_knowledge_chunks_embedding_vector_{int(dim)} "
            f"ON knowledge_chunks USING hnsw ((embedding_vector::vector({int(dim)})) "
            f"vector_cosine_ops) WHERE vector_dims(embedding_vector) = {int(dim)}"
        )
    )


async def store(
    session: AsyncSession, tenant_id: str, chunk_ids: Sequence[str], vectors: Vectors
) -> None:
    """Write the vector column of freshly inserted chunks."""
    if not chunk_ids:
        return
    await session.execute(
        sa.text(
            "UPDATE knowledge_chunks SET embedding_vector = CAST(CAST(:v AS text) AS vector) "
            "WHERE id = :id AND tenant_id = :tenant_id"
        ),
        [
            {"v": vector_literal(v), "id": c, "tenant_id": tenant_id}
            for c, v in zip(chunk_ids, vectors, strict=True)
        ],
    )


async def backfill(session: AsyncSession, dim: int, batch: int = 1000) -> int:
    """Fill the vector column from the stored bytes where it is empty; returns the count."""
    total = 0
    while True:
        rows = (
            await session.execute(
                sa.select(KnowledgeChunk.id, KnowledgeChunk.tenant_id, KnowledgeChunk.embedding)
                .where(
                    KnowledgeChunk.embedding.is_not(None),
                    sa.text("knowledge_chunks.embedding_vector IS NULL"),
                )
                .limit(batch)
            )
        ).all()
        usable = [r for r in rows if r.embedding is not None and len(r.embedding) == 4 * dim]
        if not usable:
            return total
        await session.execute(
            sa.text(
                "UPDATE knowledge_chunks SET embedding_vector = CAST(CAST(:v AS text) AS vector) "
                "WHERE id = :id"
            ),
            [
                {"v": vector_literal(np.frombuffer(r.embedding, dtype="<f4")), "id": r.id}
                for r in usable
            ],
        )
        total += len(usable)
        if len(rows) < batch:
            return total


async def search(
    session: AsyncSession,
    tenant_id: str,
    query_vector: Vectors,
    k: int,
    also: Sequence[str] = (),
    *,
    iterative: bool = True,
) -> tuple[list[tuple[str, float]], dict[str, float]]:
    """The tenant's `k` nearest chunks (id, cosine similarity), best first, and the
    similarity of the chunks `also` names (the BM25 candidates the reranker scores).

    Without `iterative` (pgvector before 0.8) a tenant holding a small share of the
    table may get fewer than `k` chunks from the index scan."""
    dim = len(query_vector)
    literal = vector_literal(query_vector)
    # For the connection, not the transaction: a search may run without one
    # (`Database.autocommit`). Every search sets them before its query, so a value
    # left on a pooled connection is never the one a later search uses.
    settings = "SELECT set_config('hnsw.ef_search', :ef, false)"
    if iterative:
        settings += ", set_config('hnsw.iterative_scan', 'strict_order', false)"
    await session.execute(sa.text(settings), {"ef": str(max(EF_SEARCH, k))})
    distance = _column(dim).op("<=>", return_type=sa.Float)(_query(dim))
    nearest = (
        scoped(
            sa.select(KnowledgeChunk.id, (1 - distance).label("similarity")),
            KnowledgeChunk,
            tenant_id,
        )
        .where(_same_dim(dim))
        .order_by(distance)
        .limit(k)
    )
    ranked = [
        (row.id, float(row.similarity))
        for row in await session.execute(nearest, {"query_vector": literal})
    ]
    missing = sorted(set(also) - {chunk_id for chunk_id, _ in ranked})
    extra: dict[str, float] = dict(ranked)
    if missing:
        similarities = scoped(
            sa.select(KnowledgeChunk.id, (1 - distance).label("similarity")),
            KnowledgeChunk,
            tenant_id,
        ).where(_same_dim(dim), KnowledgeChunk.id.in_(missing))
        for row in await session.execute(similarities, {"query_vector": literal}):
            extra[row.id] = float(row.similarity)
    return ranked, extra
