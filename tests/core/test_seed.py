"""The demo seed: the counts the demo relies on, idempotence, and a consistent schedule."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from aurixa.core.db import Database, create_database
from aurixa.core.migrate import alembic_config
from aurixa.core.security import verify_password
from aurixa.core.seed import SeedSummary, seed_demo
from aurixa.core.seed.knowledge import demo_articles, parse_article
from aurixa.core.seed.schedule import day_slots
from aurixa.core.seed.tenants import HARBOR, SUNRISE, TenantSpec
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

TODAY = date(2026, 11, 23)  # a Monday, so the day after the window is a weekday too
SLUGS = ("sunrise-family", "harbor-general")
SERVICE_TYPES = {
    "primary_care",
    "specialist",
    "lab",
    "imaging",
    "physical_therapy",
    "mental_health",
    "telehealth",
}


@asynccontextmanager
async def _scratch_database(folder: Path) -> AsyncIterator[str]:
    """A database of the seed's own: the demo tenants' fixed slugs and e-mails must
    not meet other tests' data. On PostgreSQL when TEST_DATABASE_URL names a server."""
    server = os.environ.get("TEST_DATABASE_URL")
    if not server:
        yield f"sqlite+aiosqlite:///{folder / 'demo.db'}"
        return
    name = f"aurixa_seed_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


@pytest.fixture(scope="module")
async def seeded(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[Database, SeedSummary, SeedSummary]]:
    async with _scratch_database(tmp_path_factory.mktemp("seed")) as url:
        # The schema the product runs on: the migrations, not metadata.create_all.
        await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
        db = create_database(url)
        try:
            first = await seed_demo(db.sessionmaker, today=TODAY)
            second = await seed_demo(db.sessionmaker, today=TODAY)
            yield db, first, second
        finally:
            await db.dispose()


