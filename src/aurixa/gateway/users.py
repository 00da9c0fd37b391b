"""People who sign in to the portals: staff, administrators and patients."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Role
from aurixa.core.errors import Conflict, ValidationFailed
from aurixa.core.security import hash_password
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.models import Patient
from aurixa.gateway.models import User
from aurixa.gateway.schemas import UserCreate, UserUpdate


async def _check_role_fields(
    session: AsyncSession,
    *,
    tenant_id: str,
    role: Role,
    staff_role: str | None,
    patient_id: str | None,
) -> None:
    if staff_role is not None and role is not Role.STAFF:
        raise ValidationFailed("staff_role is only for staff users", field="staff_role")
    if role is Role.PATIENT:
        if not patient_id:
            raise ValidationFailed("a patient user needs patient_id", field="patient_id")
        await get_scoped(session, Patient, patient_id, tenant_id, label="patient")
    elif patient_id:
        raise ValidationFailed("only patient users are bound to a patient", field="patient_id")


async def create_user(session: AsyncSession, *, tenant_id: str, data: UserCreate) -> User:
    email = data.email.lower()
    await _check_role_fields(
        session,
        tenant_id=tenant_id,
        role=data.role,
        staff_role=data.staff_role.value if data.staff_role else None,
        patient_id=data.patient_id,
    )
    if await session.scalar(select(User.id).where(func.lower(User.email) == email)) is not None:
        raise Conflict("a user with this email already exists", field="email")
    user = User(
        tenant_id=tenant_id,
        email=email,
        full_name=data.full_name,
        password_hash=hash_password(data.password),
        role=data.role.value,
        staff_role=data.staff_role.value if data.staff_role else None,
        patient_id=data.patient_id,
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create with the same email
        raise Conflict("a user with this email already exists", field="email") from exc
    return user


async def list_users(
    session: AsyncSession, *, tenant_id: str, limit: int, offset: int
) -> tuple[list[User], int]:
    total = await session.scalar(scoped(select(func.count()).select_from(User), User, tenant_id))
    rows = await session.scalars(
        scoped(select(User), User, tenant_id).order_by(User.email).limit(limit).offset(offset)
    )
    return list(rows), total or 0


async def update_user(
    session: AsyncSession, *, tenant_id: str, user_id: str, data: UserUpdate
) -> User:
    user = await get_scoped(session, User, user_id, tenant_id, label="user")
    if data.staff_role is not None:
        if user.role != Role.STAFF.value:
            raise ValidationFailed("staff_role is only for staff users", field="staff_role")
        user.staff_role = data.staff_role.value
    if data.full_name is not None:
        user.full_name = data.full_name
    if data.password is not None:
        user.password_hash = hash_password(data.password)
    if data.active is not None:
        user.active = data.active
    await session.flush()
    return user
