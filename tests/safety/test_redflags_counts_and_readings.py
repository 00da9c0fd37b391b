"""Emergencies told by a count or a reading: tablets counted with words between the number
and the medicine ("20 extra strength tylenol"), most of a container of a medicine or of
iron swallowed by a small child, a thermometer's reading of a fever under three months,
and a referred ache with pallor in place of a sweat. Worded afresh in English and Spanish,
with the messages that share their words (a bottle of milk, a reading under 100.4 F, a
room number, a jaw sore from the dentist)."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "had about 25 regular strength advil since this morning for my back",
        "took about 18 extra strength tylenol since last night for my back",
        "mi nene de 2 años se tomó casi todo el frasco, eran las vitaminas del hermano",
        "mi niño de 3 años se tomó casi todo el frasco de jarabe para la tos",
        "mi bebé de 5 semanas tiene 38.3 por el recto",
        "my 7 week old son is at 101.2",
        "my dad's jaw hurts and he has gone grey, he feels sick to his stomach",
        "a mi papá le duele la mandíbula, se puso pálido y tiene ganas de vomitar",
    ],
)
def test_a_count_or_a_reading_takes_the_emergency_path(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 extra strength tylenol for a toothache",
        "i have 20 extra strength tylenol left in the bottle",
        "my 1 year old drank the whole bottle of milk",
        "my 8 week old has 99.5 rectal, is that fine",
        "mi bebé de 6 meses tiene 37.8 después de la vacuna",
        "my 2 month old is in room 101 on the ward",
        "my jaw hurts from the dentist, I'm pale and nauseous from the anesthesia",
    ],
)
def test_the_same_words_without_the_sign_stay_quiet(text: str) -> None:
    assert_routine(text)
