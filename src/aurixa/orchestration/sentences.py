"""Cutting a token stream into sentences (the unit the output check sees) and
checked text back into word-sized token events."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by a closing quote or bracket,
# or a citation like [1]) and then whitespace, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*(?:\s*\[\d+\])*\s+|\n+")
_WORD = re.compile(r"\S+\s*|\s+")
# Without a boundary a sentence is released anyway after this many characters,
# so one very long sentence cannot hold the stream back forever.
MAX_HOLD = 600


class SentenceBuffer:
    def __init__(self) -> None:
        self._text = ""

    def feed(self, text: str) -> list[str]:
        """Complete sentences (with their trailing whitespace) now available."""
        self._text += text
        out: list[str] = []
        while True:
            match = _BOUNDARY.search(self._text)
            if match is None:
                break
            out.append(self._text[: match.end()])
            self._text = self._text[match.end() :]
        if len(self._text) > MAX_HOLD:
            out.append(self._text)
            self._text = ""
        return out

    def flush(self) -> list[str]:
        rest, self._text = self._text, ""
        return [rest] if rest else []


def word_chunks(text: str) -> list[str]:
    """`text` as word-sized pieces that join back to exactly `text`."""
    return _WORD.findall(text)
