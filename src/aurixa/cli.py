"""The `aurixa` command line."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Annotated, Any, TypeVar

import typer

from aurixa.core.errors import AurixaError
from aurixa.core.settings import SERVICE_PORTS, SERVICES, Settings, get_settings

T = TypeVar("T")

app = typer.Typer(
    help="AURIXA: conversational AI for healthcare organisations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema and demo data.", no_args_is_help=True)
keys_app = typer.Typer(help="API keys.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(keys_app, name="keys")


def fail(message: str) -> typer.Exit:
    """One clear line on stderr, no traceback."""
    typer.echo(f"aurixa: error: {message}", err=True)
    return typer.Exit(code=2)


def load_settings() -> Settings:
    try:
        return get_settings()
    except AurixaError as exc:
        raise fail(exc.message) from None
    except ValueError as exc:  # pydantic's ValidationError: name the variable
        raise fail(f"invalid configuration: {exc}".splitlines()[0]) from None


def run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        return asyncio.run(coro)
    except AurixaError as exc:
        raise fail(exc.message) from None


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: the service's own).")] = None,
    service: Annotated[
        str | None,
        typer.Option(help=f"Serve one service only: {', '.join(SERVICES)}."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the whole platform in one process, or one service on its own port."""
    import uvicorn

    from aurixa.core.startup import preflight

    settings = load_settings()
    if service is not None and service not in SERVICES:
        raise fail(f"unknown service {service!r}; choose one of: {', '.join(SERVICES)}")
    run(preflight(settings))
    bind_port = port or (SERVICE_PORTS[service] if service else settings.port)
    factory = f"aurixa.core.asgi:{service or 'platform'}_app"
    uvicorn.run(
        factory,
        factory=True,
        host=host or settings.host,
        port=bind_port,
        workers=workers,
        log_config=None,
        access_log=False,
        ws="websockets-sansio",
    )


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Apply database migrations (creates the SQLite file if needed)."""
    from aurixa.core.migrate import upgrade

    settings = load_settings()
    run(upgrade(settings, revision))
    typer.echo(f"database at {revision}")


@db_app.command("seed")
def db_seed(
    demo: Annotated[bool, typer.Option("--demo", help="Load the demo tenants and data.")] = False,
) -> None:
    """Load demo data (idempotent) and print demo credentials and API keys."""
    if not demo:
        raise fail("nothing to seed: pass --demo")
    from aurixa.core.demo import seed_and_report

    settings = load_settings()
    typer.echo(run(seed_and_report(settings)))


@keys_app.command("create")
def keys_create(
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
    role: Annotated[str, typer.Option(help="admin, staff or patient.")],
    patient: Annotated[str | None, typer.Option(help="Patient id (patient keys).")] = None,
    staff_role: Annotated[
        str | None, typer.Option(help="reception, nurse, doctor or scheduler (staff keys).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="A label for the key.")] = None,
) -> None:
    """Create an API key and print it once (only its hash is stored)."""
    from aurixa.gateway.keys import create_key_for_slug

    settings = load_settings()
    created = run(
        create_key_for_slug(
            settings,
            tenant_slug=tenant,
            role=role,
            patient_id=patient,
            staff_role=staff_role,
            name=name,
        )
    )
    typer.echo(f"prefix: {created.prefix}")
    typer.echo(f"key:    {created.key}")
    typer.echo("Store the key now: it is not shown again.", err=True)


def _mount_optional(module_name: str, attribute: str, name: str, help_text: str) -> None:
    import importlib

    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return
    sub = getattr(module, attribute, None)
    if isinstance(sub, typer.Typer):
        app.add_typer(sub, name=name, help=help_text)
    elif callable(sub):
        app.command(name=name, help=help_text)(sub)


_OPTIONAL_COMMANDS = {
    "kb": ("aurixa.rag.cli", "kb_app", "Knowledge base import and upkeep."),
    "chat": ("aurixa.orchestration.cli", "chat", "Chat with the assistant."),
}


def mount_optional_commands(argv: list[str]) -> None:
    """Mount `kb` and `chat` only when asked for (or for the command list): they
    import the retrieval and pipeline stacks, which `serve` and `db` don't need."""
    wanted = argv[1] if len(argv) > 1 else "--help"
    for name, (module_name, attribute, help_text) in _OPTIONAL_COMMANDS.items():
        if wanted in (name, "--help", "-h"):
            _mount_optional(module_name, attribute, name, help_text)


def main() -> None:
    mount_optional_commands(sys.argv)
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


__all__ = ["app", "main"]
