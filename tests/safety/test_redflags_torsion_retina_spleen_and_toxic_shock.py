"""Emergencies told by their signs, each family worded afresh in English and Spanish: sudden
severe pain low on one side with vomiting (a twisted ovary); a curtain or shadow over the
sight, or new floaters with flashes (the retina coming away); a blow to the side or ribs,
then pain there and a faint (a spleen or liver bleeding); a tampon, cup or period with a
fever and a sunburn rash or a faint (toxic shock); a head hit on a blood thinner whose
reason is dated ("a clot from last year"); appendicitis with the side said before the
height in Spanish. Beside them the look-alikes that stay routine."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from tests.safety.rules import assert_emergency, assert_not_verdict


@pytest.mark.parametrize(
    "text",
    [
        # Sudden severe one-sided low pain with vomiting.
        "all of a sudden this severe pain on my right side down low, I've thrown up twice",
        "out of nowhere excruciating pain in my lower right belly and now I'm vomiting",
        "de repente un dolor muy fuerte del lado izquierdo abajo y no paro de vomitar",
        "me dio de golpe un dolor insoportable abajo a la derecha y ya vomité",
        # A curtain or shadow over the sight; new floaters and flashes.
        "there's a shadow coming across the vision in my left eye since this morning",
        "my dad says it's like a grey curtain is covering half his sight",
        "veo como una cortina negra que me tapa la mitad del ojo derecho",
        "suddenly tons of new floaters in my right eye and flashes of light at the edge",
        "de repente muchas moscas volantes en el ojo y destellos de luz",
        # A blow to the side or ribs, pain there, then a faint or pallor.
        "got kneed in the ribs at rugby, pain under my left ribs and I feel light-headed",
        "he took an elbow to the side in the game, belly hurts and he looks pale and clammy",
        "le dieron un rodillazo en el costado jugando fútbol, le duele debajo de las costillas "
        "y está pálido",
        # A tampon or cup, a fever, and a sunburn rash or a faint.
        "had a tampon in overnight, now fever of 39.5 and red all over like a sunburn",
        "on my period using a menstrual cup, high temp and I think I'm going to pass out",
        "estoy en mi regla con copa menstrual, tengo fiebre y la piel roja como quemadura de sol",
        # A head hit on a blood thinner whose reason is dated.
        "on xarelto for a clot from 2 years ago, fell and hit my head on the counter",
        "takes warfarin for a valve from years ago, bumped his head getting out of the car",
        # Appendicitis, the side before the height.
        "me duele la parte baja derecha de la panza y tengo fiebre de 38.7",
        "dolor en el lado derecho abajo desde ayer y no puede caminar derecho",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # Period cramps on one side, building over days; a kidney stone that has passed.
        "period cramps are worse on my left side this month, ibuprofen helps",
        "dolor de cólicos del lado derecho con la regla, ¿qué puedo tomar?",
        # A curtain that is a curtain; floaters I've had for years.
        "the curtain came down over the window in my dorm, can maintenance fix it?",
        "I've had a few floaters for years, when is my next eye exam due?",
        # A blow to the ribs that is only sore.
        "took a hit to the ribs at practice, it's sore when I twist, can I get it checked?",
        # A period with a cold and no rash; a tampon question.
        "on my period and have a cold with a mild fever, can I take ibuprofen?",
        "how often should I change a tampon?",
        # A clot from last year, with a question.
        "on eliquis for a clot from last year, can I get a refill before my trip?",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_not_verdict(text, Category.EMERGENCY)
