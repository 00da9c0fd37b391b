"""`aurixa kb`: bulk import of knowledge files, and upkeep of the change log.

Each file is committed on its own, and a file whose content hash matches the article
already imported from the same path is skipped, so an interrupted import resumes where it
stopped when run again; a changed file updates its article in place.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import select

from aurixa.core.db import Database, create_database
from aurixa.core.errors import AurixaError, NotFound
from aurixa.core.settings import Settings, get_settings
from aurixa.gateway.models import Tenant
from aurixa.rag import compaction, service
from aurixa.rag.indexes import KnowledgeIndexes
from aurixa.rag.loaders import discover, load_file
from aurixa.rag.schemas import ArticleCreate, ArticleUpdate

kb_app = typer.Typer(help="Knowledge base import and upkeep.", no_args_is_help=True)


@kb_app.command("import")
def import_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or directories (.md .txt .html .pdf).")
    ],
    tenant: Annotated[str, typer.Option("--tenant", help="Slug of the tenant.")],
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tag (repeatable).")] = None,
) -> None:
    """Import Markdown, text, HTML and PDF files as knowledge articles."""
    try:
        settings = get_settings()
        counts = asyncio.run(
            _run(settings.database_url, settings.embedding_model, tenant, paths, tag or [])
        )
    except AurixaError as exc:
        typer.echo(f"aurixa: error: {exc.message}", err=True)
        raise typer.Exit(code=2) from None
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    typer.echo(f"done: {summary}")
    if counts.get("failed"):
        raise typer.Exit(code=1)


async def _run(
    database_url: str, model: str, slug: str, paths: list[Path], tags: list[str]
) -> dict[str, int]:
    db = create_database(database_url)
    try:
        return await import_paths(
            db, KnowledgeIndexes(embedding_model=model), slug, paths, tags, typer.echo
        )
    finally:
        await db.dispose()


async def import_paths(
    db: Database,
    indexes: KnowledgeIndexes,
    slug: str,
    paths: list[Path],
    tags: list[str],
    echo: Callable[[str], object] = print,
) -> dict[str, int]:
    """Import every supported file under `paths` for tenant `slug`; returns counts by outcome."""
    async with db.sessionmaker() as session:
        tenant_id = await session.scalar(select(Tenant.id).where(Tenant.slug == slug))
    if tenant_id is None:
        raise NotFound(f"tenant {slug!r} not found")
    files = await asyncio.to_thread(discover, paths)
    counts = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
    for number, path in enumerate(files, start=1):
        try:
            outcome = await _import_one(db, indexes, tenant_id, path, tags)
        except (AurixaError, OSError) as exc:
            outcome = "failed"
            echo(f"[{number}/{len(files)}] failed    {path}: {exc}")
        else:
            echo(f"[{number}/{len(files)}] {outcome:<9} {path}")
        counts[outcome] += 1
    return counts


async def _import_one(
    db: Database, indexes: KnowledgeIndexes, tenant_id: str, path: Path, tags: list[str]
) -> str:
    # Reading (PDF parsing above all) is blocking work: keep it off the event loop.
    loaded = await asyncio.to_thread(load_file, path)
    source = await asyncio.to_thread(lambda: str(path.resolve()))
    async with db.sessionmaker() as session:
        existing = await service.find_by_source(session=session, tenant_id=tenant_id, source=source)
        digest = service.content_hash(loaded.title, loaded.body, tags)
        if existing is not None and existing.content_hash == digest:
            return "unchanged"
        if existing is None:
            data = ArticleCreate(title=loaded.title, body=loaded.body, tags=tags)
            await service.create_article(
                session=session, indexes=indexes, tenant_id=tenant_id, data=data, source=source
            )
            outcome = "created"
        else:
            update = ArticleUpdate(title=loaded.title, body=loaded.body, tags=tags)
            await service.update_article(
                session=session,
                indexes=indexes,
                tenant_id=tenant_id,
                article_id=existing.id,
                data=update,
            )
            outcome = "updated"
        await session.commit()
    return outcome


@kb_app.command("compact")
def compact_command(
    tenant: Annotated[
        str | None, typer.Option("--tenant", help="Slug of the tenant (default: every tenant).")
    ] = None,
) -> None:
    """Delete change-log rows older than the retention (AURIXA_CHANGE_LOG_KEEP_VERSIONS,
    AURIXA_CHANGE_LOG_KEEP_SECONDS); the rag service also does it every hour."""
    try:
        settings = get_settings()
        lines = asyncio.run(_compact(settings.database_url, tenant))
    except AurixaError as exc:
        typer.echo(f"aurixa: error: {exc.message}", err=True)
        raise typer.Exit(code=2) from None
    for line in lines:
        typer.echo(line)


async def _compact(database_url: str, slug: str | None) -> list[str]:
    db = create_database(database_url)
    try:
        return await compact_report(db, get_settings(), slug)
    finally:
        await db.dispose()


async def compact_report(db: Database, settings: Settings, slug: str | None) -> list[str]:
    """Compact one tenant's change log (every tenant's when `slug` is None); one line per
    tenant compacted and a total."""
    tenant_ids = None
    if slug is not None:
        async with db.sessionmaker() as session:
            tenant_id = await session.scalar(select(Tenant.id).where(Tenant.slug == slug))
        if tenant_id is None:
            raise NotFound(f"tenant {slug!r} not found")
        tenant_ids = [tenant_id]
    results = await compaction.compact(db, settings, tenant_ids)
    async with db.sessionmaker() as session:
        rows = await session.execute(
            select(Tenant.id, Tenant.slug).where(Tenant.id.in_([r.tenant_id for r in results]))
        )
        slugs = {row.id: row.slug for row in rows}
    lines = [
        f"{slugs.get(r.tenant_id, r.tenant_id)}: {r.removed} changes removed, "
        f"log kept above version {r.compacted_through} of {r.version}"
        for r in results
        if r.removed or slug is not None
    ]
    lines.append(f"done: {sum(r.removed for r in results)} changes removed")
    return lines
