"""Checks on what the assistant is about to say to a patient.

No diagnosis, no dosing the knowledge base does not state, every factual
sentence grounded in a source, and no other patient's identifiers. Unsupported
sentences are dropped; if too little is left, the whole answer is replaced by
the safe fallback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from aurixa.safety.detectors.base import Finding
from aurixa.safety.schemas import Category, Severity
from aurixa.safety.text import fold

_DIAGNOSIS = [
    re.compile(p)
    for p in (
        r"\byou (?:have|'ve got|probably have|likely have|most likely have|definitely have|"
        r"might have|may have|could have|are suffering from|suffer from|are showing signs of) "
        r"(?:a |an )?(?!(?:an? )?(?:appointment|visit|question|questions|\d|coverage|insurance|"
        r"copay|prescription|refill|refills|balance|option|access|time|right|choice|few|"
        r"several|any|no|been|to)\b)[a-z]+",
        r"\b(?:this|that|it|these symptoms|your symptoms) (?:is|are|sounds? like|looks? like|"
        r"seems? like|indicates?|suggests?|means?|points? to) (?:a |an )?(?:case of |sign of )?"
        r"(?:likely |probably |definitely )?[a-z]*(?:itis|oma|osis|emia|pathy|infection|disease|"
        r"disorder|syndrome|cancer|diabetes|flu|influenza|virus|fracture|stroke|heart attack|"
        r"migraine|covid|pneumonia|appendicitis|sepsis)\b",
        r"\bi (?:diagnose|think you have|believe you have|suspect you have)\b",
        r"\byour diagnosis is\b",
        r"\busted (?:tiene|padece|sufre de) (?:un |una )?(?!(?:una )?cita\b)[a-z]+",
        r"\b(?:esto|eso) (?:es|parece|suena a) (?:un |una )?[a-z]*(?:itis|oma|osis|infeccion|"
        r"enfermedad|sindrome|cancer|diabetes|gripe|virus|fractura|infarto)\b",
    )
]
_CITATION = re.compile(r"\[\d+(?:,\s*\d+)*\]")
# "If you have asthma", "when you have a cold", "si usted tiene diabetes".
_CONDITIONAL = re.compile(r"\b(?:if|when|whether|unless|once|si|cuando)\s+$")


def _quoted(folded: str, compact_sources: Sequence[str]) -> bool:
    """A sentence the knowledge base says word for word is not a diagnosis beyond it."""
    compact = re.sub(r"\s+", "", _CITATION.sub("", folded))
    return len(compact) > 20 and any(compact in source for source in compact_sources)


_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|g|ml|cc|units?|iu|tablets?|pills?|capsules?|puffs?|"
    r"drops?|teaspoons?|tsp|tablespoons?|tbsp|comprimidos|pastillas|gotas|unidades)\b|"
    r"\b(?:take|tome|toma|tomar) (?:\d+|one|two|three|four|half|un|una|dos|tres|media)\b|"
    r"\bevery \d+(?:\s?(?:-|to)\s?\d+)? hours\b|"
    r"\b(?:once|twice|three times|\d times) (?:a|per) day\b|"
    r"\bcada \d+ horas\b|\b(?:una|dos|tres) veces al dia\b"
)
# Sentences that carry no medical claim and need no source.
_GENERIC = re.compile(
    r"\b(?:appointment|call us|contact|care team|our staff|our clinic|happy to help|i can help|"
    r"let me know|please|sorry|thank|you're welcome|book|schedule|reschedul|cancel|portal|"
    r"emergency|911|988|not medical advice|consult|talk to your|speak with|ask your|cita|"
    r"llame|contacte|gracias|por favor|"
    # Saying that nothing given answers the question claims nothing either; a
    # check that dropped it would give the patient a safety fallback instead.
    r"(?:couldn't|could not|can't|cannot) find|(?:don't|do not) have (?:any )?information|"
    r"no (?:encontre|tengo informacion))\b"
)
_WORD = re.compile(r"[a-z0-9]+")
# One string reads better than a list literal of a hundred short words.
_STOP = frozenset(
    "a an the and or but if of to in on at by for with from is are was were be been being it "  # noqa: SIM905
    "this that these those you your yours we our i my me he she they them his her their as can "
    "could may might will would should do does did not no so than then there here also about "
    "into over after before more most some any such what which who whom when where why how "
    "el la los las un una de del y o que en por para con es son se su sus lo al".split()
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
GROUNDING_THRESHOLD = 0.6


def _content(words: str) -> set[str]:
    # Crude stemming: plural and -ing/-ed variants of a source word still count.
    return {w.rstrip("s")[:7] for w in _WORD.findall(words) if w not in _STOP and len(w) > 1}


@dataclass
class OutputReview:
    kept: list[str] = field(default_factory=list)
    dropped: int = 0
    claims: int = 0
    findings: list[Finding] = field(default_factory=list)


def find_other_patient(text: str, identifiers: Sequence[str]) -> list[Finding]:
    folded = fold(text)
    found: list[Finding] = []
    for ident in identifiers:
        needle = fold(ident.strip())
        if len(needle) < 3:
            continue
        m = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", folded)
        if m:
            found.append(
                Finding(
                    Category.OTHER_PATIENT_PHI,
                    Severity.HIGH,
                    "identifier of another patient",
                    m.start(),
                    m.end(),
                )
            )
    return found


def review_sentences(
    text: str, *, sources: Sequence[str] | None, enabled: set[Category]
) -> OutputReview:
    review = OutputReview()
    folded_sources = [fold(s) for s in sources or []]
    compact_sources = [re.sub(r"\s+", "", s) for s in folded_sources]
    source_words = [_content(s) for s in folded_sources]
    for sentence in (s.strip() for s in _SENTENCE.split(text)):
        if not sentence:
            continue
        problem = _problem(sentence, sources, compact_sources, source_words, enabled)
        content = _content(fold(sentence))
        is_claim = len(content) >= 4 and not _GENERIC.search(fold(sentence))
        review.claims += int(is_claim)
        if problem is None:
            review.kept.append(sentence)
        else:
            review.dropped += 1
            review.findings.append(problem)
    return review


def _problem(
    sentence: str,
    sources: Sequence[str] | None,
    compact_sources: list[str],
    source_words: list[set[str]],
    enabled: set[Category],
) -> Finding | None:
    folded = fold(sentence)
    if Category.DIAGNOSIS in enabled and not _quoted(folded, compact_sources):
        for pattern in _DIAGNOSIS:
            for m in pattern.finditer(folded):
                if _CONDITIONAL.search(folded[max(0, m.start() - 12) : m.start()]):
                    continue  # "if you have asthma, ..." tells what to do, not what you have
                return Finding(
                    Category.DIAGNOSIS, Severity.HIGH, sentence[m.start() : m.end()], 0, 0
                )
    if Category.DOSING in enabled:
        for m in _DOSE.finditer(folded):
            dose = re.sub(r"\s+", "", m.group(0))
            if not any(dose in source for source in compact_sources):
                return Finding(Category.DOSING, Severity.HIGH, sentence[m.start() : m.end()], 0, 0)
    if sources is not None and Category.UNGROUNDED in enabled:
        words = _content(folded)
        if len(words) >= 4 and not _GENERIC.search(folded):
            support = max((len(words & sw) / len(words) for sw in source_words), default=0.0)
            if support < GROUNDING_THRESHOLD:
                return Finding(Category.UNGROUNDED, Severity.MEDIUM, sentence[:120], 0, 0)
    return None
