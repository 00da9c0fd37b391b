"""Tenant A's queries never return tenant B's rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from aurixa.core.db import Database
from aurixa.core.errors import NotFound
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.models import Patient
from aurixa.gateway.models import Tenant
from tests.factories import Factory


async def test_scoped_select_returns_only_the_tenants_rows(factory: Factory, db: Database) -> None:
    a, b = await factory.tenant(), await factory.tenant()
    mine = {(await factory.patient(a.id)).id for _ in range(3)}
    theirs = {(await factory.patient(b.id)).id for _ in range(2)}
    async with db.sessionmaker() as session:
        rows = (await session.scalars(scoped(select(Patient), Patient, a.id))).all()
    ids = {p.id for p in rows}
    assert ids == mine
    assert not ids & theirs


async def test_get_scoped_hides_another_tenants_row(factory: Factory, db: Database) -> None:
    a, b = await factory.tenant(), await factory.tenant()
    other = await factory.patient(b.id)
    async with db.sessionmaker() as session:
        with pytest.raises(NotFound):
            await get_scoped(session, Patient, other.id, a.id)
        found = await get_scoped(session, Patient, other.id, b.id)
    assert found.id == other.id


def test_scoping_a_table_that_is_not_tenant_owned_is_refused() -> None:
    with pytest.raises(TypeError):
        scoped(select(Tenant), Tenant, "x")
