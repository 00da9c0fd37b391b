"""Phone numbers in the shapes people write them, and the readings, doses, codes and
ZIP codes with a phone number's digits that must stay readable."""

from __future__ import annotations

import pytest

from aurixa.safety.detectors.pii import find_pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity, text[s:e]) for entity, s, e in find_pii(text)]


@pytest.mark.parametrize(
    "phone",
    [
        # International prefixes, one-digit area codes after them, trunk "(0)".
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+61 2 9876 5432",
        "+353 1 234 5678",
        "+46 8 123 456 78",
        "(+44) 20 7946 0958",
        "+44-20-7946-0958",
        "+49(0)221123456",
        "+4915112345678",
        # 00 and 001 instead of "+".
        "00 33 1 42 68 53 00",
        "0044 20 7946 0958",
        "001-555-123-4567x8901",
        "001 (555) 123-4567",
        # Area codes in brackets, trunk digits before them, slashes after a leading zero.
        "(07911) 123456",
        "(0221) 123456",
        "8 (495) 123-45-67",
        "0221/123456",
        "089 / 12 34 56",
        # Extensions, in any case.
        "(555) 123-4567 ext. 12",
        "555.123.4567 x123",
        "+1 555-123-4567 Ext. 1234",
        "555-123-4567 extension 12",
        # European groupings.
        "06 12 34 56 78",
        "+48 12 345 67 89",
        "+90 212 123 45 67",
    ],
)
def test_phone_number_shapes(phone: str) -> None:
    assert _found(f"you can reach me at {phone} after work") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "my blood sugar was 110 120 130 140 this week",
        "bp readings 120 80 118 76 since Monday",
        "glucose readings 110, 125, 140 and 160",
        "mi azúcar fue 110 120 130 140",
        "take 1 to 2 tablets every 4 to 6 hours",
        "take 500 mg 2 times a day for 10 days",
        "blood pressure 140/90 and pulse 88",
        "my appointment is at 10:30 tomorrow",
        "count 1 2 3 4 5 6 7 8 9 and breathe",
    ],
)
def test_readings_doses_and_times_are_not_phone_numbers(text: str) -> None:
    assert _found(text) == []


def test_zip_plus_four_is_not_a_phone_number() -> None:
    assert ("PHONE_NUMBER", "90210-1234") not in _found("I moved to 90210-1234 last year")


def test_a_phone_number_beside_a_reading_is_still_found() -> None:
    text = "my sugar was 110 120 130 140, call me on 555 123 4567"
    assert _found(text) == [("PHONE_NUMBER", "555 123 4567")]


def test_member_ids_stay_insurance_ids() -> None:
    assert _found("my member number is W123456789") == [("INSURANCE_ID", "W123456789")]
