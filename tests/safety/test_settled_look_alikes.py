"""Messages that name an emergency or a crisis and report none, by family: chest pain the
chest wall explains, someone else's episode that is over and home again, a heart attack a
price will cause, what a thing would do asked as a question, a person well for years, a
routine visit booked. Each is worded afresh in English and Spanish, beside the reports
that share its words and must still escalate."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.context import is_education
from aurixa.safety.detectors.reassurance import mild, reassured
from aurixa.safety.text import Doc
from tests.safety.rules import assert_crisis, assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # Chest pain that pressing on the spot or a twist brings back: the chest wall.
        "my chest hurts when I press on the spot, I did a lot of push-ups yesterday",
        "chest pain when I twist to the side, started after gardening",
        "me duele el pecho al tocarlo, ayer cargué cajas",
        "dolor en el pecho cuando me aprieto las costillas",
        # Someone's episode of last week, over, and home again.
        "my coworker had a stroke last month and he's back home now, should I get checked?",
        "mi vecina tuvo un infarto la semana pasada, ya está en su casa, ¿yo debería hacerme un "
        "chequeo?",
        # A heart attack or a stroke a price, a bill or papers will cause.
        "a mi mamá le va a dar un infarto cuando vea la cuenta del hospital",
        "me va a dar un derrame por tanto papeleo, cuándo me mandan el formulario?",
        "I'm going to have a heart attack over this bill, can I set up a payment plan?",
        "gonna have a stroke looking at these copays lol",
    ],
)
def test_a_settled_look_alike_is_not_escalated_by_the_rules(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # Pain with effort, or with a breath in, is not the chest wall; nor is the arm.
        ("chest pain when I push the lawnmower up the hill", "cardiac"),
        ("chest pain when i breathe in deeply", "cardiac"),
        ("me duele el pecho cuando camino y me falta el aire", "cardiac"),
        # An episode home again that is happening again.
        ("my dad had a seizure last week, he was home but now he's having another one", "seizure"),
        ("mi papá tuvo una convulsión ayer, ya está en casa pero otra vez convulsiona", "seizure"),
        # A symptom named as the cause of the heart attack is still read.
        ("me va a dar un infarto con este dolor de pecho tan fuerte", "cardiac"),
        ("I'm going to have a heart attack with this crushing pressure in my chest", "cardiac"),
        ("siento que me va a dar un infarto, me aprieta el pecho", "cardiac"),
    ],
)  # fmt: skip
def test_the_report_beside_the_look_alike_still_fires(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)


def test_chest_wall_pain_is_set_aside_for_the_backstop_too() -> None:
    """The rules read it and let it go; the learned backstop may not take it up again."""
    text = "my chest hurts when I press on the spot, I did a lot of push-ups yesterday"
    assert_routine(text, rules_only=False)


@pytest.mark.parametrize(
    ("text", "mention", "asked"),
    [
        # What a thing would do, asked: only the question's own clause is education.
        ("what would happen if a kid swallowed a magnet? we're childproofing", "swallowed", True),
        ("¿qué pasa si alguien se toma demasiadas pastillas de ibuprofeno?", "toma", True),
        ("que pasaria si una persona toma mucho paracetamol", "toma", True),
        ("what happens if he took 30 of my tylenol, he's throwing up", "throwing", False),
        ("what happens if she fell, she's not waking up", "waking", False),
    ],
)
def test_what_a_thing_would_do_is_asked_in_its_own_clause(
    text: str, mention: str, asked: bool
) -> None:
    doc = Doc(text)
    assert is_education(doc, doc.folded.index(mention)) is asked


def test_a_report_after_a_what_if_question_still_escalates() -> None:
    assert_emergency(
        "what happens if he took 30 of my tylenol, he's throwing up and drowsy", rules_only=False
    )


@pytest.mark.parametrize(
    ("text", "reassuring"),
    [
        ("cutting was my thing in high school, I've been doing well for over a decade", True),
        ("de adolescente me cortaba, llevo ocho años bien", True),
        ("she's been stable for 5 years, can we space out her visits?", True),
        ("I've been fine for 2 years but lately it's all coming back", False),
        ("llevo tres años bien pero anoche volví a hacerlo", False),
        ("I've been fine for a few days", False),
    ],
)
def test_being_well_for_years_reassures_the_backstop(text: str, reassuring: bool) -> None:
    assert reassured(Doc(text)) is reassuring


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        ("quisiera hacer una cita para mi hijo, es para su chequeo de la escuela", True),
        ("hi, can I book my son's sports physical for next week?", True),
        ("necesito agendar las vacunas de mi hija de 4 años", True),
        ("I need an appointment for a check-up because she's been coughing for weeks", False),
    ],
)
def test_a_clause_that_books_a_routine_visit_is_discounted(text: str, routine: bool) -> None:
    assert mild(Doc(text), 0) is routine


@pytest.mark.parametrize(
    "text",
    [
        "I've been fine for 2 years but lately I keep thinking everyone would be better off "
        "without me",
        "quisiera una cita para un chequeo porque mi hijo ya no quiere vivir",
        "can I schedule a check-up, I've been thinking everyone would be better off if I "
        "disappeared",
    ],
)
def test_a_crisis_beside_these_cues_still_fires(text: str) -> None:
    assert_crisis(text)
