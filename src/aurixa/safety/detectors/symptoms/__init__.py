"""Symptom reports that are an emergency on their own, in English and Spanish.

Each pattern names one symptom ("chest pain", "can't breathe", "she won't wake up");
`context.reported_now` decides whether a mention reports it happening now. Each clinical
family lives in its own module (`heart_and_lungs`, `neurological`,
`injury_and_poisoning`); this module puts them back in one table, in the order the
detector tries them, with the call for an ambulance, which is no symptom but a report
that one is needed.
"""

from __future__ import annotations

from aurixa.safety.detectors.symptoms import heart_and_lungs, injury_and_poisoning, neurological

__all__ = ["PATTERNS"]

_BY_SUBTYPE = heart_and_lungs.PATTERNS | neurological.PATTERNS | injury_and_poisoning.PATTERNS

_CALLED_FOR: dict[str, list[str]] = {
    "ambulance": [
        r"\b(?:call|need|send|get|calling) (?:me |us )?(?:an |a )?(?:ambulance|paramedics|911)\b",
        # The instruction reported in the subjunctive counts too ("me dijeron que llamara al
        # 911"); the detector reads an "if" after it as a case that may come.
        r"\b(?:llamen|llama|llamar|llamara|llamaramos|llamaran|llame|llamemos|marcar|marcara|"
        r"marque|marquen|necesito|necesitamos|manden) (?:a )?(?:una )?(?:ambulancia|al 911)\b",
    ],
}

# The order patterns are tried in, kept from when they were one table, so findings come
# out in the same order; a subtype a family adds later is tried after these, never dropped.
_ORDER = (
    "cardiac",
    "stroke",
    "breathing",
    "anaphylaxis",
    "bleeding",
    "overdose_poisoning",
    "seizure",
    "unresponsive",
    "cardiac_signs",
    "trauma",
)

# subtype -> patterns, any one of which is a report.
PATTERNS: dict[str, list[str]] = (
    {subtype: _BY_SUBTYPE[subtype] for subtype in _ORDER} | _BY_SUBTYPE | _CALLED_FOR
)
