"""Emergencies told as their signs, each worded afresh in English and Spanish: waters broken
or leaking before term, a blow to a pregnant belly followed by a hard belly, spotting or
cramps, a button battery swallowed, a limb gone cold and pale with pain, a testicle hurting
with vomiting, a blood result called about with an order to go to the emergency department
or a potassium that makes the heart skip, urine that will not come with a swollen bladder,
skin peeling with blisters on a drug, sight lost in one eye overnight, an armed person who
threatens or holds someone in, an old person dried out to confusion; beside the
look-alikes that stay routine."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # Waters broken or leaking in a pregnancy.
        "I'm 31 weeks and I think my waters have broken, fluid keeps trickling down",
        "tengo 33 semanas y creo que rompí la bolsa, estoy soltando agua clara",
        "32 weeks along and leaking clear fluid since this morning",
        # A blow to a pregnant belly, then spotting, a hard belly or cramps.
        "I'm 6 months pregnant, slipped on the ice and fell on my belly, now I'm spotting",
        "estoy embarazada de 30 semanas, me chocaron en el carro y la panza está dura y me duele",
        "I'm 5 months pregnant and tripped and fell on my stomach, now having cramps",
        # A button battery swallowed, or maybe swallowed.
        "my daughter is 2 and put a tiny flat round battery from the thermometer in her mouth "
        "and now it's gone",
        "mi hijo de 2 años tenía en la boca una pila del control de la tele y ya no la encuentro",
        "my toddler had a watch battery in his mouth and now I can't find it, think he "
        "swallowed it",
        # A limb gone cold and pale, with pain or numbness.
        "my right leg went cold and pale out of nowhere and it really hurts, I have afib",
        "de repente se me puso la pierna fría y pálida y no siento los dedos",
        # A testicle hurting, however it is named, with vomiting.
        "my right nut is killing me and I threw up twice",
        "my boyfriend's left nut hurts so much he's puking",
        # A blood result called about with an order to go in, or a potassium with the heart.
        "the lab called and said my potassium is 6.5 and I need to go to the ER tonight",
        "me llamaron del laboratorio, el sodio salió muy bajo y me dijeron que fuera a urgencias",
        "my potassium came back at 7.1 and my heart keeps skipping",
        # Urine that will not come, with a swollen bladder or severe pain.
        "haven't been able to pee since last night, my bladder is swollen and the pain is "
        "unbearable",
        "mi papá no puede orinar desde ayer y tiene la vejiga hinchada y dura",
        # Skin peeling with blisters, with sores or a drug that strips the skin.
        "I'm on bactrim and my skin started peeling with big blisters",
        "my skin is peeling and blistering and I have sores in my mouth and eyes",
        "me empezó a pelar la piel con ampollas y tengo llagas en los labios",
        # Sight lost in one eye overnight or all at once.
        "de repente no veo nada de un ojo",
        "amaneció casi sin ver del ojo derecho",
        # Someone armed who threatens or will not let the writer leave.
        "my husband is high and holding a knife, he won't let me leave the bedroom",
        "mi hermano tiene una pistola y dice que nos va a matar",
        # An old person days without water and confused.
        "mi abuela lleva tres días sin tomar agua y está confundida",
        "my nan hasn't had anything to drink for three days and she's not making sense",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sunburn from the beach is peeling and has a few blisters",
        "new shoes gave me blisters and the skin is peeling on my heel",
        "what battery does my car key remote take?",
        "I replaced the button battery in the kitchen scale",
        "my feet are always cold, is that circulation?",
        "my potassium was 5.1, the doctor said to eat fewer bananas",
        "lab results came back normal, nurse said no need to go in",
        "haven't peed much today, been drinking coffee",
        "it hurts a bit when I pee, could it be a UTI?",
        "my left ball aches after cycling, no swelling",
        "estoy embarazada de 7 meses, me dio un poco de manchado después de la revisión",
        "8 months pregnant, got rear ended last week, got checked and all fine, just want a note "
        "for work",
        "I'm cutting onions with a knife and my husband won't let me leave the kitchen until "
        "dinner's done lol",
        "my brother keeps his gun in a safe, is that ok with kids?",
        "mi abuelo lleva dos días sin comer pero toma agua y está bien",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_routine(text)
