"""The router's HTTP API end to end: generate, /v1 with the official openai client,
fallback and circuit breaker against real local upstreams, admin providers, intents."""

from __future__ import annotations

import uuid

import httpx
import openai
import pytest
from fastapi import FastAPI

from tests.factories import Factory
from tests.llm_router.upstream import Behaviour, serve

PASSAGE = {
    "id": "art-9",
    "title": "Opening hours",
    "text": "The clinic is open from 8 am to 6 pm on weekdays. It is closed on Sundays.",
}


def sdk(app: FastAPI, key: str) -> openai.AsyncOpenAI:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")
    return openai.AsyncOpenAI(api_key=key, base_url="http://testserver/v1", http_client=http)


async def test_generate_is_grounded_cited_and_cached(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    body = {
        "messages": [{"role": "user", "content": "When is the clinic open?"}],
        "context": [PASSAGE],
    }
    first = await client.post("/api/v1/generate", json=body, headers=ctx.staff)
    assert first.status_code == 200, first.text
    answer = first.json()
    assert answer["provider"] == "local"
    assert "[1]" in answer["content"]
    assert answer["sources"] == ["art-9"]
    assert answer["cached"] is False
    assert "cheapest" in answer["trace"]["reason"]
    again = (await client.post("/api/v1/generate", json=body, headers=ctx.staff)).json()
    assert again["cached"] is True
    assert again["content"] == answer["content"]


async def test_generate_rejects_bad_input_naming_the_field(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    response = await client.post("/api/v1/generate", json={"messages": []}, headers=ctx.staff)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "messages"
    unknown = await client.post(
        "/api/v1/generate",
        headers=ctx.staff,
        json={"messages": [{"role": "user", "content": "hi"}], "model": "no-such-model"},
    )
    assert unknown.status_code == 400
    assert unknown.json()["error"]["field"] == "model"
    assert (await client.post("/api/v1/generate", json={})).status_code == 401


async def test_official_openai_client_against_our_v1(app: FastAPI, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    api = sdk(app, ctx.staff_key)
    models = await api.models.list()
    assert "auto" in [m.id for m in models.data]
    completion = await api.chat.completions.create(
        model="auto", messages=[{"role": "user", "content": "hello"}]
    )
    assert completion.choices[0].message.content
    assert completion.usage is not None
    assert completion.usage.completion_tokens > 0
    stream = await api.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": "hello"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = [c async for c in stream]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == completion.choices[0].message.content
    assert chunks[-1].usage is not None
    with pytest.raises(openai.AuthenticationError):
        await sdk(app, "wrong-key").models.list()
    with pytest.raises(openai.BadRequestError) as caught:
        await api.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    assert caught.value.code == "model_not_found"
    await api.close()


async def test_fallback_and_circuit_breaker_with_real_upstreams(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory
) -> None:
    suffix = uuid.uuid4().hex[:6]
    cheap, steady = f"cheap-{suffix}", f"steady-{suffix}"
    failing, healthy = Behaviour(fail_with=503), Behaviour()
    with serve(failing) as cheap_url, serve(healthy) as steady_url:
        ctx = await factory.tenant_context(llm={"allowed_providers": [cheap, steady]})
        for name, url, price in ((cheap, cheap_url, 0.1), (steady, steady_url, 0.5)):
            created = await client.post(
                "/api/v1/admin/providers",
                headers=ctx.admin,
                json={
                    "name": name,
                    "kind": "openai_compatible",
                    "base_url": url,
                    "models": [{"model": "tiny", "tier": 1, "input": price, "output": price}],
                },
            )
            assert created.status_code == 201, created.text
        api = sdk(app, ctx.staff_key)
        for i in range(3):
            # Distinct questions: identical ones would be answered from the cache.
            done = await api.chat.completions.create(
                model="auto", messages=[{"role": "user", "content": f"when do you open? ({i})"}]
            )
            assert done.choices[0].message.content == healthy.reply
        assert failing.calls == 3
        # The breaker of the failing provider is open now: it is not called again.
        stream = await api.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "when do you open?"}], stream=True
        )
        text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
        assert text.strip() == healthy.reply
        assert failing.calls == 3
        health = (await client.get("/api/v1/llm/health", headers=ctx.staff)).json()
        assert health["providers"][cheap] == "open"
        failing.fail_with = None  # recovered; disabling still removes it at once
        disabled = await client.delete(f"/api/v1/admin/providers/{cheap}", headers=ctx.admin)
        assert disabled.json()["enabled"] is False
        listed = (await client.get("/api/v1/admin/providers", headers=ctx.admin)).json()
        assert {p["name"] for p in listed} >= {"local", steady, cheap}
        await api.close()


