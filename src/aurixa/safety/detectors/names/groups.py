"""Names found through other names: the rest of a list of names, a transcript's
speakers, later mentions of a name; and lists of surnames that name a firm."""

from __future__ import annotations

import re

from aurixa.safety.detectors.names.cues import NOT_PERSON_AFTER
from aurixa.safety.detectors.names.lexicon import (
    COMMON_LOWER,
    FIELD_LABELS,
    PARTICLES,
    PLACES_AS_NAMES,
    fold,
)
from aurixa.safety.detectors.names.runs import capitalised
from aurixa.safety.detectors.names.sources import NameLists, name_lists


def repeated(
    words: list[re.Match[str]], spans: list[tuple[int, int]], lists: NameLists
) -> list[tuple[int, int]]:
    """Other mentions of a name already found: "my name is Aantje Mourik but everyone
    calls me Aantje". A mention must be written exactly as in the name (so "Rose" found
    does not take "rose"), and common words are left alone."""
    found: set[str] = set()
    for m in words:
        token = fold(m.group(0).rstrip("."))
        if (
            any(s <= m.start() and m.end() <= e for s, e in spans)
            and len(token) > 2
            and token not in lists.ordinary
            and token not in COMMON_LOWER
            and token not in PARTICLES
        ):
            found.add(m.group(0).rstrip("."))
    return [
        (m.start(), m.start() + len(m.group(0).rstrip(".")))
        for m in words
        if m.group(0).rstrip(".") in found
        and not any(s < m.end() and m.start() < e for s, e in spans)
    ]


# "Davis, Reynolds and Williamson Orchestra": surnames listed before a company word
# name a firm, not people.
_NAME_LIST = re.compile(
    r"[^\W\d_][\w'’-]*(?:,\s+[^\W\d_][\w'’-]*)*,?\s+(?:and|&)\s+[^\W\d_][\w'’-]*"
    r"(?=\s|$|[.,;!?])"
)


# Three or more surnames in a list name a firm ("Hawkins, Richardson and Santana") after
# "at" or "from", or before a singular verb ("Lopez, Santos and Coleman is a design
# agency"); people in a list take "are", and a list of given names only is people.
_FIRM_LIST_BEFORE = re.compile(r"\b(?:at|from|of|for|joined|by|to)\s+$", re.IGNORECASE)


_FIRM_LIST_AFTER = re.compile(r"^\s+(?:is|was|has)\b")


def _is_firm_list(text: str, m: re.Match[str], lists: NameLists) -> bool:
    if not m.group(0)[0].isupper():
        return False
    if NOT_PERSON_AFTER.match(text[m.end() :]):
        return True
    items = [w for w in re.split(r",\s*|\s+(?:and|&)\s+", m.group(0)) if w]
    if len(items) < 3 or not all(capitalised(w) and " " not in w for w in items):
        return False
    given = sum(1 for w in items if fold(w) in lists.common_first)
    before = text[max(0, m.start() - 12) : m.start()]
    return given < len(items) and (
        _FIRM_LIST_BEFORE.search(before) is not None
        or _FIRM_LIST_AFTER.match(text[m.end() :]) is not None
    )


def rest_of_name_lists(
    text: str, spans: list[tuple[int, int]], lists: NameLists
) -> list[tuple[int, int]]:
    """ "our founders: Monjeau, Graves and Reed", "Vinka and Tom": when one single-word
    item of a list is a person, the others are too, listed or not (ordinary words aside)."""
    found: list[tuple[int, int]] = []
    for m in _NAME_LIST.finditer(text):
        if _is_firm_list(text, m, lists):
            continue
        items = [i for i in re.finditer(r"[^\W\d_][\w'’-]*", m.group(0)) if i.group(0) != "and"]
        if len(items) < 2 or not all(capitalised(i.group(0)) for i in items):
            continue
        offsets = [(m.start() + i.start(), m.start() + i.end()) for i in items]
        persons = [(a, b) for a, b in offsets if (a, b) in spans]
        # Two items need a given name among them: a surname list also holds words
        # ("Wisdom and Discipline").
        if not persons or (
            len(items) == 2 and not any(fold(text[a:b]) in lists.first for a, b in persons)
        ):
            continue
        for a, b in offsets:
            token = fold(text[a:b])
            taken = any(s < b and a < e for s, e in spans)
            if not taken and (token not in lists.ordinary or token in PLACES_AS_NAMES):
                found.append((a, b))
    return found


# Speakers of a transcript: a capitalised word opening two or more lines, before a colon.
# A speaker's label may be a full name ("Bojka Žilih: You saved my life!").
_SPEAKER = re.compile(r"(?m)^[^\w\n]*([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2}):[ \t]+\S")


def speakers(text: str, spans: list[tuple[int, int]], lists: NameLists) -> list[tuple[int, int]]:
    labels = list(_SPEAKER.finditer(text))
    if len(labels) < 2:
        return []
    found = [
        m
        for m in labels
        if all(capitalised(w) for w in m.group(1).split())
        and not any(fold(w) in lists.ordinary for w in m.group(1).split())
        and fold(m.group(1)) not in FIELD_LABELS
    ]
    # A form's labels are English words ("Reason:", "Diagnosis:"); a transcript has a
    # speaker whose name is no English word or is a common given name ("Nathan:"), and
    # then surnames that are words too ("Rogers:") are speakers beside it.
    if not any(
        fold(w) not in lists.english or fold(w) in lists.common_first
        for m in found
        for w in m.group(1).split()
    ):
        return []
    return [m.span(1) for m in found if not any(s < m.end(1) and m.start(1) < e for s, e in spans)]


def outside_firm_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lists = name_lists()
    firms = [
        (m.start(), m.end()) for m in _NAME_LIST.finditer(text) if _is_firm_list(text, m, lists)
    ]
    return [s for s in spans if not any(fs <= s[0] and s[1] <= fe for fs, fe in firms)]
