"""Portal sign-in: password check, the session cookie's flags, CSRF on
everything a cookie authenticates, logout, and the HTML form."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest
from fastapi import FastAPI

from tests.factories import Factory, TenantContext

PASSWORD = "a long enough passphrase"


async def _user(client: httpx.AsyncClient, ctx: TenantContext, role: str = "admin") -> str:
    email = f"user.{uuid.uuid4().hex[:8]}@example.org"
    payload = {"email": email, "full_name": "Sam Staff", "password": PASSWORD, "role": role}
    response = await client.post("/api/v1/admin/users", json=payload, headers=ctx.admin)
    assert response.status_code == 201, response.text
    return email


@pytest.fixture
async def browser(app: FastAPI) -> httpx.AsyncClient:
    """A separate client with its own cookie jar, like a browser."""
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_login_sets_a_signed_httponly_samesite_cookie(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx)
    async with browser:
        response = await browser.post(
            "/api/v1/auth/login", json={"email": email.upper(), "password": PASSWORD}
        )
        assert response.status_code == 200, response.text
        cookies = response.headers.get_list("set-cookie")
        session = next(c for c in cookies if c.startswith("aurixa_session="))
        csrf = next(c for c in cookies if c.startswith("aurixa_csrf="))
        assert "HttpOnly" in session
        assert "samesite=lax" in session.lower()
        assert "HttpOnly" not in csrf  # the page reads it to echo it
        assert response.json()["csrf_token"] == browser.cookies["aurixa_csrf"]

        me = await browser.get("/api/v1/auth/me")
        assert me.status_code == 200
        assert me.json()["actor"] == email
        assert me.json()["tenant_id"] == ctx.id

        browser.cookies.set("aurixa_session", browser.cookies["aurixa_session"] + "x")
        assert (await browser.get("/api/v1/auth/me")).status_code == 401


async def test_secure_cookie_over_https(
    client: httpx.AsyncClient, app: FastAPI, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://aurixa.example") as tls:
        response = await tls.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert all("Secure" in c for c in response.headers.get_list("set-cookie"))


async def test_wrong_password_and_unknown_email_look_the_same(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx)
    wrong = await client.post("/api/v1/auth/login", json={"email": email, "password": "nope"})
    unknown = await client.post(
        "/api/v1/auth/login", json={"email": "ghost@example.org", "password": "nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["error"]["message"] == unknown.json()["error"]["message"]


async def test_cookie_requests_that_change_things_need_the_csrf_token(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx)
    async with browser:
        login = await browser.post(
            "/api/v1/auth/login", json={"email": email, "password": PASSWORD}
        )
        token = login.json()["csrf_token"]
        body = {"name": "Forged", "slug": f"forged-{uuid.uuid4().hex[:6]}"}
        forged = await browser.post("/api/v1/admin/tenants", json=body)
        assert forged.status_code == 403
        assert "CSRF" in forged.json()["error"]["message"]
        wrong = await browser.post(
            "/api/v1/admin/tenants", json=body, headers={"X-CSRF-Token": "guess"}
        )
        assert wrong.status_code == 403
        allowed = await browser.post(
            "/api/v1/admin/tenants", json=body, headers={"X-CSRF-Token": token}
        )
        assert allowed.status_code == 201
        # Reads need no token; API keys never do.
        assert (await browser.get("/api/v1/admin/tenants")).status_code == 200
    by_key = await client.post(
        "/api/v1/admin/tenants",
        json={"name": "Keyed", "slug": f"keyed-{uuid.uuid4().hex[:6]}"},
        headers=ctx.admin,
    )
    assert by_key.status_code == 201


async def test_logout_ends_the_session(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx, role="staff")
    async with browser:
        login = await browser.post(
            "/api/v1/auth/login", json={"email": email, "password": PASSWORD}
        )
        token = login.json()["csrf_token"]
        assert (await browser.post("/api/v1/auth/logout")).status_code == 403  # no token
        out = await browser.post("/api/v1/auth/logout", headers={"X-CSRF-Token": token})
        assert out.status_code == 204
        assert "aurixa_session" not in browser.cookies
        assert (await browser.get("/api/v1/auth/me")).status_code == 401


async def test_html_login_form_with_double_submit_csrf(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx, role="staff")
    async with browser:
        page = await browser.get("/login?next=/portal/queue")
        assert page.status_code == 200
        match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert match is not None
        token = match.group(1)
        assert token == browser.cookies["aurixa_csrf"]
        form = {"email": email, "password": PASSWORD, "csrf_token": token, "next": "/portal/queue"}

        without = await browser.post("/login", data={**form, "csrf_token": "forged"})
        assert without.status_code == 403
        assert "aurixa_session" not in browser.cookies
        token = browser.cookies["aurixa_csrf"]  # the refused form came back with a fresh one

        bad = await browser.post(
            "/login", data={**form, "csrf_token": token, "password": "wrong password"}
        )
        assert bad.status_code == 401
        assert 'role="alert"' in bad.text

        ok = await browser.post("/login", data={**form, "csrf_token": token})
        assert ok.status_code == 303
        assert ok.headers["location"] == "/portal/queue"
        assert (await browser.get("/api/v1/auth/me")).json()["actor"] == email


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil.example"])
async def test_login_never_redirects_off_site(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, factory: Factory, target: str
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx, role="staff")
    async with browser:
        await browser.get("/login")
        token = browser.cookies["aurixa_csrf"]
        form = {"email": email, "password": PASSWORD, "csrf_token": token, "next": target}
        response = await browser.post("/login", data=form)
    assert response.status_code == 303
    assert response.headers["location"] == "/"


async def test_login_form_escapes_what_it_echoes(browser: httpx.AsyncClient) -> None:
    async with browser:
        page = await browser.get('/login?next=/"><script>alert(1)</script>')
    assert "<script>" not in page.text


async def test_password_guessing_is_throttled_per_account(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx)
    statuses = [
        (
            await client.post("/api/v1/auth/login", json={"email": email, "password": "guess"})
        ).status_code
        for _ in range(11)
    ]
    assert statuses == [401] * 10 + [429]
    refused = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1


async def test_a_password_change_ends_earlier_sessions(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    email = await _user(client, ctx, role="staff")
    users = (await client.get("/api/v1/admin/users", headers=ctx.admin)).json()["items"]
    user_id = next(u["id"] for u in users if u["email"] == email)
    async with browser:
        await browser.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
        assert (await browser.get("/api/v1/auth/me")).status_code == 200
        changed = await client.patch(
            f"/api/v1/admin/users/{user_id}",
            json={"password": "a brand new passphrase"},
            headers=ctx.admin,
        )
        assert changed.status_code == 200
        ended = await browser.get("/api/v1/auth/me")
        assert ended.status_code == 401
        assert "sign in again" in ended.json()["error"]["message"]
        again = await browser.post(
            "/api/v1/auth/login", json={"email": email, "password": "a brand new passphrase"}
        )
        assert again.status_code == 200
        assert (await browser.get("/api/v1/auth/me")).status_code == 200
