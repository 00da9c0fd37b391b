"""Families the rules had left to the learned backstop, now read by the rules themselves: a
child at an opened container of someone's pills, oxygen under 90 % or breathing that looks
like drowning, an eyelid swollen shut over an eye that will not move, a cord bitten
through, a swollen leg and then the lungs, a birth in the last weeks with a headache, an
infection with someone who no longer recognises anyone, jerking that will not stop,
nothing passed at either end, and crisis talk said in other words. English and Spanish,
worded afresh, with the everyday messages that share their words."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_emergency, assert_routine


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "my son got into his grandpa's open bottle of heart pills, not sure how many are "
            "missing",
            "overdose_poisoning",
        ),
        (
            "mi nena abrió el frasco de las vitaminas con hierro y faltan varias",
            "overdose_poisoning",
        ),
        ("my toddler drank some of the floor cleaner", "overdose_poisoning"),
        ("mi hijo se tomó el desinfectante del baño", "overdose_poisoning"),
        (
            "can't feel anything between my legs since this morning and i can't pee at all",
            "spinal",
        ),
        (
            "our furnace has been acting up and everyone in the house has a headache and feels "
            "sick",
            "carbon_monoxide",
        ),
        ("her pulse ox says 84% and she's breathing really hard", "breathing"),
        ("mi abuelo tiene la saturación en 86% y está muy agitado", "breathing"),
        ("my dad is breathing like he's drowning", "breathing"),
        ("la niña respira con toda la panza y se le oye un quejido", "breathing"),
        ("no puede ni hablar, está muy ahogado", "breathing"),
        ("her eye is swollen shut and it hurts her to move her eye, temp 101", "eye_infection"),
        ("a mi hijo se le hinchó el párpado y no puede mover el ojo", "eye_infection"),
        ("my daughter chewed through the lamp cord and has a burn on her lip", "burn"),
        ("my calf is swollen and hot and my heart is racing", "clot"),
        ("siento como un peso sobre el pecho y estoy sudando", "cardiac"),
        (
            "my wife had her baby last week and now has a terrible headache and sees spots",
            "obstetric",
        ),
        (
            "nació mi bebé hace 10 días y tengo un dolor de cabeza muy fuerte y veo lucecitas",
            "obstetric",
        ),
        ("mi papá tiene infección de orina y ya no nos reconoce", "sepsis"),
        ("my grandma has a UTI and doesn't recognize anyone today", "sepsis"),
        ("her arm has been twitching for 15 minutes and won't stop", "seizure"),
        ("su brazo se sacude desde hace diez minutos y no para", "seizure"),
        (
            "nothing has come out the other end in three days, I keep throwing up and my belly is "
            "swollen",
            "abdominal",
        ),
    ],
)
def test_emergencies_the_rules_now_read(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)


@pytest.mark.parametrize(
    "text",
    [
        "i'm not gonna be around much longer, i just wanted to say thanks",
        "my brother said he's going to shoot himself and he has a rifle",
        "mi hermano dijo que se va a aventar del puente",
        "cancelen mis citas, no voy a estar aquí",
    ],
)
def test_crisis_talk_the_rules_now_read(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son opened a bottle of vitamins but they're all there, i counted",
        "my butt goes numb on long drives, any tips for sitting?",
        "our heater is broken and the house is cold, can i reschedule?",
        "my oxygen was 97% at the last visit, is that good?",
        "battery at 80% on my glucose monitor, how long does it last?",
        "i'm drowning in paperwork for my insurance, can you help?",
        "estoy ahogado de trabajo, ¿puedo cambiar mi cita?",
        "my eye is a little puffy from allergies, can I use eye drops?",
        "se me hinchó un poquito el párpado por la alergia, ¿qué gotas uso?",
        "my dog chewed the charger cord, do you know a vet?",
        "my legs are swollen from standing all day at work, should I wear compression socks?",
        "i had my baby's checkup yesterday, she's gaining well",
        "had my baby in for shots today, is a low fever normal after?",
        "my eyelid has been twitching for ten minutes, is that stress?",
        "my leg has been shaking for 10 minutes because i'm nervous about the appointment",
        "haven't pooped in two days, any tips for constipation?",
        "i won't be around for the 3pm slot, can we do 4pm?",
        "me voy a colgar el abrigo y salgo para la cita",
    ],
)
def test_their_near_misses_do_not_escalate(text: str) -> None:
    assert_routine(text)
