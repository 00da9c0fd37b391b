"""In-process vector stores for one tenant: exact (numpy) and approximate (usearch HNSW).

Both keep vectors under integer slots assigned by the tenant index and support adding
and removing single slots, so a changed article costs only its own chunks. The exact
store is a matrix product over contiguous float32 rows (a few ms at 100k chunks on two
cores); usearch answers in well under a millisecond at the cost of a build and a little
recall. `make_vector_store("auto")` picks by size: usearch only above 250k chunks,
because building its graph dominated start-up at 100k (bench/rag_latency.py measures both).
`"none"` keeps no vectors: with pgvector the database ranks them.
"""

from __future__ import annotations

import contextlib
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
Slots = npt.NDArray[np.int64]
VectorBackend = Literal["auto", "exact", "usearch", "none"]

AUTO_USEARCH_THRESHOLD = 250_000


class VectorStore(Protocol):
    def add(self, slots: Slots, vectors: Vectors) -> None: ...

    def remove(self, slots: Slots) -> None: ...

    def get(self, slot: int) -> Vectors: ...

    def search(self, query: Vectors, k: int) -> tuple[Slots, Vectors]:
        """The `k` nearest slots to `query` (1-d), best first, with cosine similarities."""
        ...

    def __len__(self) -> int: ...


class ExactVectors:
    """Brute-force cosine search over a growable matrix; exact and allocation-light."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._matrix: Vectors = np.zeros((0, dim), dtype=np.float32)
        self._alive = np.zeros(0, dtype=bool)
        self._count = 0

    def _grow(self, size: int) -> None:
        if size <= len(self._alive):
            return
        capacity = max(size, 2 * len(self._alive), 1024)
        matrix = np.zeros((capacity, self.dim), dtype=np.float32)
        matrix[: len(self._matrix)] = self._matrix
        alive = np.zeros(capacity, dtype=bool)
        alive[: len(self._alive)] = self._alive
        self._matrix, self._alive = matrix, alive

    def add(self, slots: Slots, vectors: Vectors) -> None:
        if len(slots) == 0:
            return
        self._grow(int(slots.max()) + 1)
        self._count += int((~self._alive[slots]).sum())
        self._matrix[slots] = vectors
        self._alive[slots] = True

    def remove(self, slots: Slots) -> None:
        slots = slots[slots < len(self._alive)]
        self._count -= int(self._alive[slots].sum())
        self._alive[slots] = False
        self._matrix[slots] = 0.0

    def get(self, slot: int) -> Vectors:
        row: Vectors = self._matrix[slot]
        return row

    def rows(self, slots: Slots) -> Vectors:
        """A copy of the vectors of `slots` (a snapshot's)."""
        rows: Vectors = self._matrix[slots].copy()
        return rows

    def search(self, query: Vectors, k: int) -> tuple[Slots, Vectors]:
        if self._count == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self._matrix @ query
        scores[~self._alive] = -np.inf
        k = min(k, self._count)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return top.astype(np.int64), scores[top].astype(np.float32)

    def __len__(self) -> int:
        return self._count


class USearchVectors:
    """HNSW graph (usearch) keyed by slot; removals are native, no rebuild."""

    def __init__(self, dim: int) -> None:
        _import_usearch()
        from usearch.index import Index

        self.dim = dim
        self._index = Index(ndim=dim, metric="cos", dtype="f32", connectivity=16)

    def add(self, slots: Slots, vectors: Vectors) -> None:
        if len(slots) == 0:
            return
        present = np.array([s for s in slots.tolist() if s in self._index], dtype=np.int64)
        if len(present):
            self._index.remove(present)
        self._index.add(slots, np.ascontiguousarray(vectors, dtype=np.float32))

    def remove(self, slots: Slots) -> None:
        if len(slots):
            self._index.remove(slots)

    def get(self, slot: int) -> Vectors:
        return np.asarray(self._index.get(slot), dtype=np.float32)

    def to_bytes(self) -> bytes:
        """The whole graph serialised (a snapshot's): restoring it skips the build."""
        blob = self._index.save()
        if blob is None:
            raise RuntimeError("usearch returned no buffer")
        return bytes(blob)

    @classmethod
    def from_bytes(cls, dim: int, blob: bytes) -> USearchVectors:
        _import_usearch()
        from usearch.index import Index

        restored = Index.restore(blob)
        if restored is None or restored.ndim != dim:
            raise ValueError("usearch graph missing or of another dimension")
        store = cls(dim)
        store._index = restored
        return store

    def search(self, query: Vectors, k: int) -> tuple[Slots, Vectors]:
        if len(self._index) == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        matches = self._index.search(query, min(k, len(self._index)))
        # usearch reports cosine distance; the rest of the pipeline reasons in similarity.
        return matches.keys.astype(np.int64), (1.0 - matches.distances).astype(np.float32)

    def __len__(self) -> int:
        return len(self._index)


def _import_usearch() -> None:
    """Import onnxruntime (the embedder's runtime) before usearch: in the other order the
    process dies with a segmentation fault when onnxruntime loads (usearch 2.26 with its
    numkong kernels, onnxruntime 1.32), which a snapshot restore before the first
    embedding would otherwise trigger."""
    with contextlib.suppress(ImportError):
        import onnxruntime  # noqa: F401


class NoVectors:
    """No vectors in process: the pgvector backend ranks in the database and hands the
    engine its ranking and similarities."""

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def add(self, slots: Slots, vectors: Vectors) -> None:
        return None

    def remove(self, slots: Slots) -> None:
        return None

    def get(self, slot: int) -> Vectors:
        return np.zeros(self.dim, dtype=np.float32)

    def search(self, query: Vectors, k: int) -> tuple[Slots, Vectors]:
        raise RuntimeError("this index keeps no vectors: the dense ranking comes from pgvector")

    def __len__(self) -> int:
        return 0


def make_vector_store(backend: VectorBackend, dim: int, expected: int = 0) -> VectorStore:
    if backend == "none":
        return NoVectors(dim)
    if backend == "usearch" or (backend == "auto" and expected >= AUTO_USEARCH_THRESHOLD):
        return USearchVectors(dim)
    return ExactVectors(dim)
