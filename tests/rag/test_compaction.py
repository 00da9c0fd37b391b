"""Compaction of the knowledge change log: old rows go, the retained ones stay, and an
index or snapshot older than the compaction point rebuilds from the database instead of
replaying a log with a hole in it."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select, update
from typer.testing import CliRunner

from aurixa.cli import app as cli
from aurixa.cli import mount_optional_commands
from aurixa.core.db import Database, utcnow
from aurixa.core.settings import Settings
from aurixa.core.tenancy import scoped
from aurixa.rag import compaction
from aurixa.rag import indexes as indexes_module
from aurixa.rag.cli import compact_report
from aurixa.rag.indexes import KnowledgeIndexes, current_state
from aurixa.rag.models import KnowledgeChange
from tests.factories import Factory, TenantContext
from tests.rag.articles import ARTICLES, BILLING, FLU, PARKING, create_article

ASTHMA = "Asthma is a chronic disease of the airways. Quick-relief inhalers open them."
ASTHMA_NEW = "Asthma attacks are treated with a nebuliser at the walk-in clinic on floor two."


async def _update(
    client: httpx.AsyncClient, ctx: TenantContext, article_id: str, body: str
) -> None:
    response = await client.put(f"{ARTICLES}/{article_id}", json={"body": body}, headers=ctx.staff)
    assert response.status_code == 200, response.text


async def _delete(client: httpx.AsyncClient, ctx: TenantContext, article_id: str) -> None:
    response = await client.delete(f"{ARTICLES}/{article_id}", headers=ctx.staff)
    assert response.status_code == 204, response.text


def _keeping(settings: Settings, versions: int, seconds: int) -> Settings:
    return settings.model_copy(
        update={"change_log_keep_versions": versions, "change_log_keep_seconds": seconds}
    )


async def _logged_versions(db: Database, tenant_id: str) -> list[int]:
    async with db.sessionmaker() as session:
        statement = scoped(select(KnowledgeChange.version), KnowledgeChange, tenant_id)
        return list(await session.scalars(statement.order_by(KnowledgeChange.version)))


async def _age(db: Database, tenant_id: str, through_version: int, hours: float) -> None:
    """Backdate the tenant's changes up to `through_version`."""
    async with db.sessionmaker() as session:
        await session.execute(
            update(KnowledgeChange)
            .where(
                KnowledgeChange.tenant_id == tenant_id, KnowledgeChange.version <= through_version
            )
            .values(created_at=utcnow() - timedelta(hours=hours))
        )
        await session.commit()


async def _state(db: Database, tenant_id: str) -> tuple[int, int]:
    async with db.sessionmaker() as session:
        return await current_state(session, tenant_id)


async def _twelve_changes(client: httpx.AsyncClient, ctx: TenantContext) -> None:
    article = await create_article(client, ctx, "Parking", PARKING)
    for n in range(11):
        await _update(client, ctx, article, f"{PARKING} Revision {n}.")


