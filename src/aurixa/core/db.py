"""Database engine, sessions and the declarative base.

One engine per process, built in the app's lifespan (never at import) and kept
on `app.state.db`. One session per request from `get_session`, which commits
or rolls back in one place.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import JSON, DateTime, ForeignKey, MetaData, String, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    UOWTransaction,
    declared_attr,
    mapped_column,
)
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes on every backend (SQLite drops the offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a timezone-aware column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
        list[Any]: JSONType,
    }


class IdMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class TenantMixin:
    """Marks a table as tenant-owned; `aurixa.core.tenancy` scopes every query."""

    @declared_attr
    def tenant_id(cls) -> Mapped[str]:
        return mapped_column(String(36), ForeignKey("tenants.id", ondelete="CASCADE"), index=True)


@dataclass
class Database:
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    # Each statement commits on its own: no BEGIN and COMMIT round trips. For work
    # that only reads, or writes with one statement; PostgreSQL's default READ
    # COMMITTED gives every statement its own snapshot inside a transaction too,
    # so reads see nothing different.
    autocommit: async_sessionmaker[AsyncSession]

    @cached_property
    def autocommit_engine(self) -> AsyncEngine:
        """The engine in autocommit mode, for Core statements that stand alone."""
        return self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    async def dispose(self) -> None:
        await self.engine.dispose()


# A pooled connection idle for longer than this is pinged before it is handed out.
IDLE_PING_SECONDS = 10.0


def create_database(url: str, *, echo: bool = False) -> Database:
    kwargs: dict[str, Any] = {"echo": echo}
    if url.startswith("sqlite"):
        # One writer at a time: wait for the lock instead of failing at once.
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs.update(pool_size=10, max_overflow=20)
    engine = create_async_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    else:
        _check_connections_on_checkout(engine)
    return Database(
        engine,
        async_sessionmaker(engine, expire_on_commit=False),
        async_sessionmaker(
            engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
        ),
    )


def _check_connections_on_checkout(engine: AsyncEngine) -> None:
    """Hand out only live connections, cheaply.

    `pool_pre_ping` pings on every checkout, and with asyncpg a ping is three
    round trips (BEGIN, an empty query, ROLLBACK): about an eighth of the
    server's CPU under the pipeline bench, since a turn opens several short
    sessions. A connection the server
    closed (restart, `pg_terminate_backend`, idle timeout) is already known to
    be closed by the driver, so a busy connection is only asked that; one that
    sat idle long enough for the network to have dropped it silently is pinged.
    Raising DisconnectionError makes the pool replace the connection.
    """

    @event.listens_for(engine.sync_engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        driver_connection = getattr(dbapi_connection, "driver_connection", None)
        is_closed = getattr(driver_connection, "is_closed", None)
        if callable(is_closed) and is_closed():
            raise DisconnectionError("connection closed by the server")
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < IDLE_PING_SECONDS:
            return
        try:
            dbapi_connection.ping()
        except Exception as exc:
            raise DisconnectionError("connection failed its ping") from exc


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with get_database(request).sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


# scope="function": commit before the response is sent, so a failed commit is an
# error response and a client that reads right after its write sees it.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
DatabaseDep = Annotated[Database, Depends(get_database)]


# Callbacks for rows committed by this process's sessions, by table: the way a
# per-process cache learns at once that what it holds changed here.
_ON_COMMIT: dict[str, list[Callable[[set[Any]], None]]] = {}
_WRITTEN_KEY = "aurixa.written_rows"


def on_commit(table: str, callback: Callable[[set[Any]], None]) -> None:
    """Call `callback(ids)` after a session of this process commits ORM changes to
    rows of `table` (added, changed or deleted). Core statements are not seen."""
    _ON_COMMIT.setdefault(table, []).append(callback)


@event.listens_for(Session, "after_flush")
def _note_written_rows(session: Session, _flush: UOWTransaction) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table in _ON_COMMIT:
            session.info.setdefault(_WRITTEN_KEY, {}).setdefault(table, set()).add(obj.id)


@event.listens_for(Session, "after_commit")
def _announce_written_rows(session: Session) -> None:
    for table, ids in session.info.pop(_WRITTEN_KEY, {}).items():
        for callback in _ON_COMMIT.get(table, ()):
            callback(ids)


@event.listens_for(Session, "after_rollback")
def _discard_written_rows(session: Session) -> None:
    session.info.pop(_WRITTEN_KEY, None)
