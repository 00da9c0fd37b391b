"""Thinking of taking all of an opioid, one's own or a relative's from the hospice kit, is
a crisis; taking the pills somewhere (the take-back, a trip, the lockbox) is carrying them."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_routine


@pytest.mark.parametrize(
    "message",
    [
        "i'm thinking of taking all his morphine myself",
        "i keep thinking about swallowing all of dad's oxycodone",
        "some nights i think about taking all my methadone",
        "i'm taking all my pills to end it",
        "i'm taking all my pills with vodka tonight",
    ],
)
def test_all_of_an_opioid_or_of_the_pills_is_a_crisis(message: str) -> None:
    assert_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "i'm taking all his pills to the pharmacy take-back",
        "i'm taking all his pills with me on the trip so he has them",
        "taking all of mom's pills back to the pharmacy after she passed",
        "taking all his morphine into the lockbox like the nurse said",
        "should i take all my oxycodone at once in the morning or split it",
    ],
)
def test_pills_carried_somewhere_or_a_schedule_stay_routine(message: str) -> None:
    assert_routine(message)
