"""Typed clients between services: the same calling code in one process and in
split mode (HTTP to the service's `AURIXA_<SERVICE>_URL`).

In one process a typed method calls the service's handler directly (`_local`):
the same function its HTTP endpoint calls, with the caller's `Principal` and a
session of its own. Crossing our own HTTP stack for every internal call (body
encoding, middleware, routing, dependency injection, signing the principal and
checking it again) cost more CPU than most steps of a turn themselves.
Endpoints without a direct handler are still reached in process through
httpx's ASGITransport.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, ClassVar, Self, TypeVar

import httpx
from fastapi import FastAPI, Request
from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core import errors
from aurixa.core.auth import PRINCIPAL_HEADER, Principal, principal_signer
from aurixa.core.http import first_problem
from aurixa.core.logging import REQUEST_ID_HEADER, get_logger, request_id_var
from aurixa.core.settings import Settings

ResponseT = TypeVar("ResponseT", bound=BaseModel)
BodyT = TypeVar("BodyT")

# What an endpoint does once FastAPI has authenticated the caller, opened the
# session and parsed the body: shared by the endpoint and by in-process callers.
LocalHandler = Callable[[FastAPI, Principal, AsyncSession, BodyT], Awaitable[ResponseT]]

log = get_logger(__name__)

IN_PROCESS_BASE_URL = "http://in-process.aurixa"

_ERRORS_BY_CODE: dict[str, type[errors.AurixaError]] = {
    cls.code: cls
    for cls in (
        errors.BadRequest,
        errors.ValidationFailed,
        errors.Unauthorized,
        errors.Forbidden,
        errors.NotFound,
        errors.Conflict,
        errors.PayloadTooLarge,
        errors.RateLimited,
        errors.BudgetExceeded,
        errors.ServiceUnavailable,
        errors.UpstreamError,
        errors.UpstreamTimeout,
    )
}


def build_transports(
    app: FastAPI, settings: Settings, services: tuple[str, ...]
) -> dict[str, httpx.AsyncClient]:
    """One pooled HTTP client per service, built once at start-up."""
    clients: dict[str, httpx.AsyncClient] = {}
    timeout = httpx.Timeout(settings.service_timeout_seconds, connect=5.0)
    for service in services:
        url = settings.service_url(service)
        if url:
            clients[service] = httpx.AsyncClient(base_url=url, timeout=timeout)
        else:
            clients[service] = httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app),
                base_url=IN_PROCESS_BASE_URL,
                timeout=timeout,
            )
    return clients


def error_from_response(response: httpx.Response, service: str) -> errors.AurixaError:
    """Rebuild the error a service answered with, so callers see our own types."""
    try:
        body = response.json()["error"]
        cls = _ERRORS_BY_CODE.get(body.get("code", ""), errors.UpstreamError)
        return cls(body.get("message", ""), field=body.get("field"))
    except (ValueError, KeyError, TypeError, AttributeError):
        if response.status_code >= 500:
            return errors.UpstreamError(f"{service} answered {response.status_code}")
        return errors.BadRequest(f"{service} answered {response.status_code}")


class ServiceClient:
    """Base of each service's typed client. Subclasses set `service` and add
    typed methods built on `_request`."""

    service: ClassVar[str]

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        principal: Principal | None,
        secret_key: str,
        app: FastAPI | None = None,
    ) -> None:
        self._http = http
        self._principal = principal
        self._secret_key = secret_key
        self._app = app

    @classmethod
    def from_app(cls, app: FastAPI, principal: Principal | None) -> Self:
        return cls(
            app.state.service_clients[cls.service],
            principal=principal,
            secret_key=app.state.settings.secret_key,
            app=app,
        )

    @classmethod
    def from_request(cls, request: Request) -> Self:
        return cls.from_app(request.app, getattr(request.state, "principal", None))

    @property
    def in_process(self) -> bool:
        return str(self._http.base_url).rstrip("/") == IN_PROCESS_BASE_URL

    @property
    def direct(self) -> bool:
        """Whether typed methods call the service's handlers in this process."""
        return self._app is not None and self.in_process

    async def _local(
        self,
        handler: LocalHandler[BodyT, ResponseT],
        body: Callable[[], BodyT],
        *,
        autocommit: bool = False,
    ) -> ResponseT:
        """Run `handler` in this process as its endpoint would: the caller's
        identity, a session committed on success and rolled back on error, and
        the same error types an HTTP call would raise. `body` builds the request
        model, so its validation error becomes a 422 naming the field, as over
        HTTP. `autocommit` is for handlers that only read: their statements run
        without a surrounding transaction (see `Database.autocommit`)."""
        app = self._app
        if app is None:  # pragma: no cover - callers check `direct`
            raise errors.ServiceUnavailable(f"{self.service} is not in this process")
        if self._principal is None:
            raise errors.Unauthorized("missing credentials")
        try:
            value = body()
        except ValidationError as exc:
            field, message = first_problem(exc.errors(), located=False)
            raise errors.ValidationFailed(message, field=field) from exc
        try:
            database = app.state.db
            sessions = database.autocommit if autocommit else database.sessionmaker
            session = sessions()
            try:
                result = await handler(app, self._principal, session, value)
                if session.in_transaction():  # many checks never touch the database
                    await session.commit()
            except BaseException:
                await session.rollback()
                raise
            finally:
                # Most calls of a turn never touch the database (a cached policy, a
                # model), and a session that holds no connection and no objects has
                # nothing to release: `async with` closed it anyway, in a shielded task,
                # 30 of the 35 us such a session cost, four or five times per turn. One
                # that did is closed as `async with` closes it, shielded from cancellation.
                if session.in_transaction() or session.sync_session.identity_map:
                    await asyncio.shield(session.close())
        except errors.AurixaError:
            raise
        except Exception as exc:
            # What an HTTP call would have seen as a 500: the caller degrades.
            log.exception("service_call_failed", service=self.service)
            raise errors.UpstreamError(f"{self.service} failed") from exc
        return result

    def _headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        request_id = request_id_var.get()
        if request_id:
            headers[REQUEST_ID_HEADER] = request_id
        if self._principal is not None:
            headers[PRINCIPAL_HEADER] = principal_signer(self._secret_key).sign(
                self._principal.model_dump(mode="json")
            )
        return headers

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        try:
            response = await self._http.request(
                method,
                path,
                json=json,
                params=params,
                headers={**self._headers(), **(headers or {})},
            )
        except httpx.TimeoutException as exc:
            raise errors.UpstreamTimeout(f"{self.service} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise errors.ServiceUnavailable(f"{self.service} is unreachable") from exc
        if response.status_code >= 400:
            raise error_from_response(response, self.service)
        return response

    async def _call(
        self, method: str, path: str, model: type[ResponseT], **kwargs: Any
    ) -> ResponseT:
        response = await self._request(method, path, **kwargs)
        return model.model_validate_json(response.content)

    @asynccontextmanager
    async def _stream(
        self, method: str, path: str, *, json: Any = None
    ) -> AsyncIterator[httpx.Response]:
        """An open streamed response. Over ASGITransport the body arrives whole,
        so in-process callers that need token-by-token output call the service
        function directly instead."""
        try:
            async with self._http.stream(method, path, json=json, headers=self._headers()) as r:
                if r.status_code >= 400:
                    await r.aread()
                    raise error_from_response(r, self.service)
                yield r
        except httpx.TimeoutException as exc:
            raise errors.UpstreamTimeout(f"{self.service} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise errors.ServiceUnavailable(f"{self.service} is unreachable") from exc
