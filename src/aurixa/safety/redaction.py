"""Keeping PHI out of logs, telemetry, audit details and stored escalations.

`redact(text)` replaces every PII/PHI span with its type (`[PHONE_NUMBER]`);
`redact_processor` does the same to every string value of a structlog event,
so it can sit in the logging chain of any service.

Stored text is redacted more thoroughly than the per-message check can afford:
when the `aurixa[ner]` extra is installed, person names found by the NER model
(`detectors/ner.py`) are added to what the recognizers find. The check itself
(`service.check_input`) keeps to the recognizers, which take a fraction of a
millisecond.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from aurixa.safety.detectors import ner
from aurixa.safety.detectors.names import is_listed_name, is_title_phrase, is_written_as_name
from aurixa.safety.detectors.pii import find_pii, redact_spans

# Keys that carry identifiers we generate (never PHI) and must stay searchable.
_SAFE_KEYS = frozenset(
    {"request_id", "service", "level", "timestamp", "logger", "tenant_id", "conversation_id"}
)

__all__ = ["redact", "redact_many", "redact_mapping", "redact_processor", "stored_text_spans"]


def stored_text_spans(text: str) -> list[tuple[str, int, int]]:
    """(entity, start, end) of every span that redaction removes from stored text."""
    return _with_persons(text, ner.person_spans(text))


def _with_persons(text: str, persons: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The recognizers' spans of `text` plus the model's `persons` that pass."""
    spans = find_pii(text)
    for start, end in persons:
        words = text[start:end].split()
        # The English model reads lower-case Spanish and chat as names ("mi abuelo",
        # "bee sting"); names in lower case are the recognizers' job, after their cues.
        if not is_written_as_name(words):
            continue
        # A lone word the model calls a person is often a brand or a drug ("the Pfizer
        # vaccine or Moderna"); it counts only when the name lists know it.
        if len(words) == 1 and not is_listed_name(words[0]):
            continue
        # Titles and headlines in capitals ("Guilty Pleasures", "Dry Mouth Feels Dry")
        # are no person, as for the recognizers.
        if is_title_phrase(words):
            continue
        # The recognizers' span wins where both found something: its type is more
        # specific ("Dr. Ann Lee, 12 Oak St" is a name and an address).
        if all(end <= s or start >= e for _, s, e in spans):
            spans.append(("PERSON", start, end))
    return sorted(spans, key=lambda s: s[1])


def redact(text: str) -> str:
    """`text` with every PII/PHI span replaced by its type, e.g. `[PHONE_NUMBER]`.

    For logs, telemetry, audit details and escalations; the pipeline itself keeps
    the original.
    """
    if len(text) <= _TOKEN_MAX and not any(c.isspace() for c in text):
        return _redact_token(text)
    return redact_spans(text, stored_text_spans(text))


# Telemetry attributes and log fields are mostly a few codes ("allow", "rag",
# "knowledge_question") repeated every turn; the recognizers took about 0.1 ms on each,
# about 1 ms a turn. A single short token's redaction is remembered. Whole sentences
# are not: they are rarely repeated, and their PHI should not outlive the call.
_TOKEN_MAX = 64


@lru_cache(maxsize=4096)
def _redact_token(text: str) -> str:
    return redact_spans(text, stored_text_spans(text))


def redact_many(texts: Sequence[str]) -> list[str]:
    """`redact` of each text, the NER model run on them as one batch."""
    persons = ner.person_spans_many(texts)
    return [
        redact_spans(text, _with_persons(text, found))
        for text, found in zip(texts, persons, strict=True)
    ]


def redact_mapping(values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `values` with every string (nested too) redacted."""
    return {k: v if k in _SAFE_KEYS else _redact_value(v) for k, v in values.items()}


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return redact_mapping(value)
    if isinstance(value, list | tuple):
        return [_redact_value(v) for v in value]
    return value


def redact_processor(_logger: object, _method: str, event: dict[str, Any]) -> dict[str, Any]:
    """A structlog processor: add it before the renderer."""
    return redact_mapping(event)
