"""The process's per-tenant indexes, kept in step with the database.

The database is the source of truth: articles, their chunks and the chunks' vectors.
Each process holds one `TenantIndex` per tenant, built from stored vectors (nothing is
re-embedded on start) and brought up to date before every search by replaying the
tenant's change log above the version it reflects. That check is one primary-key read,
so a write in any process is searchable at once in all of them, and only the changed
articles are reloaded. The same read returns how far the log was compacted
(`aurixa.rag.compaction`): an index older than that rebuilds from the database instead.

The dense backend is chosen once per registry from the database (`aurixa.rag.pgvector`):
with pgvector the tenant indexes keep no vectors (BM25 and chunk texts only) and dense
rankings come from an SQL query; otherwise vectors live in the in-process store.

With a snapshot folder, a tenant of at least `snapshot_min_chunks` chunks is written to
disk after every build of its BM25 main index (the first load, each background merge),
and a process loads that snapshot on first use and replays the log above its version
(aurixa.rag.snapshot). Anything wrong with it, or a version older than the compacted log,
means a rebuild from the database.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import numpy as np
import structlog
from sqlalchemy import bindparam, func, select
from sqlalchemy import null as sa_null
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.embeddings import Embedder, get_embedder, is_cached
from aurixa.core.tenancy import scoped
from aurixa.rag import pgvector, snapshot
from aurixa.rag.engine import ChunkRecord, RetrievalConfig, TenantIndex
from aurixa.rag.models import KnowledgeArticle, KnowledgeChange, KnowledgeChunk, KnowledgeIndexState
from aurixa.rag.pgvector import DenseBackend
from aurixa.rag.schemas import Bm25Segments, RetrievalStats
from aurixa.rag.vectors import VectorBackend, Vectors

FREEZE_AFTER_CHUNKS = 10_000
# Below this a rebuild from the database takes about a second: not worth a file.
SNAPSHOT_MIN_CHUNKS = 2_000

logger = structlog.get_logger(__name__)


def vector_to_bytes(vector: Vectors) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def vector_from_bytes(blob: bytes | None, dim: int) -> Vectors:
    if blob is None or len(blob) != 4 * dim:
        return np.zeros(dim, dtype=np.float32)
    return np.frombuffer(blob, dtype="<f4").astype(np.float32)


def embed_unique(embedder: Embedder, texts: Sequence[str]) -> Vectors:
    """Embed each distinct text once (boilerplate repeats across chunks and articles)."""
    distinct = list(dict.fromkeys(texts))
    vectors = embedder.embed(distinct)
    row = {text: i for i, text in enumerate(distinct)}
    return vectors[[row[t] for t in texts]] if texts else vectors


LoadedFrom = Literal["database", "snapshot"]


@dataclass
class _Loaded:
    index: TenantIndex
    version: int
    loaded_from: LoadedFrom = "database"
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # BM25 merges already on disk (-1: nothing written by this process yet).
    saved_merges: int = -1
    saving: asyncio.Task[None] | None = None


class KnowledgeIndexes:
    """Registry of loaded tenant indexes (on `app.state.rag_indexes`)."""

    def __init__(
        self,
        *,
        embedding_model: str,
        config: RetrievalConfig | None = None,
        vector_backend: VectorBackend = "auto",
        dense_backend: DenseBackend | None = None,
        snapshot_dir: Path | None = None,
        snapshot_min_chunks: int | None = None,
    ) -> None:
        self.embedding_model = embedding_model
        self.snapshot_dir = snapshot_dir
        self.snapshot_min_chunks = (
            SNAPSHOT_MIN_CHUNKS if snapshot_min_chunks is None else snapshot_min_chunks
        )
        # Counted for tests, benchmarks and the start-up log.
        self.database_loads = 0
        self.snapshot_loads = 0
        self.snapshots_written = 0
        self.config = config or RetrievalConfig()
        self.vector_backend = vector_backend
        # None: asked of the database at first use (`backend`).
        self.dense_backend: DenseBackend | None = dense_backend
        self.iterative_scan = True
        self._tenants: dict[str, _Loaded] = {}
        self._registry_lock = asyncio.Lock()
        self._embedder: Embedder | None = None

    async def backend(self, session: AsyncSession) -> DenseBackend:
        """pgvector where the database has it (and the migrated column), else in-process."""
        if self.dense_backend is None:
            backend = await pgvector.detect(session)
            if backend == "pgvector":
                self.iterative_scan = await pgvector.supports_iterative_scan(session)
            self.dense_backend = backend
        return self.dense_backend

    async def stats(self, session: AsyncSession, tenant_id: str) -> RetrievalStats:
        """What this process serves the tenant's search from (loaded and synchronised)."""
        index = await self.index_for(session, tenant_id)
        backend = await self.backend(session)
        stats = index.stats()
        return RetrievalStats(
            dense_backend=backend,
            vector_store="pgvector" if backend == "pgvector" else stats.vector_store,
            embedding_model=self.embedding_model,
            version=self._tenants[tenant_id].version,
            loaded_from=self._tenants[tenant_id].loaded_from,
            chunks=stats.chunks,
            articles=stats.articles,
            bm25=Bm25Segments(
                main=stats.bm25.main,
                delta=stats.bm25.delta,
                tombstones=stats.bm25.tombstones,
                merges=stats.bm25.merges,
                merging=stats.bm25.merging,
            ),
        )

    @property
    def embedder(self) -> Embedder:
        """Loaded on first use (~0.3 s), so services that never embed never pay for it."""
        if self._embedder is None:
            self._embedder = get_embedder(self.embedding_model)
        return self._embedder

    async def embed(self, texts: Sequence[str]) -> Vectors:
        """Embedding is CPU-bound: run it off the event loop, unless every vector is
        cached (a turn's query was embedded by the safety check)."""
        if is_cached(self.embedder, texts):
            return embed_unique(self.embedder, list(texts))
        return await asyncio.to_thread(embed_unique, self.embedder, list(texts))

    async def index_for(self, session: AsyncSession, tenant_id: str) -> TenantIndex:
        """The tenant's index, loaded on first use and synchronised with the database."""
        loaded = self._tenants.get(tenant_id)
        if loaded is None:
            async with self._registry_lock:
                loaded = self._tenants.get(tenant_id)
                if loaded is None:
                    loaded = await self._load_snapshot(session, tenant_id)
                    if loaded is None:
                        loaded = await self._load(session, tenant_id)
                    self._tenants[tenant_id] = loaded
                    self._save_if_merged(tenant_id, loaded)
                    return loaded.index
        await self._sync(session, tenant_id, loaded)
        self._save_if_merged(tenant_id, loaded)
        return loaded.index

    async def load_all(self, session: AsyncSession, tenant_ids: Iterable[str]) -> int:
        """Load the given tenants' indexes; returns the number of chunks loaded."""
        total = 0
        for tenant_id in tenant_ids:
            index = await self.index_for(session, tenant_id)
            total += len(index)
        return total

    async def _load_snapshot(self, session: AsyncSession, tenant_id: str) -> _Loaded | None:
        """The tenant's index from its snapshot, caught up with the database; None when
        there is no usable snapshot (the caller rebuilds)."""
        if self.snapshot_dir is None:
            return None
        in_database = await self.backend(session) == "pgvector"
        database_version, compacted_through = await current_state(session, tenant_id)
        try:
            version, index = await asyncio.to_thread(
                _restore,
                self.snapshot_dir,
                tenant_id,
                self.embedding_model,
                self.embedder.dim,
                self.config,
                in_database,
            )
        except snapshot.SnapshotError as error:
            if not isinstance(error.__cause__, FileNotFoundError):
                logger.warning("rag snapshot not used", tenant_id=tenant_id, reason=str(error))
            return None
        if version > database_version:
            # Newer than the database: a restored or different database. Rebuild.
            logger.warning("rag snapshot ahead of the database", tenant_id=tenant_id)
            return None
        if version < compacted_through:
            # The changes since it are gone from the log: it cannot catch up.
            logger.info("rag snapshot older than the compacted log", tenant_id=tenant_id)
            return None
        loaded = _Loaded(index, version, loaded_from="snapshot", saved_merges=0)
        await self._sync(session, tenant_id, loaded)
        if loaded.loaded_from == "database":
            # Compacted past it between the two reads: `_sync` rebuilt it.
            return loaded
        # A change made without the log (a raw bulk load) would leave the snapshot behind
        # for good; the count is one indexed read and catches it.
        if await _chunk_count(session, tenant_id) != len(index):
            logger.warning("rag snapshot disagrees with the database", tenant_id=tenant_id)
            return None
        self.snapshot_loads += 1
        self._freeze_if_large(index)
        return loaded

    async def _load(self, session: AsyncSession, tenant_id: str) -> _Loaded:
        in_database = await self.backend(session) == "pgvector"
        # Read the version before the chunks: a write landing in between is replayed later.
        version, _ = await current_state(session, tenant_id)
        records = await _chunk_rows(session, tenant_id, None, vectors=not in_database)
        index = TenantIndex(
            dim=self.embedder.dim,
            config=self.config,
            vector_backend="none" if in_database else self.vector_backend,
            expected_chunks=sum(len(chunks) for chunks in records.values()),
        )
        items = [(a, chunks, self._vectors(blobs)) for a, (chunks, blobs) in records.items()]
        await asyncio.to_thread(index.upsert_articles, items)
        await asyncio.to_thread(index.refresh)
        self.database_loads += 1
        self._freeze_if_large(index)
        return _Loaded(index, version)

    def _freeze_if_large(self, index: TenantIndex) -> None:
        if len(index) >= FREEZE_AFTER_CHUNKS:
            # A large index is hundreds of thousands of long-lived objects that every full
            # collection would walk (0.4 s at 100k chunks, landing inside some search).
            # Frozen objects are skipped by the cyclic collector; the chunks of a removed
            # article are acyclic, so reference counting still frees them. Collect first
            # so no garbage is frozen with them.
            gc.collect()
            gc.freeze()

    # --- snapshots

    def _save_if_merged(self, tenant_id: str, loaded: _Loaded) -> None:
        """Start writing a snapshot when the BM25 main index was rebuilt since the last
        one and the tenant is large enough; never waits for the write."""
        if self.snapshot_dir is None or len(loaded.index) < self.snapshot_min_chunks:
            return
        if loaded.saving is not None and not loaded.saving.done():
            return
        merges = loaded.index.bm25_merges
        if merges == loaded.saved_merges or loaded.index.bm25_merging:
            return
        loaded.saving = asyncio.create_task(self._save(tenant_id, loaded, merges))

    async def _save(self, tenant_id: str, loaded: _Loaded, merges: int) -> None:
        assert self.snapshot_dir is not None
        # The version first: the copy taken after it may be newer, never older.
        version = loaded.version
        meta = snapshot.SnapshotMeta(
            tenant_id=tenant_id,
            version=version,
            embedding_model=self.embedding_model,
            dim=self.embedder.dim,
            vector_store=loaded.index.vector_store,
            chunks=0,
        )
        root = self.snapshot_dir

        def export_and_write() -> None:
            state = loaded.index.export_state()
            snapshot.write(root, replace(meta, chunks=len(state.slots)), state)

        try:
            await asyncio.to_thread(export_and_write)
        except Exception:
            # Searches are unaffected; the next merge tries again.
            logger.exception("rag snapshot write failed", tenant_id=tenant_id)
            return
        loaded.saved_merges = merges
        self.snapshots_written += 1
        logger.info("rag snapshot written", tenant_id=tenant_id, version=version)

    async def save_snapshots(self) -> None:
        """Wait for snapshot writes in flight (tests, benchmarks, shutdown)."""
        tasks = [t.saving for t in self._tenants.values() if t.saving is not None]
        await asyncio.gather(*tasks, return_exceptions=True)

    def loaded_from(self, tenant_id: str) -> LoadedFrom | None:
        loaded = self._tenants.get(tenant_id)
        return None if loaded is None else loaded.loaded_from

    async def _sync(self, session: AsyncSession, tenant_id: str, loaded: _Loaded) -> None:
        version, compacted_through = await current_state(session, tenant_id)
        if version <= loaded.version:
            return
        async with loaded.lock:
            if version <= loaded.version:
                return
            if loaded.version < compacted_through:
                await self._rebuild(session, tenant_id, loaded)
                return
            changed = await session.scalars(
                scoped(
                    select(KnowledgeChange.article_id).distinct(), KnowledgeChange, tenant_id
                ).where(KnowledgeChange.version > loaded.version)
            )
            article_ids = list(changed)
            # The log may have been compacted past this index after the first read (each
            # statement sees the latest commit on PostgreSQL): then the rows read may
            # miss some. Compaction deletes and advances the point in one commit, so a
            # point still at or below the index's version means nothing was missed.
            _, compacted_through = await current_state(session, tenant_id)
            if loaded.version < compacted_through:
                await self._rebuild(session, tenant_id, loaded)
                return
            in_database = self.dense_backend == "pgvector"
            records = await _chunk_rows(session, tenant_id, article_ids, vectors=not in_database)
            for article_id in article_ids:
                if article_id in records:
                    chunks, vectors = records[article_id]
                    loaded.index.upsert_article(article_id, chunks, self._vectors(vectors))
                else:
                    loaded.index.remove_article(article_id)
            loaded.version = version
            # A BM25 merge, if due, runs in the background: the search does not wait for it.
            await asyncio.to_thread(loaded.index.refresh)

    async def _rebuild(self, session: AsyncSession, tenant_id: str, loaded: _Loaded) -> None:
        """Replace the index with one built from the database, in place: the log no
        longer holds every change since its version."""
        logger.info("rag index older than the compacted log: rebuilt", tenant_id=tenant_id)
        fresh = await self._load(session, tenant_id)
        # A search already running keeps the old index object; the next one gets this.
        loaded.index, loaded.version = fresh.index, fresh.version
        loaded.loaded_from = "database"
        # Whatever snapshot exists is at least as old: write this one.
        loaded.saved_merges = -1

    def _vectors(self, blobs: Sequence[bytes | None]) -> Vectors:
        dim = self.embedder.dim
        if not blobs or self.dense_backend == "pgvector":
            # The pgvector index keeps no vectors in process: zero rows stand for them.
            return np.zeros((len(blobs), dim), dtype=np.float32)
        return np.vstack([vector_from_bytes(b, dim) for b in blobs])


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Restoring 100k chunks allocates a million long-lived objects; the cyclic collector
    would walk the growing heap again and again (3 of the 5 s of a 100k-chunk load). The
    objects are acyclic and frozen afterwards (`_freeze_if_large`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _restore(
    root: Path,
    tenant_id: str,
    embedding_model: str,
    dim: int,
    config: RetrievalConfig,
    in_database: bool,
) -> tuple[int, TenantIndex]:
    """The snapshot's version and index (in a worker thread); SnapshotError when it is
    unusable for this tenant, model or dense backend."""
    with _cyclic_gc_paused():
        found = snapshot.read(root, tenant_id, embedding_model=embedding_model, dim=dim)
        kind = found.state.vector_store
        if (kind == "none") != in_database:
            raise snapshot.SnapshotError(f"snapshot of another dense backend ({kind})")
        try:
            index = TenantIndex.from_state(found.state, dim=dim, config=config)
        except Exception as error:
            raise snapshot.SnapshotError(f"inconsistent snapshot: {error!r}") from error
        return found.meta.version, index


async def _chunk_count(session: AsyncSession, tenant_id: str) -> int:
    count = await session.scalar(
        scoped(select(func.count()).select_from(KnowledgeChunk), KnowledgeChunk, tenant_id)
    )
    return int(count or 0)


# Built once: every search asks, and building the statement cost as much CPU as
# running it.
_CURRENT_STATE = scoped(
    select(KnowledgeIndexState.version, KnowledgeIndexState.compacted_through),
    KnowledgeIndexState,
    bindparam("tenant_id"),
)


async def current_state(session: AsyncSession, tenant_id: str) -> tuple[int, int]:
    """The tenant's knowledge version and how far its change log was compacted (0, 0
    before its first write), in one primary-key read."""
    row = (await session.execute(_CURRENT_STATE, {"tenant_id": tenant_id})).first()
    if row is None:
        return 0, 0
    return int(row[0]), int(row[1])


async def _chunk_rows(
    session: AsyncSession,
    tenant_id: str,
    article_ids: Sequence[str] | None,
    *,
    vectors: bool = True,
) -> dict[str, tuple[list[ChunkRecord], list[bytes | None]]]:
    """Chunks (and stored vectors, unless `vectors` is false) of the tenant's articles,
    grouped by article."""
    embedding = KnowledgeChunk.embedding if vectors else sa_null().label("embedding")
    statement = select(
        KnowledgeChunk.id,
        KnowledgeChunk.article_id,
        KnowledgeChunk.heading,
        KnowledgeChunk.text,
        KnowledgeChunk.position,
        embedding,
        KnowledgeArticle.title,
    ).join(KnowledgeArticle, KnowledgeArticle.id == KnowledgeChunk.article_id)
    if article_ids is None:
        statement = scoped(statement, KnowledgeChunk, tenant_id)
    else:
        if not article_ids:
            return {}
        # Scoped on the article (a chunk always has its article's tenant): with the tenant
        # filter on the chunks, SQLite read them through the tenant index, all 100k of a
        # large tenant, to reload one article's four.
        statement = scoped(statement, KnowledgeArticle, tenant_id).where(
            KnowledgeChunk.article_id.in_(article_ids)
        )
    statement = statement.order_by(KnowledgeChunk.article_id, KnowledgeChunk.position)
    grouped: dict[str, tuple[list[ChunkRecord], list[bytes | None]]] = {}
    for chunk in await session.execute(statement):
        records, blobs = grouped.setdefault(chunk.article_id, ([], []))
        records.append(
            ChunkRecord(
                chunk_id=chunk.id,
                article_id=chunk.article_id,
                title=chunk.title,
                heading=chunk.heading or "",
                text=chunk.text,
                position=chunk.position,
            )
        )
        blobs.append(chunk.embedding)
    return grouped
