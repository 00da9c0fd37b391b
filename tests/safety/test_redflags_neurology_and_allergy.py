"""Rounds 44 and 45's emergency families, in English and Spanish: speech that no longer
makes sense; a headache or a migraine unlike the usual that came at once, with a stiff
neck or "the worst I've ever had"; a spin of the room "de golpe" with double vision or
drunk-sounding speech; sight lost in one eye with a hand gone numb; both legs lost at
once; a fever with legs going weak after a spine operation; myasthenia with the swallow or
the breath failing; saliva that cannot be swallowed; Parkinson's medicines stopped with
a fever and rigid muscles; a person with dementia gone out and not found; a week of pills
at once; retention felt as a swollen, painful belly. Allergy and asthma: hives with a
second system failing, after a shot, a sting or a meal; a food allergen with the mouth
reacting and getting worse; blisters and sore mouth or eyes on a drug that strips the
skin; fever, rash all over and a swollen face or yellow eyes on such a drug; a peak flow
under half; breath too short for more than a word or two; a reliever that did not help.
Two earlier families: a call-911 instruction whose case has come, in Spanish, and a birth
or operation dated weeks ago with a sign told after it. Beside each, look-alikes that
stay routine."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        "my dad's words suddenly don't make any sense, he's talking but it's all scrambled",
        "since about ten minutes ago my wife is using the wrong words for everything",
        "de repente mi abuelo dice puras palabras revueltas y no le entendemos nada",
        "mi esposo habla cosas sin sentido desde hace un rato, él nunca ha hablado así",
    ],
)
def test_speech_that_no_longer_makes_sense_is_a_stroke(text: str) -> None:
    assert_emergency(text, fired="stroke")


@pytest.mark.parametrize(
    "text",
    [
        "my 2 year old's words are all mixed up, is that normal for his age?",
        "the instructions the pharmacy gave me don't make any sense",
        "mi hijo de 3 años dice palabras revueltas, ¿es normal?",
    ],
)
def test_speech_look_alikes_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've had migraines for years but this one started in a split second and my neck is stiff",
        "this migraine is totally different from my usual ones, it came on all at once",
        "mis jaquecas son de siempre pero esta es distinta, me vino de golpe como un trueno",
        "headache hit me out of nowhere like being hit with a hammer",
        "got a headache while lifting at the gym, worst one I've ever had",
        "me dio un dolor de cabeza en pleno sexo, el peor de mi vida",
    ],
)
def test_a_headache_told_in_plain_words_is_a_thunderclap(text: str) -> None:
    assert_emergency(text, fired="stroke")


@pytest.mark.parametrize(
    "text",
    [
        "my usual migraine started this afternoon, can I get a refill of sumatriptan?",
        "tengo migraña como siempre, ¿me pueden renovar la receta?",
        "worst cold I've ever had, stuffy nose and a mild headache",
        "I get migraines, what's different between them and a regular headache?",
    ],
)
def test_a_usual_migraine_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "el cuarto me da vueltas de repente y veo todo doble",
        "everything started spinning suddenly and I sound like a drunk",
        "veo doble y hablo como borracha y no he tomado",
        "de golpe perdí la vista de mi ojo derecho y se me entumió el brazo unos minutos",
        "I went blind in my left eye for a few minutes and my hand was numb",
    ],
)
def test_the_back_of_the_brain_and_a_warning_stroke_are_read(text: str) -> None:
    assert_emergency(text, fired="stroke")


@pytest.mark.parametrize(
    "text",
    [
        "me mareo un poco cuando me levanto rápido de la cama",
        "I can't walk far because of my knee arthritis",
        "mi papá perdió la vista del ojo izquierdo hace años por glaucoma",
    ],
)
def test_dizziness_and_old_sight_loss_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "all of a sudden I can't move my legs",
        "desperté y no siento las piernas, están como muertas",
        "de repente no puede mover las piernas y no controla la orina",
        "had back surgery 10 days ago, now a fever and my legs are getting weak",
        "me hicieron una infiltración en la columna, tengo fiebre y las piernas se me están "
        "durmiendo",
    ],
)
def test_the_cord_lost_at_once_or_after_a_spine_operation_is_read(text: str) -> None:
    assert_emergency(text, fired="spinal")


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel weak after leg day at the gym",
        "had back surgery last year, can I get a copy of the report?",
        "tengo fiebre y me duele la espalda, creo que es gripe",
    ],
)
def test_tired_legs_and_a_past_back_operation_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("I have myasthenia gravis and today it's hard to swallow and breathe", None),
        ("mi mamá tiene miastenia y le cuesta respirar", None),
        ("he can't even swallow his own saliva", "cannot_swallow"),
        ("no puedo tragar ni mi propia saliva", "cannot_swallow"),
    ],
)
def test_a_failing_swallow_is_read(text: str, subtype: str | None) -> None:
    assert_emergency(text, fired=subtype or "myasthenic_crisis")


@pytest.mark.parametrize(
    "text",
    [
        "I have myasthenia gravis, can I get my mestinon refilled?",
        "it hurts a little to swallow with this sore throat",
    ],
)
def test_myasthenia_and_a_sore_throat_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my husband with Parkinson's ran out of his sinemet 2 days ago, now he has a fever and "
        "he's rigid",
        "mi mamá tiene parkinson y dejó de tomar sus pastillas, tiene calentura y está tiesa",
    ],
)
def test_parkinsons_medicines_stopped_with_fever_and_rigidity_are_read(text: str) -> None:
    assert_emergency(text, fired="parkinsonism_hyperpyrexia")


def test_parkinsons_medicines_stopped_alone_stay_routine() -> None:
    assert_routine("my dad has parkinson's and ran out of his carbidopa, can you call it in?")


@pytest.mark.parametrize(
    "text",
    [
        "my father has alzheimer's and wandered off this afternoon, we can't find him",
        "grandma has dementia and slipped out of the house, it's freezing tonight",
        "mi abuelo con demencia se fue de la casa y no lo encontramos",
    ],
)
def test_a_person_with_dementia_gone_out_is_read(text: str) -> None:
    assert_emergency(text, fired="missing_vulnerable")


@pytest.mark.parametrize(
    "text",
    [
        "my mom has dementia and walked out to the garden, she's back inside now",
        "mi papá tiene alzheimer, ¿cómo evito que se salga de la casa?",
    ],
)
def test_dementia_look_alikes_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "grandpa swallowed his whole week's worth of pills this morning and is very drowsy",
        "mi abuela se tomó todas las pastillas del pastillero y está muy dormida",
    ],
)
def test_a_week_of_pills_at_once_is_read(text: str) -> None:
    assert_emergency(text, fired="overdose_poisoning")


def test_a_week_of_pills_sorted_stays_routine() -> None:
    assert_routine("I took a week's worth of my pills with me on vacation")


@pytest.mark.parametrize(
    "text",
    [
        "I haven't been able to pee since this morning and my lower belly is swollen and hurts",
        "no puedo orinar desde anoche y tengo la panza hinchada y muy dolorosa",
    ],
)
def test_retention_felt_as_the_belly_is_read(text: str) -> None:
    assert_emergency(text, fired="urinary_retention")


def test_a_bloated_belly_alone_stays_routine() -> None:
    assert_routine("my belly is swollen and a bit sore after a big dinner")


@pytest.mark.parametrize(
    "text",
    [
        "hives all over her body and she's wheezing",
        "he's covered in hives and keeps passing out",
        "me salieron ronchas y la presión está bajísima",
        "after my allergy shot I got hives on my neck and now I'm dizzy",
        "got stung on the hand, now hives on my chest and he's coughing nonstop",
        "tras la vacuna de la alergia me salió urticaria y me estoy mareando",
    ],
)
def test_hives_with_a_second_system_is_anaphylaxis(text: str) -> None:
    assert_emergency(text, fired="anaphylaxis")


@pytest.mark.parametrize(
    "text",
    [
        "I get hives when I'm stressed, can I take zyrtec daily?",
        "my arm swelled at the shot site like it always does after my allergy shot",
        "ronchas en los brazos desde ayer, no tengo otra cosa",
    ],
)
def test_hives_alone_stay_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think there were cashews in the sauce, my tongue is itchy and it's getting worse",
        "comí algo con ajonjolí, me pica la garganta y va empeorando",
    ],
)
def test_a_food_allergen_with_the_mouth_reacting_and_worsening_is_read(text: str) -> None:
    assert_emergency(text, fired="anaphylaxis")


def test_an_allergen_question_stays_routine() -> None:
    assert_routine("when can I introduce peanuts to my baby?")


@pytest.mark.parametrize(
    "text",
    [
        "I began taking allopurinol last month, now I have sores in my mouth and blisters",
        "started carbamazepine 2 weeks ago, got a rash and my lips are raw and bleeding",
        "empecé a tomar lamotrigina hace 3 semanas y tengo llagas en la boca y ampollas",
        "on allopurinol for a month, fever, a rash everywhere and my eyes look yellow",
        "tomo carbamazepina desde hace un mes, tengo fiebre, sarpullido por todo el cuerpo y la "
        "cara hinchada",
        "the new bactrim gave me a fever and blisters, the skin comes off when I rub it",
    ],
)
def test_a_drug_that_strips_the_skin_is_read(text: str) -> None:
    assert_emergency(text, fired="skin_sloughing")


@pytest.mark.parametrize(
    "text",
    [
        "started lamotrigine last month, is it ok to take with birth control?",
        "my son has chickenpox, itchy spots and a mild fever",
        "I'm on allopurinol, can I drink coffee?",
    ],
)
def test_a_drug_or_a_rash_alone_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my peak flow is 40% of my best this morning",
        "el flujo máximo me da 35 por ciento de lo normal",
        "her peak flow meter says red zone",
        "wheezing so much I can't say more than one word at a time",
        "used the nebulizer twice and it didn't help",
        "the inhaler didn't help much with the wheezing",
        "his puffer hasn't helped, he's pulling for air",
    ],
)
def test_asthma_told_as_numbers_or_failed_treatment_is_read(text: str) -> None:
    assert_emergency(text, fired="breathing")


@pytest.mark.parametrize(
    "text",
    [
        "my peak flow is 90% of my best, is that good?",
        "the nebulizer helped and I feel fine now",
        # Tried on a cold's cough or a stuffy nose, not on the breathing.
        "the nebulizer didn't help my cough much, can I get a different medicine for the cold?",
        "the inhaler didn't help her congestion, should we try a nasal spray",
    ],
)
def test_a_good_peak_flow_stays_routine(text: str) -> None:
    assert_routine(text)


@pytest.mark.parametrize(
    "text",
    [
        "en el hospital me dijeron que marcara al 911 si regresaba la falta de aire, y ya regresó",
        "el doctor dijo que llamara al 911 si me volvía el dolor de pecho y ya me vino otra vez",
    ],
)
def test_a_call_911_instruction_whose_case_has_come_is_read(text: str) -> None:
    assert_emergency(text, fired="ambulance")


def test_a_call_911_instruction_alone_stays_routine() -> None:
    assert_routine("me dijeron que llamara al 911 si me volvía la fiebre muy alta")


@pytest.mark.parametrize(
    "text",
    [
        "had my baby two weeks ago, my calf is swollen and I can't breathe",
        "di a luz hace 10 días, me falta el aire y me duele el pecho",
        "had surgery 3 weeks ago, now short of breath",
    ],
)
def test_a_birth_or_operation_dated_dates_only_itself(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "gave birth 6 weeks ago, had trouble breathing during the epidural but I'm fine",
        "had my baby 3 weeks ago, can I schedule my postpartum visit?",
    ],
)
def test_a_birth_dated_with_the_past_told_after_it_stays_routine(text: str) -> None:
    assert_routine(text)
