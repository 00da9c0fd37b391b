"""Names written in lower case, found only where their shape or a cue says so."""

from __future__ import annotations

import itertools
import re

from aurixa.safety.detectors.names.cues import (
    CUE_LOWER,
    LINE_END,
    LOWER_PAIR_BEFORE,
    LOWER_PERSON_BEFORE,
    PERSON_VERB_AFTER,
    RARE_PERSON_AFTER,
    WORD,
)
from aurixa.safety.detectors.names.lexicon import (
    COMMON_LOWER,
    LOWER_SURNAME_ENDINGS,
    ONE_LETTER_WORDS,
    SURNAME_ENDINGS,
    fold,
)
from aurixa.safety.detectors.names.sources import NameLists


def lower_case_initials(
    words: list[re.Match[str]], text: str, lists: NameLists
) -> list[tuple[int, int]]:
    """ "benjamin a seiler", "eric g. samoylova": a middle initial between a given name
    and a surname is a name's shape in lower case too. One-letter words without a full
    stop ("a", "o") do not count as initials."""
    spans: list[tuple[int, int]] = []
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        wa, wb, wc = a.group(0), b.group(0), c.group(0).rstrip(".")
        if not (wa.islower() and wb.islower() and wc.islower()):
            continue
        if len(wb.rstrip(".")) != 1 or wb in ONE_LETTER_WORDS or text[a.end() : b.start()] != " ":
            continue
        if text[b.end() : c.start()] != " ":
            continue
        ta, tc = fold(wa), fold(wc)
        if not (
            len(ta) > 2
            and len(tc) > 2
            and ta in lists.first
            and ta not in COMMON_LOWER
            and tc not in lists.ordinary
            and (tc in lists.last or LOWER_SURNAME_ENDINGS.search(tc) is not None)
        ):
            continue
        spans.append((a.start(), c.start() + len(wc)))
    return spans


def lower_case_pairs(
    words: list[re.Match[str]], text: str, lists: NameLists
) -> list[tuple[int, int]]:
    """ "naomi ryan", "monika žilková": a given name and a surname, both in lower case.

    Lower case takes away the strongest cue, so both words must be frequent names
    (or the surname must have a surname's ending) and neither an ordinary word.
    """
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(words):
        wa, wb = a.group(0), b.group(0)
        if not (wa.islower() and wb.islower()) or text[a.end() : b.start()] != " ":
            continue
        # At the start of a line, after a bullet or a symbol at most.
        line_start = not re.search(r"\w", text[text.rfind("\n", 0, a.start()) + 1 : a.start()])
        if not (line_start or LOWER_PAIR_BEFORE.search(text[max(0, a.start() - 20) : a.start()])):
            continue
        ta, tb = fold(wa), fold(wb.rstrip("."))
        strong_ending = LOWER_SURNAME_ENDINGS.search(tb) is not None
        # A message that opens with two words alone on their line is a contact card's
        # name ("naomi ryan\nsewer pipe cleaner"): any listed given name and surname.
        card = (
            line_start
            and not re.search(r"\w", text[: a.start()])
            and LINE_END.match(text[b.end() :]) is not None
            and "\n" in text
            and ta in lists.first
            and (tb in lists.last or strong_ending)
            and ta not in lists.ordinary
            and tb not in lists.ordinary
        )
        if card or (
            len(ta) > 2
            and len(tb) > 2
            and ta not in COMMON_LOWER
            and tb not in COMMON_LOWER
            and tb not in lists.ordinary
            and (ta in lists.common_first or (ta in lists.first and strong_ending))
            and (tb in lists.common_last or strong_ending)
            and tb not in lists.first
        ):
            spans.append((a.start(), b.end() - (1 if wb.endswith(".") else 0)))
    return spans


def cued_lower_case(text: str, lists: NameLists) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for cue in CUE_LOWER.finditer(text):
        end = cue.end()
        # After "my name is" the next word is the name whatever it is; after weaker cues
        # ("call me", "soy") and for later words it must be a name.
        strong = re.match(r"(?i)my name|name is|me llamo|mi nombre|name:", cue.group(0)) is not None
        for count, m in enumerate(WORD.finditer(text, cue.end())):
            if count == 3 or (count and text[end : m.start()] != " "):
                break
            token = fold(m.group(0).rstrip("."))
            known = token in lists.first or token in lists.last or SURNAME_ENDINGS.search(token)
            if (
                token in lists.ordinary
                or token.endswith("ing")
                or ((count or not strong) and not known)
            ):
                break
            end = m.end()
        if end > cue.end():
            spans.append((cue.end(), end))
    return spans


def lower_case_in_person_context(
    words: list[re.Match[str]], text: str, lists: NameLists
) -> list[tuple[int, int]]:
    """ "i spoke to andrew yesterday", "tell maria i called", "selma booked it": a given
    name in lower case where only a person fits, with a surname after it if one follows.

    The word must be one of the most frequent given names, or a listed given name that
    is no English word, and no ordinary or common lower-case word ("fine" in "i'm fine",
    "else" in "someone else's" are not)."""
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(words):
        word = m.group(0).rstrip(".")
        if not word.islower():
            continue
        token = fold(word)
        if (
            len(token) < 3
            or token not in lists.first
            or token in lists.ordinary
            or token in COMMON_LOWER
            or (token in lists.english and token not in lists.frequent_first)
        ):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.start() + len(word) :]
        if not (
            LOWER_PERSON_BEFORE.search(before)
            or RARE_PERSON_AFTER.match(after)
            # A person's verb right after it; not after a comma ("san francisco, please").
            or (PERSON_VERB_AFTER.match(after) and not after.startswith(","))
        ):
            continue
        end = m.start() + len(word)
        if i + 1 < len(words) and text[end : words[i + 1].start()] == " ":
            nxt = words[i + 1].group(0).rstrip(".")
            tail = fold(nxt)
            if (
                nxt.islower()
                and len(tail) > 2
                and tail not in lists.ordinary
                and tail not in COMMON_LOWER
                and (tail in lists.last or LOWER_SURNAME_ENDINGS.search(tail) is not None)
                and (tail not in lists.english or tail in lists.common_last)
            ):
                end = words[i + 1].start() + len(nxt)
        spans.append((m.start(), end))
    return spans
