"""Four emergencies found in the final read of the revision on rounds 48 and 49, in our own
wording: speech slurred or lost for minutes in the last day or two and gone since (a
warning stroke), a symptom that went away and is told as back, and the two dangers of the
fortnight after the tonsils come out (blood spat or vomited, a child drying out)."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_emergency, assert_routine


@pytest.mark.parametrize(
    "message",
    [
        "last night my speech was slurred for about 15 minutes, I've been fine since",
        "this morning her words came out garbled for 5 minutes, then it went away",
        "yesterday afternoon his voice went all slurred for ten minutes and then it stopped",
        "anoche mi papá no pudo hablar por unos 10 minutos, ya se le pasó",
        "ayer arrastraba las palabras durante unos minutos y luego se me quitó",
    ],
)
def test_speech_lost_for_minutes_in_the_last_day_is_a_warning_stroke(message: str) -> None:
    assert_emergency(message, subtype="stroke")


@pytest.mark.parametrize(
    "message",
    [
        # Years ago, or a stroke's lasting speech.
        "three years ago my speech was slurred for 10 minutes and the MRI was clear",
        "his speech has been a bit slurred since his stroke in 2018",
        # Drink or the dentist's numbing named as the cause.
        "last night I was so drunk my speech was slurred for a few minutes lol",
        "anoche estaba borracho y no podía hablar bien por unos minutos",
        # Long ago and minutes, with no day.
        "hace dos años no pude hablar por unos minutos",
    ],
)
def test_speech_of_long_ago_explained_or_asked_about_stays_routine(message: str) -> None:
    assert_routine(message)


@pytest.mark.parametrize(
    "message",
    [
        "I was drunk last night and my speech was slurred for 10 minutes, now my face is "
        "drooping on one side",
        "anoche estaba borracho y no podía hablar bien por unos minutos, y ahora no puedo "
        "mover el brazo",
    ],
)
def test_drink_named_does_not_hide_a_stroke_told_beside_it(message: str) -> None:
    assert_emergency(message, subtype="stroke")


@pytest.mark.parametrize(
    "message",
    [
        "had chest pain on Sunday that went away, but tonight it's back and worse",
        "the chest tightness went away last week and now it came back while I was walking",
        "tuve dolor de pecho el lunes, se me quitó, pero hoy me regresó más fuerte",
        "el dolor de pecho de ayer se fue pero ya volvió",
    ],
)
def test_a_symptom_gone_and_told_as_back_is_read_again(message: str) -> None:
    assert_emergency(message, subtype="cardiac")


@pytest.mark.parametrize(
    "message",
    [
        "had chest pain last week that went away, the ECG came back negative",
        "had chest pain on Monday that went away, it came back normal on the stress test",
        "chest pain last week went away, my appetite is back",
        "el dolor de pecho se me quitó y no ha vuelto",
        "el dolor de pecho se me quitó y ya volví al trabajo",
        "my chest pain went away, i'm back home now",
    ],
)
def test_a_result_an_appetite_or_no_return_does_not_bring_it_back(message: str) -> None:
    assert_routine(message, rules_only=False)


@pytest.mark.parametrize(
    "message",
    [
        "my son had his tonsils out 5 days ago, he hasn't peed since last night and won't "
        "drink anything",
        "her tonsillectomy was Tuesday, no wet diaper all day and she's very sleepy",
        "4 days after his adenotonsillectomy he isn't drinking and is listless",
        "a mi niña la operaron de las amígdalas, no ha orinado en todo el día y no quiere "
        "tomar nada",
        "le sacaron las amígdalas hace 3 días, no quiere beber nada y está muy decaído",
    ],
)
def test_a_child_drying_out_after_the_tonsils_came_out(message: str) -> None:
    assert_emergency(message, subtype="dehydration")


@pytest.mark.parametrize(
    "message",
    [
        "she's drinking less than usual after her tonsillectomy but peeing fine",
        "won't eat solid food yet after the tonsillectomy but drinks popsicles all day",
        "le quitaron las amígdalas, come poco pero toma agua y hace pipí normal",
    ],
)
def test_eating_little_after_the_tonsils_with_fluids_kept_up_stays_routine(message: str) -> None:
    assert_routine(message)


@pytest.mark.parametrize(
    "message",
    [
        "he's spitting out blood a week after his tonsillectomy",
        "had her tonsils out 6 days ago and just vomited bright red blood",
        "tonsillectomy on Friday and now her mouth is bleeding",
        "escupió sangre, le quitaron las amígdalas hace 8 días",
        "lo operaron de las amígdalas la semana pasada y está sangrando por la boca",
    ],
)
def test_blood_spat_or_vomited_after_the_tonsils_came_out(message: str) -> None:
    assert_emergency(message, fired="bleeding")


@pytest.mark.parametrize(
    "message",
    [
        "the scabs in her throat are white and her breath smells, tonsillectomy 5 days ago",
        "tonsillectomy last week, no bleeding at all, drinking well",
        "what should I watch for after a tonsillectomy, like bleeding?",
        "the nurse said to call if she spits blood after the tonsillectomy",
        "I had my tonsils out as a kid and my gums bleed when I floss",
        "my son had his tonsils out and had a blood test today",
    ],
)
def test_a_healing_tonsil_bed_or_blood_not_spat_stays_routine(message: str) -> None:
    assert_routine(message)
