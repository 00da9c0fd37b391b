"""The knowledge API and search over a real database and the real embedding model."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from aurixa.core.db import Database
from aurixa.rag.engine import MODES
from aurixa.rag.indexes import KnowledgeIndexes
from tests.factories import Factory, TenantContext

ARTICLES = "/api/v1/knowledge/articles"
SEARCH = "/api/v1/rag/search"
STATS = "/api/v1/rag/stats"

ASTHMA = (
    "# Asthma\n\nAsthma is a chronic disease of the airways.\n\n"
    "## Treatment\n\nQuick-relief inhalers open the airways within minutes. "
    "A long-term controller medicine reduces swelling."
)
PARKING = "Patients park for free in lot B. Visitors pay at the machine near the entrance."


async def _create(client: httpx.AsyncClient, ctx: TenantContext, title: str, body: str) -> str:
    response = await client.post(
        ARTICLES, json={"title": title, "body": body, "tags": ["faq"]}, headers=ctx.staff
    )
    assert response.status_code == 201, response.text
    article_id: str = response.json()["id"]
    return article_id


async def _search(
    client: httpx.AsyncClient, ctx: TenantContext, query: str, mode: str = "hybrid"
) -> list[dict[str, object]]:
    response = await client.post(
        SEARCH, json={"query": query, "mode": mode, "top_k": 5}, headers=ctx.patient_headers
    )
    assert response.status_code == 200, response.text
    results: list[dict[str, object]] = response.json()["results"]
    return results


async def test_article_crud_and_search_with_citation(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    article_id = await _create(client, ctx, "Asthma", ASTHMA)
    await _create(client, ctx, "Parking", PARKING)

    got = await client.get(f"{ARTICLES}/{article_id}", headers=ctx.patient_headers)
    assert got.status_code == 200
    assert got.json()["tags"] == ["faq"]
    listed = await client.get(ARTICLES, headers=ctx.staff)
    assert listed.json()["total"] == 2

    results = await _search(client, ctx, "which treatment helps with asthma")
    top = results[0]
    assert top["article_id"] == article_id
    assert top["title"] == "Asthma"
    assert "inhalers" in str(top["snippet"])
    assert top["heading"] == "Asthma > Treatment"  # what the chunk is about, for a model
    assert set(top) >= {"article_id", "chunk_id", "title", "text", "snippet", "score"}

    updated = await client.put(
        f"{ARTICLES}/{article_id}",
        json={"body": "Asthma inhalers are refilled at the pharmacy on floor 2."},
        headers=ctx.admin,
    )
    assert updated.status_code == 200
    assert updated.json()["version"] == 2
    # The update is searchable at once: the old text is gone, the new one is found.
    results = await _search(client, ctx, "where do I refill my inhaler", mode="bm25")
    assert "pharmacy on floor 2" in str(results[0]["text"])
    assert not any("controller medicine" in str(r["text"]) for r in results)


async def test_writes_need_staff_and_valid_input(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    forbidden = await client.post(
        ARTICLES, json={"title": "x", "body": "y"}, headers=ctx.patient_headers
    )
    assert forbidden.status_code == 403
    unauthenticated = await client.post(SEARCH, json={"query": "asthma"})
    assert unauthenticated.status_code == 401
    blank = await client.post(ARTICLES, json={"title": "  ", "body": "text"}, headers=ctx.staff)
    assert blank.status_code == 422
    assert blank.json()["error"]["field"] == "title"
    bad_mode = await client.post(
        SEARCH, json={"query": "asthma", "mode": "fuzzy"}, headers=ctx.staff
    )
    assert bad_mode.status_code == 422
    assert bad_mode.json()["error"]["field"] == "mode"


async def test_tenant_never_retrieves_another_tenants_chunks(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    a = await factory.tenant_context()
    b = await factory.tenant_context()
    a_article = await _create(client, a, "Asthma", ASTHMA)
    await _create(client, b, "Parking", PARKING)
    for mode in MODES:
        results = await _search(client, b, "asthma inhalers", mode=mode)
        assert all(r["article_id"] != a_article for r in results)
        assert all("Asthma" not in str(r["text"]) for r in results)
    hidden = await client.get(f"{ARTICLES}/{a_article}", headers=b.admin)
    assert hidden.status_code == 404
    deleted = await client.delete(f"{ARTICLES}/{a_article}", headers=b.admin)
    assert deleted.status_code == 404


async def test_deleted_article_disappears_from_every_mode(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    article_id = await _create(client, ctx, "Asthma", ASTHMA)
    await _create(client, ctx, "Parking", PARKING)
    for mode in MODES:
        assert any(
            r["article_id"] == article_id for r in await _search(client, ctx, "asthma", mode)
        )
    response = await client.delete(f"{ARTICLES}/{article_id}", headers=ctx.staff)
    assert response.status_code == 204
    for mode in MODES:
        results = await _search(client, ctx, "asthma inhalers", mode)
        assert all(r["article_id"] != article_id for r in results)
    missing = await client.get(f"{ARTICLES}/{article_id}", headers=ctx.staff)
    assert missing.status_code == 404


async def test_empty_knowledge_base_returns_no_results(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    for mode in MODES:
        assert await _search(client, ctx, "what are your opening hours", mode) == []


async def test_change_in_one_process_is_searchable_in_another(
    client: httpx.AsyncClient, factory: Factory, app: FastAPI, db: Database
) -> None:
    # A second registry over the same database stands for another worker process.
    other = KnowledgeIndexes(embedding_model=app.state.settings.embedding_model)
    ctx = await factory.tenant_context()
    async with db.sessionmaker() as session:
        assert len(await other.index_for(session, ctx.id)) == 0
    article_id = await _create(client, ctx, "Parking", PARKING)
    async with db.sessionmaker() as session:
        index = await other.index_for(session, ctx.id)
        assert index.article_ids == {article_id}
    await client.delete(f"{ARTICLES}/{article_id}", headers=ctx.staff)
    async with db.sessionmaker() as session:
        assert (await other.index_for(session, ctx.id)).article_ids == set()


@pytest.mark.parametrize(
    "query",
    [
        "¿Dónde puedo estacionar mi coche?",
        "哮喘怎么治疗",
        "Астма лечение",
        "!!! ???",
    ],
)
async def test_query_in_another_language_does_not_fail(
    client: httpx.AsyncClient, factory: Factory, query: str
) -> None:
    ctx = await factory.tenant_context()
    await _create(client, ctx, "Parking", PARKING)
    for mode in MODES:
        results = await _search(client, ctx, query, mode)
        assert all(r["title"] == "Parking" for r in results)


async def test_one_megabyte_article_is_stored_and_searchable(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    # Twenty distinct sections repeated to 1 MB: the size stresses chunking, storage and
    # BM25, while identical chunks are embedded once, keeping the test quick on two cores.
    sections = [
        f"## Clinic {i}\n\nClinic {i} opens at {7 + i % 5} am. Ask reception about form {i}."
        for i in range(20)
    ]
    body = "# Handbook\n\n" + "\n\n".join(sections)
    body = (body + "\n\n") * (1_000_000 // len(body) + 1)
    assert len(body) >= 1_000_000
    response = await client.post(
        ARTICLES, json={"title": "Handbook", "body": body}, headers=ctx.staff
    )
    assert response.status_code == 201, response.text[:300]
    results = await _search(client, ctx, "when does clinic 7 open")
    assert results
    assert "Clinic 7" in str(results[0]["text"])


async def test_stats_name_the_dense_backend_and_bm25_segments(
    client: httpx.AsyncClient, factory: Factory, db: Database
) -> None:
    ctx = await factory.tenant_context()
    await _create(client, ctx, "Asthma", ASTHMA)
    await _create(client, ctx, "Parking", PARKING)
    response = await client.get(STATS, headers=ctx.staff)
    assert response.status_code == 200, response.text
    stats = response.json()
    # The test database is SQLite or Debian's PostgreSQL: no pgvector (see test_pgvector).
    assert stats["dense_backend"] == "in-process"
    assert stats["vector_store"] == "ExactVectors"
    assert stats["articles"] == 2
    assert stats["chunks"] == stats["bm25"]["main"] + stats["bm25"]["delta"]
    assert stats["version"] == 2
    forbidden = await client.get(STATS, headers=ctx.patient_headers)
    assert forbidden.status_code == 403


async def test_an_empty_search_query_is_422_naming_the_query_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    response = await client.post("/api/v1/rag/search", json={"query": ""}, headers=ctx.staff)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "query"
