"""Errands told in words a crisis or an emergency also uses, settled history, signs said
not to be there and a numb mouth from the dentist, in English and Spanish. Beside each,
the same context with a real emergency or crisis, which must still escalate."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.reassurance import mild
from aurixa.safety.text import Doc
from tests.safety.rules import assert_escalated, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # An age, a will changed, belongings handed on for a move, texts asked for instead of
        # calls, pills counted before a refill.
        "Mi abuela cumplió 90 años",
        "I want to take my brother out of the will",
        "mi abuelo nos regaló sus muebles cuando se mudó con mi tía",
        "Soy sorda, por favor mándenme correos en vez de llamarme",
        "Necesito resurtir mi losartán, me quedan 3 pastillas",
    ],
)
def test_an_errand_is_not_escalated_by_the_backstop(text: str) -> None:
    assert_routine(text, rules_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "my grandpa just turned 87 years old",
        "necesito una constancia para la escuela de que mi hija va a terapia",
        "I need a letter for my job saying I have dialysis three times a week",
        "forgot my birth control pills at my mom's house for the weekend",
        "se me olvidaron las pastillas anticonceptivas en el hotel",
        "me da pena preguntar en la farmacia",
    ],
)
def test_the_errand_clause_is_set_aside(text: str) -> None:
    assert mild(Doc(text), 0), text


@pytest.mark.parametrize(
    "text",
    [
        # Settled history: a past term, an earlier pregnancy, a death remembered on its day,
        # old scars asked about out of curiosity.
        "my friend got taken to the ER for alcohol poisoning last semester, she's fine now, do "
        "you do alcohol talks for clubs",
        "after my first baby i had bad postpartum depression and thoughts of suicide, got help, "
        "been well for 3 years, want a plan this time",
        "hoy se cumplen dos años de que mi hermano murió de sobredosis, quiero hablar con el "
        "grupo de duelo",
        "it's been a year since my son died of an overdose, i'd like the grief group info",
        "old self harm scars from when i was a teen, getting a tattoo over them, just curious",
        # A blood thinner is no bleeding.
        "I had a PE two years ago, now 10 weeks pregnant, will I need blood thinners?",
        # A sign said not to be there, inside its phrase or after a clitic.
        "his face isn't drooping and he can talk fine, his eyelid just twitches",
        "me salieron ronchas por el detergente pero respiro bien y no se me hinchan los labios",
        # A mouth numb from the dentist.
        "no puedo hablar bien porque tengo la boca dormida por la anestesia del dentista",
        "can't talk right, my lip is still numb from the dentist filling this morning",
        # What a class mentioned.
        "the cpr class mentioned FAST for stroke, what does the T mean",
    ],
)
def test_settled_history_and_causes_are_not_escalated_by_the_rules(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "He just turned 69 years old and now he has crushing chest pain and is sweating",
        "I would like to remove my son from the will, then i'm going to kill myself",
        "my mom gave me all her furniture when she moved to assisted living, and now she says "
        "she wants to die and has a plan",
        "Soy sordo, mándenme mensajes de texto en vez de llamarme, me quiero matar esta noche",
        "se me olvidaron las pastillas anticonceptivas y me tomé todas las otras pastillas para "
        "morirme",
        "Necesito resurtir mi metformina, me quedan 5 pastillas y me las voy a tomar todas para "
        "no despertar",
        "Necesito una carta para mi trabajo, pero ahora me duele mucho el pecho y no puedo "
        "respirar",
        "my friend ended up in the ER for alcohol poisoning last semester, and tonight my roommate "
        "drank a whole bottle and won't wake up",
        "I had a PE in 2019, now 8 wks pregnant and bleeding heavily with cramps",
        "I had a PE in 2019, now 8 wks pregnant and I'm short of breath with chest pain",
        "after my first baby i had ppd and thoughts of suicide, got treatment, but now im having "
        "thoughts of suicide again",
        "i have old self harm scars from when i was a teen, just curious, but i cut again last "
        "night",
        "hoy se cumple un año de que mi hijo murió de sobredosis y hoy yo también me quiero morir",
        "hoy se cumple un año de que mi hijo murió y mi esposo se tomó un frasco de pastillas, no "
        "despierta",
        "my face isnt drooping but my arm is weak and numb and my speech is slurred",
        "me salieron ronchas pero no se me hinchan los labios, aunque se me cierra la garganta "
        "y no puedo respirar",
        "no puedo hablar bien porque tengo la boca dormida del dentista, y no puedo mover el brazo "
        "derecho",
        "I can't talk right since the dentist numbed me and now i can't see out of my left eye",
        "my mouth is numb and drooping, i can't talk",
        "first aid class mentioned BE FAST for stroke, and my dad's face is drooping right now and "
        "he can't talk",
    ],
)
def test_the_emergency_or_crisis_beside_it_still_escalates(text: str) -> None:
    assert_escalated(text, rules_only=False)
