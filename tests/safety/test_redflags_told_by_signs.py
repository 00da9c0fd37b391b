"""Emergencies told by their signs, never by their name: a blow to the head told by what
it left (one pupil larger, the same question again, drowsiness that deepens), the back of
the brain (two of everything, a walk that veers, a tongue that trips, a sudden spin), and a
child choking without the word (a grape, then a cough with no sound). Each case is worded
afresh, in English and Spanish, with the benign messages that share its words."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # A blow in sport, play or traffic not said to reach the head, then a sign that it
        # reached the brain.
        ("she collided with a player at soccer, now her pupils are different sizes", "head_injury"),
        ("he took an elbow to the head in basketball, now one pupil is bigger", "head_injury"),
        ("got knocked out in hockey, he keeps asking what happened over and over", "head_injury"),
        ("my son crashed his bike, he can't remember the crash", "head_injury"),
        ("she fell off the monkey bars and is getting sleepier and sleepier", "head_injury"),
        ("my toddler had a bad fall at the park and is getting harder to wake", "head_injury"),
        ("a mi hijo lo taclearon y ahora tiene una pupila más grande que la otra", "head_injury"),
        ("le dieron un balonazo y pregunta lo mismo una y otra vez", "head_injury"),
        ("chocó con otro niño en el recreo y no se acuerda de nada", "head_injury"),
        ("se cayó de la bici y cada vez está más dormido", "head_injury"),
        # One pupil larger in someone whose brain is failing, the blow untold.
        ("my dad is confused and one of his pupils is much bigger than the other", "head_injury"),
        ("mi hijo está desorientado y tiene las pupilas de diferente tamaño", "head_injury"),
        # The back of the brain: signs together, a sudden spin with any of them.
        ("my husband is seeing double and keeps veering to the left side when he walks", "stroke"),
        ("mom suddenly sees two of everything and her words sound drunk", "stroke"),
        ("all of a sudden the room started spinning and now I'm seeing double", "stroke"),
        ("the dizziness came on suddenly an hour ago and he can't walk straight", "stroke"),
        ("mi papá ve doble y se tambalea al caminar", "stroke"),
        ("de repente me dio un mareo muy fuerte y se me traba la lengua", "stroke"),
        ("mi abuela perdió el equilibrio y se le traban las palabras", "stroke"),
        # Something swallowed, then no air moving.
        ("she put a coin in her mouth and now she can't cry, just flapping her arms", "choking"),
        ("he was eating popcorn and it went down the wrong way, no sound is coming out", "choking"),
        ("my dad got a piece of steak stuck in his throat and he's clutching his neck", "choking"),
        ("mi hijo se atragantó con una uva y no puede llorar", "choking"),
        ("a mi niña se le atoró un caramelo y no hace ningún ruido", "choking"),
    ],
)  # fmt: skip
def test_an_emergency_told_by_its_signs_fires(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)


@pytest.mark.parametrize(
    "text",
    [
        # Pupils widened on purpose, or a difference someone has always had.
        "my pupils are dilated from the eye exam, can someone drive me home?",
        "her left pupil is bigger than the other since birth, and she keeps repeating herself",
        "me dilataron las pupilas en el oftalmólogo y veo borroso, puedo manejar?",
        # The same questions as a habit, or after a fall long ago; a knock with no sign.
        "he keeps repeating the same questions like my grandma always does",
        "grandpa had a fall last year and keeps asking the same questions",
        "he got tackled at practice and his knee is sore, can we get an appointment?",
        "se cayó de la bici pero está bien, jugando normal",
        # A crash that is no vehicle's; a fall off a board, nothing after it.
        "my computer crashed and I can't remember my portal password",
        "my son keeps falling off his skateboard, any pads you recommend?",
        # Double vision or a spin of every day, alone.
        "double vision when I'm tired reading, should I get my glasses checked?",
        "I get dizzy when I stand up too fast, is that my blood pressure pills?",
        "the room spins when I roll over in bed in the morning, probably my ears again",
        "I stumbled on the stairs yesterday and my ankle is sore",
        "se me traba la lengua cuando me pongo nerviosa en las presentaciones",
        "veo doble cuando estoy muy cansada leyendo en la noche",
        # A grape named, a baby eating quietly, a cough that clears.
        "my 2yo loves grapes, we cut them in quarters, is that enough?",
        "my baby is eating and not making any noise, is that normal?",
        "se le atoró un hueso de pollo ayer pero ya lo tosió y está bien",
    ],
)
def test_the_same_words_without_the_emergency_stay_quiet(text: str) -> None:
    assert_routine(text)
