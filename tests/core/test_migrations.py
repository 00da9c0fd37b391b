"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection

from aurixa.core.db import Database
from aurixa.core.migrate import head_revision
from aurixa.core.models import Base


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "render_as_batch": True}
    )
    return list(compare_metadata(context, Base.metadata))


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def test_database_is_at_head_and_autogenerate_finds_no_difference(db: Database) -> None:
    async with db.engine.connect() as connection:
        assert await connection.run_sync(_current) == head_revision()
        differences = await connection.run_sync(_diff)
    assert differences == [], f"models and migrations differ: {differences}"
