"""A tenant policy of "*" (what the admin API and the demo tenants store) allows every model."""

from __future__ import annotations

from aurixa.llm_router.catalogue import Catalogue
from aurixa.llm_router.routing import TenantPolicy


def test_star_allows_every_model_and_an_explicit_list_restricts() -> None:
    models = Catalogue.load().all()
    assert models
    anything = TenantPolicy(allowed_models=["*"], allowed_providers=["*"])
    assert all(anything.allows(m) for m in models if m.tier <= anything.max_tier)
    only_local = TenantPolicy(allowed_providers=["local"])
    allowed = [m for m in models if only_local.allows(m)]
    assert allowed
    assert {m.provider for m in allowed} == {"local"}
