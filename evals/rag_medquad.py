"""Retrieval quality on MedQuAD: BM25 vs dense vs hybrid (with and without reranking).

Every MedQuAD answer is an article (title: the document's focus); every distinct
question is a query. An answer is relevant to a question when it belongs to the same
document and question type (MedQuAD repeats "information" questions within a document,
see the dataset README). Queries are split by document into a tuning part (fusion
weights, RRF constant and reranker weights are fitted there) and a test part on which
the figures are reported; the corpus is always the whole set of answers.

    .venv/bin/python evals/rag_medquad.py [--limit N] [--tune-fraction 0.3]

Embeddings of the corpus are cached under data/cache/ (git-ignored) keyed by the
embedded text, so a rerun only embeds what changed; from a clean state the first run
embeds the whole corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from aurixa.core.embeddings import DEFAULT_MODEL, Embedder, OnnxMiniLM, get_embedder  # noqa: E402
from aurixa.rag.chunking import chunk_article, passage_text  # noqa: E402
from aurixa.rag.engine import ChunkRecord, Mode, RetrievalConfig, TenantIndex  # noqa: E402
from aurixa.rag.fusion import weighted_rrf  # noqa: E402
from aurixa.rag.rerank import FEATURES, rerank_order  # noqa: E402
from aurixa.rag.text import tokenize  # noqa: E402


def data_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    return Path(os.environ.get("AURIXA_DATA_DIR", default)) / "medquad"


@dataclass(frozen=True)
class Answer:
    article_id: str
    doc: str
    qtype: str
    title: str
    question: str
    text: str


def load_medquad(limit_docs: int | None = None) -> list[Answer]:
    """Every QA pair of the MedQuAD subset, in a stable order."""
    root = data_dir()
    files = sorted(root.glob("*/*.xml"))
    if not files:
        raise SystemExit(f"no MedQuAD XML under {root} (set AURIXA_DATA_DIR)")
    if limit_docs:
        files = files[:limit_docs]
    answers: list[Answer] = []
    for path in files:
        doc = ET.parse(path).getroot()
        doc_id = f"{doc.get('source')}_{doc.get('id')}"
        focus = (doc.findtext("Focus") or "").strip()
        for pair in doc.iter("QAPair"):
            question = pair.find("Question")
            text = (pair.findtext("Answer") or "").strip()
            if question is None or not text:
                continue
            answers.append(
                Answer(
                    # qids restart in each source folder: prefix the document id.
                    article_id=f"{doc_id}-{pair.get('pid')}",
                    doc=doc_id,
                    qtype=question.get("qtype") or "",
                    title=focus,
                    question=" ".join((question.text or "").split()),
                    text=text,
                )
            )
    return answers


class CachedEmbedder:
    """Wraps an embedder with an on-disk cache keyed by model and text hash."""

    def __init__(self, inner: Embedder, cache_dir: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.path = cache_dir / f"{inner.name}.npz"
        self._cache: dict[str, np.ndarray] = {}
        if self.path.exists():
            stored = np.load(self.path)
            self._cache = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        pending = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache}
        # Length order keeps padding low within the embedder's batches.
        missing = sorted(pending.items(), key=lambda kv: len(kv[1]))
        step = 256
        for start in range(0, len(missing), step):
            batch = missing[start : start + step]
            vectors = self.inner.embed([t for _, t in batch])
            self._cache.update(zip((k for k, _ in batch), vectors, strict=True))
            if progress:
                print(
                    f"  embedded {start + len(batch)}/{len(missing)}", file=sys.stderr, flush=True
                )
            if start // step % 2 == 1:
                self.save()
        if missing:
            self.save()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._cache[k] for k in keys]).astype(np.float32)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self._cache))
        vectors = np.vstack(list(self._cache.values())) if self._cache else np.zeros((0, self.dim))
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors.astype(np.float32))
        tmp.replace(self.path)


def cached_embedder(model: str = DEFAULT_MODEL) -> CachedEmbedder:
    return CachedEmbedder(get_embedder(model), REPO / "data" / "cache" / "rag")


@dataclass(frozen=True)
class Query:
    text: str
    doc: str
    relevant: frozenset[str]


def build_queries(answers: Sequence[Answer]) -> list[Query]:
    """Distinct questions; relevant = every answer of the same document and question type."""
    by_type: dict[tuple[str, str], set[str]] = {}
    for a in answers:
        by_type.setdefault((a.doc, a.qtype), set()).add(a.article_id)
    seen: set[tuple[str, str]] = set()
    queries: list[Query] = []
    for a in answers:
        key = (a.doc, a.question.lower())
        if key in seen or not a.question:
            continue
        seen.add(key)
        queries.append(Query(a.question, a.doc, frozenset(by_type[(a.doc, a.qtype)])))
    return queries


def in_tuning_split(doc: str, fraction: float) -> bool:
    """Deterministic split by document, so no document has queries on both sides."""
    bucket = int(hashlib.sha1(doc.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return bucket < fraction


def metrics(ranked: Sequence[str], relevant: frozenset[str]) -> dict[str, float]:
    """Recall@1/5/10, MRR@10, nDCG@10 (binary gains) of one article ranking."""
    out = {f"R@{k}": len(relevant.intersection(ranked[:k])) / len(relevant) for k in (1, 5, 10)}
    first = next((i for i, a in enumerate(ranked[:10]) if a in relevant), None)
    out["MRR@10"] = 0.0 if first is None else 1.0 / (first + 1)
    dcg = sum(1.0 / np.log2(i + 2) for i, a in enumerate(ranked[:10]) if a in relevant)
    ideal = sum(1.0 / np.log2(i + 2) for i in range(min(10, len(relevant))))
    out["nDCG@10"] = dcg / ideal
    return out


def mean_metrics(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    return {key: float(np.mean([r[key] for r in rows])) for key in rows[0]} if rows else {}


@dataclass
class Prepared:
    """Per-query inputs computed once and reused by every fusion/reranking setting."""

    query: Query
    terms: list[str]
    vector: np.ndarray
    lexical: list[int]
    bm25: dict[int, float]
    dense: list[int]
    sims: dict[int, float]


def build_index(answers: Sequence[Answer], embedder: CachedEmbedder) -> TenantIndex:
    records: list[tuple[str, list[ChunkRecord]]] = []
    texts: list[str] = []
    for a in answers:
        chunks = chunk_article(a.text)
        recs = [
            ChunkRecord(
                f"{a.article_id}#{c.position}", a.article_id, a.title, c.heading, c.text, c.position
            )
            for c in chunks
        ]
        records.append((a.article_id, recs))
        texts.extend(passage_text(r.title, r.heading, r.text) for r in recs)
    print(f"corpus: {len(answers)} articles, {len(texts)} chunks", file=sys.stderr)
    vectors = embedder.embed(texts, progress=True)
    index = TenantIndex(dim=embedder.dim, vector_backend="exact")
    row = 0
    for article_id, recs in records:
        index.upsert_article(article_id, recs, vectors[row : row + len(recs)])
        row += len(recs)
    index.refresh()
    return index


def prepare(
    index: TenantIndex, queries: Sequence[Query], embedder: CachedEmbedder
) -> list[Prepared]:
    vectors = embedder.embed([q.text for q in queries])
    prepared = []
    depth = RetrievalConfig().candidates
    for q, v in zip(queries, vectors, strict=True):
        terms = tokenize(q.text)
        lexical, bm25 = index.bm25_ranking(terms, depth)
        dense, sims = index.dense_ranking(v, depth)
        prepared.append(Prepared(q, terms, v, lexical, bm25, dense, sims))
    return prepared


def articles(index: TenantIndex, slots: Sequence[int]) -> list[str]:
    seen: dict[str, None] = {}
    for slot in slots:
        seen.setdefault(index.record(slot).article_id, None)
        if len(seen) == 10:
            break
    return list(seen)


def fused_slots(p: Prepared, w_bm25: float, k: float) -> list[tuple[int, float]]:
    return weighted_rrf([p.lexical, p.dense], [w_bm25, 1.0 - w_bm25], k)


def score_fusion(index: TenantIndex, prepared: Sequence[Prepared], w: float, k: float) -> float:
    rows = [
        metrics(articles(index, [s for s, _ in fused_slots(p, w, k)]), p.query.relevant)
        for p in prepared
    ]
    return mean_metrics(rows)["MRR@10"]


def tune_fusion(index: TenantIndex, prepared: Sequence[Prepared]) -> tuple[float, float]:
    """Grid search of the BM25 weight (dense weight = 1 - w) and RRF constant on MRR@10."""
    grid = [(w, k) for w in np.round(np.arange(0.1, 0.95, 0.1), 2) for k in K_GRID]
    best = max(grid, key=lambda wk: (score_fusion(index, prepared, *wk), -abs(wk[1] - 60)))
    return float(best[0]), float(best[1])


K_GRID = (1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 100.0)


WEIGHT_GRID = (-1.0, -0.5, 0.0, 0.25, 0.5, 1.0, 2.0, 4.0)


@dataclass
class RerankCase:
    head: list[int]
    tail: list[int]
    features: np.ndarray
    relevant: frozenset[str]


def rerank_cases(
    index: TenantIndex, prepared: Sequence[Prepared], w: float, k: float, depth: int
) -> list[RerankCase]:
    cases = []
    for p in prepared:
        fused = fused_slots(p, w, k)
        head = fused[:depth]
        features = index.features(head, p.terms, p.vector, p.bm25, p.sims)
        cases.append(
            RerankCase(
                [s for s, _ in head], [s for s, _ in fused[depth:]], features, p.query.relevant
            )
        )
    return cases


def score_rerank(
    index: TenantIndex, cases: Sequence[RerankCase], weights: Sequence[float]
) -> float:
    total = 0.0
    for c in cases:
        order = rerank_order(c.features, weights)
        ranked = articles(index, [c.head[i] for i in order] + c.tail)
        total += metrics(ranked, c.relevant)["MRR@10"]
    return total / max(len(cases), 1)


def tune_rerank(index: TenantIndex, cases: Sequence[RerankCase]) -> tuple[tuple[float, ...], float]:
    """Coordinate ascent from the fused order (weight 1 on the fused score, 0 elsewhere)."""
    weights = [1.0] + [0.0] * (len(FEATURES) - 1)
    best = score_rerank(index, cases, weights)
    for _ in range(3):
        improved = False
        for i in range(len(weights)):
            for value in WEIGHT_GRID:
                trial = [*weights[:i], value, *weights[i + 1 :]]
                score = score_rerank(index, cases, trial)
                if score > best + 1e-6:
                    best, weights, improved = score, trial, True
        if not improved:
            break
    return tuple(weights), best


def evaluate(
    index: TenantIndex, prepared: Sequence[Prepared], mode: Mode, rerank: bool
) -> tuple[dict[str, float], float]:
    """Metrics through the engine's own ranking path, and queries/second of full search."""
    rows = []
    for p in prepared:
        ranked = index.rank(p.terms, p.vector, top_k=50, mode=mode, rerank=rerank)
        rows.append(metrics(articles(index, [s for s, _ in ranked]), p.query.relevant))
    start = time.perf_counter()
    for p in prepared:
        index.search(p.query.text, p.vector, top_k=5, mode=mode, rerank=rerank)
    qps = len(prepared) / (time.perf_counter() - start)
    return mean_metrics(rows), qps


