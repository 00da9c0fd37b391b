"""`aurixa kb import`: every supported format, progress, and resumption by content hash."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from aurixa.core.db import Database
from aurixa.core.settings import Settings
from aurixa.rag.cli import import_paths, kb_app
from aurixa.rag.indexes import KnowledgeIndexes
from tests.factories import Factory


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica, xref offsets computed, as a writer emits."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _write_files(root: Path) -> None:
    (root / "visiting.md").write_text(
        "# Visiting hours\n\nVisitors are welcome from 9 am to 8 pm.\n\n"
        "## Children\n\nChildren under 12 visit with an adult."
    )
    (root / "parking.txt").write_text("Parking\n\nPatients park for free in lot B.")
    (root / "billing.html").write_text(
        "<html><head><title>Billing</title></head><body><h1>Billing</h1>"
        "<p>Invoices are sent by email within 30 days.</p><script>x()</script></body></html>"
    )
    (root / "flu.pdf").write_bytes(_minimal_pdf("Flu shots are given every Tuesday morning."))
    (root / "notes.docx").write_bytes(b"ignored: unsupported suffix in a folder")


async def test_import_all_formats_then_resume_and_update(
    client: httpx.AsyncClient, factory: Factory, db: Database, tmp_path: Path, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    _write_files(tmp_path)
    indexes = KnowledgeIndexes(embedding_model=settings.embedding_model)
    lines: list[str] = []

    counts = await import_paths(
        db, indexes, ctx.tenant.slug, [tmp_path], ["imported"], lines.append
    )
    assert counts == {"created": 4, "updated": 0, "unchanged": 0, "failed": 0}
    assert lines[0].startswith("[1/4] created")

    titles = {
        a["title"]
        for a in (await client.get("/api/v1/knowledge/articles", headers=ctx.staff)).json()["items"]
    }
    assert titles == {"Visiting hours", "Parking", "Billing", "flu"}
    search = await client.post(
        "/api/v1/rag/search", json={"query": "when are flu shots given"}, headers=ctx.staff
    )
    assert "Tuesday" in search.json()["results"][0]["text"]

    again = await import_paths(db, indexes, ctx.tenant.slug, [tmp_path], ["imported"], lines.append)
    assert again == {"created": 0, "updated": 0, "unchanged": 4, "failed": 0}

    (tmp_path / "parking.txt").write_text("Parking\n\nParking now costs 2 dollars per hour.")
    changed = await import_paths(
        db, indexes, ctx.tenant.slug, [tmp_path], ["imported"], lines.append
    )
    assert changed["updated"] == 1
    assert changed["unchanged"] == 3
    search = await client.post(
        "/api/v1/rag/search", json={"query": "parking cost", "mode": "bm25"}, headers=ctx.staff
    )
    assert "2 dollars" in search.json()["results"][0]["text"]


async def test_broken_pdf_is_reported_and_the_rest_imported(
    factory: Factory, db: Database, tmp_path: Path, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "ok.txt").write_text("Opening hours are 8 to 5.")
    indexes = KnowledgeIndexes(embedding_model=settings.embedding_model)
    lines: list[str] = []
    counts = await import_paths(db, indexes, ctx.tenant.slug, [tmp_path], [], lines.append)
    assert counts["failed"] == 1
    assert counts["created"] == 1
    assert any("failed" in line and "broken.pdf" in line for line in lines)


def test_cli_names_an_unknown_tenant(settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text")
    result = CliRunner().invoke(kb_app, ["import", "--tenant", "no-such-clinic", str(tmp_path)])
    assert result.exit_code == 2
    assert "no-such-clinic" in result.output


class _Interrupted(Exception):
    pass


async def test_interrupted_import_resumes_where_it_stopped(
    factory: Factory, db: Database, tmp_path: Path, settings: Settings
) -> None:
    ctx = await factory.tenant_context()
    for n in range(6):
        (tmp_path / f"leaflet-{n}.md").write_text(f"# Leaflet {n}\n\nClinic {n} opens at {n} am.")
    indexes = KnowledgeIndexes(embedding_model=settings.embedding_model)
    lines: list[str] = []

    def stop_after_two(line: str) -> None:
        lines.append(line)
        if len(lines) == 2:  # the process dies after its second file was committed
            raise _Interrupted

    with pytest.raises(_Interrupted):
        await import_paths(db, indexes, ctx.tenant.slug, [tmp_path], [], stop_after_two)
    assert lines == [
        f"[1/6] created   {tmp_path / 'leaflet-0.md'}",
        f"[2/6] created   {tmp_path / 'leaflet-1.md'}",
    ]

    resumed: list[str] = []
    counts = await import_paths(db, indexes, ctx.tenant.slug, [tmp_path], [], resumed.append)
    assert counts == {"created": 4, "updated": 0, "unchanged": 2, "failed": 0}
    assert [line.split()[:2] for line in resumed] == [
        ["[1/6]", "unchanged"],
        ["[2/6]", "unchanged"],
        *[[f"[{n}/6]", "created"] for n in range(3, 7)],
    ]
    async with db.sessionmaker() as session:
        index = await indexes.index_for(session, ctx.id)
    assert len(index.article_ids) == 6
