"""Booking, availability and rescheduling: find free slots that fit what the
patient said, offer the three best, and propose the write once one is chosen."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from aurixa.agent import nlu
from aurixa.agent.dates import clock_time, describe_day, describe_time, minutes_of, parse_when
from aurixa.agent.dialogue import Reply, Turn, confirm
from aurixa.agent.records import pick_appointment

OFFER = 3
SEARCH_DAYS = 14


def _window_text(after: int | None, before: int | None) -> str:
    def clock(minutes: int) -> str:
        hour, minute = divmod(minutes, 60)
        suffix = "AM" if hour < 12 else "PM"
        return f"{hour % 12 or 12}:{minute:02d} {suffix}"

    if after == 0 and before == 12 * 60:
        return " in the morning"
    if after == 12 * 60 and before == 17 * 60:
        return " in the afternoon"
    if after is not None and before is not None:
        return f" between {clock(after)} and {clock(before)}"
    if after is not None:
        return f" from {clock(after)}"
    if before is not None:
        return f" before {clock(before)}"
    return ""


async def _practitioners(turn: Turn) -> list[dict[str, Any]]:
    result = await turn.tools.run("list_practitioners")
    practitioners: list[dict[str, Any]] = result["practitioners"]
    return practitioners


async def _absorb_who(turn: Turn) -> None:
    """The practitioner or specialty the message names, if any."""
    state = turn.state
    if state.flow == "reschedule":
        return  # a move stays with the same practitioner
    practitioners = await _practitioners(turn)
    for p in practitioners:
        if nlu.name_matches(turn.text, p["name"]):
            state.practitioner_id, state.practitioner_name = p["id"], p["name"]
            state.specialty = p["specialty"]
            return
    specialties = sorted({p["specialty"] for p in practitioners})
    found = nlu.specialty_in(turn.text, specialties)
    if found:
        state.specialty, state.practitioner_id, state.practitioner_name = found, None, None
    elif state.specialty is None and len(specialties) == 1:
        state.specialty = specialties[0]


def _absorb_when(turn: Turn) -> bool:
    state = turn.state
    if turn.date_used:
        return False  # the day named which appointment, not where to move it
    when = parse_when(turn.text, turn.now)
    if when.day is not None:
        state.day, state.span_days, state.not_before = when.day.isoformat(), when.span_days, None
    if when.has_time:
        state.after, state.before, state.not_before = when.after, when.before, None
    return when.day is not None or when.has_time


def _pick_offered(turn: Turn) -> dict[str, Any] | None:
    offered = turn.state.offered
    index = nlu.choice_index(turn.text, len(offered))
    if index is not None:
        return offered[index]
    at = clock_time(turn.text)
    if at is not None:
        matches = [o for o in offered if minutes_of(turn.local(o["start"])) == at]
        if len(matches) == 1:
            return matches[0]
    return None


def _fits(turn: Turn, slot: dict[str, Any]) -> bool:
    state = turn.state
    start = turn.local(slot["start"])
    if state.not_before and start <= turn.local(state.not_before):
        return False
    if state.appointment and slot["id"] == state.appointment.get("slot_id"):
        return False
    minutes = minutes_of(start)
    if state.after is not None and minutes < state.after:
        return False
    return state.before is None or minutes < state.before


async def _search(turn: Turn, first: date, last: date) -> list[dict[str, Any]]:
    state = turn.state
    params: dict[str, Any] = {
        "date_from": first.isoformat(),
        "date_to": last.isoformat(),
        "limit": 200,
    }
    if state.practitioner_id:
        params["practitioner_id"] = state.practitioner_id
    elif state.specialty:
        params["specialty"] = state.specialty
    result = await turn.tools.run("get_availability", params)
    return [s for s in result["slots"] if _fits(turn, s)]


def best(slots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The three earliest slots at different times (three practitioners free at
    8:00 is one choice, not three), topped up with same-time ones if needed."""
    picked: list[dict[str, Any]] = []
    seen: set[str] = set()
    for slot in slots:
        if slot["start"] not in seen:
            picked.append(slot)
            seen.add(slot["start"])
        if len(picked) == OFFER:
            return picked
    extra = [s for s in slots if s not in picked]
    return sorted(picked + extra[: OFFER - len(picked)], key=lambda s: str(s["start"]))


