"""A farewell told as an errand: care given up for good with last words to the doctor, a
medicine asked for in bulk for the end chosen, whether taking all of it would be painless;
and, of someone else, how they would do it with a will written, or a wish to join someone
dead with pills kept back. Each case is worded afresh, in English and Spanish, with the
benign messages that share its words (a visit not needed as the rash cleared, a move, a
trip, a will made with a lawyer, a weekend with dad)."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis_named, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # Care given up for good, with last words.
        "you can give my spot to someone else, i won't be needing it. thank you for everything, "
        "you were always good to me",
        "denle mi cita a otra persona, gracias por todo doctora, siempre fue muy buena conmigo",
        "cancelen todas mis citas para siempre, ya tomé mi decisión, no es culpa de nadie",
        "please cancel my therapy sessions permanently. i have made up my mind. goodbye",
        # A medicine in bulk for the end chosen.
        "can you fill my oxycodone early, i want the full bottle for when i'm ready to be done",
        "quiero que me surtan las pastillas para dormir antes, las necesito para terminar con "
        "esto de una vez",
        "picking up my prescriptions tonight, last thing i need to do before i go",
        # Whether taking all of it would be painless.
        "if i swallowed all of my pills would i feel anything",
        "si me tomo todas las pastillas sería sin dolor?",
        # Of someone else: how they would do it, with a will or the means.
        "mi esposo habla de cómo lo haría y hoy hizo su testamento",
        "my brother keeps asking how he'd do it and he's been giving away his guitar",
        # A wish to join someone dead, with pills kept back.
        "mi abuela dice que quiere irse con mi abuelo y le encontré una bolsa llena de sus "
        "pastillas",
        "grandpa says he's ready to join grandma, the nurse found his meds he's been hiding",
    ],
)
def test_a_farewell_told_as_an_errand_takes_the_crisis_path(text: str) -> None:
    assert_crisis_named(text)


@pytest.mark.parametrize(
    "text",
    [
        # Visits given up for a reason: well again, moving, a new doctor.
        "you can give my appointment to someone else, my rash cleared up. thanks for everything!",
        "cancel my appointments for good, we're moving to Texas. thank you for everything",
        "i won't need any more appointments, i found a new doctor closer to home, thanks for "
        "everything",
        "cancelen mi cita del martes, gracias por todo",
        # A refill before a trip, a bottle wanted for convenience, vitamins all at once.
        "need my meds refilled early, the last thing i have to do before i go on vacation",
        "can i get the whole bottle of amitriptyline refilled, i'm done with the 30 day packs",
        "if i take all my vitamins at once is that a problem",
        "quiero acabar con esto de una vez, ¿me pueden mandar los papeles del seguro?",
        # A plan that is a remodel, a will with a lawyer, a weekend with dad.
        "my wife talked about how she'd do it, the kitchen remodel, she wrote out the plan",
        "my mom wrote her will last week with the lawyer, she's 80 and healthy",
        "my mom wants to go be with dad at his place for the weekend, she packed her pills",
    ],
)
def test_the_same_words_with_a_reason_stay_quiet(text: str) -> None:
    assert_routine(text)
