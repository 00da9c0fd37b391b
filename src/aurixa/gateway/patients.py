"""Patients as administrators see them: register, list, read. Every one of
these touches patient data, so every one leaves an audit row per patient."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import Principal
from aurixa.core.db import Database
from aurixa.core.errors import NotFound
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.models import Patient
from aurixa.gateway.audit import record_audit, record_audit_many
from aurixa.gateway.schemas import PatientCreate


async def create_patient(
    session: AsyncSession, *, principal: Principal, tenant_id: str, data: PatientCreate
) -> Patient:
    fields = data.model_dump(exclude={"tenant_id"}, exclude_none=True)
    patient = Patient(tenant_id=tenant_id, **fields)
    session.add(patient)
    await session.flush()
    await record_audit(
        session,
        principal=principal,
        action="patient.create",
        resource_type="Patient",
        resource_id=patient.id,
        patient_id=patient.id,
        tenant_id=tenant_id,
    )
    return patient


async def list_patients(
    session: AsyncSession, *, principal: Principal, tenant_id: str, limit: int, offset: int
) -> tuple[list[Patient], int]:
    total = (
        await session.scalar(scoped(select(func.count()).select_from(Patient), Patient, tenant_id))
        or 0
    )
    rows = list(
        await session.scalars(
            scoped(select(Patient), Patient, tenant_id)
            .order_by(Patient.family_name, Patient.given_name, Patient.id)
            .limit(limit)
            .offset(offset)
        )
    )
    await record_audit_many(
        session,
        principal=principal,
        action="patient.list",
        resource_type="Patient",
        patient_ids=[p.id for p in rows],
        tenant_id=tenant_id,
    )
    return rows, total


async def read_patient(
    session: AsyncSession, *, principal: Principal, tenant_id: str, patient_id: str
) -> Patient:
    """A patient key reads only its own record; any other id looks missing."""
    if principal.is_patient and patient_id != principal.patient_id:
        raise NotFound(f"patient {patient_id} not found")
    patient = await get_scoped(session, Patient, patient_id, tenant_id, label="patient")
    await record_audit(
        session,
        principal=principal,
        action="patient.read",
        resource_type="Patient",
        resource_id=patient.id,
        patient_id=patient.id,
        tenant_id=tenant_id,
    )
    return patient


async def record_refused_read(
    db: Database, *, principal: Principal, tenant_id: str, patient_id: str
) -> None:
    """A read that was refused (another tenant's or another patient's record)
    is audited too: probing for records is what the trail is for. Written in
    its own transaction, because the request's own is rolled back."""
    async with db.sessionmaker() as session:
        await record_audit(
            session,
            principal=principal,
            action="patient.read",
            resource_type="Patient",
            resource_id=patient_id,
            outcome="denied",
            tenant_id=tenant_id,
            details={"error": "not_found"},
        )
        await session.commit()
