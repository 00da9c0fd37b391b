"""Tenant index snapshots on disk, so a restart loads instead of rebuilding.

Rebuilding a 100k-chunk tenant from the database (read every chunk and vector, tokenise,
build the BM25 matrix) took 24-41 s per process start. A snapshot holds what that work
produced: the live chunks with their BM25 token ids, the bm25s main matrix with its
tombstones, the vectors (exact store) or the serialised HNSW graph (usearch), and the
knowledge version the index reflected. A process that finds one loads it and replays only
the change log above that version (the path every search already takes).

One file per tenant, `<data dir>/indexes/<tenant id>/index.npz`: an uncompressed NumPy
zip, read with `allow_pickle=False` (nothing in it can run code). It is written under a
unique temporary name in the same folder and renamed over the old one, so a reader (in
this or another process sharing the data dir) sees the old file or the new one, never a
half-written one, and two writers never write the same file; the last rename wins, and
either snapshot is correct because replaying the log from an older version converges on
the database. Each zip member carries a CRC-32 that is checked as it is read, so a
damaged file fails to load (and the caller rebuilds from the database) instead of loading
wrong scores. The version recorded is read before the index is copied, so the copy may be
newer than its label but never older: replaying an already-applied change is harmless.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from aurixa.rag.bm25 import MainArrays
from aurixa.rag.engine import ChunkRecord, IndexState, VectorStoreKind

# Bump when the file layout or the tokeniser changes: an older snapshot is then rebuilt.
FORMAT_VERSION = 1
FILE_NAME = "index.npz"
_TEMP_PREFIX = ".tmp-"
# A temporary file this old was left by a writer that died.
_STALE_TEMP_SECONDS = 3600.0
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class SnapshotError(Exception):
    """The snapshot is missing, damaged or made for other settings: rebuild instead."""


@dataclass(frozen=True, slots=True)
class SnapshotMeta:
    tenant_id: str
    version: int
    embedding_model: str
    dim: int
    vector_store: VectorStoreKind
    chunks: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    meta: SnapshotMeta
    state: IndexState


def snapshot_path(root: Path, tenant_id: str) -> Path:
    """Where the tenant's snapshot lives; a tenant id that is not a plain identifier
    (tenant ids are UUIDs) is refused rather than allowed to name another folder."""
    if not _SAFE_ID.fullmatch(tenant_id):
        raise SnapshotError(f"tenant id {tenant_id!r} cannot name a folder")
    return root / tenant_id / FILE_NAME


def _json_array(value: Any) -> npt.NDArray[np.uint8]:
    return np.frombuffer(json.dumps(value, separators=(",", ":")).encode(), dtype=np.uint8)


def _json_value(array: npt.NDArray[Any]) -> Any:
    if array.dtype != np.uint8 or array.ndim != 1:
        raise SnapshotError("expected a JSON byte array")
    return json.loads(array.tobytes().decode())


def write(root: Path, meta: SnapshotMeta, state: IndexState) -> Path:
    """Write the snapshot atomically; returns its path."""
    path = snapshot_path(root, meta.tenant_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path.parent)
    vocab: dict[str, int] = {}
    ids: list[int] = []
    offsets = np.zeros(len(state.tokens) + 1, dtype=np.int64)
    for row, tokens in enumerate(state.tokens):
        # The argument is evaluated before insertion: a new term gets the next id.
        ids.extend([vocab.setdefault(term, len(vocab)) for term in tokens])
        offsets[row + 1] = len(ids)
    if len(state.df) != len(vocab):
        raise ValueError("document frequencies do not cover the token lists' terms")
    records = [
        [r.chunk_id, r.article_id, r.title, r.heading, r.text, r.position] for r in state.records
    ]
    header = {
        "format": FORMAT_VERSION,
        "tenant_id": meta.tenant_id,
        "version": meta.version,
        "embedding_model": meta.embedding_model,
        "dim": meta.dim,
        "vector_store": meta.vector_store,
        "chunks": meta.chunks,
        "written_at": time.time(),
    }
    arrays: dict[str, npt.NDArray[Any]] = {
        "slots": state.slots,
        "records": _json_array(records),
        "vocab": _json_array(list(vocab)),
        "df": np.array([state.df[term] for term in vocab], dtype=np.int64),
        "token_ids": np.asarray(ids, dtype=np.int32),
        "token_offsets": offsets,
    }
    if state.vectors is not None:
        arrays["vectors"] = np.ascontiguousarray(state.vectors, dtype="<f4")
    if state.usearch_graph is not None:
        arrays["usearch"] = np.frombuffer(state.usearch_graph, dtype=np.uint8)
    main = state.bm25_main
    if main is not None:
        header["bm25_main"] = {"n": main.n, "avgdl": main.avgdl}
        arrays |= {
            "main_data": main.data,
            "main_indices": main.indices,
            "main_indptr": main.indptr,
            "main_vocab": _json_array(main.vocab),
            "main_slots": main.slots,
            "main_alive": main.alive,
        }
    arrays["meta"] = _json_array(header)
    temp = path.parent / f"{_TEMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex}.npz"
    try:
        with temp.open("wb") as handle:
            np.savez(handle, allow_pickle=False, **arrays)
            handle.flush()
            # On disk before the rename, so a power cut cannot leave the new name pointing
            # at an empty file.
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return path


def _remove_stale_temps(folder: Path) -> None:
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for temp in folder.glob(f"{_TEMP_PREFIX}*"):
        try:
            if temp.stat().st_mtime < cutoff:
                temp.unlink()
        except FileNotFoundError:
            pass


def read(root: Path, tenant_id: str, *, embedding_model: str, dim: int) -> Snapshot:
    """Load the tenant's snapshot, checking that it was made for this tenant, format,
    model and dimension; any problem (missing, damaged, other settings) is a
    SnapshotError."""
    path = snapshot_path(root, tenant_id)
    try:
        # Opened here, not by np.load: numpy leaks its own handle when the zip is damaged.
        with path.open("rb") as handle, np.load(handle, allow_pickle=False) as archive:
            return _decode(archive, tenant_id, embedding_model, dim)
    except SnapshotError:
        raise
    except FileNotFoundError as error:
        raise SnapshotError("no snapshot") from error
    # A damaged file surfaces as almost anything (zipfile, numpy's header parser, the
    # JSON decoder, an absurd array shape); whatever it is, the answer is a rebuild.
    except Exception as error:
        raise SnapshotError(f"unreadable snapshot: {error!r}") from error


def _decode(archive: Any, tenant_id: str, embedding_model: str, dim: int) -> Snapshot:
    header = _json_value(archive["meta"])
    if header.get("format") != FORMAT_VERSION:
        raise SnapshotError(f"format {header.get('format')} is not {FORMAT_VERSION}")
    if header.get("tenant_id") != tenant_id:
        raise SnapshotError("snapshot of another tenant")
    if header.get("embedding_model") != embedding_model or header.get("dim") != dim:
        raise SnapshotError("snapshot made with another embedding model")
    kind = header.get("vector_store")
    if kind not in ("exact", "usearch", "none"):
        raise SnapshotError(f"unknown vector store {kind!r}")
    slots = archive["slots"].astype(np.int64)
    records = [
        ChunkRecord(
            chunk_id=str(r[0]),
            article_id=str(r[1]),
            title=str(r[2]),
            heading=str(r[3]),
            text=str(r[4]),
            position=int(r[5]),
        )
        for r in _json_value(archive["records"])
    ]
    vocab = _json_value(archive["vocab"])
    token_ids = archive["token_ids"]
    offsets = archive["token_offsets"]
    count = len(slots)
    if (
        header.get("chunks") != count
        or len(offsets) != count + 1
        or (count and (offsets[0] != 0 or offsets[-1] != len(token_ids)))
        or np.any(np.diff(offsets) < 0)
        or (len(token_ids) and (int(token_ids.min()) < 0 or int(token_ids.max()) >= len(vocab)))
    ):
        raise SnapshotError("token arrays do not fit together")
    terms = np.array(vocab, dtype=object)
    # Token lists share the vocabulary's strings (one object per term, not per occurrence).
    flat = terms[token_ids]
    bounds = offsets.tolist()
    tokens = [flat[bounds[i] : bounds[i + 1]].tolist() for i in range(count)]
    df_counts = archive["df"]
    if len(df_counts) != len(vocab) or (len(df_counts) and int(df_counts.min()) < 1):
        raise SnapshotError("document frequencies do not match the vocabulary")
    df = Counter(dict(zip(vocab, df_counts.tolist(), strict=True)))
    main = None
    main_header = header.get("bm25_main")
    if main_header is not None:
        main = MainArrays(
            data=archive["main_data"].astype(np.float32, copy=False),
            indices=archive["main_indices"].astype(np.int32, copy=False),
            indptr=archive["main_indptr"].astype(np.int64, copy=False),
            vocab={str(k): int(v) for k, v in _json_value(archive["main_vocab"]).items()},
            slots=archive["main_slots"].astype(np.int64, copy=False),
            alive=archive["main_alive"].astype(bool, copy=False),
            n=int(main_header["n"]),
            avgdl=float(main_header["avgdl"]),
        )
    vectors = archive["vectors"].astype(np.float32, copy=False) if kind == "exact" else None
    graph = archive["usearch"].tobytes() if kind == "usearch" else None
    state = IndexState(
        slots=slots,
        records=records,
        tokens=tokens,
        vector_store=kind,
        vectors=vectors,
        usearch_graph=graph,
        bm25_main=main,
        df=df,
    )
    meta = SnapshotMeta(
        tenant_id=tenant_id,
        version=int(header["version"]),
        embedding_model=embedding_model,
        dim=dim,
        vector_store=kind,
        chunks=count,
    )
    return Snapshot(meta=meta, state=state)
