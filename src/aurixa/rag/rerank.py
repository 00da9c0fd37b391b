"""A cheap cross-feature reranker over the fused candidates.

A cross-encoder would need a second model and ~100 ms per query on two cores; instead
each candidate gets a handful of features that BM25 and the bi-encoder each miss on
their own (how much of the query the passage covers, whether the query names the
article's title or heading, the dense cosine, the fused score) and a linear score.
The weights are fitted on held-out MedQuAD queries (evals/rag_medquad.py); the eval
reports hybrid with and without this stage so its contribution is measured, not
assumed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

# No position prior ("first chunk of an article wins"): it raised MRR on MedQuAD, whose
# answers open with a summary, but cited an article's introduction instead of the section
# that answers ("which treatment helps with asthma" -> the Treatment section).
FEATURES = ("fused", "dense", "bm25", "coverage", "title")


@dataclass(frozen=True, slots=True)
class Candidate:
    fused: float
    dense: float
    bm25: float
    text_terms: frozenset[str]
    title_terms: frozenset[str]


def feature_matrix(
    candidates: Sequence[Candidate],
    query_terms: Sequence[str],
    idf: Callable[[str], float],
) -> npt.NDArray[np.float64]:
    """One row of FEATURES per candidate, each scaled to roughly [0, 1]."""
    rows = np.zeros((len(candidates), len(FEATURES)), dtype=np.float64)
    if not candidates:
        return rows
    terms = set(query_terms)
    weights = {t: idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    top_fused = max(c.fused for c in candidates) or 1.0
    top_bm25 = max(c.bm25 for c in candidates) or 1.0
    for i, c in enumerate(candidates):
        rows[i] = (
            c.fused / top_fused,
            c.dense,
            c.bm25 / top_bm25,
            sum(w for t, w in weights.items() if t in c.text_terms) / total,
            sum(w for t, w in weights.items() if t in c.title_terms) / total,
        )
    return rows


def rerank_order(features: npt.NDArray[np.float64], weights: Sequence[float]) -> list[int]:
    """Candidate indices sorted by the linear score, ties kept in fused order."""
    scores = features @ np.asarray(weights, dtype=np.float64)
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))
