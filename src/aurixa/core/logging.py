"""Structured logs (JSON by default) carrying the request id of the current
request, propagated across services through the `x-request-id` header."""

from __future__ import annotations

import logging
import sys
from contextvars import ContextVar

import structlog

REQUEST_ID_HEADER = "x-request-id"
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
service_var: ContextVar[str | None] = ContextVar("service", default=None)


def _add_context(
    _logger: object, _method: str, event: structlog.typing.EventDict
) -> structlog.typing.EventDict:
    request_id = request_id_var.get()
    if request_id and "request_id" not in event:
        event["request_id"] = request_id
    service = service_var.get()
    if service and "service" not in event:
        event["service"] = service
    return event


# Fields we write ourselves that never hold PHI; skipping them keeps the
# redaction pass off the hot path of every access-log line.
_PLAIN_FIELDS = frozenset(
    {
        "event",
        "method",
        "path",
        "status",
        "duration_ms",
        "service",
        "services",
        "remote",
        "tenant_id",
        "actor",
    }
)


def _redact_phi(
    _logger: object, _method: str, event: structlog.typing.EventDict
) -> structlog.typing.EventDict:
    """Keep PHI out of logs: every other string field goes through the safety
    service's PII recognisers."""
    from aurixa.safety.redaction import redact_mapping

    rest = {k: v for k, v in event.items() if k not in _PLAIN_FIELDS}
    if rest:
        event.update(redact_mapping(rest))
    return event


def _redact_foreign(
    _logger: object, _method: str, event: structlog.typing.EventDict
) -> structlog.typing.EventDict:
    """Other libraries' log messages are free text: redact the message too."""
    from aurixa.safety.redaction import redact_mapping

    return redact_mapping(event)


def configure_logging(*, level: str = "INFO", fmt: str = "json") -> None:
    shared: list[structlog.typing.Processor] = [
        structlog.contextvars.merge_contextvars,
        _add_context,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _redact_phi,
    ]
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
        ),
        logger_factory=structlog.PrintLoggerFactory(),
        cache_logger_on_first_use=False,
    )
    # Route the standard library (uvicorn, alembic) through the same format.
    handler = _StdoutHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*shared[:-1], _redact_foreign],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
    # httpx logs every call at INFO; our access log already covers them.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Our own access log replaces uvicorn's (it carries the request id).
    logging.getLogger("uvicorn.access").disabled = True


class _StdoutHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stdout` is now (test capture swaps it)."""

    @property
    def stream(self) -> object:
        return sys.stdout

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def get_logger(name: str | None = None) -> structlog.stdlib.BoundLogger:
    logger: structlog.stdlib.BoundLogger = structlog.get_logger(name)
    return logger
