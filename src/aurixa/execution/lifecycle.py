"""Start-up of the execution engine: forget idempotency keys past their time."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import delete

from aurixa.core.db import Database, utcnow
from aurixa.core.logging import get_logger
from aurixa.execution.models import IdempotencyRecord

log = get_logger(__name__)


async def purge_expired_keys(db: Database) -> int:
    """Delete expired idempotency records (a key is honoured until it expires,
    whether or not this runs; this only keeps the table small)."""
    async with db.sessionmaker() as session:
        result = await session.execute(
            delete(IdempotencyRecord).where(IdempotencyRecord.expires_at <= utcnow())
        )
        await session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def startup(app: FastAPI) -> None:
    purged = await purge_expired_keys(app.state.db)
    if purged:
        log.info("idempotency_keys_purged", count=purged)


async def shutdown(app: FastAPI) -> None:
    return None
