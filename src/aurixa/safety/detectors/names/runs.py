"""Whether one run of capitalised words, initials and particles is a person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aurixa.safety.detectors.names.cues import (
    ADDRESS_AFTER_TOWN,
    LINE_END,
    NAME_BEFORE,
    NAME_VERB_AFTER,
    NOT_PERSON_AFTER,
    PERSON_SLOT,
    PERSON_VERB_AFTER,
    PLACE_OR_FIRM_BEFORE,
    ROLE_BEFORE,
    SENTENCE_END,
    STRONG_BEFORE,
    THEN_BEFORE,
)
from aurixa.safety.detectors.names.lexicon import (
    IMPERATIVES,
    PARTICLES,
    SURNAME_ENDINGS,
    TITLES,
    fold,
)


def capitalised(word: str) -> bool:
    # ALL-CAPS words are acronyms or shouted places ("ESPOO") more often than names.
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _initial_at_an_end(run: list[re.Match[str]]) -> bool:
    """Whether the run opens or ends with an initial (then the middle one is no middle initial)."""
    return is_initial(run[0].group(0)) or is_initial(run[-1].group(0))


def _is_town(after: str, first: frozenset[str]) -> bool:
    """Whether the text after a run is what follows a town in an address. A country that
    is also a given name ("Jordan") after a comma may be the next person in a list."""
    m = ADDRESS_AFTER_TOWN.match(after)
    if m is None:
        return False
    country = m.group("country")
    return country is None or fold(country) not in first


def particles_then_name(words: list[re.Match[str]], j: int) -> bool:
    """Whether the particles from `j` on ("van de") lead to a capitalised word."""
    while j < len(words) and words[j].group(0).lower() in PARTICLES:
        j += 1
    return j < len(words) and capitalised(words[j].group(0))


@dataclass(frozen=True)
class _Trimmed:
    """A run without its leading title or opener and its trailing ordinary words."""

    run: list[re.Match[str]]
    tokens: list[str]
    after_title: bool  # "Dr", "Mrs" opened it
    instruction: bool  # "Press", "Click" opened an instruction
    start_of_sentence: bool  # its first kept word opens a sentence


def _trim(text: str, run: list[re.Match[str]], ordinary: frozenset[str]) -> _Trimmed | None:
    start_of_sentence = SENTENCE_END.search(text[: run[0].start()]) is not None
    before_run = text[max(0, run[0].start() - 30) : run[0].start()]
    tokens = [fold(m.group(0).rstrip(".")) for m in run]
    # Drop a leading title or an ordinary sentence opener ("The", "Why", "Dr").
    lead = 0
    after_title = instruction = False
    instruction_slot = start_of_sentence or THEN_BEFORE.search(before_run) is not None
    while lead < len(run) and (
        tokens[lead] in TITLES
        or tokens[lead] in ordinary
        or (instruction_slot and not after_title and tokens[lead] in IMPERATIVES)
    ):
        after_title = after_title or tokens[lead] in TITLES
        instruction = instruction or tokens[lead] in IMPERATIVES
        lead += 1
    if lead == len(run):
        return None
    run, tokens = run[lead:], tokens[lead:]
    # Trailing ordinary words are not part of the name ("Maria Please").
    while len(run) > 1 and tokens[-1] in ordinary:
        run, tokens = run[:-1], tokens[:-1]
    return _Trimmed(run, tokens, after_title, instruction, start_of_sentence and lead == 0)


def person_in_run(
    text: str,
    run: list[re.Match[str]],
    first: frozenset[str],
    last: frozenset[str],
    ordinary: frozenset[str],
) -> tuple[int, int] | None:
    before_run = text[max(0, run[0].start() - 30) : run[0].start()]
    trimmed = _trim(text, run, ordinary)
    if trimmed is None:
        return None
    run = trimmed.run
    after = text[run[-1].end() :]
    if NOT_PERSON_AFTER.match(after) or any(NOT_PERSON_AFTER.match(m.group(0)) for m in run[1:]):
        return None
    # A country written into the run makes the rest a town: "Milford New Zealand".
    if any(_is_town(", " + text[m.start() : run[-1].end()] + after[:1], first) for m in run[1:]):
        return None
    parts = [t for t in trimmed.tokens if t not in PARTICLES]
    before = text[max(0, run[0].start() - 30) : run[0].start()]
    strong = trimmed.after_title or STRONG_BEFORE.search(before) is not None
    name_slot = (
        strong
        or NAME_BEFORE.search(before) is not None
        or re.match(r"^(?:'s\b|’s\b|\s*:|,\s+(?:the|a|an)\b)", after) is not None
    )
    if strong:
        ok = True
    elif PLACE_OR_FIRM_BEFORE.search(before_run) or _is_town(after, first):
        return None
    elif trimmed.instruction:
        # After "Press", "Click" or "Call" at the start, a key or a button is capitalised
        # too ("Press Enter"); only a given name makes the rest a person ("Call Anna").
        ok = any(t in first for t in parts)
    elif len(parts) >= 2:
        ok = _several_words_are_a_name(text, trimmed, parts, name_slot, first, last)
    else:
        single = parts[0] if parts else ""
        if len(single) < 2:
            return None
        ok = _one_word_is_a_name(
            single, trimmed.start_of_sentence, before_run, after, name_slot, first, last
        )
    if not ok:
        return None
    return run[0].start(), run[-1].end() - (1 if run[-1].group(0).endswith(".") else 0)


def _several_words_are_a_name(
    text: str,
    trimmed: _Trimmed,
    parts: list[str],
    name_slot: bool,
    first: frozenset[str],
    last: frozenset[str],
) -> bool:
    run = trimmed.run
    after = text[run[-1].end() :]
    before = text[max(0, run[0].start() - 30) : run[0].start()]
    known_first = any(t in first for t in parts)
    known_last = any(t in last or SURNAME_ENDINGS.search(t) for t in parts if len(t) > 2)
    initials = any(is_initial(m.group(0)) for m in run)
    ok = (
        known_first
        or (initials and known_last)
        or (name_slot and known_last)
        # A middle initial between two capitalised words is a name's shape
        # ("Alvir D. Pušaver"), whatever the lists say.
        or (len(run) == 3 and is_initial(run[1].group(0)) and not _initial_at_an_end(run))
        # A person's verb after the run: "Ubul Csonka listed his top songs".
        or (len(parts) <= 3 and PERSON_VERB_AFTER.match(after) is not None)
    )
    if not ok and not trimmed.start_of_sentence:
        ok = sum(1 for t in parts if t in last) >= 2
    if not ok and len(parts) <= 3:
        # Where only a person fits ("heard Nijito Asano speak", a contact card's
        # first line), two or three capitalised words are a name though no list has
        # them.
        # A bullet or a symbol may open the card ("• Linneo Medrano").
        first_line = (
            not re.search(r"\w", text[: run[0].start()]) and LINE_END.match(after) is not None
        )
        ok = first_line or PERSON_SLOT.search(before) is not None
    return ok


def _one_word_is_a_name(
    single: str,
    start_of_sentence: bool,
    before_run: str,
    after: str,
    name_slot: bool,
    first: frozenset[str],
    last: frozenset[str],
) -> bool:
    listed = single in first or single in last or SURNAME_ENDINGS.search(single) is not None
    if start_of_sentence:
        # An opening word is a name only when it acts like one.
        return (
            PERSON_VERB_AFTER.match(after) is not None
            or (single in first and (name_slot or NAME_VERB_AFTER.match(after) is not None))
            or (listed and re.match(r"^\s*:", after) is not None)
        )
    return (
        single in first
        or single in last
        or (listed and name_slot)
        or ROLE_BEFORE.search(before_run) is not None
    )