async def test_first_run_creates_the_demo_the_issue_asks_for(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    _, first, _ = seeded
    assert first.tenant_slugs == list(SLUGS)
    for tenant in first.tenants:
        totals = tenant.totals
        assert tenant.created["tenants"] == 1
        assert totals["practitioners"] >= 8
        assert totals["patients"] >= 50
        assert totals["knowledge_articles"] >= 25
        assert totals["patient_insurance"] >= 50
        assert totals["prescriptions"] >= 40
        assert totals["appointments"] >= 60
        assert totals["availability_slots"] >= 1000
        assert totals == {k: v for k, v in tenant.created.items() if k != "tenants"}


async def test_second_run_adds_nothing(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    _, first, second = seeded
    assert set(second.created.values()) == {0}
    for before, after in zip(first.tenants, second.tenants, strict=True):
        assert before.tenant_id == after.tenant_id
        assert before.totals == after.totals


async def test_a_later_run_only_adds_slots_for_new_days(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    db, _, second = seeded
    later = await seed_demo(db.sessionmaker, today=TODAY + timedelta(days=1))
    created = later.created
    assert created["availability_slots"] > 0
    assert {k: v for k, v in created.items() if k != "availability_slots"} == dict.fromkeys(
        (k for k in created if k != "availability_slots"), 0
    )
    async with db.sessionmaker() as session:
        new_day = TODAY + timedelta(days=21)
        for tenant in later.tenants:
            zone = ZoneInfo(tenant.timezone)
            starts = await session.scalars(
                select(AvailabilitySlot.start).where(
                    AvailabilitySlot.tenant_id == tenant.tenant_id,
                    AvailabilitySlot.start
                    >= datetime.combine(new_day, datetime.min.time(), tzinfo=zone),
                )
            )
            assert {s.astimezone(zone).date() for s in starts} == {new_day}
            before = second.tenant(tenant.slug).totals["availability_slots"]
            assert (
                tenant.totals["availability_slots"] == before + tenant.created["availability_slots"]
            )


async def test_slots_cover_21_weekdays_window_in_local_clinic_hours(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    db, first, _ = seeded
    async with db.sessionmaker() as session:
        for tenant in first.tenants:
            zone = ZoneInfo(tenant.timezone)
            rows = list(
                await session.scalars(
                    select(AvailabilitySlot).where(AvailabilitySlot.tenant_id == tenant.tenant_id)
                )
            )
            local = [row.start.astimezone(zone) for row in rows]
            # A later run in this module may already have added the 22nd day.
            days = {start.date() for start in local if start.date() < TODAY + timedelta(days=21)}
            weekdays = {TODAY + timedelta(days=n) for n in range(21)}
            weekdays = {d for d in weekdays if d.weekday() < 5}
            # Closed for Thanksgiving, as the articles say; the clinic also the day after.
            closed = {date(2026, 11, 26)}
            if tenant.slug == "sunrise-family":
                closed.add(date(2026, 11, 27))
            assert days == weekdays - closed
            assert min(local).date() == TODAY
            assert all(row.start.tzinfo is not None for row in rows)
            assert all(row.end - row.start == timedelta(minutes=30) for row in rows)
            assert all(7 <= start.hour < 18 for start in local)
            statuses = {row.status for row in rows}
            assert statuses == {"free", "busy"}
            assert "telehealth" in {row.service_type for row in rows}


async def test_upcoming_appointments_hold_busy_slots(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    db, first, _ = seeded
    now = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC)
    async with db.sessionmaker() as session:
        for tenant in first.tenants:
            rows = (
                await session.execute(
                    select(Appointment, AvailabilitySlot)
                    .join(AvailabilitySlot, Appointment.slot_id == AvailabilitySlot.id)
                    .where(Appointment.tenant_id == tenant.tenant_id)
                )
            ).all()
            assert len(rows) >= 15
            for appointment, slot in rows:
                assert appointment.status == "booked"
                assert slot.status == "busy"
                assert appointment.start == slot.start > now
                assert appointment.practitioner_id == slot.practitioner_id
            past = await session.scalars(
                select(Appointment.status).where(
                    Appointment.tenant_id == tenant.tenant_id, Appointment.start < now
                )
            )
            assert {"fulfilled", "cancelled"} <= set(past)


async def test_coverage_and_prescriptions_have_every_case(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    db, first, _ = seeded
    async with db.sessionmaker() as session:
        for tenant in first.tenants:
            plans = list(
                await session.scalars(
                    select(PatientInsurance).where(PatientInsurance.tenant_id == tenant.tenant_id)
                )
            )
            assert {p.status for p in plans} == {"active", "cancelled"}
            ended = [p for p in plans if p.status == "active" and p.period_end
                     and p.period_end < TODAY]  # fmt: skip
            assert ended, "some plans are lapsed by their period, not their status"
            assert len({p.payor for p in plans}) >= 4
            assert len({p.copay_specialist for p in plans}) >= 3
            for plan in plans:
                assert plan.period_start is not None
                assert plan.period_start < TODAY
                assert set(plan.covered_services) == SERVICE_TYPES
                for entry in plan.covered_services.values():
                    assert set(entry) == {"covered", "copay", "prior_authorization"}
            scripts = list(
                await session.scalars(
                    select(Prescription).where(Prescription.tenant_id == tenant.tenant_id)
                )
            )
            live = [s for s in scripts if s.validity_end and s.validity_end >= TODAY]
            assert any(s.status == "active" and s.refills_remaining > 0 for s in live)
            assert any(s.status == "active" and s.refills_remaining == 0 for s in live)
            assert any(s.validity_end and s.validity_end < TODAY for s in scripts)
            per_patient = await session.execute(
                select(Prescription.patient_id, func.count())
                .where(Prescription.tenant_id == tenant.tenant_id)
                .group_by(Prescription.patient_id)
            )
            assert max(count for _, count in per_patient) >= 2
            assert all(s.requester_id for s in scripts)


async def test_people_and_credentials(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    db, first, _ = seeded
    async with db.sessionmaker() as session:
        for tenant in first.tenants:
            patients = list(
                await session.scalars(select(Patient).where(Patient.tenant_id == tenant.tenant_id))
            )
            assert len({p.identifier for p in patients}) == len(patients)
            assert len({(p.given_name, p.family_name) for p in patients}) == len(patients)
            assert all(p.phone and p.address_line and p.birth_date for p in patients)
            assert len({p.birth_date.year for p in patients}) > 20
            specialties = set(
                await session.scalars(
                    select(Practitioner.specialty).where(Practitioner.tenant_id == tenant.tenant_id)
                )
            )
            assert {"pediatrics", "obstetrics", "dermatology", "mental health"} <= specialties
            settings = (await session.get(Tenant, tenant.tenant_id)).settings  # type: ignore[union-attr]
            assert settings["emergency_number"] == "911"
            assert settings["crisis_line"] == "988"
            assert settings["rate_limit_per_minute"] == 200
            assert settings["timezone"] == tenant.timezone
        creds = first.credentials
        roles = {(c.tenant_slug, c.role, c.staff_role) for c in creds}
        for slug in SLUGS:
            for staff_role in ("reception", "nurse", "doctor", "scheduler"):
                assert (slug, "staff", staff_role) in roles
            assert (slug, "admin", None) in roles
            patient_cred = next(c for c in creds if c.tenant_slug == slug and c.role == "patient")
            assert patient_cred.patient_id == first.tenant(slug).demo_patient_id
        checked: set[tuple[str, str]] = set()
        for cred in creds:
            user = await session.scalar(select(User).where(User.email == cred.email))
            assert user is not None
            assert user.patient_id == cred.patient_id
            assert (user.tenant_id, user.role) == (
                first.tenant(cred.tenant_slug).tenant_id,
                cred.role,
            )
            checked.add((user.password_hash, cred.password))
        # Argon2 verification is slow by design: check each distinct hash once.
        assert all(verify_password(hashed, password) for hashed, password in checked)


async def test_articles_are_distinct_per_tenant_and_hashed(
    seeded: tuple[Database, SeedSummary, SeedSummary],
) -> None:
    db, first, _ = seeded
    bodies: dict[str, set[str]] = {}
    async with db.sessionmaker() as session:
        for tenant in first.tenants:
            rows = list(
                await session.scalars(
                    select(KnowledgeArticle).where(KnowledgeArticle.tenant_id == tenant.tenant_id)
                )
            )
            assert all(row.source == "demo" and row.tags for row in rows)
            assert all(row.body.lstrip().startswith("# ") and "\n## " in row.body for row in rows)
            assert all(len(row.content_hash or "") == 64 for row in rows)
            bodies[tenant.slug] = {row.body for row in rows}
    assert not bodies["sunrise-family"] & bodies["harbor-general"]
    sunrise = " ".join(a.body for a in demo_articles("sunrise-family"))
    harbor = " ".join(a.body for a in demo_articles("harbor-general"))
    assert "(919) 555-0142" in sunrise
    assert "(919) 555-0142" not in harbor
    assert "(510) 555-0170" in harbor
    assert "(510) 555-0170" not in sunrise


def test_article_header_is_required() -> None:
    with pytest.raises(ValueError, match="header"):
        parse_article("# No header\n\nText.", name="bad.md")
    article = parse_article("---\ntitle: T\ntags: a, b\n---\n# T\n\n## S\nText.\n", name="ok.md")
    assert (article.title, article.tags) == ("T", ["a", "b"])
    assert article.body.startswith("# T")


def test_holidays_close_the_clinics_as_the_articles_say() -> None:
    sunrise, harbor = SUNRISE.practitioners[0], HARBOR.practitioners[0]
    thanksgiving, friday = date(2027, 11, 25), date(2027, 11, 26)
    assert day_slots(SUNRISE, sunrise, thanksgiving) == []
    assert day_slots(HARBOR, harbor, thanksgiving) == []
    assert day_slots(SUNRISE, sunrise, friday) == []
    assert len(day_slots(HARBOR, harbor, friday)) == 18
    assert day_slots(HARBOR, harbor, date(2026, 5, 25)) == []  # Memorial Day
    christmas_eve = day_slots(SUNRISE, sunrise, date(2026, 12, 24))
    assert len(christmas_eve) == 8
    assert max(s.end for s in christmas_eve).astimezone(ZoneInfo(SUNRISE.timezone)).hour == 12


@pytest.mark.parametrize("spec", [SUNRISE, HARBOR], ids=lambda spec: spec.slug)
def test_articles_state_the_facts_the_data_uses(spec: TenantSpec) -> None:
    articles = demo_articles(spec.slug)
    text = " ".join(article.body for article in articles)
    assert len(articles) >= 25
    assert len({article.title for article in articles}) == len(articles)
    for article in articles:
        assert len(article.body.split()) >= 120, article.title
        assert article.body.count("\n## ") >= 2, article.title
    for practitioner in spec.practitioners:
        assert f"{practitioner.given_name} {practitioner.family_name}" in text
    for payor in spec.payors:
        assert payor.split()[0] in text, payor
    for key in ("front_desk_phone", "nurse_line", "billing_phone", "address"):
        value = spec.settings[key]
        assert value.split(",")[0] in text, key


def test_slots_follow_local_clock_across_daylight_saving() -> None:
    # Daylight saving ends on 1 November 2026: 8:00 a.m. in Ashford Heights moves
    # from 12:00 to 13:00 UTC, and the clinic still opens at 8:00 local time.
    marsh = SUNRISE.practitioners[0]
    before = day_slots(SUNRISE, marsh, date(2026, 10, 30))
    after = day_slots(SUNRISE, marsh, date(2026, 11, 2))
    assert before[0].start == datetime(2026, 10, 30, 12, 0, tzinfo=UTC)
    assert after[0].start == datetime(2026, 11, 2, 13, 0, tzinfo=UTC)
    assert len(before) == len(after) == 16
