"""Answer quality of the offline `local` responder on MedQuAD, through the output check.

Retrieval is scored by `evals/rag_medquad.py`; this scores what a patient reads. Each
MedQuAD question is searched as the platform searches (hybrid, reranked, the shipped
defaults, 4 passages), the passages go to the `local` responder as the orchestrator
sends them, and its answer through the output check with those passages as sources.
An answer sentence is *on topic* when it comes from an answer of the question's own
document and question type (the relevant set of `rag_medquad.py`).

| metric | meaning |
|---|---|
| answered | the responder found something relevant and the output check let it through |
| "nothing relevant" | the responder said that nothing given answers the question |
| output check blocked | the check replaced the answer with the safety fallback |
| output check trimmed | the check dropped at least one sentence |
| first sentence on topic | of answered questions: the sentence a patient reads first |
| sentences on topic | of all released answer sentences |
| [1] on topic | of answered questions: the first source cited is a relevant article |

Queries are split by document as in `rag_medquad.py`; anything about the responder
is chosen on the tuning split (`--split tune`), the figures reported on `test`.

    .venv/bin/python evals/answer_medquad.py [--split test|tune] [--limit N] [--queries N]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

from rag_medquad import (
    Query,
    build_index,
    build_queries,
    cached_embedder,
    in_tuning_split,
    load_medquad,
)

from aurixa.core.embeddings import get_embedder
from aurixa.llm_router.providers.base import ProviderConfig
from aurixa.llm_router.providers.local import NOTHING_RELEVANT, LocalProvider, split_sentences
from aurixa.orchestration.adapters import grounded_request
from aurixa.orchestration.citations import Citations
from aurixa.orchestration.ports import Passage
from aurixa.rag.engine import TenantIndex
from aurixa.safety.schemas import Action
from aurixa.safety.service import check_output

TOP_K = 4  # as the orchestrator asks
_MARK = re.compile(r"\s*\[\d+(?:,\s*\d+)*\]")


@dataclass
class Outcome:
    answered: bool = False
    nothing: bool = False
    blocked: bool = False
    trimmed: bool = False
    first_on_topic: bool = False
    cited_first_on_topic: bool = False
    sentences: int = 0
    on_topic: int = 0


def passages(index: TenantIndex, query: Query, vector: object) -> list[Passage]:
    hits = index.search(query.text, vector, top_k=TOP_K, mode="hybrid", rerank=True)  # type: ignore[arg-type]
    return [
        Passage(h.article_id, h.chunk_id, h.title, h.text, h.snippet, h.score, h.heading)
        for h in hits
    ]


def judge(
    query: Query, given: list[Passage], local: LocalProvider, texts: dict[str, str]
) -> Outcome:
    out = Outcome()
    if not given:
        out.nothing = True
        return out
    request = grounded_request(query.text, given, [])
    answer, _ = local.answer(request)
    if answer == NOTHING_RELEVANT:
        out.nothing = True
        return out
    verdict = check_output(answer, sources=[p.text for p in given], append_disclaimer=False)
    if verdict.action == Action.FALLBACK or not verdict.allowed:
        out.blocked = True
        return out
    released = verdict.redacted_text or answer
    out.trimmed = verdict.action == Action.MODIFY
    out.answered = True
    citations = Citations([p.article_id for p in given])
    citations.renumber(released)
    out.cited_first_on_topic = bool(citations.order) and citations.order[0] in query.relevant
    # Chunking normalises whitespace; MedQuAD's answers keep their line breaks.
    relevant_text = " ".join(" ".join(texts[a].split()) for a in query.relevant)
    sentences = [" ".join(s.split()) for s in split_sentences(_MARK.sub("", released))]
    sentences = [s for s in sentences if s]
    hits = [s in relevant_text for s in sentences]
    out.sentences = len(sentences)
    out.on_topic = sum(hits)
    out.first_on_topic = bool(hits) and hits[0]
    return out


def report(outcomes: Sequence[Outcome]) -> None:
    n = len(outcomes)
    answered = [o for o in outcomes if o.answered]
    a = max(len(answered), 1)
    sentences = sum(o.sentences for o in answered)
    rows = [
        ("answered", sum(o.answered for o in outcomes) / n),
        ('"nothing relevant"', sum(o.nothing for o in outcomes) / n),
        ("output check blocked", sum(o.blocked for o in outcomes) / n),
        ("output check trimmed", sum(o.trimmed for o in outcomes) / n),
        ("first sentence on topic", sum(o.first_on_topic for o in answered) / a),
        ("sentences on topic", sum(o.on_topic for o in answered) / max(sentences, 1)),
        ("[1] on topic", sum(o.cited_first_on_topic for o in answered) / a),
    ]
    print("| metric | value |\n|---|---:|")
    for name, value in rows:
        print(f"| {name} | {100 * value:.1f} % |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["test", "tune"], default="test")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--queries", type=int, default=None, help="only the first N queries")
    parser.add_argument("--tune-fraction", type=float, default=0.3)
    args = parser.parse_args()

    answers = load_medquad(args.limit)
    texts = {a.article_id: a.text for a in answers}
    embedder = cached_embedder()
    index = build_index(answers, embedder)
    tune = args.split == "tune"
    queries = [
        q for q in build_queries(answers) if in_tuning_split(q.doc, args.tune_fraction) == tune
    ][: args.queries]
    vectors = embedder.embed([q.text for q in queries])
    local = LocalProvider(ProviderConfig(name="local", kind="local"), embedder=get_embedder)
    start = time.perf_counter()
    outcomes = [
        judge(q, passages(index, q, v), local, texts) for q, v in zip(queries, vectors, strict=True)
    ]
    seconds = time.perf_counter() - start
    print(
        f"MedQuAD {args.split} split: {len(queries)} questions over {len(answers)} articles; "
        f"answers through the output check ({seconds / max(len(queries), 1) * 1000:.0f} ms "
        "per question)\n"
    )
    report(outcomes)


if __name__ == "__main__":
    main()
