"""`local`: the offline default that answers only from what it is given.

It never generates facts. From the request's `context` (retrieved passages,
tool results, dialogue-manager text) and any `role="tool"` messages it picks
the sentences most relevant to the last user message, cites each as ``[n]``
(n = the source's 1-based position in `context`, tool messages numbered after
it) and says plainly when nothing given answers the question. Dialogue-manager
text is returned as written.

The chosen sentences are read out source by source, in the order the sources
were given (retrieval's ranking, which is measured; this sentence scorer is
not), each source's sentences in reading order. A sentence that opens with a
pronoun ("It is open until 7 p.m.") brings the sentence before it, which says
what "it" is: otherwise a pharmacy's hours read as the clinic's.

Relevance is the mean of a lexical score (IDF-weighted share of the question's
content words found in the sentence) and, when an embedder is available, the
cosine similarity of sentence embeddings; a sentence from a lower-ranked source
needs more of it to be chosen. `evals/answer_medquad.py` measures the answers.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import numpy as np

from aurixa.core.embeddings import Embedder
from aurixa.llm_router.catalogue import ModelInfo
from aurixa.llm_router.providers.base import ProviderConfig, estimate_tokens, request_text
from aurixa.llm_router.types import (
    ContextItem,
    GenerateRequest,
    GenerateResult,
    StreamEvent,
    Usage,
)
from aurixa.rag.text import tokenize

MODEL = "local-extractive"
NOTHING_GIVEN = (
    "I don't have any information to answer that from. "
    "Please ask a member of staff, or rephrase your question."
)
NOTHING_RELEVANT = (
    "I couldn't find the answer to that in the information available to me. "
    "Please ask a member of staff."
)
MIN_RELEVANCE = 0.3
RELATIVE_CUTOFF = 0.6
MAX_SENTENCES = 3
# Per rank below the first source. Chosen on MedQuAD's tuning split
# (evals/answer_medquad.py): the most answer sentences on topic while at least
# 97 % of questions are still answered (0.2: 62 -> 81 %).
SOURCE_DISCOUNT = 0.2

# Openings that point back at the previous sentence. "There is" and "Here"
# introduce something new, so they are not among them.
_REFERS_BACK = re.compile(r"(?:it|its|they|their|this|these|that|those|he|she|both)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+")


def _terms(text: str) -> set[str]:
    # The knowledge base's own tokenizer: Snowball stems make "cancellation" meet
    # "cancel" and "treatments" meet "treatment", as they do in retrieval.
    return {t for t in tokenize(text) if len(t) > 1}


@dataclass
class _Sentence:
    text: str
    source: int  # 1-based citation number
    position: int
    context: str = ""


def _flatten(text: str) -> str:
    """Tool results often are JSON: read them as `key: value` lines."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    lines: list[str] = []

    def walk(value: object, prefix: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{prefix}{k} " if prefix else f"{k} ")
        elif isinstance(value, list):
            for v in value:
                walk(v, prefix)
        else:
            lines.append(f"{prefix.strip()}: {value}" if prefix else str(value))

    walk(data, "")
    return "\n".join(lines)


def split_sentences(text: str) -> list[str]:
    return [s.strip(" -*•\t") for s in _SENTENCE.split(text) if len(s.strip(" -*•\t")) > 2]


class LocalProvider:
    """Grounded, extractive, offline; costs nothing."""

    kind = "local"

    def __init__(
        self, config: ProviderConfig, *, embedder: Callable[[], Embedder] | None = None
    ) -> None:
        self.name = config.name
        self._embedder = embedder

    def _sources(self, request: GenerateRequest) -> list[ContextItem]:
        sources = list(request.context)
        for m in request.messages:
            if m.role == "tool" and m.content:
                sources.append(
                    ContextItem(
                        id=m.tool_call_id or m.name or "tool",
                        kind="tool_result",
                        text=_flatten(m.content),
                    )
                )
        return sources

    def _score(self, question: str, sentences: list[_Sentence]) -> list[float]:
        query = _terms(question)
        # A sentence is read with its source's title or heading path, which says what
        # it is about when it does not ("Billing and payments > Financial assistance").
        bags = [_terms(s.text) | _terms(s.context) for s in sentences]
        n = len(bags)
        idf = {t: math.log(1 + n / (1 + sum(t in b for b in bags))) for t in query}
        total = sum(idf.values()) or 1.0
        lexical = [sum(idf[t] for t in query & bag) / total for bag in bags]
        if self._embedder is None:
            return lexical
        vectors = self._embedder().embed([question, *(s.text for s in sentences)])
        cosine = (vectors[1:] @ vectors[0]).astype(np.float64)
        return [0.5 * lex + 0.5 * float(cos) for lex, cos in zip(lexical, cosine, strict=True)]

    def answer(self, request: GenerateRequest) -> tuple[str, list[str]]:
        """The answer text and the ids of the sources it cites."""
        sources = self._sources(request)
        dialogue = [s.text for s in sources if s.kind == "dialogue"]
        if dialogue:
            return "\n\n".join(dialogue), []
        if not sources:
            return NOTHING_GIVEN, []
        question = next(
            (m.content or "" for m in reversed(request.messages) if m.role == "user"), ""
        )
        sentences = [
            _Sentence(text, i, pos, item.title)
            for i, item in enumerate(sources, start=1)
            for pos, text in enumerate(split_sentences(_flatten(item.text)))
        ]
        if not sentences:
            return NOTHING_RELEVANT, []
        scores = self._score(question, sentences)
        if max(scores) < MIN_RELEVANCE:
            return NOTHING_RELEVANT, []
        # Retrieval's ranking is measured and this scorer is not: a sentence from a
        # lower-ranked source must score higher to be chosen. It does not decide
        # whether anything given is relevant at all.
        weighted = [
            s * (1 - SOURCE_DISCOUNT * (sentences[i].source - 1)) for i, s in enumerate(scores)
        ]
        best = max(weighted)
        ranked = sorted(range(len(sentences)), key=lambda i: (-weighted[i], sentences[i].position))
        chosen = [
            i
            for i in ranked
            if scores[i] >= MIN_RELEVANCE and weighted[i] >= RELATIVE_CUTOFF * best
        ] or [max(range(len(scores)), key=scores.__getitem__)]
        chosen = chosen[:MAX_SENTENCES]
        with_antecedents = set(chosen)
        for i in chosen:
            if sentences[i].position > 0 and _REFERS_BACK.match(sentences[i].text):
                with_antecedents.add(i - 1)  # same source: positions run on within one
        # Sentences are indexed source by source in reading order, so index order is
        # the order to read them out in.
        chosen = sorted(with_antecedents)
        parts = []
        cited: list[str] = []
        for n, i in enumerate(chosen):
            sentence = sentences[i]
            # A run of adjacent sentences from one source is one passage: cite it once.
            run_goes_on = (
                n + 1 < len(chosen)
                and chosen[n + 1] == i + 1
                and (sentences[i + 1].source == sentence.source)
            )
            citation = "" if run_goes_on else f" [{sentence.source}]"
            parts.append(f"{sentence.text.rstrip()}{citation}")
            source_id = sources[sentence.source - 1].id
            if source_id not in cited:
                cited.append(source_id)
        return " ".join(parts), cited

    async def generate(self, request: GenerateRequest, *, model: str = MODEL) -> GenerateResult:
        # Scoring embeds sentences (CPU work): keep the event loop free meanwhile.
        text, cited = await asyncio.to_thread(self.answer, request)
        return GenerateResult(
            content=text,
            model=MODEL,
            provider=self.name,
            sources=cited,
            usage=Usage(
                input_tokens=estimate_tokens(request_text(request)),
                output_tokens=estimate_tokens(text),
            ),
        )

    async def stream(
        self, request: GenerateRequest, *, model: str = MODEL
    ) -> AsyncIterator[StreamEvent]:
        result = await self.generate(request, model=model)
        words = result.content.split(" ")
        for i, word in enumerate(words):
            yield StreamEvent(type="delta", text=word if i == 0 else f" {word}")
        yield StreamEvent(type="usage", usage=result.usage)
        yield StreamEvent(type="done", finish_reason="stop", sources=result.sources)

    async def health_check(self) -> bool:
        return True

    def estimate_cost(self, request: GenerateRequest, info: ModelInfo) -> float:
        return 0.0

    async def aclose(self) -> None:
        return None
