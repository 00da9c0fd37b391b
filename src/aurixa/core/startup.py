"""Checks before serving, so bad configuration stops start-up with one clear
line instead of a traceback on the first request."""

from __future__ import annotations

import asyncio

import redis.asyncio as aioredis
from redis.exceptions import RedisError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from aurixa.core.db import create_database
from aurixa.core.errors import ConfigurationError
from aurixa.core.migrate import current_revision_sync, ensure_sqlite_directory, head_revision
from aurixa.core.settings import Settings


async def preflight(settings: Settings) -> None:
    ensure_sqlite_directory(settings.database_url)
    db = create_database(settings.database_url)
    shown = make_url(settings.database_url).render_as_string(hide_password=True)
    try:
        async with asyncio.timeout(10), db.engine.connect() as connection:
            current = await connection.run_sync(current_revision_sync)
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigurationError(f"cannot reach the database at {shown}: {reason}") from exc
    finally:
        await db.dispose()
    if current != head_revision():
        raise ConfigurationError(
            f"the database at {shown} is not migrated (at {current}, need {head_revision()}): "
            "run `aurixa db upgrade`"
        )
    if settings.redis_url:
        client = aioredis.from_url(settings.redis_url)
        try:
            async with asyncio.timeout(5):
                await client.ping()
        except (RedisError, OSError, TimeoutError) as exc:
            raise ConfigurationError(f"cannot reach Redis at {settings.redis_url}: {exc}") from exc
        finally:
            await client.aclose()
