"""The one error hierarchy of AURIXA.

Every error a client may see is an `AurixaError` with an HTTP status and a
stable `code`; one handler (`aurixa.core.app.install_error_handlers`) renders it
as API.md's body. Foreign exceptions are translated at their boundary with
`raise ... from exc`, so callers (fallbacks, circuit breakers) decide on these
types only.
"""

from __future__ import annotations

from typing import Any, ClassVar


class AurixaError(Exception):
    """Base of every error AURIXA raises on purpose."""

    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"

    def __init__(
        self,
        message: str = "",
        *,
        field: str | None = None,
        headers: dict[str, str] | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message or self.code.replace("_", " "))
        self.message = message or self.code.replace("_", " ")
        self.field = field
        self.headers = headers or {}
        self.details = details or {}


class ConfigurationError(AurixaError):
    """Settings that cannot work (bad URL, default secret in production...)."""

    code = "configuration_error"


class BadRequest(AurixaError):
    status_code = 400
    code = "bad_request"


class ValidationFailed(AurixaError):
    status_code = 422
    code = "validation_error"


class Unauthorized(AurixaError):
    status_code = 401
    code = "unauthorized"


class Forbidden(AurixaError):
    status_code = 403
    code = "forbidden"


class NotFound(AurixaError):
    status_code = 404
    code = "not_found"


class Conflict(AurixaError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(AurixaError):
    status_code = 413
    code = "payload_too_large"


class RateLimited(AurixaError):
    status_code = 429
    code = "rate_limited"


class BudgetExceeded(AurixaError):
    status_code = 402
    code = "budget_exceeded"


class ServiceUnavailable(AurixaError):
    """A dependency (another service, the database, Redis) cannot be reached."""

    status_code = 503
    code = "service_unavailable"


class UpstreamError(AurixaError):
    """Another service or provider answered with an error."""

    status_code = 502
    code = "upstream_error"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    code = "upstream_timeout"
