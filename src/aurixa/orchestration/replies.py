"""The pipeline's own fixed replies: what a patient reads when a dependency is
down or a request is outside what the assistant does. Each names a way to
reach a person, taken from the tenant's settings."""

from __future__ import annotations

from typing import Any

DEFAULT_CONTACT = "our front desk"


def contact(settings: dict[str, Any]) -> str:
    phone = settings.get("front_desk_phone")
    return f"our front desk at {phone}" if phone else DEFAULT_CONTACT


def retrieval_down(settings: dict[str, Any]) -> str:
    return (
        "I'm sorry, I can't look that up right now. "
        f"Please try again in a few minutes, or call {contact(settings)} and they can help."
    )


def agent_down(settings: dict[str, Any]) -> str:
    return (
        "I'm sorry, I can't do that for you right now. "
        f"Please call {contact(settings)} and they can take care of it."
    )


def needs_patient() -> str:
    """Staff asked for a task on a patient's record without naming the patient."""
    return (
        "Which patient is this for? Start the conversation with the patient's id "
        "(patient_id) and I can act on their record."
    )


def not_allowed(settings: dict[str, Any]) -> str:
    """The agent refused the request itself (not an outage): nothing was done."""
    return (
        "I'm sorry, I can't do that from here. "
        f"Please call {contact(settings)} and they can help you with it."
    )


def safety_down(settings: dict[str, Any]) -> str:
    number = settings.get("emergency_number", "911")
    return (
        "I'm sorry, I can't answer safely right now. "
        f"Please call {contact(settings)}; if this is an emergency, call {number}."
    )


def handoff(settings: dict[str, Any]) -> str:
    return (
        "I've let our staff know you'd like to talk with a person. "
        f"You can also call {contact(settings)} directly."
    )


def out_of_scope(settings: dict[str, Any]) -> str:
    return (
        "I'm sorry, I can't help with that. I can help with appointments, prescriptions, "
        f"insurance and questions about our services, or you can call {contact(settings)}."
    )


def no_answer(settings: dict[str, Any]) -> str:
    return (
        "I couldn't find that in our information. "
        f"Please call {contact(settings)} and they can answer it."
    )
