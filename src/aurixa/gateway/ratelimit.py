"""Per-tenant rate limits: a moving window per minute, counted in Redis when
`REDIS_URL` is set (so every process shares one count) and in process memory
otherwise.

The algorithm is the `limits` library's; this module only decides whose
window a request falls into and how large that window is.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any, cast

from cachetools import TTLCache
from fastapi import FastAPI, Request
from limits import RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from sqlalchemy import select

from aurixa.core.auth import Principal
from aurixa.core.db import Database
from aurixa.core.errors import RateLimited
from aurixa.core.logging import get_logger
from aurixa.gateway.models import Tenant

log = get_logger(__name__)

# A tenant's limit changes rarely; re-reading it on every request would put a
# query in front of every call. Ten seconds bounds how stale a change can be.
LIMIT_CACHE_SECONDS = 10.0
MAX_LIMIT = 1_000_000
STATE_KEY = "rate_limit"
NAMESPACE = "aurixa:tenant"


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # epoch seconds when the oldest hit leaves the window

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(math.ceil(self.reset_at)),
        }

    @property
    def retry_after(self) -> int:
        return max(1, math.ceil(self.reset_at - time.time()))


def tenant_limit(settings: dict[str, Any] | None, default: int) -> int:
    """The tenant's `rate_limit_per_minute`, or `default` when unset or unusable."""
    value = (settings or {}).get("rate_limit_per_minute")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_LIMIT:
        return default
    return value


class TenantRateLimiter:
    def __init__(
        self,
        *,
        db: Database,
        default_per_minute: int,
        storage: Storage | None = None,
        cache_seconds: float = LIMIT_CACHE_SECONDS,
    ) -> None:
        self._db = db
        self._default = default_per_minute
        self._local = MovingWindowRateLimiter(MemoryStorage())
        self._shared = MovingWindowRateLimiter(storage) if storage is not None else None
        self._limits: TTLCache[str, int] = TTLCache(maxsize=50_000, ttl=cache_seconds)

    @property
    def backend(self) -> str:
        return "redis" if self._shared is not None else "memory"

    async def limit_for(self, tenant_id: str) -> int:
        cached = self._limits.get(tenant_id)
        if cached is not None:
            return cached
        async with self._db.sessionmaker() as session:
            settings = await session.scalar(select(Tenant.settings).where(Tenant.id == tenant_id))
        limit = tenant_limit(settings, self._default)
        self._limits[tenant_id] = limit
        return limit

    def forget(self, tenant_id: str) -> None:
        """Drop the cached limit (after an admin changed it in this process)."""
        self._limits.pop(tenant_id, None)

    async def hit(self, tenant_id: str) -> RateDecision:
        return await self.hit_key(tenant_id, await self.limit_for(tenant_id))

    async def hit_key(self, key: str, limit: int, namespace: str = NAMESPACE) -> RateDecision:
        item = RateLimitItemPerMinute(limit, namespace=namespace)
        if self._shared is not None:
            try:
                return await _hit(self._shared, item, key, limit)
            except StorageError as exc:
                # Redis down: keep serving with a per-process count rather than
                # refusing every request or letting them all through.
                log.warning("rate_limit_storage_down", error=str(exc.storage_error))
        return await _hit(self._local, item, key, limit)


async def _hit(
    limiter: MovingWindowRateLimiter, item: RateLimitItemPerMinute, key: str, limit: int
) -> RateDecision:
    allowed = await limiter.hit(item, key)
    stats = await limiter.get_window_stats(item, key)
    return RateDecision(allowed, limit, max(0, stats.remaining), stats.reset_time)


def build_limiter(app: FastAPI) -> TenantRateLimiter:
    settings = app.state.settings
    storage: Storage | None = None
    redis = getattr(app.state, "redis", None)
    if settings.redis_url and redis is not None:
        # Share the platform's connection pool: it is closed with the app.
        storage = RedisStorage(
            "async+" + settings.redis_url,
            implementation="redispy",
            wrap_exceptions=True,
            key_prefix="aurixa-limits",
            connection_pool=cast(Any, redis.connection_pool),
        )
    return TenantRateLimiter(
        db=app.state.db, default_per_minute=settings.rate_limit_per_minute, storage=storage
    )


def limiter_of(app: FastAPI) -> TenantRateLimiter:
    # Built on first use rather than at import or in create_app: it needs the
    # database that the lifespan opens.
    limiter: TenantRateLimiter | None = getattr(app.state, "rate_limiter", None)
    if limiter is None:
        limiter = build_limiter(app)
        app.state.rate_limiter = limiter
    return limiter


async def rate_limit_hook(request: Request, principal: Principal) -> None:
    """Runs after authentication: one hit on the caller's tenant window."""
    if getattr(request.state, "internal_call", False):
        return  # the outer request was already counted
    decision = await limiter_of(request.app).hit(principal.tenant_id)
    request.scope.setdefault("state", {})[STATE_KEY] = decision
    if not decision.allowed:
        headers = decision.headers() | {"Retry-After": str(decision.retry_after)}
        raise RateLimited(
            f"rate limit of {decision.limit} requests per minute reached; "
            f"retry in {decision.retry_after} s",
            headers=headers,
        )
