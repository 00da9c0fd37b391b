"""Breathing that has stopped, in the tenses a Spanish-speaking witness uses, is an
emergency; breathing that pauses in an adult's sleep, named as apnoea, is a question for
the sleep clinic unless something grave is told beside it."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "message",
    [
        "mi papá dejó de respirar hace un momento",
        "mi esposo paró de respirar, ayúdenme",
        "la bebé no está respirando",
        "se quedó sin aire y se está poniendo morado",
        "mi mamá está en hospicio y se ve en paz, pero dejó de respirar hace unos minutos",
    ],
)
def test_breathing_stopped_in_spanish_is_an_emergency(message: str) -> None:
    assert_emergency(message, subtype="breathing")


@pytest.mark.parametrize(
    "message",
    [
        "my husband snores and stops breathing at night, can he get a sleep study",
        "sometimes i stop breathing in my sleep, my wife says i snore, when is my sleep study",
        "mi esposo ronca y para de respirar en la noche, quiere un estudio del sueño",
        "qué hago si mi bebé deja de respirar",
        "el año pasado mi papá dejó de respirar y lo reanimaron, ahora quiere una cita",
    ],
)
def test_pauses_named_as_apnea_and_breathing_stopped_long_ago_stay_routine(message: str) -> None:
    assert_routine(message)


@pytest.mark.parametrize(
    "message",
    [
        # The same sleep with something grave beside it, or a baby.
        "my husband snores and stops breathing, his lips are blue",
        "my baby stops breathing in his sleep and snores",
        "mi papá tiene apnea y paró de respirar, está morado",
    ],
)
def test_apnea_with_a_grave_sign_or_in_a_baby_is_still_an_emergency(message: str) -> None:
    assert_emergency(message)
