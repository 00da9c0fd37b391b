"""Pipeline metrics for `/metrics` (Prometheus)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

TURN_LATENCY = Histogram(
    "aurixa_pipeline_turn_duration_seconds",
    "Latency of one conversation turn, by the path that answered it",
    ["path"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
TURNS = Counter("aurixa_pipeline_turns_total", "Conversation turns", ["path", "channel"])
ESCALATIONS = Counter("aurixa_pipeline_escalations_total", "Turns escalated to staff", ["category"])
DEGRADATIONS = Counter(
    "aurixa_pipeline_degradations_total", "Turns answered with a dependency down", ["dependency"]
)
