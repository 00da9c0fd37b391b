"""Emergencies that come without their textbook words: a heart attack felt as a weight on
the chest or as an ache between the shoulder blades with a sweat, an implanted
defibrillator that keeps firing, a baby's age said in months, medicines taken wrong, the
base of the spine squeezed, bleeding told by the towels it soaked, a child who got into
someone else's pills, stings and a face that swells. Each case is worded afresh, in
English and Spanish, with the benign messages that share its words."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from aurixa.safety.service import check_input
from tests.safety.rules import (
    assert_crisis,
    assert_emergency,
    assert_routine,
    assert_verdict,
    rules_only,
)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # The chest named, then the weight on it.
        ("my chest feels like somebody is kneeling on it and my jaw aches", "cardiac"),
        (
            "siento el pecho como si alguien estuviera sentado encima y me hormiguea el brazo "
            "izquierdo",
            "cardiac",
        ),
        # A heart attack without chest pain: an ache in the back, jaw or arm, a sweat, and
        # sickness or breathlessness.
        (
            "my mom is 68, clammy and queasy, and has an ache between her shoulder blades, she "
            "says it's just indigestion",
            "cardiac",
        ),
        (
            "estoy sudando frío, con ganas de vomitar y me duele entre los omoplatos, será gripa?",
            "cardiac",
        ),
        # An implanted defibrillator firing more than once, or once with symptoms.
        ("my icd went off three times this hour", "cardiac"),
        ("mi desfibrilador me dio dos descargas seguidas, me siento mareado", "cardiac"),
        ("my defib zapped me just now and i feel confused and dizzy", "cardiac"),
        # A baby's age in months, without "old".
        (
            "my son is 2 months, temp 100.9 and won't take the bottle, can we come friday?",
            "infant_fever",
        ),
        ("baby is 1 month and feels really hot, sleeping all day", "infant_fever"),
        # Someone's own medicines taken wrong, and it shows.
        (
            "dad mixed up his pills this morning and now he's really drowsy and confused",
            "overdose_poisoning",
        ),
        (
            "mi abuela se equivocó con las pastillas y está muy dormida y habla arrastrando las "
            "palabras",
            "overdose_poisoning",
        ),
        (
            "her 7-day pill organizer was already empty by thursday and she's very sleepy",
            "overdose_poisoning",
        ),
        # The base of the spine: numb where one sits, a bladder that no longer empties.
        ("can't pee at all since this morning and my inner thighs and groin are numb", "spinal"),
        ("no puedo orinar desde ayer y tengo las nalgas dormidas", "spinal"),
        (
            "haven't peed since last night and my legs keep giving out, can you refill my "
            "gabapentin?",
            "spinal",
        ),
        # Bleeding told by what it soaked.
        ("ya empapé dos toallas, me corté el pie con un vidrio", "bleeding"),
        ("me corté la mano con un cuchillo y no deja de salir sangre", "bleeding"),
        (
            "cut my thumb on a mandoline, two towels are soaked through and it's still going",
            "bleeding",
        ),
        # A child who got into someone else's pills, however many.
        (
            "mi hijo de 4 años se tomó no sé cuántas pastillas de la tiroides de mi mamá",
            "overdose_poisoning",
        ),
        # A sting and a whole face or mouth swelling.
        (
            "a mi hija le picó una avispa y se le hinchó toda la boca, no puede tragar",
            "anaphylaxis",
        ),
        (
            "my son got stung by wasps and his whole face is swelling, he says it's hard to "
            "swallow",
            "anaphylaxis",
        ),
    ],
)
def test_presentations_without_their_textbook_words(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Limbs jerking in a baby who no longer looks, with a fever or for minutes.
        ("the baby keeps jerking her legs and staring, not responding", Category.EMERGENCY),
        # A chemical splashed in the face and the eyes burning.
        (
            "splashed bleach in my face cleaning, my eyes are stinging and watery",
            Category.EMERGENCY,
        ),
        # A small child dropped, then vomiting again and again.
        ("se me cayó mi hijo de 2 años del sillón, no para de vomitar", Category.EMERGENCY),
        # Blades set out, with no wish to stop.
        (
            "the blades are out on the counter and i don't want to stop this time",
            Category.SELF_HARM,
        ),
        # A goodbye texted, then silence.
        ("my son texted us goodbye last night and isn't picking up", Category.SELF_HARM),
        ("mi hija nos mandó un mensaje de despedida y no contesta", Category.SELF_HARM),
    ],
)
def test_round_14_reports_the_backstop_alone_had_caught(text: str, category: Category) -> None:
    assert_verdict(text, category)


def test_a_small_childs_ingestion_is_an_emergency_and_no_crisis() -> None:
    """ "No quiere despertar" of a three-year-old is a child who will not wake."""
    text = (
        "mi nieto de 3 años se tragó quién sabe cuántas pastillas de la presión de su abuelo, "
        "está muy dormido y no quiere despertar"
    )
    verdict = check_input(text, registry=rules_only())
    assert verdict.category == Category.EMERGENCY
    assert Category.SELF_HARM not in verdict.categories


def test_no_quiere_despertar_said_of_an_adult_stays_a_crisis() -> None:
    text = "mi hermana ya no quiere despertar, dice que está cansada de todo"
    assert_crisis(text)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("my cat likes sitting on my chest when i nap, is that bad for my back?", "a cat"),
        (
            "sweaty after the gym and a bit nauseous, and my shoulder blades are sore from rowing",
            "a workout",
        ),
        (
            "i get sweaty and short of breath walking up hills, and my jaw clicks when i chew",
            "no ache",
        ),
        ("my icd clinic appointment was moved again, can you confirm the new time?", "no shock"),
        ("my defibrillator check is due, it has never shocked me", "never"),
        ("my husband's icd shocked him once last year, can we get the device report?", "past"),
        ("my baby is 2 months old and due for her shots, she's eating well, can we book?", "well"),
        ("baby is 3 months early on his milestones according to the doctor", "not an age"),
        ("grandma's weekly pill box is empty, can you refill her prescription?", "no signs"),
        ("dad mixed up his pill organizer days so i redid it for him", "no signs"),
        ("my butt is numb from sitting on the bleachers all day", "numb alone"),
        ("i can't pee when i'm nervous in public bathrooms, any tips?", "shy bladder"),
        ("the towels are soaked from the pool, can i reschedule?", "no wound"),
        ("me corté con una hoja de papel, ya no sale sangre", "stopped"),
        ("a mi hijo le picó un mosquito y tiene una roncha en el brazo", "a bite, no swelling"),
        (
            "my newborn jerks her arms when she's startled in her sleep, is that normal?",
            "a startle",
        ),
        ("the razor blades are out on the counter, I'm shaving my legs", "shaving"),
        ("my friend texted goodbye as she left the party", "a party"),
        ("se le cayó el celular del bolsillo y se rompió la pantalla", "a phone"),
    ],
)
def test_their_near_misses_do_not_escalate(text: str, why: str) -> None:
    assert_routine(text, why=why)
