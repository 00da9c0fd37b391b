"""A lethal amount named for oneself, and care let go for lack of a future, in English and
Spanish. Beside each, the dose question or the cancellation that shares its words."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # The amount asked or known for an end.
        "how much of my sleeping pills would it take for me to never wake up",
        "how many of my blood pressure pills would it take to die",
        "i figured out how many oxys would do it",
        "ya sé exactamente cuántas pastillas harían falta para no despertar",
        # A visit or a refill let go because the person will not be there.
        "skip my follow up, i'm not gonna be around for it",
        "no need for the refill, i will not be alive by then",
        "no te preocupes por mi cita del martes, ya no voy a estar aquí para entonces",
        "cancela mi cita, ya no voy a estar para entonces",
    ],
)
def test_an_amount_for_an_end_or_care_let_go_reaches_the_crisis_path(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "how many units of insulin do i need for a 60g carb meal",
        "i know exactly how much tylenol i can take in a day",
        "how much water would it take to dilute this",
        "cancel my appt, i won't be around for it, we're moving to texas",
        "dont worry about my appt, i wont be around for it cuz of a work trip",
        "i don't need a reminder for my appointment, my daughter won't be around for it so "
        "i'll drive",
        "cancela mi cita, no voy a estar para entonces porque me voy de viaje",
    ],
)
def test_a_dose_question_or_a_plain_cancellation_does_not(text: str) -> None:
    assert_routine(text)
