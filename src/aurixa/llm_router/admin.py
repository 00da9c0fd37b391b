"""Provider configuration persisted in `provider_configs` (admin API)."""

from __future__ import annotations

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from aurixa.core.errors import Conflict, NotFound, ValidationFailed
from aurixa.llm_router.catalogue import ModelInfo
from aurixa.llm_router.directory import settings_configs
from aurixa.llm_router.lifecycle import RouterState
from aurixa.llm_router.models import ProviderConfig as ProviderRow
from aurixa.llm_router.schemas import ProviderIn, ProviderOut, ProviderPatch


def _check_models(name: str, models: list[dict[str, object]]) -> list[dict[str, object]]:
    try:
        return [ModelInfo.model_validate({**m, "provider": name}).model_dump() for m in models]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValidationFailed(f"models: {where}: {first['msg']}", field="models") from exc


def _out(state: RouterState, row: ProviderRow | None, name: str) -> ProviderOut:
    config = state.service.registry.config(name)
    breaker = state.service.health.breakers.get(name)
    if row is not None:
        return ProviderOut(
            id=row.id,
            name=row.name,
            kind=row.kind,
            base_url=row.base_url,
            enabled=row.enabled,
            has_api_key=bool(row.api_key),
            source="database",
            models=config.models if config else [],
            circuit=breaker.state if breaker else "closed",
        )
    assert config is not None
    return ProviderOut(
        id=None,
        name=name,
        kind=config.kind,
        base_url=config.base_url,
        enabled=True,
        has_api_key=bool(config.api_key),
        source="settings",
        models=config.models,
        circuit=breaker.state if breaker else "closed",
    )


async def list_providers(*, session: AsyncSession, state: RouterState) -> list[ProviderOut]:
    rows = {r.name: r for r in (await session.scalars(select(ProviderRow))).all()}
    names = [c.name for c in settings_configs(state.settings) if c.name not in rows]
    return [_out(state, None, n) for n in names if state.service.registry.get(n)] + [
        _out(state, row, name) for name, row in rows.items()
    ]


async def _reload(session: AsyncSession, state: RouterState) -> None:
    await session.commit()
    # This process applies the change now; the others within REFRESH_S seconds.
    await state.directory.load(lambda: _Same(session))


class _Same:
    """Reuse the request's session as a context manager for the directory reload."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def __aenter__(self) -> AsyncSession:
        return self.session

    async def __aexit__(self, *_: object) -> None:
        return None


async def create_provider(
    *, session: AsyncSession, state: RouterState, body: ProviderIn
) -> ProviderOut:
    if body.kind not in state.service.registry.kinds():
        raise ValidationFailed(f"unknown provider kind {body.kind!r}", field="kind")
    if body.kind in ("openai_compatible",) and not body.base_url:
        raise ValidationFailed("an OpenAI-compatible provider needs base_url", field="base_url")
    exists = await session.scalar(select(ProviderRow).where(ProviderRow.name == body.name))
    if exists is not None:
        raise Conflict(f"provider {body.name!r} exists", field="name")
    row = ProviderRow(
        name=body.name,
        kind=body.kind,
        base_url=body.base_url,
        api_key=body.api_key,
        enabled=body.enabled,
        models=_check_models(body.name, body.models),
        options={"timeout_s": body.timeout_s},
    )
    session.add(row)
    await _reload(session, state)
    return _out(state, row, row.name)


async def update_provider(
    *, session: AsyncSession, state: RouterState, name: str, body: ProviderPatch
) -> ProviderOut:
    row = await session.scalar(select(ProviderRow).where(ProviderRow.name == name))
    if row is None:
        base = next((c for c in settings_configs(state.settings) if c.name == name), None)
        if base is None:
            raise NotFound(f"no provider {name!r}")
        # A settings provider changed at run time becomes a database row.
        row = ProviderRow(
            name=name,
            kind=base.kind,
            base_url=base.base_url,
            api_key=base.api_key,
            enabled=True,
            models=[],
            options={},
        )
        session.add(row)
    if body.base_url is not None:
        row.base_url = body.base_url
    if body.api_key is not None:
        row.api_key = body.api_key
    if body.enabled is not None:
        row.enabled = body.enabled
    if body.models is not None:
        row.models = _check_models(name, body.models)
    if body.timeout_s is not None:
        row.options = {**(row.options or {}), "timeout_s": body.timeout_s}
    await _reload(session, state)
    return _out(state, row, name)
