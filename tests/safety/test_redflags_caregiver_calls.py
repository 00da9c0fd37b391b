"""Emergencies a caregiver or a phone line describes without naming them, each worded
afresh in English and Spanish, beside the messages that share their words and stay
routine: ketoacidosis on a pump, croup and a swollen epiglottis, adrenaline already
given, an adrenal crisis, an ectopic pregnancy, a scorpion's venom, a heart heard as
"chess" and explained away."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # Ketones up with vomiting, the sugar told in the pump's and sensor's words.
        (
            "her omnipod came off in the night, bg 390 and ketones are large, she keeps "
            "throwing up",
            "diabetic",
        ),
        ("his dexcom reads 450, ketones 2.1 and he won't stop puking", "diabetic"),
        (
            "el sensor de mi hija marca 420, tiene cetonas moderadas y ya vomitó dos veces",
            "diabetic",
        ),
        # Stridor at rest after a barking cough; drooling in a child who will not lie down.
        ("toddler with croup is making a raspy sound breathing in even when calm", "breathing"),
        ("mi hija tiene tos de foca y le silba el pecho al respirar", "breathing"),
        ("está babeando mucho y no se quiere acostar, se queda sentado", "breathing"),
        ("he's drooling all over and refuses to lie down, just sits leaning forward", "breathing"),
        # Adrenaline already given: the reaction can come back (biphasic).
        (
            "I used my daughter's auvi-q about 15 minutes ago after she ate cashews, she's fine "
            "now, do we still go in?",
            "anaphylaxis",
        ),
        ("we injected him with epinephrine for the bee sting 20 min ago", "anaphylaxis"),
        (
            "le pusimos la epipen a mi hijo por una reacción al cacahuate y ya está mejor",
            "anaphylaxis",
        ),
        # No cortisol of one's own, and the replacement vomited or the body giving way.
        (
            "she has addison's and has been throwing up all morning, can't keep her cortef down",
            "adrenal",
        ),
        (
            "mi hijo tiene hiperplasia suprarrenal y está vomitando desde la mañana",
            "adrenal",
        ),
        (
            "my husband is steroid-dependent after his pituitary surgery and today he's very "
            "weak and confused",
            "adrenal",
        ),
        # Early pregnancy, pain on one side, close to fainting.
        (
            "positive test last week, my left side hurts a lot down low and I'm really "
            "light-headed",
            "obstetric",
        ),
        (
            "tengo 6 semanas de embarazo, me duele el lado izquierdo y estoy muy mareada",
            "obstetric",
        ),
        # A scorpion's or a snake's venom reaching the nerves.
        (
            "a scorpion stung my 4 year old, now he's drooling and his eyes are darting all over",
            "envenomation",
        ),
        (
            "a mi hijo lo picó un alacrán en el pie y tiene la lengua dormida",
            "envenomation",
        ),
        (
            "a rattlesnake bit my husband's hand and the swelling is spreading up his arm",
            "envenomation",
        ),
        # The heart heard as "chess", and pressure down the left arm explained away.
        ("been having a squeezing in my chess for an hour and im clammy", "cardiac"),
        (
            "there's a heaviness that runs down my left arm, probably just slept on it funny",
            "cardiac",
        ),
        ("siento una presión que se me va al brazo izquierdo, seguro es el calor", "cardiac"),
    ],
)
def test_the_signs_fire_the_rule(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)


@pytest.mark.parametrize(
    "text",
    [
        # A sugar or a pump with nothing wrong.
        "my bg was 180 after dinner, is that ok?",
        "la bomba de insulina necesita repuestos, ¿me mandan la receta?",
        "her ketones were a bit high on the keto diet, no vomiting at all",
        # A cough or drool without the airway.
        "my baby drools a lot because of teething, anything for it?",
        "tiene tos de perro desde ayer pero respira bien, ¿le doy miel?",
        # An EpiPen handed over, not given.
        "the pharmacy gave me the wrong epipen size, can you fix it",
        "the allergist gave us a prescription for an epipen, when should we use it",
        # Adrenal talk without a crisis.
        "I use hydrocortisone cream for eczema and I threw up after dinner",
        "my son has adrenal insufficiency, can we get his stress-dose letter for school?",
        # Pregnancy without the one-sided pain, or the pain without pregnancy.
        "I'm 8 weeks pregnant and get dizzy when I stand up, is that normal?",
        "I've had pain on my right side for six weeks and I'm a bit dizzy",
        # A scorpion with no venom signs.
        "we found a scorpion in the garage, how do we keep them out?",
        # The game, and an arm sore from a shot.
        "my chess club meets thursday, can I move my appointment?",
        "my left arm is sore from the flu shot",
    ],
)
def test_the_same_words_without_the_emergency_stay_quiet(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        # A lick of hand sanitizer, the child well.
        "my 1 yr old licked some hand sanitizer off the table, she's acting normal",
        "mi niño de 2 años lamió un poquito de desinfectante de manos, está bien",
        # A past, settled seizure on a form.
        "my daughter had one febrile seizure at 14 months, the camp form wants her seizure history",
        # A heart attack or a death joked about.
        "mi hijo con el examen me va a dar un infarto jajaja",
        "i'm gonna have a heart attack lol my kid just said his first curse word",
        "we're dying in this heat, can i get a refill on my inhaler",
        "me estoy muriendo de calor, ¿tienen citas mañana?",
    ],
)
def test_everyday_look_alikes_stay_quiet(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # More than a lick, or a lick with signs.
        ("my toddler drank half the bottle of hand sanitizer", "overdose_poisoning"),
        ("she licked hand sanitizer and now she's throwing up", "overdose_poisoning"),
        # A joke after a real sign is no joke.
        ("im dying lol my chest hurts so bad and my arm is numb", "cardiac"),
    ],
)
def test_the_look_alike_beside_a_real_sign_still_fires(text: str, subtype: str) -> None:
    assert_emergency(text, subtype=subtype)
