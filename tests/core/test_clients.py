"""Calls between services in one process: direct, yet with the same identity,
errors and degradation as over HTTP; tenant settings cached but never stale
after a change made in this process."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import REGISTRY
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal, Role
from aurixa.core.errors import Forbidden, UpstreamError, ValidationFailed
from aurixa.gateway.models import Tenant
from aurixa.gateway.tenants import tenant_settings
from aurixa.observability.client import ObservabilityClient
from aurixa.observability.schemas import TelemetryEventIn
from aurixa.rag.client import RagClient
from aurixa.safety.client import SafetyClient
from tests.factories import Factory

PIPELINE = "/api/v1/orchestration/pipelines"


def _requests(route: str) -> float:
    total = 0.0
    for metric in REGISTRY.collect():
        if metric.name != "aurixa_http_requests":
            continue
        for sample in metric.samples:
            if sample.name.endswith("_total") and sample.labels.get("route") == route:
                total += sample.value
    return total


async def test_a_turn_in_one_process_crosses_http_only_once(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context(rate_limit_per_minute=10_000)
    internal = ("/api/v1/safety/check", "/api/v1/route", "/api/v1/rag/search")
    before = {route: _requests(route) for route in (*internal, PIPELINE)}
    response = await client.post(
        PIPELINE, json={"prompt": "What are your opening hours?"}, headers=ctx.patient_headers
    )
    assert response.status_code == 200, response.text
    steps = [s["step"] for s in response.json()["trace"]]
    assert "safety_input" in steps
    assert "intent" in steps
    assert _requests(PIPELINE) == before[PIPELINE] + 1
    for route in internal:
        assert _requests(route) == before[route], f"{route} went through HTTP"


async def test_a_direct_call_carries_the_callers_tenant(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory
) -> None:
    ours = await factory.tenant_context()
    theirs = await factory.tenant_context()
    article = {"title": "Secret parking", "body": "Park behind the lake house on Elm Street."}
    created = await client.post("/api/v1/knowledge/articles", json=article, headers=theirs.admin)
    assert created.status_code == 201, created.text
    for ctx, expected in ((ours, 0), (theirs, 1)):
        principal = Principal(tenant_id=ctx.id, role=Role.ADMIN, actor="test")
        rag = RagClient.from_app(app, principal)
        assert rag.direct
        found = await rag.search("parking behind the lake house", mode="bm25")
        assert len(found.results) == expected


async def test_a_direct_call_rejects_bad_input_naming_the_field(
    app: FastAPI, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    principal = Principal(tenant_id=ctx.id, role=Role.ADMIN, actor="test")
    with pytest.raises(ValidationFailed) as raised:
        await RagClient.from_app(app, principal).search("", top_k=5)
    assert raised.value.field == "query"


async def test_an_unexpected_failure_in_a_handler_degrades_the_turn(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(**_kwargs: object) -> None:
        raise RuntimeError("index file vanished")

    monkeypatch.setattr("aurixa.rag.router.service.search", broken)
    ctx = await factory.tenant_context(front_desk_phone="(555) 010-9000")
    principal = Principal(tenant_id=ctx.id, role=Role.ADMIN, actor="test")
    with pytest.raises(UpstreamError):
        await RagClient.from_app(app, principal).search("parking")
    response = await client.post(
        PIPELINE,
        json={"prompt": "What are your opening hours on Saturday?"},
        headers=ctx.patient_headers,
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    assert "retrieval" in answer["degraded"], answer
    assert "(555) 010-9000" in answer["response"]


async def test_a_settings_change_is_seen_by_the_next_check_at_once(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    emergency = {"text": "my husband collapsed and is not breathing", "direction": "input"}
    first = await client.post("/api/v1/safety/check", json=emergency, headers=ctx.staff)
    assert "911" in first.json()["reply"]
    patch = await client.patch(
        f"/api/v1/admin/tenants/{ctx.id}",
        json={"settings": {"emergency_number": "112"}},
        headers=ctx.admin,
    )
    assert patch.status_code == 200, patch.text
    second = await client.post("/api/v1/safety/check", json=emergency, headers=ctx.staff)
    assert "112" in second.json()["reply"]


async def test_cached_settings_are_a_copy_and_follow_commits(
    app: FastAPI, factory: Factory
) -> None:
    tenant = await factory.tenant(front_desk_phone="(555) 010-1111")
    async with app.state.db.sessionmaker() as session:
        settings = await tenant_settings(session, tenant.id)
        assert settings is not None
        settings["front_desk_phone"] = "changed by a caller"
        again = await tenant_settings(session, tenant.id)
        assert again == {"front_desk_phone": "(555) 010-1111"}
        assert await tenant_settings(session, "no-such-tenant") is None
    async with app.state.db.sessionmaker() as session:
        row = await session.get(Tenant, tenant.id)
        assert row is not None
        row.settings = {"front_desk_phone": "(555) 010-2222"}
        await session.commit()
    async with app.state.db.sessionmaker() as session:
        assert await tenant_settings(session, tenant.id) == {"front_desk_phone": "(555) 010-2222"}


async def test_a_direct_safety_check_opens_its_escalation(app: FastAPI, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    principal = Principal(tenant_id=ctx.id, role=Role.PATIENT, actor="t", patient_id=ctx.patient.id)
    verdict = await SafetyClient.from_app(app, principal).check_input(
        "I think I'm having a heart attack", patient_id=ctx.patient.id
    )
    assert verdict.requires_escalation
    assert verdict.escalation_id


async def test_a_direct_call_checks_the_endpoints_role(app: FastAPI, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    event = TelemetryEventIn(service="agent", step="turn", latency_ms=3.0)
    patient = Principal(tenant_id=ctx.id, role=Role.PATIENT, actor="t", patient_id=ctx.patient.id)
    with pytest.raises(Forbidden):
        await ObservabilityClient.from_app(app, patient).emit([event])
    staff = Principal(tenant_id=ctx.id, role=Role.STAFF, actor="t")
    accepted = await ObservabilityClient.from_app(app, staff).emit([event])
    assert accepted.accepted == 1


async def test_a_direct_call_closes_only_a_session_it_used(
    app: FastAPI, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[AsyncSession] = []
    close = AsyncSession.close

    async def counting_close(self: AsyncSession) -> None:
        closed.append(self)
        await close(self)

    monkeypatch.setattr(AsyncSession, "close", counting_close)
    ctx = await factory.tenant_context()
    client = SafetyClient.from_app(app, Principal(tenant_id=ctx.id, role=Role.ADMIN, actor="test"))
    seen: list[AsyncSession] = []

    async def no_database(
        _app: FastAPI, _principal: Principal, session: AsyncSession, body: str
    ) -> Tenant | None:
        seen.append(session)
        return None

    async def reads_a_row(
        _app: FastAPI, _principal: Principal, session: AsyncSession, body: str
    ) -> Tenant | None:
        seen.append(session)
        return await session.get(Tenant, body)

    await client._local(no_database, lambda: ctx.id)  # type: ignore[arg-type]
    assert seen
    assert not seen[-1].in_transaction()
    assert seen[-1] not in closed
    tenant = await client._local(reads_a_row, lambda: ctx.id)  # type: ignore[arg-type]
    assert tenant is not None
    assert tenant.id == ctx.id
    assert seen[-1] in closed  # its objects let go, as `async with` did
    assert not seen[-1].sync_session.identity_map
