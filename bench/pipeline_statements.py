"""SQL statements and transactions per pipeline turn, by kind of turn.

    .venv/bin/python bench/pipeline_statements.py [--turns 60] [--database-url URL]
        [--redis-url URL] [--verbose]

The whole platform in process (as bench/pipeline_steps.py), turns one at a
time, in the mix of bench/pipeline_workload.py. Every statement the engine
sends is counted (an executemany is one), and every transaction committed or
rolled back (sessions in autocommit mode open none): a BEGIN and a COMMIT or
ROLLBACK are round trips too. Telemetry is flushed
after each turn so that its INSERTs count for the turn that emitted them.
With --database-url a fresh database is created on that server and dropped
afterwards; without it, a SQLite file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from pipeline_bench import PIPELINE, create_articles_in, drop_database, fresh_database, seed  # noqa: E402
from pipeline_workload import workload  # noqa: E402

from aurixa.core.app import create_app  # noqa: E402
from aurixa.core.migrate import upgrade  # noqa: E402
from aurixa.core.settings import Settings  # noqa: E402
from aurixa.observability.emitter import get_emitter  # noqa: E402


class Counts:
    """SQL statements by shape, plus BEGIN, COMMIT and ROLLBACK of transactions
    (a connection in autocommit mode sends none)."""

    def __init__(self) -> None:
        self.statements: Counter[str] = Counter()

    def attach(self, engine: Any) -> None:
        @event.listens_for(engine, "before_cursor_execute")
        def _statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            self.statements[_shape(statement)] += 1

        for name in ("begin", "commit", "rollback"):
            event.listen(engine, name, self._transaction_event(name.upper()))

    def _transaction_event(self, name: str) -> Any:
        def _count(conn: Any) -> None:
            if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
                self.statements[name] += 1

        return _count

    def take(self) -> Counter[str]:
        taken, self.statements = self.statements, Counter()
        return taken


_TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK")


def _shape(statement: str) -> str:
    words = re.sub(r"\s+", " ", statement).strip()
    match = re.match(r"(INSERT INTO \S+|UPDATE \S+|DELETE FROM \S+|SELECT .*? FROM \S+)", words)
    return match.group(1)[:90] if match else words[:60]


async def flush_telemetry(app: Any) -> None:
    emitter = get_emitter(app)
    flush = getattr(emitter, "flush", None)
    if flush is not None:
        await flush()


async def main(args: argparse.Namespace) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="aurixa-pipeline-statements-"))
    database_url, created = await fresh_database(args.database_url, tmp)
    os.environ.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "bench-" + uuid.uuid4().hex,
            "LOG_LEVEL": "WARNING",
            "AURIXA_ENV": "development",
        }
    )
    if args.redis_url:
        os.environ["REDIS_URL"] = args.redis_url
    else:
        os.environ.pop("REDIS_URL", None)
    try:
        settings = Settings()
        await upgrade(settings)
        seeded = await seed(settings.database_url)
        app = create_app(settings=settings)
        counts = Counts()
        async with app.router.lifespan_context(app):
            counts.attach(app.state.db.engine.sync_engine)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", timeout=120
            ) as client:
                await create_articles_in(client, seeded.admin_key)
                await _turns(client, app, counts, seeded.patient_keys, 20, seed_=1, show=False)
                await _turns(
                    client, app, counts, seeded.patient_keys, args.turns, seed_=2,
                    show=args.verbose,
                )  # fmt: skip
    finally:
        if created and args.database_url:
            await drop_database(args.database_url, created)


async def _turns(
    client: httpx.AsyncClient, app: Any, counts: Counts, keys: list[str], n: int, *,
    seed_: int, show: bool,
) -> None:  # fmt: skip
    by_kind: dict[str, list[tuple[int, int]]] = defaultdict(list)
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for number, (kind, message) in enumerate(workload(n, seed=seed_)):
        await flush_telemetry(app)
        counts.take()
        response = await client.post(
            PIPELINE,
            json={"prompt": message},
            headers={"Authorization": f"Bearer {keys[number % len(keys)]}"},
        )
        response.raise_for_status()
        await flush_telemetry(app)
        statements = counts.take()
        key = f"{kind}/{response.json()['path']}"
        sql = sum(n for shape, n in statements.items() if shape not in _TRANSACTION)
        by_kind[key].append((sql, sum(statements.values())))
        shapes[key].update(statements)
    if not show and seed_ == 1:
        return
    rows = [row for kind_rows in by_kind.values() for row in kind_rows]
    print(
        f"{len(rows)} turns: {sum(s for s, _ in rows) / len(rows):.2f} SQL statements and "
        f"{sum(r for _, r in rows) / len(rows):.2f} round trips (with BEGIN, COMMIT, "
        "ROLLBACK) per turn"
    )
    print("| kind/path | turns | SQL statements per turn | round trips per turn |")
    print("|---|---|---|---|")
    for key, kind_rows in sorted(by_kind.items()):
        sql = sum(s for s, _ in kind_rows) / len(kind_rows)
        trips = sum(r for _, r in kind_rows) / len(kind_rows)
        print(f"| {key} | {len(kind_rows)} | {sql:.2f} | {trips:.2f} |")
    if show:
        for key, counter in sorted(shapes.items()):
            turns = len(by_kind[key])
            print(f"\n{key}:")
            for shape, count in counter.most_common():
                print(f"  {count / turns:5.2f}  {shape}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--redis-url", default=None)
    parser.add_argument("--verbose", action="store_true")
    asyncio.run(main(parser.parse_args()))
