"""Factories for test data: each call makes new rows under a fresh tenant
unless a tenant is given, so tests never depend on one another."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from aurixa.core.db import Database
from aurixa.execution.models import Patient
from aurixa.gateway.keys import create_key
from aurixa.gateway.models import Tenant


def _suffix() -> str:
    return uuid.uuid4().hex[:8]


@dataclass
class TenantContext:
    """A tenant with one key per role and one patient with its own key."""

    tenant: Tenant
    patient: Patient
    admin_key: str
    staff_key: str
    patient_key: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.tenant.id

    @staticmethod
    def auth(key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}

    @property
    def admin(self) -> dict[str, str]:
        return self.auth(self.admin_key)

    @property
    def staff(self) -> dict[str, str]:
        return self.auth(self.staff_key)

    @property
    def patient_headers(self) -> dict[str, str]:
        return self.auth(self.patient_key)


class Factory:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def tenant(self, **settings: Any) -> Tenant:
        slug = f"t-{_suffix()}"
        async with self.db.sessionmaker() as session:
            tenant = Tenant(slug=slug, name=f"Clinic {slug}", settings=settings)
            session.add(tenant)
            await session.commit()
            return tenant

    async def patient(self, tenant_id: str, **fields: Any) -> Patient:
        values: dict[str, Any] = {
            "given_name": "Ada",
            "family_name": f"Lovelace{_suffix()}",
            "birth_date": date(1985, 12, 10),
            "phone": "+1-555-0100",
            "email": f"ada.{_suffix()}@example.org",
            "identifier": f"MRN-{_suffix()}",
        }
        values.update(fields)
        async with self.db.sessionmaker() as session:
            patient = Patient(tenant_id=tenant_id, **values)
            session.add(patient)
            await session.commit()
            return patient

    async def api_key(
        self,
        tenant_id: str,
        role: str,
        *,
        patient_id: str | None = None,
        staff_role: str | None = None,
    ) -> str:
        async with self.db.sessionmaker() as session:
            created = await create_key(
                session,
                tenant_id=tenant_id,
                role=role,
                patient_id=patient_id,
                staff_role=staff_role,
                created_by="test",
            )
            await session.commit()
            return created.key

    async def tenant_context(self, **settings: Any) -> TenantContext:
        tenant = await self.tenant(**settings)
        patient = await self.patient(tenant.id)
        return TenantContext(
            tenant=tenant,
            patient=patient,
            admin_key=await self.api_key(tenant.id, "admin"),
            staff_key=await self.api_key(tenant.id, "staff", staff_role="reception"),
            patient_key=await self.api_key(tenant.id, "patient", patient_id=patient.id),
        )
