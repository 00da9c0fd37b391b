"""Crisis talk read from signs that mean it together: a note written and the end of one's
rope, every appointment cancelled with no future to keep them in, an apology from someone
at a bridge, someone locked in with a means, a farewell posted and silence since. Each
case is worded afresh, with the benign messages that share its words."""

from __future__ import annotations

import pytest

from aurixa.safety.schemas import Action, Category
from aurixa.safety.service import check_input
from tests.safety.rules import rules_only


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
    ],
)
def test_signs_that_mean_a_crisis_together_take_the_crisis_path(text: str) -> None:
    verdict = check_input(text, registry=rules_only())
    assert verdict.category == Category.SELF_HARM
    assert verdict.action == Action.CRISIS_REPLY


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
        # A sign negated is no sign.
        ("he texted that he's sorry but he's not at the bridge, he's home with me", "not there"),
    ],
)
def test_their_near_misses_do_not_escalate(text: str, why: str) -> None:
    assert not check_input(text, registry=rules_only()).requires_escalation, why


def test_moving_on_is_no_place_to_go() -> None:
    """A reason to be away vetoes "I won't be around"; "moving on" is not one."""
    text = "i'm moving on, i won't be around much longer"
    assert check_input(text, registry=rules_only()).category == Category.SELF_HARM
