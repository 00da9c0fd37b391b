"""The demo knowledge base: Markdown articles shipped beside this module.

Each tenant has a folder `articles/<slug>/` of Markdown files that open with a
small header block::

    ---
    title: Office hours and holiday closures
    tags: hours, holidays
    ---
    # Office hours and holiday closures
    ...

Everything after the header is the article body, stored as written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

SOURCE = "demo"


@dataclass(frozen=True)
class ArticleSeed:
    title: str
    body: str
    tags: list[str]

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.body.encode()).hexdigest()


def parse_article(text: str, *, name: str) -> ArticleSeed:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---" or "---" not in (line.strip() for line in lines[1:]):
        raise ValueError(f"{name}: an article starts with a '---' header block")
    close = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    header: dict[str, str] = {}
    for line in lines[1:close]:
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"{name}: header line without ':': {line!r}")
        header[key.strip().lower()] = value.strip()
    title = header.get("title", "")
    if not title:
        raise ValueError(f"{name}: the header has no title")
    tags = [tag.strip() for tag in header.get("tags", "").split(",") if tag.strip()]
    body = "\n".join(lines[close + 1 :]).strip() + "\n"
    return ArticleSeed(title=title, body=body, tags=tags)


def demo_articles(slug: str) -> list[ArticleSeed]:
    """The tenant's articles in file-name order."""
    folder = resources.files("aurixa.core.seed").joinpath("articles", slug)
    files = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".md")),
        key=lambda entry: entry.name,
    )
    return [parse_article(entry.read_text(encoding="utf-8"), name=entry.name) for entry in files]
