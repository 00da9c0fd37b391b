"""Portal sessions: password sign-in, the signed session cookie, and CSRF
protection for everything a cookie authenticates.

The session cookie is HttpOnly and SameSite=Lax. CSRF uses the double-submit
pattern: a random token in a readable cookie that the page echoes back in the
`X-CSRF-Token` header (or a `csrf_token` form field). A cross-site page can
make the browser send the cookie but cannot read it to echo it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import SESSION_COOKIE, Principal, session_signer
from aurixa.core.db import Database, utcnow
from aurixa.core.errors import Forbidden, Unauthorized
from aurixa.core.security import hash_password, verify_password
from aurixa.core.settings import Settings
from aurixa.gateway.models import Tenant, User

CSRF_COOKIE = "aurixa_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Verifying against a fixed hash when the email is unknown keeps the answer's
# timing the same whether or not the account exists.
_DUMMY_HASH = hash_password("not-a-real-password-for-timing")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_matches(cookie: str | None, submitted: str | None) -> bool:
    if not cookie or not submitted:
        return False
    return hmac.compare_digest(cookie.encode(), submitted.encode())


async def _submitted_token(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.headers.get("content-type", "").startswith(_FORM_TYPES):
        form = await request.form()  # cached by Starlette; the route reads it again freely
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def csrf_hook(request: Request, principal: Principal) -> None:
    """A cookie-authenticated unsafe request must prove it came from our page.
    API keys and internal calls are not sent by browsers on their own, so they
    need no token."""
    if request.method not in UNSAFE_METHODS or getattr(request.state, "internal_call", False):
        return
    if principal.user_id is None or request.headers.get("authorization"):
        return
    if not csrf_matches(request.cookies.get(CSRF_COOKIE), await _submitted_token(request)):
        raise Forbidden(
            "missing or wrong CSRF token: send the aurixa_csrf cookie's value "
            "in the X-CSRF-Token header"
        )


async def check_password(session: AsyncSession, *, email: str, password: str) -> User:
    """The active user with this email and password, or `Unauthorized` (one
    message for every failure, so it reveals nothing about the account)."""
    row = (
        await session.execute(
            select(User, Tenant.active)
            .join(Tenant, Tenant.id == User.tenant_id)
            .where(func.lower(User.email) == email.strip().lower())
        )
    ).first()
    if row is None:
        verify_password(_DUMMY_HASH, password)
        raise Unauthorized("wrong email or password")
    user, tenant_active = row
    if not verify_password(user.password_hash, password) or not user.active or not tenant_active:
        raise Unauthorized("wrong email or password")
    user.last_login_at = utcnow()
    return user


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_csrf_cookie(response: Response, request: Request, token: str, settings: Settings) -> None:
    response.set_cookie(
        CSRF_COOKIE,
        token,
        max_age=settings.session_ttl_seconds,
        httponly=False,  # the page's script must read it to echo it
        samesite="lax",
        secure=_secure(request),
        path="/",
    )


def session_version(password_hash: str) -> str:
    """Changes whenever the password does, which ends every earlier session."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


async def session_version_hook(request: Request, principal: Principal) -> None:
    """The cookie is stateless, so a password change (or reset after a stolen
    cookie) would not end it on its own: compare its version with the user's."""
    if principal.user_id is None or getattr(request.state, "internal_call", False):
        return
    cookie = request.cookies.get(SESSION_COOKIE)
    if request.headers.get("authorization") or not cookie:
        return
    settings: Settings = request.app.state.settings
    payload = session_signer(settings.secret_key).unsign(
        cookie, max_age=settings.session_ttl_seconds
    )
    db: Database = request.app.state.db
    async with db.sessionmaker() as session:
        current = await session.scalar(
            select(User.password_hash).where(User.id == principal.user_id)
        )
    if payload is None or current is None or payload.get("sv") != session_version(current):
        raise Unauthorized("session ended: sign in again")


def start_session(response: Response, request: Request, user: User, settings: Settings) -> str:
    """Set the session and a fresh CSRF cookie; return the CSRF token."""
    token = session_signer(settings.secret_key).sign(
        {"uid": user.id, "sv": session_version(user.password_hash)}
    )
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.session_ttl_seconds,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )
    csrf = new_csrf_token()
    set_csrf_cookie(response, request, csrf, settings)
    return csrf


def end_session(response: Response, request: Request) -> None:
    for name, httponly in ((SESSION_COOKIE, True), (CSRF_COOKIE, False)):
        response.delete_cookie(
            name, path="/", httponly=httponly, samesite="lax", secure=_secure(request)
        )
