"""A bounded queue drained in batches by a background task.

Telemetry must never slow a turn: producers `put` without awaiting I/O, and one
task writes whatever accumulated, at most every `interval` seconds or as soon
as `batch_size` items wait. When the queue is full the newest items are dropped
and counted: losing a few telemetry events is better than blocking a patient.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import structlog
from prometheus_client import Counter

T = TypeVar("T")

log = structlog.get_logger(__name__)

DROPPED = Counter("aurixa_telemetry_dropped_total", "Telemetry events dropped", ["queue", "reason"])


class BatchQueue(Generic[T]):
    def __init__(
        self,
        name: str,
        sink: Callable[[list[T]], Awaitable[None]],
        *,
        batch_size: int = 200,
        interval: float = 0.5,
        max_pending: int = 50_000,
    ) -> None:
        self.name = name
        self._sink = sink
        self._batch_size = batch_size
        self._interval = interval
        self._max_pending = max_pending
        self._pending: list[T] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._closing = False
        self.written = 0
        self.dropped = 0

    def put(self, item: T) -> None:
        if len(self._pending) >= self._max_pending:
            self.dropped += 1
            DROPPED.labels(self.name, "full").inc()
            return
        self._pending.append(item)
        if len(self._pending) >= self._batch_size:
            self._wake.set()

    def put_many(self, items: list[T]) -> None:
        for item in items:
            self.put(item)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"batch-queue-{self.name}")

    async def flush(self) -> None:
        """Write everything pending now (also used by readers that must see it)."""
        async with self._lock:
            while self._pending:
                batch = self._pending[: self._batch_size]
                del self._pending[: self._batch_size]
                try:
                    await self._sink(batch)
                    self.written += len(batch)
                except Exception as exc:  # the sink's failure must not kill the writer loop
                    self.dropped += len(batch)
                    DROPPED.labels(self.name, "sink_error").inc(len(batch))
                    log.warning(
                        "telemetry_batch_dropped",
                        queue=self.name,
                        events=len(batch),
                        error_type=type(exc).__name__,
                    )

    async def _run(self) -> None:
        while not self._closing:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self._interval)
            self._wake.clear()
            await self.flush()

    async def stop(self) -> None:
        """Stop the loop and write what is left (called on shutdown). The loop is
        woken rather than cancelled, so a batch being written is never lost."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None
        await self.flush()
