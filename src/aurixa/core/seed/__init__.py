"""Demo data: two organisations with staff, patients, schedules, coverage,
prescriptions and a knowledge base, for `aurixa db seed --demo`.

Idempotent: a second run adds only the slots of days that have newly entered
the 21-day window. The data is deterministic (fixed generators per tenant);
dates that must stay meaningful (slots, upcoming visits, plan periods,
prescription validity) are offsets from the seed day. API keys are not created
here: the caller issues them from the summary's tenant and patient ids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from aurixa.core.seed import coverage, knowledge, people, schedule, store
from aurixa.core.seed.tenants import TENANTS, TenantSpec

__all__ = ["DemoCredential", "SeedSummary", "TenantSummary", "seed_demo"]


@dataclass(frozen=True)
class DemoCredential:
    tenant_slug: str
    email: str
    password: str
    role: str
    staff_role: str | None
    patient_id: str | None = None


@dataclass
class TenantSummary:
    slug: str
    tenant_id: str
    name: str
    timezone: str
    demo_patient_id: str  # the patient behind the demo patient account
    created: dict[str, int]  # rows this run added, by table
    totals: dict[str, int]  # rows of the tenant after this run, by table


@dataclass
class SeedSummary:
    today: date
    tenants: list[TenantSummary] = field(default_factory=list)
    credentials: list[DemoCredential] = field(default_factory=list)

    @property
    def tenant_slugs(self) -> list[str]:
        return [tenant.slug for tenant in self.tenants]

    @property
    def created(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for tenant in self.tenants:
            total.update(tenant.created)
        return dict(total)

    def tenant(self, slug: str) -> TenantSummary:
        return next(tenant for tenant in self.tenants if tenant.slug == slug)

    def __str__(self) -> str:
        """A report for the command line: what exists, what this run added, who signs in."""
        lines = [f"Demo data as of {self.today.isoformat()} (slots roll 21 days from then):"]
        for tenant in self.tenants:
            lines.append(f"  {tenant.slug} ({tenant.name}, {tenant.timezone})")
            for table, total in tenant.totals.items():
                added = tenant.created.get(table, 0)
                lines.append(f"    {table:20} {total:6}  (+{added})")
        lines.append("Demo sign-ins (published demo passwords):")
        for cred in self.credentials:
            role = cred.staff_role or cred.role
            lines.append(f"  {cred.tenant_slug:16} {role:10} {cred.email:40} {cred.password}")
        return "\n".join(lines)


async def seed_demo(
    sessionmaker: async_sessionmaker[AsyncSession], *, today: date | None = None
) -> SeedSummary:
    """Create (or complete) the demo tenants; one transaction per tenant."""
    day = today or date.today()
    summary = SeedSummary(today=day)
    hash_cache: dict[str, str] = {}
    for spec in TENANTS:
        async with sessionmaker() as session, session.begin():
            tenant_summary, credentials = await _seed_tenant(session, spec, day, hash_cache)
        summary.tenants.append(tenant_summary)
        summary.credentials.extend(credentials)
    return summary


async def _seed_tenant(
    session: AsyncSession, spec: TenantSpec, today: date, hash_cache: dict[str, str]
) -> tuple[TenantSummary, list[DemoCredential]]:
    created: Counter[str] = Counter()
    tenant = await store.ensure_tenant(session, spec, created)
    practitioners = await store.ensure_practitioners(session, spec, tenant.id, created)
    patient_seeds = people.demo_patients(spec)
    patients, new_patients = await store.ensure_patients(session, tenant.id, patient_seeds, created)
    user_seeds = people.demo_users(spec, patient_seeds)
    await store.ensure_users(session, tenant.id, user_seeds, patients, created, hash_cache)
    coverages = coverage.demo_coverages(spec, patient_seeds, today)
    await store.ensure_coverage(session, tenant.id, coverages, patients, created)
    prescriptions = coverage.demo_prescriptions(spec, patient_seeds, today)
    context = (patients, practitioners)
    await store.ensure_prescriptions(session, spec, tenant.id, prescriptions, context, created)
    slot_seeds = schedule.window_slots(spec, today)
    slots = await store.ensure_slots(session, tenant.id, slot_seeds, practitioners, created)
    await session.flush()
    await store.ensure_appointments(
        session, spec, tenant.id, new_patients, context, slots, today, created
    )
    await store.ensure_articles(session, tenant.id, knowledge.demo_articles(spec.slug), created)
    await session.flush()
    totals = await store.count_rows(session, tenant.id)
    credentials = [
        DemoCredential(
            tenant_slug=spec.slug,
            email=user.email,
            password=user.password,
            role=user.role,
            staff_role=user.staff_role,
            patient_id=patients[user.patient_identifier].id if user.patient_identifier else None,
        )
        for user in user_seeds
    ]
    summary = TenantSummary(
        slug=spec.slug,
        tenant_id=tenant.id,
        name=tenant.name,
        timezone=spec.timezone,
        demo_patient_id=patients[patient_seeds[0].identifier].id,
        created={name: created[name] for name in ("tenants", *dict(store.COUNTED))},
        totals=totals,
    )
    return summary, credentials
