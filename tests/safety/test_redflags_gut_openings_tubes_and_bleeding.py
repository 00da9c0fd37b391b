"""Rounds 46 and 47's emergency families, in English and Spanish: blood passed from below
told by its amount or colour (clots, a bowl filled, maroon, diarrhoea that is all blood)
with the circulation showing it, or in the days after a polyp came off; a stoma gone dark;
a feeding tube out of a hole made days ago; food stuck with not even saliva going down; a
belly full of fluid with the breath lost at rest or lying down; paracetamol taken too often
or beyond the label in a liver already failing; a small child with an opioid patch in the
mouth or on the skin; a stoma's bag that stays empty with vomiting and a hard belly; a
negation inside brackets that stays there. Beside each, look-alikes that stay routine."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "lots of dark red blood with clots every time I go, and I get lightheaded standing up",
        "my stools have been maroon since last night and I feel so weak I can barely stand",
        "his diarrhea is pure blood now, nothing else comes out, and he nearly fainted",
        "she passed maroon stool twice today and her heart is pounding",
        "obrando pura sangre desde la mañana, me siento débil y muy mareada",
        "tiene diarrea de pura sangre y se me nubla la vista cuando me paro",
    ],
)
def test_blood_passed_by_amount_or_colour_with_the_circulation_failing(text: str) -> None:
    assert_emergency(text, fired="gi_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "they snipped two polyps on monday and since this morning I've passed a lot of blood",
        "polypectomy 6 days ago, I've been passing blood 4 times today",
        "me quitaron dos pólipos hace una semana y hoy estoy obrando mucha sangre",
    ],
)
def test_blood_passed_again_in_the_days_after_a_polyp_came_off(text: str) -> None:
    assert_emergency(text, fired="gi_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "a little bright red blood on the paper from my hemorrhoids, otherwise fine",
        "they removed a polyp last week, when will the pathology results be ready?",
        "had a polyp removed yesterday, tiny streak of blood on the tissue once, feel great",
        "my daughter filled the bowl with cereal and then said she felt dizzy from the heat",
        "is maroon stool a sign of a bleed? asking for my nursing class",
        "tengo hemorroides y a veces veo un poquito de sangre en el papel",
        "passed a couple of clots in the toilet with my period and feel a bit weak today",
        "the diarrhea is better, only blood work left before my visit, still a bit weak",
    ],
)
def test_small_or_asked_about_blood_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "the stoma went from red to a dark bluish colour overnight",
        "her ileostomy is looking dusky and almost black today",
        "dad's new colostomy has turned purple and feels cold",
        "el estoma de mi esposo se está poniendo negro desde la tarde",
        "mi ostomía se ve morada oscura, me operaron hace cinco días",
    ],
)
def test_a_stoma_gone_dark_is_an_emergency(text: str) -> None:
    assert_emergency(text, fired="stoma")


@pytest.mark.parametrize(
    "text",
    [
        "my stoma is red and moist like the nurse said, can I get more wafers?",
        "the ostomy bag I got is black, is there a clear one?",
        "stoma looks pink and healthy, the skin around it is a bit dark from the old tape",
        "the stoma is not dark at all, it's a nice red",
        "el estoma no está negro, está rojo como siempre",
        "my ileostomy output is dark green today, is that from the spinach?",
        "mi estoma está rojito y húmedo, ¿cuándo cambio la bolsa?",
    ],
)
def test_a_healthy_stoma_and_its_supplies_stay_routine(text: str) -> None:
    assert_routine(text)


def test_a_stoma_bag_empty_with_vomiting_and_a_hard_belly_is_a_blocked_bowel() -> None:
    assert_emergency(
        "nothing in her ileostomy pouch since this morning, belly is swollen and she keeps "
        "vomiting",
        fired="abdominal",
    )
    assert_routine("the pouch is empty because I just changed it, no vomiting, belly soft")


@pytest.mark.parametrize(
    "text",
    [
        "his g-tube was placed 3 days ago and it got pulled out when we moved him to the chair",
        "the new feeding tube fell out this morning, the hole is still open",
        "a la bebé le pusieron la sonda de gastrostomía hace 6 días y se le salió completa",
    ],
)
def test_a_new_feeding_tube_out_of_a_fresh_tract_is_an_emergency(text: str) -> None:
    assert_emergency(text, fired="feeding_tube")


@pytest.mark.parametrize(
    "text",
    [
        "his g-tube came out again, he's had it for 4 years, we put the spare in as we were shown",
        "PEG was placed 5 days ago, the site is a little red, is that normal?",
        "the new feeding tube is clogged, how do I flush it?",
        "se le salió el botón gástrico que tiene desde hace años, ya le pusimos el de repuesto",
    ],
)
def test_old_tubes_and_new_tubes_in_place_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "a bite of chicken got stuck in my chest an hour ago and now even water comes back up",
        "piece of meat lodged in his throat since lunch, he's spitting his saliva into a towel",
        "se le atascó un pedazo de pollo y no puede tragar ni el agua",
    ],
)
def test_food_stuck_with_nothing_going_down_is_an_emergency(text: str) -> None:
    assert_emergency(text, fired="food_impaction")


def test_saliva_that_will_not_go_down_is_read_with_its_article() -> None:
    assert_emergency(
        "le duele horrible la garganta y no puede tragar ni la saliva", fired="cannot_swallow"
    )
    assert_routine("me duele un poco la garganta pero puedo tragar la saliva y el agua")


@pytest.mark.parametrize(
    "text",
    [
        "sometimes bread feels stuck for a second but it goes down with a sip of water",
        "pills get stuck when I swallow them dry, any tips?",
        "a veces siento la comida atorada pero con agua pasa, ¿me pueden dar cita?",
    ],
)
def test_food_that_goes_down_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my belly is full of fluid again and I can't lie flat, I sleep sitting up in the chair",
        "the ascites is back and I'm short of breath just sitting here",
        "mi papá tiene la panza llena de líquido y no puede acostarse, le falta el aire",
    ],
)
def test_a_belly_full_of_fluid_with_the_breath_lost_at_rest_is_an_emergency(text: str) -> None:
    assert_emergency(text, fired="ascites_breathing")


@pytest.mark.parametrize(
    "text",
    [
        "the fluid in my belly is building up like usual, breathing is fine, book my next tap",
        "ascites a bit bigger, I get winded on the stairs, can I come in earlier?",
        "tengo ascitis como siempre, respiro bien, ¿cuándo es mi próxima paracentesis?",
        "tengo la panza llena de gases y no puedo acostarme boca abajo",
        "my stomach hurts when I drink cold water and I can't lie flat because of my back",
    ],
)
def test_fluid_building_as_usual_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have cirrhosis and I've been taking two tylenol every 2 hours for my back since friday",
        "my mom has hepatitis and took way more than the bottle says of her acetaminophen",
        "tengo cirrosis y me tomé paracetamol de más para el dolor de muela",
        "con mi hígado graso estuve tomando paracetamol cada 2 o 3 horas desde ayer",
        "he has hepatitis b and has been taking extra strength tylenol every 3 hours since sunday",
    ],
)
def test_paracetamol_beyond_the_label_in_a_failing_liver(text: str) -> None:
    assert_emergency(text, fired="overdose_poisoning")


@pytest.mark.parametrize(
    "text",
    [
        "I have cirrhosis, how much tylenol is too much for me?",
        "can I take tylenol every 2-3 hours with my hepatitis?",
        "I have fatty liver and take one tylenol every 8 hours when my knee hurts",
        "tengo cirrosis, ¿cuánto paracetamol puedo tomar al día?",
    ],
)
def test_paracetamol_asked_about_or_within_the_label_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my 2 year old got hold of a used fentanyl patch and had it in her mouth",
        "found our toddler with grandpa's pain patch stuck on his tummy",
        "my 18 month old was chewing on one of her grandma's fentanyl patches",
        "mi nieto de 3 años agarró un parche de fentanilo y se lo metió a la boca",
    ],
)
def test_an_opioid_patch_in_a_small_childs_mouth_or_on_the_skin(text: str) -> None:
    assert_emergency(text, fired="overdose_poisoning")


@pytest.mark.parametrize(
    "text",
    [
        "the toddler puts everything in his mouth, how do we store grandma's fentanyl patches?",
        "grandma's fentanyl patch box is in the top cupboard, my 3 year old can't reach it",
        "we put a cooling patch on my 2 year old's forehead for the fever",
    ],
)
def test_patches_near_children_without_contact_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad (not a heart patient, NOT on blood thinners) has a heavy pressure in his chest and "
        "is sweating",
        "mi mamá (no tiene diabetes) tiene presión en el pecho y está sudando frío",
    ],
)
def test_a_negation_in_brackets_does_not_reach_the_sign_after_them(text: str) -> None:
    assert_emergency(text, fired="cardiac")


@pytest.mark.parametrize(
    "text",
    [
        "no (real) chest pain, just a sore throat since sunday",
        "he has a rash (no fever) and no chest pain",
    ],
)
def test_a_negation_before_brackets_still_reaches_on(text: str) -> None:
    assert_routine(text)
