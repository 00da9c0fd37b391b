"""What the gateway costs per request: authentication (API key lookup),
the per-tenant rate limit (memory or Redis), CSRF and security headers.

Runs the gateway in process (httpx over ASGI, so no network in the figures)
against a fresh SQLite database, or PostgreSQL with --database-url, and
prints a Markdown table of requests/s and latency percentiles.

    .venv/bin/python bench/gateway_overhead.py [--requests 2000] [--redis-url redis://...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx

os.environ.setdefault("LOG_LEVEL", "WARNING")


async def _prepare(settings: object) -> tuple[str, str]:
    from aurixa.core.db import create_database
    from aurixa.core.migrate import upgrade
    from aurixa.gateway.keys import create_key
    from aurixa.gateway.models import Tenant

    await upgrade(settings)  # type: ignore[arg-type]
    db = create_database(settings.database_url)  # type: ignore[attr-defined]
    async with db.sessionmaker() as session:
        tenant = Tenant(
            slug=f"bench-{time.time_ns()}",
            name="Bench",
            settings={"rate_limit_per_minute": 1_000_000},
        )
        session.add(tenant)
        await session.flush()
        key = await create_key(session, tenant_id=tenant.id, role="staff", staff_role="nurse")
        await session.commit()
    await db.dispose()
    return tenant.id, key.key


async def _measure(
    client: httpx.AsyncClient, path: str, headers: dict[str, str], n: int
) -> tuple[float, list[float]]:
    for _ in range(min(50, n)):  # warm caches and connections
        await client.get(path, headers=headers)
    latencies = []
    started = time.perf_counter()
    for _ in range(n):
        t0 = time.perf_counter()
        response = await client.get(path, headers=headers)
        latencies.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, response.text
    return n / (time.perf_counter() - started), latencies


def _row(name: str, rps: float, latencies: list[float]) -> str:
    q = statistics.quantiles(latencies, n=100)
    return f"| {name} | {rps:,.0f} | {q[49]:.2f} | {q[94]:.2f} | {q[98]:.2f} |"


async def _run(args: argparse.Namespace) -> None:
    from aurixa.core.app import create_app
    from aurixa.core.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="aurixa-bench-"))
    database_url = args.database_url or f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
    rows = []
    for label, redis_url in (("memory", None), ("redis", args.redis_url)):
        if label == "redis" and not redis_url:
            continue
        settings = Settings(
            database_url=database_url, redis_url=redis_url, env="test", log_level="WARNING"
        )
        _, key = await _prepare(settings)
        app = create_app(("gateway",), settings=settings)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                auth = {"Authorization": f"Bearer {key}"}
                if label == "memory":
                    rps, lat = await _measure(client, "/health?shallow=1", {}, args.requests)
                    name = "`GET /health` (no auth; middleware + one `SELECT 1`)"
                    rows.append(_row(name, rps, lat))
                rps, lat = await _measure(client, "/api/v1/auth/me", auth, args.requests)
                rows.append(_row(f"`GET /api/v1/auth/me` (API key + {label} limit)", rps, lat))
                limiter = app.state.rate_limiter
                t0 = time.perf_counter()
                for _ in range(args.requests):
                    await limiter.hit_key("bench-tenant", 1_000_000, namespace="aurixa:bench")
                per_hit = (time.perf_counter() - t0) / args.requests * 1000
                rows.append(
                    f"| rate-limit hit alone ({label}) | {1000 / per_hit:,.0f} | "
                    f"{per_hit:.3f} (mean) | | |"
                )
                if app.state.redis is not None:
                    # The machine's Redis round trip, to read the Redis rows against.
                    t0 = time.perf_counter()
                    for _ in range(500):
                        await app.state.redis.ping()
                    ping = (time.perf_counter() - t0) / 500 * 1000
                    rows.append(
                        f"| Redis PING (reference) | {1000 / ping:,.0f} | {ping:.3f} (mean) | | |"
                    )
    backend = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(
        f"Gateway overhead, in process, {backend}, {args.requests} sequential requests each; "
        f"{os.cpu_count()} CPUs, load average {load}\n"
    )
    print("| request | req/s | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    parser.add_argument("--database-url", default=None)
    asyncio.run(_run(parser.parse_args()))


if __name__ == "__main__":
    main()
