"""Emergencies of medicines and substances, worded afresh in English and Spanish: an opioid
on board with the breathing or waking slowed; naloxone given; a small child who got at a
medicine one dose of which can kill; a shelf medicine taken to get high with its toxic
signs; serotonin syndrome; an erection that has lasted hours and hurts; a sight lost with a
curtain told with a negation; a caustic in the eye; a limb gone useless with odd speech.
Beside them the routine look-alikes."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from tests.safety.rules import assert_emergency, assert_not_verdict


@pytest.mark.parametrize(
    "text",
    [
        "first night on her fentanyl patch, breathing like 5 times a minute",
        "my roommate relapsed, i gave him narcan and he's sort of awake",
        "le dimos naloxona a mi hermano hace 5 minutos",
        "mi niño de 2 años se tomó la metadona, ahorita está bien",
        "took a lot of dramamine to trip, now seeing things, heart pounding",
        "on sertraline and started tramadol, muscles twitching on their own and a fever",
        "tomo sertralina y me dieron tramadol, tengo temblores y el corazón a mil, fiebre",
        "erection for like 6 hours now after my new med and it really hurts",
        "tengo una erección desde hace cinco horas y me duele mucho",
        "no veo nada del ojo derecho, como una sombra negra que baja",
        "got oven degreaser in my eye at work, burning",
        "her left arm has been kind of weak for an hour and her words come out funny",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to take my methadone dose earlier on clinic days?",
        "how do i use narcan? want to carry it for my brother",
        "my 4 year old asked what my methadone is for",
        "took benadryl for my allergies, a bit sleepy",
        "on sertraline, is it ok to take tramadol for my back?",
        "erection problems for months, is there a pill?",
        "i use degreaser at the truck wash, which goggles are best?",
    ],
)
def test_the_look_alike_is_not_an_emergency(text: str) -> None:
    assert_not_verdict(text, Category.EMERGENCY)
