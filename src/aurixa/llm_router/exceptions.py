"""Provider failures in our own types.

Adapters translate every vendor and transport error into one of these at the
boundary, so the fallback chain and the circuit breaker decide on `retryable`
alone: timeouts, rate limits, 5xx and unreachable or misconfigured providers
move on to the next model; a request no model could accept does not.
"""

from __future__ import annotations

from typing import Any

from aurixa.core.errors import (
    BadRequest,
    BudgetExceeded,
    ServiceUnavailable,
    UpstreamError,
    UpstreamTimeout,
    ValidationFailed,
)


class ProviderError(UpstreamError):
    """A provider answered with an error or could not be reached."""

    code = "provider_error"
    retryable = True

    def __init__(
        self,
        message: str = "",
        *,
        provider: str = "",
        upstream_status: int | None = None,
        retry_after: float | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, details=details)
        self.provider = provider
        self.upstream_status = upstream_status
        self.retry_after = retry_after


class ProviderTimeout(ProviderError):
    status_code = 504
    code = UpstreamTimeout.code


class ProviderRateLimited(ProviderError):
    status_code = 429
    code = "provider_rate_limited"


class ProviderServerError(ProviderError):
    code = "provider_server_error"


class ProviderUnreachable(ProviderError):
    code = "provider_unreachable"


class ProviderAuthError(ProviderError):
    """Bad or missing key: this provider is unusable, another one may work."""

    code = "provider_auth_error"


class ProviderBadRequest(ProviderError):
    """The provider refused the request itself; every model would."""

    code = "provider_bad_request"
    retryable = False


class ContextLengthExceeded(ValidationFailed):
    code = "context_length_exceeded"

    def __init__(self, message: str = "", *, provider: str = "") -> None:
        super().__init__(message or "the conversation is too long for the model", field="messages")
        self.provider = provider


class CircuitOpen(ServiceUnavailable):
    code = "circuit_open"


class NoModelAvailable(ServiceUnavailable):
    code = "no_model_available"


class UnknownModel(BadRequest):
    code = "model_not_found"


class TenantBudgetExceeded(BudgetExceeded):
    code = "budget_exceeded"
