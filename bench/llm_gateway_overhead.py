"""Latency the gateway adds on `/v1/chat/completions`, against calling the same
local OpenAI-compatible upstream directly.

Starts the upstream (`bench/llm_upstream.py`) and the whole platform as two
uvicorn processes on free ports (SQLite in a temporary directory, Redis when
`--redis URL` is given), creates a tenant whose policy routes to the upstream
and an API key, then sends the same non-streamed completions N times at each
concurrency, directly and through the gateway. Every prompt is unique, so the
response cache never answers.

    .venv/bin/python bench/llm_gateway_overhead.py [--requests 400] [--redis redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


async def prepare(env: dict[str, str]) -> str:
    """Migrate the database, create a tenant routed to the upstream and a key."""
    os.environ.update(env)
    from aurixa.core.db import create_database
    from aurixa.core.migrate import upgrade
    from aurixa.core.settings import get_settings
    from aurixa.gateway.keys import create_key
    from aurixa.gateway.models import Tenant

    settings = get_settings()
    await upgrade(settings)
    db = create_database(settings.database_url)
    async with db.sessionmaker() as session:
        tenant = Tenant(
            slug="bench",
            name="Bench clinic",
            settings={"llm": {"allowed_providers": ["openai_compatible"]}},
        )
        session.add(tenant)
        await session.flush()
        key = await create_key(session, tenant_id=tenant.id, role="staff", staff_role="reception")
        await session.commit()
    await db.dispose()
    return key.key


async def run(url: str, headers: dict[str, str], n: int, concurrency: int, tag: str) -> list[float]:
    latencies: list[float] = []
    counter = iter(range(n))
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=concurrency)) as c:

        async def worker() -> None:
            for i in counter:
                body = {
                    "model": "auto",
                    "messages": [{"role": "user", "content": f"When are you open? ({tag} {i})"}],
                }
                start = time.perf_counter()
                response = await c.post(url, json=body, headers=headers)
                latencies.append((time.perf_counter() - start) * 1000)
                response.raise_for_status()

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--redis", default=None)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="aurixa-bench-"))
    up_port, gw_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{up_port}/v1"
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp / 'bench.db'}",
        "OPENAI_COMPATIBLE_BASE_URL": upstream,
        "AURIXA_RATE_LIMIT": "100000000",
        "LOG_LEVEL": "WARNING",
        "AURIXA_ENV": "development",
    }
    if args.redis:
        env["REDIS_URL"] = args.redis
    key = asyncio.run(prepare(env))
    uvicorn = [sys.executable, "-m", "uvicorn", "--log-level", "warning", "--no-access-log"]
    procs = [
        subprocess.Popen(
            [*uvicorn, "llm_upstream:app", "--app-dir", str(ROOT / "bench"), "--port", str(up_port)]
        ),
    ]
    wait_ready(f"{upstream}/models")
    procs.append(
        subprocess.Popen(
            [*uvicorn, "aurixa.core.asgi:platform_app", "--factory", "--port", str(gw_port)],
            env={**os.environ, **env},
        )
    )
    try:
        wait_ready(f"http://127.0.0.1:{gw_port}/health")
        gateway = f"http://127.0.0.1:{gw_port}/v1/chat/completions"
        auth = {"Authorization": f"Bearer {key}"}
        asyncio.run(run(gateway, auth, 50, 4, "warm"))  # warm pools and the provider directory
        probe = httpx.post(
            gateway,
            headers=auth,
            timeout=30,
            json={"model": "auto", "messages": [{"role": "user", "content": "probe"}]},
        ).json()
        if probe["x_aurixa"]["provider"] != "openai_compatible":
            raise SystemExit(f"the gateway did not route to the upstream: {probe['x_aurixa']}")
        print(
            f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
            f"redis: {'yes' if args.redis else 'no'}; {args.requests} requests per cell"
        )
        print(
            "| concurrency | direct p50 ms | direct p95 ms | gateway p50 ms | gateway p95 ms"
            " | added p50 ms | added p95 ms | gateway req/s |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for concurrency in (1, 32):
            direct = asyncio.run(
                run(f"{upstream}/chat/completions", {}, args.requests, concurrency, "direct")
            )
            start = time.perf_counter()
            via = asyncio.run(run(gateway, auth, args.requests, concurrency, "gw"))
            rate = args.requests / (time.perf_counter() - start)
            d50, d95, g50, g95 = pct(direct, 50), pct(direct, 95), pct(via, 50), pct(via, 95)
            print(
                f"| {concurrency} | {d50:.1f} | {d95:.1f} | {g50:.1f} | {g95:.1f} | "
                f"{g50 - d50:.1f} | {g95 - d95:.1f} | {rate:.0f} |"
            )
        print(f"(mean gateway latency at the last level: {statistics.mean(via):.1f} ms)")
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
