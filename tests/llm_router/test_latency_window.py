"""The latency window's percentiles, which routing reads on every turn, stay those of
the last 500 samples as old ones fall out."""

from __future__ import annotations

import random

from aurixa.llm_router.health import LatencyWindow


def test_empty_window_has_no_percentile() -> None:
    assert LatencyWindow().percentile(50) is None


def test_percentiles_follow_the_last_500_samples() -> None:
    window = LatencyWindow()
    rng = random.Random(7)
    for n in range(1, 1301):
        # Repeated values too: an evicted sample must remove one copy only.
        window.add(float(rng.choice([3, 5, 5, 8, rng.uniform(0, 400)])))
        if n % 97 == 0 or n > 1290:
            ordered = sorted(window.samples)
            for q in (0, 50, 95, 100):
                index = min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))
                assert window.percentile(q) == round(ordered[index], 2)
    assert len(window.samples) == 500
    assert window.calls == 1300
