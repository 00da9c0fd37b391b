"""Articles the index tests write through the API, and the call that writes them."""

from __future__ import annotations

import httpx

from tests.factories import TenantContext

ARTICLES = "/api/v1/knowledge/articles"

PARKING = "Patients park for free in lot B. Visitors pay at the machine near the entrance."
FLU = "The flu vaccine is offered every autumn. Book a flu shot at the front desk."
BILLING = "Invoices are sent by post. Questions about a bill go to the billing office."


async def create_article(
    client: httpx.AsyncClient, ctx: TenantContext, title: str, body: str
) -> str:
    """Create an article as the tenant's staff; its id."""
    response = await client.post(ARTICLES, json={"title": title, "body": body}, headers=ctx.staff)
    assert response.status_code == 201, response.text
    article_id: str = response.json()["id"]
    return article_id
