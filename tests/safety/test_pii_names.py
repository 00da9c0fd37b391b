"""Person names found from a name's shape and position, not from the lists alone:
middle initials, relations and roles, a person's verb, and later mentions of a name
already found. Each rule has a near miss that must stay text."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.pii import find_pii


def _persons(text: str) -> list[str]:
    return [text[s:e] for entity, s, e in find_pii(text) if entity == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A middle initial between two capitalised words, neither of them listed.
        ("please send the results to Tavita R. Onekoro today", "Tavita R. Onekoro"),
        # Lower case, with the initial's full stop.
        ("the referral is for eric g. samoylova", "eric g. samoylova"),
    ],
)
def test_a_middle_initial_makes_a_name(text: str, name: str) -> None:
    assert _persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # An article or a pronoun between a name and a surname-like word is not an initial.
        "my husband has a plan and theres a gun in the house",
        "mark i cannot come on friday",
    ],
)
def test_a_and_i_are_not_initials_in_lower_case(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my daughter Vinka has had a fever since last night", "Vinka"),
        ("can my grandson Tavita pick up the prescription?", "Tavita"),
        ("I'm Bojka Žilih, calling about my results", "Bojka Žilih"),
        ("the physio Ouela Trinh said to rest the knee", "Ouela Trinh"),
    ],
)
def test_relations_and_roles_name_the_person_after_them(text: str, name: str) -> None:
    assert _persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # A relation without a possessive, or a capitalised drug or weekday after it.
        "my daughter Monday had a fever",
        "the doctor said Tylenol is fine",
        "my son took Advil this morning",
    ],
)
def test_relations_do_not_make_every_capitalised_word_a_name(text: str) -> None:
    assert _persons(text) == []


def test_a_persons_verb_after_an_unlisted_name() -> None:
    text = "Tavita Onekoro said she would bring the forms"
    assert _persons(text) == ["Tavita Onekoro"]


def test_later_mentions_of_a_found_name_are_names_too() -> None:
    text = "My name is Aantje Mourik but everyone calls me Aantje"
    assert _persons(text) == ["Aantje Mourik", "Aantje"]
    lower = "my name is borna jerković, borna for short"
    assert _persons(lower) == ["borna jerković", "borna"]


def test_a_later_mention_must_be_written_the_same_way() -> None:
    # "Rose" the person does not make "rose" the verb a name.
    text = "Rose Tavita says her blood pressure rose again"
    assert _persons(text) == ["Rose Tavita"]


def test_particles_in_a_row_stay_inside_the_name() -> None:
    text = "Maika van de Noort\nEmployment manager"
    assert _persons(text) == ["Maika van de Noort"]
