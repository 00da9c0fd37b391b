"""Pooled PostgreSQL connections stay usable when the server drops them.

The pool no longer pings on every checkout (see `core.db`), so these pin the two
cheaper checks that replace it: a connection the server closed is replaced at
checkout, and one idle past IDLE_PING_SECONDS is pinged first.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text

from aurixa.core import db as db_module
from aurixa.core.db import Database, create_database


@pytest.fixture
async def pg(database_url: str) -> AsyncIterator[Database]:
    if database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL connection handling (set TEST_DATABASE_URL)")
    database = create_database(database_url)
    yield database
    await database.dispose()


async def _backend_pid(database: Database) -> int:
    async with database.sessionmaker() as session:
        return int(await session.scalar(text("SELECT pg_backend_pid()")) or 0)


async def _terminate(database_url: str, pid: int) -> None:
    """Close one server connection from the server's side, as a restart would."""
    other = create_database(database_url)
    try:
        async with other.sessionmaker() as session:
            assert await session.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await other.dispose()


async def test_a_connection_the_server_closed_is_replaced_at_checkout(
    pg: Database, database_url: str
) -> None:
    first = await _backend_pid(pg)
    await _terminate(database_url, first)
    await asyncio.sleep(0.2)  # the driver hears of the closed socket

    assert await _backend_pid(pg) not in (0, first)


async def test_a_connection_idle_past_the_threshold_is_pinged_before_use(
    pg: Database, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncpg
    from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection

    first = await _backend_pid(pg)
    await _terminate(database_url, first)
    await asyncio.sleep(0.2)
    # As after a silent network drop: the checkout is told the dead socket is alive,
    # so only the ping can tell. Only that first question is answered falsely:
    # asyncpg's own bookkeeping (its __del__ on the discarded connection) must see the
    # truth, or it reports an unclosed connection whenever the collector runs.
    real_is_closed = asyncpg.Connection.is_closed
    fooled: list[object] = []

    def is_closed_fooled_once(self: asyncpg.Connection) -> bool:
        if not fooled:
            fooled.append(self)
            return False
        return bool(real_is_closed(self))

    pings: list[object] = []
    real_ping = AsyncAdapt_asyncpg_connection.ping

    def counting_ping(self: AsyncAdapt_asyncpg_connection) -> None:
        pings.append(self)
        real_ping(self)

    monkeypatch.setattr(asyncpg.Connection, "is_closed", is_closed_fooled_once)
    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "ping", counting_ping)
    monkeypatch.setattr(db_module, "IDLE_PING_SECONDS", 0.0)

    assert await _backend_pid(pg) not in (0, first)
    # The driver's flag said alive; the ping found it dead.
    assert fooled
    assert pings


async def test_a_busy_pool_hands_out_connections_without_pinging(
    pg: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection

    pings: list[object] = []
    original = AsyncAdapt_asyncpg_connection.ping

    def counting_ping(self: AsyncAdapt_asyncpg_connection) -> None:
        pings.append(self)
        original(self)

    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "ping", counting_ping)
    pids = {await _backend_pid(pg) for _ in range(5)}

    assert len(pids) == 1
    assert pings == []