def embedding_qps(queries: Sequence[Query], n: int = 100) -> float:
    # The bare model: the process-wide embedder remembers texts it has seen, and these
    # queries were embedded moments ago.
    model = OnnxMiniLM()
    sample = [q.text for q in queries[:n]]
    start = time.perf_counter()
    for text in sample:
        model.embed([text])
    return len(sample) / (time.perf_counter() - start)


def print_table(results: Sequence[tuple[str, dict[str, float], float]]) -> None:
    keys = ["R@1", "R@5", "R@10", "MRR@10", "nDCG@10"]
    print("| mode | " + " | ".join(keys) + " | queries/s |")
    print("|---|" + "---:|" * (len(keys) + 1))
    for name, m, qps in results:
        print(f"| {name} | " + " | ".join(f"{m[k]:.3f}" for k in keys) + f" | {qps:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--tune-fraction", type=float, default=0.3)
    args = parser.parse_args()

    answers = load_medquad(args.limit)
    embedder = cached_embedder()
    index = build_index(answers, embedder)
    queries = build_queries(answers)
    prepared = prepare(index, queries, embedder)
    tune = [p for p in prepared if in_tuning_split(p.query.doc, args.tune_fraction)]
    test = [p for p in prepared if not in_tuning_split(p.query.doc, args.tune_fraction)]
    print(f"queries: {len(queries)} ({len(tune)} tuning, {len(test)} test)", file=sys.stderr)

    w, k = tune_fusion(index, tune)
    depth = RetrievalConfig().rerank_depth
    weights, tuned_mrr = tune_rerank(index, rerank_cases(index, tune, w, k, depth))
    fused_mrr = score_fusion(index, tune, w, k)
    print(
        f"tuned on {len(tune)} queries: bm25_weight={w:.2f} dense_weight={1 - w:.2f} "
        f"rrf_k={k:g}; MRR@10 fused {fused_mrr:.3f}, reranked {tuned_mrr:.3f}; "
        f"rerank_weights={dict(zip(FEATURES, weights, strict=True))}"
    )

    tuned = RetrievalConfig(rrf_k=k, bm25_weight=w, dense_weight=1 - w, rerank_weights=weights)
    textbook = RetrievalConfig(rrf_k=60.0, bm25_weight=0.5, dense_weight=0.5)
    results = []
    for name, config, mode, rerank in (
        ("bm25", tuned, "bm25", False),
        ("dense", tuned, "dense", False),
        ("hybrid (tuned RRF + rerank)", tuned, "hybrid", True),
        # What the platform runs: RetrievalConfig's defaults, the values an earlier
        # tuning run chose. The tuning search has near-ties, so a new embedding model
        # can pick other weights for the same score; this row shows what ships.
        ("hybrid (shipped defaults)", RetrievalConfig(), "hybrid", True),
        ("hybrid without reranking", tuned, "hybrid", False),
        ("hybrid, textbook RRF (k=60, equal weights)", textbook, "hybrid", False),
    ):
        index.config = config
        m, qps = evaluate(index, test, mode, rerank)
        results.append((name, m, qps))
    print(
        f"\nMedQuAD test split: {len(test)} queries over {len(answers)} articles "
        f"({len(index)} chunks)\n"
    )
    print_table(results)
    print(
        f"\nqueries/s: search without the query embedding (snippets included); "
        f"query embedding alone: {embedding_qps(queries):.0f} queries/s"
    )


if __name__ == "__main__":
    main()
