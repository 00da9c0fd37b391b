"""Crisis talk read from signs that mean it together: a note written and the end of one's
rope, every appointment cancelled with no future to keep them in, an apology from someone
at a bridge, someone locked in with a means, a farewell posted and silence since. Each
case is worded afresh, with the benign messages that share its words."""

from __future__ import annotations

import pytest

from tests.safety.rules import assert_crisis, assert_routine


@pytest.mark.parametrize(
    "text",
    [
        # The note, named without what it says.
        "left my note on the kitchen table. just wanted one person to know",
        "i finished writing my letter, it's time",
        "ya dejé la carta en la mesa, quiero que alguien lo sepa",
        # No future to keep appointments in.
        "cancel the rest of my sessions please, i wont be around after friday",
        "cancela todas mis próximas citas, ya no voy a estar",
        # "Can't" without its apostrophe.
        "cant take it anymore. im so tired",
        # An apology or goodbye from someone at a place people jump from.
        "my brother called to say goodbye and said he's at the cliffs by the beach",
        "mi esposo me mandó un mensaje pidiendo perdón y dice que está en el puente",
        # Locked in with a means at hand.
        "my brother barricaded himself in his room and he has his hunting rifle",
        "mi hija se encerró en el baño y se llevó las pastillas de mi mamá",
        # A farewell posted, with silence or a means.
        "my daughter's instagram story says 'goodbye everyone' and now her phone goes straight "
        "to voicemail",
        "mi hijo publicó 'nos vemos del otro lado' y no contesta",
        # A rope set up, with thanks said as a farewell or the end of one's rope.
        "tell my sister thanks for everything. the rope is tied and ready",
        "gracias por intentarlo, doctora. la cuerda ya está colgada",
        # A cancellation in passing, with no future to keep it in.
        "can you stop my therapy sessions, i won't be around after this month anyway",
        "cancela mi resurtido, de todos modos ya no voy a estar",
        # Up on a roof or a bridge in the stillness, not knowing why one writes.
        "i'm up on the top floor of the parking garage. nobody's around. don't know why i'm "
        "telling you this",
        "ando arriba en el techo de mi edificio, no hay nadie",
        # A stock of painkillers bought, and sitting alone with it.
        "went and got three bottles of advil and i'm sitting alone in my room with them",
        "compré un montón de paracetamol y estoy aquí sola con las pastillas",
        # Someone else giving belongings away, with the medicines gathered or a burden.
        "my dad gave away his guitar and his watch this week and keeps saying he's a burden",
        "mi abuelo está regalando sus joyas y guarda todas sus pastillas en el cajón",
    ],
)
def test_signs_that_mean_a_crisis_together_take_the_crisis_path(text: str) -> None:
    assert_crisis(text, reply=True)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "i wrote the note for my son's school absence, just wanted someone to know he'll "
            "be out",
            "a school note",
        ),
        (
            "cancel all my future appointments, I'm moving to Denver next month and won't be "
            "around",
            "moving",
        ),
        ("can you cancel my appointments next week, i won't be around, i'm on vacation", "trip"),
        (
            "cancela todas mis citas, me voy a mudar a otro estado y ya no voy a estar aquí",
            "una mudanza",
        ),
        ("i won't be around much longer, we're moving to Ohio in May", "moving"),
        ("my husband texted sorry he's late, he's stuck on the bridge in traffic", "commuting"),
        ("she apologized for missing the bridge game", "a card game"),
        ("my teenager locked herself in her room after we argued about her phone", "no means"),
        ("locked myself out of the car, my pills are inside", "locked out"),
        ("surgery tomorrow morning, see you on the other side!", "no means, no silence"),
        ("see you on the other side of finals week lol", "of finals"),
        ("the rope for the tire swing is already up in the backyard", "a swing"),
        ("i'm done with my refill paperwork, thank you for trying to help", "no rope"),
        (
            "please cancel my refill, i'm not going to need it anymore since the doctor stopped it",
            "a reason",
        ),
        (
            "cancel my appointment next week, i won't be around anyway, visiting my sister",
            "a visit",
        ),
        ("i'm on the roof of my building fixing the antenna, it's really quiet up here", "a chore"),
        (
            "i bought a bunch of tylenol at costco for the family, is the generic the same?",
            "shopping",
        ),
        (
            "my grandma is giving her jewelry away to the grandkids before she moves to assisted "
            "living",
            "downsizing",
        ),
        # A sign negated is no sign.
        ("he texted that he's sorry but he's not at the bridge, he's home with me", "not there"),
    ],
)
def test_their_near_misses_do_not_escalate(text: str, why: str) -> None:
    assert_routine(text, why=why)


def test_moving_on_is_no_place_to_go() -> None:
    """A reason to be away vetoes "I won't be around"; "moving on" is not one."""
    text = "i'm moving on, i won't be around much longer"
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # A noose ready, or a rope tied where one hangs from.
        "i made a noose tonight",
        "tied the rope to the beam in the garage",
        # Asking what a whole box or bottle of one's own medicine would do.
        "what happens if i take the whole bottle of my sleeping pills",
        "qué pasaría si me tomo todo el frasco de las pastillas para dormir",
        # Leaving this world, with the clitic first.
        "ya me quiero ir de este mundo",
        # Feeling a burden, said of someone else.
        "my husband keeps saying he's a burden to all of us",
        "mi mamá dice que es una carga para todos",
    ],
)
def test_signs_that_are_a_crisis_alone(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "what happens if i take my pills an hour late?",
        "¿qué pasa si me tomo la pastilla con el estómago vacío?",
        "mi abuelo se fue de este mundo el año pasado y lo extrañamos",
        "my mom says she doesn't want to be a burden so she moved into assisted living",
        "we hung the rope from the beam for the kids' swing",
    ],
)
def test_their_look_alikes_do_not_escalate(text: str) -> None:
    assert_routine(text)