async def test_all_upstreams_failing_is_a_clean_error(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory
) -> None:
    name = f"down-{uuid.uuid4().hex[:6]}"
    with serve(Behaviour(fail_with=429)) as url:
        ctx = await factory.tenant_context(llm={"allowed_providers": [name]})
        await client.post(
            "/api/v1/admin/providers",
            headers=ctx.admin,
            json={
                "name": name,
                "kind": "openai_compatible",
                "base_url": url,
                "models": [{"model": "tiny", "tier": 1, "input": 0.1, "output": 0.1}],
            },
        )
        api = sdk(app, ctx.staff_key)
        with pytest.raises(openai.RateLimitError):
            await api.chat.completions.create(
                model="auto", messages=[{"role": "user", "content": "hi"}]
            )
        await api.close()


async def test_budget_exhausted_leaves_only_free_models(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    name = f"paid-{uuid.uuid4().hex[:6]}"
    with serve(Behaviour()) as url:
        ctx = await factory.tenant_context(
            llm={"allowed_providers": [name], "monthly_budget_usd": 0.0}
        )
        await client.post(
            "/api/v1/admin/providers",
            headers=ctx.admin,
            json={
                "name": name,
                "kind": "openai_compatible",
                "base_url": url,
                "models": [{"model": "tiny", "tier": 1, "input": 1.0, "output": 1.0}],
            },
        )
        response = await client.post(
            "/api/v1/generate",
            headers=ctx.staff,
            json={"messages": [{"role": "user", "content": "hi"}]},
        )
        assert response.status_code == 402
        assert response.json()["error"]["code"] == "budget_exceeded"


async def test_admin_provider_validation(client: httpx.AsyncClient, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    bad = await client.post(
        "/api/v1/admin/providers", headers=ctx.admin, json={"name": "x1", "kind": "nonsense"}
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["field"] == "kind"
    staff = await client.post(
        "/api/v1/admin/providers", headers=ctx.staff, json={"name": "x2", "kind": "openai"}
    )
    assert staff.status_code == 403


async def test_route_intents(client: httpx.AsyncClient, factory: Factory) -> None:
    ctx = await factory.tenant_context()
    for text, intent, path in [
        ("I need to cancel my appointment on Friday", "cancel", "agent"),
        ("can I get a refill of my inhaler", "refill", "agent"),
        ("I want to speak to a real person", "human_handoff", "escalate"),
        ("what's the exchange rate for the yen", "out_of_scope", "out_of_scope"),
    ]:
        response = await client.post(
            "/api/v1/route", json={"text": text}, headers=ctx.patient_headers
        )
        assert response.status_code == 200, response.text
        assert (response.json()["intent"], response.json()["path"]) == (intent, path), text
    empty = await client.post("/api/v1/route", json={"text": ""}, headers=ctx.staff)
    assert empty.status_code == 422
    assert empty.json()["error"]["field"] == "text"


async def test_admin_changes_reach_another_process_without_restart(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aurixa.core.app import create_app
    from aurixa.llm_router import directory

    monkeypatch.setattr(directory, "REFRESH_S", 0.0)
    name = f"shared-{uuid.uuid4().hex[:6]}"
    ctx = await factory.tenant_context()
    other = create_app(("llm_router", "gateway"), settings=app.state.settings)
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url="http://other") as second:
            created = await client.post(
                "/api/v1/admin/providers",
                headers=ctx.admin,
                json={
                    "name": name,
                    "kind": "openai_compatible",
                    "base_url": "http://127.0.0.1:9/v1",
                    "models": [{"model": "m1", "tier": 2, "input": 0.2, "output": 0.4}],
                },
            )
            assert created.status_code == 201
            models = (await second.get("/v1/models", headers=ctx.staff)).json()
            assert f"{name}/m1" in [m["id"] for m in models["data"]]
            await client.patch(
                f"/api/v1/admin/providers/{name}", headers=ctx.admin, json={"enabled": False}
            )
            models = (await second.get("/v1/models", headers=ctx.staff)).json()
            assert f"{name}/m1" not in [m["id"] for m in models["data"]]


async def test_no_fallback_once_tokens_reached_the_caller(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    suffix = uuid.uuid4().hex[:6]
    flaky, spare = f"flaky-{suffix}", f"spare-{suffix}"
    breaking, healthy = Behaviour(break_mid_stream=True), Behaviour()
    with serve(breaking) as flaky_url, serve(healthy) as spare_url:
        ctx = await factory.tenant_context(llm={"allowed_providers": [flaky, spare]})
        for name, url, price in ((flaky, flaky_url, 0.1), (spare, spare_url, 0.5)):
            await client.post(
                "/api/v1/admin/providers",
                headers=ctx.admin,
                json={
                    "name": name,
                    "kind": "openai_compatible",
                    "base_url": url,
                    "models": [{"model": "tiny", "tier": 1, "input": price, "output": price}],
                },
            )
        body = {
            "model": "auto",
            "stream": True,
            "messages": [{"role": "user", "content": f"opening hours {suffix}"}],
        }
        response = await client.post("/v1/chat/completions", json=body, headers=ctx.staff)
        text = response.text
    first_word = breaking.reply.split(" ")[0]
    assert f'"content": "{first_word} "' in text
    assert '"error"' in text
    assert text.rstrip().endswith("data: [DONE]")
    # The first token had been sent: switching models then would splice two answers.
    assert healthy.calls == 0
