"""Incremental BM25: a main bm25s index, a small delta of recent chunks, and tombstones.

bm25s builds an immutable sparse matrix whose entries are `idf(t) * tfc(t, d)` with the
idf and average document length of the corpus it was built on. Rebuilding it after every
write costs seconds at 100k chunks, so a write only touches a delta: new chunks go to a
small in-memory inverted index, removed chunks of the main index become tombstones. A
search scores both with one formula (Lucene BM25, as bm25s computes it):

    score(d) = sum over query terms t of  idf(t) * tf / (tf + k1 * (1 - b + b * |d| / avgdl))

- `idf(t)` is always the *current* corpus's (live chunks of main and delta together): a
  main-index entry is rescaled by `idf_now(t) / idf_main(t)`, where `idf_main` is
  recomputed from the main index's own document frequency of `t` (its posting length);
  delta entries are scored with `idf_now` directly. So a term that became common or rare
  since the main build is weighted as a full rebuild would weight it.
- `avgdl` is the main index's, for delta chunks too, so both sides share one length
  normalisation. A full rebuild would use the current average, which differs only by the
  drift the delta introduced (bounded by the merge threshold).

When the delta and tombstones outgrow `merge_min` or `merge_ratio` of the main index, the
main index is rebuilt from the live chunks in a background thread; searches meanwhile use
the old main index and delta, and changes made during the build are carried over when the
new index is swapped in.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from math import log

import bm25s
import numpy as np
import numpy.typing as npt
import structlog

logger = structlog.get_logger(__name__)

K1 = 1.5
B = 0.75


def lucene_idf(df: int, n: int) -> float:
    return log(1.0 + (n - df + 0.5) / (df + 0.5))


@dataclass(frozen=True, slots=True)
class _Main:
    model: bm25s.BM25
    slots: npt.NDArray[np.int64]
    # The token list each row was built from: a slot whose list is no longer the live one
    # was removed (and perhaps reused) since the build.
    docs: tuple[list[str], ...]
    row_of: dict[int, int]
    n: int
    avgdl: float


@dataclass(frozen=True, slots=True)
class MainArrays:
    """The main index as plain arrays, for a snapshot on disk (aurixa.rag.snapshot)."""

    data: npt.NDArray[np.float32]
    indices: npt.NDArray[np.int32]
    indptr: npt.NDArray[np.int64]
    vocab: dict[str, int]
    slots: npt.NDArray[np.int64]
    # Rows still holding their slot's live tokens; the others are tombstones.
    alive: npt.NDArray[np.bool_]
    n: int
    avgdl: float


@dataclass(frozen=True, slots=True)
class Bm25Stats:
    main: int
    delta: int
    tombstones: int
    merges: int
    merging: bool


class IncrementalBM25:
    """BM25 scores over a changing set of token lists, each under an integer slot."""

    def __init__(
        self, *, merge_min: int = 1000, merge_ratio: float = 0.02, background: bool = True
    ) -> None:
        self.merge_min = merge_min
        self.merge_ratio = merge_ratio
        self.background = background
        self._docs: dict[int, list[str]] = {}
        self._df: Counter[str] = Counter()
        self._total_len = 0
        self._main: _Main | None = None
        self._alive: npt.NDArray[np.bool_] = np.zeros(0, dtype=bool)
        self._tombstones = 0
        self._delta: dict[int, Counter[str]] = {}
        # Delta chunks not yet in the postings: indexed at the next search, so a bulk load
        # that is merged before any search never builds postings it would throw away.
        self._pending: set[int] = set()
        self._postings: dict[str, dict[int, int]] = {}
        self._merges = 0
        self._merge_thread: threading.Thread | None = None
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._docs)

    # --- document frequencies of the live corpus (also the reranker's and snippets' idf)

    def idf(self, term: str) -> float:
        return lucene_idf(self._df.get(term, 0), len(self._docs))

    def df(self, term: str) -> int:
        return self._df.get(term, 0)

    # --- changes

    def add(self, slot: int, tokens: list[str]) -> None:
        """Index `tokens` under `slot` (replacing what the slot held)."""
        with self._lock:
            self.remove(slot)
            self._docs[slot] = tokens
            self._total_len += len(tokens)
            self._df.update(set(tokens))
            self._pending.add(slot)

    def remove(self, slot: int) -> None:
        with self._lock:
            tokens = self._docs.pop(slot, None)
            if tokens is None:
                return
            self._total_len -= len(tokens)
            for term in set(tokens):
                left = self._df[term] - 1
                if left:
                    self._df[term] = left
                else:
                    del self._df[term]
            self._pending.discard(slot)
            if slot in self._delta:
                self._drop_delta(slot)
            main = self._main
            if main is not None:
                row = main.row_of.get(slot)
                if row is not None and self._alive[row]:
                    self._alive[row] = False
                    self._tombstones += 1

    def _index_pending(self) -> None:
        for slot in self._pending:
            self._add_delta(slot, self._docs[slot])
        self._pending.clear()

    def _add_delta(self, slot: int, tokens: list[str]) -> None:
        counts = Counter(tokens)
        self._delta[slot] = counts
        for term, tf in counts.items():
            self._postings.setdefault(term, {})[slot] = tf

    def _drop_delta(self, slot: int) -> None:
        for term in self._delta.pop(slot):
            posting = self._postings[term]
            del posting[slot]
            if not posting:
                del self._postings[term]

    # --- search

    def scores(self, terms: Sequence[str]) -> dict[int, float]:
        """BM25 score of every live slot sharing a term with the query (repeated terms
        count as often as they occur, as in bm25s)."""
        with self._lock:
            if not self._docs:
                return {}
            self._index_pending()
            weights = Counter(terms)
            n = len(self._docs)
            main = self._main
            avgdl = main.avgdl if main is not None else self._total_len / n
            out: dict[int, float] = {}
            if main is not None:
                out.update(self._main_scores(main, weights, n))
            norm = K1 * (1 - B)
            per_len = K1 * B / max(avgdl, 1e-9)
            for term, times in weights.items():
                posting = self._postings.get(term)
                if not posting:
                    continue
                idf = times * lucene_idf(self._df[term], n)
                for slot, tf in posting.items():
                    length = len(self._docs[slot])
                    score = idf * tf / (tf + norm + per_len * length)
                    out[slot] = out.get(slot, 0.0) + score
            return out

    def _main_scores(self, main: _Main, weights: Counter[str], n: int) -> dict[int, float]:
        vocab = main.model.vocab_dict
        indptr = main.model.scores["indptr"]
        total: npt.NDArray[np.float32] | None = None
        for term, times in weights.items():
            token_id = vocab.get(term)
            if token_id is None or term not in self._df:
                continue
            df_main = int(indptr[token_id + 1] - indptr[token_id])
            if df_main == 0:
                continue
            scale = times * lucene_idf(self._df[term], n) / lucene_idf(df_main, main.n)
            part = main.model.get_scores_from_ids([token_id]) * np.float32(scale)
            total = part if total is None else total + part
        if total is None:
            return {}
        if self._tombstones:
            total[~self._alive] = 0.0
        hits = np.flatnonzero(total > 0)
        return dict(zip(main.slots[hits].tolist(), total[hits].tolist(), strict=True))

    # --- snapshots

    def document_frequencies(self) -> Counter[str]:
        with self._lock:
            return Counter(self._df)

    def export_main(self) -> MainArrays | None:
        """The main index and its tombstones (call with the caller's lock on the docs)."""
        with self._lock:
            main = self._main
            if main is None:
                return None
            scores = main.model.scores
            return MainArrays(
                data=np.asarray(scores["data"], dtype=np.float32),
                indices=np.asarray(scores["indices"], dtype=np.int32),
                indptr=np.asarray(scores["indptr"], dtype=np.int64),
                vocab=dict(main.model.vocab_dict),
                slots=main.slots.copy(),
                alive=self._alive.copy(),
                n=main.n,
                avgdl=main.avgdl,
            )

    def restore(
        self,
        docs: dict[int, list[str]],
        df: Counter[str],
        total_len: int,
        main: MainArrays | None,
    ) -> None:
        """Replace the whole state with a snapshot's: the live token lists (with their
        document frequencies and total length, computed by the loader) and the main index.
        Live slots that the main index does not hold alive go to the delta. Raises
        ValueError when the arrays do not fit together."""
        restored = None if main is None else _restored_main(main, docs)
        with self._lock:
            self._docs = docs
            self._df = df
            self._total_len = total_len
            self._main = restored
            covered: set[int] = set()
            if main is not None:
                self._alive = main.alive.copy()
                covered = set(main.slots[main.alive].tolist())
            else:
                self._alive = np.zeros(0, dtype=bool)
            self._tombstones = int((~self._alive).sum())
            self._delta.clear()
            self._postings.clear()
            self._pending = {slot for slot in docs if slot not in covered}

    # --- merging

    def stats(self) -> Bm25Stats:
        with self._lock:
            main = 0 if self._main is None else len(self._main.slots)
            merging = self._merge_thread is not None and self._merge_thread.is_alive()
            delta = len(self._delta) + len(self._pending)
            return Bm25Stats(main, delta, self._tombstones, self._merges, merging)

    def needs_merge(self) -> bool:
        main = 0 if self._main is None else len(self._main.slots)
        pending = len(self._delta) + len(self._pending) + self._tombstones
        return pending > 0 and pending > max(self.merge_min, self.merge_ratio * main)

    def refresh(self) -> None:
        """Merge the delta into the main index if it has grown past the threshold.

        With no main index yet, or a delta larger than it (a first load), the build runs
        here: scoring a large delta in Python would be slower than waiting for it.
        Otherwise it runs in a background thread (when `background` is set).
        """
        with self._lock:
            if not self.needs_merge():
                return
            if self._merge_thread is not None and self._merge_thread.is_alive():
                return
            main = 0 if self._main is None else len(self._main.slots)
            if not self.background or len(self._delta) + len(self._pending) >= main:
                self.merge()
                return
            self._merge_thread = threading.Thread(
                target=self._merge_in_background, name="bm25-merge", daemon=True
            )
            self._merge_thread.start()

    def merge(self) -> None:
        """Rebuild the main index from the live chunks and empty the delta."""
        with self._lock:
            snapshot = list(self._docs.items())
        main = _build(snapshot) if snapshot else None
        with self._lock:
            self._swap(main)

    def _merge_in_background(self) -> None:
        try:
            self.merge()
        except Exception:
            # The old main index and the delta still answer correctly; the next refresh
            # tries again.
            logger.exception("bm25 merge failed")

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background merge (tests and benchmarks)."""
        thread = self._merge_thread
        if thread is not None:
            thread.join(timeout)

    def _swap(self, main: _Main | None) -> None:
        alive = np.zeros(0 if main is None else len(main.slots), dtype=bool)
        covered: set[int] = set()
        if main is not None:
            # Rows whose chunk changed while the index was built stay dead; their slots'
            # current chunks (if any) stay in the delta.
            for row, (slot, tokens) in enumerate(zip(main.slots.tolist(), main.docs, strict=True)):
                if self._docs.get(slot) is tokens:
                    alive[row] = True
                    covered.add(slot)
        self._main = main
        self._alive = alive
        self._tombstones = int((~alive).sum())
        self._delta.clear()
        self._postings.clear()
        self._pending = {slot for slot in self._docs if slot not in covered}
        self._merges += 1


def _build(snapshot: Sequence[tuple[int, list[str]]]) -> _Main:
    docs = tuple(tokens for _, tokens in snapshot)
    model = bm25s.BM25(k1=K1, b=B, method="lucene")
    model.index(list(docs), show_progress=False)
    slots = np.array([slot for slot, _ in snapshot], dtype=np.int64)
    lengths = np.fromiter((len(d) for d in docs), dtype=np.float64, count=len(docs))
    return _Main(
        model=model,
        slots=slots,
        docs=docs,
        row_of={slot: row for row, slot in enumerate(slots.tolist())},
        n=len(docs),
        avgdl=float(lengths.mean()) if len(docs) else 1.0,
    )


def _restored_main(arrays: MainArrays, docs: dict[int, list[str]]) -> _Main:
    rows = len(arrays.slots)
    vocab_size = len(arrays.indptr) - 1
    # bm25s adds an empty-string entry to its vocabulary with no column in the matrix.
    vocab = {term: i for term, i in arrays.vocab.items() if 0 <= i < vocab_size}
    if (
        arrays.n != rows
        or len(arrays.alive) != rows
        or vocab_size < 0
        or len(vocab) != vocab_size
        or len(set(vocab.values())) != vocab_size
        or int(arrays.indptr[-1]) != len(arrays.data)
        or len(arrays.indices) != len(arrays.data)
        or (len(arrays.indices) and int(arrays.indices.max()) >= rows)
        or any(slot not in docs for slot in arrays.slots[arrays.alive].tolist())
    ):
        raise ValueError("bm25 main index arrays do not fit together")
    model = bm25s.BM25(k1=K1, b=B, method="lucene")
    model.vocab_dict = vocab
    model.unique_token_ids_set = set(vocab.values())
    model.nonoccurrence_array = None
    model.scores = {
        "data": arrays.data,
        "indices": arrays.indices,
        "indptr": arrays.indptr,
        "num_docs": rows,
    }
    return _Main(
        model=model,
        slots=arrays.slots,
        # Only a fresh build's swap reads the token lists of its rows; a restored index
        # was swapped in by the process that built it.
        docs=(),
        row_of={slot: row for row, slot in enumerate(arrays.slots.tolist())},
        n=rows,
        avgdl=arrays.avgdl,
    )
