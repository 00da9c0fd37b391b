"""Incremental BM25: main index + delta + tombstones scores as a full rebuild would."""

from __future__ import annotations

import random

import pytest

from aurixa.rag import bm25 as bm25_module
from aurixa.rag.bm25 import IncrementalBM25

VOCAB = [f"w{i}" for i in range(60)]
QUERIES = [["w1"], ["w2", "w7"], ["w3", "w3", "w40"], ["w0", "w11", "w25", "w59"], ["zz"]]


def _doc(rng: random.Random, length: int) -> list[str]:
    # A skewed vocabulary, so document frequencies (and idf) differ a lot between terms.
    return [VOCAB[min(int(rng.expovariate(0.08)), len(VOCAB) - 1)] for _ in range(length)]


def _rebuilt(docs: dict[int, list[str]]) -> IncrementalBM25:
    fresh = IncrementalBM25(background=False)
    for slot, tokens in docs.items():
        fresh.add(slot, tokens)
    fresh.merge()
    return fresh


def _churn(index: IncrementalBM25, rng: random.Random, length: int | None) -> dict[int, list[str]]:
    """200 chunks merged into the main index, then 40 removed, 30 replaced, 50 added."""
    live: dict[int, list[str]] = {}
    for slot in range(200):
        live[slot] = _doc(rng, length or rng.randint(3, 40))
        index.add(slot, live[slot])
    index.merge()
    for slot in rng.sample(range(200), 40):
        index.remove(slot)
        del live[slot]
    for slot in rng.sample(sorted(live), 30):
        live[slot] = _doc(rng, length or rng.randint(3, 40))
        index.add(slot, live[slot])
    for slot in range(200, 250):
        live[slot] = _doc(rng, length or rng.randint(3, 40))
        index.add(slot, live[slot])
    return live


def test_delta_and_tombstones_score_exactly_as_a_rebuild_when_lengths_match() -> None:
    # Equal lengths keep the average length of the old main index exact, so any
    # difference would come from the idf rescaling or the tombstones: there must be none.
    index = IncrementalBM25(background=False, merge_min=10_000)
    live = _churn(index, random.Random(3), length=12)
    stats = index.stats()
    assert (stats.main, stats.delta, stats.tombstones) == (200, 80, 70)
    fresh = _rebuilt(live)
    for query in QUERIES:
        got, want = index.scores(query), fresh.scores(query)
        assert set(got) == set(want), query
        for slot, score in want.items():
            assert got[slot] == pytest.approx(score, rel=1e-5), (query, slot)


def test_with_varied_lengths_only_the_average_length_drifts() -> None:
    index = IncrementalBM25(background=False, merge_min=10_000)
    live = _churn(index, random.Random(5), length=None)
    fresh = _rebuilt(live)
    for query in QUERIES[:-1]:
        got, want = index.scores(query), fresh.scores(query)
        assert set(got) == set(want)
        worst = max(abs(got[s] - want[s]) / want[s] for s in want)
        assert worst < 0.05, (query, worst)
        top = sorted(want, key=lambda s: -want[s])[:10]
        assert len(set(top) & set(sorted(got, key=lambda s: -got[s])[:10])) >= 9


def test_removed_and_replaced_chunks_never_score() -> None:
    index = IncrementalBM25(background=False)
    index.add(1, ["asthma", "inhaler"])
    index.add(2, ["parking", "lot"])
    index.merge()
    index.remove(1)
    assert index.scores(["asthma"]) == {}
    index.add(2, ["flu", "shot"])  # same slot, new text: the old row is a tombstone
    assert index.scores(["parking"]) == {}
    assert set(index.scores(["flu"])) == {2}
    assert index.df("parking") == 0
    assert len(index) == 1


def test_merge_in_the_background_when_the_delta_outgrows_the_threshold() -> None:
    index = IncrementalBM25(background=True, merge_min=20, merge_ratio=0.0)
    rng = random.Random(9)
    for slot in range(100):
        index.add(slot, _doc(rng, 12))
    index.refresh()  # no main index yet: built here, not in the background
    assert index.stats().main == 100
    for slot in range(100, 110):
        index.add(slot, _doc(rng, 12))
    index.refresh()
    assert index.stats().delta == 10  # under the threshold: nothing to merge
    for slot in range(110, 130):
        index.add(slot, _doc(rng, 12))
    before = {tuple(q): index.scores(q) for q in QUERIES}
    index.refresh()
    index.wait(timeout=30)
    stats = index.stats()
    assert (stats.main, stats.delta, stats.tombstones, stats.merging) == (130, 0, 0, False)
    for query in QUERIES:
        after = index.scores(query)
        assert set(after) == set(before[tuple(query)])
        for slot, score in before[tuple(query)].items():
            assert after[slot] == pytest.approx(score, rel=1e-5)


def test_changes_made_while_a_merge_builds_are_kept() -> None:
    index = IncrementalBM25(background=False)
    for slot, tokens in enumerate([["a", "b"], ["b", "c"], ["c", "d"]]):
        index.add(slot, tokens)
    index.merge()
    building = bm25_module._build(list(index._docs.items()))  # the merge's snapshot
    index.remove(0)
    index.add(1, ["e"])  # replaced during the build
    index.add(3, ["a", "f"])  # added during the build
    index._swap(building)
    stats = index.stats()
    assert (stats.main, stats.delta, stats.tombstones) == (3, 2, 2)
    assert set(index.scores(["a"])) == {3}
    assert set(index.scores(["b"])) == set()
    assert set(index.scores(["e"])) == {1}
    assert set(index.scores(["c"])) == {2}
