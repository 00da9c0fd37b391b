"""Crises told quietly, each worded afresh in English and Spanish: a stash of one's own
painkillers kept back, with thanks or "enough now"; a plan set for a day and told to
someone; sleeping and never waking called a relief; a pet given away with a follow-up
given up; drinking on until one's own liver or body finishes the job; whether taking all
of one's medicines at once would be painless; everyone better off "if I weren't here"
and knowing how to hurry the end; a threat to die set after a condition denied ("if they
don't list him he'll kill himself"); and thoughts of dying told beside how long one has
been caring for someone ("desde hace años"). Beside the look-alikes that stay routine (a
plan for a trip, sleeping through the night, a pet rehomed for an allergy, painkillers
kept for bad days or a take-back day, the colonoscopy prep taken at once, a need said
without a threat) and the stand-downs tested beside a real sign."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # A stash of one's own painkillers kept back, with thanks or with enough now.
        "i've been holding on to my hydrocodone since the operation, got a nice little stash. "
        "thank you for everything you've done",
        "stashing my morphine for a while now and I think I've got enough. you guys were great",
        "been keeping back my percocet after each dose, have a big stash now, I appreciate all "
        "of you",
        "he estado juntando mi tramadol desde la cirugía, ya tengo suficientes. gracias por todo",
        # A plan set for a day, told to someone.
        "the pain never stops and nobody can help. i've got a plan for saturday, i just wanted "
        "someone to know",
        "I have a plan for tonight. just needed to tell somebody",
        "tengo un plan para este fin de semana, nada más quería decírselo a alguien",
        # Sleeping and never waking, called a relief.
        "if I fell asleep tonight and didn't wake up it would be a relief honestly",
        "falling asleep and never waking up would be a mercy at this point",
        "si me duermo y ya no despierto sería un alivio, la verdad",
        "si me dormiera y no despertara sería un descanso para todos",
        # A pet given away and a follow-up given up.
        "found a new home for my cat last week. won't be needing the follow up in june, give "
        "my spot to someone else",
        "gave my dog to my neighbor and I won't need the appointment next month",
        "le regalé mi perrita a mi hermana. ya no voy a necesitar la cita de control",
        # Kept on purpose: a hospital stay does not set the farewell aside.
        "gave my cat to my brother before I go into the hospital, won't need the follow up",
        # Drinking on until one's own liver or body finishes the job.
        "i'm gonna keep drinking until my liver finishes me off, what's the point",
        "going to start drinking again till my liver gives out",
        "I just want to drink myself to death at this point",
        "voy a seguir tomando hasta que el hígado acabe conmigo",
        "quiero beber hasta morirme, ya no me importa el trasplante",
        # Whether taking all of one's medicines at once would be painless.
        "would it be painless if i took all of my gabapentin and my trazodone together? "
        "asking for myself",
        "if I swallowed all my pain pills and sleeping pills at the same time would it be painless",
        "si me tomo todas mis pastillas de dormir y las del dolor juntas, ¿sería sin dolor?",
        # Everyone better off if one were not here, and the end hurried.
        "mi familia estaría mejor si yo no existiera",
        "estarían mejor si ya no estuviera aquí",
        "this has been dragging on too long for everyone. I know how to speed it up",
        "esto está tardando demasiado, ya sé cómo apurarlo",
        # A threat set after a condition denied.
        "mi hijo dice que si no consigue el trasplante se va a quitar la vida",
        "my husband said if they don't put him back on the list he'll kill himself",
        "if I don't get the transplant I'm going to kill myself",
        "si no me aprueban el trasplante me voy a matar",
        # How long one has been caring, beside the thought of dying.
        "cuido a mi papá desde hace dos años y he pensado en quitarme la vida",
        "llevo cuidando a mi esposa desde hace meses y pienso en matarme",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # Painkillers kept for bad days, or for a take-back day.
        "I save my oxycodone for the really bad days, have a good stash for flares. thank you "
        "for everything",
        "saving my leftover hydrocodone to drop off at the take back day, thanks for everything",
        "I'm keeping my morphine in the lockbox like the nurse said, thank you for everything",
        "I keep my oxycodone in the kitchen cabinet, is that ok? thanks for everything",
        "saving my hydrocodone for the flight home, thank you all for everything",
        "guardo la insulina en el refri, ¿está bien? gracias por todo",
        # A plan for a trip, the prep or a visit.
        "I have a plan for this weekend, going camping with my kids! just wanted to tell someone",
        "i have a plan for tonight's prep, just wanted someone to know I'm ready for the "
        "colonoscopy",
        "tengo un plan para el fin de semana, vamos a la playa, solo quería contarle a alguien",
        # Sleeping through the night, or a child who sleeps in.
        "if I go to sleep and don't wake up until 7 that would be a relief, this insomnia is bad",
        "if he goes to sleep and doesn't wake up at night that would be such a relief",
        "si me duermo y no despierto en la noche para ir al baño sería un alivio",
        "if I could fall asleep and not wake up with a migraine that would be such a relief",
        # A pet rehomed for an allergy or a move, a visit no longer needed for a reason.
        "we gave our dog to my sister because of my son's allergy, and we won't need the "
        "appointment next month since the hives are gone",
        "gave my cat to my mom since we're moving to Denver, won't need the follow up",
        "le di mi perro a mi hermano porque me mudo, ya no voy a necesitar la cita",
        # Drinking told as history or fluids.
        "i drank until my liver gave out, that's how i ended up on the transplant list",
        "keep drinking the prep until it runs clear",
        # Medicines taken together on a schedule, or the colonoscopy prep taken at once.
        "can I take all my colonoscopy prep at the same time, is that painless?",
        "can I take all my morning pills together? is it ok on an empty stomach",
        # A need said without a threat, or a speed asked of a pump.
        "if I don't get my insulin today I don't know what I'll do",
        "if they don't refill my pain meds I'm going to be in so much pain",
        "can you show me how to speed up the pump when her pain breaks through?",
        "mi mamá estaría mejor si no estuviera sola en las tardes",
        "mi papá estaría mejor si ya no viviera tan lejos de nosotros",
        "I'm gonna keep going to the gym until my knees give out lol",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes with a real sign beside what sets them aside.
        "I save my oxycodone for bad days, but honestly I've been saving it so I can take it "
        "all at once",
        "we're moving in June, so I gave my dog away, and I want to kill myself",
        "if I go to sleep and don't wake up until 7 that would be fine, and I want to die",
        "I have a plan for this weekend's camping trip and a plan to end my life after",
        "le di mi perro a mi hermana por la alergia de mi hijo, y ya no quiero vivir",
        "my colonoscopy is friday but i'd rather take all my oxy at once, would it be painless",
    ],
)
def test_a_stand_down_does_not_hide_a_real_sign(text: str) -> None:
    assert_crisis(text)
