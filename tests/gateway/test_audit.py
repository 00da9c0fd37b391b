"""The audit trail: who read or changed which patient's data, searchable by
the tenant's administrators and staff, exportable as FHIR AuditEvents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select, update

from aurixa.core.auth import Principal, Role
from aurixa.core.db import Database
from aurixa.gateway.audit import record_audit, record_audit_many
from aurixa.gateway.fhir import fhir_action
from aurixa.gateway.models import AuditLog
from tests.factories import Factory, TenantContext


async def _touch(client: httpx.AsyncClient, ctx: TenantContext) -> str:
    """An admin reads the tenant's patient and registers a second one."""
    await client.get(f"/api/v1/admin/patients/{ctx.patient.id}", headers=ctx.admin)
    created = await client.post(
        "/api/v1/admin/patients",
        json={"given_name": "Lin", "family_name": "Wu", "birth_date": "1970-03-04"},
        headers=ctx.admin,
    )
    patient_id: str = created.json()["id"]
    return patient_id


async def test_staff_and_admins_search_their_tenants_trail(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    other = await factory.tenant_context()
    await _touch(client, other)
    new_id = await _touch(client, ctx)
    await client.get(f"/api/v1/patients/{ctx.patient.id}", headers=ctx.staff)

    everything = await client.get("/api/v1/audit", headers=ctx.staff)
    assert everything.status_code == 200, everything.text
    rows = everything.json()["items"]
    assert everything.json()["total"] == 3
    assert {r["tenant_id"] for r in rows} == {ctx.id}
    assert [r["action"] for r in rows] == ["patient.read", "patient.create", "patient.read"]
    first = rows[-1]
    assert first["patient_id"] == ctx.patient.id
    assert first["actor"].startswith("ak_")
    assert first["role"] == "admin"
    assert first["request_id"]
    assert first["outcome"] == "success"

    by_patient = await client.get("/api/v1/audit", params={"patient_id": new_id}, headers=ctx.admin)
    assert [r["action"] for r in by_patient.json()["items"]] == ["patient.create"]
    by_action = await client.get(
        "/api/v1/audit", params={"action": "patient.read"}, headers=ctx.admin
    )
    assert by_action.json()["total"] == 2
    staff_actor = rows[0]["actor"]
    by_actor = await client.get("/api/v1/audit", params={"actor": staff_actor}, headers=ctx.admin)
    assert [r["role"] for r in by_actor.json()["items"]] == ["staff"]
    page = await client.get("/api/v1/audit", params={"limit": 1, "offset": 1}, headers=ctx.admin)
    assert [r["id"] for r in page.json()["items"]] == [rows[1]["id"]]


async def test_time_range_filter(client: httpx.AsyncClient, factory: Factory, db: Database) -> None:
    ctx = await factory.tenant_context()
    principal = Principal(tenant_id=ctx.id, role=Role.STAFF, actor="ak_old")
    async with db.sessionmaker() as session:
        await record_audit(
            session,
            principal=principal,
            action="patient.read",
            resource_type="Patient",
            patient_id=ctx.patient.id,
        )
        await session.execute(
            update(AuditLog)
            .where(AuditLog.tenant_id == ctx.id, AuditLog.actor == "ak_old")
            .values(recorded_at=datetime.now(UTC) - timedelta(days=40))
        )
        await session.commit()
    await _touch(client, ctx)
    cutoff = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    recent = await client.get("/api/v1/audit", params={"since": cutoff}, headers=ctx.admin)
    assert recent.json()["total"] == 2
    older = await client.get("/api/v1/audit", params={"until": cutoff}, headers=ctx.admin)
    assert [r["actor"] for r in older.json()["items"]] == ["ak_old"]


async def test_bad_filters_are_422_naming_the_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    for params, field in (
        ({"since": "last tuesday"}, "since"),
        ({"since": "2026-01-01T00:00:00"}, "since"),  # no offset: ambiguous
        ({"since": "2026-02-01T00:00:00Z", "until": "2026-01-01T00:00:00Z"}, "since"),
        ({"limit": 0}, "limit"),
        ({"limit": 10_000}, "limit"),
    ):
        response = await client.get("/api/v1/audit", params=params, headers=ctx.admin)
        assert response.status_code == 422, params
        assert response.json()["error"]["field"] == field


async def test_patients_cannot_read_the_trail(client: httpx.AsyncClient, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    assert (await client.get("/api/v1/audit", headers=ctx.patient_headers)).status_code == 403
    assert (await client.get("/api/v1/audit/fhir", headers=ctx.patient_headers)).status_code == 403


async def test_fhir_export_is_a_valid_r4_bundle_of_audit_events(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    new_id = await _touch(client, ctx)
    response = await client.get("/api/v1/audit/fhir", headers=ctx.staff)
    assert response.status_code == 200
    body = response.json()
    bundle = Bundle.model_validate(body)  # the FHIR R4 schema, not ours
    assert bundle.type == "searchset"
    assert bundle.total == 2
    events = [entry.resource for entry in bundle.entry or []]
    assert {e.get_resource_type() for e in events} == {"AuditEvent"}
    created = next(e for e in body["entry"] if e["resource"]["action"] == "C")["resource"]
    assert {"reference": f"Patient/{new_id}"} == created["entity"][0]["what"]
    assert created["outcome"] == "0"
    assert created["agent"][0]["who"]["identifier"]["value"].startswith("ak_")
    read = await client.get(
        "/api/v1/audit/fhir", params={"patient_id": ctx.patient.id}, headers=ctx.staff
    )
    assert [e["resource"]["action"] for e in read.json()["entry"]] == ["R"]


def test_action_names_map_to_fhir_action_codes() -> None:
    assert fhir_action("patient.read") == "R"
    assert fhir_action("patient.list") == "R"
    assert fhir_action("execution.create_appointment") == "C"
    assert fhir_action("execution.cancel_appointment") == "U"
    assert fhir_action("execution.request_prescription_refill") == "C"
    assert fhir_action("api_key.revoke") == "D"
    assert fhir_action("conversation.turn") == "E"


async def test_refused_reads_are_audited_in_the_callers_tenant_only(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    a, b = await factory.tenant_context(), await factory.tenant_context()
    probe = await client.get(f"/api/v1/patients/{b.patient.id}", headers=a.staff)
    assert probe.status_code == 404
    trail = (await client.get("/api/v1/audit", headers=a.admin)).json()["items"]
    assert [(r["action"], r["outcome"], r["resource_id"], r["role"]) for r in trail] == [
        ("patient.read", "denied", b.patient.id, "staff")
    ]
    assert trail[0]["patient_id"] is None  # not attributed to a patient of this tenant
    assert (await client.get("/api/v1/audit", headers=b.admin)).json()["total"] == 0
    fhir = (await client.get("/api/v1/audit/fhir", headers=a.admin)).json()
    assert fhir["entry"][0]["resource"]["outcome"] == "4"


async def test_other_services_rows_export_as_valid_audit_events(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    ctx = await factory.tenant_context()
    principal = Principal(
        tenant_id=ctx.id, role=Role.PATIENT, actor="ak_p", patient_id=ctx.patient.id
    )
    async with db.sessionmaker() as session:
        await record_audit(
            session,
            principal=principal,
            action="execution.create_appointment",
            resource_type="Appointment",
            resource_id="appt-1",
            patient_id=ctx.patient.id,
        )
        await record_audit_many(
            session,
            principal=principal,
            action="conversation.read",
            resource_type="conversation",
            patient_ids=[ctx.patient.id],
        )
        await session.commit()
    body = (await client.get("/api/v1/audit/fhir", headers=ctx.admin)).json()
    Bundle.model_validate(body)
    events = {e["resource"]["subtype"][0]["code"]: e["resource"] for e in body["entry"]}
    booked = events["execution.create_appointment"]
    assert [x["what"] for x in booked["entity"]] == [
        {"reference": f"Patient/{ctx.patient.id}"},
        {"reference": "Appointment/appt-1"},
    ]
    assert booked["action"] == "C"
    read = events["conversation.read"]
    assert [x["what"] for x in read["entity"]] == [{"reference": f"Patient/{ctx.patient.id}"}]
    assert read["agent"][0]["type"]["coding"][0]["code"] == "dataprocessor"


async def test_phi_in_audit_details_is_redacted(factory: Factory, db: Database) -> None:
    ctx = await factory.tenant_context()
    principal = Principal(tenant_id=ctx.id, role=Role.STAFF, actor="ak_phi")
    async with db.sessionmaker() as session:
        await record_audit(
            session,
            principal=principal,
            action="patient.read",
            resource_type="Patient",
            patient_id=ctx.patient.id,
            details={"error": "no record for John Smith, SSN 123-45-6789", "count": 1},
        )
        await session.commit()
        details = await session.scalar(
            select(AuditLog.details).where(AuditLog.tenant_id == ctx.id, AuditLog.actor == "ak_phi")
        )
    assert details is not None
    assert details["count"] == 1
    assert "123-45-6789" not in details["error"]
    assert "Smith" not in details["error"]
