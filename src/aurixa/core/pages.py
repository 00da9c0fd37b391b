"""Routes every process serves: `/health`, `/metrics`, `/docs` (assets served
locally, no CDN) and a small landing page."""

from __future__ import annotations

import asyncio
import resource
import time
from typing import Any

import httpx
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from aurixa import __version__
from aurixa.core.errors import Unauthorized
from aurixa.core.settings import SERVICES

router = APIRouter(include_in_schema=False)


def _memory_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


async def _database_status(request: Request) -> str:
    try:
        async with request.app.state.db.engine.connect() as connection:
            await asyncio.wait_for(connection.execute(text("SELECT 1")), timeout=2)
    except Exception:  # any failure means "down"; the health body says so
        return "down"
    return "ok"


async def _redis_status(request: Request) -> str:
    client = request.app.state.redis
    if client is None:
        return "not_configured"
    try:
        await asyncio.wait_for(client.ping(), timeout=2)
    except Exception:  # any failure means "down"; the health body says so
        return "down"
    return "ok"


async def _remote_status(request: Request, service: str) -> dict[str, Any]:
    client: httpx.AsyncClient = request.app.state.service_clients[service]
    started = time.perf_counter()
    try:
        response = await client.get("/health", params={"shallow": "1"}, timeout=3.0)
        status = response.json().get("status", "down") if response.status_code == 200 else "down"
    except (httpx.HTTPError, ValueError):
        status = "down"
    return {
        "status": status,
        "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        "url": str(client.base_url),
    }


@router.get("/health")
async def health(request: Request, shallow: bool = False) -> dict[str, Any]:
    state = request.app.state
    local: tuple[str, ...] = state.local_services
    database, redis_status = await asyncio.gather(_database_status(request), _redis_status(request))
    ready: dict[str, bool] = getattr(state, "ready", {})
    services: dict[str, dict[str, Any]] = {
        s: {
            "status": "ok" if ready.get(s, True) else "starting",
            "latency_ms": 0.0,
            "url": "in-process",
        }
        for s in local
    }
    if not shallow:
        remote: tuple[str, ...] = state.remote_services
        results = await asyncio.gather(*(_remote_status(request, s) for s in remote))
        services.update(dict(zip(remote, results, strict=True)))
    degraded = (
        database != "ok"
        or redis_status == "down"
        or any(v["status"] != "ok" for v in services.values())
    )
    return {
        "service": local[0] if len(local) == 1 else "aurixa",
        "status": "degraded" if degraded else "ok",
        "database": database,
        "redis": redis_status,
        "uptime_seconds": round(time.monotonic() - state.started_at, 1),
        "memory_mb": _memory_mb(),
        "version": __version__,
        "services": services,
    }


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    if not request.app.state.settings.metrics_public:
        from aurixa.core.auth import authenticate

        principal = await authenticate(request)
        if principal.role.value != "admin":
            raise Unauthorized("metrics need an admin credential")
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@router.get("/docs")
async def docs() -> HTMLResponse:
    return HTMLResponse(
        """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>AURIXA API</title><link rel="stylesheet" href="/static/swagger/swagger-ui.css">
</head><body><div id="swagger-ui"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/swagger/docs-init.js"></script></body></html>"""
    )


@router.get("/static/swagger/docs-init.js")
async def docs_init() -> Response:
    # A separate file, not inline script, so the Content-Security-Policy can forbid inline code.
    return Response(
        'window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});',
        media_type="application/javascript",
    )


@router.get("/")
async def index(request: Request) -> HTMLResponse:
    services = ", ".join(request.app.state.local_services)
    return HTMLResponse(
        f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>AURIXA</title></head><body>
<h1>AURIXA</h1><p>Conversational AI for healthcare organisations.</p>
<p>Running: {services}.</p>
<ul><li><a href="/docs">API documentation</a></li>
<li><a href="/health">Health</a></li>
<li>Quick start: <code>make run</code>, then call the API with the demo key it prints
(see the README).</li></ul></body></html>"""
    )


__all__ = ["SERVICES", "router"]
