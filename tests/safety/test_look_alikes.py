"""Words that look like a red flag and name something else: tonsils swollen with a sore
throat, a tongue piercing that is swollen, a shingle that fell off the roof, nearly fainting
at a price, children "driving me over the edge". The red flag they resemble still fires
when it is there."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.selfharm import SelfHarmDetector
from aurixa.safety.service import check_input
from aurixa.safety.text import Doc
from tests.safety.rules import assert_crisis, assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "sore throat and swollen tonsils for two days, can I get a strep test?",
        "my throat is sore, swollen glands and a low fever, do I need antibiotics?",
        "my tongue piercing is swollen and red, should i take the stud out?",
        "a shingle fell off the roof during the storm, does insurance cover it?",
        "some tiles fell from the roof and cracked the windshield",
        "se cayeron unas tejas del techo con el viento, ¿me dan una constancia?",
        "casi me desmayo cuando vi la factura del hospital",
        "por poco me desmayo de la risa con ese video",
    ],
)
def test_look_alikes_do_not_escalate(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "her throat is swelling shut after the cashews",
        "his tongue is swollen and he can barely talk",
        "my neighbour fell off the roof and isn't moving",
        "my husband fell from the ladder cleaning the gutters and can't feel his legs",
        "casi me desmayo en la regadera y el corazón me late a mil",
    ],
)
def test_the_red_flags_they_resemble_still_fire(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    ("text", "idiom"),
    [
        ("the twins are driving me up the wall this week, can I move my visit?", "driving me up"),
        ("mis hijos me traen de cabeza, ¿me pueden cambiar la cita?", "me traen de cabeza"),
    ],
)
def test_annoyance_said_as_madness_is_set_aside_for_the_backstop(text: str, idiom: str) -> None:
    """The crisis rules never fired on it; the learned backstop may not either."""
    doc = Doc(text)
    start = doc.folded.index(idiom.split()[0])
    assert any(s <= start < e for s, e in SelfHarmDetector().set_aside(doc))
    assert not check_input(text).requires_escalation


def test_a_crisis_beside_the_idiom_still_fires() -> None:
    text = "my kids are driving me crazy and honestly i want to kill myself"
    assert_crisis(text)