def _offer_lines(turn: Turn, slots: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{n}. {turn.when(s['start'])} with {s['practitioner_name']} ({s['specialty']})"
        for n, s in enumerate(slots, 1)
    )


async def offer(turn: Turn, *, prefix: str = "") -> Reply:
    """Search the requested days, widen to the following two weeks if they are
    full, and offer the three best free slots (or say plainly there are none)."""
    state = turn.state
    assert state.day is not None
    day = max(date.fromisoformat(state.day), turn.now.date())
    if state.not_before:
        day = max(day, turn.local(state.not_before).date())
    last = day + timedelta(days=state.span_days - 1)
    slots = await _search(turn, day, last)
    window = _window_text(state.after, state.before)
    asked = describe_day(day) if state.span_days == 1 else f"the week of {describe_day(day)}"
    if len({s["start"] for s in slots}) < OFFER:
        # Too few on the asked days: top up with the nearest of the following ones.
        following = await _search(
            turn, last + timedelta(days=1), last + timedelta(days=SEARCH_DAYS)
        )
        if following and not slots and not state.not_before:
            prefix += f"I have nothing free on {asked}{window}. The nearest free times are:\n"
        slots += following
    who = state.practitioner_name or state.specialty or "the clinic"
    if not slots:
        state.offered, state.awaiting, state.not_before = [], "date", None
        return Reply(
            f"{prefix}I'm sorry, I couldn't find any free appointments with {who}{window} "
            f"from {describe_day(day)} through the following two weeks. Would you like to try "
            f"different days or times? You can also call {turn.contact()}."
        )
    chosen = best(slots)
    state.offered = [
        {k: s[k] for k in ("id", "start", "practitioner_id", "practitioner_name", "specialty")}
        for s in chosen
    ]
    state.awaiting, state.chosen = "slot_choice", None
    if not prefix:
        prefix = f"Here are the {'next ' if state.not_before else ''}free times with {who}:\n"
    verb = "move it to" if state.flow == "reschedule" else "book"
    return Reply(
        f"{prefix}{_offer_lines(turn, chosen)}\nWhich one would you like me to {verb}? "
        "You can also ask for something later or another day."
    )


def _propose(turn: Turn) -> Reply:
    state = turn.state
    slot = state.chosen
    assert slot is not None
    at = f"{turn.when(slot['start'])} with {slot['practitioner_name']} ({slot['specialty']})"
    if state.flow == "reschedule":
        assert state.appointment is not None
        summary = f"move your appointment on {turn.when(state.appointment['start'])} to {at}"
        return turn.propose(
            "reschedule_appointment",
            {"appointment_id": state.appointment["id"], "slot_id": slot["id"]},
            summary,
            f"To confirm: shall I {summary}?",
        )
    summary = f"book {at} for \u201c{state.reason}\u201d"
    return turn.propose(
        "create_appointment",
        {"slot_id": slot["id"], "reason": state.reason},
        summary,
        f"To confirm: shall I {summary}?",
    )


def _declined(turn: Turn) -> Reply:
    state = turn.state
    state.chosen = None
    state.awaiting = "slot_choice" if state.offered else "date"
    changed = "moved" if state.flow == "reschedule" else "booked"
    return Reply(
        f"No problem, nothing has been {changed}. Would you like one of the other times, "
        "something later, or a different day?"
    )


async def _taken(turn: Turn) -> Reply:
    turn.state.chosen = None
    return await offer(turn, prefix="I'm sorry, that time was just taken by someone else. ")


