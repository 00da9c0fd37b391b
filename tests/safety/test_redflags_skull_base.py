"""A broken base of the skull shows as a bruise behind an ear or around both eyes, often
hours after a fall when nothing else does, or as blood from an ear; the fall is often
dated ("after the fall"), which alone reads as over."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "message",
    [
        "my dad fell yesterday and today there is a big bruise behind his left ear",
        "after the fall he has bruising behind his ear",
        "ever since the accident his eyes look like raccoon eyes, dark all around",
        "she hit her head on the door frame and now she has two black eyes",
        "mi abuela se cayó ayer y hoy tiene un moretón detrás de la oreja",
        "después de la caída le salió un morado detrás de la oreja",
        "se cayó de la cama y ahora tiene ojos de mapache",
    ],
)
def test_a_bruise_behind_the_ear_or_both_eyes_after_a_blow_is_an_emergency(message: str) -> None:
    assert_emergency(message, subtype="head_injury")


@pytest.mark.parametrize(
    "message",
    [
        # No blow or fall: make-up, a piercing, sleep.
        "i had raccoon eyes from my mascara after crying at the wedding lol",
        "my piercing behind my ear is bruised after i fell asleep on it",
        # Over, denied, or asked about.
        "he fell two months ago and had a bruise behind his ear back then, all healed",
        "no bruising behind his ear after the fall, he is acting normal",
        "what does a bruise behind the ear after a fall mean?",
    ],
)
def test_the_same_words_without_a_fresh_blow_stay_routine(message: str) -> None:
    assert_routine(message)


@pytest.mark.parametrize(
    "message",
    [
        "she fell, didn't hit her head, walking fine, but there's blood coming from her ear",
        "grandpa tripped on the rug and now there is blood dripping from his left ear",
        "se cayó en el baño y le sale sangre del oído",
    ],
)
def test_blood_from_an_ear_after_any_fall_is_an_emergency(message: str) -> None:
    assert_emergency(message, subtype="head_injury")


@pytest.mark.parametrize(
    "message",
    [
        "i fell asleep with my earbuds in and there's blood coming from my ear, it's itchy",
        "he fell last month and had blood from his ear, now he's fine and wants a follow up",
        "no blood from her ear after the fall, just a bruised knee",
    ],
)
def test_blood_from_an_ear_without_a_fresh_fall_stays_routine(message: str) -> None:
    assert_routine(message)
