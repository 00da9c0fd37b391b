"""ASGI factories for uvicorn: the whole platform, or one service."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.core.app import create_app


def platform_app() -> FastAPI:
    return create_app(warm=True)


def gateway_app() -> FastAPI:
    return create_app(("gateway",), warm=True)


def orchestration_app() -> FastAPI:
    return create_app(("orchestration",), warm=True)


def llm_router_app() -> FastAPI:
    return create_app(("llm_router",), warm=True)


def agent_app() -> FastAPI:
    return create_app(("agent",), warm=True)


def rag_app() -> FastAPI:
    return create_app(("rag",), warm=True)


def safety_app() -> FastAPI:
    return create_app(("safety",), warm=True)


def voice_app() -> FastAPI:
    return create_app(("voice",), warm=True)


def execution_app() -> FastAPI:
    return create_app(("execution",), warm=True)


def observability_app() -> FastAPI:
    return create_app(("observability",), warm=True)
