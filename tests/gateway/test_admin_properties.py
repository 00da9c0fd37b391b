"""Property: whatever is thrown at the admin API (malformed JSON, wrong
types, huge strings, any unicode), the answer is a 2xx or a 4xx with the
error body, never a 5xx, and a refused request writes nothing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from aurixa.core.db import Database
from aurixa.execution.models import Patient
from aurixa.gateway.models import ApiKey, AuditLog, Tenant, User
from tests.factories import Factory, TenantContext

# Every code point, lone surrogates and NUL included: they reach the server
# as JSON escapes and must be refused before the database sees them.
_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)
ANY_TEXT = _TEXT | _TEXT.map(lambda t: f"Clinic{t}\x00")
HUGE_TEXT = st.integers(1_000, 200_000).map(lambda n: "é" * n)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
HOSTILE = (
    SCALARS
    | HUGE_TEXT
    | st.lists(SCALARS, max_size=3)
    | st.dictionaries(ANY_TEXT, SCALARS, max_size=3)
)
PLAUSIBLE = {
    "name": st.just("Clinic") | ANY_TEXT,
    "slug": st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}[a-z0-9]", fullmatch=True) | ANY_TEXT,
    "given_name": st.just("Ada") | ANY_TEXT,
    "family_name": st.just("King") | ANY_TEXT,
    "birth_date": st.just("1990-05-01") | st.dates().map(str) | ANY_TEXT,
    "phone": st.just("+1 555 0100") | ANY_TEXT,
    "email": st.emails().map(str) | ANY_TEXT,
    "role": st.sampled_from(["admin", "staff", "patient"]) | ANY_TEXT,
    "staff_role": st.sampled_from(["nurse", "doctor"]) | ANY_TEXT,
    "full_name": st.just("Sam") | ANY_TEXT,
    "password": st.just("long enough password") | ANY_TEXT,
    "tenant_id": ANY_TEXT,
    "patient_id": ANY_TEXT,
    "settings": st.fixed_dictionaries(
        {},
        optional={
            "rate_limit_per_minute": st.integers() | HOSTILE,
            "timezone": st.just("Europe/Paris") | ANY_TEXT,
            "allowed_models": st.lists(ANY_TEXT, max_size=3) | HOSTILE,
        },
    )
    | HOSTILE,
}
FIELDS = {
    "/api/v1/admin/tenants": ["name", "slug", "settings"],
    "/api/v1/admin/patients": [
        "given_name",
        "family_name",
        "birth_date",
        "phone",
        "email",
        "tenant_id",
    ],
    "/api/v1/admin/api-keys": ["role", "staff_role", "patient_id", "tenant_id", "name"],
    "/api/v1/admin/users": ["email", "full_name", "password", "role", "staff_role", "tenant_id"],
    "PATCH /api/v1/admin/tenants/{own}": ["name", "settings"],
}


def _objects(fields: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Mostly-right objects with any field missing, mistyped or hostile."""
    value = {f: PLAUSIBLE.get(f, ANY_TEXT) | HOSTILE for f in fields}
    return st.fixed_dictionaries({}, optional=value)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, bytes]:
    target = draw(st.sampled_from(sorted(FIELDS)))
    body = draw(
        st.one_of(
            _objects(FIELDS[target]).map(lambda o: json.dumps(o).encode()),
            JSON_VALUES.map(lambda v: json.dumps(v).encode()),
            st.binary(max_size=200),  # malformed JSON, invalid UTF-8
            st.text(max_size=100).map(lambda t: ("{" + t).encode("utf-8", "surrogatepass")),
        )
    )
    return target, body


async def _counts(db: Database, tenant_id: str) -> tuple[int, ...]:
    async with db.sessionmaker() as session:
        totals = []
        for model in (Patient, User, ApiKey, AuditLog):
            totals.append(
                await session.scalar(
                    select(func.count()).select_from(model).where(model.tenant_id == tenant_id)
                )
                or 0
            )
        totals.append(await session.scalar(select(func.count()).select_from(Tenant)) or 0)
        totals.append(await session.scalar(select(func.count()).select_from(User)) or 0)
        return tuple(totals)


@pytest.fixture
async def operator(factory: Factory) -> TenantContext:
    # A limit high enough that the examples never meet the rate limiter.
    return await factory.tenant_context(rate_limit_per_minute=1_000_000)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=requests())
async def test_admin_api_never_fails_and_never_half_writes(
    client: httpx.AsyncClient, db: Database, operator: TenantContext, request: tuple[str, bytes]
) -> None:
    target, body = request
    method, path = target.split(" ", 1) if " " in target else ("POST", target)
    path = path.replace("{own}", operator.id)
    before = await _counts(db, operator.id)
    response = await client.request(
        method,
        path,
        content=body,
        headers={**operator.admin, "content-type": "application/json"},
    )
    assert response.status_code < 500, (target, body[:200], response.text[:500])
    if response.status_code >= 400:
        error = response.json()["error"]
        assert error["code"]
        assert error["message"]
        assert error["request_id"] == response.headers["x-request-id"]
        assert await _counts(db, operator.id) == before, (target, body[:200])
