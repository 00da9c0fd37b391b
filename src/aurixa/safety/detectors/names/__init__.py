"""Person names from name lists, capitalisation and context.

Regular expressions alone find a name only next to a cue ("my name is", "Dr.");
most names in a message have none ("Why is Ivan so impulsive?", "our founders:
Graves and Reed"). A word list tells a name from a capitalised word: first
names come from the per-country person lists of `Faker` (about 31,000 given
names of some 80 locales) and the US Census lists shipped by `names` (5,494
given names, 88,799 surnames). Both are MIT-licensed and loaded once (about
2 s) at start-up, so the hot path stays a dictionary lookup per capitalised word.

A run of capitalised words is a person when:

- a word in it is a known first name, or it is an initial plus a surname
  ("R. Valbergsdóttir"), or two or more words end in a surname or a surname
  ending (-son, -ova, -ski, -dóttir, ...);
- a single capitalised surname stands where names go: after a title, in a list
  of names, before "'s", or as a speaker ("Nathan:").

It is not a person when it starts a sentence and is an ordinary word, or is
followed by a company or place word ("Conway Inc.", "Marina Fort Street").
Lower-case names are found only after a cue ("my name is borna jerković").
"""

from __future__ import annotations

from aurixa.safety.detectors.names.finder import person_spans
from aurixa.safety.detectors.names.lexicon import is_written_as_name
from aurixa.safety.detectors.names.runs import reads_as_a_title
from aurixa.safety.detectors.names.sources import is_listed_name, name_lists


def is_title_phrase(words: list[str]) -> bool:
    """Whether capitalised words read as a title or a headline, not as a person's name."""
    return reads_as_a_title(words, name_lists())


__all__ = ["is_listed_name", "is_title_phrase", "is_written_as_name", "person_spans"]