async def _after_choice(turn: Turn) -> Reply:
    state = turn.state
    if state.flow != "reschedule" and not state.reason:
        state.awaiting = "reason"
        return Reply(
            f"{describe_time(turn.local(state.chosen['start']))} it is. "  # type: ignore[index]
            "What is the reason for the visit?"
        )
    return _propose(turn)


async def _handle_slots(turn: Turn) -> Reply | None:
    """A message while options are on the table: a pick, "later", or a new day."""
    state = turn.state
    picked = _pick_offered(turn)
    if picked is not None:
        state.chosen, state.pending = picked, None
        return await _after_choice(turn)
    if nlu.wants_later(turn.text) and state.offered:
        state.not_before, state.before = state.offered[-1]["start"], None
        _absorb_when(turn)
        return await offer(turn)
    if nlu.wants_earlier(turn.text) and state.offered:
        state.not_before, state.after = None, None
        state.before = minutes_of(turn.local(state.offered[0]["start"]))
        return await offer(turn)
    return None


def _asks_change(turn: Turn) -> bool:
    when = parse_when(turn.text, turn.now)
    return (
        when.day is not None
        or when.has_time
        or clock_time(turn.text) is not None
        or nlu.wants_later(turn.text)
        or nlu.wants_earlier(turn.text)
        or nlu.choice_index(turn.text, len(turn.state.offered)) is not None
    )


async def _steps(turn: Turn) -> Reply:
    state = turn.state
    answered = nlu.is_yes(turn.text) or nlu.is_no(turn.text)
    if state.awaiting == "confirmation" and state.pending is not None and answered:
        if not _asks_change(turn):
            return await confirm(turn, _declined, _taken)
        # "yes, but at 10:00" / "no, Thursday instead": the change, not the answer.
        state.pending, state.chosen = None, None
    if state.awaiting == "reason" and state.chosen is not None:
        state.reason = turn.text.strip()[:500]
        return _propose(turn)
    if state.awaiting in ("slot_choice", "confirmation") and state.offered:
        handled = await _handle_slots(turn)
        if handled is not None:
            return handled
    changed = _absorb_when(turn)
    await _absorb_who(turn)
    if state.reason is None and state.flow != "reschedule":
        state.reason = nlu.reason_in(turn.text)
    if state.specialty is None and state.practitioner_id is None:
        state.awaiting = "specialty"
        return await _ask_specialty(turn)
    if state.day is None:
        state.awaiting = "date"
        verb = "move it to" if state.flow == "reschedule" else "come in"
        return Reply(
            f"What day would you like to {verb}? For example \u201cnext Tuesday morning\u201d "
            "or \u201ctomorrow after 3\u201d."
        )
    if state.awaiting in ("slot_choice", "confirmation") and not changed and state.offered:
        return Reply(
            "Sorry, I didn't catch which one. Say \u201cthe first\u201d, \u201cthe second\u201d "
            "or \u201cthe third\u201d, a time such as 10:30, or ask for another day."
        )
    return await offer(turn)


async def _ask_specialty(turn: Turn) -> Reply:
    practitioners = await _practitioners(turn)
    by_specialty: dict[str, list[str]] = {}
    for p in practitioners:
        by_specialty.setdefault(p["specialty"], []).append(p["name"])
    listing = "; ".join(f"{s} ({', '.join(n)})" for s, n in sorted(by_specialty.items()))
    return Reply(f"Which kind of appointment do you need? We have: {listing}.")


async def handle_book(turn: Turn) -> Reply:
    return await _steps(turn)


async def handle_reschedule(turn: Turn) -> Reply:
    state = turn.state
    if state.appointment is None:
        picked = await pick_appointment(turn, verb="reschedule")
        if isinstance(picked, Reply):
            return picked
        state.appointment = picked
        state.practitioner_id = picked["practitioner_id"]
        state.practitioner_name = picked["practitioner_name"]
        state.specialty = picked["specialty"]
        state.awaiting = None
    return await _steps(turn)
