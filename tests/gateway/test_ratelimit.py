"""Per-tenant rate limits: a moving window, 429 with Retry-After, one
tenant's burst never slows another, and one count across processes."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import httpx
import pytest

from aurixa.core.settings import Settings
from aurixa.gateway.ratelimit import TenantRateLimiter, tenant_limit
from tests.factories import Factory
from tests.processes import free_port, running, start_server

ME = "/api/v1/auth/me"


async def test_the_201st_request_in_a_minute_is_429_and_other_tenants_are_unaffected(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    busy, quiet = await factory.tenant_context(), await factory.tenant_context()
    statuses = [(await client.get(ME, headers=busy.staff)).status_code for _ in range(200)]
    assert statuses == [200] * 200

    refused = await client.get(ME, headers=busy.admin)  # every key of the tenant shares it
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["X-RateLimit-Limit"] == "200"
    assert refused.headers["X-RateLimit-Remaining"] == "0"
    assert int(refused.headers["X-RateLimit-Reset"]) >= int(time.time())

    other = await client.get(ME, headers=quiet.staff)
    assert other.status_code == 200
    assert other.headers["X-RateLimit-Remaining"] == "199"


async def test_successful_answers_count_down_the_remaining_budget(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context(rate_limit_per_minute=5)
    remaining = []
    for _ in range(5):
        response = await client.get(ME, headers=ctx.staff)
        assert response.headers["X-RateLimit-Limit"] == "5"
        remaining.append(int(response.headers["X-RateLimit-Remaining"]))
    assert remaining == [4, 3, 2, 1, 0]
    assert (await client.get(ME, headers=ctx.staff)).status_code == 429


async def test_public_routes_are_not_counted(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert "X-RateLimit-Limit" not in response.headers


async def test_a_limit_change_by_an_admin_applies_at_once(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context(rate_limit_per_minute=3)
    operator = await factory.tenant_context()
    for _ in range(3):
        assert (await client.get(ME, headers=ctx.staff)).status_code == 200
    assert (await client.get(ME, headers=ctx.staff)).status_code == 429
    raised = await client.patch(
        f"/api/v1/admin/tenants/{ctx.id}",
        json={"settings": {"rate_limit_per_minute": 10}},
        headers=operator.admin,
    )
    assert raised.status_code == 200
    assert (await client.get(ME, headers=ctx.staff)).status_code == 200


def test_unusable_tenant_settings_fall_back_to_the_default() -> None:
    assert tenant_limit({"rate_limit_per_minute": 50}, 200) == 50
    for broken in (
        {},
        None,
        {"rate_limit_per_minute": "50"},
        {"rate_limit_per_minute": 0},
        {"rate_limit_per_minute": True},
        {"rate_limit_per_minute": -3},
    ):
        assert tenant_limit(broken, 200) == 200


async def test_window_moves_rather_than_resetting_on_the_minute(
    factory: Factory, app: object
) -> None:
    from limits.aio.storage import MemoryStorage

    db = app.state.db  # type: ignore[attr-defined]
    ctx = await factory.tenant_context(rate_limit_per_minute=2)
    limiter = TenantRateLimiter(db=db, default_per_minute=200, storage=MemoryStorage())
    first = await limiter.hit(ctx.id)
    second = await limiter.hit(ctx.id)
    third = await limiter.hit(ctx.id)
    assert (first.allowed, second.allowed, third.allowed) == (True, True, False)
    # The window frees up 60 s after the first hit, not at the next clock minute.
    assert 55 <= third.reset_at - time.time() <= 60.5


async def test_redis_down_degrades_to_a_per_process_count(factory: Factory, app: object) -> None:
    from limits.aio.storage import RedisStorage

    db = app.state.db  # type: ignore[attr-defined]
    ctx = await factory.tenant_context(rate_limit_per_minute=2)
    dead = RedisStorage(
        "async+redis://127.0.0.1:1",
        implementation="redispy",
        wrap_exceptions=True,
        socket_connect_timeout=0.5,
    )
    limiter = TenantRateLimiter(db=db, default_per_minute=200, storage=dead)
    decisions = [await limiter.hit(ctx.id) for _ in range(3)]
    assert [d.allowed for d in decisions] == [True, True, False]


@pytest.mark.skipif(not os.environ.get("TEST_REDIS_URL"), reason="needs TEST_REDIS_URL")
async def test_two_processes_sharing_redis_enforce_one_limit(
    factory: Factory, settings: Settings, tmp_root: Path
) -> None:
    ctx = await factory.tenant_context(rate_limit_per_minute=20)
    env = {
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": os.environ["TEST_REDIS_URL"],
        "SECRET_KEY": settings.secret_key,
        "AURIXA_ENV": "test",
        "LOG_LEVEL": "WARNING",
    }
    servers = [
        start_server(f"gw-{i}", free_port(), env, tmp_root, service="gateway") for i in range(2)
    ]
    with running(servers, timeout=90):
        async with httpx.AsyncClient(timeout=10) as http:
            statuses = []
            for i in range(30):  # alternate: each process alone would allow all 30
                url = servers[i % 2].url + ME
                statuses.append((await http.get(url, headers=ctx.staff)).status_code)
            both = await asyncio.gather(*(http.get(s.url + ME, headers=ctx.staff) for s in servers))
    assert statuses.count(200) == 20
    assert statuses[20:] == [429] * 10
    assert [r.status_code for r in both] == [429, 429]
