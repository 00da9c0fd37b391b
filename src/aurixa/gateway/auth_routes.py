"""Signing in and out: the JSON API the portals call and a plain HTML form."""

from __future__ import annotations

import hashlib
from html import escape
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from aurixa.core.auth import PrincipalDep
from aurixa.core.db import SessionDep
from aurixa.core.errors import RateLimited, Unauthorized
from aurixa.core.settings import Settings
from aurixa.gateway.ratelimit import limiter_of
from aurixa.gateway.schemas import LoginRequest, Me
from aurixa.gateway.sessions import (
    CSRF_COOKIE,
    check_password,
    csrf_matches,
    end_session,
    new_csrf_token,
    set_csrf_cookie,
    start_session,
)

router = APIRouter(tags=["auth"])

# Password guessing is slowed per account, whatever the tenant's API limit.
LOGIN_ATTEMPTS_PER_MINUTE = 10


async def _throttle_login(request: Request, email: str) -> None:
    account = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    decision = await limiter_of(request.app).hit_key(
        account, LOGIN_ATTEMPTS_PER_MINUTE, namespace="aurixa:login"
    )
    if not decision.allowed:
        raise RateLimited(
            "too many sign-in attempts; try again shortly",
            headers={"Retry-After": str(decision.retry_after)},
        )


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


@router.post("/api/v1/auth/login")
async def login(
    body: LoginRequest, request: Request, response: Response, session: SessionDep
) -> Me:
    await _throttle_login(request, body.email)
    user = await check_password(session, email=body.email, password=body.password)
    csrf = start_session(response, request, user, _settings(request))
    return Me(
        tenant_id=user.tenant_id,
        role=user.role,
        actor=user.email,
        staff_role=user.staff_role,
        patient_id=user.patient_id,
        user_id=user.id,
        csrf_token=csrf,
    )


@router.post("/api/v1/auth/logout", status_code=204)
async def logout(request: Request, _: PrincipalDep) -> Response:
    response = Response(status_code=204)
    end_session(response, request)
    return response


@router.get("/api/v1/auth/me")
async def me(principal: PrincipalDep) -> Me:
    return Me(
        tenant_id=principal.tenant_id,
        role=principal.role.value,
        actor=principal.actor,
        staff_role=principal.staff_role.value if principal.staff_role else None,
        patient_id=principal.patient_id,
        user_id=principal.user_id,
    )


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def _login_page(csrf: str, *, next_path: str, email: str = "", error: str = "") -> str:
    alert = f'<p role="alert">{escape(error)}</p>' if error else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · AURIXA</title></head><body><main>
<h1>Sign in to AURIXA</h1>{alert}
<form method="post" action="/login">
<input type="hidden" name="csrf_token" value="{escape(csrf)}">
<input type="hidden" name="next" value="{escape(next_path)}">
<label>Email <input type="email" name="email" value="{escape(email)}" required
 autocomplete="username"></label>
<label>Password <input type="password" name="password" required
 autocomplete="current-password"></label>
<button type="submit">Sign in</button>
</form></main></body></html>"""


@router.get("/login", include_in_schema=False)
async def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    csrf = request.cookies.get(CSRF_COOKIE) or new_csrf_token()
    response = HTMLResponse(_login_page(csrf, next_path=_safe_next(next)))
    set_csrf_cookie(response, request, csrf, _settings(request))
    return response


@router.post("/login", include_in_schema=False, response_model=None)
async def login_form_post(
    request: Request,
    session: SessionDep,
    email: Annotated[str, Form(max_length=254)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
    csrf_token: Annotated[str, Form(max_length=128)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> HTMLResponse | RedirectResponse:
    settings = _settings(request)
    target = _safe_next(next)
    if not csrf_matches(request.cookies.get(CSRF_COOKIE), csrf_token):
        fresh = new_csrf_token()
        page = _login_page(fresh, next_path=target, error="Your form expired; please try again.")
        response = HTMLResponse(page, status_code=403)
        set_csrf_cookie(response, request, fresh, settings)
        return response
    try:
        await _throttle_login(request, email)
        user = await check_password(session, email=email, password=password)
    except (Unauthorized, RateLimited) as exc:
        page = _login_page(csrf_token, next_path=target, email=email, error=exc.message)
        return HTMLResponse(page, status_code=exc.status_code)
    redirect = RedirectResponse(target, status_code=303)
    start_session(redirect, request, user, settings)
    return redirect
