"""HTTP API of the LLM router: intent routing, generation, OpenAI-compatible `/v1`,
and provider administration."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.auth import AdminDep, Principal, PrincipalDep
from aurixa.core.db import SessionDep
from aurixa.core.errors import AurixaError, ServiceUnavailable
from aurixa.gateway.tenants import tenant_settings
from aurixa.llm_router import admin, intent_service, openai_api
from aurixa.llm_router.lifecycle import RouterState
from aurixa.llm_router.routing import TenantPolicy
from aurixa.llm_router.schemas import (
    GenerateResponse,
    ProviderIn,
    ProviderOut,
    ProviderPatch,
    RouteRequest,
    RouteResponse,
)
from aurixa.llm_router.service import StreamHandle
from aurixa.llm_router.types import GenerateRequest, Message

router = APIRouter(tags=["llm-router"])


async def _state(request: Request) -> RouterState:
    return await _app_state(request.app)


async def _app_state(app: FastAPI) -> RouterState:
    state: RouterState | None = getattr(app.state, "llm_router", None)
    if state is None:
        raise ServiceUnavailable("the LLM router is not running in this process")
    await state.directory.refresh_if_stale(app.state.db.sessionmaker)
    return state


async def tenant_policy(session: AsyncSession, tenant_id: str) -> TenantPolicy:
    """The tenant's `settings["llm"]`: allowed providers/models, budget, max tier."""
    settings: dict[str, Any] = await tenant_settings(session, tenant_id) or {}
    # The admin API keeps the common keys (allowed_models, monthly_budget_usd) at the
    # top level of the tenant's settings; `settings["llm"]` may refine them.
    top_level = {k: settings[k] for k in TenantPolicy.model_fields if k in settings}
    nested: Any = settings.get("llm", {})
    return TenantPolicy.model_validate(
        {**top_level, **(nested if isinstance(nested, dict) else {})}
    )


@router.post("/api/v1/route", response_model=RouteResponse)
async def route(
    body: RouteRequest, request: Request, principal: PrincipalDep, session: SessionDep
) -> RouteResponse:
    return await run_route(request.app, principal, session, body)


async def run_route(
    app: FastAPI, principal: Principal, session: AsyncSession, body: RouteRequest
) -> RouteResponse:
    state = await _app_state(app)
    policy = await tenant_policy(session, principal.tenant_id)
    intent = await intent_service.classify(
        body.text,
        router=await state.intent_router(),
        service=state.service,
        tenant_id=principal.tenant_id,
        policy=policy,
    )
    probe = GenerateRequest(
        messages=[Message(role="user", content=body.text)],
        task="tool_use" if intent.path == "agent" else None,
    )
    try:
        decision = state.service.plan(probe, policy)
        tier, model = decision.tier, decision.chosen.key
    except AurixaError:
        tier, model = 1, ""
    return RouteResponse(
        intent=intent.intent,
        confidence=intent.confidence,
        path=intent.path,
        tier=tier,
        model=model,
        method=intent.method,
    )


@router.post("/api/v1/generate", response_model=GenerateResponse)
async def generate(
    body: GenerateRequest, request: Request, principal: PrincipalDep, session: SessionDep
) -> GenerateResponse:
    return await run_generate(request.app, principal, session, body)


async def run_generate(
    app: FastAPI, principal: Principal, session: AsyncSession, body: GenerateRequest
) -> GenerateResponse:
    state = await _app_state(app)
    policy = await tenant_policy(session, principal.tenant_id)
    result, trace = await state.service.generate(body, tenant_id=principal.tenant_id, policy=policy)
    return GenerateResponse(
        content=result.content,
        tool_calls=result.tool_calls,
        model=result.model,
        provider=result.provider,
        usage=result.usage,
        cost_usd=result.cost_usd,
        cached=result.cached,
        sources=result.sources,
        trace=trace,
    )


async def _ndjson(handle: StreamHandle) -> AsyncIterator[str]:
    try:
        async for event in handle.events():
            yield event.model_dump_json() + "\n"
    except AurixaError as exc:
        yield json.dumps({"type": "error", "code": exc.code, "message": exc.message}) + "\n"
    yield json.dumps({"type": "trace", "trace": handle.trace.model_dump()}) + "\n"


