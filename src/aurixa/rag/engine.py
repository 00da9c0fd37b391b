"""The per-tenant retrieval engine: BM25 + dense vectors, fused, reranked, compressed.

Pure and in-memory: the service layer feeds it chunks and vectors from the database and
keeps it in step with other processes; tests and evals drive it directly.

Changes are incremental. Adding or removing an article touches only its chunks in the
vector store and the term statistics; the BM25 matrix (bm25s) is immutable, so it is
rebuilt lazily from the stored token lists at the next search after a change, which
re-tokenises nothing (100k chunks: see docs/rag.md).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from math import log
from typing import Literal

import bm25s
import numpy as np
import numpy.typing as npt

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


@dataclass(slots=True)
class _Bm25State:
    model: bm25s.BM25 | None = None
    slots: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


class TenantIndex:
    """Everything one tenant can retrieve, searchable in three modes."""

    def __init__(
        self,
        *,
        dim: int,
        config: RetrievalConfig | None = None,
        vector_backend: VectorBackend = "auto",
        expected_chunks: int = 0,
    ) -> None:
        self.config = config or RetrievalConfig()
        self._vectors = make_vector_store(vector_backend, dim, expected_chunks)
        self._entries: dict[int, _Entry] = {}
        self._slot_of: dict[str, int] = {}
        self._article_slots: dict[str, list[int]] = {}
        self._free: list[int] = []
        self._next_slot = 0
        self._df: Counter[str] = Counter()
        self._bm25 = _Bm25State()
        self._dirty = False
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
                    self._df.update(set(tokens))
                if len(records):
                    self._article_slots[article_id] = slots.tolist()
                    slot_parts.append(slots)
                    vector_parts.append(np.asarray(vectors, dtype=np.float32))
            if slot_parts:
                self._vectors.add(np.concatenate(slot_parts), np.vstack(vector_parts))
            self._dirty = True

    def remove_article(self, article_id: str) -> None:
        with self._lock:
            slots = self._article_slots.pop(article_id, [])
            for slot in slots:
                entry = self._entries.pop(slot)
                del self._slot_of[entry.record.chunk_id]
                self._df.subtract(set(entry.tokens))
                self._free.append(slot)
            if slots:
                self._df = +self._df
                self._vectors.remove(np.array(slots, dtype=np.int64))
                self._dirty = True

    def _allocate(self) -> int:
        if self._free:
            return self._free.pop()
        self._next_slot += 1
        return self._next_slot - 1

    def idf(self, term: str) -> float:
        df = self._df.get(term, 0)
        n = len(self._entries)
        return log(1.0 + (n - df + 0.5) / (df + 0.5))

    def refresh(self) -> None:
        """Rebuild the BM25 matrix if chunks changed since the last build."""
        with self._lock:
            if not self._dirty:
                return
            slots = np.array(sorted(self._entries), dtype=np.int64)
            model: bm25s.BM25 | None = None
            if len(slots):
                model = bm25s.BM25()
                model.index([self._entries[s].tokens for s in slots.tolist()], show_progress=False)
            self._bm25 = _Bm25State(model, slots)
            self._dirty = False

    def bm25_scores(self, query_terms: Sequence[str]) -> dict[int, float]:
        """BM25 score of every chunk that shares a term with the query, by slot."""
        self.refresh()
        state = self._bm25
        if state.model is None:
            return {}
        vocab = state.model.vocab_dict
        known = [t for t in query_terms if t in vocab]
        if not known:
            return {}
        scores = state.model.get_scores(known)
        hits = np.flatnonzero(scores > 0)
        return dict(zip(state.slots[hits].tolist(), scores[hits].tolist(), strict=True))

    def bm25_ranking(
        self, query_terms: Sequence[str], k: int
    ) -> tuple[list[int], dict[int, float]]:
        scores = self.bm25_scores(query_terms)
        ranked = sorted(scores, key=lambda s: (-scores[s], s))[:k]
        return ranked, scores

    def dense_ranking(self, query_vector: Vectors, k: int) -> tuple[list[int], dict[int, float]]:
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
    ) -> list[SearchHit]:
        """The `top_k` best chunks for `query`; `query_vector` is needed for dense/hybrid."""
        with self._lock:
            terms = tokenize(query)
            ranked = self.rank(terms, query_vector, top_k=top_k, mode=mode, rerank=rerank)
            return [self._hit(slot, score, terms) for slot, score in ranked]

    def rank(
        self,
        terms: Sequence[str],
        query_vector: Vectors | None,
        *,
        top_k: int,
        mode: Mode,
        rerank: bool | None = None,
    ) -> list[tuple[int, float]]:
        """Ranked (slot, score) pairs; the step evals use to compare modes without snippets."""
        cfg = self.config
        if not self._entries or top_k <= 0:
            return []
        if mode == "bm25":
            ranked, scores = self.bm25_ranking(terms, top_k)
            return [(s, scores[s]) for s in ranked]
        if query_vector is None:
            raise ValueError(f"mode {mode!r} needs a query vector")
        dense, sims = self.dense_ranking(query_vector, max(cfg.candidates, top_k))
        if mode == "dense":
            return [(s, sims[s]) for s in dense[:top_k]]
        lexical, bm25 = self.bm25_ranking(terms, max(cfg.candidates, top_k))
        fused = weighted_rrf([lexical, dense], [cfg.bm25_weight, cfg.dense_weight], cfg.rrf_k)
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
