"""Emergencies read from how they happened and what followed: a blow to the belly and
faintness, a crash and numb hands, a fall from a height and silence, a wound that spreads
with a fever and a racing heart, pain that moved to the lower right, a headache at its
worst at once. Each case stands for a category of phrasing, worded afresh, with the
benign messages that share its words."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.emergency import EmergencyDetector
from aurixa.safety.schemas import SafetyPolicy
from aurixa.safety.text import Doc
from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        # An infected wound or surgical site with a fever and a fast heart.
        (
            "my c-section scar is hot and red and getting bigger, temp 39.2 and my pulse is 128",
            "sepsis",
        ),
        (
            "the bite on his hand is swollen with red streaks going up, he's got a fever and his "
            "heart is pounding",
            "sepsis",
        ),
        (
            "la herida de la operación está roja y caliente, tengo fiebre de 39 y el corazón me "
            "late muy rápido",
            "sepsis",
        ),
        # A blow to the belly, then pain or swelling and faintness: bleeding inside.
        (
            "fell off my mountain bike onto the handlebars an hour ago, now my stomach is swollen "
            "and I feel woozy",
            "trauma",
        ),
        (
            "my son was tackled hard at football practice, his belly hurts a lot and he looks pale",
            "trauma",
        ),
        ("tuvimos un accidente de carro, a mi esposa le duele el abdomen y está pálida", "trauma"),
        # Pain that began at the navel and moved low on the right, or that every jolt worsens.
        (
            "the ache began near my navel last night and has shifted down to the right side, and "
            "now every pothole on the drive is agony",
            "abdominal",
        ),
        (
            "my daughter's tummy pain moved from her belly button to the bottom right and she has "
            "a temp of 38.6",
            "abdominal",
        ),
        (
            "el dolor empezó en el ombligo y luego se pasó abajo a la derecha, y con cada bache me "
            "duele horrible",
            "abdominal",
        ),
        # A crash, a dive or a fall with neck or back pain and numb or tingling limbs.
        (
            "rolled my car on the highway, my neck really hurts and both hands are tingling",
            "trauma",
        ),
        (
            "dove off the dock into the lake, now my neck hurts and I can't feel my fingers",
            "trauma",
        ),
        ("me caí de la bici, me duele la espalda y tengo hormigueo en las piernas", "trauma"),
        # A fall from a height and someone lying there silent or knocked out.
        (
            "my uncle slipped off the ladder while cleaning gutters and he's just lying there, "
            "not talking",
            "trauma",
        ),
        ("a worker fell from the scaffolding and is out cold", "trauma"),
        ("mi papá se cayó del tejado y está tirado, le sangra la cabeza", "trauma"),
        # A thunderclap headache: the worst of a life, or severe and at once.
        ("out of nowhere my head exploded with pain, it's a 10 out of 10", "stroke"),
        (
            "my wife suddenly got the worst headache she's ever had while lifting the laundry "
            "basket",
            "stroke",
        ),
        ("de repente me dio un dolor de cabeza insoportable, como un martillazo", "stroke"),
        ("es el peor dolor de cabeza de toda mi vida", "stroke"),
        # Light that hurts, said in the first person, with a headache and a stiff neck.
        ("me duele mucho la cabeza, no soporto la luz y tengo la nuca dura", "meningitis"),
        # A swelling tongue, however many words away; lips swelling that thicken speech.
        (
            "since starting ramipril his tongue has been getting swollen and he's having trouble "
            "speaking",
            "anaphylaxis",
        ),
        (
            "her lips and face have been puffing up all morning and now it's hard to talk",
            "anaphylaxis",
        ),
        ("se me está hinchando la lengua y me cuesta hablar", "anaphylaxis"),
        # Any bleeding on a blood thinner, with faintness or pallor.
        ("dad takes xarelto, he's peeing blood and looks very pale", "bleeding"),
        ("mi mamá toma warfarina, está orinando con sangre y se siente muy débil", "bleeding"),
    ],
)
def test_a_mechanism_or_course_with_its_signs_fires(text: str, subtype: str) -> None:
    assert_emergency(text, fired=subtype)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "my incision is a little pink at the edges, no fever, is that normal healing?",
            "no fever",
        ),
        ("i have a fever with this cold and my heart is racing, can i take dayquil", "no wound"),
        (
            "was in a car accident last year, now I get stomach aches and dizzy spells, can I "
            "see a GI doctor",
            "an old accident",
        ),
        ("I had a sugar crash this afternoon, stomach hurts and I'm a bit dizzy", "a sugar crash"),
        ("my toddler had a potty accident and says his tummy hurts, he's a little pale", "potty"),
        (
            "I pulled a muscle in my lower right abdomen at the gym, it's sore when I twist",
            "strain",
        ),
        ("mild cramps around my belly button after eating beans, went away", "no migration"),
        ("fell asleep on the couch, my neck is stiff and my fingers tingle a bit", "asleep"),
        ("crashed on the couch after my shift, woke up with a stiff neck and numb hands", "sleep"),
        ("I have carpal tunnel, my hands go numb at night and my neck is stiff", "no injury"),
        ("my son fell out of a tree last summer and broke his arm, need the x-ray records", "past"),
        ("I get the worst headaches when I skip coffee, any tips?", "not of a life"),
        ("headache came on suddenly after the wine, mild, gone with water", "not severe"),
        ("sensitive to light after my eye exam, is that normal?", "no headache"),
        ("I'm on eliquis and bruise easily, a small bruise on my arm, should I worry?", "no faint"),
        # "Been" is not "bee": no sting in this message.
        ("I've been feeling dizzy since changing blood pressure pills, can we talk", "no allergen"),
    ],
)
def test_their_near_misses_do_not_escalate(text: str, why: str) -> None:
    assert_routine(text, why=why)


def test_an_allergen_is_read_as_a_whole_word() -> None:
    """ "Bee" fires with faintness; "been" never named an allergen."""
    stung = "got stung by a bee at the picnic and now I feel faint"
    assert "anaphylaxis" in {
        f.subtype for f in EmergencyDetector().detect(Doc(stung), SafetyPolicy())
    }
    fasting = "I've been fasting and felt faint for a second on the stairs, fine after"
    assert "anaphylaxis" not in {
        f.subtype for f in EmergencyDetector().detect(Doc(fasting), SafetyPolicy())
    }
