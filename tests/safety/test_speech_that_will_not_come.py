"""A stroke told by sentences that will not come, spoken or texted, in English and
Spanish; beside it, a word not got in, texts that are always garbled, and a phone's
autocorrect."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "my husband suddenly can't get a whole sentence out",
        "dad is texting us total gibberish and he never does that",
        "my sister keeps messaging me nonsense and won't answer the phone",
        "mi abuela de repente no pudo armar una frase",
        "mi papá me manda mensajes sin sentido desde hace una hora",
    ],
)
def test_sentences_that_will_not_come_escalate(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "my toddler texts me gibberish all the time from my wifes phone",
        "my son couldn't get a word in at dinner lol",
        "the autocorrect keeps typing gibberish",
        "mi hijo no pudo terminar la tarea a tiempo, necesita una constancia",
    ],
)
def test_the_everyday_message_beside_it_does_not(text: str) -> None:
    assert_routine(text)
