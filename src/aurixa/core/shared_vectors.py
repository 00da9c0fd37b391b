"""Recent sentence vectors shared by every process through Redis.

In split mode a patient's message is embedded by three processes (safety's
backstop, the intent router, retrieval), each with its own cache: the same
~4 ms of CPU three times a turn. With this second level behind each process's
cache, the first process to embed a text leaves its vector here and the others
read it.

What Redis holds is derived from patients' messages, so:
- a key is an HMAC-SHA256 of (model, text) under a key derived from SECRET_KEY:
  neither the text nor a plain hash that a guessed sentence could be checked
  against;
- a value is only the float32 bytes of the vector, kept for minutes (a turn's
  lookups happen within a second of each other).

Redis is an optimisation here, never a dependency: a lookup or write that fails
or is slow (short socket timeouts) is treated as a miss, logged once per outage,
and Redis is skipped for a while, so a dead Redis costs nothing per turn.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import redis
from redis.exceptions import RedisError

from aurixa.core.embeddings import CachedEmbedder, get_embedder
from aurixa.core.logging import get_logger

if TYPE_CHECKING:
    from fastapi import FastAPI

    from aurixa.core.settings import Settings

log = get_logger(__name__)

Vector = npt.NDArray[np.float32]

PREFIX = "aurixa:vec:"
TTL_SECONDS = 300
BACKOFF_SECONDS = 30.0
SOCKET_TIMEOUT_SECONDS = 0.05
# Lookups run in worker threads (asyncio's default pool: a handful per process)
# and on the event loop; more connections than that would only sit idle.
MAX_CONNECTIONS = 16
# Vectors worth sharing are a turn's message and its clauses. Large batches are
# ingestion or start-up work (knowledge chunks, intent examples) that one process
# does alone: shipping them through Redis would cost more than it saves.
MAX_SHARED_BATCH = 64
_KEY_PURPOSE = b"aurixa shared vectors v1"


def derive_key(secret_key: str) -> bytes:
    """A key for this purpose only, so a leak of one HMAC key is not SECRET_KEY's."""
    return hmac.new(secret_key.encode(), _KEY_PURPOSE, hashlib.sha256).digest()


class SharedVectors:
    """A second level of vectors in Redis, read and written synchronously (the
    caller is already in the thread that would otherwise compute the vector)."""

    def __init__(
        self,
        client: redis.Redis,
        *,
        secret_key: str,
        ttl_seconds: int = TTL_SECONDS,
        backoff_seconds: float = BACKOFF_SECONDS,
    ) -> None:
        self._client = client
        self._key = derive_key(secret_key)
        self.ttl_seconds = ttl_seconds
        self._backoff_seconds = backoff_seconds
        self._lock = threading.Lock()
        self._skip_until = 0.0
        self._healthy = True
        self._attached: list[tuple[CachedEmbedder, SharedVectors | None]] = []

    @classmethod
    def from_url(
        cls, url: str, *, secret_key: str, timeout_seconds: float = SOCKET_TIMEOUT_SECONDS
    ) -> SharedVectors:
        pool = redis.ConnectionPool.from_url(
            url,
            max_connections=MAX_CONNECTIONS,
            socket_timeout=timeout_seconds,
            socket_connect_timeout=timeout_seconds,
            # A retry would double the wait on a slow Redis; a miss is cheaper.
            retry=None,
        )
        return cls(redis.Redis(connection_pool=pool), secret_key=secret_key)

    def key(self, model: str, text: str) -> str:
        digest = hmac.new(self._key, f"{model}\0{text}".encode(), hashlib.sha256).hexdigest()
        return PREFIX + digest

    def get_many(self, model: str, texts: Sequence[str], dim: int) -> list[Vector | None]:
        """Each text's vector where another process left one, else None."""
        if not texts or len(texts) > MAX_SHARED_BATCH or self._skipping():
            return [None] * len(texts)
        try:
            values = self._client.mget([self.key(model, t) for t in texts])
        except RedisError as exc:
            self._failed(exc)
            return [None] * len(texts)
        self._succeeded()
        return [_vector(value, dim) for value in values]

    def put_many(self, model: str, texts: Sequence[str], vectors: Sequence[Vector]) -> None:
        if not texts or len(texts) > MAX_SHARED_BATCH or self._skipping():
            return
        pipe = self._client.pipeline(transaction=False)
        for text, vector in zip(texts, vectors, strict=True):
            pipe.set(
                self.key(model, text), np.asarray(vector, np.float32).tobytes(), ex=self.ttl_seconds
            )
        try:
            pipe.execute()
        except RedisError as exc:
            self._failed(exc)
        else:
            self._succeeded()

    def attach(self, embedder: CachedEmbedder) -> None:
        self._attached.append((embedder, embedder.shared))
        embedder.shared = self

    def close(self) -> None:
        """Give the embedders back their previous store: they are process-wide and
        outlive an app (tests run several apps in one process)."""
        for embedder, previous in reversed(self._attached):
            if embedder.shared is self:
                embedder.shared = previous
        self._attached.clear()
        self._client.close()

    def _skipping(self) -> bool:
        with self._lock:
            return time.monotonic() < self._skip_until

    def _failed(self, exc: Exception) -> None:
        with self._lock:
            self._skip_until = time.monotonic() + self._backoff_seconds
            first = self._healthy
            self._healthy = False
        if first:
            log.warning(
                "shared_vectors.unavailable",
                error=type(exc).__name__,
                skip_seconds=self._backoff_seconds,
            )

    def _succeeded(self) -> None:
        with self._lock:
            recovered = not self._healthy
            self._healthy = True
        if recovered:
            log.info("shared_vectors.recovered")


def _vector(value: object, dim: int) -> Vector | None:
    # Anything but a vector of this model's size (a value written by an older
    # release, or garbage) is a miss rather than a wrong answer.
    if not isinstance(value, bytes) or len(value) != dim * 4:
        return None
    return np.frombuffer(value, dtype=np.float32).copy()


# The services that embed patients' messages; a process running none of them
# (gateway, execution, ...) opens no connection.
EMBEDDING_SERVICES = frozenset({"safety", "llm_router", "rag"})


def open_shared_vectors(settings: Settings, services: Sequence[str]) -> SharedVectors | None:
    """The store for an app's lifespan: only with Redis configured, the setting on,
    and a service here that embeds while another runs elsewhere. The connection
    opens on first use."""
    if not settings.redis_url or not settings.shared_vectors:
        return None
    here = EMBEDDING_SERVICES.intersection(services)
    if not here or here == EMBEDDING_SERVICES:
        # With every embedding service in this process, its own cache already gives
        # them one vector per message, and the workers of one process answer
        # different turns: the Redis round trips (about 9 % of a one-process turn's
        # CPU, profiled) would buy nothing.
        return None
    return SharedVectors.from_url(settings.redis_url, secret_key=settings.secret_key)


def share_embedder(app: FastAPI, model: str) -> None:
    """Put this process's embedder for `model` behind the app's shared store, if any
    (called from the start-up of each service that embeds)."""
    store: SharedVectors | None = getattr(app.state, "shared_vectors", None)
    embedder = get_embedder(model) if store is not None else None
    if store is not None and isinstance(embedder, CachedEmbedder):
        store.attach(embedder)
