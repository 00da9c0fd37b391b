"""Words written as they sound, by people who learned them by ear ("breethin", "blu", "la
voca chueca", "no puede ablar", "el braso"), and stroke told in colloquial Spanish (food
falling from one side of the mouth, a dragged leg, tangled speech): read as the words they
stand for. Real words that sound like an emergency word stay what they are."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.spelling import repair
from aurixa.safety.schemas import Category
from aurixa.safety.text import Doc
from tests.safety.rules import assert_emergency, assert_not_verdict


@pytest.mark.parametrize(
    "text",
    [
        "my son is breethin realy fast and his lips look blu",
        "my baby is breethin weird and her lips are blu",
        "mi hijo tiene los lavios morados y se ahoga",
        "mi mamá tiene la voca chueca y no puede ablar",
        "a mi papá se le durmió el braso y abla enredado",
        "a mi abuela se le cae la comida de un lado de la boca",
        "se le escurre el agua de un lado de la boca y habla raro",
        "mi abuela arrastra la pierna derecha y habla enredado desde hace una hora",
        "my husband is dragging his left leg and his speech sounds funny",
        "my mom is dragging her right foot and her speech sounds weird",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # A leg dragged since an operation, with speech fine.
        "mi abuelo arrastra la pierna desde la operación de rodilla, ¿puede ir a fisioterapia?",
        "he drags his foot since the knee surgery, is physio covered?",
        # A word that only sounds like one.
        "blech, this cough syrup tastes awful, can I get a different flavour?",
        "my back hert from liftin boxs at work",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_not_verdict(text, Category.EMERGENCY)


@pytest.mark.parametrize(
    ("word", "read_as"),
    [
        ("breethin", "breathing"),
        ("voca", "boca"),
        ("ablar", "hablar"),
        ("braso", "brazo"),
        ("hert", "hurt"),
    ],
)
def test_a_word_is_read_by_its_sound(word: str, read_as: str) -> None:
    assert repair(Doc(f"x {word} x")).doc.text == f"x {read_as} x"
