"""Throughput and latency of the execution engine on SQLite and PostgreSQL.

    .venv/bin/python bench/execution_bench.py [--requests 400] [--concurrency 1 8]
        [--backends sqlite postgresql] [--pg-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]

Each backend gets a fresh database built by the migrations and one tenant with
8 practitioners and 30 days of 30-minute slots. Requests go through the whole
HTTP stack in process (authentication, rate limit, validation, audit row,
commit): `POST /api/v1/execution/actions/get_availability` over a 7-day window
(50 slots per answer) and `create_appointment`, each request booking a
different free slot. Printed per backend, action and concurrency: actions per
second (requests / wall time) and p50/p95 latency.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from aurixa.core.app import create_app  # noqa: E402
from aurixa.core.db import Database  # noqa: E402
from aurixa.core.migrate import upgrade  # noqa: E402
from aurixa.core.settings import Settings  # noqa: E402
from aurixa.execution.models import AvailabilitySlot, Patient, Practitioner  # noqa: E402
from aurixa.gateway.keys import create_key  # noqa: E402
from aurixa.gateway.models import Tenant  # noqa: E402

TZ = "America/New_York"
URL = "/api/v1/execution/actions/"


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


async def seed(db: Database) -> tuple[str, list[str]]:
    """A tenant, a patient key, and the ids of every free slot."""
    zone = ZoneInfo(TZ)
    async with db.sessionmaker() as session:
        tenant = Tenant(
            slug=f"bench-{uuid.uuid4().hex[:8]}",
            name="Bench Clinic",
            settings={"timezone": TZ, "rate_limit_per_minute": 1_000_000},
        )
        session.add(tenant)
        await session.flush()
        patient = Patient(
            tenant_id=tenant.id,
            given_name="Bench",
            family_name="Patient",
            birth_date=date(1980, 1, 1),
        )
        practitioners = [
            Practitioner(
                tenant_id=tenant.id,
                given_name=f"P{i}",
                family_name=f"Doc{i}",
                specialty="family medicine" if i % 2 else "cardiology",
            )
            for i in range(8)
        ]
        session.add_all([patient, *practitioners])
        await session.flush()
        slots: list[AvailabilitySlot] = []
        start_day = datetime.now(zone).date() + timedelta(days=1)
        for offset in range(30):
            day = start_day + timedelta(days=offset)
            for p in practitioners:
                at = datetime(day.year, day.month, day.day, 9, tzinfo=zone)
                for _ in range(16):
                    slots.append(
                        AvailabilitySlot(
                            tenant_id=tenant.id,
                            practitioner_id=p.id,
                            start=at.astimezone(UTC),
                            end=(at + timedelta(minutes=30)).astimezone(UTC),
                            status="free",
                        )
                    )
                    at += timedelta(minutes=30)
        session.add_all(slots)
        created = await create_key(
            session, tenant_id=tenant.id, role="patient", patient_id=patient.id, created_by="bench"
        )
        await session.commit()
        return created.key, [s.id for s in slots]


async def measure(
    client: httpx.AsyncClient,
    bodies: list[dict[str, object]],
    action: str,
    headers: dict[str, str],
    concurrency: int,
) -> tuple[float, float, float]:
    latencies: list[float] = []
    gate = asyncio.Semaphore(concurrency)

    async def one(body: dict[str, object]) -> None:
        async with gate:
            started = time.perf_counter()
            r = await client.post(URL + action, json=body, headers=headers)
            latencies.append((time.perf_counter() - started) * 1000)
            if r.status_code != 200:
                raise RuntimeError(f"{action}: {r.status_code} {r.text[:200]}")

    wall = time.perf_counter()
    await asyncio.gather(*(one(b) for b in bodies))
    elapsed = time.perf_counter() - wall
    p50, p95 = percentiles(latencies)
    return len(bodies) / elapsed, p50, p95


async def run_backend(url: str, requests: int, levels: list[int]) -> list[tuple[str, ...]]:
    settings = Settings(database_url=url, redis_url=None, log_level="WARNING")
    await upgrade(settings)
    app = create_app(services=("gateway", "execution"), settings=settings)
    rows: list[tuple[str, ...]] = []
    async with app.router.lifespan_context(app):
        key, slot_ids = await seed(app.state.db)
        headers = {"Authorization": f"Bearer {key}"}
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            first = (datetime.now(ZoneInfo(TZ)).date() + timedelta(days=1)).isoformat()
            window = {"date_from": first, "specialty": "cardiology", "limit": 50}
            await measure(client, [window] * 20, "get_availability", headers, 1)  # warm-up
            free = iter(slot_ids)
            for concurrency in levels:
                rate, p50, p95 = await measure(
                    client, [window] * requests, "get_availability", headers, concurrency
                )
                rows.append(
                    (
                        "get_availability",
                        str(concurrency),
                        str(requests),
                        f"{rate:.0f}",
                        f"{p50:.1f}",
                        f"{p95:.1f}",
                    )
                )
                bookings = [{"slot_id": next(free), "reason": "bench"} for _ in range(requests)]
                rate, p50, p95 = await measure(
                    client, bookings, "create_appointment", headers, concurrency
                )
                rows.append(
                    (
                        "create_appointment",
                        str(concurrency),
                        str(requests),
                        f"{rate:.0f}",
                        f"{p50:.1f}",
                        f"{p95:.1f}",
                    )
                )
    return rows


async def with_pg_database(
    server_url: str, requests: int, levels: list[int]
) -> list[tuple[str, ...]]:
    name = f"aurixa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        return await run_backend(url, requests, levels)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    if args.requests * len(args.concurrency) > 30 * 8 * 16:
        parser.error("not enough slots for that many bookings")
    print("| backend | action | concurrency | requests | actions/s | p50 ms | p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for backend in args.backends:
        if backend == "sqlite":
            folder = Path(tempfile.mkdtemp(prefix="aurixa-bench-"))
            rows = asyncio.run(
                run_backend(
                    f"sqlite+aiosqlite:///{folder / 'bench.db'}", args.requests, args.concurrency
                )
            )
        else:
            rows = asyncio.run(with_pg_database(args.pg_url, args.requests, args.concurrency))
        for row in rows:
            print(f"| {backend} | " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
