"""Emergencies of medicines taken wrong and of long-term treatment, each worded afresh in
English and Spanish: a weekly medicine (methotrexate) taken every day with mouth sores,
bruising or a fever; aspirin taken in excess with the ears ringing and the breathing fast;
a small child who got at a heart, pressure, antidepressant or sugar tablet of which one can
kill; a small child given a grown-up's medicine or dose again and again or with signs;
someone who took a handful of another's named medicine; naloxone given, in every person of
the verb; long-term steroids stopped, told with how long they had been taken; an early
pregnancy just found, dated after an older time, with one-sided pain and a faint; dialysis
not gone to, with legs like jelly or the heart flip-flopping; a pressure under 90 with
confusion or a faint; a fever given as a bare reading after chemotherapy, or with an organ
transplant or its drugs. Beside the look-alikes that stay routine."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Category
from aurixa.safety.service import check_input
from tests.safety.rules import rules_only


@pytest.mark.parametrize(
    "text",
    [
        # A weekly medicine taken every day, with the marrow or the mouth failing.
        "my mom has been taking her methotrexate daily instead of weekly since last monday and "
        "now she has mouth sores and is bruising everywhere",
        "i took my mtx every day this week, not once a week, and now i have ulcers in my mouth "
        "and a fever",
        "mi papá se tomó el metotrexato todos los días en vez de cada semana, ahora tiene llagas "
        "y le sangran las encías",
        # Aspirin in excess: the ears ringing, with fast breathing, vomiting or confusion.
        "my mom overdid the aspirin all week for her hip, now her ears won't stop ringing and "
        "she's breathing hard",
        "been taking excedrin all day for a migraine, ears ringing and I'm breathing really fast",
        "mi abuelo tomó muchas aspirinas, dice que le zumban los oídos y está confundido",
        # A small child and a tablet of which one can kill, even if the child seems well.
        "my 2 year old was chewing on some verapamil he found on the floor, he seems fine",
        "mi niña de 3 años se metió a la boca un amlodipino que estaba en el piso",
        "the baby had a glipizide in his mouth when I found him, not sure if he swallowed any",
        "my toddler got into my nortriptyline bottle, not sure how many are missing",
        # A small child given a grown-up's medicine or dose, again or with signs.
        "gave my 2yo adult motrin twice today by mistake and now she's really sleepy",
        "le di a mi bebé de 1 año paracetamol para adultos tres veces hoy y está vomitando",
        "my 4 year old got a tablespoon of tylenol instead of a teaspoon, twice, now he threw up",
        # Someone else's medicine, named, taken by the handful.
        "my teenager took a bunch of my amitriptyline and her heart is racing",
        # Naloxone given, whoever gave it and however the verb is said.
        "le puse naloxona a mi papá y despertó, ¿ya está bien?",
        "hit him with narcan and he came around, does he still need the ER?",
        "le dio narcan el vecino y ya está hablando",
        # Long-term steroids stopped, told with how long they had been taken.
        "mi mamá dejó de tomar la prednisona que toma desde hace años y ahora está muy débil y "
        "vomitando",
        # An early pregnancy only just found, dated after an older time.
        "had my last period 6 weeks ago, just found out i'm pregnant and now sharp pain on the "
        "right side and i feel faint",
        # Dialysis not gone to, with the heart or the legs failing.
        "my dad hasn't been to dialysis since thursday, his legs are like jelly and his heart is "
        "fluttering",
        "mi esposo no ha ido a su hemodiálisis desde el martes y tiene el corazón acelerado",
        "missed my dialysis saturday, legs feel like rubber and my heart keeps doing flip flops",
        # A pressure that means shock, with the brain short of blood.
        "la presión de mi papá está en 75/40 y está confundido",
        "bp 80/50 after the new water pill, she's confused and sleepy",
        "my pressure is 78/45 and I'm about to pass out",
        # A fever as a bare reading after chemotherapy; a transplant or its drugs and a fever.
        "had chemo 10 days ago and I'm at 38.4, feeling shaky",
        "mi hija tuvo quimio la semana pasada y anda en 38.6",
        "heart transplant last spring, running a fever of 101 tonight",
        "tengo un trasplante de riñón, fiebre de 38.5 y escalofríos",
        "on prograf and cellcept, temp 100.9 and chills",
        "my husband got a new liver in april. he has a fever of 102 and is barely peeing",
    ],
)
def test_the_emergency_is_heard(text: str) -> None:
    verdict = check_input(text, registry=rules_only())
    assert verdict.category == Category.EMERGENCY, (text, verdict.category, verdict.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "I take methotrexate once a week and folic acid every day, any tips for a mouth sore?",
        "can I take my methotrexate on tuesdays instead of mondays?",
        "I take a baby aspirin every day, my ears ring a little at night",
        "does aspirin cause ringing in the ears?",
        "can I give my 4 year old half of an adult tylenol?",
        "my 3 year old takes a teaspoon of children's motrin, is a tablespoon too much?",
        "my teen took some of his ADHD meds this morning",
        "picked up the narcan kit, how do I give it if someone overdoses?",
        "ran out of prednisone yesterday, feel fine, can you refill?",
        "I'm 38.5 weeks pregnant and feel fine",
        "she's 39.5 kg, what dose of amoxicillin does she need?",
        "my BP always runs low like 88/56, I get a little dizzy standing up",
        "missed dialysis friday because of the snow, feel fine, can I come monday?",
        "my stomach does flip flops before exams",
        "I got a hair transplant last month and have a low fever",
        "Am I cleared to go back to the gym after my transplant? It's been 4 months.",
    ],
)
def test_the_look_alike_stays_routine(text: str) -> None:
    verdict = check_input(text, registry=rules_only())
    assert not verdict.requires_escalation, (text, verdict.category, verdict.evidence)
