"""Throughput and latency of the conversation pipeline over HTTP.

    .venv/bin/python bench/pipeline_bench.py [--modes one split] [--concurrency 1 8 32]
        [--turns 400] [--workers 1] [--redis-url redis://127.0.0.1:6379/0]
        [--database-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres]

Servers are real `aurixa serve` processes with the offline `local` provider: in
`one` mode the whole platform in one process, in `split` mode every service
in its own process behind the gateway. Every turn is `POST
/api/v1/orchestration/pipelines` through the gateway, in the realistic mix of
bench/pipeline_workload.py (60 % questions, 30 % tasks, 10 % safety), each turn
a new conversation of one of 32 patients. Printed per mode and concurrency:
turns per second (turns / wall time), p50/p95/p99 latency, errors, the peak
resident memory of the server processes (summed, workers included) while the
level ran, and CPU time per turn: of the server processes (steady whatever else
runs on the machine), of this load generator, and of every PostgreSQL and Redis
process on the machine (so it includes anything else using them). The three
CPU columns add up to what one turn costs the machine: with N cores, N × 1000 /
their sum bounds turns per second. `--workers N` starts every process with
`aurixa serve --workers N`.

With --database-url a fresh database is created on that server and dropped
afterwards; without it, a SQLite file in a temporary directory is used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import aiohttp
import httpx
import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from pipeline_workload import ARTICLES, workload  # noqa: E402

from aurixa.core.db import create_database  # noqa: E402
from aurixa.core.migrate import upgrade  # noqa: E402
from aurixa.core.settings import Settings  # noqa: E402
from aurixa.execution.models import AvailabilitySlot, Patient, Practitioner  # noqa: E402
from aurixa.gateway.keys import create_key  # noqa: E402
from aurixa.gateway.models import Tenant  # noqa: E402

SPLIT_SERVICES = (
    "orchestration",
    "llm_router",
    "agent",
    "rag",
    "safety",
    "execution",
    "observability",
)
PATIENTS = 32
PIPELINE = "/api/v1/orchestration/pipelines"
HEADER = (
    "| mode | concurrency | turns | turns/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MB "
    "| server CPU ms/turn | client CPU ms/turn | database + Redis CPU ms/turn |"
)
# Process names of the database and cache servers, as /proc/<pid>/comm shows them.
BACKING_SERVERS = ("postgres", "redis-server")


@dataclass
class Seeded:
    admin_key: str
    patient_keys: list[str]


async def seed(database_url: str) -> Seeded:
    db = create_database(database_url)
    today = datetime.now(UTC).date()
    async with db.sessionmaker() as session:
        tenant = Tenant(
            slug=f"bench-{uuid.uuid4().hex[:8]}",
            name="Bench Clinic",
            settings={
                "timezone": "UTC",
                "rate_limit_per_minute": 1_000_000,  # the largest a tenant may set
                "front_desk_phone": "(555) 010-2000",
            },
        )
        session.add(tenant)
        await session.flush()
        doctor = Practitioner(
            tenant_id=tenant.id, prefix="Dr.", given_name="Mara", family_name="Lind",
            specialty="family medicine", location="Main clinic",
        )  # fmt: skip
        session.add(doctor)
        await session.flush()
        for offset in range(1, 15):
            day: date = today + timedelta(days=offset)
            for hour in range(9, 17):
                start = datetime.combine(day, clock(hour), tzinfo=UTC)
                session.add(
                    AvailabilitySlot(
                        tenant_id=tenant.id, practitioner_id=doctor.id, start=start,
                        end=start + timedelta(minutes=30), status="free",
                        service_type="primary_care",
                    )
                )  # fmt: skip
        admin = await create_key(session, tenant_id=tenant.id, role="admin", created_by="bench")
        keys = []
        for n in range(PATIENTS):
            patient = Patient(
                tenant_id=tenant.id, given_name="Bench", family_name=f"Patient{n}",
                birth_date=date(1980, 1, 1 + n % 28), identifier=f"BENCH-{n}",
            )  # fmt: skip
            session.add(patient)
            await session.flush()
            created = await create_key(
                session, tenant_id=tenant.id, role="patient", patient_id=patient.id,
                created_by="bench",
            )  # fmt: skip
            keys.append(created.key)
        await session.commit()
    await db.dispose()
    return Seeded(admin.key, keys)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def servers(
    mode: str, env: dict[str, str], log_dir: Path, workers: int = 1
) -> Iterator[tuple[str, list[int]]]:
    """Start the mode's processes; yield the gateway URL and every server pid."""
    names = ("gateway",) if mode == "one" else ("gateway", *SPLIT_SERVICES)
    ports = {name: free_port() for name in names}
    full_env = {**os.environ, **env}
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY",
                "OPENAI_COMPATIBLE_BASE_URL"):  # fmt: skip
        full_env.pop(key, None)  # the bench measures the platform with the local provider
    if mode == "split":
        full_env.update(
            {f"AURIXA_{s.upper()}_URL": f"http://127.0.0.1:{ports[s]}" for s in SPLIT_SERVICES}
        )
    processes = []
    for name, port in ports.items():
        args = [sys.executable, "-m", "aurixa", "serve", "--port", str(port)]
        args += ["--workers", str(workers)]
        if mode == "split":
            args += ["--service", name]
        log = (log_dir / f"{mode}-{name}.log").open("wb")
        processes.append(subprocess.Popen(args, env=full_env, stdout=log, stderr=subprocess.STDOUT))
    try:
        for (name, port), process in zip(ports.items(), processes, strict=True):
            _wait_healthy(name, f"http://127.0.0.1:{port}", process)
        yield f"http://127.0.0.1:{ports['gateway']}", [p.pid for p in processes]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_healthy(name: str, url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited during start-up")
        try:
            if httpx.get(f"{url}/health?shallow=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"{name} did not become healthy")


def _with_children(pids: list[int]) -> list[int]:
    """The servers and their worker processes (`--workers` forks children)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = set(pids), list(pids)
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in found:
                found.add(child)
                frontier.append(child)
    return sorted(found)


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of the servers and their workers so far: the cost
    of a turn, whatever else the machine is doing."""
    ticks = 0
    for pid in _with_children(pids):
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


def backing_cpu_ticks() -> dict[int, int]:
    """CPU ticks so far of every PostgreSQL and Redis process on this machine, by pid."""
    ticks: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text("ascii", errors="replace").strip() not in BACKING_SERVERS:
                continue
            with (entry / "stat").open(encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            ticks[int(entry.name)] = int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            continue
    return ticks


def backing_cpu_since(before: dict[int, int]) -> float:
    """CPU seconds the database and cache processes used since `before`. A backend
    that exited in between takes its time with it: the figure is a lower bound."""
    after = backing_cpu_ticks()
    used = sum(t - before.get(pid, 0) for pid, t in after.items())
    return used / os.sysconf("SC_CLK_TCK")


def rss_mb(pids: list[int], *, children: bool = True) -> float:
    total = 0
    for pid in _with_children(pids) if children else pids:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _errors(errors: Counter[str]) -> str:
    if not errors:
        return "0"
    detail = ", ".join(f"{n}× {code}" for code, n in errors.most_common())
    return f"{sum(errors.values())} ({detail})"


@dataclass
class Level:
    mode: str
    concurrency: int
    turns: int
    wall_s: float
    latencies_ms: list[float]
    errors: Counter[str]
    peak_rss_mb: float
    cpu_s: float
    client_cpu_s: float
    backing_cpu_s: float

    def row(self) -> str:
        p50, p95, p99 = np.percentile(self.latencies_ms, [50, 95, 99])
        return (
            f"| {self.mode} | {self.concurrency} | {self.turns} | "
            f"{self.turns / self.wall_s:.1f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | "
            f"{_errors(self.errors)} | {self.peak_rss_mb:.0f} | "
            f"{self.cpu_s / self.turns * 1000:.1f} | "
            f"{self.client_cpu_s / self.turns * 1000:.1f} | "
            f"{self.backing_cpu_s / self.turns * 1000:.1f} |"
        )


async def drive(
    gateway: str, keys: list[str], turns: list[tuple[str, str]], concurrency: int, pids: list[int]
) -> tuple[float, list[float], Counter[str], float]:
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for n, (_kind, message) in enumerate(turns):
        queue.put_nowait((n, message))
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    peak = rss_mb(pids)
    # Found once: walking all of /proc for the servers' children took about 4 ms of
    # the load generator's CPU, five times a second, on the cores being measured.
    servers = _with_children(pids)

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            n, message = queue.get_nowait()
            headers = {"Authorization": f"Bearer {keys[n % len(keys)]}"}
            started = time.perf_counter()
            async with session.post(PIPELINE, json={"prompt": message}, headers=headers) as r:
                body = await r.read()
            latencies.append((time.perf_counter() - started) * 1000)
            if r.status != 200:
                try:
                    code = json.loads(body)["error"]["code"]
                except (ValueError, KeyError, TypeError):
                    code = "?"
                errors[f"{r.status} {code}"] += 1

    async def sample() -> None:
        nonlocal peak
        while True:
            peak = max(peak, rss_mb(servers, children=False))
            await asyncio.sleep(0.2)

    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(gateway, connector=connector, timeout=timeout) as session:
        sampler = asyncio.create_task(sample())
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        wall = time.perf_counter() - started
        sampler.cancel()
    return wall, latencies, errors, peak


async def create_articles(gateway: str, admin_key: str) -> None:
    async with httpx.AsyncClient(base_url=gateway, timeout=120) as client:
        await create_articles_in(client, admin_key)


async def create_articles_in(client: httpx.AsyncClient, admin_key: str) -> None:
    headers = {"Authorization": f"Bearer {admin_key}"}
    for title, body in ARTICLES:
        response = await client.post(
            "/api/v1/knowledge/articles", json={"title": title, "body": body}, headers=headers
        )
        response.raise_for_status()


async def warm_up(gateway: str, keys: list[str], pids: list[int]) -> None:
    """First calls build the lazy parts (intent examples, indexes, pools)."""
    await drive(gateway, keys, workload(40, seed=1), 4, pids)


async def run_mode(
    mode: str, env: dict[str, str], seeded: Seeded, args: argparse.Namespace, log_dir: Path,
    articles_done: list[bool],
) -> list[Level]:  # fmt: skip
    levels = []
    with servers(mode, env, log_dir, args.workers) as (gateway, pids):
        if not articles_done:
            await create_articles(gateway, seeded.admin_key)
            articles_done.append(True)
        await warm_up(gateway, seeded.patient_keys, pids)
        for concurrency in args.concurrency:
            turns = workload(args.turns, seed=concurrency)
            cpu_before, client_before = cpu_seconds(pids), time.process_time()
            backing_before = backing_cpu_ticks()
            wall, latencies, errors, peak = await drive(
                gateway, seeded.patient_keys, turns, concurrency, pids
            )
            cpu = cpu_seconds(pids) - cpu_before
            client = time.process_time() - client_before
            backing = backing_cpu_since(backing_before)
            level = Level(
                mode, concurrency, len(turns), wall, latencies, errors, peak, cpu, client, backing
            )
            print(level.row(), flush=True)
            levels.append(level)
    return levels


async def fresh_database(server_url: str | None, tmp: Path) -> tuple[str, str | None]:
    if not server_url:
        return f"sqlite+aiosqlite:///{tmp / 'bench.db'}", None
    name = f"aurixa_bench_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False), name


async def drop_database(server_url: str, name: str) -> None:
    admin = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


async def main(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="aurixa-pipeline-bench-"))
    database_url, created = await fresh_database(args.database_url, tmp)
    env = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-" + uuid.uuid4().hex,
        "AURIXA_ENV": "development",
        "LOG_LEVEL": "WARNING",
        "LOG_FORMAT": "json",
    }
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    else:
        os.environ.pop("REDIS_URL", None)
    os.environ.update(env)
    try:
        await upgrade(Settings())
        seeded = await seed(database_url)
        backend = "PostgreSQL" if created else "SQLite"
        redis = "Redis" if args.redis_url else "no Redis"
        print(
            f"database: {backend}, {redis}; {args.workers} worker(s) per process; "
            f"{args.turns} turns per level; logs in {tmp}"
        )
        print(HEADER)
        print("|---" * HEADER.count(" |") + "|")
        articles_done: list[bool] = []
        for mode in args.modes:
            await run_mode(mode, env, seeded, args, tmp, articles_done)
    finally:
        if created and args.database_url:
            await drop_database(args.database_url, created)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=["one", "split"], choices=["one", "split"])
    parser.add_argument("--concurrency", nargs="+", type=int, default=[1, 8, 32])
    parser.add_argument("--turns", type=int, default=400)
    parser.add_argument(
        "--workers", type=int, default=1, help="`aurixa serve --workers` for every process"
    )
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--redis-url", default=None)
    asyncio.run(main(parser.parse_args()))
