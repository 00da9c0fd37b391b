"""The voice service reports which speech engines this installation has."""

from __future__ import annotations

import shutil

import httpx
from fastapi import FastAPI

from aurixa.core.auth import Principal, Role
from aurixa.voice.client import VoiceClient
from tests.factories import Factory


async def test_capabilities_match_what_is_installed(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    ctx = await factory.tenant_context()
    assert (await client.get("/api/v1/voice/capabilities")).status_code == 401
    response = await client.get("/api/v1/voice/capabilities", headers=ctx.patient_headers)
    assert response.status_code == 200
    body = response.json()
    espeak = next(e for e in body["engines"] if e["name"] == "espeak-ng")
    assert espeak["available"] is (shutil.which("espeak-ng") is not None)
    assert body["text_to_speech"] is any(
        e["available"] for e in body["engines"] if e["kind"] == "text_to_speech"
    )


async def test_the_typed_client_reads_the_same_answer(app: FastAPI, factory: Factory) -> None:
    tenant = await factory.tenant()
    principal = Principal(tenant_id=tenant.id, role=Role.STAFF, actor="test")
    answer = await VoiceClient.from_app(app, principal).capabilities()
    assert {e.name for e in answer.engines} == {"faster-whisper", "piper", "espeak-ng"}
