"""Rounds 42 and 43's families, in English and Spanish: an eye struck with something
sticking out of it or its pupil pulled out of shape; a painful red eye losing its sight
days after an eye operation or injection; skin peeling "se está pelando" with blisters
after a new drug; a shelf medicine taken "to try to get high" with things seen or a
racing heart; crises of belongings given away told with a word before them, and of life
itself not to be gone on with beside "I'm done", even after a treatment said not to work.
Settled: a suicide prevention assembly, a bill that "will give me a heart attack" told
cause first, "what counts as" and "is it true you can" questions, "call 911 if" quoted
from instructions, a chest hit that hurts to the touch, and a past ER visit for a first
seizure followed up. Beside each settled one, a real sign told in the same message."""

from __future__ import annotations

import pytest

from tests.safety.rules import (
    assert_crisis,
    assert_emergency,
    assert_escalated,
    assert_routine,
)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("a wood chip flew into my eye and there's a splinter stuck in the eye", "eye_emergency"),
        ("he got poked in the eye with a stick and his pupil looks misshapen", "eye_emergency"),
        ("me saltó un pedazo de metal al ojo y la pupila se ve como una lágrima", "eye_emergency"),
        (
            "got an eylea shot 2 days ago, my eye hurts badly and my vision is going dark",
            "eye_emergency",
        ),
        (
            "me operaron de la catarata el lunes, hoy me duele mucho el ojo y casi no veo",
            "eye_emergency",
        ),
        (
            "i'm on bactrim for a uti, my skin is peeling off and there are blisters",
            "skin_sloughing",
        ),
        (
            "empezó lamotrigina y ahora tiene ampollas y la piel se le está cayendo",
            "skin_sloughing",
        ),
    ],
)
def test_eyes_and_skin_are_read_by_the_rules(text: str, subtype: str) -> None:
    assert_emergency(text, fired=subtype)


@pytest.mark.parametrize(
    "text",
    [
        "drank a bunch of cough syrup to try and get high, now he's seeing spiders everywhere",
        "my friend took a lot of dramamine to try to trip and his heart is racing",
    ],
)
def test_a_shelf_medicine_taken_to_get_high_is_read(text: str) -> None:
    assert_emergency(text, subtype="overdose_poisoning")


@pytest.mark.parametrize(
    "text",
    [
        "gave my whole sneaker collection... gave away my favorite stuff to my cousin, won't "
        "need it after tonight",
        "I'm done. not going to keep living like this",
        "if the new treatment doesn't work I give up, I'm not going to keep living",
        "si esta pastilla no funciona me rindo, no voy a seguir viviendo así",
        "if the surgery doesn't help i'm going to kill myself",
    ],
)
def test_the_crisis_is_read_by_the_rules(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm done with this apartment, not going to keep living with roommates",
        "not going to keep living paycheck to paycheck, I need a better job",
        "my son was in the suicide prevention program at school, what do they teach?",
        "el seguro me va a dar un infarto, ¿a quién le pregunto por el reembolso?",
        "what counts as a high fever for a toddler? just curious",
        "is it true you can have a stroke without a headache? my aunt said so",
        "the leaflet says to call 911 if the swelling spreads, is that usual after a bee sting?",
        "my son took a baseball to the chest, it's bruised and hurts to touch, he's breathing "
        "fine and playing",
        "following up on her ER visit in March for her first seizure, can you send the records "
        "to neurology?",
        "the bill is going to give me a heart attack lol, who do I talk to about it",
    ],
)
def test_the_settled_look_alikes_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son was in the suicide prevention program at school and now he says he wants to die",
        "el seguro me va a dar un infarto, y ahora tengo un dolor de pecho muy fuerte que me "
        "baja al brazo",
        "what counts as a high fever? my 3 week old is 38.6",
        "the leaflet says to call 911 if the swelling spreads, and now her throat is closing",
        "my son took a baseball to the chest, it hurts to touch, and now he collapsed and isn't "
        "breathing",
        "following up on her ER visit in March for her first seizure, she's seizing again right "
        "now",
        "the bill is going to give me a heart attack lol jk but i really want to kill myself",
        "what counts as a fever lol? my 2 week old is 38.5",
    ],
)
def test_a_real_sign_beside_the_settled_one_still_escalates(text: str) -> None:
    assert_escalated(text, rules_only=False)
