"""Context compression: the sentences of a chunk that answer the query, as a snippet.

Sentences are scored by the IDF-weighted query terms they contain; the best ones are
returned in their original order, so a citation reads as the article does. When no
sentence shares a term with the query (a paraphrase, another language) the snippet is
the opening of the chunk rather than nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from aurixa.rag.text import split_sentences, tokenize


def compress(
    text: str,
    query_terms: Collection[str],
    idf: Callable[[str], float],
    *,
    max_sentences: int = 2,
    max_chars: int = 320,
) -> str:
    """A short extract of `text` made of the sentences that best match `query_terms`."""
    sentences = split_sentences(text)
    if not sentences:
        return ""
    terms = set(query_terms)
    scored = []
    for i, sentence in enumerate(sentences):
        present = terms.intersection(tokenize(sentence))
        scored.append((sum(idf(t) for t in present), -i, i))
    best = sorted(scored, reverse=True)[:max_sentences]
    if best[0][0] <= 0:
        chosen = list(range(min(max_sentences, len(sentences))))
    else:
        chosen = sorted(i for score, _, i in best if score > 0)
    parts: list[str] = []
    previous = -1
    for i in chosen:
        if parts and i != previous + 1:
            parts.append("…")
        parts.append(sentences[i])
        previous = i
    snippet = " ".join(parts)
    if len(snippet) > max_chars:
        cut = snippet.rfind(" ", 0, max_chars - 1)
        snippet = snippet[: cut if cut > 0 else max_chars - 1].rstrip() + "…"
    return snippet
