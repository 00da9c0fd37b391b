"""Writes the demo data of one tenant, skipping every row that already exists.

Each table has a natural key (slug, e-mail, medical record number, practitioner
name, member number, medication, slot start, article title) so a second run
finds what the first wrote and adds nothing.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.db import new_id
from aurixa.core.security import hash_password
from aurixa.core.seed import coverage, knowledge, schedule
from aurixa.core.seed.people import PatientSeed, UserSeed
from aurixa.core.seed.tenants import TenantSpec
from aurixa.core.tenancy import scoped
from aurixa.execution.models import (
    Appointment,
    AvailabilitySlot,
    Patient,
    PatientInsurance,
    Practitioner,
    Prescription,
)
from aurixa.gateway.models import Tenant, User
from aurixa.rag.models import KnowledgeArticle

COUNTED: tuple[tuple[str, type[Any]], ...] = (
    ("users", User),
    ("practitioners", Practitioner),
    ("patients", Patient),
    ("patient_insurance", PatientInsurance),
    ("prescriptions", Prescription),
    ("availability_slots", AvailabilitySlot),
    ("appointments", Appointment),
    ("knowledge_articles", KnowledgeArticle),
)


async def ensure_tenant(session: AsyncSession, spec: TenantSpec, created: Counter[str]) -> Tenant:
    tenant = await session.scalar(select(Tenant).where(Tenant.slug == spec.slug))
    if tenant is None:
        tenant = Tenant(slug=spec.slug, name=spec.name, settings=dict(spec.settings))
        session.add(tenant)
        await session.flush()
        created["tenants"] += 1
    return tenant


async def ensure_practitioners(
    session: AsyncSession, spec: TenantSpec, tenant_id: str, created: Counter[str]
) -> dict[str, Practitioner]:
    """Practitioners by family name (unique within each demo tenant)."""
    rows = await session.scalars(scoped(select(Practitioner), Practitioner, tenant_id))
    by_name = {(p.given_name, p.family_name): p for p in rows}
    result: dict[str, Practitioner] = {}
    for item in spec.practitioners:
        row = by_name.get((item.given_name, item.family_name))
        if row is None:
            row = Practitioner(
                id=new_id(),
                tenant_id=tenant_id,
                prefix=item.prefix,
                given_name=item.given_name,
                family_name=item.family_name,
                specialty=item.specialty,
                location=item.location,
                telehealth=item.telehealth,
            )
            session.add(row)
            created["practitioners"] += 1
        result[item.family_name] = row
    return result


async def ensure_patients(
    session: AsyncSession, tenant_id: str, seeds: list[PatientSeed], created: Counter[str]
) -> tuple[dict[str, Patient], list[PatientSeed]]:
    """Patients by medical record number, and the seeds this run inserted."""
    rows = await session.scalars(scoped(select(Patient), Patient, tenant_id))
    result = {p.identifier: p for p in rows if p.identifier}
    inserted: list[PatientSeed] = []
    for seed in seeds:
        if seed.identifier in result:
            continue
        row = Patient(id=new_id(), tenant_id=tenant_id, **vars(seed))
        session.add(row)
        result[seed.identifier] = row
        inserted.append(seed)
        created["patients"] += 1
    return result, inserted


async def ensure_users(
    session: AsyncSession,
    tenant_id: str,
    seeds: list[UserSeed],
    patients: dict[str, Patient],
    created: Counter[str],
    hash_cache: dict[str, str],
) -> None:
    emails = [seed.email for seed in seeds]
    # E-mail is unique across tenants, so look it up globally, not per tenant.
    existing = set(await session.scalars(select(User.email).where(User.email.in_(emails))))
    missing = [seed for seed in seeds if seed.email not in existing]
    # Argon2 is deliberately slow (about half a second here): hash each distinct demo
    # password once per run, in threads, and share it between accounts. The passwords
    # are published, so a shared salt gives nothing away.
    passwords = sorted({seed.password for seed in missing} - set(hash_cache))
    hashes = await asyncio.gather(*(asyncio.to_thread(hash_password, pw) for pw in passwords))
    hash_cache.update(zip(passwords, hashes, strict=True))
    hash_of = hash_cache
    for seed in missing:
        patient = patients[seed.patient_identifier] if seed.patient_identifier else None
        session.add(
            User(
                tenant_id=tenant_id,
                email=seed.email,
                full_name=seed.full_name,
                password_hash=hash_of[seed.password],
                role=seed.role,
                staff_role=seed.staff_role,
                patient_id=patient.id if patient else None,
            )
        )
        created["users"] += 1


async def ensure_coverage(
    session: AsyncSession,
    tenant_id: str,
    seeds: dict[str, list[coverage.CoverageSeed]],
    patients: dict[str, Patient],
    created: Counter[str],
) -> None:
    rows = await session.execute(
        scoped(
            select(PatientInsurance.patient_id, PatientInsurance.subscriber_id),
            PatientInsurance,
            tenant_id,
        )
    )
    existing = {(patient_id, member) for patient_id, member in rows}
    for identifier, items in seeds.items():
        patient_id = patients[identifier].id
        for item in items:
            if (patient_id, item.subscriber_id) in existing:
                continue
            session.add(PatientInsurance(tenant_id=tenant_id, patient_id=patient_id, **vars(item)))
            created["patient_insurance"] += 1


def _prescriber(
    specialty: str, practitioners: dict[str, Practitioner], spec: TenantSpec
) -> Practitioner:
    # A tenant without the specialty (no family medicine at the hospital) has its
    # primary-care doctor write the prescription instead.
    for wanted in (specialty, "family medicine", "internal medicine"):
        for item in spec.practitioners:
            if item.specialty == wanted:
                return practitioners[item.family_name]
    return practitioners[spec.practitioners[0].family_name]


async def ensure_prescriptions(
    session: AsyncSession,
    spec: TenantSpec,
    tenant_id: str,
    seeds: dict[str, list[coverage.PrescriptionSeed]],
    context: tuple[dict[str, Patient], dict[str, Practitioner]],
    created: Counter[str],
) -> None:
    patients, practitioners = context
    rows = await session.execute(
        scoped(select(Prescription.patient_id, Prescription.medication), Prescription, tenant_id)
    )
    existing = {(patient_id, medication) for patient_id, medication in rows}
    for identifier, items in seeds.items():
        patient_id = patients[identifier].id
        for item in items:
            if (patient_id, item.medication) in existing:
                continue
            session.add(
                Prescription(
                    tenant_id=tenant_id,
                    patient_id=patient_id,
                    requester_id=_prescriber(item.requester_specialty, practitioners, spec).id,
                    medication=item.medication,
                    dosage_instruction=item.dosage_instruction,
                    status=item.status,
                    authored_on=item.authored_on,
                    validity_end=item.validity_end,
                    refills_remaining=item.refills_remaining,
                )
            )
            created["prescriptions"] += 1


async def ensure_slots(
    session: AsyncSession,
    tenant_id: str,
    seeds: list[schedule.SlotSeed],
    practitioners: dict[str, Practitioner],
    created: Counter[str],
) -> dict[tuple[str, datetime], AvailabilitySlot]:
    """The window's slots keyed by (practitioner family name, UTC start)."""
    if not seeds:
        return {}
    first = min(seed.start for seed in seeds)
    rows = await session.scalars(
        scoped(select(AvailabilitySlot), AvailabilitySlot, tenant_id).where(
            AvailabilitySlot.start >= first
        )
    )
    name_of = {p.id: family for family, p in practitioners.items()}
    result = {(name_of.get(r.practitioner_id, ""), r.start.astimezone(UTC)): r for r in rows}
    for seed in seeds:
        key = (seed.practitioner.family_name, seed.start)
        if key in result:
            continue
        row = AvailabilitySlot(
            id=new_id(),
            tenant_id=tenant_id,
            practitioner_id=practitioners[seed.practitioner.family_name].id,
            start=seed.start,
            end=seed.end,
            status=seed.status,
            service_type=seed.service_type,
        )
        session.add(row)
        result[key] = row
        created["availability_slots"] += 1
    return result


