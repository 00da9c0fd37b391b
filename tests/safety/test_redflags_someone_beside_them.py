"""Emergencies told by older adults alone, their aides and neighbours, and crises told by
people with someone beside them now (teachers, coaches, landlords, coworkers), each
worded afresh in English and Spanish: pressure that the blood soaks through, a meter in
the hundreds with someone hard to rouse, a narrow-margin medicine with fluid lost and the
brain showing it, a fall with neck pain and both arms tingling, a newborn's age counted
from the birth, an engine running in a closed space, a sudden breathlessness weeks after a
birth; a plan set for a day with nothing to face after it, belongings given away with a
pet put in someone's care, last words texted, medicine kept back to be with someone gone,
enough to sleep and not wake, one's own death drawn with a date. Beside them the
look-alikes that stay routine."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # Pressure held and the blood still coming through it.
        "cut my thumb slicing onions, been holding a cloth on it for 20 minutes and blood is "
        "still seeping through",
        "le estoy apretando la herida con una toalla desde hace media hora y la sangre sigue "
        "traspasando",
        "my dad is on eliquis, sliced his palm on a tin can, I've been pressing a dish towel on "
        "it for 15 minutes and the blood is still coming through",
        # A meter in the hundreds, or thirst with endless urine, and someone hard to rouse.
        "grandpa's meter says 510 and he's hard to wake this morning",
        "el glucómetro de mi abuela marca 450, está somnolienta",
        "mi abuela tiene mucha sed y orina a cada rato, el glucómetro marca 540 y está muy dormida",
        # A narrow-margin medicine, fluid lost, and the brain showing it.
        "my brother is on lithium, he's had the stomach flu with diarrhea since sunday and now "
        "he's unsteady on his feet",
        "mi papá toma litio, tiene diarrea desde hace dos días y ahora está confundido y camina "
        "como borracho",
        "my dad takes digoxin, he's been throwing up and says he's seeing everything yellow",
        # A fall, neck pain, and both arms gone numb or tingling.
        "my mom fell on the ice, her neck hurts and now there's tingling and weakness in both legs",
        "mi abuelo se cayó en el baño, le duele mucho el cuello y tiene hormigueo en ambos brazos",
        # A newborn's age counted from the birth, whoever the child is to the writer.
        "my granddaughter is 6 weeks and has a temp of 100.8 rectally",
        "mi sobrino tiene 3 semanas de nacido y tiene 38.2 de temperatura",
        "el bebé tiene 20 días de vida y está muy caliente",
        # An engine running in a closed space, with anyone's head turning.
        "my neighbor has had his generator running in the garage since the storm and he says "
        "he's dizzy and nauseous",
        "mi vecino tiene el generador prendido en la cochera desde el apagón y le duele la cabeza",
        "fui a ver a mi tía y a su esposo, los dos tienen mareo y dolor de cabeza, tienen el "
        "calentador prendido toda la noche",
        "She's had a generator running in the basement all week and now she and her son both "
        "have headaches and nausea. Can I make an appointment?",
        # Weeks after a birth, a sudden breathlessness (the Spanish was heard already: "hace
        # tres semanas" never dated the clause as history).
        "she had the baby 3 weeks ago and all of a sudden she's short of breath",
        "mi esposa dio a luz hace 3 semanas y de repente le falta el aire y le duele el pecho",
        # A teaching question with the reason for asking: the reason is a report.
        "I want to know the difference between heat exhaustion and heat stroke because my son "
        "is confused and stopped sweating",
        "quiero saber la diferencia entre agotamiento por calor y golpe de calor porque mi hijo "
        "está confundido y dejó de sudar",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # A plan set for a day and nothing to face after it.
        "my roommate says he's got a plan for saturday and after that he won't have to deal "
        "with anyone anymore",
        "mi alumno escribió que tiene un plan para el viernes y que ya no va a tener que "
        "aguantar a nadie",
        # Belongings given away and a pet put in someone's care, or a home not needed.
        "my nephew gave away his guitar and his bike and asked me to take care of his dog for him",
        "mi vecina está regalando sus muebles y me pidió que su gato se quede con su hermana",
        "he's been giving his tools away and says he won't be needing the apartment next month",
        # Last words texted, and silence since.
        "mi hermano me mandó 'diles a mis hijos que los quiero' y ya no contesta el teléfono",
        "my friend messaged 'tell my wife i love her' an hour ago and her phone goes to voicemail",
        # Medicine kept back to be with someone gone.
        "My dad has been saving his sleeping pills so he can be with mom again",
        "mi mamá está juntando sus pastillas para irse con mi papá",
        # Enough of a medicine to sleep and not wake (the Spanish was read already).
        "need my ambien early, I want enough so I fall asleep and don't wake up",
        "quiero suficientes pastillas para asegurarme de dormir y no despertar",
        # Last words and never to be seen again.
        "thanks for everything doc, you won't see me again, I made my decision",
        "gracias por todo, ya no me van a volver a ver",
        # One's own death drawn, with a date or a farewell on it.
        "mi alumno dibujó a sí mismo colgado de un árbol y escribió 'yo pronto'",
        "my son drew himself hanging from a beam and wrote 'goodbye' under it",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # A cut that stopped under pressure.
        "cut my finger, pressed on it for 5 minutes and it stopped, just a bit of blood on the "
        "bandage",
        "me corté, le apreté un rato y ya no sale sangre",
        # An everyday reading, or a meter that is not a glucometer.
        "my meter read 140 this morning and I'm a bit drowsy after my night shift",
        "el glucómetro marca 120 y tengo sueño",
        # A usual tremor, or a stomach bug that has passed.
        "I take lithium and have a slight tremor in my hands, is that normal?",
        "mi mamá toma litio y tuvo diarrea ayer, hoy ya está bien",
        # A fall with nothing of the spine.
        "fell down the stairs yesterday and bruised my knee, no neck pain",
        "me caí por las escaleras y me raspé la rodilla",
        # Young children's ages that are not a newborn's, a normal temperature.
        "my granddaughter is 6 years old and has a fever of 100.8",
        "mi nieta tiene 5 semanas de nacida y tiene 37.2 de temperatura, come bien",
        # An engine outside, a headache on its own.
        "we run the generator outside, far from the windows; I have a headache from stress",
        "our car is in the garage and I have a migraine today",
        # A sudden event years ago, asked about for a refill.
        "3 years ago I suddenly had chest pain and they found a blocked artery, I need a refill",
        # Plans for a day, belongings given when moving, a text of thanks.
        "we have a plan for Friday: finish the report, and then I won't have to deal with this "
        "client anymore",
        "tenemos un plan para el viernes, una fiesta sorpresa",
        "mi vecino regaló su sofá porque se muda, y me pidió que cuide a su gato por él",
        "my neighbor asked me to take care of her cat for her while she's on vacation, she gave "
        "away her old couch too",
        "my son sent me 'thanks for everything' after his birthday party and he's not answering, "
        "he's at the movies",
        "she keeps her insulin in the fridge so she can see him at dinner",
        "I go to sleep and don't wake up until 10 on weekends, is that too much sleep?",
        "gracias por todo doctora, me mudo a Monterrey y no me van a volver a ver por aquí",
        "thank you for everything, I won't see you again because I'm switching to a new clinic",
        # Drawings with no death in them.
        "my daughter drew a picture of herself hanging from the monkey bars at recess",
        "the kids drew pictures of themselves at the beach, so cute, bye for now",
        # Bleeding tapering after a birth, a warm baby measured normal, a difference asked.
        "2 weeks after the birth and the bleeding is down to brown spotting, can I swim?",
        "tengo 2 semanas de haber dado a luz y el sangrado ya es solo un manchado café",
        "my 2 week old felt a bit warm after his bath, it was 98.9 under the arm",
        "mi bebé de 3 semanas se siente caliente, le tomé la temperatura y tiene 37.1",
        "I'd like to understand the difference between heat exhaustion and heat stroke",
        "quiero entender la diferencia entre un infarto y un ataque de pánico",
    ],
)
def test_the_look_alike_stays_quiet(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 weeks postpartum and the bleeding is getting heavier, soaking a pad an hour",
        "di a luz hace 10 días y estoy sangrando muchísimo, lleno una toalla cada hora",
        "my 3 week old feels warm, I checked and it's 99.1 but now she won't feed",
        "my 5 week old felt warm and the thermometer says 100.9",
        "mi bebé de 3 semanas se siente caliente, tiene 38.3",
    ],
)
def test_a_sign_beside_the_settling_words_still_counts(text: str) -> None:
    assert_emergency(text)
