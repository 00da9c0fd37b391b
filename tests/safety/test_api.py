"""The safety service over HTTP: the API.md contract, escalations stored and
scoped to their tenant, per-tenant policy, and fail-closed."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from aurixa.core.auth import Principal, Role
from aurixa.safety.client import SafetyClient
from aurixa.safety.detectors.base import DetectorRegistry, Finding, default_registry
from aurixa.safety.schemas import Category, SafetyPolicy
from aurixa.safety.text import Doc
from tests.factories import Factory, TenantContext

CHECK = "/api/v1/safety/check"


@pytest.fixture
async def ctx(factory: Factory) -> TenantContext:
    return await factory.tenant_context()


async def test_check_contract_for_an_ordinary_message(
    client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    r = await client.post(CHECK, json={"text": "Can I move my appointment to Friday?"},
                          headers=ctx.patient_headers)  # fmt: skip
    assert r.status_code == 200
    body = r.json()
    assert {"allowed", "requires_escalation", "category", "severity", "evidence",
            "redacted_text", "action"} <= body.keys()  # fmt: skip
    assert body["allowed"] is True
    assert body["category"] == "none"
    assert body["reply"] is None
    assert body["escalation_id"] is None


async def test_emergency_opens_an_escalation_staff_can_work(
    client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    text = "I have crushing chest pain, call me on 555-123-4567"
    r = await client.post(CHECK, json={"text": text}, headers=ctx.patient_headers)
    body = r.json()
    assert body["category"] == "emergency"
    assert body["requires_escalation"] is True
    assert "911" in body["reply"]
    escalation_id = body["escalation_id"]

    listed = (await client.get("/api/v1/escalations", headers=ctx.staff)).json()
    item = next(i for i in listed["items"] if i["id"] == escalation_id)
    assert item["status"] == "open"
    assert item["severity"] == "critical"
    assert item["patient_id"] == ctx.patient.id
    assert "555-123-4567" not in item["summary"], "PHI is redacted in what staff lists show"

    ack = await client.patch(f"/api/v1/escalations/{escalation_id}",
                             json={"status": "acknowledged", "note": "calling the patient"},
                             headers=ctx.staff)  # fmt: skip
    assert ack.status_code == 200
    assert ack.json()["status"] == "acknowledged"
    done = await client.patch(f"/api/v1/escalations/{escalation_id}",
                              json={"status": "resolved"}, headers=ctx.staff)  # fmt: skip
    assert done.json()["status"] == "resolved"
    assert done.json()["resolved_at"]
    again = await client.patch(f"/api/v1/escalations/{escalation_id}",
                               json={"status": "acknowledged"}, headers=ctx.staff)  # fmt: skip
    assert again.status_code == 409
    assert again.json()["error"]["field"] == "status"


async def test_escalations_are_isolated_per_tenant(
    client: httpx.AsyncClient, factory: Factory, ctx: TenantContext
) -> None:
    other = await factory.tenant_context()
    r = await client.post(CHECK, json={"text": "I want to kill myself"},
                          headers=ctx.patient_headers)  # fmt: skip
    escalation_id = r.json()["escalation_id"]
    assert r.json()["category"] == "self_harm"
    assert "988" in r.json()["reply"]

    theirs = (await client.get("/api/v1/escalations", headers=other.staff)).json()
    assert all(i["id"] != escalation_id for i in theirs["items"])
    patch = await client.patch(f"/api/v1/escalations/{escalation_id}",
                               json={"status": "resolved"}, headers=other.staff)  # fmt: skip
    assert patch.status_code == 404


async def test_patients_cannot_list_escalations_and_anonymous_is_refused(
    client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    assert (await client.get("/api/v1/escalations", headers=ctx.patient_headers)).status_code == 403
    assert (await client.post(CHECK, json={"text": "hi"})).status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "hello", "direction": "sideways"}, "direction"),
        ({"text": ""}, "text"),
        ({"direction": "input"}, "text"),
        ({"text": "hi", "surprise": 1}, "surprise"),
    ],
)
async def test_bad_input_is_a_422_naming_the_field(
    client: httpx.AsyncClient, ctx: TenantContext, body: dict[str, object], field: str
) -> None:
    r = await client.post(CHECK, json=body, headers=ctx.staff)
    assert r.status_code == 422
    assert field in (r.json()["error"]["field"] or "")


async def test_output_check_grounds_in_the_sources(
    client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    r = await client.post(CHECK, headers=ctx.staff, json={
        "text": "You probably have appendicitis.",
        "direction": "output",
        "sources": ["Our clinic offers walk-in visits every weekday."],
    })  # fmt: skip
    body = r.json()
    assert body["allowed"] is False
    assert body["action"] == "fallback"
    assert body["reply"] == body["redacted_text"]
    assert "appendicitis" not in body["reply"]


async def test_policy_round_trip_and_effect(
    client: httpx.AsyncClient, ctx: TenantContext, factory: Factory
) -> None:
    url = f"/api/v1/admin/tenants/{ctx.id}/safety-policy"
    assert (await client.get(url, headers=ctx.admin)).json()["emergency_number"] == "911"
    policy = {"emergency_number": "112", "crisis_line": "024", "blocked_topics": ["tattoo removal"],
              "disclaimer": "General information only."}  # fmt: skip
    put = await client.put(url, json=policy, headers=ctx.admin)
    assert put.status_code == 200
    assert put.json()["emergency_number"] == "112"

    r = await client.post(CHECK, json={"text": "I can't breathe"}, headers=ctx.patient_headers)
    assert "112" in r.json()["reply"]
    assert "911" not in r.json()["reply"]
    topic = await client.post(CHECK, json={"text": "Do you offer tattoo removal?"},
                              headers=ctx.patient_headers)  # fmt: skip
    assert topic.json()["category"] == "blocked_topic"

    other = await factory.tenant_context()
    r = await client.post(CHECK, json={"text": "I can't breathe"}, headers=other.patient_headers)
    assert "911" in r.json()["reply"], "another tenant keeps its own policy"


async def test_policy_refuses_switching_off_life_safety_and_non_admins(
    client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    url = f"/api/v1/admin/tenants/{ctx.id}/safety-policy"
    r = await client.put(url, json={"categories": {"emergency": False}}, headers=ctx.admin)
    assert r.status_code == 422
    assert "categories" in r.json()["error"]["field"]
    assert (await client.get(url, headers=ctx.staff)).status_code == 403


class _Broken:
    name = "broken"
    category = Category.INJECTION
    directions = frozenset({"input", "output"})

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        raise RuntimeError("detector crashed")


async def test_a_failing_check_fails_closed_and_alerts_staff(
    app: FastAPI, client: httpx.AsyncClient, ctx: TenantContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = DetectorRegistry(default_registry())
    registry.register(_Broken())  # type: ignore[arg-type]
    monkeypatch.setattr(app.state, "safety_registry", registry)
    r = await client.post(CHECK, json={"text": "hello"}, headers=ctx.patient_headers)
    body = r.json()
    assert r.status_code == 200
    assert body["allowed"] is False
    assert body["category"] == "guardrail_error"
    assert body["reply"], "the patient gets the safe fallback"
    listed = (await client.get("/api/v1/escalations", headers=ctx.staff)).json()
    assert any(i["id"] == body["escalation_id"] and i["category"] == "guardrail_error"
               for i in listed["items"])  # fmt: skip


async def test_client_in_process(app: FastAPI, ctx: TenantContext) -> None:
    principal = Principal(tenant_id=ctx.id, role=Role.PATIENT, actor="test",
                          patient_id=ctx.patient.id)  # fmt: skip
    safety = SafetyClient.from_app(app, principal)
    verdict = await safety.check_input("my son is having a seizure right now")
    assert verdict.category == "emergency"
    assert verdict.escalation_id
    out = await safety.check_output("Our clinic opens at 8 am.", sources=None)
    assert out.allowed
    opened = await safety.open_escalation(category="handoff", summary="patient asks for a nurse",
                                          patient_id="someone-else")  # fmt: skip
    assert opened.patient_id == ctx.patient.id, "a patient escalates only about itself"


async def test_leaked_identifiers_never_reach_the_escalation(
    client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    r = await client.post(CHECK, headers=ctx.staff, json={
        "text": "Your results are ready; Zelda Quartermain's results are too.",
        "direction": "output",
        "other_patient_identifiers": ["Zelda Quartermain"],
    })  # fmt: skip
    body = r.json()
    assert body["category"] == "other_patient_phi"
    listed = (await client.get("/api/v1/escalations", headers=ctx.staff)).json()
    item = next(i for i in listed["items"] if i["id"] == body["escalation_id"])
    assert "Quartermain" not in item["summary"]
    assert "Quartermain" not in str(item["evidence"])


async def test_escalations_are_pushed_to_staff_over_redis(
    app: FastAPI, client: httpx.AsyncClient, ctx: TenantContext
) -> None:
    redis = app.state.redis
    if redis is None:
        pytest.skip("Redis is not configured (set TEST_REDIS_URL)")
    pubsub = redis.pubsub()
    await pubsub.subscribe(f"aurixa:escalations:{ctx.id}")
    try:
        await pubsub.get_message(timeout=1.0)  # the subscribe confirmation
        r = await client.post(CHECK, json={"text": "my baby isn't breathing"},
                              headers=ctx.patient_headers)  # fmt: skip
        message = None
        for _ in range(20):
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
            if message is not None:
                break
        assert message is not None
        assert r.json()["escalation_id"] in message["data"].decode()
    finally:
        await pubsub.unsubscribe()
        await pubsub.aclose()
