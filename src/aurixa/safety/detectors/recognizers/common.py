"""What every PII recognizer is made of: an entity, a compiled pattern and how its
match is checked, plus the letter classes the patterns share."""

from __future__ import annotations

import re
from dataclasses import dataclass

U = r"A-ZÀ-ÖØ-ÞĀ-ŽА-Я"  # upper-case letters, incl. Latin Extended and Cyrillic
L = r"a-zß-öø-ÿā-žа-я'"


@dataclass(frozen=True)
class Recognizer:
    entity: str
    pattern: re.Pattern[str]
    group: int = 0
    # Context-anchored recognizers ("card number 5018...") skip the shape checks.
    validate: bool = True
    # Most formats have a figure in them; a message without one skips them.
    digits: bool = True


def ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
