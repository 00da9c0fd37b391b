"""`aurixa keys create` prints a working key once and stores only its hash."""

from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import select
from typer.testing import CliRunner

from aurixa.cli import app as cli
from aurixa.core.db import Database
from aurixa.gateway.models import ApiKey
from tests.factories import Factory


async def test_cli_key_is_shown_once_stored_hashed_and_works(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    ctx = await factory.tenant_context()
    args = [
        "keys",
        "create",
        "--tenant",
        ctx.tenant.slug,
        "--role",
        "patient",
        "--patient",
        ctx.patient.id,
        "--name",
        "kiosk",
    ]
    # The command runs its own event loop, so it gets a thread of its own.
    result = await asyncio.to_thread(CliRunner().invoke, cli, args)
    assert result.exit_code == 0, result.output
    key = next(line.split()[-1] for line in result.output.splitlines() if line.startswith("key:"))

    me = await client.get("/api/v1/auth/me", headers=ctx.auth(key))
    assert me.status_code == 200
    assert me.json()["patient_id"] == ctx.patient.id
    async with db.sessionmaker() as session:
        row = await session.scalar(
            select(ApiKey).where(ApiKey.name == "kiosk", ApiKey.tenant_id == ctx.id)
        )
    assert row is not None
    stored = " ".join(str(getattr(row, c.key)) for c in ApiKey.__table__.columns)
    assert key not in stored
    # Not even the secret part: "ak_<prefix>_<secret>", where the url-safe secret may
    # itself contain "_" (so split twice at most, not at the last underscore).
    secret = key.split("_", 2)[2]
    assert len(secret) >= 32
    assert secret not in stored


async def test_cli_refuses_an_unknown_tenant_in_one_line(factory: Factory) -> None:
    args = ["keys", "create", "--tenant", "no-such-clinic", "--role", "admin"]
    result = await asyncio.to_thread(CliRunner().invoke, cli, args)
    assert result.exit_code == 2
    assert "no-such-clinic" in result.output
    assert "Traceback" not in result.output
