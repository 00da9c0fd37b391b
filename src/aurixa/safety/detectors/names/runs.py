"""Whether one run of capitalised words, initials and particles is a person."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from aurixa.safety.detectors.names.cues import (
    ADDRESS_AFTER_TOWN,
    AND_I_AFTER,
    LINE_END,
    NAME_BEFORE,
    NAME_VERB_AFTER,
    NOT_PERSON_AFTER,
    PERSON_SLOT,
    PERSON_VERB_AFTER,
    PLACE_OR_FIRM_BEFORE,
    RARE_PERSON_AFTER,
    RARE_PERSON_BEFORE,
    ROLE_BEFORE,
    SENTENCE_END,
    STRONG_BEFORE,
    THEN_BEFORE,
    VOCATIVE_AFTER,
    VOCATIVE_BEFORE,
)
from aurixa.safety.detectors.names.lexicon import (
    IMPERATIVES,
    PARTICLES,
    PLACES_AS_NAMES,
    SURNAME_ENDINGS,
    SURNAME_PREFIX,
    TITLES,
    fold,
)
from aurixa.safety.detectors.names.sources import NameLists


def capitalised(word: str) -> bool:
    # ALL-CAPS words are acronyms or shouted places ("ESPOO") more often than names.
    # An elided particle keeps its lower case: "d'Amboise", "l'Estrange".
    if len(word) > 3 and word[0] in "dl" and word[1] in "'’" and word[2].isupper():
        return True
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def listed(token: str, names: frozenset[str]) -> bool:
    """Whether a folded word is in `names`, also written with an apostrophe ("o'connor" as
    "oconnor"; only an "O'" or a "D'", so "I'll" is no "Ill")."""
    return token in names or (token[:2] in ("o'", "d'") and token.replace("'", "") in names)


def _double_barrelled(word: str, last: frozenset[str]) -> bool:
    """ "Noguera-Sevillano": capitalised parts that are each a listed surname."""
    parts = word.rstrip(".").split("-")
    return len(parts) > 1 and all(len(p) > 1 and p[0].isupper() and fold(p) in last for p in parts)


def _surname_shaped(token: str) -> bool:
    return SURNAME_ENDINGS.search(token) is not None or SURNAME_PREFIX.match(token) is not None


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


_NAMED_BEFORE = re.compile(
    r"\b(?:name is|name's|name:|me llamo|nombre es|se llama|call(?:s|ed)? me)\s*$", re.IGNORECASE
)


# Words of time before a month: "in April Jenkins" is unclear, "in April" is a date.
_TIME_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|last|next|this|of|early|late|mid|from|during|before|after|"
    r"on)\s+$",
    re.IGNORECASE,
)


def _trim(text: str, run: list[re.Match[str]], lists: NameLists) -> _Trimmed | None:
    ordinary = lists.ordinary
    start_of_sentence = SENTENCE_END.search(text[: run[0].start()]) is not None
    before_run = text[max(0, run[0].start() - 30) : run[0].start()]
    tokens = [fold(m.group(0).rstrip(".")) for m in run]
    # Drop a leading title or an ordinary sentence opener ("The", "Why", "Dr").
    lead = 0
    after_title = instruction = False
    instruction_slot = start_of_sentence or THEN_BEFORE.search(before_run) is not None
    while lead < len(run) and (
        tokens[lead] in TITLES
        or (tokens[lead] in ordinary and not _name_despite_ordinary(text, run, tokens, lead, lists))
        or (instruction_slot and not after_title and tokens[lead] in IMPERATIVES)
    ):
        after_title = after_title or tokens[lead] in TITLES
        instruction = instruction or tokens[lead] in IMPERATIVES
        lead += 1
    if lead == len(run):
        return None
    run, tokens = run[lead:], tokens[lead:]
    # Trailing ordinary words are not part of the name ("Maria Please"), unless a
    # surname follows a given name ("Gina West").
    while (
        len(run) > 1
        and tokens[-1] in ordinary
        and not (tokens[-1] in lists.surname_too and tokens[-2] in lists.first)
    ):
        run, tokens = run[:-1], tokens[:-1]
    return _Trimmed(run, tokens, after_title, instruction, start_of_sentence and lead == 0)


def _name_despite_ordinary(
    text: str, run: list[re.Match[str]], tokens: list[str], i: int, lists: NameLists
) -> bool:
    """Whether an ordinary word opening a run is a name all the same: an initial with its
    full stop ("S. Davis", "I. Salo"), or a given name that is also a word or a place
    before a listed surname ("Virginia Treviño", "April Jenkins")."""
    word = run[i].group(0)
    if is_initial(word) and word.endswith(".") and i + 1 < len(run):
        return True
    # After a title any capitalised word but a function word is a surname: "Dr. Jackson",
    # "Mrs. Brown", "Ms. Hope".
    if i > 0 and tokens[i - 1] in TITLES and tokens[i] not in lists.function:
        return True
    # Named outright, any capitalised word but a function word is the name: "my name is
    # Jackson", "call me Hope".
    if i == 0 and _NAMED_BEFORE.search(text[max(0, run[0].start() - 20) : run[0].start()]):
        return tokens[i] not in lists.function
    # A city that is a given name too, alone and said as only a person is: "Victoria
    # booked it", "have you told Jackson?".
    if len(run) == 1 and tokens[i] in PLACES_AS_NAMES:
        after = text[run[i].end() :]
        before = text[max(0, run[i].start() - 30) : run[i].start()]
        return (
            RARE_PERSON_AFTER.match(after) is not None
            or PERSON_VERB_AFTER.match(after) is not None
            or RARE_PERSON_BEFORE.search(before) is not None
        )
    return (
        tokens[i] in lists.given_too
        and i + 1 < len(run)
        and listed(tokens[i + 1], lists.last)
        and _TIME_BEFORE.search(text[max(0, run[i].start() - 12) : run[i].start()]) is None
    )


def person_in_run(text: str, run: list[re.Match[str]], lists: NameLists) -> tuple[int, int] | None:
    first, last = lists.first, lists.last
    before_run = text[max(0, run[0].start() - 30) : run[0].start()]
    trimmed = _trim(text, run, lists)
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
    # Surnames by their shape: "-son", "O'Connor", "Noguera-Sevillano".
    barrelled = frozenset(
        t for t, m in zip(trimmed.tokens, run, strict=True) if _double_barrelled(m.group(0), last)
    )
    shaped = barrelled | {t for t in parts if _surname_shaped(t)}
    before = text[max(0, run[0].start() - 30) : run[0].start()]
    strong = trimmed.after_title or STRONG_BEFORE.search(before) is not None
    name_slot = (
        strong
        or NAME_BEFORE.search(before) is not None
        or re.match(r"^(?:'s\b|’s\b|\s*:|,\s+(?:the|a|an)\b)", after) is not None
    )
    if not strong and reads_as_a_title([m.group(0) for m in run], lists):
        return None
    if strong:
        ok = True
    elif PLACE_OR_FIRM_BEFORE.search(before_run) or _is_town(after, first):
        return None
    elif trimmed.instruction:
        # After "Press", "Click" or "Call" at the start, a key or a button is capitalised
        # too ("Press Enter"); only a given name makes the rest a person ("Call Anna").
        ok = any(t in first for t in parts)
    elif len(parts) >= 2:
        ok = _several_words_are_a_name(text, trimmed, parts, (shaped, barrelled), name_slot, lists)
    else:
        single = parts[0] if parts else ""
        if len(single) < 2:
            return None
        by_shape = (single in shaped, single in barrelled)
        # Alone on the first line with more lines below: a contact card's or a letter's name.
        card = (
            re.search(r"\w", text[: run[0].start()]) is None
            and re.match(r"^[ \t]*\n\s*\S", after) is not None
        )
        ok = _one_word_is_a_name(
            single,
            by_shape,
            trimmed.start_of_sentence,
            (before_run, before),
            after,
            name_slot,
            lists,
        ) or (card and (known_one(single, by_shape, lists) or lists.is_rare(single)))
    if not ok:
        return None
    return run[0].start(), run[-1].end() - (1 if run[-1].group(0).endswith(".") else 0)


def _several_words_are_a_name(
    text: str,
    trimmed: _Trimmed,
    parts: list[str],
    surnames_by_shape: tuple[frozenset[str], frozenset[str]],
    name_slot: bool,
    lists: NameLists,
) -> bool:
    first, last = lists.first, lists.last
    shaped, barrelled = surnames_by_shape
    run = trimmed.run
    after = text[run[-1].end() :]
    before = text[max(0, run[0].start() - 30) : run[0].start()]
    # A given name that is also a word was kept only beside a surname ("Virginia Treviño").
    known_first = any(listed(t, first) or t in lists.given_too for t in parts)
    known_last = any(listed(t, last) or t in shaped for t in parts if len(t) > 2)
    initials = any(is_initial(m.group(0)) for m in run)
    ok = (
        known_first
        or (initials and known_last)
        or (name_slot and known_last)
        # A middle initial between two capitalised words is a name's shape
        # ("Alvir D. Pušaver"), whatever the lists say.
        or (len(run) == 3 and is_initial(run[1].group(0)) and not _initial_at_an_end(run))
        # Initials before a word: "J. R. Tolkien"; one initial not opening a sentence,
        # where a list's letter stands ("A. Take it").
        or (_initials_then_word(run) and (len(run) > 2 or not trimmed.start_of_sentence))
        # A person's verb after the run: "Ubul Csonka listed his top songs".
        or (len(parts) <= 3 and PERSON_VERB_AFTER.match(after) is not None)
    )
    if not ok and not trimmed.start_of_sentence:
        # Two listed surnames; an ending alone ("-es", "-in") is too common for this.
        ok = sum(1 for t in parts if listed(t, last) or t in barrelled) >= 2
    if not ok and len(parts) <= 3:
        # Where only a person fits ("heard Nijito Asano speak", a contact card's
        # first line), two or three capitalised words are a name though no list has
        # them.
        # A bullet or a symbol may open the card ("• Linneo Medrano").
        first_line = (
            not re.search(r"\w", text[: run[0].start()]) and LINE_END.match(after) is not None
        )
        ok = first_line or PERSON_SLOT.search(before) is not None
    if not ok and len(parts) <= 3:
        ok = _rare_words_are_a_name(
            before, after, parts, shaped, lists, opens=trimmed.start_of_sentence
        )
    return ok


# Before these a run of rare words is a place or a firm as often as a person: "in
# Brastova Dolna", "from Kelmira", "at Norvexa Labs".
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|from|near|into|of|to|via|across|around|outside|inside|towards?|on)\s+$",
    re.IGNORECASE,
)


def _rare_words_are_a_name(
    before: str,
    after: str,
    parts: list[str],
    shaped: frozenset[str],
    lists: NameLists,
    *,
    opens: bool,
) -> bool:
    """ "We saw Dobrila Hartley at the desk": two or three capitalised words, each a
    listed name, a surname's shape or a word English does not have, at least one of
    them the last and one a name that is no English word. Medical terms are missing from
    the vocabulary too ("Gestational Glaucoma"), so the run must not open a sentence (a
    heading) nor follow a preposition of place or a number (a town, a street); there,
    as for one such word, only what is said around it makes it a person."""
    if not all(
        lists.is_rare(t) or listed(t, lists.first) or listed(t, lists.last) or t in shaped
        for t in parts
    ) or not any(lists.is_rare(t) for t in parts):
        return False
    if (
        RARE_PERSON_AFTER.match(after) is not None
        or RARE_PERSON_BEFORE.search(before) is not None
        or AND_I_AFTER.match(after) is not None
        or (VOCATIVE_BEFORE.search(before) is not None and VOCATIVE_AFTER.match(after) is not None)
    ):
        return True
    name_evidence = any(
        t not in lists.english and (listed(t, lists.first) or listed(t, lists.last) or t in shaped)
        for t in parts
    )
    return (
        name_evidence
        and not opens
        and _PLACE_PREPOSITION_BEFORE.search(before) is None
        and re.search(r"\d[\w.]*[,\s]+$", before) is None
    )


def _initials_then_word(run: list[re.Match[str]]) -> bool:
    """ "J. R. Wetherby": initials, each with its full stop, then a word. Initials written
    together ("U.S. Open", "E.R.") are an abbreviation unless a list knows the word."""
    *initials, word = (m.group(0) for m in run)
    together = any(a.end() == b.start() for a, b in itertools.pairwise(run[:-1]))
    return (
        not together
        and all(is_initial(w) and w.endswith(".") for w in initials)
        and len(word.rstrip(".")) > 2
        and capitalised(word)
    )


def reads_as_a_title(words: list[str], lists: NameLists) -> bool:
    """A title or a headline in capitals ("Guilty Pleasures", "Carry Me Back"): two or
    more words, one of them a word English has and no name list knows, and neither an
    initial nor a name that is no English word beside it ("Dobrila S Bouts", "Olga
    Bruun" stay people)."""
    tokens = [fold(w.rstrip(".")) for w in words if fold(w.rstrip(".")) not in PARTICLES]
    return (
        len(tokens) > 1
        and any(_plain_word(t, lists) for t in tokens)
        and not any(is_initial(w) for w in words)
        and not any(
            t not in lists.english
            and (listed(t, lists.first) or listed(t, lists.last) or _surname_shaped(t))
            for t in tokens
        )
    )


def _plain_word(token: str, lists: NameLists) -> bool:
    """An English word that neither name list has ("guilty", "carry"); words that are
    common names as well ("Virginia", "West") are not plain."""
    return (
        len(token) > 1
        and token in lists.english
        and not listed(token, lists.first)
        and not listed(token, lists.last)
        and token not in lists.given_too
        and token not in lists.surname_too
        and token not in PARTICLES
    )


def known_one(single: str, by_shape: tuple[bool, bool], lists: NameLists) -> bool:
    """Whether one word is a listed given name or surname, or has a surname's shape."""
    return listed(single, lists.first) or listed(single, lists.last) or any(by_shape)


def _one_word_is_a_name(
    single: str,
    by_shape: tuple[bool, bool],
    start_of_sentence: bool,
    befores: tuple[str, str],
    after: str,
    name_slot: bool,
    lists: NameLists,
) -> bool:
    # What stood before the run, and before the word once a title or an opener was
    # trimmed off ("Hi Kvorin,": "Hi " is before the word).
    before_run, before = befores
    shaped, barrelled = by_shape
    in_first, in_last = listed(single, lists.first), listed(single, lists.last) or barrelled
    # A city that is a given name was kept only where a person is meant (see _trim).
    known = in_first or in_last or shaped or single in PLACES_AS_NAMES
    # Known as a name, or known as nothing at all, and said as only a person is: "Oskeli
    # booked it", "tell Kvorin", "Marguna's husband".
    person_context = (known or lists.is_rare(single)) and (
        RARE_PERSON_AFTER.match(after) is not None
        or RARE_PERSON_BEFORE.search(before) is not None
        or (VOCATIVE_BEFORE.search(before) is not None and VOCATIVE_AFTER.match(after) is not None)
    )
    if start_of_sentence:
        if (
            re.match(r"^\s*:", after) is not None
            and single in lists.english
            and single not in lists.common_first
        ):
            # A label before a colon that is an English word and no common given name
            # heads a form's line ("Reason:", "Diagnosis:"), not a speaker's.
            return False
        # An opening word is a name only when it acts like one.
        return (
            PERSON_VERB_AFTER.match(after) is not None
            or person_context
            or ((known or lists.is_rare(single)) and AND_I_AFTER.match(after) is not None)
            or (in_first and (name_slot or NAME_VERB_AFTER.match(after) is not None))
            or (known and re.match(r"^\s*:", after) is not None)
        )
    role = ROLE_BEFORE.search(before_run) is not None
    return in_first or in_last or (known and name_slot) or role or person_context
