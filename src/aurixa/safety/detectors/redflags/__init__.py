"""Red flags that take clinical knowledge to recognise, in English and Spanish.

A patient rarely names the emergency ("meningitis", "diabetic ketoacidosis"); they
describe its signs. Each rule is a set of signs that together mean "call the
emergency number now" in standard triage guidance, and fires only when every sign
is reported as happening now (negation, history, education and hypotheticals are
read by `context.reported_now`, per sign). A rule of one sign is a sign that is an
emergency on its own (vomit like coffee grounds, a rash that does not fade under
pressure, an umbilical cord that can be seen).

The patterns run on folded text (lower case, no accents), so "pañal" is "panal".

Each clinical family lives in its own module (`circulation`, `head_injury`, `neurological`,
`systemic`, `abdominal_obstetric`, `poisoning`, `trauma_environmental`, `airway`, `digestive`,
`eye_ear`, `workplace`), with the signs several families share in `signs`; this module puts
their rules back in one table, a subtype two families both read keeping the rules of each.
"""

from __future__ import annotations

from aurixa.safety.detectors.redflags import (
    abdominal_obstetric,
    airway,
    circulation,
    digestive,
    eye_ear,
    head_injury,
    neurological,
    poisoning,
    systemic,
    trauma_environmental,
    workplace,
)
from aurixa.safety.detectors.redflags.neurological import VETOES

__all__ = ["RULES", "VETOES"]

_FAMILIES = (
    circulation.RULES,
    head_injury.RULES,
    neurological.RULES,
    systemic.RULES,
    abdominal_obstetric.RULES,
    poisoning.RULES,
    trauma_environmental.RULES,
    airway.RULES,
    digestive.RULES,
    eye_ear.RULES,
    workplace.RULES,
)
_BY_SUBTYPE: dict[str, list[tuple[str, ...]]] = {}
for _family in _FAMILIES:
    for _subtype, _rules in _family.items():
        _BY_SUBTYPE.setdefault(_subtype, []).extend(_rules)

# The order rules are tried in, kept from when they were one table, so findings come out
# in the same order; a subtype a family adds later is tried after these, never dropped.
_ORDER = (
    "gi_bleeding",
    "unresponsive",
    "head_injury",
    "meningitis",
    "sepsis",
    "diabetic",
    "carbon_monoxide",
    "burn",
    "obstetric",
    "infant_fever",
    "infant",
    "dehydration",
    "abdominal",
    "overdose_poisoning",
    "cardiac",
    "syncope",
    "cardiac_rate",
    "hypertensive",
    "trauma",
    "heat",
    "stroke",
    "confusion",
    "seizure",
    "anaphylaxis",
    "bleeding",
)

# subtype -> rules; a rule is the signs that must all be reported now.
RULES: dict[str, list[tuple[str, ...]]] = {
    subtype: _BY_SUBTYPE[subtype] for subtype in _ORDER
} | _BY_SUBTYPE
