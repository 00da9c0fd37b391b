"""API keys: created once, shown once, stored hashed, revocable."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Role, StaffRole
from aurixa.core.db import create_database, utcnow
from aurixa.core.errors import NotFound, ValidationFailed
from aurixa.core.security import generate_api_key
from aurixa.core.settings import Settings
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.models import Patient
from aurixa.gateway.models import ApiKey, Tenant


@dataclass(frozen=True)
class CreatedKey:
    id: str
    prefix: str
    key: str
    role: str
    tenant_id: str
    patient_id: str | None


async def create_key(
    session: AsyncSession,
    *,
    tenant_id: str,
    role: str,
    patient_id: str | None = None,
    staff_role: str | None = None,
    name: str | None = None,
    created_by: str | None = None,
) -> CreatedKey:
    try:
        parsed_role = Role(role)
    except ValueError:
        raise ValidationFailed(
            f"role must be one of {[r.value for r in Role]}", field="role"
        ) from None
    if staff_role is not None:
        if parsed_role is not Role.STAFF:
            raise ValidationFailed("staff_role is only for staff keys", field="staff_role")
        try:
            StaffRole(staff_role)
        except ValueError:
            raise ValidationFailed(
                f"staff_role must be one of {[r.value for r in StaffRole]}", field="staff_role"
            ) from None
    if parsed_role is Role.PATIENT:
        if not patient_id:
            raise ValidationFailed("a patient key needs patient_id", field="patient_id")
        await get_scoped(session, Patient, patient_id, tenant_id, label="patient")
    elif patient_id:
        raise ValidationFailed("only patient keys are bound to a patient", field="patient_id")
    new = generate_api_key()
    row = ApiKey(
        tenant_id=tenant_id,
        prefix=new.prefix,
        key_hash=new.key_hash,
        role=parsed_role.value,
        staff_role=staff_role,
        patient_id=patient_id,
        name=name,
        created_by=created_by,
    )
    session.add(row)
    await session.flush()
    return CreatedKey(row.id, new.prefix, new.key, row.role, tenant_id, patient_id)


async def revoke_keys_named(session: AsyncSession, *, tenant_id: str, name: str) -> int:
    rows = (
        await session.scalars(
            select(ApiKey).where(
                ApiKey.tenant_id == tenant_id, ApiKey.name == name, ApiKey.revoked_at.is_(None)
            )
        )
    ).all()
    for row in rows:
        row.revoked_at = utcnow()
    return len(rows)


async def tenant_by_slug(session: AsyncSession, slug: str) -> Tenant:
    tenant = await session.scalar(select(Tenant).where(Tenant.slug == slug))
    if tenant is None:
        raise NotFound(f"no tenant with slug {slug!r}", field="tenant")
    return tenant


async def create_key_for_slug(
    settings: Settings,
    *,
    tenant_slug: str,
    role: str,
    patient_id: str | None,
    staff_role: str | None,
    name: str | None,
) -> CreatedKey:
    db = create_database(settings.database_url)
    try:
        async with db.sessionmaker() as session:
            tenant = await tenant_by_slug(session, tenant_slug)
            created = await create_key(
                session,
                tenant_id=tenant.id,
                role=role,
                patient_id=patient_id,
                staff_role=staff_role,
                name=name,
                created_by="cli",
            )
            await session.commit()
            return created
    finally:
        await db.dispose()


async def list_keys(
    session: AsyncSession, *, tenant_id: str, limit: int, offset: int
) -> tuple[list[ApiKey], int]:
    total = await session.scalar(
        scoped(select(func.count()).select_from(ApiKey), ApiKey, tenant_id)
    )
    rows = await session.scalars(
        scoped(select(ApiKey), ApiKey, tenant_id)
        .order_by(ApiKey.created_at.desc(), ApiKey.id)
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total or 0


async def revoke_key(session: AsyncSession, *, tenant_id: str, key_id: str) -> ApiKey:
    """Revoking twice keeps the first revocation time."""
    key = await get_scoped(session, ApiKey, key_id, tenant_id, label="API key")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await session.flush()
    return key
