"""The gateway's HTTP surface: the admin API (tenants, patients, API keys,
users) here, sign-in and the audit trail in their own routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import AdminDep, Principal, PrincipalDep
from aurixa.core.db import Database, DatabaseDep, SessionDep
from aurixa.core.errors import NotFound
from aurixa.gateway import keys, patients, tenants, users
from aurixa.gateway.audit_routes import router as audit_router
from aurixa.gateway.auth_routes import router as auth_router
from aurixa.gateway.ratelimit import limiter_of
from aurixa.gateway.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyRead,
    Page,
    PatientCreate,
    PatientRead,
    TenantCreate,
    TenantRead,
    TenantUpdate,
    UserCreate,
    UserRead,
    UserUpdate,
)

router = APIRouter()
admin = APIRouter(prefix="/api/v1/admin", tags=["admin"])
records = APIRouter(prefix="/api/v1", tags=["patients"])

# Ids are uuids or seed identifiers: anything else cannot match a row.
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
PathId = Annotated[str, Path(pattern=ID_PATTERN)]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
TenantParam = Annotated[
    str | None, Query(pattern=ID_PATTERN, description="act on another tenant (admins)")
]


@admin.post("/tenants", status_code=201)
async def create_tenant(body: TenantCreate, session: SessionDep, _: AdminDep) -> TenantRead:
    return TenantRead.model_validate(await tenants.create_tenant(session, data=body))


@admin.get("/tenants")
async def list_tenants(
    session: SessionDep, _: AdminDep, limit: Limit = 50, offset: Offset = 0
) -> Page[TenantRead]:
    rows, total = await tenants.list_tenants(session, limit=limit, offset=offset)
    items = [TenantRead.model_validate(r) for r in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


@admin.get("/tenants/{tenant_id}")
async def get_tenant(tenant_id: PathId, session: SessionDep, _: AdminDep) -> TenantRead:
    return TenantRead.model_validate(await tenants.get_tenant(session, tenant_id))


@admin.patch("/tenants/{tenant_id}")
async def update_tenant(
    tenant_id: PathId, body: TenantUpdate, request: Request, session: SessionDep, _: AdminDep
) -> TenantRead:
    tenant = await tenants.update_tenant(session, tenant_id=tenant_id, data=body)
    limiter_of(request.app).forget(tenant_id)
    return TenantRead.model_validate(tenant)


@admin.post("/patients", status_code=201)
async def create_patient(body: PatientCreate, session: SessionDep, who: AdminDep) -> PatientRead:
    tenant_id = await tenants.resolve_tenant(session, who, body.tenant_id)
    patient = await patients.create_patient(session, principal=who, tenant_id=tenant_id, data=body)
    return PatientRead.model_validate(patient)


@admin.get("/patients")
async def list_patients(
    session: SessionDep,
    who: AdminDep,
    tenant_id: TenantParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[PatientRead]:
    scope = await tenants.resolve_tenant(session, who, tenant_id)
    rows, total = await patients.list_patients(
        session, principal=who, tenant_id=scope, limit=limit, offset=offset
    )
    items = [PatientRead.model_validate(r) for r in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


@admin.get("/patients/{patient_id}")
async def get_patient(
    patient_id: PathId,
    session: SessionDep,
    db: DatabaseDep,
    who: AdminDep,
    tenant_id: TenantParam = None,
) -> PatientRead:
    scope = await tenants.resolve_tenant(session, who, tenant_id)
    return await _read_patient(session, db, who, scope, patient_id)


@admin.post("/api-keys", status_code=201)
async def create_api_key(body: ApiKeyCreate, session: SessionDep, who: AdminDep) -> ApiKeyCreated:
    tenant_id = await tenants.resolve_tenant(session, who, body.tenant_id)
    created = await keys.create_key(
        session,
        tenant_id=tenant_id,
        role=body.role.value,
        patient_id=body.patient_id,
        staff_role=body.staff_role.value if body.staff_role else None,
        name=body.name,
        created_by=who.actor,
    )
    return ApiKeyCreated(
        id=created.id,
        tenant_id=created.tenant_id,
        prefix=created.prefix,
        key=created.key,
        role=created.role,
        staff_role=body.staff_role.value if body.staff_role else None,
        patient_id=created.patient_id,
    )


@admin.get("/api-keys")
async def list_api_keys(
    session: SessionDep,
    who: AdminDep,
    tenant_id: TenantParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ApiKeyRead]:
    scope = await tenants.resolve_tenant(session, who, tenant_id)
    rows, total = await keys.list_keys(session, tenant_id=scope, limit=limit, offset=offset)
    items = [ApiKeyRead.model_validate(r) for r in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


@admin.delete("/api-keys/{key_id}")
async def revoke_api_key(
    key_id: PathId, session: SessionDep, who: AdminDep, tenant_id: TenantParam = None
) -> ApiKeyRead:
    scope = await tenants.resolve_tenant(session, who, tenant_id)
    return ApiKeyRead.model_validate(await keys.revoke_key(session, tenant_id=scope, key_id=key_id))


@admin.post("/users", status_code=201)
async def create_user(body: UserCreate, session: SessionDep, who: AdminDep) -> UserRead:
    tenant_id = await tenants.resolve_tenant(session, who, body.tenant_id)
    return UserRead.model_validate(await users.create_user(session, tenant_id=tenant_id, data=body))


@admin.get("/users")
async def list_users(
    session: SessionDep,
    who: AdminDep,
    tenant_id: TenantParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[UserRead]:
    scope = await tenants.resolve_tenant(session, who, tenant_id)
    rows, total = await users.list_users(session, tenant_id=scope, limit=limit, offset=offset)
    items = [UserRead.model_validate(r) for r in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


@admin.patch("/users/{user_id}")
async def update_user(
    user_id: PathId,
    body: UserUpdate,
    session: SessionDep,
    who: AdminDep,
    tenant_id: TenantParam = None,
) -> UserRead:
    scope = await tenants.resolve_tenant(session, who, tenant_id)
    user = await users.update_user(session, tenant_id=scope, user_id=user_id, data=body)
    return UserRead.model_validate(user)


@records.get("/patients/{patient_id}")
async def read_patient(
    patient_id: PathId, session: SessionDep, db: DatabaseDep, who: PrincipalDep
) -> PatientRead:
    """Staff read their tenant's patients; a patient key reads only its own."""
    return await _read_patient(session, db, who, who.tenant_id, patient_id)


async def _read_patient(
    session: AsyncSession, db: Database, who: Principal, tenant_id: str, patient_id: str
) -> PatientRead:
    try:
        patient = await patients.read_patient(
            session, principal=who, tenant_id=tenant_id, patient_id=patient_id
        )
    except NotFound:
        await patients.record_refused_read(
            db, principal=who, tenant_id=tenant_id, patient_id=patient_id
        )
        raise
    return PatientRead.model_validate(patient)


router.include_router(admin)
router.include_router(records)
router.include_router(auth_router)
router.include_router(audit_router)
