"""Vectors shared between processes through Redis: one process computes a message's
vector, the others read it; Redis holds no text, forgets soon, and its absence
costs only the local computation."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
import uuid
from collections.abc import Iterator, Sequence

import numpy as np
import pytest
import redis

from aurixa.core.embeddings import CachedEmbedder, Vectors, is_cached
from aurixa.core.settings import Settings
from aurixa.core.shared_vectors import (
    MAX_SHARED_BATCH,
    PREFIX,
    SharedVectors,
    open_shared_vectors,
)

REDIS_URL = os.environ.get("TEST_REDIS_URL")
needs_redis = pytest.mark.skipif(not REDIS_URL, reason="needs TEST_REDIS_URL")
DIM = 8


class Counting:
    """A stand-in model: deterministic vectors per text, counting what it computes."""

    def __init__(self, name: str = "model-a") -> None:
        self.name, self.dim = name, DIM
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts.extend(texts)
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(f"{self.name}|{text}".encode()).digest()[:4])
            row = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
            rows.append(row / np.linalg.norm(row))
        return np.vstack(rows).astype(np.float32)


@pytest.fixture
def secret() -> str:
    # A fresh secret per test: keys never collide with another test's or run's.
    return "shared-vectors-test-" + uuid.uuid4().hex


@pytest.fixture
def redis_client() -> Iterator[redis.Redis]:
    assert REDIS_URL is not None
    connection = redis.Redis.from_url(REDIS_URL)
    yield connection
    connection.close()


_opened: list[SharedVectors] = []


def store(secret: str, url: str | None = None) -> SharedVectors:
    target = url or REDIS_URL
    assert target is not None
    opened = SharedVectors.from_url(target, secret_key=secret)
    _opened.append(opened)
    return opened


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    while _opened:
        _opened.pop().close()


@needs_redis
def test_a_vector_computed_by_one_process_is_read_by_another(secret: str) -> None:
    model_a, model_b = Counting(), Counting()
    process_a = CachedEmbedder(model_a, shared=store(secret))
    process_b = CachedEmbedder(model_b, shared=store(secret))
    first = process_a.embed(["my knee has been swelling since friday"])
    again = process_b.embed(["my knee has been swelling since friday", "where do I park"])
    assert model_a.texts == ["my knee has been swelling since friday"]
    assert model_b.texts == ["where do I park"]
    assert np.array_equal(again[0], first[0])
    # B keeps what it read, so the next call on the event loop is a local lookup.
    assert is_cached(process_b, ["my knee has been swelling since friday"])


@needs_redis
def test_is_cached_answers_for_the_local_cache_only(secret: str) -> None:
    process_a = CachedEmbedder(Counting(), shared=store(secret))
    process_b = CachedEmbedder(Counting(), shared=store(secret))
    process_a.embed(["can I move my appointment to tuesday"])
    # In Redis, but not here: the caller must still go to a worker thread.
    assert not is_cached(process_b, ["can I move my appointment to tuesday"])


@needs_redis
def test_keys_are_hmacs_without_the_text_and_expire(secret: str, redis_client: redis.Redis) -> None:
    shared = store(secret)
    text = "the rash on my arm is spreading"
    CachedEmbedder(Counting(), shared=shared).embed([text])
    key = shared.key("model-a", text)
    digest = key.removeprefix(PREFIX)
    assert key.startswith(PREFIX)
    assert len(digest) == 64
    assert "rash" not in key
    # Not a plain hash a guessed sentence could be checked against.
    assert digest != hashlib.sha256(text.encode()).hexdigest()
    assert digest != hashlib.sha256(f"model-a\0{text}".encode()).hexdigest()
    assert digest != hmac.new(secret.encode(), f"model-a\0{text}".encode(), "sha256").hexdigest()
    assert store("another-secret").key("model-a", text) != key
    value = redis_client.get(key)
    assert isinstance(value, bytes)
    assert len(value) == DIM * 4
    assert text.encode() not in value
    ttl = redis_client.ttl(key)
    assert isinstance(ttl, int)
    assert 0 < ttl <= shared.ttl_seconds <= 600


@needs_redis
def test_vectors_of_another_model_are_not_mixed(secret: str) -> None:
    model_a, model_b = Counting("model-a"), Counting("model-b")
    CachedEmbedder(model_a, shared=store(secret)).embed(["refill my inhaler"])
    vector = CachedEmbedder(model_b, shared=store(secret)).embed(["refill my inhaler"])
    assert model_b.texts == ["refill my inhaler"]
    assert np.array_equal(vector, Counting("model-b").embed(["refill my inhaler"]))


@needs_redis
def test_a_value_of_the_wrong_length_is_computed_again(
    secret: str, redis_client: redis.Redis
) -> None:
    shared = store(secret)
    redis_client.set(shared.key("model-a", "blood test results"), b"\x00" * (DIM * 4 - 4), ex=60)
    model = Counting()
    vector = CachedEmbedder(model, shared=shared).embed(["blood test results"])
    assert model.texts == ["blood test results"]
    assert np.array_equal(vector, Counting().embed(["blood test results"]))


@needs_redis
def test_large_batches_stay_local(secret: str, redis_client: redis.Redis) -> None:
    shared = store(secret)
    texts = [f"article paragraph {i}" for i in range(MAX_SHARED_BATCH + 1)]
    CachedEmbedder(Counting(), shared=shared).embed(texts)
    assert redis_client.get(shared.key("model-a", texts[0])) is None


def test_a_dead_redis_degrades_to_local_vectors_and_backs_off(secret: str) -> None:
    dead = store(secret, "redis://127.0.0.1:1/0")
    model = Counting()
    cached = CachedEmbedder(model, shared=dead)
    texts = ["I feel dizzy when I stand up", "is the pharmacy open late"]
    vectors = cached.embed(texts)
    assert model.texts == texts
    assert np.array_equal(vectors, Counting().embed(texts))
    # Backing off: the next misses do not try Redis at all.
    started = time.perf_counter()
    for i in range(200):
        cached.embed([f"another question {i}"])
    assert dead._skipping()
    assert time.perf_counter() - started < 0.5


def test_a_redis_that_does_not_answer_in_time_is_a_miss(secret: str) -> None:
    import socket

    # A listening socket that never answers: the command times out.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        model = Counting()
        cached = CachedEmbedder(model, shared=store(secret, f"redis://127.0.0.1:{port}/0"))
        started = time.perf_counter()
        vector = cached.embed(["my child has a fever of 39"])
        assert time.perf_counter() - started < 1.0
    assert model.texts == ["my child has a fever of 39"]
    assert np.array_equal(vector, Counting().embed(["my child has a fever of 39"]))


def test_redis_is_tried_again_after_the_back_off(secret: str) -> None:
    dead = SharedVectors(
        redis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.05),
        secret_key=secret,
        backoff_seconds=0.05,
    )
    assert dead.get_many("model-a", ["a"], DIM) == [None]
    assert dead._skipping()
    time.sleep(0.06)
    assert not dead._skipping()


def test_the_store_is_off_without_redis_or_when_disabled() -> None:
    with_redis = Settings(redis_url="redis://127.0.0.1:6379/0", env="test")
    assert open_shared_vectors(with_redis, ["safety"]) is not None
    assert open_shared_vectors(with_redis, ["gateway", "execution"]) is None
    # One process running every service has nobody to share with.
    assert open_shared_vectors(with_redis, ["gateway", "safety", "llm_router", "rag"]) is None
    assert open_shared_vectors(with_redis, ["safety", "rag"]) is not None
    assert open_shared_vectors(Settings(redis_url=None, env="test"), ["safety"]) is None
    disabled = Settings(redis_url="redis://127.0.0.1:6379/0", env="test", shared_vectors=False)
    assert open_shared_vectors(disabled, ["safety", "rag"]) is None


@needs_redis
async def test_a_split_service_process_shares_its_embedder_while_it_runs(
    settings: Settings,
) -> None:
    from aurixa.core.app import create_app
    from aurixa.core.embeddings import get_embedder

    application = create_app(["llm_router"], settings=settings)
    embedder = get_embedder(settings.embedding_model)
    assert isinstance(embedder, CachedEmbedder)
    before = embedder.shared  # the session's app, when it has started
    async with application.router.lifespan_context(application):
        assert application.state.shared_vectors is not None
        assert embedder.shared is application.state.shared_vectors
    assert embedder.shared is before
