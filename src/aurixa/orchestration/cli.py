"""`aurixa chat --tenant SLUG [--patient ID]`: talk to the assistant in a
terminal, through the same pipeline the API runs, in this process."""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated, TextIO

import typer
from fastapi import FastAPI

from aurixa.core.auth import Principal, Role, StaffRole
from aurixa.core.errors import AurixaError
from aurixa.orchestration.schemas import PipelineAnswer, PipelineRequest

QUIT = {"quit", "exit", ":q", "bye"}


def render(answer: PipelineAnswer) -> str:
    """An answer as a person reads it: the reply, then sources, actions, the
    safety verdict and how it was produced."""
    lines = [f"assistant> {answer.response}"]
    for n, source in enumerate(answer.sources, start=1):
        lines.append(f"  source [{n}] {source.title}")
    for action in answer.actions:
        outcome = "failed" if action.get("error") else "done"
        lines.append(f"  action: {action.get('action', '?')} ({outcome})")
    safety = answer.safety
    verdict = "allowed" if safety.allowed else "not allowed"
    if safety.requires_escalation:
        verdict += ", staff alerted"
    lines.append(f"  safety: {verdict} (category {safety.category}, severity {safety.severity})")
    how = f"path {answer.path}, intent {answer.intent or '-'}"
    if answer.provider:
        how += f", {answer.provider}/{answer.model}, ${answer.cost_usd:.6f}"
    how += f", {answer.latency_ms:.0f} ms"
    if answer.degraded:
        how += f", degraded: {', '.join(answer.degraded)}"
    lines.append(f"  {how}")
    return "\n".join(lines)


async def _principal(app: FastAPI, tenant: str, patient: str | None) -> Principal:
    from aurixa.core.tenancy import get_scoped
    from aurixa.execution.models import Patient
    from aurixa.gateway.keys import tenant_by_slug

    async with app.state.db.sessionmaker() as session:
        row = await tenant_by_slug(session, tenant)
        if patient is None:
            return Principal(
                tenant_id=row.id, role=Role.STAFF, staff_role=StaffRole.RECEPTION, actor="cli:chat"
            )
        await get_scoped(session, Patient, patient, row.id, label="patient")
        return Principal(tenant_id=row.id, role=Role.PATIENT, patient_id=patient, actor="cli:chat")


async def converse(tenant: str, patient: str | None, source: TextIO) -> int:
    from aurixa.core.app import create_app
    from aurixa.core.settings import get_settings
    from aurixa.orchestration.service import run_turn

    app = create_app(settings=get_settings())
    async with app.router.lifespan_context(app):
        try:
            principal = await _principal(app, tenant, patient)
        except AurixaError as exc:
            typer.echo(f"aurixa: error: {exc.message}", err=True)
            return 2
        who = f"patient {patient}" if patient else "front desk staff"
        typer.echo(f"Chatting with {tenant} as {who}. Type 'quit' to leave.")
        conversation_id: str | None = None
        while True:
            typer.echo("you> ", nl=False)
            line = await asyncio.to_thread(source.readline)
            if not line or line.strip().lower() in QUIT:
                typer.echo("")
                return 0
            if not line.strip():
                continue
            try:
                answer = await run_turn(
                    app,
                    principal,
                    PipelineRequest(
                        prompt=line.strip(), conversation_id=conversation_id, channel="cli"
                    ),
                )
            except AurixaError as exc:
                typer.echo(f"aurixa: error: {exc.message}", err=True)
                continue
            conversation_id = answer.conversation_id
            typer.echo(render(answer))


def chat(
    tenant: Annotated[str, typer.Option(help="The tenant's slug, e.g. sunrise-family.")],
    patient: Annotated[
        str | None, typer.Option(help="Talk as this patient (id); staff otherwise.")
    ] = None,
) -> None:
    """A conversation with the assistant in this terminal (answers, sources,
    actions and safety verdicts shown)."""
    code = asyncio.run(converse(tenant, patient, sys.stdin))
    if code:
        raise typer.Exit(code=code)
