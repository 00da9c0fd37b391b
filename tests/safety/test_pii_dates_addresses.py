"""Dates and street addresses in the forms patients write them, and the doses and
scores that look like them but must stay readable."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.pii import find_pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity, text[s:e]) for entity, s, e in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("meet me at 2407 tawastintie 6 by the pharmacy", "2407 tawastintie 6"),
        ("my address: 106 rúa olmos 44, belfast", "106 rúa olmos 44"),
        ("she lives on Joaquin Suarez 2906 with her son", "Joaquin Suarez 2906"),
        ("please send it to 20789 Allika 46", "20789 Allika 46"),
    ],
)
def test_number_street_number_addresses_after_an_address_cue(text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "take 2 Advil every 6 hours",
        "I take 2 Tylenol and 1 Aleve at night",
        "she lives at home 2 days a week",
        "we are at Gate 12 now",
    ],
)
def test_doses_and_counts_are_not_addresses(text: str) -> None:
    assert _found(text) == []


def test_a_person_after_send_it_to_is_not_a_street() -> None:
    text = "send it to Anna Kowalski, 12 Main St"
    assert _found(text) == [("PERSON", "Anna Kowalski"), ("STREET_ADDRESS", "12 Main St")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I have had the rash since March", "March"),
        ("my last period was in early June", "June"),
        ("tuve cirugía en enero", "enero"),
        ("on this medication since 05/2019", "05/2019"),
        ("the implant was placed 2018-11", "2018-11"),
        ("DOB: 1982", "1982"),
    ],
)
def test_a_month_alone_or_with_a_year_is_a_date_element(text: str, date: str) -> None:
    assert _found(text) == [("DATE", date)]


@pytest.mark.parametrize(
    "text",
    [
        "I may come in later",
        "my pain is 7/10 today",
        "BP was 120/80 this morning",
        "we march in the parade",
    ],
)
def test_verbs_scores_and_readings_are_not_dates(text: str) -> None:
    assert _found(text) == []
