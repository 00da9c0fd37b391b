"""HTTP surface of the agent runtime."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.agent.schemas import TurnRequest, TurnResponse
from aurixa.agent.service import take_turn
from aurixa.agent.tools import openai_tools
from aurixa.core.auth import Principal, PrincipalDep

router = APIRouter(prefix="/api/v1/agent", tags=["agent"])


@router.post("/turn")
async def turn(body: TurnRequest, request: Request, principal: PrincipalDep) -> TurnResponse:
    return await take_turn(body, app=request.app, principal=principal)


async def run_turn(
    app: FastAPI, principal: Principal, _session: AsyncSession, body: TurnRequest
) -> TurnResponse:
    """The agent opens its own short sessions (tools run through execution)."""
    return await take_turn(body, app=app, principal=principal)


@router.get("/tools")
async def tools(_principal: PrincipalDep) -> dict[str, object]:
    return {"tools": openai_tools()}
