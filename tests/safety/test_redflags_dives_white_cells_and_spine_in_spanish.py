"""Emergencies left by the revision on rounds 36 and 37, worded afresh: the signs of
decompression after scuba dives, a fever on a medicine that can wipe out the white cells
(clozapine, the thyroid's blockers), and the nerves at the base of the spine squeezed told
in Spanish with a bladder that will not empty or legs that give way verb first. Beside
them the routine look-alikes: a dive planned or long past, the same medicines without a
fever, a shy bladder, legs tired after the gym."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "did two dives this morning and now my elbows ache and my hands are tingling",
        "after 3 dives yesterday my skin is blotchy and itchy and my legs feel weak",
        "went scuba diving today and flew home tonight, my knees and shoulders hurt",
        "fuimos a bucear esta mañana y ahora me duelen las articulaciones",
        "después de bucear me duelen los hombros y tengo la piel moteada",
        "my daughter is on clozapine and has a fever of 101 with a sore throat",
        "tomo metimazol para la tiroides y tengo fiebre de 39 y dolor de garganta",
        "started carbimazole last month, now fever 38.8 and mouth ulcers",
        "no siento nada en las nalgas y no puedo orinar, tengo hernia de disco",
        "tengo la entrepierna dormida y no puede orinar mi esposo, le duele la espalda",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to try scuba diving, do I need a physical first",
        "I have diabetes with numb toes, is scuba diving safe for me",
        "went diving in cozumel, my ears hurt a bit, can I use drops",
        "went diving last week, now I have the flu and feel weak",
        "my son takes clozapine, when is his next blood draw",
        "I take methimazole, can I get a refill before my trip",
        "no puedo orinar en baños públicos, me da pena, hay tratamiento?",
        "se me doblan las piernas de cansancio después del gimnasio",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_routine(text, rules_only=False)
