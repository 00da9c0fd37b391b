"""HTTP surface of the agent runtime."""

from __future__ import annotations

from fastapi import APIRouter, Request

from aurixa.agent.schemas import TurnRequest, TurnResponse
from aurixa.agent.service import take_turn
from aurixa.agent.tools import openai_tools
from aurixa.core.auth import PrincipalDep

router = APIRouter(prefix="/api/v1/agent", tags=["agent"])


@router.post("/turn")
async def turn(body: TurnRequest, request: Request, principal: PrincipalDep) -> TurnResponse:
    return await take_turn(body, app=request.app, principal=principal)


@router.get("/tools")
async def tools(_principal: PrincipalDep) -> dict[str, object]:
    return {"tools": openai_tools()}
