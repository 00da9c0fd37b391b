"""Typed client of the safety service, the same in one process and split."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from aurixa.core.clients import ServiceClient
from aurixa.safety.router import run_check, run_open_escalation
from aurixa.safety.schemas import (
    CheckRequest,
    CheckResponse,
    EscalationCreate,
    EscalationRead,
    Severity,
)


class SafetyClient(ServiceClient):
    service: ClassVar[str] = "safety"

    async def check_input(
        self,
        text: str,
        *,
        conversation_id: str | None = None,
        patient_id: str | None = None,
    ) -> CheckResponse:
        body = {
            "text": text,
            "direction": "input",
            "conversation_id": conversation_id,
            "patient_id": patient_id,
        }
        return await self._check(body)

    async def check_output(
        self,
        text: str,
        *,
        sources: Sequence[str] | None = None,
        other_patient_identifiers: Sequence[str] = (),
        conversation_id: str | None = None,
        patient_id: str | None = None,
        append_disclaimer: bool = True,
    ) -> CheckResponse:
        body = {
            "text": text,
            "direction": "output",
            "sources": list(sources) if sources is not None else None,
            "other_patient_identifiers": list(other_patient_identifiers),
            "conversation_id": conversation_id,
            "patient_id": patient_id,
            "append_disclaimer": append_disclaimer,
        }
        return await self._check(body)

    async def _check(self, body: dict[str, Any]) -> CheckResponse:
        if self.direct:
            return await self._local(run_check, lambda: CheckRequest.model_validate(body))
        return await self._call("POST", "/api/v1/safety/check", CheckResponse, json=body)

    async def open_escalation(
        self,
        *,
        category: str,
        summary: str,
        severity: Severity = Severity.HIGH,
        conversation_id: str | None = None,
        patient_id: str | None = None,
        evidence: Sequence[str] = (),
    ) -> EscalationRead:
        body = EscalationCreate(
            category=category,
            severity=severity,
            summary=summary,
            conversation_id=conversation_id,
            patient_id=patient_id,
            evidence=list(evidence),
        )
        if self.direct:
            return await self._local(run_open_escalation, lambda: body)
        return await self._call(
            "POST", "/api/v1/escalations", EscalationRead, json=body.model_dump(mode="json")
        )
