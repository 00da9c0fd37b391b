"""Where a turn's time goes: mean latency per pipeline step, from the answers'
own traces, with the whole platform in process (no network).

    .venv/bin/python bench/pipeline_steps.py [--turns 64] [--concurrency 1]
        [--database-url URL]

Same clinic and workload as bench/pipeline_bench.py (60/30/10 mix); a fresh
SQLite file unless --database-url names an already empty, migrated-or-new
database. Warm-up turns run first and are not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from pipeline_bench import PIPELINE, create_articles_in, seed  # noqa: E402
from pipeline_workload import workload  # noqa: E402

from aurixa.core.app import create_app  # noqa: E402
from aurixa.core.migrate import upgrade  # noqa: E402
from aurixa.core.settings import Settings  # noqa: E402


async def run(
    client: httpx.AsyncClient, keys: list[str], count: int, concurrency: int, seed_: int
) -> tuple[float, list[float], dict[str, list[float]]]:
    turns = list(enumerate(workload(count, seed=seed_)))
    steps: dict[str, list[float]] = defaultdict(list)
    latencies: list[float] = []

    async def worker() -> None:
        while turns:
            n, (_kind, message) = turns.pop()
            started = time.perf_counter()
            response = await client.post(
                PIPELINE,
                json={"prompt": message},
                headers={"Authorization": f"Bearer {keys[n % len(keys)]}"},
            )
            response.raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
            for step in response.json()["trace"]:
                steps[step["step"]].append(step["latency_ms"])

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, latencies, steps


async def main(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="aurixa-pipeline-steps-"))
    os.environ.update(
        {
            "DATABASE_URL": args.database_url or f"sqlite+aiosqlite:///{tmp / 'steps.db'}",
            "SECRET_KEY": "bench-" + uuid.uuid4().hex,
            "LOG_LEVEL": "WARNING",
            "AURIXA_ENV": "development",
        }
    )
    for name in ("REDIS_URL", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY"):
        os.environ.pop(name, None)
    settings = Settings()
    await upgrade(settings)
    seeded = await seed(settings.database_url)
    app = create_app(settings=settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=120
        ) as c:
            await create_articles_in(c, seeded.admin_key)
            await run(c, seeded.patient_keys, 40, 2, seed_=1)  # warm-up
            cpu_started = time.process_time()
            wall, latencies, steps = await run(
                c, seeded.patient_keys, args.turns, args.concurrency, seed_=2
            )
            cpu = time.process_time() - cpu_started
    print(
        f"{args.turns} turns, concurrency {args.concurrency}: "
        f"{args.turns / wall:.1f} turns/s, p50 {statistics.median(latencies):.1f} ms, "
        f"CPU {cpu / args.turns * 1000:.1f} ms per turn (this process, load generator included)"
    )
    print("| step | turns | mean ms | max ms |")
    print("|---|---|---|---|")
    for name, values in sorted(steps.items(), key=lambda item: -statistics.mean(item[1])):
        print(f"| {name} | {len(values)} | {statistics.mean(values):.1f} | {max(values):.1f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=64)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--database-url", default=None)
    asyncio.run(main(parser.parse_args()))
