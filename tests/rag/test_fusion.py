"""Weighted reciprocal rank fusion."""

from __future__ import annotations

import pytest

from aurixa.rag.fusion import weighted_rrf


def test_item_ranked_well_by_both_lists_wins() -> None:
    fused = weighted_rrf([[1, 2, 3], [3, 1, 4]], [1.0, 1.0], k=60)
    assert [item for item, _ in fused][:2] == [1, 3]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)


def test_weights_shift_the_order_toward_the_trusted_ranking() -> None:
    lexical, dense = [1, 2], [2, 1]
    assert weighted_rrf([lexical, dense], [0.8, 0.2], k=1)[0][0] == 1
    assert weighted_rrf([lexical, dense], [0.2, 0.8], k=1)[0][0] == 2


def test_small_constant_rewards_the_top_ranks_more() -> None:
    # Item 1 is first in one list only; item 2 is third in both. k decides.
    rankings = [[1, 4, 2], [5, 6, 2]]
    assert weighted_rrf(rankings, [1.0, 1.0], k=0.5)[0][0] == 1
    assert weighted_rrf(rankings, [1.0, 1.0], k=100)[0][0] == 2


def test_empty_rankings_and_mismatched_weights() -> None:
    assert weighted_rrf([[], []], [0.5, 0.5], k=60) == []
    with pytest.raises(ValueError, match="one weight per ranking"):
        weighted_rrf([[1]], [0.5, 0.5], k=60)
