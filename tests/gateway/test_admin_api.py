"""The admin API: tenants, patients, API keys and users, with validation
errors that name the field and duplicates that are 409."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select

from aurixa.core.db import Database
from aurixa.gateway.models import AuditLog
from tests.factories import Factory


def _slug() -> str:
    return f"clinic-{uuid.uuid4().hex[:8]}"


async def test_admin_creates_lists_and_updates_a_tenant(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    slug = _slug()
    created = await client.post(
        "/api/v1/admin/tenants", json={"name": "Lakeside Clinic", "slug": slug}, headers=ctx.admin
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["slug"] == slug
    assert body["name"] == "Lakeside Clinic"
    assert body["id"]

    listed = await client.get("/api/v1/admin/tenants?limit=200", headers=ctx.admin)
    assert listed.status_code == 200
    assert listed.json()["total"] >= 2

    patched = await client.patch(
        f"/api/v1/admin/tenants/{body['id']}",
        json={
            "settings": {
                "rate_limit_per_minute": 50,
                "emergency_number": "112",
                "allowed_models": ["gpt-4o-mini"],
                "monthly_budget_usd": 20.5,
                "timezone": "Europe/Paris",
            }
        },
        headers=ctx.admin,
    )
    assert patched.status_code == 200, patched.text
    settings = patched.json()["settings"]
    assert settings == {
        "rate_limit_per_minute": 50,
        "emergency_number": "112",
        "allowed_models": ["gpt-4o-mini"],
        "monthly_budget_usd": 20.5,
        "timezone": "Europe/Paris",
    }
    removed = await client.patch(
        f"/api/v1/admin/tenants/{body['id']}",
        json={"settings": {"emergency_number": None}},
        headers=ctx.admin,
    )
    assert "emergency_number" not in removed.json()["settings"]
    assert removed.json()["settings"]["timezone"] == "Europe/Paris"


async def test_duplicate_slug_is_409_naming_the_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    response = await client.post(
        "/api/v1/admin/tenants", json={"name": "Copy", "slug": ctx.tenant.slug}, headers=ctx.admin
    )
    assert response.status_code == 409
    assert response.json()["error"]["field"] == "slug"


async def test_bad_settings_are_422_naming_the_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    cases = [
        ({"settings": {"rate_limit_per_minute": 0}}, "settings.rate_limit_per_minute"),
        ({"settings": {"timezone": "Mars/Olympus"}}, "settings.timezone"),
        ({"settings": {"monthly_budget_usd": -1}}, "settings.monthly_budget_usd"),
        ({"settings": {"no_such_setting": 1}}, "settings.no_such_setting"),
    ]
    for payload, field in cases:
        response = await client.patch(
            f"/api/v1/admin/tenants/{ctx.id}", json=payload, headers=ctx.admin
        )
        assert response.status_code == 422, payload
        assert response.json()["error"]["field"] == field


async def test_bad_slug_is_422_naming_the_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    response = await client.post(
        "/api/v1/admin/tenants", json={"name": "X", "slug": "Not A Slug"}, headers=ctx.admin
    )
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "slug"


async def test_admin_registers_and_reads_patients_with_an_audit_row_each(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    ctx = await factory.tenant_context()
    created = await client.post(
        "/api/v1/admin/patients",
        json={
            "given_name": "Grace",
            "family_name": "Hopper",
            "birth_date": "1976-12-09",
            "phone": "+1 555 0101",
            "email": "grace@example.org",
        },
        headers=ctx.admin,
    )
    assert created.status_code == 201, created.text
    patient = created.json()
    assert patient["tenant_id"] == ctx.id
    assert patient["birth_date"] == "1976-12-09"

    read = await client.get(f"/api/v1/admin/patients/{patient['id']}", headers=ctx.admin)
    assert read.status_code == 200
    assert read.json()["family_name"] == "Hopper"
    listed = await client.get("/api/v1/admin/patients", headers=ctx.admin)
    assert {p["id"] for p in listed.json()["items"]} == {patient["id"], ctx.patient.id}

    async with db.sessionmaker() as session:
        rows = (
            await session.execute(
                select(AuditLog.action, AuditLog.patient_id, AuditLog.actor)
                .where(AuditLog.tenant_id == ctx.id)
                .order_by(AuditLog.recorded_at)
            )
        ).all()
    actions = [(a, p) for a, p, _ in rows]
    assert ("patient.create", patient["id"]) in actions
    assert ("patient.read", patient["id"]) in actions
    assert ("patient.list", patient["id"]) in actions
    assert ("patient.list", ctx.patient.id) in actions
    assert all(actor.startswith("ak_") for _, _, actor in rows)
    # No PHI in the trail: neither the name nor the birth date appear anywhere.
    async with db.sessionmaker() as session:
        details = (
            await session.scalars(select(AuditLog.details).where(AuditLog.tenant_id == ctx.id))
        ).all()
    assert "Hopper" not in str(details)
    assert "1976" not in str(details)


async def test_patient_validation_names_the_field(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    ctx = await factory.tenant_context()
    base = {"given_name": "A", "family_name": "B", "birth_date": "1990-01-01"}
    cases = [
        ({**base, "birth_date": "2999-01-01"}, "birth_date"),
        ({**base, "birth_date": "yesterday"}, "birth_date"),
        ({**base, "email": "not-an-email"}, "email"),
        ({**base, "given_name": ""}, "given_name"),
        ({k: v for k, v in base.items() if k != "family_name"}, "family_name"),
        ({**base, "tenant_id": str(uuid.uuid4())}, "tenant_id"),
    ]
    for payload, field in cases:
        response = await client.post("/api/v1/admin/patients", json=payload, headers=ctx.admin)
        assert 400 <= response.status_code < 500, payload
        assert response.json()["error"]["field"] == field, (payload, response.json())
    async with db.sessionmaker() as session:
        count = await session.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.tenant_id == ctx.id)
        )
    assert count == 0


async def test_api_keys_are_shown_once_listed_without_secrets_and_revocable(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    created = await client.post(
        "/api/v1/admin/api-keys",
        json={"role": "staff", "staff_role": "nurse", "name": "ward 3"},
        headers=ctx.admin,
    )
    assert created.status_code == 201, created.text
    key = created.json()
    assert key["key"].startswith(key["prefix"] + "_")
    new_headers = {"Authorization": f"Bearer {key['key']}"}
    me = await client.get("/api/v1/auth/me", headers=new_headers)
    assert me.json()["staff_role"] == "nurse"
    assert me.json()["actor"] == key["prefix"]

    listed = await client.get("/api/v1/admin/api-keys", headers=ctx.admin)
    assert listed.status_code == 200
    assert key["key"] not in listed.text
    entry = next(k for k in listed.json()["items"] if k["id"] == key["id"])
    assert entry["last_used_at"] is not None
    assert entry["revoked_at"] is None

    revoked = await client.delete(f"/api/v1/admin/api-keys/{key['id']}", headers=ctx.admin)
    assert revoked.status_code == 200
    assert revoked.json()["revoked_at"]
    refused = await client.get("/api/v1/auth/me", headers=new_headers)
    assert refused.status_code == 401


async def test_api_key_rules_name_the_field(client: httpx.AsyncClient, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    other = await factory.tenant_context()
    cases = [
        ({"role": "root"}, "role"),
        ({"role": "patient"}, "patient_id"),
        ({"role": "patient", "patient_id": other.patient.id}, None),  # another tenant's: 404
        ({"role": "admin", "staff_role": "nurse"}, "staff_role"),
        ({"role": "staff", "patient_id": ctx.patient.id}, "patient_id"),
    ]
    for payload, field in cases:
        response = await client.post("/api/v1/admin/api-keys", json=payload, headers=ctx.admin)
        assert response.status_code in (404, 422), payload
        assert response.json()["error"]["field"] == field, (payload, response.json())


async def test_users_are_created_listed_and_disabled(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = f"nurse.{uuid.uuid4().hex[:6]}@example.org"
    payload = {
        "email": email,
        "full_name": "Nia Nurse",
        "password": "correct horse battery",
        "role": "staff",
        "staff_role": "nurse",
    }
    created = await client.post("/api/v1/admin/users", json=payload, headers=ctx.admin)
    assert created.status_code == 201, created.text
    user = created.json()
    assert "password" not in created.text
    assert "hash" not in created.text

    again = await client.post(
        "/api/v1/admin/users", json={**payload, "email": email.upper()}, headers=ctx.admin
    )
    assert again.status_code == 409
    assert again.json()["error"]["field"] == "email"
    short = await client.post(
        "/api/v1/admin/users",
        json={**payload, "email": "x" + email, "password": "short"},
        headers=ctx.admin,
    )
    assert short.status_code == 422
    assert short.json()["error"]["field"] == "password"

    listed = await client.get("/api/v1/admin/users", headers=ctx.admin)
    assert [u["email"] for u in listed.json()["items"]] == [email]

    login = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": "correct horse battery"}
    )
    assert login.status_code == 200
    disabled = await client.patch(
        f"/api/v1/admin/users/{user['id']}", json={"active": False}, headers=ctx.admin
    )
    assert disabled.status_code == 200
    assert disabled.json()["active"] is False
    client.cookies.clear()
    refused = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": "correct horse battery"}
    )
    assert refused.status_code == 401


async def test_admin_may_act_on_another_tenant_by_naming_it(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    other = await factory.tenant()
    response = await client.post(
        "/api/v1/admin/patients",
        json={
            "tenant_id": other.id,
            "given_name": "Alan",
            "family_name": "Turing",
            "birth_date": "1912-06-23",
        },
        headers=ctx.admin,
    )
    assert response.status_code == 201
    assert response.json()["tenant_id"] == other.id
    listed = await client.get(f"/api/v1/admin/patients?tenant_id={other.id}", headers=ctx.admin)
    assert [p["family_name"] for p in listed.json()["items"]] == ["Turing"]
    mine = await client.get("/api/v1/admin/patients", headers=ctx.admin)
    assert "Turing" not in mine.text


async def test_text_the_database_cannot_store_is_refused_naming_the_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    body = {"name": "Nul\u0000Clinic", "slug": _slug()}
    response = await client.post("/api/v1/admin/tenants", json=body, headers=ctx.admin)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "name"
    surrogate = b'{"name": "x\\ud800", "slug": "' + _slug().encode() + b'"}'
    response = await client.post(
        "/api/v1/admin/tenants",
        content=surrogate,
        headers={**ctx.admin, "content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "name"
    for url in (
        "/api/v1/admin/patients/a%00b",
        "/api/v1/admin/patients?tenant_id=a%00b",
        "/api/v1/audit?actor=a%00b",
    ):
        refused = await client.get(url, headers=ctx.admin)
        assert refused.status_code == 400, url
        assert refused.json()["error"]["field"] == "url"
    odd = await client.get("/api/v1/admin/patients/a b", headers=ctx.admin)
    assert odd.status_code == 422
    assert odd.json()["error"]["field"] == "patient_id"
