from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from aurixa.core.db import Database
from tests.execution.clinic import Clinic, make_clinic
from tests.factories import Factory


@dataclass
class Chat:
    """A conversation through POST /api/v1/agent/turn, carrying the dialogue
    state between turns the way the orchestration does."""

    client: httpx.AsyncClient
    headers: dict[str, str]
    patient_id: str | None = None
    state: dict[str, Any] = field(default_factory=dict)
    last: dict[str, Any] = field(default_factory=dict)

    async def say(self, message: str, intent: str | None = None) -> str:
        r = await self.client.post(
            "/api/v1/agent/turn",
            json={
                "message": message,
                "intent": intent,
                "dialogue_state": self.state,
                "patient_id": self.patient_id,
                "conversation_id": "c-test",
            },
            headers=self.headers,
        )
        assert r.status_code == 200, r.text
        self.last = r.json()
        self.state = self.last["dialogue_state"]
        return str(self.last["response"])

    @property
    def awaiting(self) -> str | None:
        return self.last.get("awaiting")

    def writes(self) -> list[dict[str, Any]]:
        return [a for a in self.last["actions"] if a["action"] in WRITES]


WRITES = {
    "create_appointment",
    "cancel_appointment",
    "reschedule_appointment",
    "request_prescription_refill",
}


@pytest.fixture
async def clinic(factory: Factory, db: Database) -> Clinic:
    return await make_clinic(factory, db)


@pytest.fixture
def chat(client: httpx.AsyncClient, clinic: Clinic) -> Chat:
    return Chat(client, clinic.ctx.patient_headers)
