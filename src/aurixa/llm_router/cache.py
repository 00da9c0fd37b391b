"""Response cache (TTL 300 s) keyed by tenant, model tier and the request.

Answers are cached only when they cannot carry one patient's data: no tools,
no tool results, no caller flag `contains_patient_data`, and no identifier
pattern (e-mail, phone, date, record number) in the request or the answer.
"""

from __future__ import annotations

import hashlib
import re
import time

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from aurixa.llm_router.types import GenerateRequest, GenerateResult

log = structlog.get_logger(__name__)

TTL_S = 300
_IDENTIFIERS = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+"  # e-mail
    r"|\+?\d[\d\s().-]{7,}\d"  # phone-like digit runs
    r"|\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b"  # dates
    r"|\b(?:mrn|dob|ssn|nhs)\b",
    re.IGNORECASE,
)


def cacheable_request(request: GenerateRequest) -> bool:
    if request.contains_patient_data or request.tools:
        return False
    if any(m.role == "tool" or m.tool_calls for m in request.messages):
        return False
    if any(c.kind != "passage" for c in request.context):
        return False
    text = " ".join(m.content or "" for m in request.messages)
    return not _IDENTIFIERS.search(text)


def cacheable_result(result: GenerateResult) -> bool:
    return not result.tool_calls and not _IDENTIFIERS.search(result.content)


def cache_key(tenant_id: str, tier: int, request: GenerateRequest) -> str:
    body = request.model_dump_json(exclude={"task", "min_tier"})
    digest = hashlib.sha256(f"{tenant_id}\x00{tier}\x00{body}".encode()).hexdigest()
    return f"aurixa:llm:cache:{tenant_id}:{tier}:{digest}"


class ResponseCache:
    """Redis when configured (shared by every process), else in-process."""

    def __init__(self, redis: Redis | None = None, *, ttl_s: int = TTL_S, max_items: int = 5000):
        self._redis = redis
        self._ttl = ttl_s
        self._max = max_items
        self._memory: dict[str, tuple[float, str]] = {}

    async def get(self, key: str) -> GenerateResult | None:
        raw: str | bytes | None = None
        if self._redis is not None:
            try:
                raw = await self._redis.get(key)
            except RedisError as exc:
                log.warning("llm_cache.redis_unavailable", error=type(exc).__name__)
        else:
            entry = self._memory.get(key)
            if entry and entry[0] > time.monotonic():
                raw = entry[1]
            elif entry:
                del self._memory[key]
        return GenerateResult.model_validate_json(raw) if raw else None

    async def put(self, key: str, result: GenerateResult) -> None:
        payload = result.model_dump_json()
        if self._redis is not None:
            try:
                await self._redis.set(key, payload, ex=self._ttl)
            except RedisError as exc:
                log.warning("llm_cache.redis_unavailable", error=type(exc).__name__)
            return
        if len(self._memory) >= self._max:
            # Drop the oldest insertion: dicts keep insertion order.
            self._memory.pop(next(iter(self._memory)))
        self._memory[key] = (time.monotonic() + self._ttl, payload)
