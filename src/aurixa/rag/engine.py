"""The per-tenant retrieval engine: BM25 + dense vectors, fused, reranked, compressed.

Pure and in-memory: the service layer feeds it chunks and vectors from the database and
keeps it in step with other processes; tests and evals drive it directly.

Changes are incremental. Adding or removing an article touches only its chunks: in the
vector store, and in BM25 as a small delta index beside the main bm25s matrix, with
tombstones for removed chunks (see aurixa.rag.bm25), merged in the background when the
delta grows. With the pgvector backend the dense ranking comes from the database and the
index keeps no vectors (`vector_backend="none"`); the service passes that ranking in.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from aurixa.rag.bm25 import Bm25Stats, IncrementalBM25, MainArrays
from aurixa.rag.compress import compress
from aurixa.rag.fusion import weighted_rrf
from aurixa.rag.rerank import Candidate, feature_matrix, rerank_order
from aurixa.rag.text import tokenize
from aurixa.rag.vectors import (
    ExactVectors,
    NoVectors,
    USearchVectors,
    VectorBackend,
    Vectors,
    VectorStore,
    make_vector_store,
)

Mode = Literal["bm25", "dense", "hybrid"]
MODES: tuple[Mode, ...] = ("bm25", "dense", "hybrid")


@dataclass(frozen=True, slots=True)
class ChunkRecord:
    chunk_id: str
    article_id: str
    title: str
    heading: str
    text: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    chunk_id: str
    title: str
    text: str
    snippet: str
    score: float
    heading: str = ""  # the chunk's heading path, "Billing and payments > Payment plans"


@dataclass(frozen=True, slots=True)
class RetrievalConfig:
    """Fusion and reranking parameters.

    The defaults were fitted by evals/rag_medquad.py on its tuning split (381 queries) and
    checked on the held-out 888: a small constant and more weight on the dense ranking;
    textbook RRF (k=60, equal weights) scores below dense search alone there. Reranker
    weights follow aurixa.rag.rerank.FEATURES (fused, dense, bm25, coverage, title),
    tuned again for each embedding model: on the int7 model BM25 weighs against a
    candidate once fusion has counted it (held-out MRR@10 0.920, against 0.914 with the
    int8 model's weights).
    """

    rrf_k: float = 5.0
    bm25_weight: float = 0.3
    dense_weight: float = 0.7
    candidates: int = 50
    rerank: bool = True
    rerank_depth: int = 20
    rerank_weights: tuple[float, ...] = (1.0, 0.5, -0.5, 1.0, 1.0)
    snippet_sentences: int = 2
    snippet_chars: int = 320


@dataclass(slots=True)
class _Entry:
    record: ChunkRecord
    tokens: list[str]
    title_terms: frozenset[str]


Ranking = tuple[list[int], dict[int, float]]
"""Slots best first, and each slot's score (BM25 score or cosine similarity)."""


@dataclass(frozen=True, slots=True)
class IndexStats:
    chunks: int
    articles: int
    vector_store: str
    bm25: Bm25Stats


VectorStoreKind = Literal["exact", "usearch", "none"]


@dataclass(frozen=True, slots=True)
class IndexState:
    """A tenant index as plain data (what a snapshot on disk holds), row-aligned on
    `slots`: the live chunks, their BM25 tokens and (exact store) vectors."""

    slots: npt.NDArray[np.int64]
    records: list[ChunkRecord]
    tokens: list[list[str]]
    vector_store: VectorStoreKind
    vectors: Vectors | None
    usearch_graph: bytes | None
    bm25_main: MainArrays | None
    # How many of the chunks hold each term (BM25's and the reranker's idf).
    df: Counter[str]


def store_kind(store: VectorStore) -> VectorStoreKind:
    if isinstance(store, USearchVectors):
        return "usearch"
    if isinstance(store, NoVectors):
        return "none"
    return "exact"


class TenantIndex:
    """Everything one tenant can retrieve, searchable in three modes."""

    def __init__(
        self,
        *,
        dim: int,
        config: RetrievalConfig | None = None,
        vector_backend: VectorBackend = "auto",
        expected_chunks: int = 0,
        bm25_background: bool = True,
    ) -> None:
        self.config = config or RetrievalConfig()
        self._vectors = make_vector_store(vector_backend, dim, expected_chunks)
        self._entries: dict[int, _Entry] = {}
        self._slot_of: dict[str, int] = {}
        self._article_slots: dict[str, list[int]] = {}
        self._free: list[int] = []
        self._next_slot = 0
        self._bm25 = IncrementalBM25(background=bm25_background)
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def article_ids(self) -> set[str]:
        return set(self._article_slots)

    def upsert_article(
        self, article_id: str, records: Sequence[ChunkRecord], vectors: Vectors
    ) -> None:
        """Replace everything indexed for `article_id` with `records` (row-aligned vectors)."""
        self.upsert_articles([(article_id, records, vectors)])

    def upsert_articles(self, items: Sequence[tuple[str, Sequence[ChunkRecord], Vectors]]) -> None:
        """Bulk `upsert_article`: one vector-store insertion, so an HNSW graph is built in
        one multi-threaded batch rather than article by article (index load at start-up)."""
        with self._lock:
            slot_parts: list[npt.NDArray[np.int64]] = []
            vector_parts: list[Vectors] = []
            for article_id, records, vectors in items:
                if len(records) != len(vectors):
                    raise ValueError("one vector per chunk is required")
                self.remove_article(article_id)
                slots = np.array([self._allocate() for _ in records], dtype=np.int64)
                for slot, record in zip(slots.tolist(), records, strict=True):
                    tokens = tokenize(f"{record.title}\n{record.heading}\n{record.text}")
                    title_terms = frozenset(tokenize(f"{record.title} {record.heading}"))
                    self._entries[slot] = _Entry(record, tokens, title_terms)
                    self._slot_of[record.chunk_id] = slot
                    self._bm25.add(slot, tokens)
                if len(records):
                    self._article_slots[article_id] = slots.tolist()
                    slot_parts.append(slots)
                    vector_parts.append(np.asarray(vectors, dtype=np.float32))
            if slot_parts:
                self._vectors.add(np.concatenate(slot_parts), np.vstack(vector_parts))

    def remove_article(self, article_id: str) -> None:
        with self._lock:
            slots = self._article_slots.pop(article_id, [])
            for slot in slots:
                entry = self._entries.pop(slot)
                del self._slot_of[entry.record.chunk_id]
                self._bm25.remove(slot)
                self._free.append(slot)
            if slots:
                self._vectors.remove(np.array(slots, dtype=np.int64))

    def _allocate(self) -> int:
        if self._free:
            return self._free.pop()
        self._next_slot += 1
        return self._next_slot - 1

    def idf(self, term: str) -> float:
        return self._bm25.idf(term)

    def refresh(self) -> None:
        """Merge the BM25 delta into its main index if it has outgrown the threshold
        (in the background once a main index exists; see aurixa.rag.bm25)."""
        self._bm25.refresh()

    def merge(self) -> None:
        """Fold every pending BM25 change into the main index now (tests, benchmarks)."""
        self._bm25.wait()
        self._bm25.merge()

    @property
    def vector_store(self) -> VectorStoreKind:
        return store_kind(self._vectors)

    @property
    def bm25_merges(self) -> int:
        return self._bm25.stats().merges

    @property
    def bm25_merging(self) -> bool:
        return self._bm25.stats().merging

    def export_state(self) -> IndexState:
        """A consistent copy of the index (references to immutable parts, copies of the
        mutable ones), taken under both locks so a background BM25 merge cannot swap its
        main index in between."""
        with self._lock, self._bm25._lock:
            items = sorted(self._entries.items())
            slots = np.fromiter((slot for slot, _ in items), dtype=np.int64, count=len(items))
            kind = self.vector_store
            vectors = self._vectors.rows(slots) if isinstance(self._vectors, ExactVectors) else None
            graph = self._vectors.to_bytes() if isinstance(self._vectors, USearchVectors) else None
            return IndexState(
                slots=slots,
                records=[entry.record for _, entry in items],
                tokens=[entry.tokens for _, entry in items],
                vector_store=kind,
                vectors=vectors,
                usearch_graph=graph,
                bm25_main=self._bm25.export_main(),
                df=self._bm25.document_frequencies(),
            )

    @classmethod
    def from_state(
        cls,
        state: IndexState,
        *,
        dim: int,
        config: RetrievalConfig | None = None,
        bm25_background: bool = True,
    ) -> TenantIndex:
        """The index `export_state` described, without tokenising or building anything
        but the title-term sets. Raises ValueError when
        the parts do not fit together (the document frequencies are checked against the
        token lists' vocabulary, not recounted)."""
        count = len(state.slots)
        if len(state.records) != count or len(state.tokens) != count:
            raise ValueError("snapshot rows are not aligned")
        if count and (int(state.slots.min()) < 0 or len(set(state.slots.tolist())) != count):
            raise ValueError("snapshot slots are not distinct")
        index = cls(dim=dim, config=config, vector_backend="none", bm25_background=bm25_background)
        if state.vector_store == "exact":
            if state.vectors is None or state.vectors.shape != (count, dim):
                raise ValueError("snapshot vectors do not match its chunks")
            store: VectorStore = ExactVectors(dim)
            store.add(state.slots, state.vectors)
            index._vectors = store
        elif state.vector_store == "usearch":
            if state.usearch_graph is None:
                raise ValueError("snapshot has no usearch graph")
            graph = USearchVectors.from_bytes(dim, state.usearch_graph)
            if len(graph) != count:
                raise ValueError("snapshot usearch graph does not match its chunks")
            index._vectors = graph
        title_terms: dict[tuple[str, str], frozenset[str]] = {}
        docs: dict[int, list[str]] = {}
        total_len = 0
        for slot, record, tokens in zip(
            state.slots.tolist(), state.records, state.tokens, strict=True
        ):
            key = (record.title, record.heading)
            terms = title_terms.get(key)
            if terms is None:
                terms = title_terms[key] = frozenset(tokenize(f"{record.title} {record.heading}"))
            index._entries[slot] = _Entry(record, tokens, terms)
            index._slot_of[record.chunk_id] = slot
            index._article_slots.setdefault(record.article_id, []).append(slot)
            docs[slot] = tokens
            total_len += len(tokens)
        if len(index._slot_of) != count:
            raise ValueError("snapshot repeats a chunk id")
        index._next_slot = int(state.slots.max()) + 1 if count else 0
        index._free = sorted(set(range(index._next_slot)) - set(docs), reverse=True)
        index._bm25.restore(docs, state.df, total_len, state.bm25_main)
        return index

    def stats(self) -> IndexStats:
        return IndexStats(
            chunks=len(self._entries),
            articles=len(self._article_slots),
            vector_store=type(self._vectors).__name__,
            bm25=self._bm25.stats(),
        )

    def bm25_scores(self, query_terms: Sequence[str]) -> dict[int, float]:
        """BM25 score of every chunk that shares a term with the query, by slot."""
        self._bm25.refresh()
        return self._bm25.scores(query_terms)

    def bm25_ranking(self, query_terms: Sequence[str], k: int) -> Ranking:
        scores = self.bm25_scores(query_terms)
        ranked = sorted(scores, key=lambda s: (-scores[s], s))[:k]
        return ranked, scores

    def slots_of(self, chunk_ids: Sequence[str]) -> list[int | None]:
        """Slots of chunk ids (None for a chunk this index does not hold)."""
        return [self._slot_of.get(c) for c in chunk_ids]

    def chunk_ids(self, slots: Sequence[int]) -> list[str]:
        return [self._entries[s].record.chunk_id for s in slots if s in self._entries]

    def dense_ranking(self, query_vector: Vectors, k: int) -> Ranking:
        slots, sims = self._vectors.search(np.asarray(query_vector, dtype=np.float32), k)
        return slots.tolist(), dict(zip(slots.tolist(), sims.tolist(), strict=True))

    def search(
        self,
        query: str,
        query_vector: Vectors | None,
        *,
        top_k: int = 5,
        mode: Mode = "hybrid",
        rerank: bool | None = None,
        lexical: Ranking | None = None,
        dense: Ranking | None = None,
    ) -> list[SearchHit]:
        """The `top_k` best chunks for `query`; `query_vector` is needed for dense/hybrid.

        `lexical` and `dense` are rankings computed elsewhere (the pgvector backend ranks
        in the database); a dense ranking passed in must carry the similarity of every
        lexical candidate too, since this index may hold no vectors.
        """
        with self._lock:
            terms = tokenize(query)
            ranked = self.rank(
                terms,
                query_vector,
                top_k=top_k,
                mode=mode,
                rerank=rerank,
                lexical=lexical,
                dense=dense,
            )
            return [self._hit(slot, score, terms) for slot, score in ranked]

    def rank(
        self,
        terms: Sequence[str],
        query_vector: Vectors | None,
        *,
        top_k: int,
        mode: Mode,
        rerank: bool | None = None,
        lexical: Ranking | None = None,
        dense: Ranking | None = None,
    ) -> list[tuple[int, float]]:
        """Ranked (slot, score) pairs; the step evals use to compare modes without snippets."""
        cfg = self.config
        if not self._entries or top_k <= 0:
            return []
        depth = max(cfg.candidates, top_k)
        # Rankings made outside the lock may name a chunk removed since.
        if lexical is not None:
            lexical = ([s for s in lexical[0] if s in self._entries], lexical[1])
        if dense is not None:
            dense = ([s for s in dense[0] if s in self._entries], dense[1])
        if mode == "bm25":
            ranked, scores = lexical or self.bm25_ranking(terms, top_k)
            return [(s, scores[s]) for s in ranked[:top_k]]
        if query_vector is None:
            raise ValueError(f"mode {mode!r} needs a query vector")
        dense_slots, sims = dense or self.dense_ranking(query_vector, depth)
        if mode == "dense":
            return [(s, sims[s]) for s in dense_slots[:top_k]]
        lexical_slots, bm25 = lexical or self.bm25_ranking(terms, depth)
        fused = weighted_rrf(
            [lexical_slots, dense_slots], [cfg.bm25_weight, cfg.dense_weight], cfg.rrf_k
        )
        if not (cfg.rerank if rerank is None else rerank):
            return fused[:top_k]
        return self._rerank(fused, terms, query_vector, bm25, sims, top_k)

    def _rerank(
        self,
        fused: list[tuple[int, float]],
        terms: Sequence[str],
        query_vector: Vectors,
        bm25: dict[int, float],
        sims: dict[int, float],
        top_k: int,
    ) -> list[tuple[int, float]]:
        head = fused[: max(self.config.rerank_depth, top_k)]
        features = self.features(head, terms, query_vector, bm25, sims)
        order = rerank_order(features, self.config.rerank_weights)
        reranked = [head[i] for i in order] + fused[len(head) :]
        return reranked[:top_k]

    def features(
        self,
        head: Sequence[tuple[int, float]],
        terms: Sequence[str],
        query_vector: Vectors,
        bm25: dict[int, float],
        sims: dict[int, float],
    ) -> npt.NDArray[np.float64]:
        """Reranker features of fused candidates (see aurixa.rag.rerank.FEATURES)."""
        candidates = []
        for slot, fused_score in head:
            entry = self._entries[slot]
            dense = sims.get(slot)
            if dense is None:
                dense = float(self._vector_of(slot) @ query_vector)
            candidates.append(
                Candidate(
                    fused=fused_score,
                    dense=dense,
                    bm25=bm25.get(slot, 0.0),
                    text_terms=frozenset(entry.tokens),
                    title_terms=entry.title_terms,
                )
            )
        return feature_matrix(candidates, terms, self.idf)

    def _vector_of(self, slot: int) -> Vectors:
        return self._vectors.get(slot)

    def record(self, slot: int) -> ChunkRecord:
        return self._entries[slot].record

    def _hit(self, slot: int, score: float, terms: Sequence[str]) -> SearchHit:
        record = self._entries[slot].record
        snippet = compress(
            record.text,
            terms,
            self.idf,
            max_sentences=self.config.snippet_sentences,
            max_chars=self.config.snippet_chars,
        )
        return SearchHit(
            article_id=record.article_id,
            chunk_id=record.chunk_id,
            title=record.title,
            text=record.text,
            snippet=snippet,
            score=float(score),
            heading=record.heading,
        )
