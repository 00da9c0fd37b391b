"""Seed a chosen database on a chosen day and time each run.

`aurixa db seed --demo` is the everyday command (it also indexes the articles and
issues demo keys). This one exists to measure the seed and to reproduce the data
of a given day::

    python -m aurixa.core.seed --database-url sqlite+aiosqlite:///demo.db \\
        --create-schema --runs 2 --today 2026-11-23
"""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import date

from aurixa.core.db import create_database
from aurixa.core.models import Base
from aurixa.core.seed import seed_demo
from aurixa.core.settings import get_settings


async def _main(args: argparse.Namespace) -> None:
    db = create_database(args.database_url or get_settings().database_url)
    try:
        if args.create_schema:
            async with db.engine.begin() as connection:
                await connection.run_sync(Base.metadata.create_all)
        for run in range(1, args.runs + 1):
            started = time.perf_counter()
            summary = await seed_demo(db.sessionmaker, today=args.today)
            elapsed = time.perf_counter() - started
            added = sum(summary.created.values())
            print(f"run {run}: {elapsed:.2f} s, {added} rows added")
        print(summary)
    finally:
        await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m aurixa.core.seed", description=__doc__)
    parser.add_argument("--database-url", help="defaults to DATABASE_URL")
    parser.add_argument("--today", type=date.fromisoformat, help="seed day (default: today)")
    parser.add_argument("--runs", type=int, default=1, help="repeat to time idempotent runs")
    parser.add_argument(
        "--create-schema", action="store_true", help="create missing tables first (scratch DBs)"
    )
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
