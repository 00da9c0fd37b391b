"""Compaction of the knowledge change log (`knowledge_changes`).

Every knowledge write appends a row, and nothing removed them: a group re-importing its
knowledge base every night adds thousands a night, for ever. A row is only read by an
index (or a snapshot on disk) that reflects an older version than the row's, and no
process can tell which versions the others reflect; so compaction keeps whichever is
more, the newest `change_log_keep_versions` versions of a tenant or every change of the
last `change_log_keep_seconds`, deletes the older rows and raises the tenant's
`compacted_through` to the newest version deleted. An index or snapshot older than that
cannot replay the log any more and rebuilds from the database instead, the path a first
load takes (`aurixa.rag.indexes`): slower once, never wrong.

The rows and the compaction point change in one transaction under the row lock every
writer takes, so versions, deletions and the point move in one order; a reader that
replays re-reads the point after reading the log, so a compaction committed in between
is noticed rather than read as a gap.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import structlog
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.db import Database, utcnow
from aurixa.core.settings import Settings
from aurixa.core.tenancy import scoped
from aurixa.rag.models import KnowledgeChange, KnowledgeIndexState

# One transaction deletes at most this many versions' rows: the first compaction of a
# long-lived tenant may face millions, and writers wait for the lock meanwhile.
BATCH_VERSIONS = 10_000
# The log keeps a day of changes by default, so compacting more often than hourly
# would free almost nothing more.
INTERVAL_S = 3600.0

logger = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class Compacted:
    tenant_id: str
    removed: int
    compacted_through: int
    version: int
    # False when a batch stopped short of the retention: more is due at once.
    done: bool = True


async def compact_tenant(
    session: AsyncSession,
    tenant_id: str,
    *,
    keep_versions: int,
    keep_seconds: float,
    now: datetime | None = None,
    batch_versions: int = BATCH_VERSIONS,
) -> Compacted:
    """Delete one batch of the tenant's changes older than the retention and advance its
    compaction point; the caller commits."""
    # A no-op update: the row lock writers take in `service._record_change` on
    # PostgreSQL, the database write lock on SQLite, held until the caller commits.
    row = (
        await session.execute(
            update(KnowledgeIndexState)
            .where(KnowledgeIndexState.tenant_id == tenant_id)
            .values(version=KnowledgeIndexState.version)
            .returning(KnowledgeIndexState.version, KnowledgeIndexState.compacted_through)
        )
    ).one_or_none()
    if row is None:
        return Compacted(tenant_id, 0, 0, 0)
    version, through = int(row[0]), int(row[1])
    cutoff = version - keep_versions
    since = (now or utcnow()) - timedelta(seconds=keep_seconds)
    oldest_recent = await session.scalar(
        scoped(select(func.min(KnowledgeChange.version)), KnowledgeChange, tenant_id).where(
            KnowledgeChange.created_at >= since
        )
    )
    if oldest_recent is not None:
        cutoff = min(cutoff, int(oldest_recent) - 1)
    if cutoff <= through:
        return Compacted(tenant_id, 0, through, version)
    done = cutoff <= through + batch_versions
    cutoff = min(cutoff, through + batch_versions)
    result = await session.execute(
        delete(KnowledgeChange).where(
            KnowledgeChange.tenant_id == tenant_id, KnowledgeChange.version <= cutoff
        )
    )
    await session.execute(
        update(KnowledgeIndexState)
        .where(KnowledgeIndexState.tenant_id == tenant_id)
        .values(compacted_through=cutoff)
    )
    removed = int(getattr(result, "rowcount", 0) or 0)
    return Compacted(tenant_id, removed, cutoff, version, done)


async def compact(
    db: Database,
    settings: Settings,
    tenant_ids: Sequence[str] | None = None,
    *,
    now: datetime | None = None,
) -> list[Compacted]:
    """Compact the given tenants' logs (every tenant with knowledge when None), each
    batch in its own transaction; one result per tenant looked at."""
    keep = settings.change_log_keep_versions
    async with db.sessionmaker() as session:
        statement = select(KnowledgeIndexState.tenant_id)
        if tenant_ids is None:
            # Fewer versions than the count kept: nothing of the tenant can be due. Every
            # version has its row, so this skips most tenants without reading the log.
            statement = statement.where(
                KnowledgeIndexState.version - KnowledgeIndexState.compacted_through > keep
            )
        else:
            statement = statement.where(KnowledgeIndexState.tenant_id.in_(tenant_ids))
        candidates = list(await session.scalars(statement.order_by(KnowledgeIndexState.tenant_id)))
    results = []
    for tenant_id in candidates:
        removed = 0
        while True:
            async with db.sessionmaker() as session:
                step = await compact_tenant(
                    session,
                    tenant_id,
                    keep_versions=keep,
                    keep_seconds=settings.change_log_keep_seconds,
                    now=now,
                    batch_versions=BATCH_VERSIONS,
                )
                await session.commit()
            removed += step.removed
            if step.done:
                break
        results.append(replace(step, removed=removed))
    return results


async def compact_periodically(
    db: Database, settings: Settings, interval_s: float = INTERVAL_S
) -> None:
    """The rag service's background compaction (started in `lifecycle.startup`).

    Here rather than on the write path: a write would pay a retention query and a delete
    inside its transaction, holding the tenant's row lock longer for every writer, while
    rows only fall out of the day kept long after they were written. Every worker runs
    it; they take turns on the row lock and a tenant with nothing due costs no log read.
    """
    while True:
        # Jittered, so the workers of one deployment drift apart.
        await asyncio.sleep(interval_s * random.uniform(0.9, 1.1))
        try:
            results = await compact(db, settings)
        except Exception:
            # The log only grows meanwhile; the next round tries again.
            logger.exception("rag change log compaction failed")
            continue
        removed = sum(r.removed for r in results)
        if removed:
            logger.info(
                "rag change log compacted",
                tenants=sum(1 for r in results if r.removed),
                removed=removed,
            )
