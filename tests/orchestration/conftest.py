"""A tenant with a small knowledge base, for pipeline tests."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pytest

from tests.factories import Factory, TenantContext

ARTICLES = [
    {
        "title": "Clinic hours",
        "body": "# Clinic hours\n\nThe clinic is open Monday to Friday from 8 a.m. to 6 p.m. "
        "On Saturdays the walk-in clinic is open from 9 a.m. to noon. "
        "The clinic is closed on Sundays and public holidays.",
        "tags": ["hours"],
    },
    {
        "title": "Parking",
        "body": "# Parking\n\nFree parking for patients is available in the garage on Elm Street. "
        "Bring your parking ticket to the front desk to have it validated. "
        "Accessible parking spaces are next to the main entrance.",
        "tags": ["parking"],
    },
    {
        "title": "Prescription refills",
        "body": "# Prescription refills\n\nRefill requests are processed within two business "
        "days. You can request a refill through the patient portal or by calling the pharmacy "
        "line. Controlled medications need a visit with your doctor before a refill.",
        "tags": ["pharmacy"],
    },
]
FRONT_DESK = "(555) 010-4477"


@dataclass
class Clinic:
    ctx: TenantContext
    article_ids: dict[str, str]


@pytest.fixture
async def clinic(client: httpx.AsyncClient, factory: Factory) -> Clinic:
    ctx = await factory.tenant_context(front_desk_phone=FRONT_DESK, rate_limit_per_minute=10_000)
    ids: dict[str, str] = {}
    for article in ARTICLES:
        response = await client.post("/api/v1/knowledge/articles", json=article, headers=ctx.admin)
        assert response.status_code == 201, response.text
        ids[article["title"]] = response.json()["id"]
    return Clinic(ctx=ctx, article_ids=ids)