async def ensure_appointments(
    session: AsyncSession,
    spec: TenantSpec,
    tenant_id: str,
    patient_seeds: list[PatientSeed],
    context: tuple[dict[str, Patient], dict[str, Practitioner]],
    slots: dict[tuple[str, datetime], AvailabilitySlot],
    today: date,
    created: Counter[str],
) -> None:
    """Visit history for `patient_seeds`; upcoming bookings mark their slot busy.

    The caller passes only the patients this run created: a patient whose history
    happens to be empty must stay empty on the next run.
    """
    patients, practitioners = context
    if not patient_seeds:
        return
    free = [
        seed
        for seed in schedule.window_slots(spec, today)
        if (row := slots.get((seed.practitioner.family_name, seed.start))) is not None
        and row.status == "free"
    ]
    for item in schedule.demo_appointments(spec, patient_seeds, free, today):
        slot_row = None
        if item.slot is not None:
            slot_row = slots[(item.practitioner.family_name, item.slot.start)]
            slot_row.status = "busy"
        session.add(
            Appointment(
                tenant_id=tenant_id,
                patient_id=patients[item.patient_identifier].id,
                practitioner_id=practitioners[item.practitioner.family_name].id,
                slot_id=slot_row.id if slot_row else None,
                status=item.status,
                start=item.start,
                end=item.end,
                reason=item.reason,
                cancelation_reason=item.cancelation_reason,
            )
        )
        created["appointments"] += 1


async def ensure_articles(
    session: AsyncSession,
    tenant_id: str,
    seeds: Iterable[knowledge.ArticleSeed],
    created: Counter[str],
) -> None:
    titles = set(
        await session.scalars(
            scoped(select(KnowledgeArticle.title), KnowledgeArticle, tenant_id).where(
                KnowledgeArticle.source == knowledge.SOURCE
            )
        )
    )
    for seed in seeds:
        if seed.title in titles:
            continue
        session.add(
            KnowledgeArticle(
                tenant_id=tenant_id,
                title=seed.title,
                body=seed.body,
                tags=list(seed.tags),
                source=knowledge.SOURCE,
                content_hash=seed.content_hash,
            )
        )
        created["knowledge_articles"] += 1


async def count_rows(session: AsyncSession, tenant_id: str) -> dict[str, int]:
    totals: dict[str, int] = {}
    for name, model in COUNTED:
        statement = scoped(select(func.count()).select_from(model), model, tenant_id)
        totals[name] = int(await session.scalar(statement) or 0)
    return totals
