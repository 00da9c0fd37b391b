"""HTTP routes of the knowledge base and retrieval (API.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal, PrincipalDep, StaffDep
from aurixa.core.db import SessionDep
from aurixa.rag import service
from aurixa.rag.indexes import KnowledgeIndexes
from aurixa.rag.schemas import (
    ArticleCreate,
    ArticleList,
    ArticleRead,
    ArticleUpdate,
    RetrievalStats,
    SearchRequest,
    SearchResponse,
    SearchResult,
)

router = APIRouter(tags=["knowledge"])


def get_indexes(request: Request) -> KnowledgeIndexes:
    indexes: KnowledgeIndexes = request.app.state.rag_indexes
    return indexes


IndexesDep = Annotated[KnowledgeIndexes, Depends(get_indexes)]


@router.post(
    "/api/v1/knowledge/articles", status_code=status.HTTP_201_CREATED, response_model=ArticleRead
)
async def create_article(
    body: ArticleCreate, principal: StaffDep, session: SessionDep, indexes: IndexesDep
) -> ArticleRead:
    article = await service.create_article(
        session=session, indexes=indexes, tenant_id=principal.tenant_id, data=body
    )
    return ArticleRead.model_validate(article)


@router.get("/api/v1/knowledge/articles", response_model=ArticleList)
async def list_articles(
    principal: PrincipalDep,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    tag: str | None = None,
) -> ArticleList:
    items, total = await service.list_articles(
        session=session, tenant_id=principal.tenant_id, limit=limit, offset=offset, tag=tag
    )
    return ArticleList(items=[ArticleRead.model_validate(a) for a in items], total=total)


@router.get("/api/v1/knowledge/articles/{article_id}", response_model=ArticleRead)
async def get_article(article_id: str, principal: PrincipalDep, session: SessionDep) -> ArticleRead:
    article = await service.get_article(
        session=session, tenant_id=principal.tenant_id, article_id=article_id
    )
    return ArticleRead.model_validate(article)


@router.put("/api/v1/knowledge/articles/{article_id}", response_model=ArticleRead)
async def update_article(
    article_id: str,
    body: ArticleUpdate,
    principal: StaffDep,
    session: SessionDep,
    indexes: IndexesDep,
) -> ArticleRead:
    article = await service.update_article(
        session=session,
        indexes=indexes,
        tenant_id=principal.tenant_id,
        article_id=article_id,
        data=body,
    )
    return ArticleRead.model_validate(article)


@router.delete("/api/v1/knowledge/articles/{article_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_article(article_id: str, principal: StaffDep, session: SessionDep) -> Response:
    await service.delete_article(
        session=session, tenant_id=principal.tenant_id, article_id=article_id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/api/v1/rag/search", response_model=SearchResponse)
async def search(
    body: SearchRequest, request: Request, principal: PrincipalDep, session: SessionDep
) -> SearchResponse:
    return await run_search(request.app, principal, session, body)


async def run_search(
    app: FastAPI, principal: Principal, session: AsyncSession, body: SearchRequest
) -> SearchResponse:
    hits, mode = await service.search(
        session=session,
        indexes=app.state.rag_indexes,
        tenant_id=_tenant(principal),
        query=body.query,
        top_k=body.top_k,
        mode=body.mode,
    )
    return SearchResponse(
        results=[
            SearchResult(
                article_id=h.article_id,
                chunk_id=h.chunk_id,
                title=h.title,
                text=h.text,
                snippet=h.snippet,
                score=h.score,
                heading=h.heading,
            )
            for h in hits
        ],
        mode=mode,
    )


@router.get("/api/v1/rag/stats", response_model=RetrievalStats)
async def stats(principal: StaffDep, session: SessionDep, indexes: IndexesDep) -> RetrievalStats:
    """Which dense backend and index segments this process answers the tenant from."""
    return await indexes.stats(session, principal.tenant_id)


def _tenant(principal: Principal) -> str:
    return principal.tenant_id
