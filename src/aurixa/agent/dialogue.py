"""The offline dialogue manager: every task end to end over several turns.

Each turn reads the message with `nlu` and `dates`, updates the
`DialogueState`, runs read actions as needed and answers with deterministic
English. A write is never executed in the turn that proposes it: it becomes
`state.pending`, the patient sees exactly what will happen, and only a clear
"yes" on the next turn runs it (under an idempotency key, so a replayed turn
cannot write twice).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aurixa.agent import nlu
from aurixa.agent.dates import describe
from aurixa.agent.state import DialogueState, PendingWrite
from aurixa.agent.tools import ToolError, ToolRunner

HELP = (
    "I can book, cancel or reschedule an appointment, show your upcoming appointments, "
    "check your insurance coverage, or request a prescription refill. What would you like to do?"
)
# Flows a message may switch to in the middle of another: a clear new task.
_SWITCHABLE = {"cancel", "reschedule", "refill", "insurance", "appointments"}


@dataclass
class Reply:
    text: str
    done: bool = False


@dataclass
class Turn:
    text: str
    state: DialogueState
    tools: ToolRunner
    now: datetime  # clinic-local
    settings: dict[str, Any] = field(default_factory=dict)
    date_used: bool = False  # the message's date already served to pick a record

    def local(self, iso: str) -> datetime:
        return datetime.fromisoformat(iso).astimezone(self.now.tzinfo)

    def when(self, iso: str) -> str:
        return describe(self.local(iso))

    def contact(self, key: str = "front_desk_phone", label: str = "the front desk") -> str:
        phone = self.settings.get(key)
        return f"{label} at {phone}" if phone else label

    def finish(self, text: str) -> Reply:
        self.state.reset()
        return Reply(text, done=True)

    def propose(self, action: str, params: dict[str, Any], summary: str, question: str) -> Reply:
        self.state.pending = PendingWrite(action=action, params=params, summary=summary)
        self.state.awaiting = "confirmation"
        return Reply(f"{question} Please answer yes or no.")


Handler = Callable[[Turn], Awaitable[Reply]]


def _flows() -> dict[str, Handler]:
    from aurixa.agent import booking, records

    return {
        "book": booking.handle_book,
        "availability": booking.handle_book,
        "reschedule": booking.handle_reschedule,
        "cancel": records.handle_cancel,
        "refill": records.handle_refill,
        "insurance": records.handle_insurance,
        "appointments": records.handle_appointments,
    }


def _choose_flow(turn: Turn, intent: str | None) -> str | None:
    state = turn.state
    detected = nlu.detect_flow(turn.text)
    if state.flow is None:
        return detected or nlu.FLOW_BY_INTENT.get(intent or "")
    if state.awaiting == "reason":
        return state.flow  # the reason is free text: "a refill and a checkup" is not a new task
    answering = state.awaiting == "confirmation" and (nlu.is_yes(turn.text) or nlu.is_no(turn.text))
    # "cancel" while a write awaits confirmation declines it rather than switching.
    declining = detected == "cancel" and state.awaiting == "confirmation"
    if detected in _SWITCHABLE and detected != state.flow and not answering and not declining:
        state.reset()
        return detected
    return state.flow


async def respond(turn: Turn, intent: str | None = None) -> Reply:
    state = turn.state
    if state.flow and nlu.wants_abort(turn.text):
        return turn.finish("Okay, I've stopped there. Nothing was changed. " + HELP)
    flow = _choose_flow(turn, intent)
    if flow == "greeting" or flow is None:
        state.flow = None
        return Reply(("Hello! " if flow == "greeting" else "") + HELP, done=flow == "greeting")
    if state.flow != flow:
        state.flow = flow
    state.intent = nlu.INTENT_BY_FLOW.get(flow, intent)
    try:
        return await _flows()[flow](turn)
    except ToolError as exc:
        # A read failed (the record system is down, or a record vanished):
        # say so plainly; nothing was written.
        state.pending = None
        return turn.finish(
            "I'm sorry, I couldn't reach the scheduling system just now "
            f"({exc.error.message}). Nothing was changed. Please try again in a moment, "
            f"or call {turn.contact()}."
        )


async def confirm(turn: Turn, on_no: Callable[[Turn], Reply], on_conflict: Handler) -> Reply:
    """The answer to a proposed write: run it on "yes", drop it on "no"."""
    state = turn.state
    pending = state.pending
    assert pending is not None
    if nlu.is_no(turn.text):
        state.pending = None
        return on_no(turn)
    if not nlu.is_yes(turn.text):
        return Reply(f"Just to be sure: should I {pending.summary}? Please answer yes or no.")
    try:
        result = await turn.tools.run(pending.action, pending.params, key=f"agent-{pending.key}")
    except ToolError as exc:
        if exc.status >= 500:
            # Unknown outcome: keep the write and its idempotency key, so "yes"
            # again finishes it at most once.
            return Reply(
                "I couldn't reach the scheduling system to finish that. Say yes to try "
                "again (it will not be done twice), or no to leave it."
            )
        state.pending = None
        if exc.status == 409 and pending.action != "cancel_appointment":
            return await on_conflict(turn)
        return turn.finish(
            f"I couldn't do that: {exc.error.message}. Nothing was changed. "
            f"If you need help, please call {turn.contact()}."
        )
    return turn.finish(done_message(turn, pending.action, result))


def done_message(turn: Turn, action: str, result: dict[str, Any]) -> str:
    if action == "create_appointment":
        a = result["appointment"]
        return (
            f"You're booked: {a['practitioner_name']} ({a['specialty']}) on "
            f"{turn.when(a['start'])}, for \u201c{a['reason']}\u201d. "
            f"Your reference is {a['id'][:8].upper()}."
        )
    if action == "reschedule_appointment":
        a = result["appointment"]
        return (
            f"Done: your appointment with {a['practitioner_name']} is now on "
            f"{turn.when(a['start'])}. The earlier time, {turn.when(result['previous_start'])}, "
            "has been released."
        )
    if action == "cancel_appointment":
        a = result["appointment"]
        return (
            f"Your appointment with {a['practitioner_name']} on {turn.when(a['start'])} "
            "has been cancelled."
        )
    rx = result["prescription"]
    left = rx["refills_remaining"]
    return (
        f"I've sent a refill request for {nlu.drug_name(rx['medication'])} to the clinic. "
        f"{left} refill{'s' if left != 1 else ''} will remain on this prescription."
    )
