"""Reading knowledge files: Markdown, plain text, HTML and PDF into (title, Markdown body)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from aurixa.core.errors import ValidationFailed
from aurixa.rag.chunking import html_to_markdown

SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}

_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    title: str
    body: str


def discover(paths: list[Path]) -> list[Path]:
    """The supported files among `paths`, directories searched recursively, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def load_file(path: Path) -> LoadedFile:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ValidationFailed(f"unsupported file type {path.suffix!r}", field="path")
    if kind == "pdf":
        title, body = _pdf(path)
    else:
        raw = path.read_text(encoding="utf-8", errors="replace")
        if kind == "html":
            title, body = _html(raw)
        elif kind == "markdown":
            match = _MD_TITLE.search(raw)
            title, body = (match.group(1) if match else ""), raw
        else:
            first = next((line.strip() for line in raw.splitlines() if line.strip()), "")
            title, body = (first if len(first) <= 120 else ""), raw
    title = " ".join((title or path.stem.replace("_", " ").replace("-", " ")).split())[:300]
    if not body.strip():
        raise ValidationFailed(f"{path.name} has no text", field="path")
    return LoadedFile(path, title, body)


def _html(raw: str) -> tuple[str, str]:
    soup = BeautifulSoup(raw, "html.parser")
    heading = soup.find("h1")
    title_tag = soup.title
    title = (title_tag.get_text(" ") if title_tag else "") or (
        heading.get_text(" ") if heading else ""
    )
    return title, html_to_markdown(raw).strip()


def _pdf(path: Path) -> tuple[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str(reader.metadata.title) if reader.metadata and reader.metadata.title else ""
    except (PdfReadError, OSError, ValueError) as exc:
        raise ValidationFailed(f"{path.name} is not a readable PDF: {exc}", field="path") from exc
    return title, "\n\n".join(p.strip() for p in pages if p.strip())
