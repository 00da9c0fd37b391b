"""PII/PHI recognizers: compiled regular expressions plus checksums and context (one
module per family of formats in `recognizers/`), and person names from name lists
(`names/`). This module runs them and settles overlaps.

The recognizers run on the hot path of every message (about a millisecond),
which is why they are ours and not an NER model; the eval compares them with
Presidio on the same data. Spans are reported on the original text so callers
can redact exactly what was found.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from aurixa.safety.detectors.base import Direction, Finding
from aurixa.safety.detectors.names import person_spans
from aurixa.safety.detectors.recognizers.addresses import ADDRESSES
from aurixa.safety.detectors.recognizers.common import Recognizer
from aurixa.safety.detectors.recognizers.dates import DATES
from aurixa.safety.detectors.recognizers.identifiers import (
    ID_NUMBERS,
    IDENTIFIERS,
    iban_checksum,
    luhn,
)
from aurixa.safety.detectors.recognizers.phones import PHONES, READINGS
from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

RECOGNIZERS: list[Recognizer] = [*IDENTIFIERS, *DATES, *PHONES, *ID_NUMBERS, *ADDRESSES]


def _plausible(entity: str, value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if entity == "CREDIT_CARD":
        return 13 <= len(digits) <= 19 and luhn(digits)
    if entity == "IBAN_CODE":
        # Written in capitals the shape is enough; in lower case the check digits decide.
        return value.isupper() or iban_checksum(value)
    if entity == "PHONE_NUMBER":
        # 7-15 digits before any extension, and not a year range, a ZIP+4 code or a
        # Brazilian postcode ("99185-869").
        digits = re.sub(r"\D", "", re.split(r"(?i)\s?(?:x|ext)", value)[0])
        return 7 <= len(digits) <= 15 and not re.fullmatch(
            r"(?:19|20)\d\d[\s-](?:19|20)\d\d|\d{5}-\d{4}|\d{5}-\d{3}", value
        )
    return True


_DIGIT = re.compile(r"\d")

_PRIORITY = [
    "EMAIL_ADDRESS", "US_SSN", "MEDICAL_RECORD", "INSURANCE_ID", "ID_NUMBER", "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS", "DATE", "STREET_ADDRESS", "PHONE_NUMBER", "PERSON",
]  # fmt: skip


class _Candidate(NamedTuple):
    rank: int
    start: int
    end: int
    entity: str
    anchored: bool  # found after a word that says what it is ("phone", "card number")


def _without_numbers_inside_phones(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """An SSN's or a card's digits that are a phone number by their context are the
    phone's: inside a longer number opening with a country code or a bracketed area code
    ("+358 197785902", "(351) 921283577"), or right after a word for a phone ("call
    5730265469541"). The digits alone cannot say what the number is; the context can."""
    phones = [
        c for c in candidates
        if c.entity == "PHONE_NUMBER" and (c.anchored or text.startswith(("+", "(", "00"), c.start))
    ]  # fmt: skip
    return [
        c for c in candidates
        if c.entity not in ("US_SSN", "CREDIT_CARD") or c.anchored
        or not any(
            p.start <= c.start and c.end <= p.end
            and (p.anchored or p.end - p.start > c.end - c.start)
            for p in phones
        )
    ]  # fmt: skip


def find_pii(text: str) -> list[tuple[str, int, int]]:
    """Non-overlapping (entity, start, end) spans, the more specific entity winning."""
    candidates: list[_Candidate] = []
    readings = [m.span(1) for m in READINGS.finditer(text)] if text else []
    has_digit = _DIGIT.search(text) is not None
    for recognizer in RECOGNIZERS:
        if recognizer.digits and not has_digit:
            continue
        if recognizer.hint is not None and recognizer.hint.search(text) is None:
            continue
        for m in recognizer.pattern.finditer(text):
            start, end = m.span(recognizer.group)
            value = m.group(recognizer.group)
            if recognizer.entity == "PHONE_NUMBER" and any(
                s <= start and end <= e for s, e in readings
            ):
                continue
            if start < end and (not recognizer.validate or _plausible(recognizer.entity, value)):
                rank = len(_PRIORITY) if recognizer.weak else _PRIORITY.index(recognizer.entity)
                anchored = not recognizer.validate
                candidates.append(_Candidate(rank, start, end, recognizer.entity, anchored))
    rank = _PRIORITY.index("PERSON")
    candidates.extend(_Candidate(rank, s, e, "PERSON", False) for s, e in person_spans(text))
    candidates = _without_numbers_inside_phones(text, candidates)
    # Specific entities first, then longer spans; a span overlapping a kept one is dropped.
    candidates.sort(key=lambda c: (c.rank, -(c.end - c.start)))
    kept: list[tuple[str, int, int]] = []
    for c in candidates:
        if all(c.end <= s or c.start >= e for _, s, e in kept):
            kept.append((c.entity, c.start, c.end))
    return sorted(kept, key=lambda k: k[1])


def redact_spans(text: str, spans: list[tuple[str, int, int]]) -> str:
    out: list[str] = []
    last = 0
    for entity, start, end in sorted(spans, key=lambda s: s[1]):
        out.append(text[last:start])
        out.append(f"[{entity}]")
        last = end
    out.append(text[last:])
    return "".join(out)


class PIIDetector:
    name = "pii"
    category = Category.PII
    # Input only: an answer's PII findings are dropped by the output check (what it
    # repeats is the patient's own data, and another patient's is found by
    # identifier), so scanning answers cost CPU for nothing: about 0.9 of the 1.0 ms
    # an output check took on a three-sentence answer.
    directions: frozenset[Direction] = frozenset({"input"})

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]:
        return [
            Finding(self.category, Severity.LOW, entity, start, end, entity)
            for entity, start, end in find_pii(doc.text)
        ]
