"""Emergencies told by their signs rather than their names, each family worded afresh in
English and Spanish: pain that tore through the chest or back (an aortic dissection); a
known aneurysm with sudden severe pain or a faint (a rupture); froth coughed up pink, or a
weak heart that cannot lie flat (fluid on the lungs); paracetamol taken over days and the
liver showing it; a blocked bowel that has not yet made anyone vomit. Beside them the
look-alikes that stay routine."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from tests.safety.rules import assert_emergency, assert_not_verdict


@pytest.mark.parametrize(
    "text",
    [
        # Pain that tore, in the chest or between the shoulder blades.
        "out of nowhere it felt like something ripped in my back between my shoulder blades",
        "his back pain hit all at once like something split open between his shoulder blades",
        "sentí como si algo se me desgarrara en el pecho y me pasó a la espalda",
        "siento como si algo se me arrancara en la espalda",
        # A known aneurysm, and sudden severe pain or a faint.
        "my grandfather has an aortic aneurysm and all of a sudden his stomach pain is severe",
        "he has a AAA they are monitoring and he just got light-headed and grey",
        "mi mamá tiene un aneurisma en la aorta y de repente le duele horrible la espalda",
        "mi tío tiene un aneurisma que están vigilando y se puso pálido y se va a desmayar",
        # Froth coughed up pink; a weak heart that cannot lie flat.
        "my mom is coughing up pink frothy spit",
        "he keeps bringing up this bubbly pink stuff when he coughs",
        "mi abuelo está tosiendo espuma rosada",
        "my dad has a bad heart and tonight he can't lie flat without gasping",
        "mi esposo es enfermo del corazón y no puede acostarse porque se ahoga",
        # Paracetamol over days, then yellow eyes or skin, or taken far too often with
        # sickness or pain under the right ribs.
        "he's been on acetaminophen for his back all week and now his skin looks yellow",
        "she took tylenol every hour or two since monday for her tooth and now keeps throwing up",
        "been taking nyquil and extra strength tylenol round the clock for 4 days, pain under my "
        "right ribs",
        "mi mamá toma paracetamol cada dos horas por el dolor de muela y ya tiene los ojos "
        "amarillos",
        "lleva tres días con paracetamol y se está poniendo amarilla",
        # A blocked bowel before any vomiting: no wind passed, a swollen or hard belly,
        # severe pain.
        "haven't pooped or passed gas in 4 days, my belly is swollen and hard and the pain is "
        "severe",
        "my dad hasn't had a bowel movement or passed any wind since saturday, his stomach is "
        "distended like a drum and the cramps are unbearable",
        "no he hecho del baño ni gases en 4 días, la panza dura e hinchada y un dolor terrible",
        "mi mamá no ha podido echar gases desde el domingo, tiene el vientre muy inflamado y le "
        "duele horrible",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # A tear felt in a knee is a ligament; an aneurysm watched, with no pain.
        "felt like something tore in my knee when I jumped",
        "my dad has an aortic aneurysm, the next scan is in june, is he allowed to fly?",
        "mi papá tiene un aneurisma en la aorta, ¿cada cuánto le toca el ultrasonido?",
        # Pink foam on a drink; a heart condition and breathless on the stairs.
        "the pink foam on my latte is so cute lol",
        "my dad has a heart condition and gets winded on the stairs, should he see cardiology?",
        # Paracetamol as labelled; a newborn's jaundice asked about with it.
        "I take tylenol every 6 hours for my back, can I get a refill?",
        "my newborn looks a little yellow, is tylenol safe for me while breastfeeding?",
        "tomo paracetamol cada 8 horas por la gripa, ¿puedo tomar también ibuprofeno?",
        # Constipation with wind still passing, or no swollen belly.
        "haven't pooped in 3 days, a bit bloated, any stool softener you recommend?",
        "I keep passing gas and my belly is bloated after beans, pain is mild",
        "no he hecho del baño en tres días, ¿qué laxante me recomiendan?",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_not_verdict(text, Category.EMERGENCY)
