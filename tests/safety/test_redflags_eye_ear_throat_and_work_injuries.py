"""Rounds 48 and 49's emergency families, in English and Spanish: a retina coming away
told as a curtain or a shadow moving over part of one eye, or as a shower of new specks
with lights; an ulcer of the cornea in a contact lens wearer; a chip from a grinder still
sticking out of the eye; a button battery up a nose or in an ear; a neck lump grown in
days that now whistles; a spin with a walk that tips to one side and speech that will
not come out right; paint or grease forced into a finger by a high-pressure tool;
hydrofluoric acid on the skin; a limb under a beam gone cold and numb; a worker shut in
a freezer who has stopped shivering. Beside each, the look-alikes that stay routine:
dark circles under the eyes, a floater or two for years, contacts that feel dry, a lump
booked for a biopsy, the dizziness of standing up, a flu shot in the arm, a battery
changed in a hearing aid, acid named in a safety class, a bruise from a dropped box."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_escalated, assert_routine


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "since last night it's like a grey curtain creeping up from the bottom of my left eye",
            "vision_loss",
        ),
        (
            "a dark shadow slid down over the lower part of my right eye since lunch",
            "vision_loss",
        ),
        (
            "all of a sudden a shower of floaters in my right eye and now a shadow coming down "
            "over it",
            "vision_loss",
        ),
        (
            "desde la mañana tengo una sombra oscura que me va tapando la mitad de arriba del ojo",
            "vision_loss",
        ),
        ("me salieron muchos puntitos negros en el ojo y veo destellos", "vision_loss"),
        (
            "wore my monthly contacts for a week straight, now a white spot on my eye and it "
            "hurts like crazy",
            "eye_emergency",
        ),
        (
            "i sleep in my contacts, my eye is unbearable since yesterday and my sight is "
            "getting blurry",
            "eye_emergency",
        ),
        (
            "dormí con los lentes de contacto y ahora tengo una mancha blanca en el ojo y me "
            "duele muchísimo",
            "eye_emergency",
        ),
        (
            "a metal chip flew into his eye at the lathe and there's a sliver sticking out of it",
            "eye_emergency",
        ),
        (
            "cutting tile without goggles, a shard shot into my right eye, I can see something "
            "lodged",
            "eye_emergency",
        ),
        (
            "my daughter stuck a coin battery in her ear this morning and it's still there",
            "button_battery",
        ),
        (
            "mi hijo se metió una pila de reloj en la nariz hace media hora y no sale",
            "button_battery",
        ),
        (
            "the mass on my throat has grown a lot in two days and I can't lie down without "
            "struggling to breathe",
            "airway_mass",
        ),
        (
            "el bulto del cuello creció muchísimo desde ayer y ahora hago un silbido al respirar",
            "airway_mass",
        ),
        (
            "room is spinning since this morning, I keep tipping over to the right and my words "
            "come out slurred",
            "stroke",
        ),
        (
            "mi papá está mareado, se cae para la izquierda y habla como trabado desde hace rato",
            "stroke",
        ),
        (
            "a grease gun went off and shot grease into my thumb, just a pinhole but it's puffing "
            "up",
            "injection_injury",
        ),
        (
            "la pistola de pintura me inyectó pintura en el dedo, tiene un hoyito y está hinchado",
            "injection_injury",
        ),
        (
            "splashed a wheel cleaner with hydrofluoric acid on my hand, now a deep ache in my "
            "fingers",
            "chemical_burn",
        ),
        (
            "me cayó ácido fluorhídrico en los dedos y ahora me duelen horrible",
            "chemical_burn",
        ),
        (
            "a steel beam rolled onto his leg at the site, they got it off but his foot is cold "
            "and numb",
            "trauma",
        ),
        (
            "se le volcó el montacargas encima del brazo y tiene la mano fría y azul",
            "trauma",
        ),
        (
            "my coworker got locked in the walk-in freezer for two hours, he's not shivering "
            "anymore and very drowsy",
            "hypothermia",
        ),
        (
            "mi esposo quedó atrapado en la cámara fría del rastro, ya no tiembla y está "
            "confundido",
            "hypothermia",
        ),
    ],
)
def test_the_family_is_read_by_the_rules(text: str, subtype: str) -> None:
    assert_emergency(text, fired=subtype)


def test_a_worker_shut_in_the_cold_is_read_as_cold_not_as_a_crisis() -> None:
    # The freezer's "encerrado" and a slowed, muddled mind once read as despair: the whole
    # check must lead with the body giving in to the cold.
    assert_emergency(
        "mi compañero se quedó encerrado en el congelador, ya no tiembla, está muy lento y "
        "confundido",
        rules_only=False,
    )


@pytest.mark.parametrize(
    "text",
    [
        # Dark circles and old floaters are neither a curtain nor new.
        "I've had dark shadows under my eyes for months, is that my iron?",
        "I've had a couple of floaters in my left eye for years, they don't bother me",
        "what does it mean when people describe a curtain over their eye?",
        "no curtain or shadow over my vision, just itchy eyes",
        "my grandpa had a curtain come down over his eye years ago and lost it",
        "mi mamá tuvo desprendimiento de retina hace años, ¿es hereditario?",
        "me salieron muchos puntitos rojos en la piel con las luces del antro",
        "the curtain in the exam room didn't close all the way, I could see the hallway",
        # Contacts that are only dry or a bit red.
        "my contacts feel dry by the end of the day and my eyes get a little red",
        "can I sleep in my contacts one night if I'm camping?",
        "my mom used to sleep in her contacts and got a white spot on her eye back in 2015",
        # Glasses missing, and nothing flown in.
        "I can't see anything without my glasses, everything is blurry, need a new prescription",
        "sin mis lentes no veo nada de lejos, ¿cuándo me toca el examen?",
        # Something in the eye that came out, or nothing sticking out.
        "something flew into my eye while biking, I rinsed it out and it feels fine now",
        # A battery named, not put anywhere.
        "need to change the battery in her hearing aid, what size does the clinic stock?",
        "he put his hearing aid in his ear and said the coin battery was dead",
        # A lump booked for a biopsy, or one that is smaller.
        "the lump in my neck hasn't grown, when is the biopsy?",
        "my neck lump got bigger but I'm breathing fine, can we move the ultrasound up?",
        # The dizziness of every day.
        "I get dizzy when I stand up too fast, it passes in a few seconds",
        "I had vertigo last year and slurred speech from a migraine, both went away",
        "tengo vértigo cuando me acuesto del lado izquierdo, ¿hago la maniobra de Epley?",
        # A shot, a tool or an acid talked of.
        "got my flu shot in the arm today, it's sore",
        "I use a paint gun at work, what gloves protect against solvents?",
        "in the safety class they said hydrofluoric acid is the worst one to spill",
        # A weight that left nothing behind, or a cold room with no one chilled.
        "a box fell on my foot yesterday, just a bruise and I can walk",
        "I work in the walk-in freezer all day, any tips for dry hands?",
    ],
)
def test_the_look_alikes_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        # Missing goggles no longer reads as a denial, and the denial of fine vision does not
        # hide what flew in.
        "grinding without safety glasses, a chip flew into his eye and it's sticking out",
        # Old floaters beside a new curtain.
        "I've had floaters for years but today a dark curtain is coming down over my eye",
        # BPPV before, and now the brainstem's signs.
        "I've had BPPV for years but now the room is spinning, I can't walk and my speech is "
        "slurred",
    ],
)
def test_a_real_sign_beside_the_look_alike_still_escalates(text: str) -> None:
    assert_escalated(text, rules_only=False)
