"""Tenant index snapshots on disk: a restart loads them instead of rebuilding, catches up
from the change log, and rebuilds from the database when a snapshot is unusable."""

from __future__ import annotations

import random
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import numpy as np
import pytest
from fastapi import FastAPI

from aurixa.core.app import create_app
from aurixa.core.db import Database
from aurixa.core.settings import Settings
from aurixa.rag import indexes as indexes_module
from aurixa.rag import snapshot
from aurixa.rag.engine import ChunkRecord, TenantIndex
from aurixa.rag.indexes import KnowledgeIndexes
from aurixa.rag.vectors import VectorBackend
from tests.factories import Factory, TenantContext
from tests.rag.articles import BILLING, FLU, PARKING, create_article

SEARCH = "/api/v1/rag/search"
STATS = "/api/v1/rag/stats"

ASTHMA = (
    "# Asthma\n\nAsthma is a chronic disease of the airways.\n\n"
    "## Treatment\n\nQuick-relief inhalers open the airways within minutes."
)


async def _top_article(client: httpx.AsyncClient, ctx: TenantContext, query: str) -> str:
    response = await client.post(
        SEARCH, json={"query": query, "top_k": 3}, headers=ctx.patient_headers
    )
    assert response.status_code == 200, response.text
    top: str = response.json()["results"][0]["article_id"]
    return top


# --- the engine's state round trip, without a database


WORDS = ["asthma", "inhaler", "fever", "cough", "parking", "billing", "vaccine", "insulin"]


def _article(rng: random.Random, i: int, dim: int) -> tuple[str, list[ChunkRecord], np.ndarray]:
    records = [
        ChunkRecord(
            chunk_id=f"c{i}-{j}",
            article_id=f"a{i}",
            title=f"About {WORDS[i % len(WORDS)]}",
            heading="Section",
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30))),
            position=j,
        )
        for j in range(3)
    ]
    vectors = np.random.default_rng(i).normal(size=(3, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return f"a{i}", records, vectors


@pytest.mark.parametrize("backend", ["exact", "usearch"])
def test_restored_index_ranks_exactly_as_the_one_it_was_written_from(
    tmp_path: Path, backend: VectorBackend
) -> None:
    dim, rng = 16, random.Random(3)
    index = TenantIndex(dim=dim, vector_backend=backend, bm25_background=False)
    index.upsert_articles([_article(rng, i, dim) for i in range(150)])
    index.merge()
    # Tombstones and a delta beside the main index, as between two merges.
    for i in range(0, 60, 4):
        index.remove_article(f"a{i}")
    index.upsert_articles([_article(rng, i, dim) for i in range(150, 170)])
    state = index.export_state()
    meta = snapshot.SnapshotMeta("tenant-a", 7, "model", dim, state.vector_store, len(state.slots))
    snapshot.write(tmp_path, meta, state)

    found = snapshot.read(tmp_path, "tenant-a", embedding_model="model", dim=dim)
    restored = TenantIndex.from_state(found.state, dim=dim, bm25_background=False)

    assert found.meta.version == 7
    assert restored.stats().bm25.main == index.stats().bm25.main
    assert restored.stats().bm25.tombstones == index.stats().bm25.tombstones > 0
    assert restored.article_ids == index.article_ids
    assert [restored.idf(w) for w in WORDS] == [index.idf(w) for w in WORDS]
    query = np.random.default_rng(99).normal(size=dim).astype(np.float32)
    query /= np.linalg.norm(query)
    for mode in ("bm25", "dense", "hybrid"):
        before = index.search("asthma fever insulin", query, mode=mode, top_k=10)
        after = restored.search("asthma fever insulin", query, mode=mode, top_k=10)
        assert [h.chunk_id for h in after] == [h.chunk_id for h in before]
        assert [h.score for h in after] == pytest.approx([h.score for h in before], rel=1e-6)
    # The restored index keeps changing incrementally.
    restored.remove_article("a1")
    assert "a1" not in restored.article_ids
    restored.upsert_articles([_article(rng, 500, dim)])
    assert restored.search("asthma", query, mode="bm25", top_k=500)


def test_snapshot_of_another_model_or_tenant_is_refused(tmp_path: Path) -> None:
    dim, rng = 8, random.Random(1)
    index = TenantIndex(dim=dim, bm25_background=False)
    index.upsert_articles([_article(rng, i, dim) for i in range(5)])
    index.merge()
    state = index.export_state()
    snapshot.write(tmp_path, snapshot.SnapshotMeta("t1", 1, "m", dim, "exact", 15), state)
    with pytest.raises(snapshot.SnapshotError):
        snapshot.read(tmp_path, "t1", embedding_model="other", dim=dim)
    with pytest.raises(snapshot.SnapshotError):
        snapshot.read(tmp_path, "t1", embedding_model="m", dim=dim + 1)
    shutil.copy(snapshot.snapshot_path(tmp_path, "t1"), tmp_path / "t1" / "copy")
    (tmp_path / "t2").mkdir()
    shutil.copy(tmp_path / "t1" / "copy", snapshot.snapshot_path(tmp_path, "t2"))
    with pytest.raises(snapshot.SnapshotError, match="another tenant"):
        snapshot.read(tmp_path, "t2", embedding_model="m", dim=dim)
    with pytest.raises(snapshot.SnapshotError):
        snapshot.snapshot_path(tmp_path, "../t1")


# --- through the registry and the app, on the test database


def _registry(settings: Settings, folder: Path) -> KnowledgeIndexes:
    return KnowledgeIndexes(
        embedding_model=settings.embedding_model, snapshot_dir=folder, snapshot_min_chunks=0
    )


async def _written(db: Database, settings: Settings, folder: Path, ctx: TenantContext) -> Path:
    """Load the tenant in a fresh registry (a rebuild) and wait for its snapshot."""
    writer = _registry(settings, folder)
    async with db.sessionmaker() as session:
        await writer.index_for(session, ctx.id)
    await writer.save_snapshots()
    assert writer.snapshots_written == 1
    path = snapshot.snapshot_path(folder, ctx.id)
    assert path.is_file()
    return path


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [
        _flip_middle,
        lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 3]),
        lambda p: p.write_bytes(b"not a snapshot"),
        lambda p: p.write_bytes(b""),
    ],
    ids=["flipped-bytes", "truncated", "garbage", "empty"],
)
async def test_damaged_snapshot_falls_back_to_a_rebuild(
    client: httpx.AsyncClient,
    factory: Factory,
    db: Database,
    settings: Settings,
    tmp_path: Path,
    damage: object,
) -> None:
    ctx = await factory.tenant_context()
    asthma = await create_article(client, ctx, "Asthma", ASTHMA)
    parking = await create_article(client, ctx, "Parking", PARKING)
    path = await _written(db, settings, tmp_path, ctx)

    intact = _registry(settings, tmp_path)
    async with db.sessionmaker() as session:
        await intact.index_for(session, ctx.id)
    assert intact.loaded_from(ctx.id) == "snapshot"
    assert intact.database_loads == 0

    assert callable(damage)
    damage(path)
    reader = _registry(settings, tmp_path)
    async with db.sessionmaker() as session:
        index = await reader.index_for(session, ctx.id)
        assert reader.loaded_from(ctx.id) == "database"
        assert (reader.database_loads, reader.snapshot_loads) == (1, 0)
        assert index.article_ids == {asthma, parking}
    # The rebuild wrote a sound snapshot again.
    await reader.save_snapshots()
    assert snapshot.read(
        tmp_path, ctx.id, embedding_model=settings.embedding_model, dim=reader.embedder.dim
    ).meta.chunks == len(index)


