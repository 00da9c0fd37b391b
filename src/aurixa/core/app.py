"""The application factory: one process running every service, or one service.

`create_app()` mounts every service's router (one-process mode).
`create_app(services=("execution",))` serves only that service; the gateway in
split mode proxies the routes of services that run elsewhere.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from types import ModuleType

import redis.asyncio as aioredis
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from aurixa import __version__

# Every table in every process: a one-service process (e.g. rag alone) still
# flushes rows whose foreign keys name other services' tables (api_keys ->
# patients), and SQLAlchemy must know those tables to order the flush.
from aurixa.core import models as _all_models  # noqa: F401
from aurixa.core.clients import build_transports
from aurixa.core.db import create_database
from aurixa.core.errors import ConfigurationError
from aurixa.core.http import install_error_handlers, install_middleware
from aurixa.core.logging import configure_logging, get_logger
from aurixa.core.settings import SERVICES, Settings, get_settings
from aurixa.core.shared_vectors import open_shared_vectors

log = get_logger(__name__)


def _optional_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def service_modules(service: str) -> tuple[ModuleType | None, ModuleType | None]:
    """The service's `router` and `lifecycle` modules, where they exist."""
    return (
        _optional_module(f"aurixa.{service}.router"),
        _optional_module(f"aurixa.{service}.lifecycle"),
    )


def create_app(
    services: Sequence[str] | None = None, *, settings: Settings | None = None, warm: bool = False
) -> FastAPI:
    """The platform, or the named services. `warm` builds what services would
    otherwise build on first use (the intent examples' embeddings), before the
    server accepts requests: for `aurixa serve`, so that no patient, and no
    freshly started worker under load, waits seconds for it."""
    settings = settings or get_settings()
    local = tuple(services) if services else SERVICES
    unknown = set(local) - set(SERVICES)
    if unknown:
        raise ConfigurationError(f"unknown service(s): {', '.join(sorted(unknown))}")
    remote = tuple(s for s in SERVICES if s not in local and settings.service_url(s))
    modules = {s: service_modules(s) for s in local}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(level=settings.log_level, fmt=settings.log_format)
        app.state.db = create_database(settings.database_url)
        app.state.redis = (
            aioredis.from_url(settings.redis_url, decode_responses=False)
            if settings.redis_url
            else None
        )
        app.state.shared_vectors = open_shared_vectors(settings, local)
        app.state.service_clients = build_transports(app, settings, SERVICES)
        started = []
        try:
            for service in local:
                lifecycle = modules[service][1]
                if lifecycle is not None and hasattr(lifecycle, "startup"):
                    await lifecycle.startup(app)
                    started.append(service)
            if warm:
                # The PHI recognisers load their name lists on first use (about a
                # second); logs, audit rows and telemetry all redact with them.
                from aurixa.safety.redaction import redact

                await asyncio.to_thread(redact, "warm up")
                for service in local:
                    lifecycle = modules[service][1]
                    if lifecycle is not None and hasattr(lifecycle, "warm"):
                        await lifecycle.warm(app)
            log.info("started", services=list(local), remote=list(remote))
            yield
        finally:
            for service in reversed(started):
                lifecycle = modules[service][1]
                if lifecycle is not None and hasattr(lifecycle, "shutdown"):
                    await lifecycle.shutdown(app)
            for client in app.state.service_clients.values():
                await client.aclose()
            if app.state.redis is not None:
                await app.state.redis.aclose()
            if app.state.shared_vectors is not None:
                app.state.shared_vectors.close()
            await app.state.db.dispose()

    title = "AURIXA" if len(local) > 1 else f"AURIXA {local[0]}"
    app = FastAPI(
        title=title,
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        description="Conversational AI for healthcare organisations.",
    )
    app.state.settings = settings
    app.state.local_services = local
    app.state.remote_services = remote
    app.state.started_at = time.monotonic()
    app.state.principal_hooks = []

    install_error_handlers(app)
    from aurixa.core import pages

    app.include_router(pages.router)
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")
    for service in local:
        router_module = modules[service][0]
        if router_module is not None:
            app.include_router(router_module.router)
    if "gateway" in local and remote:
        from aurixa.gateway.proxy import install_proxy

        install_proxy(app, remote)
    if "gateway" in local and "orchestration" in remote:
        # The HTTP proxy does not carry WebSockets: /ws/* is forwarded frame by frame.
        from aurixa.orchestration.ws_proxy import install_ws_proxy

        install_ws_proxy(app, settings.service_url("orchestration") or "")
    install_middleware(app)
    return app
