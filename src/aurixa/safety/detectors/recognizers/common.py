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
    # A shape that is only a guess (a year on its own) gives way to any other entity's
    # span it overlaps: "2019 Maple Grove" is an address, not a year and a street.
    weak: bool = False
    # A short pattern the text must contain before the full one runs: rare shapes whose
    # pattern would otherwise be tried at every word of every message.
    hint: re.Pattern[str] | None = None


def ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
