"""Split mode: the gateway and services as separate processes. A request
crosses them, and its request id appears in each one's log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.factories import Factory, TenantContext
from tests.processes import ServerProcess, free_port, running, start_server

SPLIT_SERVICES = ("execution", "safety")


@pytest.fixture(scope="module")
def split(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, ServerProcess]]:
    import os

    log_dir: Path = tmp_path_factory.mktemp("split-logs")
    ports = {name: free_port() for name in ("gateway", *SPLIT_SERVICES)}
    env = {
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
        "SECRET_KEY": os.environ["SECRET_KEY"],
        **{f"AURIXA_{s.upper()}_URL": f"http://127.0.0.1:{ports[s]}" for s in SPLIT_SERVICES},
    }
    servers = [start_server(name, port, env, log_dir, service=name) for name, port in ports.items()]
    with running(servers):
        yield {s.name: s for s in servers}


@pytest.fixture
async def ctx(factory: Factory) -> TenantContext:
    return await factory.tenant_context()


def test_gateway_health_reports_remote_services(split: dict[str, ServerProcess]) -> None:
    body = httpx.get(f"{split['gateway'].url}/health", timeout=10).json()
    assert body["service"] == "gateway"
    for service in SPLIT_SERVICES:
        remote = body["services"][service]
        assert remote["status"] == "ok"
        assert remote["url"] == split[service].url
        assert remote["latency_ms"] > 0


async def test_request_crosses_processes_with_its_request_id(
    split: dict[str, ServerProcess], ctx: TenantContext
) -> None:
    gateway = split["gateway"].url
    async with httpx.AsyncClient(base_url=gateway, timeout=30) as client:
        checked = await client.post(
            "/api/v1/safety/check",
            json={"text": "Can I get a flu shot on Saturday?", "direction": "input"},
            headers={**ctx.staff, "x-request-id": "split-safety-1"},
        )
        listed = await client.post(
            "/api/v1/execution/actions/list_practitioners",
            json={},
            headers={**ctx.patient_headers, "x-request-id": "split-exec-1"},
        )
        unauthenticated = await client.post("/api/v1/execution/actions/list_practitioners", json={})
    assert checked.status_code == 200, checked.text
    assert checked.json()["allowed"] is True
    assert checked.headers["x-request-id"] == "split-safety-1"
    assert listed.status_code == 200, listed.text
    assert listed.json()["action"] == "list_practitioners"
    assert unauthenticated.status_code == 401
    assert unauthenticated.json()["error"]["code"] == "unauthorized"

    assert "split-safety-1" in split["gateway"].log()
    assert "split-safety-1" in split["safety"].log()
    assert "split-exec-1" in split["execution"].log()
    assert "split-exec-1" not in split["safety"].log()
    access = [
        json.loads(line)
        for line in split["execution"].log().splitlines()
        if "split-exec-1" in line and '"event": "request"' in line
    ]
    assert access, "the execution service logged no access line for the request"
    assert access[0]["tenant_id"] == ctx.id
    assert access[0]["actor"] == "_".join(ctx.patient_key.split("_")[:2])
    assert ctx.patient_key not in split["execution"].log()


def test_a_service_that_is_down_is_reported_not_fatal(split: dict[str, ServerProcess]) -> None:
    # The gateway keeps answering for itself when a service it proxies to is gone.
    safety = split["safety"]
    safety.process.terminate()
    safety.process.wait(timeout=10)
    body = httpx.get(f"{split['gateway'].url}/health", timeout=10).json()
    assert body["status"] == "degraded"
    assert body["services"]["safety"]["status"] == "down"
    response = httpx.post(
        f"{split['gateway'].url}/api/v1/safety/check",
        json={"text": "hello", "direction": "input"},
        timeout=10,
    )
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "service_unavailable"
