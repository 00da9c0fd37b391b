"""Keeping PHI out of logs, telemetry and audit details.

`redact(text)` replaces every PII/PHI span with its type (`[PHONE_NUMBER]`);
`redact_processor` does the same to every string value of a structlog event,
so it can sit in the logging chain of any service.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aurixa.safety.service import redact

# Keys that carry identifiers we generate (never PHI) and must stay searchable.
_SAFE_KEYS = frozenset(
    {"request_id", "service", "level", "timestamp", "logger", "tenant_id", "conversation_id"}
)

__all__ = ["redact", "redact_mapping", "redact_processor"]


def redact_mapping(values: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `values` with every string (nested too) redacted."""
    return {k: v if k in _SAFE_KEYS else _redact_value(v) for k, v in values.items()}


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return redact_mapping(value)
    if isinstance(value, list | tuple):
        return [_redact_value(v) for v in value]
    return value


def redact_processor(_logger: object, _method: str, event: dict[str, Any]) -> dict[str, Any]:
    """A structlog processor: add it before the renderer."""
    return redact_mapping(event)
