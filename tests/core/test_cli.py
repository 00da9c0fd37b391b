"""The command line: help on every command, and bad configuration stops
start-up with one clear line instead of a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from aurixa.cli import app


def aurixa(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    merged = {**os.environ, **(env or {})}
    return subprocess.run(  # noqa: S603 - our own CLI with fixed arguments
        [sys.executable, "-m", "aurixa", *args],
        env=merged,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "command",
    [
        ["--help"],
        ["serve", "--help"],
        ["db", "upgrade", "--help"],
        ["db", "seed", "--help"],
        ["keys", "create", "--help"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0
    assert "Usage" in result.output


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"DATABASE_URL": "mysql://db.example/aurixa"},
            "DATABASE_URL must be a sqlite or postgresql",
        ),
        ({"DATABASE_URL": "::not a url::"}, "DATABASE_URL is not a valid database URL"),
        (
            {"DATABASE_URL": "postgresql+asyncpg://postgres@127.0.0.1:1/nowhere"},
            "cannot reach the database",
        ),
        ({"AURIXA_ENV": "production", "SECRET_KEY": "dev-insecure-change-me"}, "SECRET_KEY"),
        ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL must start with"),
        ({"AURIXA_PORT": "not-a-number"}, "invalid configuration"),
    ],
)
def test_bad_configuration_stops_with_one_clear_line(env: dict[str, str], expected: str) -> None:
    result = aurixa("serve", "--port", "1", env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("aurixa: error:")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_unmigrated_database_is_named_with_the_fix(tmp_path: object) -> None:
    result = aurixa("serve", "--port", "1", env={"DATABASE_URL": f"sqlite:///{tmp_path}/new.db"})
    assert result.returncode == 2
    assert "aurixa db upgrade" in result.stderr


def test_unknown_service_is_refused() -> None:
    result = CliRunner().invoke(app, ["serve", "--service", "billing"])
    assert result.exit_code == 2
    assert "unknown service 'billing'" in result.output
