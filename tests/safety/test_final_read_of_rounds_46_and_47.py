"""Look-alikes of the revision on rounds 46 and 47, read once more beside real signs: what
a family was told to watch for that has now come, breathing told as stopped with the
breathing named first (on hospice too), and an opioid given several doses too many."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "message",
    [
        "the discharge papers say to watch for sepsis, he has a fever of 104 and is shaking",
        "the nurse told us to look out for sepsis and now he has a fever and chills",
    ],
)
def test_what_was_to_be_watched_for_has_come(message: str) -> None:
    assert_emergency(message)


@pytest.mark.parametrize(
    "message",
    [
        "the papers say to watch for sepsis with his catheter, what are the signs? he's fine, "
        "no fever",
        "nos dijeron que vigiláramos si le da infección, se siente bien y no tiene fiebre",
    ],
)
def test_what_to_watch_for_with_nothing_come_stays_routine(message: str) -> None:
    assert_routine(message)


@pytest.mark.parametrize(
    "message",
    [
        "her breathing stopped and hasn't started again",
        "my mom is on hospice, comfortable, and her breathing stopped a minute ago",
        "su respiración se detuvo de repente",
    ],
)
def test_breathing_named_first_then_stopped_is_an_emergency(message: str) -> None:
    assert_emergency(message, subtype="breathing")


def test_shortness_of_breath_that_stopped_is_not_breathing_stopped() -> None:
    assert_routine("my shortness of breath stopped after the inhaler")


@pytest.mark.parametrize(
    "message",
    [
        "i gave him 4 extra doses of morphine by mistake",
        "grandpa is on comfort care, peaceful, but i gave him 4 extra doses of morphine",
        "le di tres dosis de más de morfina a mi papá",
    ],
)
def test_several_doses_of_an_opioid_too_many_is_an_emergency(message: str) -> None:
    assert_emergency(message, subtype="overdose_poisoning")


@pytest.mark.parametrize(
    "message",
    [
        "the doctor doubled his oxycodone dose last month and it's helping",
        "can i give him extra doses of morphine when the pain is bad",
        "i took 2 extra tylenol for my headache",
    ],
)
def test_a_dose_changed_or_asked_about_stays_routine(message: str) -> None:
    assert_routine(message)
