"""Typed client of the execution engine, the same in one process and split."""

from __future__ import annotations

from typing import Any, ClassVar

from aurixa.core.clients import ServiceClient
from aurixa.execution.router import ActionCall, run_action_call
from aurixa.execution.schemas import ActionList, ActionResult


class ExecutionClient(ServiceClient):
    service: ClassVar[str] = "execution"

    async def run(
        self,
        action: str,
        params: dict[str, Any] | None = None,
        *,
        patient_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ActionResult:
        body = dict(params or {})
        if patient_id is not None:
            body["patient_id"] = patient_id
        if self.direct:
            call = ActionCall(action=action, body=body, idempotency_key=idempotency_key)
            return await self._local(run_action_call, lambda: call)
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return await self._call(
            "POST", f"/api/v1/execution/actions/{action}", ActionResult, json=body, headers=headers
        )

    async def actions(self) -> ActionList:
        return await self._call("GET", "/api/v1/execution/actions", ActionList)
