"""The tool registry and the runner that executes tools for one turn.

Tools are the execution actions, described by their own pydantic schemas
(JSON Schema, OpenAI function-calling format). The runner always acts on the
patient of the authenticated context: patient keys imply it, staff name it in
the turn request; a model or a message never chooses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aurixa.core.errors import AurixaError
from aurixa.execution.actions import ACTIONS
from aurixa.execution.client import ExecutionClient


def openai_tools() -> list[dict[str, Any]]:
    """Every action as an OpenAI `tools` entry."""
    return [
        {
            "type": "function",
            "function": {
                "name": spec.name,
                "description": spec.description,
                "parameters": spec.params.model_json_schema(),
            },
        }
        for spec in ACTIONS.values()
    ]


def is_write(action: str) -> bool:
    spec = ACTIONS.get(action)
    return spec is not None and spec.write


class ToolError(Exception):
    def __init__(self, error: AurixaError) -> None:
        super().__init__(error.message)
        self.error = error

    @property
    def code(self) -> str:
        return self.error.code

    @property
    def status(self) -> int:
        return self.error.status_code


@dataclass
class ToolRunner:
    client: ExecutionClient
    patient_id: str | None
    records: list[dict[str, Any]] = field(default_factory=list)

    async def run(
        self, action: str, params: dict[str, Any] | None = None, *, key: str | None = None
    ) -> dict[str, Any]:
        params = dict(params or {})
        params.pop("patient_id", None)  # never taken from the caller of a tool
        try:
            answer = await self.client.run(
                action, params, patient_id=self.patient_id, idempotency_key=key
            )
        except AurixaError as exc:
            self.records.append(
                {
                    "action": action,
                    "params": params,
                    "error": {"code": exc.code, "message": exc.message, "field": exc.field},
                }
            )
            raise ToolError(exc) from exc
        self.records.append({"action": action, "params": params, "result": answer.result})
        return answer.result
