"""Conversations and messages in the database: opened at the start of a turn,
written at its end, each in its own short session or connection so none is
held while models run. Opening only reads or inserts one row, so it needs no
transaction; saving writes several rows, all or nothing: one statement on
PostgreSQL, one transaction elsewhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    CursorResult,
    Select,
    Table,
    bindparam,
    exists,
    func,
    insert,
    select,
    union_all,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from aurixa.core.auth import Principal
from aurixa.core.db import Database, new_id, utcnow
from aurixa.core.errors import Forbidden, NotFound, ValidationFailed
from aurixa.core.tenancy import get_scoped, scoped
from aurixa.execution.models import Patient
from aurixa.gateway.audit import audit_row, record_audit_many
from aurixa.gateway.models import AuditLog
from aurixa.gateway.tenants import tenant_settings
from aurixa.orchestration.models import Conversation, Message
from aurixa.orchestration.schemas import PipelineAnswer

HISTORY_TURNS = 6
_CONVERSATIONS = cast(Table, Conversation.__table__)
_MESSAGES = cast(Table, Message.__table__)
# Built once: a statement built per call costs its construction and cache key.
_INSERT_CONVERSATION = insert(_CONVERSATIONS)
# The SET clause comes from the parameters' keys (with or without `status`).
_UPDATE_CONVERSATION = update(_CONVERSATIONS).where(
    _CONVERSATIONS.c.id == bindparam("match_id"),
    _CONVERSATIONS.c.tenant_id == bindparam("match_tenant_id"),
)
_INSERT_MESSAGES = insert(_MESSAGES)
_AUDIT = cast(Table, AuditLog.__table__)
_INSERT_AUDIT = insert(_AUDIT)
_HISTORY = (
    scoped(select(Message.role, Message.content), Message, bindparam("tenant_id"))
    .where(Message.conversation_id == bindparam("conversation_id"))
    .order_by(Message.created_at.desc())
    .limit(HISTORY_TURNS * 2)
)


@dataclass
class OpenConversation:
    id: str
    patient_id: str | None
    dialogue_state: dict[str, Any]
    history: list[dict[str, str]]
    created: bool
    tenant_settings: dict[str, Any] = field(default_factory=dict)


def _patient_of(principal: Principal, requested: str | None) -> str | None:
    """A patient key's patient is the conversation's patient; staff name one."""
    if principal.is_patient:
        if requested is not None and requested != principal.patient_id:
            raise Forbidden("a patient key acts only for its own patient", field="patient_id")
        return principal.patient_id
    return requested


async def open_conversation(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    principal: Principal,
    conversation_id: str | None,
    patient_id: str | None,
    channel: str,
) -> OpenConversation:
    patient_id = _patient_of(principal, patient_id)
    async with sessionmaker() as session:
        settings = await tenant_settings(session, principal.tenant_id) or {}
        if conversation_id is None:
            if patient_id is not None and not principal.is_patient:
                await get_scoped(session, Patient, patient_id, principal.tenant_id)
            new = new_id()
            # Through the session's connection: the ORM's execute path costs
            # more than the INSERT it sends.
            connection = await session.connection()
            await connection.execute(
                _INSERT_CONVERSATION,
                {
                    "id": new,
                    "tenant_id": principal.tenant_id,
                    "patient_id": patient_id,
                    "started_by": principal.actor,
                    "channel": channel,
                    "status": "active",
                    "dialogue_state": {},
                },
            )
            await session.commit()
            return OpenConversation(new, patient_id, {}, [], True, settings)
        conversation = await get_scoped(
            session, Conversation, conversation_id, principal.tenant_id, label="conversation"
        )
        if principal.is_patient and conversation.patient_id != principal.patient_id:
            raise NotFound(f"conversation {conversation_id} not found")
        if patient_id is not None and patient_id != conversation.patient_id:
            raise ValidationFailed(
                "this conversation belongs to another patient", field="patient_id"
            )
        history = await _history(session, conversation.id, principal.tenant_id)
        return OpenConversation(
            conversation.id,
            conversation.patient_id,
            dict(conversation.dialogue_state or {}),
            history,
            False,
            settings,
        )


async def _history(
    session: AsyncSession, conversation_id: str, tenant_id: str
) -> list[dict[str, str]]:
    # Two columns, not whole messages: their sources and traces are not needed.
    rows = (
        await session.execute(
            _HISTORY, {"conversation_id": conversation_id, "tenant_id": tenant_id}
        )
    ).all()
    return [{"role": role, "content": content} for role, content in reversed(rows)]


async def save_turn(
    database: Database,
    *,
    principal: Principal,
    conversation: OpenConversation,
    prompt: str,
    answer: PipelineAnswer,
    dialogue_state: dict[str, Any],
) -> None:
    """The user's message, the answer, the dialogue state and the audit row, all
    or nothing: on PostgreSQL in one statement, elsewhere in one transaction of
    three. Prebuilt Core statements on a bare connection: the ORM session and
    statements built per call cost more CPU than the database work itself."""
    changes: dict[str, Any] = {
        "match_id": conversation.id,
        "match_tenant_id": principal.tenant_id,
        "dialogue_state": dialogue_state,
        "updated_at": utcnow(),
    }
    if answer.path == "escalate":
        changes["status"] = "escalated"
    asked_at = utcnow()
    common = {"tenant_id": principal.tenant_id, "conversation_id": conversation.id}
    question: dict[str, Any] = {
        **common,
        "id": new_id(),
        "created_at": asked_at,
        "role": "user",
        "content": prompt,
        "intent": answer.intent,
        "path": None,
        "sources": [],
        "actions": [],
        "safety": answer.safety.model_dump(),
        "model": None,
        "provider": None,
        "cost_usd": Decimal(0),
        "latency_ms": None,
        "trace": [],
    }
    reply: dict[str, Any] = {
        **common,
        "id": new_id(),
        "created_at": utcnow(),
        "role": "assistant",
        "content": answer.response,
        "intent": answer.intent,
        "path": answer.path,
        "sources": [s.model_dump() for s in answer.sources],
        "actions": answer.actions,
        "safety": answer.safety.model_dump(),
        "model": answer.model,
        "provider": answer.provider,
        "cost_usd": Decimal(str(round(answer.cost_usd, 6))),
        "latency_ms": answer.latency_ms,
        "trace": [t.model_dump() for t in answer.trace],
    }
    audit = audit_row(
        principal=principal,
        action="conversation.turn",
        resource_type="conversation",
        resource_id=conversation.id,
        patient_id=conversation.patient_id,
        details={
            "path": answer.path,
            "intent": answer.intent,
            "category": answer.safety.category,
            "actions": len(answer.actions),
            "new": conversation.created,
        },
    )
    if database.engine.dialect.name == "postgresql":
        saved = await _save_in_one_statement(database, changes, [question, reply], audit)
    else:
        saved = await _save_in_transaction(database, changes, [question, reply], audit)
    if not saved:
        raise NotFound(f"conversation {conversation.id} not found")


async def _save_in_transaction(
    database: Database,
    changes: dict[str, Any],
    messages: list[dict[str, Any]],
    audit: dict[str, Any],
) -> bool:
    async with database.engine.begin() as connection:
        updated: CursorResult[Any] = await connection.execute(_UPDATE_CONVERSATION, changes)
        if updated.rowcount == 0:
            return False
        await connection.execute(_INSERT_MESSAGES, messages)
        await connection.execute(_INSERT_AUDIT, audit)
    return True


async def _save_in_one_statement(
    database: Database,
    changes: dict[str, Any],
    messages: list[dict[str, Any]],
    audit: dict[str, Any],
) -> bool:
    """One round trip instead of five (BEGIN, three statements, COMMIT): the
    conversation's UPDATE and the INSERTs as data-modifying CTEs of one
    statement, which PostgreSQL runs atomically without a transaction block."""
    # Every column is given: an INSERT ... SELECT gets no Python-side defaults.
    parameters = dict(changes)
    for n, message in enumerate(messages):
        parameters.update({f"m{n}_{name}": value for name, value in message.items()})
    audit = {**audit, "id": new_id(), "recorded_at": utcnow(), "note": None}
    parameters.update({f"a_{name}": value for name, value in audit.items()})
    statement = _SAVE_ESCALATED if "status" in changes else _SAVE
    async with database.autocommit_engine.connect() as connection:
        updated = (await connection.execute(statement, parameters)).scalar_one()
    return bool(updated)


def _save_statement(*, escalated: bool) -> Select[int]:
    """WITH updated AS (UPDATE conversations ... RETURNING id), INSERT INTO
    messages ... and INSERT INTO audit_log ... each only if a row was updated;
    the answer is the number of conversations updated (0 or 1)."""
    values: dict[str, Any] = {
        "dialogue_state": bindparam("dialogue_state"),
        "updated_at": bindparam("updated_at"),
    }
    if escalated:
        values["status"] = bindparam("status")
    updated = (
        update(_CONVERSATIONS)
        .where(
            _CONVERSATIONS.c.id == bindparam("match_id"),
            _CONVERSATIONS.c.tenant_id == bindparam("match_tenant_id"),
        )
        .values(values)
        .returning(_CONVERSATIONS.c.id)
        .cte("updated")
    )
    found = exists(select(updated.c.id))

    def row(table: Table, prefix: str) -> Select[Any]:
        columns = [bindparam(f"{prefix}{c.name}", type_=c.type) for c in table.columns]
        return select(*columns).where(found)

    names = [c.name for c in _MESSAGES.columns]
    messages = insert(_MESSAGES).from_select(
        names, union_all(row(_MESSAGES, "m0_"), row(_MESSAGES, "m1_"))
    )
    audit = insert(_AUDIT).from_select([c.name for c in _AUDIT.columns], row(_AUDIT, "a_"))
    return (
        select(func.count())
        .select_from(updated)
        .add_cte(messages.cte("saved_messages"), audit.cte("saved_audit"))
    )


_SAVE = _save_statement(escalated=False)
_SAVE_ESCALATED = _save_statement(escalated=True)


def _visible(statement: Any, principal: Principal) -> Any:
    statement = scoped(statement, Conversation, principal.tenant_id)
    if principal.is_patient:
        statement = statement.where(Conversation.patient_id == principal.patient_id)
    return statement


async def list_conversations(
    session: AsyncSession, principal: Principal, *, patient_id: str | None, limit: int, offset: int
) -> tuple[list[Conversation], int]:
    query = _visible(select(Conversation), principal)
    count = _visible(select(func.count()).select_from(Conversation), principal)
    if patient_id is not None:
        query = query.where(Conversation.patient_id == patient_id)
        count = count.where(Conversation.patient_id == patient_id)
    total = int((await session.execute(count)).scalar_one())
    rows = await session.scalars(
        query.order_by(Conversation.updated_at.desc()).limit(limit).offset(offset)
    )
    return list(rows), total


async def messages_of(
    session: AsyncSession, tenant_id: str, conversation_ids: list[str]
) -> dict[str, list[Message]]:
    out: dict[str, list[Message]] = {c: [] for c in conversation_ids}
    if not conversation_ids:
        return out
    rows = await session.scalars(
        scoped(select(Message), Message, tenant_id)
        .where(Message.conversation_id.in_(conversation_ids))
        .order_by(Message.created_at)
    )
    for message in rows:
        out[message.conversation_id].append(message)
    return out


async def get_conversation(
    session: AsyncSession, principal: Principal, conversation_id: str
) -> Conversation:
    conversation = await get_scoped(
        session, Conversation, conversation_id, principal.tenant_id, label="conversation"
    )
    if principal.is_patient and conversation.patient_id != principal.patient_id:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


async def audit_read(
    session: AsyncSession, principal: Principal, conversations: list[Conversation]
) -> None:
    """Reading conversations reads patient data: one audit row per patient."""
    patient_ids = sorted({c.patient_id for c in conversations if c.patient_id})
    if patient_ids:
        await record_audit_many(
            session,
            principal=principal,
            action="conversation.read",
            resource_type="conversation",
            patient_ids=patient_ids,
        )
