"""Text primitives shared by indexing, reranking and compression.

One tokenizer is used for the BM25 index, the reranker's overlap features and the
snippet scorer, so a term counts the same way everywhere. Snowball stemming lets
"treatments" match "treatment"; English stop words are dropped because template
words ("what", "is") would otherwise dominate short patient questions.
"""

from __future__ import annotations

import re
from functools import lru_cache

import bm25s.stopwords
import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

_WORD = re.compile(r"\w+", re.UNICODE)
# A sentence ends at . ! ? (optionally followed by a quote or bracket) before whitespace
# and an upper-case letter, digit or opening quote; abbreviations like "e.g. the" stay whole.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_STOPWORDS = frozenset(bm25s.stopwords.STOPWORDS_EN_PLUS) | frozenset(bm25s.stopwords.STOPWORDS_EN)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    stemmed: str = _stemmer().stemWord(word)
    return stemmed


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-word-free, stemmed word tokens of `text`."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, whitespace-normalised, empty ones dropped."""
    parts = _SENTENCE_END.split(" ".join(text.split()))
    return [p.strip() for p in parts if p.strip()]
