"""Start-up of the agent runtime: which chat model the LLM planner uses."""

from __future__ import annotations

from fastapi import FastAPI

from aurixa.agent.llm import RouterChatModel


async def startup(app: FastAPI) -> None:
    # The llm_router picks the tool-capable model; tenants opt in with
    # `settings.agent_planner = "llm"`, otherwise the dialogue manager plans.
    if getattr(app.state, "agent_chat_model", None) is None:
        app.state.agent_chat_model = RouterChatModel.from_app


async def shutdown(app: FastAPI) -> None:
    return None
