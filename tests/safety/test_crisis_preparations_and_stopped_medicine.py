"""Crises told without "suicide", each family worded afresh in English and Spanish: a
medicine a life hangs on stopped in order to die (insulin, the heart's); a will written
and a date picked; medicine kept back with belongings given away or a pet entrusted; things
given away because they will not be needed; a plan to jump said of someone else; the wish
to live gone; all of one's pills to be taken, said in Spanish; a burden's words after a
"sin" that governed only its own noun. Beside them the errands that stay routine."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis_named, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # A life-sustaining medicine stopped to die, or to join the dead.
        "he says he's not taking his insulin anymore until it's over",
        "my aunt quit taking her heart pills so she can be with grandpa",
        "dejó de tomarse las pastillas del corazón para irse con mi abuelo",
        "my uncle stopped his transplant meds so he can die, he told me",
        # A will written and a date picked.
        "I signed my will and picked a day",
        "she wrote out her will and told me she has picked a day",
        "ya hice mi testamento y escogí la fecha",
        # Medicine kept back, with belongings given away or a pet entrusted.
        "he's been stockpiling his oxycodone and gave me his guitar",
        "my sister is saving up her sleeping pills and asked me to make sure her cat goes to mom",
        "he's been hiding his pills in a sock and told me to look after his dog for him",
        # Things given away because they will not be needed.
        "my brother gave away his tools because he won't need them anymore",
        "mi vecina está regalando sus muebles, dice que ya no los va a necesitar",
        # A plan to jump, said of someone else.
        "my roommate plans to jump from the overpass",
        # The wish to live gone.
        "ya no tengo ganas de vivir",
        "se me quitaron las ganas de vivir",
        "I've lost the will to live",
        "honestly I have no desire to live",
        # All of one's pills, said in Spanish.
        "me voy a tomar todas mis pastillas esta noche",
        "quiero tragarme todas las pastillas de mi mamá",
        # A burden's words after "sin" governing its own noun only.
        "sin trabajo siento que mi familia estaría mejor sin mí",
        "sin dinero y sin casa creo que estarían mejor sin mí",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis_named(text)


@pytest.mark.parametrize(
    "text",
    [
        # A medicine stopped for a side effect, or with the care team.
        "he isn't taking his heart pills because they make him dizzy, can the doctor change them?",
        "she's not taking her insulin anymore so she can die peacefully, hospice and her doctors "
        "agreed",
        # A will and a date for a surgery or a move.
        "I made my will and picked a date for the surgery",
        "hice mi testamento y ya tengo la fecha de la mudanza",
        # Things given away for a move.
        "my brother gave away his tools because he won't need them while he's moving abroad",
        # A place to live, a habit of the morning.
        "no tengo ganas de vivir en esta ciudad",
        "I have no desire to live in the city anymore",
        "voy a tomar todas mis pastillas de la mañana con el desayuno",
        # Medicine saved for a named trip.
        "I'm saving up my pills for the trip",
        "I'm saving up my meds for our vacation next month",
        "estoy juntando mis pastillas para el viaje",
        # "Sin" before a symptom still negates it.
        "sin trabajo y sin dolor de pecho, solo tos",
        # Moving house.
        "she isn't moving anywhere, she just needs a ride to her appointment",
    ],
)
def test_the_errand_is_no_crisis(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm saving up my pills",
        "I'm saving up my pills for when I'm ready",
        "estoy juntando mis pastillas",
    ],
)
def test_pills_saved_with_no_trip_named_are_still_read(text: str) -> None:
    assert_crisis_named(text)
