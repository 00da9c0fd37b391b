"""Test set-up shared by every service's tests.

The database is real: a fresh SQLite file per run by default, or a fresh
database on the PostgreSQL server named by TEST_DATABASE_URL (created for the
run and dropped after it, so concurrent runs never share state). Redis is used
when TEST_REDIS_URL is set. The schema is built by the Alembic migrations, so
every run also proves they apply. Each test makes its own tenant, so no test
sees another's data.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

_TMP = Path(tempfile.mkdtemp(prefix="aurixa-test-"))
_SERVER_URL = os.environ.get("TEST_DATABASE_URL")
_RUN_DATABASE = f"aurixa_test_{uuid.uuid4().hex[:10]}"


def _database_url() -> str:
    if not _SERVER_URL:
        return f"sqlite+aiosqlite:///{_TMP / 'test.db'}"
    return make_url(_SERVER_URL).set(database=_RUN_DATABASE).render_as_string(hide_password=False)


# Settings are read from the environment, so set it before anything imports aurixa.
os.environ["AURIXA_ENV"] = "test"
os.environ["DATABASE_URL"] = _database_url()
os.environ["SECRET_KEY"] = "test-secret-key-" + uuid.uuid4().hex
# Index snapshots and caches go to this run's own folder, never the checkout's data/.
os.environ["AURIXA_DATA_DIR_PATH"] = str(_TMP / "data")
os.environ["LOG_FORMAT"] = "json"
os.environ["LOG_LEVEL"] = "WARNING"
if os.environ.get("TEST_REDIS_URL"):
    os.environ["REDIS_URL"] = os.environ["TEST_REDIS_URL"]
else:
    os.environ.pop("REDIS_URL", None)
for _service in (
    "GATEWAY",
    "ORCHESTRATION",
    "LLM_ROUTER",
    "AGENT",
    "RAG",
    "SAFETY",
    "VOICE",
    "EXECUTION",
    "OBSERVABILITY",
):
    os.environ.pop(f"AURIXA_{_service}_URL", None)

import httpx  # noqa: E402
from fastapi import FastAPI  # noqa: E402

from aurixa.core.app import create_app  # noqa: E402
from aurixa.core.db import Database  # noqa: E402
from aurixa.core.migrate import upgrade  # noqa: E402
from aurixa.core.settings import Settings, get_settings  # noqa: E402
from tests.factories import Factory  # noqa: E402


async def _create_server_database() -> None:
    assert _SERVER_URL is not None
    admin = create_async_engine(_SERVER_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{_RUN_DATABASE}"'))
    await admin.dispose()


async def _drop_server_database() -> None:
    assert _SERVER_URL is not None
    admin = create_async_engine(_SERVER_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{_RUN_DATABASE}" WITH (FORCE)'))
    await admin.dispose()


@pytest.fixture(scope="session")
def settings() -> Iterator[Settings]:
    get_settings.cache_clear()
    if _SERVER_URL:
        asyncio.run(_create_server_database())
    built = get_settings()
    asyncio.run(upgrade(built))
    yield built
    if _SERVER_URL:
        asyncio.run(_drop_server_database())


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings=settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def db(app: FastAPI) -> Database:
    database: Database = app.state.db
    return database


@pytest.fixture
def factory(db: Database) -> Factory:
    return Factory(db)


@pytest.fixture
def today() -> date:
    return date.today()


@pytest.fixture(scope="session")
def database_url(settings: Settings) -> str:
    return settings.database_url


@pytest.fixture(scope="session")
def tmp_root() -> Path:
    return _TMP