async def test_compaction_keeps_whichever_retention_keeps_more(
    client: httpx.AsyncClient, factory: Factory, db: Database, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    await _twelve_changes(client, ctx)
    assert await _logged_versions(db, ctx.id) == list(range(1, 13))
    # Versions 1-8 are two days old, 9-12 are recent.
    await _age(db, ctx.id, 8, hours=48)

    # The newest 5 versions (8-12) are more than the day's 4 (9-12).
    [result] = await compaction.compact(db, _keeping(settings, 5, 24 * 3600), [ctx.id])
    assert (result.removed, result.compacted_through, result.version) == (7, 7, 12)
    assert await _logged_versions(db, ctx.id) == list(range(8, 13))
    assert await _state(db, ctx.id) == (12, 7)

    # The day's 4 (9-12) are more than the newest 2 (11-12).
    [result] = await compaction.compact(db, _keeping(settings, 2, 24 * 3600), [ctx.id])
    assert (result.removed, result.compacted_through) == (1, 8)
    assert await _logged_versions(db, ctx.id) == list(range(9, 13))

    # Nothing more is due: a second run changes nothing.
    [result] = await compaction.compact(db, _keeping(settings, 2, 24 * 3600), [ctx.id])
    assert (result.removed, result.compacted_through) == (0, 8)
    assert await _state(db, ctx.id) == (12, 8)


async def test_defaults_keep_a_small_log_whole_and_batches_cover_a_long_one(
    client: httpx.AsyncClient,
    factory: Factory,
    db: Database,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (settings.change_log_keep_versions, settings.change_log_keep_seconds) == (
        1_000,
        24 * 3600,
    )
    ctx = await factory.tenant_context()
    await _twelve_changes(client, ctx)
    await _age(db, ctx.id, 12, hours=48)
    [result] = await compaction.compact(db, settings, [ctx.id])
    assert result.removed == 0
    assert len(await _logged_versions(db, ctx.id)) == 12

    # A log longer than one transaction's batch is compacted in several.
    monkeypatch.setattr(compaction, "BATCH_VERSIONS", 3)
    [result] = await compaction.compact(db, _keeping(settings, 2, 0), [ctx.id])
    assert (result.removed, result.compacted_through) == (10, 10)
    assert await _logged_versions(db, ctx.id) == [11, 12]


async def test_an_index_behind_the_compaction_point_rebuilds_without_deleted_articles(
    client: httpx.AsyncClient, factory: Factory, db: Database, app: FastAPI, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    asthma = await create_article(client, ctx, "Asthma", ASTHMA)
    parking = await create_article(client, ctx, "Parking", PARKING)
    # Another process's index, loaded now and idle while the log moves on.
    behind = KnowledgeIndexes(embedding_model=settings.embedding_model)
    async with db.sessionmaker() as session:
        assert (await behind.index_for(session, ctx.id)).article_ids == {asthma, parking}

    flu = await create_article(client, ctx, "Flu vaccine", FLU)
    await _update(client, ctx, asthma, ASTHMA_NEW)
    await _delete(client, ctx, parking)
    gone = await create_article(client, ctx, "Billing", BILLING)
    await _delete(client, ctx, gone)
    billing = await create_article(client, ctx, "Billing", BILLING)
    # Keeps only the last change (version 8): 3-7 are gone, which the index needs.
    [result] = await compaction.compact(db, _keeping(settings, 1, 0), [ctx.id])
    assert (result.compacted_through, result.version) == (7, 8)

    async with db.sessionmaker() as session:
        index = await behind.index_for(session, ctx.id)
    assert behind.database_loads == 2
    assert index.article_ids == {asthma, flu, billing}
    hits = index.search("nebuliser walk-in clinic", None, mode="bm25", top_k=3)
    assert hits[0].article_id == asthma
    assert not index.search("park lot visitors machine", None, mode="bm25", top_k=3)
    async with db.sessionmaker() as session:
        stats = await behind.stats(session, ctx.id)
    assert (stats.version, stats.loaded_from) == (8, "database")


async def test_an_index_at_or_above_the_compaction_point_just_replays(
    client: httpx.AsyncClient, factory: Factory, db: Database, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    asthma = await create_article(client, ctx, "Asthma", ASTHMA)
    parking = await create_article(client, ctx, "Parking", PARKING)
    ahead = KnowledgeIndexes(embedding_model=settings.embedding_model)
    async with db.sessionmaker() as session:
        await ahead.index_for(session, ctx.id)

    # Everything up to the index's own version goes.
    [result] = await compaction.compact(db, _keeping(settings, 0, 0), [ctx.id])
    assert result.compacted_through == 2
    flu = await create_article(client, ctx, "Flu vaccine", FLU)
    await _delete(client, ctx, parking)

    async with db.sessionmaker() as session:
        index = await ahead.index_for(session, ctx.id)
    assert ahead.database_loads == 1
    assert index.article_ids == {asthma, flu}


async def test_a_compaction_between_the_version_read_and_the_log_read_is_not_a_gap(
    client: httpx.AsyncClient,
    factory: Factory,
    db: Database,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = await factory.tenant_context()
    parking = await create_article(client, ctx, "Parking", PARKING)
    reader = KnowledgeIndexes(embedding_model=settings.embedding_model)
    async with db.sessionmaker() as session:
        await reader.index_for(session, ctx.id)
    flu = await create_article(client, ctx, "Flu vaccine", FLU)
    await _delete(client, ctx, parking)

    real = indexes_module.current_state
    calls = 0

    async def compacted_right_after(session: object, tenant_id: str) -> tuple[int, int]:
        # The reader sees the state before the compaction commits, and the log after.
        nonlocal calls
        calls += 1
        seen = await real(session, tenant_id)  # type: ignore[arg-type]
        if calls == 1:
            await compaction.compact(db, _keeping(settings, 0, 0), [ctx.id])
        return seen

    monkeypatch.setattr(indexes_module, "current_state", compacted_right_after)
    async with db.sessionmaker() as session:
        index = await reader.index_for(session, ctx.id)
    assert await _logged_versions(db, ctx.id) == []
    assert reader.database_loads == 2
    assert index.article_ids == {flu}


async def test_a_snapshot_older_than_the_compaction_point_is_not_used(
    client: httpx.AsyncClient, factory: Factory, db: Database, settings: Settings, tmp_path: Path
) -> None:
    ctx = await factory.tenant_context()
    asthma = await create_article(client, ctx, "Asthma", ASTHMA)
    await create_article(client, ctx, "Parking", PARKING)
    writer = _snapshotting(settings, tmp_path)
    async with db.sessionmaker() as session:
        await writer.index_for(session, ctx.id)
    await writer.save_snapshots()
    assert writer.snapshots_written == 1

    # Same chunk count after: only the version tells the snapshot is out of date.
    await _update(client, ctx, asthma, ASTHMA_NEW)
    flu = await create_article(client, ctx, "Flu vaccine", FLU)
    # Before compaction the snapshot (version 2) catches up from the log.
    before = _snapshotting(settings, tmp_path)
    async with db.sessionmaker() as session:
        await before.index_for(session, ctx.id)
    assert before.loaded_from(ctx.id) == "snapshot"

    [result] = await compaction.compact(db, _keeping(settings, 1, 0), [ctx.id])
    assert result.compacted_through == 3
    after = _snapshotting(settings, tmp_path)
    async with db.sessionmaker() as session:
        index = await after.index_for(session, ctx.id)
    assert after.loaded_from(ctx.id) == "database"
    assert (after.snapshot_loads, after.database_loads) == (0, 1)
    assert flu in index.article_ids
    hits = index.search("nebuliser walk-in clinic", None, mode="bm25", top_k=3)
    assert hits[0].article_id == asthma


def _snapshotting(settings: Settings, folder: Path) -> KnowledgeIndexes:
    return KnowledgeIndexes(
        embedding_model=settings.embedding_model, snapshot_dir=folder, snapshot_min_chunks=0
    )


async def test_the_command_compacts_one_tenant_and_names_an_unknown_one(
    client: httpx.AsyncClient, factory: Factory, db: Database, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    await _twelve_changes(client, ctx)
    await _age(db, ctx.id, 12, hours=48)
    lines = await compact_report(db, _keeping(settings, 4, 24 * 3600), ctx.tenant.slug)
    assert lines == [
        f"{ctx.tenant.slug}: 8 changes removed, log kept above version 8 of 12",
        "done: 8 changes removed",
    ]
    assert await _logged_versions(db, ctx.id) == [9, 10, 11, 12]


def test_the_command_line_names_an_unknown_tenant(settings: Settings) -> None:
    mount_optional_commands(["aurixa", "kb"])
    runner = CliRunner()
    unknown = runner.invoke(cli, ["kb", "compact", "--tenant", "no-such-clinic"])
    assert unknown.exit_code == 2
    assert "tenant 'no-such-clinic' not found" in unknown.output
    every = runner.invoke(cli, ["kb", "compact"])
    assert every.exit_code == 0, every.output
    assert every.output.splitlines()[-1].startswith("done: ")


async def test_the_service_compacts_in_the_background(
    client: httpx.AsyncClient, factory: Factory, db: Database, app: FastAPI, settings: Settings
) -> None:
    task = app.state.rag_compaction
    assert isinstance(task, asyncio.Task)
    assert not task.done()

    ctx = await factory.tenant_context()
    await _twelve_changes(client, ctx)
    # Only rows older than the hour kept are due, so other tests' tenants are untouched.
    await _age(db, ctx.id, 10, hours=2)
    running = asyncio.create_task(
        compaction.compact_periodically(db, _keeping(settings, 0, 3600), interval_s=0.01)
    )
    try:
        for _ in range(500):
            if await _logged_versions(db, ctx.id) == [11, 12]:
                break
            await asyncio.sleep(0.01)
    finally:
        running.cancel()
        with pytest.raises(asyncio.CancelledError):
            await running
    assert await _logged_versions(db, ctx.id) == [11, 12]
    assert await _state(db, ctx.id) == (12, 10)
