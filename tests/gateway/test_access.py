"""Who gets in and what they see: credentials, roles and tenant isolation,
checked against the real app."""

from __future__ import annotations

import importlib.util

import httpx
import pytest

from aurixa.core import auth
from aurixa.core.security import hash_api_key
from tests.factories import Factory, TenantContext

ADMIN_ENDPOINTS = [
    ("GET", "/api/v1/admin/tenants", None),
    ("POST", "/api/v1/admin/tenants", {"name": "X", "slug": "x-clinic"}),
    ("GET", "/api/v1/admin/patients", None),
    (
        "POST",
        "/api/v1/admin/patients",
        {"given_name": "A", "family_name": "B", "birth_date": "1990-01-01"},
    ),
    ("GET", "/api/v1/admin/api-keys", None),
    ("POST", "/api/v1/admin/api-keys", {"role": "admin"}),
    ("GET", "/api/v1/admin/users", None),
]


def _is_error(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"]
    assert error["request_id"] == response.headers["x-request-id"]


async def test_no_key_is_401(client: httpx.AsyncClient) -> None:
    _is_error(await client.get("/api/v1/admin/tenants"), 401)
    _is_error(await client.get("/api/v1/auth/me"), 401)


@pytest.mark.parametrize(
    "authorization",
    ["Bearer nonsense", "Bearer ak_0123456789ab_wrong-secret", "Bearer ", "Basic dXNlcjpwdw=="],
)
async def test_bad_credentials_are_401(client: httpx.AsyncClient, authorization: str) -> None:
    response = await client.get("/api/v1/auth/me", headers={"Authorization": authorization})
    _is_error(response, 401)


async def test_a_right_prefix_with_a_wrong_secret_is_401(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    forged = ctx.admin_key[: ctx.admin_key.rindex("_") + 1] + "A" * 43
    _is_error(await client.get("/api/v1/auth/me", headers=ctx.auth(forged)), 401)


async def test_revoked_key_is_401(client: httpx.AsyncClient, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    keys = (await client.get("/api/v1/admin/api-keys", headers=ctx.admin)).json()["items"]
    staff = next(k for k in keys if k["role"] == "staff")
    assert (await client.get("/api/v1/auth/me", headers=ctx.staff)).status_code == 200
    revoked = await client.delete(f"/api/v1/admin/api-keys/{staff['id']}", headers=ctx.admin)
    assert revoked.status_code == 200
    _is_error(await client.get("/api/v1/auth/me", headers=ctx.staff), 401)


async def test_a_keys_first_use_keeps_other_verified_keys_cached(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    """Recording a key's last use is not a change to the key: the other callers'
    next requests are answered from the cache of verified keys, not reread."""
    ctx = await factory.tenant_context()
    assert (await client.get("/api/v1/auth/me", headers=ctx.staff)).status_code == 200
    staff = auth._verified.get(hash_api_key(ctx.staff_key))
    assert staff is not None
    # The admin key's first use writes its last_used_at.
    assert (await client.get("/api/v1/auth/me", headers=ctx.admin)).status_code == 200
    assert auth._verified.get(hash_api_key(ctx.staff_key)) == staff


async def test_disabled_tenant_is_locked_out(client: httpx.AsyncClient, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    operator = await factory.tenant_context()
    # Used once first, so the key is among the recently verified ones.
    assert (await client.get("/api/v1/auth/me", headers=ctx.staff)).status_code == 200
    response = await client.patch(
        f"/api/v1/admin/tenants/{ctx.id}", json={"active": False}, headers=operator.admin
    )
    assert response.status_code == 200
    _is_error(await client.get("/api/v1/auth/me", headers=ctx.staff), 401)


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ENDPOINTS)
async def test_admin_endpoints_refuse_staff_and_patient_keys_with_403(
    client: httpx.AsyncClient, factory: Factory, method: str, path: str, body: object
) -> None:
    ctx = await factory.tenant_context()
    for headers in (ctx.staff, ctx.patient_headers):
        response = await client.request(method, path, json=body, headers=headers)
        _is_error(response, 403)


async def test_patient_key_sees_its_own_record_and_no_other(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    neighbour = await factory.patient(ctx.id)
    own = await client.get(f"/api/v1/patients/{ctx.patient.id}", headers=ctx.patient_headers)
    assert own.status_code == 200
    assert own.json()["id"] == ctx.patient.id
    other = await client.get(f"/api/v1/patients/{neighbour.id}", headers=ctx.patient_headers)
    _is_error(other, 404)


async def test_staff_see_their_tenants_patients_only(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    a, b = await factory.tenant_context(), await factory.tenant_context()
    assert (
        await client.get(f"/api/v1/patients/{a.patient.id}", headers=a.staff)
    ).status_code == 200
    foreign = await client.get(f"/api/v1/patients/{b.patient.id}", headers=a.staff)
    missing = await client.get("/api/v1/patients/no-such-patient", headers=a.staff)
    _is_error(foreign, 404)
    _is_error(missing, 404)
    # Another tenant's record is indistinguishable from one that does not exist.
    assert foreign.json()["error"]["message"].replace(b.patient.id, "X") == missing.json()["error"][
        "message"
    ].replace("no-such-patient", "X")


async def test_admin_of_one_tenant_reads_only_its_own_patients_by_default(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    a, b = await factory.tenant_context(), await factory.tenant_context()
    _is_error(await client.get(f"/api/v1/admin/patients/{b.patient.id}", headers=a.admin), 404)
    listed = (await client.get("/api/v1/admin/patients", headers=a.admin)).json()["items"]
    assert [p["id"] for p in listed] == [a.patient.id]


@pytest.mark.skipif(
    importlib.util.find_spec("aurixa.execution.router") is None, reason="execution not mounted"
)
async def test_execution_actions_keep_patients_and_tenants_apart(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    a, b = await factory.tenant_context(), await factory.tenant_context()
    neighbour = await factory.patient(a.id)
    path = "/api/v1/execution/actions/get_appointments"

    async def call(ctx: TenantContext, headers: dict[str, str], patient_id: str) -> httpx.Response:
        return await client.post(path, json={"patient_id": patient_id}, headers=headers)

    assert (await call(a, a.patient_headers, a.patient.id)).status_code == 200
    _is_error(await call(a, a.patient_headers, neighbour.id), 404)
    assert (await call(a, a.staff, neighbour.id)).status_code == 200
    _is_error(await call(a, a.staff, b.patient.id), 404)