@router.post("/api/v1/generate/stream")
async def generate_stream(
    body: GenerateRequest, request: Request, principal: PrincipalDep, session: SessionDep
) -> StreamingResponse:
    """Newline-delimited JSON `StreamEvent`s, then one `trace` line."""
    state = await _state(request)
    policy = await tenant_policy(session, principal.tenant_id)
    handle = await state.service.open_stream(body, tenant_id=principal.tenant_id, policy=policy)
    return StreamingResponse(_ndjson(handle), media_type="application/x-ndjson")


@router.post("/v1/chat/completions", response_model=None)
async def chat_completions(
    request: Request, principal: PrincipalDep, session: SessionDep
) -> JSONResponse | StreamingResponse:
    try:
        raw = await request.json()
        body = openai_api.ChatRequest.model_validate(raw)
        generate_request = openai_api.to_generate_request(body)
    except ValidationError as exc:
        return JSONResponse(openai_api.validation_error(exc), status_code=400)
    except ValueError:
        error = {
            "message": "the body is not JSON",
            "type": "invalid_request_error",
            "param": None,
            "code": "invalid_json",
        }
        return JSONResponse({"error": error}, status_code=400)
    try:
        state = await _state(request)
        policy = await tenant_policy(session, principal.tenant_id)
        if body.stream:
            handle = await state.service.open_stream(
                generate_request, tenant_id=principal.tenant_id, policy=policy
            )
            include = bool((body.stream_options or {}).get("include_usage"))
            return StreamingResponse(
                openai_api.sse_chunks(handle, include_usage=include), media_type="text/event-stream"
            )
        result, _trace = await state.service.generate(
            generate_request, tenant_id=principal.tenant_id, policy=policy
        )
    except AurixaError as exc:
        return JSONResponse(
            openai_api.openai_error(exc), status_code=exc.status_code, headers=exc.headers
        )
    return JSONResponse(openai_api.completion(result))


@router.get("/v1/models")
async def list_models(
    request: Request, principal: PrincipalDep, session: SessionDep
) -> dict[str, Any]:
    state = await _state(request)
    policy = await tenant_policy(session, principal.tenant_id)
    providers = set(state.service.registry.names())
    now = int(time.time())
    data = [{"id": "auto", "object": "model", "created": now, "owned_by": "aurixa"}]
    data += [
        {"id": m.key, "object": "model", "created": now, "owned_by": m.provider}
        for m in state.service.catalogue().all()
        if m.provider in providers and policy.allows(m)
    ]
    return {"object": "list", "data": data}


@router.get("/api/v1/admin/providers", response_model=list[ProviderOut])
async def providers_list(
    request: Request, _admin: AdminDep, session: SessionDep
) -> list[ProviderOut]:
    return await admin.list_providers(session=session, state=await _state(request))


@router.post("/api/v1/admin/providers", response_model=ProviderOut, status_code=201)
async def providers_create(
    body: ProviderIn, request: Request, _admin: AdminDep, session: SessionDep
) -> ProviderOut:
    return await admin.create_provider(session=session, state=await _state(request), body=body)


@router.patch("/api/v1/admin/providers/{name}", response_model=ProviderOut)
async def providers_update(
    name: str, body: ProviderPatch, request: Request, _admin: AdminDep, session: SessionDep
) -> ProviderOut:
    return await admin.update_provider(
        session=session, state=await _state(request), name=name, body=body
    )


@router.delete("/api/v1/admin/providers/{name}", response_model=ProviderOut)
async def providers_disable(
    name: str, request: Request, _admin: AdminDep, session: SessionDep
) -> ProviderOut:
    """Disables (keeps the row, so it can be re-enabled with its settings)."""
    return await admin.update_provider(
        session=session, state=await _state(request), name=name, body=ProviderPatch(enabled=False)
    )


@router.get("/api/v1/llm/health")
async def llm_health(request: Request, _principal: PrincipalDep) -> dict[str, object]:
    """Circuit states per provider and latency per model, as this process sees them."""
    state = await _state(request)
    return state.service.health.snapshot()
