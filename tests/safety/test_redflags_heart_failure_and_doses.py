"""A failing heart told by its signs, a heart or pressure pill taken twice with the pulse
already slowing, and paracetamol counted by its strength: each worded afresh, in English
and Spanish, beside the messages that share the words and stay routine."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # Weight put on within days, or heart failure named, with breath short at rest or
        # lying down.
        (
            (
                "my dad has heart failure and he's gained 5 pounds "
                "since friday, he can't lie flat anymore"
            ),
            "heart_failure",
        ),
        ("i put on 3 kg in two days and now i'm winded just sitting on the couch", "heart_failure"),
        (
            ("grandma is up 6 lbs this week and gets out of breath just talking to me"),
            "heart_failure",
        ),
        (
            (
                "mi papá tiene insuficiencia cardiaca, subió 3 kilos en "
                "dos días y le falta el aire hasta hablando"
            ),
            "heart_failure",
        ),
        ("mi mamá subió 4 libras en tres días y tiene que dormir sentada", "heart_failure"),
        # A heart or pressure pill taken twice, and a slow pulse, dizziness or a faint.
        (
            ("grandpa took his digoxin twice this morning and now his pulse is 42"),
            "overdose_poisoning",
        ),
        (
            ("i accidentally took an extra metoprolol and i feel like i'm going to pass out"),
            "overdose_poisoning",
        ),
        (
            ("my mom doubled up on her blood pressure pills by mistake and she's really dizzy"),
            "overdose_poisoning",
        ),
        ("se tomó dos veces el metoprolol y el pulso le marca 40", "overdose_poisoning"),
        (
            ("le di doble la pastilla de la presión a mi papá y ahora está muy mareado"),
            "overdose_poisoning",
        ),
        # Paracetamol counted by its strength, the count after the name.
        (
            (
                "my son has been taking tylenol for his back since "
                "morning, he says about 15 of the 500s"
            ),
            "overdose_poisoning",
        ),
        (
            ("me tomé demasiado paracetamol para la muela, como 20 de las de 500 en el día"),
            "overdose_poisoning",
        ),
        (
            ("mi esposo estuvo tomando paracetamol todo el día, unas 16 extra fuertes"),
            "overdose_poisoning",
        ),
    ],
)
def test_the_signs_fire_the_rule(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)


@pytest.mark.parametrize(
    "text",
    [
        # Weight over months, swelling alone, breathlessness on effort, a diet question.
        "i gained 10 pounds over the holidays, how do i lose it",
        "up 3 lbs this week and my ankles are a little puffy, i have chf, should i call?",
        "i get winded climbing stairs since my heart failure diagnosis",
        "subí 5 kilos en el último año, quiero una cita con nutrición",
        "my mom has heart failure, what foods should she avoid",
        # A pill taken twice with no sign, a schedule, a dose the doctor raised.
        "i took my blood pressure pill twice by accident but i feel totally fine, what should i do",
        "i take metoprolol twice a day and sometimes get dizzy when i stand up",
        "my cardiologist doubled my metoprolol dose, when should i take it",
        "mi mamá se tomó la pastilla de la presión dos veces, está bien, ¿qué hago?",
        "tomo la pastilla del corazón dos veces al día y a veces me mareo",
        "can i take an extra blood pressure pill if my reading is high?",
        # A strength named as a dose or a box, not a count taken.
        "i take 2 extra strength tylenol every 6 hours for my back, is that ok",
        "we bought tylenol, the box has 100 extra strength caplets",
        "compré paracetamol de 500, ¿cuántas puedo tomar al día?",
    ],
)
def test_the_same_words_without_the_emergency_stay_quiet(text: str) -> None:
    assert_routine(text)
