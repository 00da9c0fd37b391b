"""The span finder: runs of capitalised words, then the names found through them and
the lower-case ones."""

from __future__ import annotations

from aurixa.safety.detectors.names.cues import WORD
from aurixa.safety.detectors.names.groups import (
    outside_firm_names,
    repeated,
    rest_of_name_lists,
    speakers,
)
from aurixa.safety.detectors.names.lexicon import FIRM_LAST_WORDS, PARTICLES, fold
from aurixa.safety.detectors.names.lower import (
    cued_lower_case,
    lower_case_in_person_context,
    lower_case_initials,
    lower_case_pairs,
)
from aurixa.safety.detectors.names.runs import (
    capitalised,
    is_initial,
    particles_then_name,
    person_in_run,
)
from aurixa.safety.detectors.names.sources import name_lists


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every person name found in `text`."""
    lists = name_lists()
    spans: list[tuple[int, int]] = []
    words = list(WORD.finditer(text))
    i = 0
    while i < len(words):
        word = words[i].group(0)
        if not (capitalised(word) or is_initial(word)):
            i += 1
            continue
        # A run of capitalised words, initials and name particles ("Dyan van Gijn").
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1].end() : words[j].start()]
            nxt = words[j].group(0)
            if gap.strip(" ") or "\n" in gap:
                break
            if (
                capitalised(nxt)
                or is_initial(nxt)
                or (nxt.lower() in PARTICLES and particles_then_name(words, j))
            ):
                j += 1
            else:
                break
        run = words[i:j]
        # "Rivet Software", "Entertainment Weekly": the last word makes it an organisation.
        if fold(run[-1].group(0).rstrip(".")) in FIRM_LAST_WORDS:
            i = j
            continue
        span = person_in_run(text, run, lists)
        if span is not None:
            spans.append(span)
        i = j
    spans = outside_firm_names(text, spans)
    spans.extend(rest_of_name_lists(text, spans, lists))
    spans.extend(speakers(text, spans, lists))
    spans.extend(cued_lower_case(text, lists))
    spans.extend(lower_case_pairs(words, text, lists))
    spans.extend(lower_case_initials(words, text, lists))
    lower = lower_case_in_person_context(words, text, lists)
    spans.extend(s for s in lower if not any(a < s[1] and s[0] < b for a, b in spans))
    spans.extend(repeated(words, spans, lists))
    return spans
