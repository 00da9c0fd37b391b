"""Emergencies told without their usual words, in English and Spanish: a heart attack
without chest pain (a jaw or an arm with a cold sweat; in an older or diabetic person,
weakness come on at once with a sweat and sickness or breathlessness), a head hurt
in a fall told by clear fluid from the nose or by confusion after a fall without a
helmet, sepsis on chemotherapy with no fever taken, and a missed dialysis session with the
heart or the legs failing. Beside each, the everyday message that shares its words."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # A referred ache with a cold sweat.
        "me duele el brazo izquierdo y tengo sudor frío desde hace rato",
        "a mi abuelo le duele la quijada y está sudando frío",
        "my husband's left arm hurts and he broke out in a cold sweat",
        # An older or diabetic person, weak all at once, sweating, sick or breathless.
        "mi abuela es diabética y de pronto se siente débil, sudada y con náuseas",
        "my diabetic mom is all of a sudden weak, clammy and out of breath",
        "mi papá de 81 años de repente está débil, sudando y le falta el aire",
        # Clear fluid from the nose or an ear after a fall or a blow.
        "fell off his skateboard and now clear watery stuff is dripping out of his nose",
        "se cayó de la bici y le escurre agua transparente por la nariz",
        "se cayó del caballo y le sale un poquito de líquido por el oído",
        # Confused after a fall or a crash without a helmet.
        "she came off her scooter with no helmet and she's disoriented",
        "se cayó de la escalera sin casco y está confundido",
        # On chemotherapy, sepsis without a fever taken: confusion, mottling, rigors.
        "my dad had chemo last week and he is suddenly disoriented and shaking",
        "mi mamá está en quimio y de repente está confundida y con la piel moteada",
        "mi esposo recibe quimioterapia y tiene escalofríos muy fuertes",
        "she's on chemo and her legs look mottled",
        # A dialysis session missed, with the heart or the legs failing.
        "my dad is on dialysis, skipped his session yesterday and now his heart is fluttering",
        "mi mamá está en hemodiálisis, no fue a su tratamiento el viernes y está muy débil",
        "he missed dialysis on monday and his legs wont move right",
    ],
)
def test_an_emergency_told_without_its_usual_words_escalates(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # A sore arm after effort, a sweat from a fever, weakness for weeks.
        "my 70 year old mom is weak from the flu and sweaty with fever, should she get paxlovid",
        "mi abuelo de 80 años está débil desde hace semanas, suda de noche, le pueden ver?",
        "my grandpa is diabetic and needs his a1c checked, when can he come in",
        # Fluid that is not from a blow; a helmet without a fall.
        "my nose runs clear fluid all day with allergies",
        "i ride without a helmet, is that confusing for insurance?",
        "fui en la moto sin casco y me multaron, estoy confundido con la multa",
        # Chemotherapy beside a muddle or a rash.
        "my mom finished chemo, confused about which forms to bring",
        "chemo made my skin blotchy, any lotion?",
        "mi tía está en quimio y está confundida con los horarios de las citas",
        # A missed session to rebook; a racing heart with no session missed.
        "my mom missed her dialysis session, can we reschedule it for thursday?",
        "he is on dialysis and his heart was racing after coffee, he never missed a session",
    ],
)
def test_the_everyday_message_beside_it_does_not_escalate(text: str) -> None:
    assert_routine(text)
