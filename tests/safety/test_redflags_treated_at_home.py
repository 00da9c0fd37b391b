"""Emergencies told by patients treated at home and crises told in passing, each worded
afresh in English and Spanish: preeclampsia before and after the birth, a steroid run
out, a reliever that no longer works, sight lost with a clumsy hand, cancer in the bones
with weak legs, a missed dialysis day, a fever and a hard belly after an operation, a
pressure from minutes ago in someone with an old stent, hives with a cough after a known
allergen, a drink that turned out to be antifreeze, a painless white burn; suicide named
for someone else, a farewell with a time set, a drop and a last word, a lethal amount
asked. Beside them the look-alikes that stay routine."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.reassurance import reassured
from aurixa.safety.text import Doc
from tests.safety.rules import assert_crisis, assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # Preeclampsia after the birth or late in pregnancy.
        "she delivered a week ago and her blood pressure is 172/108 with a bad headache",
        "I delivered 10 days ago and have pain under my right ribs, bp 165/105",
        "di a luz hace 6 días, la presión está en 165/112 y me duele debajo de las costillas del "
        "lado derecho",
        "36 weeks, my face and hands got really puffy since yesterday and I'm seeing sparkly spots",
        "tengo 35 semanas y un dolor de cabeza que no se me quita",
        # A steroid run out, then the body giving way.
        "my dad ran out of his prednisone last week, now he's throwing up and can barely stand",
        "se le acabó la prednisona hace 4 días y ahora vomita y está muy débil",
        # A reliever used again and again, and speech in a few words.
        "used my inhaler 8 times in the past hour and it's still not helping at all",
        "my son can only say two words at a time between breaths",
        "el inhalador lo usé varias veces y no me ayuda, solo puedo decir unas palabras",
        # Sight lost in part, with a hand or arm failing.
        "in the past half hour half of his vision went dark and his left hand is clumsy",
        "perdí la vista de un ojo hace 20 minutos y tengo la mano torpe",
        # Cancer in the bones, legs newly weak.
        "my mom has breast cancer that spread to her spine and today her legs are giving out",
        "mi esposo tiene mieloma múltiple y desde anoche no siente bien las piernas",
        # A missed dialysis day with the heart or legs failing.
        "I'm on dialysis and skipped Saturday, now my heart is skipping and my legs feel weak",
        "mi mamá está en hemodiálisis, faltó el lunes y hoy tiene palpitaciones",
        # After an operation: fever with a hard belly or a racing heart.
        "got my gallbladder removed monday, now a fever and a pulse of 130",
        "a mi hermana le hicieron cesárea y tiene fiebre y el corazón le late rapidísimo",
        # A pressure from minutes ago in someone with an old device.
        "tiene un marcapasos desde hace dos años y desde hace 20 minutos siente presión en el "
        "pecho",
        # Hives and the airway or gut after a known allergen.
        "she's allergic to eggs, ate some cake, now hives and she's coughing nonstop",
        "mi hijo es alérgico al cacahuate, tiene ronchas y vomitó dos veces",
        # A drink found to be a poison.
        "my coworker took a swig of what turned out to be windshield washer fluid, he says "
        "he's fine",
        "tomé de una botella que resultó ser anticongelante, me siento bien por ahora",
        # A burn white and blistered, or painless.
        "scalded her hand with boiling water, it's white and blistered and doesn't even hurt",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # Named for someone else, with readiness.
        "mi hermano dice que ya tiene todo preparado para ahorcarse",
        "my uncle has everything ready to take his own life, he gave away his tools",
        "mi abuela me dijo que piensa quitarse la vida esta semana",
        # A farewell with a time set.
        "gracias por todo doctor, hoy acabo con todo",
        "ya lo decidí, termino con esto esta noche",
        # Without the bills and without oneself.
        "my kids would be better off without the debt and without me",
        # At a drop, leaving word.
        "on the roof of my building rn, just want someone to know",
        "estoy en el puente, solo quería que alguien supiera",
        # A lethal amount asked.
        "what dose of my sleeping pills would be lethal",
        "qué cantidad de pastillas sería mortal",
        # A farewell posted, then found near a drop.
        "mi prima se despidió de todos en instagram y su bici está junto al puente",
        # Life support turned off with goodbyes said.
        "grandpa is on a ventilator at home and says he's switching it off tonight, he already "
        "said his goodbyes",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # Work and sport killing oneself, in Spanish.
        "mi papá se va a matar trabajando tantas horas",
        # The oxygen no longer needed.
        "the pulmonologist said she can stop her oxygen now that her lungs have healed",
        # A lethal dose as a safety limit, not asked as lethal.
        "what's the maximum amount of tylenol that is safe in a day",
        # A teaching question about a poster, or how to tell heat stroke.
        "what does FAST stand for on the stroke poster?",
        "¿cómo sé si mi hijo tiene un golpe de calor? quiero estar preparada",
        # A general claim about a medicine.
        "my pharmacist said aspirin can cause stomach bleeding, is that true?",
        # Delivered as in a package, a blood pressure in range.
        "my package was delivered 3 days ago to the wrong address",
        "I'm 30 weeks, bp 118/76 at my visit today, all good",
        # A scheduled missed session with no sign.
        "I missed Friday's dialysis because of the snow, can I come in Saturday?",
        # Steroids finished as prescribed, no sign.
        "I finished my prednisone taper yesterday, when should I book my follow up?",
    ],
)
def test_the_look_alike_stays_quiet(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("strained my back at the gym, no numbness, just sore", True),
        (
            "me picó una avispa en la mano, nada más hinchado ahí, no tengo problemas para "
            "respirar",
            True,
        ),
        ("stung by a bee, no trouble breathing but my lips are swelling", False),
        ("pulled a muscle, no numbness, but now I can't pee", False),
        (
            "pulled a muscle lifting, no numbness, but now my legs are weak and i cant control "
            "my bladder",
            False,
        ),
        ("me jalé un músculo, sin adormecimiento, pero ahora no aguanto la orina", False),
        # Asking for paperwork is no reason to stand down: a sign told with it still counts.
        ("need a note for my job that I go to dialysis every Tuesday and Thursday", False),
    ],
)
def test_the_backstop_defers_to_a_settled_message(text: str, settled: bool) -> None:
    assert reassured(Doc(text)) is settled
