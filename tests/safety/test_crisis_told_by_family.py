"""Crises told in passing, by the person or by their family, each worded afresh in English
and Spanish: a lethal amount asked with filler words, worth more dead for the insurance,
"better off without me" said today after a birth weeks ago, a teenager cutting to feel
something, a parent hurting themselves when overwhelmed; beside the look-alikes that
stay routine (fasting before surgery, a cut from a fence, life insurance paperwork)."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.reassurance import mild, reassured
from aurixa.safety.text import Doc
from tests.safety.rules import assert_crisis, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # The amount asked for an end, with spoken filler, or the lethal dose of one's own.
        "how much of my insulin would it take to just not wake up",
        "cuántas de mis pastillas para dormir necesito para no despertar",
        "how many of my pills are enough to stop my heart",
        # Worth more dead, for the insurance.
        "my husband told me we'd be better off with his insurance payout",
        "mi esposo dice que estaríamos mejor con el dinero del seguro de vida",
        "she keeps saying she's worth more to us dead",
        # Today's words after an older birth.
        "my wife had the baby three weeks ago and tonight she said we'd all be better off "
        "without her",
        "mi hermana dio a luz hace un mes y hoy me dijo que estaríamos mejor sin ella",
        # A teenager cutting to feel something.
        "found fresh cuts on my 15 year old son's forearms, he told me he does it to feel "
        "something",
        "mi hija de 15 dice que lo hace para desahogarse, tiene rayitas en los brazos",
        # A parent hurting themselves when overwhelmed.
        "when the baby won't stop crying I hit myself until I bruise",
        "cuando mi hijo no deja de llorar me muerdo el brazo hasta sacarme sangre",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # Fasting before a procedure.
        "what time should I stop eating before my colonoscopy",
        "when does he stop eating the night before his surgery?",
        # A cut with a cause, insurance as paperwork, a dose asked to be safe.
        "my son cut his thigh on a fence climbing over it, does it need stitches?",
        "we got life insurance through work, what forms do you need from the doctor?",
        "how many of my tylenol can I take in a day without hurting my liver?",
        # Long ago, and not brought into today.
        "my wife had postpartum depression two years ago, she's doing well now",
    ],
)
def test_the_look_alike_stays_quiet(text: str) -> None:
    assert_routine(text)


def test_stopping_eating_for_its_own_sake_still_fires() -> None:
    assert_crisis("i'm going to stop eating until i fit the dress")


@pytest.mark.parametrize(
    ("text", "fasting"),
    [
        ("what time should I stop eating before my colonoscopy", True),
        ("¿a qué hora dejo de comer antes de la cirugía?", True),
        ("I've stopped eating because I hate my body", False),
    ],
)
def test_a_fasting_question_is_discounted_by_the_backstop(text: str, fasting: bool) -> None:
    assert mild(Doc(text), 0) is fasting


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        # An everyday complaint with its warning signs denied.
        ("diaper rash for a week, no blisters or fever, which cream is best?", True),
        ("my baby is constipated, no vomiting, what can I give her", True),
        ("tiene pañalitis pero sin ampollas ni fiebre, ¿qué crema le pongo?", True),
        ("my breasts are engorged, no fever or red streaks, how do I get relief", True),
        # The complaint with a sign that is not everyday, or without any denial.
        ("diaper rash and now she has a fever and is really sleepy", False),
        ("no fever but he's constipated and his belly is swollen and hard", False),
        ("my baby is constipated, what can I give her", False),
        # Denied, then told after all: a fever reading, chills, a spreading streak.
        ("breasts engorged and sore, no fever, but now chills and 103", False),
        ("engorged, no fever earlier, now a red hot streak and shaking", False),
        ("pañalitis sin ampollas, pero ahora tiene escalofríos y 38.9", False),
    ],
)
def test_an_everyday_complaint_with_its_signs_denied_reassures_the_backstop(
    text: str, settled: bool
) -> None:
    assert reassured(Doc(text)) is settled
