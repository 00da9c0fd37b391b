"""ASGI factories for uvicorn: the whole platform, or one service."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.core.app import create_app


def platform_app() -> FastAPI:
    return create_app()


def gateway_app() -> FastAPI:
    return create_app(("gateway",))


def orchestration_app() -> FastAPI:
    return create_app(("orchestration",))


def llm_router_app() -> FastAPI:
    return create_app(("llm_router",))


def agent_app() -> FastAPI:
    return create_app(("agent",))


def rag_app() -> FastAPI:
    return create_app(("rag",))


def safety_app() -> FastAPI:
    return create_app(("safety",))


def voice_app() -> FastAPI:
    return create_app(("voice",))


def execution_app() -> FastAPI:
    return create_app(("execution",))


def observability_app() -> FastAPI:
    return create_app(("observability",))
