"""A present red flag wrapped in a minimiser ("prob just stress lol"), a guess at a harmless
cause ("is this the flu?"), a routine request ("can I move my appointment?") or a question
("how worried should I be, ...") is still reported now. The cues that turned such a
wrapper into a non-report were narrowed at their root; their own cases still hold."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # Minimisers.
        "my chest feels crushed and my left arm is numb, probably nothing lol",
        "i'm sure it's nothing but his face is drooping and he's slurring",
        "seguro no es nada pero siento presión en el pecho y el brazo izquierdo dormido",
        # A guess at a harmless cause.
        "my throat is closing and my lips are swelling after the shrimp, is this just hives?",
        "¿será gripa? estoy sudando frío, con náuseas y me duele el pecho",
        # A routine request in the same message.
        "can i move my thursday appointment? also my 5 week old has a fever of 100.9",
        "quiero cambiar mi cita del jueves. también tengo presión en el pecho y el brazo "
        "izquierdo dormido",
        # Question forms that name whose body it is.
        "how worried should i be, my chest feels crushed and my left arm is numb",
        "what should I do, my husband's face is drooping and his speech is slurred",
        "is it normal for my throat to be closing up after eating peanuts?",
        "cuándo debo preocuparme, me duele el pecho como si me aplastaran",
        "¿qué hago?, a mi hijo se le cierra la garganta después de comer cacahuates",
    ],
)
def test_a_wrapped_red_flag_still_escalates(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # "lol" after a report minimises it; it is no joke about laughing.
        ("i can't breathe and my lips are going blue lol", "lol is no laugh"),
        ("lol ok so i think i'm dying, i can't breathe", "lol before"),
        # "Sin querer" says how it happened, not that it did not.
        (
            "con la mandolina me corté sin querer y sangra muchísimo",
            "sin querer",
        ),
        ("sliced my palm without meaning to and it won't stop bleeding", "without meaning to"),
        # A body "killing me" after a crash or a fall is pain reported, not an idiom.
        (
            "got t-boned at a light, my neck is killing me and both hands are tingling",
            "after a crash",
        ),
        (
            "nos chocaron por detrás, el cuello me está matando y tengo hormigueo en las manos",
            "después de un choque",
        ),
    ],
)
def test_narrowed_cues_no_longer_hide_a_report(text: str, why: str) -> None:
    assert_emergency(text, why=why)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("that clip had me laughing so hard i couldn't breathe", "laughing named"),
        ("i can't breathe lol this meme", "the joke named"),
        (
            "my neck is killing me from sleeping on the couch, can I get a massage referral?",
            "no injury",
        ),
        ("what are the warning signs of a stroke in older adults?", "a topic, no one's body"),
        ("how do I recognise anaphylaxis in a toddler?", "how to recognise"),
        ("¿cuáles son los síntomas de un infarto en mujeres?", "un tema"),
    ],
)
def test_the_cues_still_hold_where_nothing_is_reported(text: str, why: str) -> None:
    assert_routine(text, why=why)
