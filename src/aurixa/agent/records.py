"""Cancellation, refills, insurance questions and the appointment list."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from aurixa.agent import nlu
from aurixa.agent.dates import describe_day, parse_when
from aurixa.agent.dialogue import Reply, Turn, confirm

SERVICE_LABELS = {
    "primary_care": "primary care visits",
    "specialist": "specialist visits",
    "lab": "lab tests",
    "imaging": "imaging (X-ray, MRI, CT, ultrasound)",
    "physical_therapy": "physical therapy",
    "mental_health": "mental health visits",
    "telehealth": "telehealth visits",
}


def _appointment_line(turn: Turn, a: dict[str, Any]) -> str:
    return f"{turn.when(a['start'])} with {a['practitioner_name']} ({a['specialty']})"


# "move it to Friday" names where to, not which appointment.
TARGET_DAY = re.compile(
    r"\b(to|until|till)\s+(next |this |the )?(mon|tue|wed|thu|fri|sat|sun|tomorrow|today"
    r"|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next week)"
)


def _match_appointments(turn: Turn, appts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    day = parse_when(turn.text, turn.now).day
    moving_to = turn.state.flow == "reschedule" and TARGET_DAY.search(nlu.lower(turn.text))
    if day is not None and not moving_to:
        same_day = [a for a in appts if turn.local(a["start"]).date() == day]
        if same_day:
            turn.date_used = True
            return same_day
    named = [
        a
        for a in appts
        if nlu.name_matches(turn.text, a["practitioner_name"])
        or a["specialty"].lower() in nlu.lower(turn.text)
    ]
    return named or appts


async def pick_appointment(turn: Turn, *, verb: str) -> dict[str, Any] | Reply:
    """The one upcoming appointment the patient means, or a question back."""
    state = turn.state
    if state.awaiting == "appointment_choice" and state.options:
        index = nlu.choice_index(turn.text, len(state.options))
        chosen = [state.options[index]] if index is not None else []
        chosen = chosen or [
            a for a in _match_appointments(turn, state.options) if len(state.options) > 1
        ]
        if len(chosen) == 1:
            state.options = []
            return chosen[0]
    result = await turn.tools.run("get_appointments")
    appts: list[dict[str, Any]] = result["appointments"]
    if not appts:
        return turn.finish(f"You have no upcoming appointments to {verb}.")
    asked_before = state.awaiting == "appointment_choice"
    candidates = _match_appointments(turn, appts)
    if len(candidates) == 1:
        return candidates[0]
    state.options = candidates
    state.awaiting = "appointment_choice"
    lines = "\n".join(f"{n}. {_appointment_line(turn, a)}" for n, a in enumerate(candidates, 1))
    head = "Sorry, I didn't catch which one. " if asked_before else ""
    return Reply(
        f"{head}You have these upcoming appointments:\n{lines}\nWhich one should I {verb}? "
        "You can say \u201cthe first\u201d, \u201cthe second\u201d, or the day."
    )


def _kept(turn: Turn) -> Reply:
    appointment = turn.state.appointment or {}
    when = turn.when(appointment["start"]) if appointment else "its time"
    return turn.finish(f"Okay, I've kept your appointment on {when}. Nothing was changed.")


async def _no_retry(turn: Turn) -> Reply:
    return turn.finish("That appointment could not be cancelled. Nothing was changed.")


async def handle_cancel(turn: Turn) -> Reply:
    state = turn.state
    if state.awaiting == "confirmation" and state.pending is not None:
        return await confirm(turn, _kept, _no_retry)
    picked = await pick_appointment(turn, verb="cancel")
    if isinstance(picked, Reply):
        return picked
    state.appointment = picked
    summary = f"cancel your appointment on {_appointment_line(turn, picked)}"
    return turn.propose(
        "cancel_appointment",
        {
            "appointment_id": picked["id"],
            "reason": "Cancelled by the patient with the assistant",
        },
        summary,
        f"Shall I {summary}?",
    )


async def handle_appointments(turn: Turn) -> Reply:
    result = await turn.tools.run("get_appointments")
    appts = result["appointments"]
    if not appts:
        return turn.finish("You have no upcoming appointments. Would you like to book one?")
    lines = "\n".join(f"- {_appointment_line(turn, a)}" for a in appts)
    return turn.finish(f"Your upcoming appointments:\n{lines}")


def _rx_status(turn: Turn, rx: dict[str, Any]) -> str:
    if rx.get("refill_pending"):
        return "a refill is already being processed"
    if rx["refillable"]:
        left = rx["refills_remaining"]
        return f"{left} refill{'s' if left != 1 else ''} left"
    if rx["validity_end"] and date.fromisoformat(rx["validity_end"]) < turn.now.date():
        return f"expired on {describe_day(date.fromisoformat(rx['validity_end']))}"
    if rx["status"] != "active":
        return str(rx["status"])
    return "no refills left"


def _refusal(turn: Turn, rx: dict[str, Any]) -> Reply:
    status = _rx_status(turn, rx)
    drug = nlu.drug_name(rx["medication"])
    nurse = turn.contact("nurse_line", "the nurse line")
    if rx.get("refill_pending"):
        text = (
            f"A refill of {drug} has already been requested and is being "
            f"processed, so I haven't sent another. If it's urgent, please call {nurse}."
        )
    elif status.startswith("expired"):
        text = (
            f"I can't request a refill of {drug}: the prescription {status}. "
            "An expired prescription needs a new one from your prescriber. I can book you an "
            f"appointment if you'd like, or you can call {nurse}."
        )
    elif status == "no refills left":
        text = (
            f"I can't request a refill of {drug}: there are no refills left on it. "
            "Your prescriber needs to renew it. I can book you an appointment if you'd like, "
            f"or you can call {nurse}."
        )
    else:
        text = (
            f"I can't request a refill of {drug}: the prescription is {status}. "
            f"Please contact your prescriber or call {nurse}."
        )
    return turn.finish(text)


def _declined_refill(turn: Turn) -> Reply:
    return turn.finish("Okay, I haven't requested a refill. Nothing was changed.")


async def _refill_conflict(turn: Turn) -> Reply:
    return turn.finish("That prescription can no longer be refilled. Nothing was changed.")


def _pick_rx(turn: Turn, rxs: list[dict[str, Any]]) -> dict[str, Any] | None:
    state = turn.state
    if state.awaiting == "prescription_choice":
        index = nlu.choice_index(turn.text, len(rxs))
        if index is not None:
            return rxs[index]
    named = [rx for rx in rxs if nlu.name_matches(turn.text, rx["medication"])]
    if len(named) == 1:
        return named[0]
    return rxs[0] if len(rxs) == 1 else None


async def handle_refill(turn: Turn) -> Reply:
    state = turn.state
    if state.awaiting == "confirmation" and state.pending is not None:
        return await confirm(turn, _declined_refill, _refill_conflict)
    result = await turn.tools.run("list_prescriptions")
    rxs: list[dict[str, Any]] = result["prescriptions"]
    if not rxs:
        return turn.finish(
            "I don't see any prescriptions on file for you, so there is nothing to refill. "
            f"Please call {turn.contact('nurse_line', 'the nurse line')} if that seems wrong."
        )
    rx = _pick_rx(turn, rxs)
    if rx is None:
        state.awaiting = "prescription_choice"
        lines = "\n".join(
            f"{n}. {nlu.drug_name(p['medication'])}: {_rx_status(turn, p)}"
            for n, p in enumerate(rxs, 1)
        )
        return Reply(f"Your prescriptions:\n{lines}\nWhich one would you like refilled?")
    if not rx["refillable"]:
        return _refusal(turn, rx)
    left = rx["refills_remaining"]
    summary = f"request a refill of {nlu.drug_name(rx['medication'])}"
    return turn.propose(
        "request_prescription_refill",
        {"prescription_id": rx["id"]},
        summary,
        f"Shall I {summary}? It has {left} refill{'s' if left != 1 else ''} left.",
    )


def _money(value: float | None) -> str:
    return "no copay" if not value else f"a ${value:.2f} copay"


async def handle_insurance(turn: Turn) -> Reply:
    service_type = nlu.service_type_in(turn.text) or turn.state.specialty
    params = {"service_type": service_type} if service_type in SERVICE_LABELS else {}
    result = await turn.tools.run("check_insurance", params)
    coverages = result["coverages"]
    billing = turn.contact("billing_phone", "billing")
    if not coverages:
        return turn.finish(
            "I don't have any insurance on file for you. Please bring your insurance card to "
            f"your next visit or call {billing} to add it."
        )
    if not result["active"]:
        c = coverages[-1]
        why = "was cancelled" if c["status"] != "active" else "is not active"
        if c["status"] == "active" and c["period_end"]:
            why = f"ended on {describe_day(date.fromisoformat(c['period_end']))}"
        return turn.finish(
            f"Your coverage with {c['payor']} ({c['plan_name']}) {why}, so I can't confirm "
            f"that anything is covered. If you have new insurance, please call {billing} "
            "or bring your card to your next visit so we can update your record."
        )
    plan = next(c for c in coverages if c["active"])
    head = f"Your {plan['plan_name']} plan with {plan['payor']} is active"
    service = result["service"]
    if service is None:
        return turn.finish(
            f"{head} (member ID {plan['subscriber_id']}). Primary care visits have "
            f"{_money(plan['copay_primary_care'])} and specialist visits "
            f"{_money(plan['copay_specialist'])}. Ask me about a specific service, for "
            "example \u201cis imaging covered?\u201d"
        )
    label = SERVICE_LABELS[service["service_type"]]
    if not service["covered"]:
        return turn.finish(
            f"{head}, but it does not cover {label}. Please call {billing} to discuss options."
        )
    extra = (
        " A prior authorization (referral) is required first."
        if service["prior_authorization"]
        else ""
    )
    return turn.finish(f"{head} and covers {label} with {_money(service['copay'])}.{extra}")
