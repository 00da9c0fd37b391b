"""The `Detector` interface and its registry.

Built-in detectors register exactly like a third-party one would; tests build a
registry of their own (for example with a detector that raises, to pin the
fail-closed path).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, Protocol

from aurixa.safety.schemas import Category, SafetyPolicy, Severity
from aurixa.safety.text import Doc

Direction = Literal["input", "output"]


@dataclass(frozen=True)
class Finding:
    """One thing a detector found: what, how bad, and the words that triggered it."""

    category: Category
    severity: Severity
    evidence: str
    start: int
    end: int
    subtype: str | None = None


def any_of(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex for a list of alternatives: one scan of the text instead of many."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def signs_together(
    doc: Doc,
    signs: Sequence[re.Pattern[str]],
    first: Callable[[re.Pattern[str]], re.Match[str] | None],
) -> tuple[int, int, str] | None:
    """Where every sign is found (by `first`, which reads only reported mentions): the
    span from the first to the last and their words joined as evidence; None as soon as
    one sign is missing, which is the common case, so the rest are never searched."""
    matches: list[re.Match[str]] = []
    for sign in signs:
        found = first(sign)
        if found is None:
            return None
        matches.append(found)
    start = min(m.start() for m in matches)
    end = max(m.end() for m in matches)
    return start, end, " … ".join(doc.evidence(m.start(), m.end()) for m in matches)


class Detector(Protocol):
    name: str
    category: Category
    directions: frozenset[Direction]

    def detect(self, doc: Doc, policy: SafetyPolicy) -> list[Finding]: ...


class DetectorRegistry:
    """Detectors by name, run in registration order."""

    def __init__(self, detectors: Iterable[Detector] = ()) -> None:
        self._detectors: dict[str, Detector] = {}
        for detector in detectors:
            self.register(detector)

    def register(self, detector: Detector) -> None:
        self._detectors[detector.name] = detector

    def unregister(self, name: str) -> None:
        self._detectors.pop(name, None)

    def for_direction(self, direction: Direction) -> Iterator[Detector]:
        return (d for d in self._detectors.values() if direction in d.directions)

    def names(self) -> list[str]:
        return list(self._detectors)

    def __iter__(self) -> Iterator[Detector]:
        return iter(list(self._detectors.values()))


@cache
def default_registry() -> DetectorRegistry:
    """The built-in detectors, compiled once on first use (not at import)."""
    from aurixa.safety.detectors.emergency import EmergencyDetector
    from aurixa.safety.detectors.harmful import (
        BlockedTopicDetector,
        HarmfulRequestDetector,
        OutOfScopeDetector,
    )
    from aurixa.safety.detectors.injection import InjectionDetector
    from aurixa.safety.detectors.pii import PIIDetector
    from aurixa.safety.detectors.selfharm import SelfHarmDetector
    from aurixa.safety.detectors.semantic import SemanticTriageDetector

    emergency, self_harm = EmergencyDetector(), SelfHarmDetector()
    return DetectorRegistry(
        [
            emergency,
            self_harm,
            # After the rules, which it backs up; their context handling can veto it.
            SemanticTriageDetector([emergency, self_harm]),
            HarmfulRequestDetector(),
            InjectionDetector(),
            BlockedTopicDetector(),
            OutOfScopeDetector(),
            PIIDetector(),
        ]
    )
