"""`aurixa db seed --demo`: demo data, indexed knowledge and fresh demo keys."""

from __future__ import annotations

from sqlalchemy import select

from aurixa.core.db import Database, create_database
from aurixa.core.settings import Settings
from aurixa.gateway.keys import create_key, revoke_keys_named, tenant_by_slug
from aurixa.gateway.models import User


async def _index_knowledge(db: Database, settings: Settings) -> str:
    """Index the seeded articles with the retrieval service's own ingestion."""
    from aurixa.rag.indexes import KnowledgeIndexes
    from aurixa.rag.service import index_unindexed_articles

    indexes = KnowledgeIndexes(embedding_model=settings.embedding_model)
    async with db.sessionmaker() as session:
        count = await index_unindexed_articles(session=session, indexes=indexes)
        await session.commit()
    return f"Knowledge base: {count} new articles chunked and embedded."


async def seed_and_report(settings: Settings) -> str:
    from aurixa.core.seed import seed_demo

    db = create_database(settings.database_url)
    try:
        summary = await seed_demo(db.sessionmaker)
        index_line = await _index_knowledge(db, settings)
        lines = [
            str(summary),
            index_line,
            "",
            "Demo API keys (shown once; earlier demo keys revoked):",
        ]
        async with db.sessionmaker() as session:
            for slug in summary.tenant_slugs:
                tenant = await tenant_by_slug(session, slug)
                for name, role in (("demo-admin", "admin"), ("demo-staff", "staff")):
                    await revoke_keys_named(session, tenant_id=tenant.id, name=name)
                    key = await create_key(
                        session,
                        tenant_id=tenant.id,
                        role=role,
                        name=name,
                        created_by="seed",
                        staff_role="reception" if role == "staff" else None,
                    )
                    lines.append(f"  {slug:16} {role:8} {key.key}")
                patient_user = await session.scalar(
                    select(User).where(
                        User.tenant_id == tenant.id,
                        User.role == "patient",
                        User.patient_id.is_not(None),
                    )
                )
                if patient_user is not None and patient_user.patient_id:
                    await revoke_keys_named(session, tenant_id=tenant.id, name="demo-patient")
                    key = await create_key(
                        session,
                        tenant_id=tenant.id,
                        role="patient",
                        name="demo-patient",
                        patient_id=patient_user.patient_id,
                        created_by="seed",
                    )
                    lines.append(f"  {slug:16} patient  {key.key}  ({patient_user.email})")
            await session.commit()
        return "\n".join(lines)
    finally:
        await db.dispose()
