"""Telemetry intake, the performance report, and the background emitter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from aurixa.observability.batching import BatchQueue
from aurixa.observability.emitter import get_emitter
from aurixa.observability.models import TelemetryEvent
from aurixa.observability.schemas import TelemetryEventIn
from tests.factories import Factory


def _event(service: str, latency: float, **extra: object) -> dict[str, object]:
    return {"service": service, "step": "generate", "latency_ms": latency, **extra}


async def test_report_has_percentiles_error_rate_and_cost(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    events = [_event("llm_router", float(ms)) for ms in range(1, 101)]
    events[0]["outcome"] = "error"
    events[1].update(provider="openai", model="gpt-4o-mini", cost_usd=0.25, input_tokens=10)
    events[2].update(provider="openai", model="gpt-4o-mini", cost_usd=0.5, output_tokens=7)
    events[3].update(provider="local", model="local-extractive")
    response = await client.post(
        "/api/v1/telemetry/batch", json={"events": events}, headers=ctx.staff
    )
    assert response.status_code == 202
    assert response.json() == {"accepted": 100}

    report = await client.get("/api/v1/reports/performance", headers=ctx.staff)
    assert report.status_code == 200
    body = report.json()
    assert body["events"] == 100
    (service,) = body["services"]
    assert service["service"] == "llm_router"
    assert service["p50_ms"] == pytest.approx(50.5)
    assert service["p95_ms"] == pytest.approx(95.05)
    assert service["p99_ms"] == pytest.approx(99.01)
    assert service["error_rate"] == pytest.approx(0.01)
    assert service["steps"]["generate"]["count"] == 100
    openai = next(c for c in body["cost"] if c["provider"] == "openai")
    assert openai == {
        "provider": "openai",
        "model": "gpt-4o-mini",
        "calls": 2,
        "input_tokens": 10,
        "output_tokens": 7,
        "cost_usd": 0.75,
    }
    assert body["total_cost_usd"] == pytest.approx(0.75)
    assert [t["tenant_id"] for t in body["tenants"]] == [ctx.id]


async def test_a_tenant_never_sees_another_tenants_events(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    a = await factory.tenant_context()
    b = await factory.tenant_context()
    await client.post("/api/v1/telemetry", json=_event("rag", 3.0), headers=a.staff)
    report_b = (await client.get("/api/v1/reports/performance", headers=b.staff)).json()
    assert report_b["events"] == 0
    forbidden = await client.get(
        "/api/v1/reports/performance", params={"tenant_id": a.id}, headers=b.staff
    )
    assert forbidden.status_code == 403
    assert forbidden.json()["error"]["field"] == "tenant_id"
    spoofed = await client.post(
        "/api/v1/telemetry", json=_event("rag", 3.0, tenant_id=a.id), headers=b.staff
    )
    assert spoofed.status_code == 403


async def test_admin_filters_by_tenant_service_and_time(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    old = datetime.now(UTC) - timedelta(days=3)
    await client.post(
        "/api/v1/telemetry/batch",
        json={
            "events": [
                _event("rag", 5.0),
                _event("safety", 1.0),
                _event("rag", 9.0, recorded_at=old.isoformat()),
            ]
        },
        headers=ctx.admin,
    )
    body = (
        await client.get(
            "/api/v1/reports/performance",
            params={"tenant_id": ctx.id, "service": "rag"},
            headers=ctx.admin,
        )
    ).json()
    assert [s["service"] for s in body["services"]] == ["rag"]
    assert body["events"] == 1  # the three-day-old event is outside the default 24 h
    week = (
        await client.get(
            "/api/v1/reports/performance",
            params={"tenant_id": ctx.id, "since": (old - timedelta(hours=1)).isoformat()},
            headers=ctx.admin,
        )
    ).json()
    assert week["events"] == 3


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (_event("rag", -1.0), "latency_ms"),
        (_event("Rag Service", 1.0), "service"),
        (_event("rag", 1.0, attributes={"note": "x" * 200}), "attributes"),
        ({"step": "x", "latency_ms": 1.0}, "service"),
    ],
)
async def test_bad_events_are_422_naming_the_field(
    client: httpx.AsyncClient, factory: Factory, payload: dict[str, object], field: str
) -> None:
    ctx = await factory.tenant_context()
    response = await client.post("/api/v1/telemetry", json=payload, headers=ctx.staff)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == field


async def test_patients_and_anonymous_callers_are_refused(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    assert (await client.get("/api/v1/reports/performance")).status_code == 401
    as_patient = await client.post(
        "/api/v1/telemetry", json=_event("rag", 1.0), headers=ctx.patient_headers
    )
    assert as_patient.status_code == 403
    window = await client.get(
        "/api/v1/reports/performance",
        params={"since": "2026-01-02T00:00:00Z", "until": "2026-01-01T00:00:00Z"},
        headers=ctx.staff,
    )
    assert window.status_code == 422
    assert window.json()["error"]["field"] == "since"


async def test_emitter_delivers_in_the_background(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    emitter = get_emitter(app)
    for ms in (10.0, 20.0, 30.0):
        emitter.emit(
            TelemetryEventIn(service="orchestration", step="turn", latency_ms=ms, tenant_id=ctx.id)
        )
    await emitter.flush()
    body = (await client.get("/api/v1/reports/performance", headers=ctx.staff)).json()
    assert body["services"][0]["p50_ms"] == pytest.approx(20.0)


async def test_a_failing_sink_drops_the_batch_and_keeps_running() -> None:
    written: list[int] = []
    fail = {"next": True}

    async def sink(batch: list[int]) -> None:
        if fail["next"]:
            fail["next"] = False
            raise ConnectionError("observability is down")
        written.extend(batch)

    queue: BatchQueue[int] = BatchQueue("test", sink, batch_size=2, interval=0.01)
    queue.start()
    queue.put_many([1, 2])
    await queue.flush()
    queue.put_many([3, 4, 5])
    await queue.stop()
    assert written == [3, 4, 5]
    assert queue.dropped == 2


async def test_phi_in_attributes_is_redacted_before_it_is_stored(
    client: httpx.AsyncClient, factory: Factory, app: FastAPI
) -> None:
    ctx = await factory.tenant_context()
    event = _event("agent", 5.0, attributes={"note": "called Maria Lopez at 555-201-3344"})
    response = await client.post(
        "/api/v1/telemetry/batch", json={"events": [event]}, headers=ctx.staff
    )
    assert response.status_code == 202
    await app.state.telemetry_writer.flush()
    async with app.state.db.sessionmaker() as session:
        stored = await session.scalar(
            select(TelemetryEvent.attributes).where(TelemetryEvent.tenant_id == ctx.id)
        )
    assert stored is not None
    assert "555-201-3344" not in stored["note"]
    assert "Lopez" not in stored["note"]
