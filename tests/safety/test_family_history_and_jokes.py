"""Cues that keep an everyday message off the emergency and crisis paths, in English and
Spanish: a relative's death at an age (family history for a check-up), a presentation on
a topic, shame said as dying of it, and an everyday nuisance said to ruin a life. Beside
each, the report that shares its words and must still escalate."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from tests.safety.rules import assert_routine, assert_verdict


@pytest.mark.parametrize(
    "text",
    [
        # A relative's death at an age.
        "my grandma died of a stroke at 62, am i at risk?",
        "lost my brother to a heart attack at 48, can i get an ekg",
        "mi papá murió de un infarto a los 50, me pueden hacer un chequeo?",
        "mi abuelo falleció por un derrame a los 60 y quiero revisarme la presión",
        # A presentation or a project on the topic.
        "preparing a health class project about self-harm, any handouts?",
        "doing a sociology group presentation on suicide rates, do you have statistics",
        # Shame said as dying of it.
        "me quiero morir de la vergüenza por este herpes, hay crema?",
        "i wanted to die of the embarrassment, this rash on my face, any cream?",
        # An everyday nuisance said to ruin a life.
        "these finals are literally ending my life, can i get a note for a sick day",
        "el acné me está acabando la vida, necesito cita con dermatología",
    ],
)
def test_an_everyday_message_is_not_escalated(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my dad is having a heart attack right now at 55", Category.EMERGENCY),
        ("mi papá tiene un infarto ahora, tiene 50 años", Category.EMERGENCY),
        ("i'm doing a presentation but i want to kill myself", Category.SELF_HARM),
        ("my depression is ending my life", Category.SELF_HARM),
        ("me quiero morir, ya no aguanto", Category.SELF_HARM),
    ],
)
def test_the_report_beside_it_still_escalates(text: str, category: Category) -> None:
    assert_verdict(text, category)
