"""Per-provider circuit breakers and per-model latency.

Both are per process on purpose: a breaker reflects what this process saw of
a provider and must react within one request; a shared breaker would add a
network round trip to every call.
"""

from __future__ import annotations

import bisect
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

BreakerState = Literal["closed", "open", "half_open"]


@dataclass
class CircuitBreaker:
    """Opens after `threshold` consecutive failures; one probe after `cooldown_s`."""

    threshold: int = 3
    cooldown_s: float = 30.0
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    opened_at: float | None = None
    probing: bool = False

    @property
    def state(self) -> BreakerState:
        if self.opened_at is None:
            return "closed"
        if self.clock() - self.opened_at >= self.cooldown_s:
            return "half_open"
        return "open"

    def available(self) -> bool:
        """Whether a call could go through now (without claiming the probe)."""
        state = self.state
        return state == "closed" or (state == "half_open" and not self.probing)

    def acquire(self) -> bool:
        """Claim the right to call; in half-open only one caller probes."""
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self.probing:
            self.probing = True
            return True
        return False

    def record_success(self) -> None:
        self.failures = 0
        self.opened_at = None
        self.probing = False

    def record_failure(self) -> None:
        if self.probing or self.state == "half_open":
            self.opened_at = self.clock()
            self.probing = False
            return
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = self.clock()


@dataclass
class LatencyWindow:
    samples: deque[float] = field(default_factory=lambda: deque(maxlen=500))
    errors: int = 0
    calls: int = 0
    # The same samples kept in order: routing reads every candidate model's median on
    # every turn, and sorting 500 samples each time was about 1 % of a turn's CPU.
    _ordered: list[float] = field(default_factory=list, repr=False)

    def add(self, ms: float) -> None:
        if len(self.samples) == self.samples.maxlen:
            del self._ordered[bisect.bisect_left(self._ordered, self.samples[0])]
        self.samples.append(ms)
        bisect.insort(self._ordered, ms)
        self.calls += 1

    def percentile(self, q: float) -> float | None:
        ordered = self._ordered
        if not ordered:
            return None
        index = min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))
        return round(ordered[index], 2)


class HealthBook:
    """Breakers by provider name and latency windows by model key."""

    def __init__(
        self,
        *,
        threshold: int = 3,
        cooldown_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._threshold = threshold
        self._cooldown = cooldown_s
        self._clock = clock
        self.breakers: dict[str, CircuitBreaker] = {}
        self.latency: dict[str, LatencyWindow] = {}

    def breaker(self, provider: str) -> CircuitBreaker:
        if provider not in self.breakers:
            self.breakers[provider] = CircuitBreaker(self._threshold, self._cooldown, self._clock)
        return self.breakers[provider]

    def window(self, model_key: str) -> LatencyWindow:
        return self.latency.setdefault(model_key, LatencyWindow())

    def record(self, provider: str, model_key: str, *, ok: bool, ms: float) -> None:
        window = self.window(model_key)
        if ok:
            window.add(ms)
            self.breaker(provider).record_success()
        else:
            window.errors += 1
            self.breaker(provider).record_failure()

    def snapshot(self) -> dict[str, object]:
        return {
            "providers": {name: b.state for name, b in self.breakers.items()},
            "models": {
                key: {
                    "p50_ms": w.percentile(50),
                    "p95_ms": w.percentile(95),
                    "calls": w.calls,
                    "errors": w.errors,
                }
                for key, w in self.latency.items()
            },
        }
