"""Weighted reciprocal rank fusion.

score(d) = sum over rankings r of  w_r / (k + rank_r(d)),  rank starting at 1.

Weights and `k` matter: with textbook values (equal weights, k=60) a weak ranking can
pull the fused list below the better input. They are fitted on held-out MedQuAD
queries by evals/rag_medquad.py and shipped as the defaults of `RetrievalConfig`.
"""

from __future__ import annotations

from collections.abc import Sequence


def weighted_rrf(
    rankings: Sequence[Sequence[int]], weights: Sequence[float], k: float
) -> list[tuple[int, float]]:
    """Fuse ranked id lists into one, best first, with their fused scores.

    Ties keep the order in which ids were first seen, so the result is deterministic.
    """
    if len(rankings) != len(weights):
        raise ValueError("one weight per ranking is required")
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))
