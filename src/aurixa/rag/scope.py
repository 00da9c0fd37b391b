"""Typed wrapper of `aurixa.core.tenancy.scoped`.

The core helper's type variable is bound to `tuple[...]`, which SQLAlchemy 2.1's
variadic `Select[*Ts]` does not satisfy under mypy; this keeps the statement's own type.
The filter itself is the core one.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from sqlalchemy import Select

from aurixa.core.tenancy import scoped as _core_scoped

S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def scoped(statement: S, model: type[Any], tenant_id: str) -> S:
    return cast(S, _core_scoped(cast(Any, statement), model, tenant_id))
