"""Tenant isolation in one place (ARCHITECTURE.md principle 4).

Every query of a tenant-owned table goes through `scoped` or `get_scoped`; a
row of another tenant is indistinguishable from a missing one (`NotFound`).
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import BindParameter, Select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.errors import NotFound

M = TypeVar("M")
# SQLAlchemy 2.1 types a select by its columns (`Select[int]`, `Select[Patient]`,
# `Select[str, str]`): accept any of them and hand the same type back.
S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def scoped(statement: S, model: type[Any], tenant_id: str | BindParameter[str]) -> S:
    """Add the tenant filter of `model` to a select statement. A `bindparam`
    for `tenant_id` gives a statement built once and run for any tenant."""
    column = getattr(model, "tenant_id", None)
    if column is None:
        raise TypeError(f"{model.__name__} is not tenant-owned")
    return statement.where(column == tenant_id)


async def get_scoped(
    session: AsyncSession,
    model: type[M],
    id_: str,
    tenant_id: str,
    *,
    label: str | None = None,
    for_update: bool = False,
) -> M:
    """The row `id_` of `model` if it belongs to `tenant_id`, else `NotFound`."""
    obj = await session.get(model, id_, with_for_update=for_update)
    if obj is None or getattr(obj, "tenant_id", None) != tenant_id:
        name = label or model.__name__.lower()
        raise NotFound(f"{name} {id_} not found")
    return obj
