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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from aurixa.rag.bm25 import Bm25Stats, IncrementalBM25
from aurixa.rag.compress import compress
from aurixa.rag.fusion import weighted_rrf
from aurixa.rag.rerank import Candidate, feature_matrix, rerank_order
from aurixa.rag.text import tokenize
from aurixa.rag.vectors import VectorBackend, Vectors, make_vector_store

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


@dataclass(frozen=True, slots=True)
class RetrievalConfig:
    """Fusion and reranking parameters.

    The defaults were fitted by evals/rag_medquad.py on its tuning split (381 queries) and
    checked on the held-out 888: a small constant and more weight on the dense ranking;
    textbook RRF (k=60, equal weights) scores below dense search alone there. Reranker
    weights follow aurixa.rag.rerank.FEATURES (fused, dense, bm25, coverage, title).
    """

    rrf_k: float = 5.0
    bm25_weight: float = 0.3
    dense_weight: float = 0.7
    candidates: int = 50
    rerank: bool = True
    rerank_depth: int = 20
    rerank_weights: tuple[float, ...] = (1.0, 1.0, 0.0, 0.25, 1.0)
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
        )
