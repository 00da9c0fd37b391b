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


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my surgery was on the third of May", "the third of May"),
        ("I was born March twenty-first, 1984", "March twenty-first, 1984"),
        ("the scan is on the 3rd of march", "the 3rd of march"),
        ("nací el primero de enero", "primero de enero"),
        ("last seen Jan-2019 by the cardiologist", "Jan-2019"),
        ("my last tetanus shot was March '19", "March '19"),
        ("DOB 19820315 on the form", "19820315"),
        ("it started Tuesday the 5th of March", "Tuesday the 5th of March"),
        ("admitted August 2nd 2019 at 3pm", "August 2nd 2019 at 3pm"),
        ("logged 2019-05-03T10:30:00Z by the pump", "2019-05-03T10:30:00Z"),
        ("I fainted at Christmas 2019", "2019"),
    ],
)
def test_dates_in_written_forms(text: str, date: str) -> None:
    assert ("DATE", date) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Ordinal words without a month, weekdays and times alone stay readable.
        "this is the third time I am asking",
        "cancel my appointment on Tuesday at 3pm",
        "take the second dose on Friday",
        "I may need a third refill",
        "take 20190 units as written",
    ],
)
def test_ordinals_weekdays_and_times_alone_are_not_dates(text: str) -> None:
    assert [e for e, _ in _found(text)] == []


def test_a_house_number_after_to_is_not_a_year() -> None:
    text = "send it to 1987 74 Diakou Street please"
    assert ("DATE", "1987") not in _found(text)
