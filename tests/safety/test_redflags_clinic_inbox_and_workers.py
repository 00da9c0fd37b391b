"""Emergencies and crises from a general clinic inbox and from farm, construction,
restaurant and domestic workers, each worded afresh in English and Spanish: gas smelled
with someone fainting or a household's heads aching, a faint told "just now" in the
Spanish periphrasis, testicle pain with vomiting or its strength said first, skin hot and
dry after a shift in the fields, urine like cola with aching muscles; a life doubted to
last ("not sure I'll still be around to use it"), the height of a parking garage looked
up, no point left in anything, affairs in order with someone to handle things from a
day on, an accident staged for the insurance, farewells passed on by someone else. Beside
them the look-alikes that stay routine, and a threshold question ("at what temperature
should I worry") that is a lesson, not a report."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from tests.safety.rules import assert_crisis, assert_emergency, assert_not_verdict


@pytest.mark.parametrize(
    "text",
    [
        # Gas smelled, and someone faints or a household's heads ache.
        "it smells like gas in the apartment and my wife is confused",
        "huele a gas en la cocina y mi abuela está confundida",
        "there's a gas smell in the basement and all of us have headaches",
        "hay olor a gas y a todos nos duele la cabeza desde la mañana",
        # A faint just now, in the Spanish periphrasis.
        "mi esposo se acaba de desmayar en la cocina",
        "mi mamá acaba de desmayarse en el baño",
        "se nos está desmayando la abuela",
        # Testicle pain with vomiting, or its strength said before it.
        "my son's testicle pain started an hour ago and he threw up twice",
        "a mi hijo le duele un testículo y tiene náuseas",
        "sudden testicle pain in my 12 year old",
        "a mi nieto le duele horrible el testículo izquierdo",
        # Skin hot and dry, with a mind that wanders or a fall.
        "he came in from roofing, his skin is hot and dry and he's not making sense",
        "mi papá tiene la piel caliente y seca y está confundido",
        "my coworker has been picking in the fields all day, now he stopped sweating and is "
        "confused",
        # Urine like cola or tea, with muscles cramping or aching.
        "after the workout my urine is brown like tea and my thighs are killing me",
        "la orina me sale color café y tengo calambres en las piernas",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # A life doubted to last.
        "can you refill my sertraline? not sure I'll still be alive to finish it though",
        "I doubt I'll be around much longer, just cancel the follow-up",
        "no sé si siga viva para entonces, pero apúntenme para la cita",
        # The height of a place to fall from, looked up.
        "been googling how high the overpass on route 9 is",
        "busqué qué tan alto es el estacionamiento del centro",
        # No point left in anything.
        "honestly I can't see the point of anything anymore",
        "ya no le encuentro ningún sentido a la vida",
        # Affairs in order, and someone to handle things from a day on.
        "I've got my affairs in order. From Friday my brother will have to take care of "
        "everything.",
        "Ya dejé todos mis papeles en orden. Después del viernes mi hija va a tener que "
        "encargarse de todo.",
        # Worth more dead by the insurance, or an accident staged for it.
        "the life insurance would help my kids more than I ever could",
        "el seguro de vida les serviría más a mis hijos que yo",
        "I keep thinking about ways to make it look like an accident so the insurance pays out",
        "pienso en cómo hacer que parezca un accidente para que cobren el seguro",
        # Farewells passed on by someone else, with silence since.
        "my roommate asked me to tell her mom she loved her and now she isn't answering",
        "mi amigo me pidió que le dijera a sus hijos que los quería y ya no contesta",
        "he told me this was the last time I'd hear his voice and now his phone is off",
        "mi hermana le dijo a mi mamá que era la última vez que iba a oír su voz y no contesta",
        "my son texted me 'I'm sorry for everything' and his phone goes straight to voicemail",
        "my friend wrote 'take care of Max for me, love you' and she's not answering",
        "mi hija me escribió 'perdóname por todo' y ya no contesta",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # A smell with no one ill, sore legs with ordinary urine, dry skin alone.
        "the stove smells like gas when I light it, can someone check the knob?",
        "my pee is dark yellow and my legs are sore from the gym",
        "my skin is dry and itchy from the heat at work",
        "mi papá se acaba de caer pero está bien, ¿le pueden dar cita?",
        # A threshold question is a lesson, in either language.
        "At what temperature should I worry about a fever in a 2 month old? Just planning ahead.",
        "¿A partir de qué temperatura me debo preocupar si un bebé de 1 mes tiene fiebre?",
        # Timetables, not a life: "not sure I'll be around on Tuesday".
        "I'm not sure I'll be around on Tuesday afternoon for the call",
        "no sé si voy a estar aquí el martes en la tarde",
        "I'm not sure I'll still be around the office next week, can I book for the week after?",
        # A height looked up for a vehicle, a doubt about a diet.
        "I looked up how tall the parking garage is because my van has a roof rack",
        "I don't see the point in the new diet anymore",
        # Affairs in order before an operation, a farewell before a move.
        "I've put my affairs in order before my knee surgery; after Friday my wife will need "
        "to handle things while I recover",
        "this is the last time you'll see me before my move, thanks doctor",
        "the insurance would pay more than I expected for the MRI",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_not_verdict(text, Category.EMERGENCY, Category.SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        # The question first, then someone of the writer's after a comma: a report.
        "At what point should I worry, my 2 week old has a fever",
        "At what temperature should I worry, my 2 week old is at 38.3",
        "what temperature should I worry about, my 2 week old is at 38.3",
    ],
)
def test_a_threshold_question_does_not_hide_a_reading(text: str) -> None:
    assert_emergency(text)
