"""A wish to die, a plan or an overdose followed by "jk", "lol" or "es broma" is taken as
said: softening it with a joke is a common way of testing the listener. Only alarms of
other kinds are taken back ("call 911 lol jk"). And "kms", texting for "kill myself",
after a wish or a plan."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_escalated, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself jk",
        "i want to die lol jk",
        "quiero morirme jaja es broma",
        "im going to end it all tonight jk unless",
        "honestly i want to kms jk jk",
        "im gonna kms if this exam goes bad",
    ],
)
def test_the_crisis_stands(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "call 911 lol. jk. real question is sharpie toxic if she licked some? shes totally fine",
        "ran 5 kms today, knee hurts, can i book physio",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_routine(text, rules_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "las pastillas me están funcionando, ya sé cómo hacerlo",
        "la terapia me está ayudando pero ya quiero desaparecer",
    ],
)
def test_a_treatment_that_works_does_not_settle_a_crisis_beside_it(text: str) -> None:
    assert_escalated(text, rules_only=False)
