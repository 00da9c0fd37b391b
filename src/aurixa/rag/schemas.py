"""Request and response bodies of the knowledge and search API (API.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from aurixa.rag.engine import Mode

MAX_TAGS = 50


def _clean_tags(tags: list[str] | None) -> list[str] | None:
    if tags is None:
        return None
    cleaned = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
    if len(cleaned) > MAX_TAGS or any(len(t) > 100 for t in cleaned):
        raise ValueError(f"at most {MAX_TAGS} tags of up to 100 characters")
    return cleaned


class ArticleCreate(BaseModel):
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)

    _tags = field_validator("tags")(_clean_tags)

    @field_validator("title", "body")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class ArticleUpdate(BaseModel):
    title: str | None = Field(None, min_length=1, max_length=300)
    body: str | None = Field(None, min_length=1)
    tags: list[str] | None = None

    _tags = field_validator("tags")(_clean_tags)


class ArticleRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str
    body: str
    tags: list[str]
    source: str | None
    version: int
    created_at: datetime
    updated_at: datetime


class ArticleList(BaseModel):
    items: list[ArticleRead]
    total: int


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=4000)
    top_k: int = Field(5, ge=1, le=50)
    mode: Mode = "hybrid"


class SearchResult(BaseModel):
    article_id: str
    chunk_id: str
    title: str
    text: str
    snippet: str
    score: float
    heading: str = ""


class SearchResponse(BaseModel):
    results: list[SearchResult]
    mode: Mode


class Bm25Segments(BaseModel):
    main: int
    delta: int
    tombstones: int
    merges: int
    merging: bool


class RetrievalStats(BaseModel):
    """What the answering process serves a tenant's search from (no knowledge text)."""

    dense_backend: Literal["in-process", "pgvector"]
    vector_store: str
    embedding_model: str
    version: int
    # How this process built the tenant's index: read from its snapshot on disk (then
    # caught up from the change log) or rebuilt from the database.
    loaded_from: Literal["database", "snapshot"]
    chunks: int
    articles: int
    bm25: Bm25Segments
