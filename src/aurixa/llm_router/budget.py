"""Tenant monthly budgets, enforced atomically.

A call first *reserves* its estimated cost (check and add in one step: a Lua
script on Redis, so every process sees the same total; a lock in-process when
there is no Redis), then *settles* the difference once the real usage is
known. A reservation that would cross the budget is refused.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any, Protocol

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = structlog.get_logger(__name__)

_RESERVE = """
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
if limit >= 0 and amount > 0 and spent + amount > limit then
  return {0, tostring(spent)}
end
local total = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {1, tostring(total)}
"""
_KEY_TTL_S = 40 * 24 * 3600


def month_key(tenant_id: str, now: datetime | None = None) -> str:
    moment = now or datetime.now(UTC)
    return f"aurixa:llm:budget:{tenant_id}:{moment:%Y-%m}"


class BudgetStore(Protocol):
    async def reserve(self, tenant_id: str, amount: float, limit: float | None) -> bool: ...
    async def settle(self, tenant_id: str, delta: float) -> None: ...
    async def spent(self, tenant_id: str) -> float: ...


class MemoryBudget:
    def __init__(self) -> None:
        self._spent: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def reserve(self, tenant_id: str, amount: float, limit: float | None) -> bool:
        key = month_key(tenant_id)
        async with self._lock:
            spent = self._spent.get(key, 0.0)
            if limit is not None and amount > 0 and spent + amount > limit:
                return False
            self._spent[key] = spent + amount
            return True

    async def settle(self, tenant_id: str, delta: float) -> None:
        key = month_key(tenant_id)
        async with self._lock:
            self._spent[key] = max(0.0, self._spent.get(key, 0.0) + delta)

    async def spent(self, tenant_id: str) -> float:
        return self._spent.get(month_key(tenant_id), 0.0)


class RedisBudget:
    """Shared across processes; degrades to the in-process store if Redis fails."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._script: Any = redis.register_script(_RESERVE)
        self._fallback = MemoryBudget()

    async def reserve(self, tenant_id: str, amount: float, limit: float | None) -> bool:
        try:
            ok, _total = await self._script(
                keys=[month_key(tenant_id)],
                args=[repr(amount), repr(-1.0 if limit is None else limit), _KEY_TTL_S],
            )
            return bool(int(ok))
        except RedisError as exc:
            log.warning("budget.redis_unavailable", error=type(exc).__name__)
            return await self._fallback.reserve(tenant_id, amount, limit)

    async def settle(self, tenant_id: str, delta: float) -> None:
        if delta == 0:
            return
        try:
            await self._redis.incrbyfloat(month_key(tenant_id), delta)
        except RedisError as exc:
            log.warning("budget.redis_unavailable", error=type(exc).__name__)
            await self._fallback.settle(tenant_id, delta)

    async def spent(self, tenant_id: str) -> float:
        try:
            raw = await self._redis.get(month_key(tenant_id))
        except RedisError:
            return await self._fallback.spent(tenant_id)
        return float(raw) if raw is not None else 0.0
