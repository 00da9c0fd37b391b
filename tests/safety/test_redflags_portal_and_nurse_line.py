"""Emergencies and crises from a family practice's patient portal and an after-hours nurse
line, each worded afresh in English and Spanish: blood itself thrown up, a charcoal burner
lit where people sleep, blood through one towel after another or spurting on its own
after the cut, drinking stopped all at once with hallucinations or confusion; not wanting
to wake up or see a point with an adverb in the denial, no point in going on said in
Spanish, wanting it all to stop, a whole supply used to be done with it, knowing the dose
that would do it, hurting oneself to bleeding, wanting to follow someone who died. Beside
them the look-alikes that stay routine: a nosebleed swallowed, coffee given up, a
certificate course's first-aid question, a sick child drinking fine between doses."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from tests.safety.rules import (
    assert_crisis,
    assert_crisis_named,
    assert_emergency,
    assert_not_verdict,
)


@pytest.mark.parametrize(
    "text",
    [
        # Blood itself thrown up, its colour or amount said.
        "my dad just threw up dark red blood in the sink",
        "grandpa is throwing up fresh blood",
        "mi esposo vomitó pura sangre hace rato",
        "mi abuela vomitó bastante sangre roja",
        # A charcoal burner lit where people sleep, and heads aching in the household.
        "we lit a charcoal grill in the bedroom for heat and now we all have headaches",
        "prendimos el brasero dentro de la casa y a todos nos duele la cabeza",
        "pusimos el carbón dentro del cuarto y los niños están mareados y adormilados, todos",
        # Blood through one towel after another, or spurting on its own after the cut.
        "sliced my finger on a mandoline, it has bled through two dish towels already",
        "se cortó con un vidrio y ya traspasó tres toallas",
        "he cut his forearm on the saw, spurting every time he moves it",
        # Drinking stopped all at once, and the mind goes.
        "my brother quit drinking cold three days ago and now he's seeing spiders and confused",
        "my husband stopped drinking on Sunday and tonight he's hallucinating",
        "mi papá dejó de beber hace tres días y ahora ve animales en el techo",
        "mi tío dejó el alcohol de golpe y ahora alucina",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        # An adverb in the denial.
        "honestly i don't even want to wake up tomorrow",
        "I dont honestly see the point of living like this",
        # No point in going on, in Spanish.
        "ya no le veo caso seguir viviendo así",
        "mi hermana dice que ya no le ve caso vivir",
        "no me quiero despertar mañana",
        # Wanting it all to stop.
        "I just want to make all of this stop",
        "quiero que todo se acabe de una vez",
        # A whole supply used at once, to be done with it.
        "thinking about shooting the whole stash tonight and being done with it",
        "ya me voy a meter todo el cristal y acabar con esto",
        # Knowing the dose that would do it.
        "I know exactly what amount of my morphine would do it",
        "sé exactamente cuántas pastillas me matarían",
        # Hurting oneself to bleeding.
        "i claw at my skin until it bleeds when i panic",
        "me estoy mordiendo los brazos hasta hacerme sangre",
        # Wanting to follow someone who died.
        "since my husband died I just want to be with him again",
        "desde que falleció mi hija mi mamá dice que ya se quiere ir con ella",
    ],
)
def test_the_crisis_is_heard(text: str) -> None:
    assert_crisis_named(text)


@pytest.mark.parametrize(
    "text",
    [
        # A red drink or a swallowed nosebleed thrown up is no bleed inside.
        "my son threw up blood-red popsicle, is that normal?",
        "threw up some blood after a nosebleed, feels fine now",
        # Coffee or medicine given up, or drinking given up long ago.
        "I stopped drinking coffee and now I have a headache",
        "dejó de tomar sus pastillas de la presión y anda confundida con las fechas de la cita",
        "I quit drinking a year ago, is there a support group you recommend?",
        # A charcoal grill outside.
        "we had a charcoal grill going in the backyard, my kids want hot dogs",
        # Towels and spurting that are not a wound.
        "the baby spit up through two burp cloths today",
        # No point in going on with a treatment; a thing made to stop.
        "ya no le veo caso seguir con la terapia física",
        "I need something to make the itching stop",
        # A dose that would do it for a symptom.
        "I know exactly what dose of ibuprofen would do it for my cramps",
        # A pet scratching to bleeding.
        "my dog keeps scratching himself until he bleeds",
        # Going somewhere with someone after a death.
        "my grandma passed last year, I want to go with my mom to visit her grave on Sunday",
        "mi abuelo murió en marzo, quiero ir con mi mamá al cementerio el domingo",
        # A certificate course's first-aid question.
        "For my CNA course, what's the first aid for a seizure?",
        "para mi clase de auxiliar de enfermería: ¿cuáles son los primeros auxilios para una "
        "convulsión?",
        # A sick child drinking fine between doses of a medicine.
        "my 3 year old has a cold, eating ok, drinking fine, napping between motrin doses",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    assert_not_verdict(text, Category.EMERGENCY, Category.SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        # A course named beside a report now: still heard.
        "For my CNA class I'm at the nursing home and my patient is having a seizure right now",
        # A child drinking fine, who then got into someone else's pills.
        "my son is drinking fine but he swallowed some of grandma's pills",
    ],
)
def test_the_lesson_or_the_schedule_hides_no_report(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # Waking someone else, or going on with a treatment, is an errand.
        ("I don't want to wake up the baby, can I text instead of calling?", False),
        ("no quiero despertar al bebé, ¿puedo mandar mensaje?", False),
        ("I don't see the point of going on with physio, it isn't helping my knee", False),
        # Not waking, or going on with life, is not.
        ("I don't want to wake up tomorrow", True),
        ("I don't want to go on with life", True),
        ("no quiero despertar mañana", True),
    ],
)
def test_an_object_after_the_wish_makes_it_an_errand(text: str, crisis: bool) -> None:
    if crisis:
        assert_crisis(text)
    else:
        assert_not_verdict(text, Category.SELF_HARM)
