"""Crises told in veiled words, each family worded afresh in English and Spanish: a way out
found and a calm after it; a drop picked with "I'm done", or its height asked for its own
sake; a gun brought home "not saying I'll use it"; being hit by a car wished for; a child's
care handed on with "don't call"; a last message commending the children; a letter left for
a child's later years; a death staged to look like an accident for the insurance; a sorry
posted and silence since; an amount to stop a heart asked "for me"; wanting to be where the
dead one is with a way known; nails or teeth until the skin bleeds; pills taken on
purpose. Beside them the look-alikes that are not crises."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis_named, assert_no_crisis_named


@pytest.mark.parametrize(
    "text",
    [
        "i've got a way out of this now and i'm honestly at peace",
        "encontré una salida a todo y por fin me siento en paz",
        "i'm just done. i picked the overpass already",
        "i'm so done. already chose which building",
        "which floor of my building would be high enough, asking seriously",
        "¿qué piso de un edificio es lo bastante alto?",
        "kept my uncle's pistol in my room. not saying i'd use it",
        "if a bus hit me tomorrow i'd be relieved honestly",
        "si me atropellara un camión no me importaría",
        "pienso en aventarme al río con todo y carro",
        "my sister has agreed to raise my kids. don't call me anymore",
        "mi mamá ya sabe que tiene que cuidar a mis hijos, no me busquen",
        "this is my last message, take care of my boys",
        "este es mi último mensaje, cuiden a mis hijos",
        "wrote him a letter to read when he's grown, he deserves a better dad than me",
        "le escribí una carta a mi hija para cuando sea grande, merece una mamá mejor que yo",
        "could a fall from a ladder pass as an accident so my wife gets the life insurance",
        "my roommate posted goodbye on instagram and isn't picking up",
        "how much potassium would stop a person's heart, it's for me, not hypothetical",
        "since the miscarriage i want to be where he is. i know exactly how i'd do it",
        "quiero estar donde está ella, ya sé cómo lo haría",
        "i bite my hands until they bleed when the kids scream",
        "me entierro las uñas en los brazos hasta sangrar",
        "swallowed a bunch of my klonopin on purpose",
        "me tomé 20 pastillas a propósito",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis_named(text)


@pytest.mark.parametrize(
    "text",
    [
        "found a way out of the parking lot finally, feeling calm now",
        "is the 5th floor high enough to see the fireworks?",
        "my dad keeps a rifle for hunting, is that ok with a toddler in the house?",
        "my mom will take the baby while i'm at my appt",
        "this is my last message before i switch clinics, take care!",
        "i wrote her a letter for when she's older, it's a baby book tradition",
        "the car crash looked like an accident but the insurance is fighting it",
        "i took my pills on time this morning",
        "i scratch my bug bites until they itch less",
    ],
)
def test_the_look_alike_stays_calm(text: str) -> None:
    assert_no_crisis_named(text)
