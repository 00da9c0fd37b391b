"""Text preparation shared by the detectors: folding, clauses and context cues.

Detectors match on a *folded* copy of the message (lower case, accents and curly
quotes removed) that keeps every character at the same offset as the original,
so the evidence we report is always the patient's own words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"'})


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    decomposed = unicodedata.normalize("NFKD", lowered)
    base = decomposed[0] if decomposed else lowered
    # Keep the offset: a character that decomposes to something exotic stays itself.
    return base if len(base) == 1 else lowered


def fold(text: str) -> str:
    """Lower-case, strip accents and straighten quotes, preserving length."""
    if text.isascii():  # most messages, and every source passage we check answers against
        return text.lower().replace("`", "'")
    return "".join(_fold_char(c) for c in text.translate(_QUOTES))


# A clause ends at sentence punctuation or at a conjunction that starts a new
# statement; negation ("no fever and I can't breathe") does not cross it.
# A comma only ends a clause when a new subject follows, so that a negated list
# ("no fever, cough or chest pain") stays in the scope of its "no".
_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n]+|,(?=\s*(?:i|i'm|my|he|she|it|it's|they|we|now|please|yo|mi|el|ella|ahora|"
    r"tengo|me|but|pero|quiero|voy|estoy|siento|necesito|creo|want|need|feel|think)\b)|"
    r"\b(?:but|however|although|though|and now|and then|yet|pero|"
    r"aunque|sin embargo|y ahora|and i|and i'm|and my|and he|and she|and it|y me|y mi|y el|"
    r"y ella|y tengo|y ahora)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _split(pattern: re.Pattern[str], text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in pattern.finditer(text):
        if match.start() > start:
            spans.append(Span(start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return spans


@dataclass
class Doc:
    """One message, prepared once and shared by every detector."""

    text: str
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        self.folded = fold(self.text)

    @cached_property
    def clauses(self) -> list[Span]:
        return _split(_CLAUSE_BREAK, self.folded)

    @cached_property
    def sentences(self) -> list[Span]:
        return _split(_SENTENCE_BREAK, self.folded)

    def clause_of(self, pos: int) -> Span:
        return _containing(self.clauses, pos, len(self.folded))

    def sentence_of(self, pos: int) -> Span:
        return _containing(self.sentences, pos, len(self.folded))

    def evidence(self, start: int, end: int) -> str:
        return self.text[start:end].strip()


def _containing(spans: list[Span], pos: int, length: int) -> Span:
    for span in spans:
        if span.start <= pos < span.end:
            return span
    return Span(0, length)


def words_before(doc: Doc, pos: int, limit: int) -> str:
    """The last `limit` words of the clause before `pos` (folded)."""
    clause = doc.clause_of(pos)
    words = doc.folded[clause.start : pos].split()
    return " ".join(words[-limit:])


_SPANISH_HINTS = re.compile(
    r"\b(?:tengo|estoy|mi|el|la|los|las|de|que|por|para|una|un|con|dolor|no puedo|es|"
    r"ayuda|quiero|esta|hijo|hija|bebe|pecho|cita|medico|senor|senora|usted|gracias|hola)\b"
)
_ENGLISH_HINTS = re.compile(
    r"\b(?:the|i|i'm|my|me|is|are|have|and|to|of|in|it|with|can|you|your|what|how|please|this|"
    r"for|about|do|write|tell|was|be)\b"
)


def language_of(doc: Doc) -> str:
    """'es' or 'en': enough to answer an emergency in the patient's language."""
    spanish = len(_SPANISH_HINTS.findall(doc.folded))
    english = len(_ENGLISH_HINTS.findall(doc.folded))
    if any(mark in doc.text.lower() for mark in ("¿", "¡", "ñ")):
        spanish += 2
    return "es" if spanish > english else "en"
