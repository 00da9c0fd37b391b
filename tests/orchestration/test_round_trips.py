"""What a turn asks of the database: every transaction's statements, so that a
change that adds round trips (a BEGIN and ROLLBACK around a read, a second
transaction to save a turn) shows up here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import event, func, select

from aurixa.core import auth
from aurixa.core.auth import Principal, Role
from aurixa.core.db import Database, new_id
from aurixa.core.errors import NotFound
from aurixa.gateway.models import AuditLog
from aurixa.orchestration.models import Message
from aurixa.orchestration.schemas import PipelineAnswer, SafetyView
from aurixa.orchestration.store import OpenConversation, save_turn
from tests.orchestration.conftest import Clinic
from tests.orchestration.test_pipeline import ask


@dataclass
class Recorded:
    # Statements run in autocommit mode (no BEGIN and COMMIT around them).
    alone: list[str] = field(default_factory=list)
    # Statements of each transaction, in the order the transactions began.
    transactions: list[list[str]] = field(default_factory=list)


def _shape(statement: str) -> str:
    words = " ".join(statement.split())
    if words.startswith("WITH "):
        return "WITH " + ", ".join(re.findall(r"UPDATE \w+|INSERT INTO \w+", words))
    match = re.match(r"(INSERT INTO \w+|UPDATE \w+|DELETE FROM \w+|SELECT .*? FROM \w+)", words)
    shape = match.group(1) if match else words
    return re.sub(r"^SELECT .*? FROM", "SELECT FROM", shape)


_PROVIDERS = "SELECT FROM provider_configs"


def _autocommit(conn: Any) -> bool:
    return bool(conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT")


@contextmanager
def recorded(db: Database) -> Iterator[Recorded]:
    """The statements `db` runs, without telemetry (batched in the background,
    whenever its timer fires)."""
    seen = Recorded()
    open_transactions: dict[int, list[str]] = {}
    engine = db.engine.sync_engine

    def on_begin(conn: Any) -> None:
        if not _autocommit(conn):
            open_transactions[id(conn)] = []
            seen.transactions.append(open_transactions[id(conn)])

    def on_statement(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        shape = _shape(statement)
        if "telemetry_events" in shape:
            return
        current = open_transactions.get(id(conn))
        (current if current is not None and not _autocommit(conn) else seen.alone).append(shape)

    def on_end(conn: Any) -> None:
        open_transactions.pop(id(conn), None)

    listeners = [
        ("begin", on_begin),
        ("before_cursor_execute", on_statement),
        ("commit", on_end),
        ("rollback", on_end),
    ]
    for name, listener in listeners:
        event.listen(engine, name, listener)
    try:
        yield seen
    finally:
        for name, listener in listeners:
            event.remove(engine, name, listener)
        # Telemetry alone, or the LLM router's look at its providers every few
        # seconds, is not a transaction of the turn.
        seen.transactions = [t for t in seen.transactions if set(t) - {_PROVIDERS}]


async def test_a_knowledge_turn_saves_in_one_transaction_and_reads_without_one(
    client: httpx.AsyncClient, clinic: Clinic, db: Database
) -> None:
    auth._verified.clear()  # the key is read from the database, as on a first request
    with recorded(db) as seen:
        answer = await ask(
            client, clinic.ctx.patient_headers, "What time does the clinic open on Saturday?"
        )
    assert answer["path"] == "rag"
    assert "SELECT FROM api_keys" in seen.alone
    assert "INSERT INTO conversations" in seen.alone
    if db.engine.dialect.name == "postgresql":
        # The turn saved by one statement: one round trip, atomic on its own.
        assert seen.transactions == []
        assert _SAVED_IN_ONE in seen.alone
    else:
        assert seen.transactions == [
            ["UPDATE conversations", "INSERT INTO messages", "INSERT INTO audit_log"]
        ]


_SAVED_IN_ONE = "WITH UPDATE conversations, INSERT INTO messages, INSERT INTO audit_log"


async def test_a_turn_of_a_conversation_deleted_meanwhile_writes_nothing(
    clinic: Clinic, db: Database
) -> None:
    principal = Principal(
        tenant_id=clinic.ctx.id, role=Role.PATIENT, patient_id=clinic.ctx.patient.id, actor="t"
    )
    gone = OpenConversation(new_id(), clinic.ctx.patient.id, {}, [], True)
    answer = PipelineAnswer(
        conversation_id=gone.id, response="Hello.", intent="greeting", path="escalate",
        safety=SafetyView(allowed=True),
    )  # fmt: skip
    with pytest.raises(NotFound):
        await save_turn(
            db, principal=principal, conversation=gone, prompt="Hi", answer=answer,
            dialogue_state={},
        )  # fmt: skip
    async with db.sessionmaker() as session:
        messages = await session.scalar(
            select(func.count()).where(Message.conversation_id == gone.id)
        )
        audit = await session.scalar(select(func.count()).where(AuditLog.resource_id == gone.id))
    assert (messages, audit) == (0, 0)