@asynccontextmanager
async def _running(settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    application = create_app(settings=settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield application, c


async def test_restart_serves_from_the_snapshot_then_sees_later_writes(
    client: httpx.AsyncClient,
    factory: Factory,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every tenant is snapshotted here, not only large ones.
    monkeypatch.setattr(indexes_module, "SNAPSHOT_MIN_CHUNKS", 0)
    restartable = settings.model_copy(update={"data_dir": tmp_path})
    ctx = await factory.tenant_context()
    asthma = await create_article(client, ctx, "Asthma", ASTHMA)
    await create_article(client, ctx, "Parking", PARKING)

    async with _running(restartable) as (first, first_client):
        assert await _top_article(first_client, ctx, "treatment for asthma") == asthma
        assert first.state.rag_indexes.loaded_from(ctx.id) == "database"
    # Shutdown waited for the write.
    assert snapshot.snapshot_path(tmp_path / "indexes", ctx.id).is_file()

    # Written while no process runs: only the change log knows it is newer than the file.
    flu = await create_article(client, ctx, "Flu vaccine", FLU)

    async with _running(restartable) as (second, second_client):
        registry: KnowledgeIndexes = second.state.rag_indexes
        assert registry.loaded_from(ctx.id) == "snapshot"
        stats = await second_client.get(STATS, headers=ctx.staff)
        assert stats.json()["loaded_from"] == "snapshot"
        assert await _top_article(second_client, ctx, "when can I get a flu shot") == flu
        assert await _top_article(second_client, ctx, "treatment for asthma") == asthma
        # And a write through this process.
        billing = await create_article(second_client, ctx, "Billing", BILLING)
        assert await _top_article(second_client, ctx, "question about my bill") == billing
        assert registry.loaded_from(ctx.id) == "snapshot"


async def test_two_tenants_never_share_a_snapshot(
    client: httpx.AsyncClient,
    factory: Factory,
    db: Database,
    settings: Settings,
    tmp_path: Path,
) -> None:
    a, b = await factory.tenant_context(), await factory.tenant_context()
    parking = await create_article(client, a, "Parking", PARKING)
    flu = await create_article(client, b, "Flu vaccine", FLU)
    path_a = await _written(db, settings, tmp_path, a)
    path_b = await _written(db, settings, tmp_path, b)
    assert path_a.parent != path_b.parent

    registry = _registry(settings, tmp_path)
    async with db.sessionmaker() as session:
        assert (await registry.index_for(session, a.id)).article_ids == {parking}
        assert (await registry.index_for(session, b.id)).article_ids == {flu}
    assert registry.snapshot_loads == 2

    # A's file put in B's place is refused: B is rebuilt from its own rows.
    shutil.copy(path_a, path_b)
    other = _registry(settings, tmp_path)
    async with db.sessionmaker() as session:
        assert (await other.index_for(session, b.id)).article_ids == {flu}
    assert other.loaded_from(b.id) == "database"
