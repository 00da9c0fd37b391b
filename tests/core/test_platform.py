"""The platform shell: health, errors, request ids, docs without a CDN."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from aurixa.core.errors import Conflict


async def test_health_reports_every_service_and_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["memory_mb"] > 0
    assert set(body["services"]) == {
        "gateway",
        "orchestration",
        "llm_router",
        "agent",
        "rag",
        "safety",
        "voice",
        "execution",
        "observability",
    }
    assert all(s["status"] == "ok" for s in body["services"].values())


async def test_request_id_is_echoed_or_created(client: httpx.AsyncClient) -> None:
    echoed = await client.get("/health", headers={"x-request-id": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    created = await client.get("/health")
    assert len(created.headers["x-request-id"]) >= 16
    hostile = await client.get("/health", headers={"x-request-id": "a\u0000b" + "x" * 300})
    assert hostile.headers["x-request-id"] != "a\u0000b" + "x" * 300


async def test_unknown_route_uses_the_error_body(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/no-such-thing", headers={"x-request-id": "rid-1"})
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "Not Found", "field": None, "request_id": "rid-1"}
    }


@pytest.fixture(scope="module")
def failing_app(app: FastAPI) -> FastAPI:
    from aurixa.core.app import create_app

    broken = create_app(settings=app.state.settings)

    @broken.get("/boom")
    async def boom() -> None:
        raise RuntimeError("kaboom")

    @broken.get("/taken")
    async def taken() -> None:
        raise Conflict("slot already taken", field="slot_id")

    return broken


async def test_unknown_error_is_a_500_with_the_request_id(failing_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=failing_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        response = await c.get("/boom", headers={"x-request-id": "rid-500"})
        assert response.status_code == 500
        assert response.json()["error"]["code"] == "internal_error"
        assert response.json()["error"]["request_id"] == "rid-500"
        assert response.headers["x-request-id"] == "rid-500"
        assert "kaboom" not in response.text

        conflict = await c.get("/taken")
        assert conflict.status_code == 409
        assert conflict.json()["error"]["field"] == "slot_id"


async def test_docs_are_served_without_a_cdn(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200
    assert "http" not in page.text.replace("http-equiv", "")
    script = await client.get("/static/swagger/swagger-ui-bundle.js")
    assert script.status_code == 200
    assert len(script.content) > 100_000
    spec = await client.get("/openapi.json")
    assert spec.status_code == 200
    assert spec.json()["info"]["title"] == "AURIXA"


async def test_landing_page_links_docs_and_health(client: httpx.AsyncClient) -> None:
    page = await client.get("/")
    assert 'href="/docs"' in page.text
    assert 'href="/health"' in page.text


async def test_metrics_are_prometheus_text(client: httpx.AsyncClient) -> None:
    await client.get("/health")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert "aurixa_http_requests_total" in response.text


async def test_openai_compatible_paths_answer_errors_in_openai_shape(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/models")
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["type"] == "authentication_error"
    assert error["code"] == "unauthorized"
    assert set(error) == {"message", "type", "param", "code"}
