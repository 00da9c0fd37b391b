"""Heading-aware chunking with sentence overlap.

An article is cut into sections at its headings (Markdown `#` lines, HTML `<h1>`-`<h6>`;
plain text has one section), and each section into chunks of whole sentences up to
`max_chars`. Consecutive chunks of a section share their last sentences (up to
`overlap_chars`) so an answer that straddles a boundary is still found whole. Every chunk
keeps its heading path, which is indexed with it: "Treatment" under "Asthma" is what
makes "how is asthma treated" find that paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bs4 import BeautifulSoup

from aurixa.rag.text import split_sentences

Format = Literal["markdown", "html", "text"]

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HTML_HINT = re.compile(r"<\s*(html|body|head|h[1-6]|p|div|section|article|ul|table)\b", re.I)


@dataclass(frozen=True, slots=True)
class Chunk:
    """One retrievable passage of an article."""

    position: int
    heading: str
    text: str


@dataclass(frozen=True, slots=True)
class _Section:
    heading: str
    paragraphs: list[str]


def detect_format(body: str) -> Format:
    """Guess the markup of `body`: HTML tags, Markdown headings, or plain text."""
    head = body[:4096]
    if _HTML_HINT.search(head):
        return "html"
    if any(_MD_HEADING.match(line) for line in body.splitlines()):
        return "markdown"
    return "text"


def chunk_article(
    body: str,
    *,
    fmt: Format | None = None,
    max_chars: int = 700,
    overlap_chars: int = 150,
) -> list[Chunk]:
    """Cut `body` into heading-labelled, overlapping chunks of whole sentences."""
    fmt = fmt or detect_format(body)
    if fmt == "html":
        body = html_to_markdown(body)
        fmt = "markdown"
    sections = _markdown_sections(body) if fmt == "markdown" else _text_sections(body)
    chunks: list[Chunk] = []
    for section in sections:
        for text in _pack(section.paragraphs, max_chars, overlap_chars):
            chunks.append(Chunk(position=len(chunks), heading=section.heading, text=text))
    return chunks


def passage_text(title: str, heading: str, text: str) -> str:
    """What is embedded for a chunk: its article title and heading path give it context."""
    return "\n".join(part for part in (title, heading, text) if part)


def html_to_markdown(html: str) -> str:
    """Visible text of `html` with its headings rewritten as Markdown headings."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for level in range(1, 7):
        for tag in soup.find_all(f"h{level}"):
            title = " ".join(tag.get_text(" ").split())
            tag.replace_with(f"\n\n{'#' * level} {title}\n\n")
    for tag in soup.find_all(["p", "li", "div", "tr", "br", "section", "article"]):
        tag.insert_after("\n\n")
    return str(soup.get_text())


def _markdown_sections(body: str) -> list[_Section]:
    sections: list[_Section] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        paragraphs = _paragraphs("\n".join(lines))
        if paragraphs:
            sections.append(_Section(" > ".join(t for _, t in path), paragraphs))
        lines.clear()

    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _MD_HEADING.match(line)
        if match is None:
            lines.append(line)
            continue
        flush()
        level = len(match.group(1))
        path = [(lvl, t) for lvl, t in path if lvl < level] + [(level, match.group(2))]
    flush()
    return sections


def _text_sections(body: str) -> list[_Section]:
    paragraphs = _paragraphs(body)
    return [_Section("", paragraphs)] if paragraphs else []


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _pieces(paragraphs: list[str], max_chars: int) -> list[str]:
    """Sentences of the paragraphs, with any sentence longer than `max_chars` cut at words."""
    pieces: list[str] = []
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            while len(sentence) > max_chars:
                cut = sentence.rfind(" ", 0, max_chars)
                cut = cut if cut > max_chars // 2 else max_chars
                pieces.append(sentence[:cut].strip())
                sentence = sentence[cut:].strip()
            if sentence:
                pieces.append(sentence)
    return pieces


def _pack(paragraphs: list[str], max_chars: int, overlap_chars: int) -> list[str]:
    pieces = _pieces(paragraphs, max_chars)
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    fresh = 0  # sentences in `current` not already emitted in the previous chunk
    for piece in pieces:
        if current and size + len(piece) + 1 > max_chars:
            chunks.append(" ".join(current))
            current, size = _tail(current, overlap_chars, max_chars - len(piece) - 1)
            fresh = 0
        current.append(piece)
        size += len(piece) + 1
        fresh += 1
    if fresh:
        chunks.append(" ".join(current))
    return chunks


def _tail(sentences: list[str], overlap_chars: int, room: int) -> tuple[list[str], int]:
    """The last sentences of a chunk, carried into the next one as overlap."""
    tail: list[str] = []
    size = 0
    for sentence in reversed(sentences):
        if size + len(sentence) + 1 > min(overlap_chars, room):
            break
        tail.insert(0, sentence)
        size += len(sentence) + 1
    return tail, size
