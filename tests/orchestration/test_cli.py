"""`aurixa chat`: a terminal conversation through the real pipeline."""

from __future__ import annotations

import asyncio

from typer.testing import CliRunner

from aurixa.cli import app as cli
from aurixa.cli import mount_optional_commands
from tests.orchestration.conftest import Clinic


async def test_chat_shows_answers_sources_and_verdicts(clinic: Clinic) -> None:
    mount_optional_commands(["aurixa", "chat"])
    runner = CliRunner()
    script = "Where can patients park?\nI have crushing chest pain right now\nquit\n"
    args = ["chat", "--tenant", clinic.ctx.tenant.slug, "--patient", clinic.ctx.patient.id]
    # The CLI runs its own event loop, so it gets a thread of its own.
    result = await asyncio.to_thread(runner.invoke, cli, args, input=script)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Elm Street" in out
    assert "source [1] Parking" in out
    assert "safety: allowed (category none" in out
    assert "Call 911" in out
    assert "safety: not allowed, staff alerted (category emergency, severity critical)" in out
    assert "path escalate" in out


async def test_chat_names_an_unknown_tenant(clinic: Clinic) -> None:
    mount_optional_commands(["aurixa", "chat"])
    runner = CliRunner()
    result = await asyncio.to_thread(
        runner.invoke, cli, ["chat", "--tenant", "no-such-clinic"], input="quit\n"
    )
    assert result.exit_code == 2
    assert "no tenant with slug 'no-such-clinic'" in result.output
