"""Who is calling: API keys, portal sessions, and service-to-service identity.

The gateway authenticates the caller once; calls between services carry the
resulting `Principal` in a short-lived signed header, so every service (in one
process or split) enforces the same tenant and patient scope.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from enum import StrEnum
from typing import Annotated

from cachetools import TTLCache
from fastapi import Depends, Request
from pydantic import BaseModel
from sqlalchemy import select, update

from aurixa.core.db import Database, on_commit, utcnow
from aurixa.core.errors import Forbidden, Unauthorized
from aurixa.core.logging import get_logger
from aurixa.core.security import Signer, api_key_matches, api_key_prefix, hash_api_key

PRINCIPAL_HEADER = "x-aurixa-principal"
SESSION_COOKIE = "aurixa_session"
INTERNAL_TOKEN_MAX_AGE = 300
# Writing last_used_at on every request would turn every read into a write.
LAST_USED_RESOLUTION = timedelta(minutes=1)

log = get_logger(__name__)


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    PATIENT = "patient"


class StaffRole(StrEnum):
    RECEPTION = "reception"
    NURSE = "nurse"
    DOCTOR = "doctor"
    SCHEDULER = "scheduler"


class Principal(BaseModel):
    """The authenticated caller. `tenant_id` is the tenant acted for."""

    tenant_id: str
    role: Role
    actor: str  # key prefix or user email: never a secret
    staff_role: StaffRole | None = None
    patient_id: str | None = None
    user_id: str | None = None
    api_key_id: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def is_patient(self) -> bool:
        return self.role is Role.PATIENT


def principal_signer(secret_key: str) -> Signer:
    return Signer(secret_key, salt="aurixa.principal")


def session_signer(secret_key: str) -> Signer:
    return Signer(secret_key, salt="aurixa.session")


# Keys verified recently, by the hash of the whole key (a wrong secret never
# matches): every request presents one, and the join and ORM load of its row
# were the largest part of authenticating. A commit in this process that
# touches any key or tenant (revocation, a disabled tenant) empties the cache at
# once; other processes see such a change within API_KEY_CACHE_SECONDS.
API_KEY_CACHE_SECONDS = 5.0
_verified: TTLCache[str, Principal] = TTLCache(maxsize=10_000, ttl=API_KEY_CACHE_SECONDS)


def _forget_verified_keys(_ids: set[str]) -> None:
    _verified.clear()


on_commit("api_keys", _forget_verified_keys)
on_commit("tenants", _forget_verified_keys)


async def _from_api_key(db: Database, key: str) -> Principal:
    prefix = api_key_prefix(key)
    if prefix is None:
        raise Unauthorized("malformed API key")
    digest = hash_api_key(key)
    cached = _verified.get(digest)
    if cached is not None:
        return cached.model_copy()
    principal = await _load_api_key(db, key, prefix)
    _verified[digest] = principal
    return principal.model_copy()


async def _load_api_key(db: Database, key: str, prefix: str) -> Principal:
    from aurixa.gateway.models import ApiKey, Tenant

    # Autocommit: one SELECT, and at most one UPDATE that stands alone, need no
    # BEGIN and ROLLBACK round trips around them.
    async with db.autocommit() as session:
        row = (
            await session.execute(
                select(ApiKey, Tenant.active)
                .join(Tenant, Tenant.id == ApiKey.tenant_id)
                .where(ApiKey.prefix == prefix)
            )
        ).first()
        if row is None:
            raise Unauthorized("unknown API key")
        api_key, tenant_active = row
        if not api_key_matches(key, api_key.key_hash):
            raise Unauthorized("unknown API key")
        if api_key.revoked_at is not None:
            raise Unauthorized("API key revoked")
        if not tenant_active:
            raise Unauthorized("tenant is disabled")
        now = utcnow()
        if api_key.last_used_at is None or now - api_key.last_used_at > LAST_USED_RESOLUTION:
            # A statement, not a change to the loaded row: a committed ORM change
            # to `api_keys` empties the cache of verified keys (it is how a
            # revocation takes effect at once), and every key's first use each
            # minute did, sending the next request of every caller back here.
            await session.execute(
                update(ApiKey).where(ApiKey.id == api_key.id).values(last_used_at=now)
            )
        return Principal(
            tenant_id=api_key.tenant_id,
            role=Role(api_key.role),
            staff_role=StaffRole(api_key.staff_role) if api_key.staff_role else None,
            patient_id=api_key.patient_id,
            actor=api_key.prefix,
            api_key_id=api_key.id,
        )


async def _from_session(db: Database, payload: dict[str, object]) -> Principal:
    from aurixa.gateway.models import Tenant, User

    user_id = payload.get("uid")
    if not isinstance(user_id, str):
        raise Unauthorized("invalid session")
    async with db.sessionmaker() as session:
        row = (
            await session.execute(
                select(User, Tenant.active)
                .join(Tenant, Tenant.id == User.tenant_id)
                .where(User.id == user_id)
            )
        ).first()
    if row is None or not row[0].active or not row[1]:
        raise Unauthorized("invalid session")
    user: User = row[0]
    return Principal(
        tenant_id=user.tenant_id,
        role=Role(user.role),
        staff_role=StaffRole(user.staff_role) if user.staff_role else None,
        patient_id=user.patient_id,
        actor=user.email,
        user_id=user.id,
    )


async def authenticate(request: Request) -> Principal:
    """Resolve the caller from (in order) the internal header, a bearer API key
    or a session cookie. Cached on the request."""
    cached: Principal | None = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    settings = request.app.state.settings
    db: Database = request.app.state.db
    principal: Principal | None = None
    internal = request.headers.get(PRINCIPAL_HEADER)
    authorization = request.headers.get("authorization", "")
    cookie = request.cookies.get(SESSION_COOKIE)
    if internal:
        payload = principal_signer(settings.secret_key).unsign(
            internal, max_age=INTERNAL_TOKEN_MAX_AGE
        )
        if payload is None:
            raise Unauthorized("invalid internal credentials")
        principal = Principal.model_validate(payload)
        request.state.internal_call = True
    elif authorization.lower().startswith("bearer "):
        principal = await _from_api_key(db, authorization[7:].strip())
    elif cookie:
        payload = session_signer(settings.secret_key).unsign(
            cookie, max_age=settings.session_ttl_seconds
        )
        if payload is None:
            raise Unauthorized("session expired")
        principal = await _from_session(db, payload)
    if principal is None:
        raise Unauthorized("missing credentials: send 'Authorization: Bearer <api key>'")
    request.state.principal = principal
    hooks: list[Callable[[Request, Principal], Awaitable[None]]] = getattr(
        request.app.state, "principal_hooks", []
    )
    for hook in hooks:  # e.g. the per-tenant rate limit
        await hook(request, principal)
    return principal


PrincipalDep = Annotated[Principal, Depends(authenticate)]


def ensure_role(principal: Principal, *roles: Role | str) -> Principal:
    """`principal` if it has one of `roles`, else 403: for handlers that are also
    called in process, without their endpoint's dependencies."""
    allowed = {Role(r) for r in roles}
    if principal.role not in allowed:
        raise Forbidden(f"this endpoint needs one of the roles: {sorted(allowed)}")
    return principal


def require_roles(*roles: Role | str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency that lets only `roles` through (403 otherwise)."""

    async def dependency(principal: PrincipalDep) -> Principal:
        return ensure_role(principal, *roles)

    return dependency


AdminDep = Annotated[Principal, Depends(require_roles(Role.ADMIN))]
StaffDep = Annotated[Principal, Depends(require_roles(Role.ADMIN, Role.STAFF))]
